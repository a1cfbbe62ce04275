import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from './problem.js';

/** A path parameter that must be a UUID; a bad one is a 400 naming the parameter. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailedError([{ path: name, code: 'is_uuid', message: `${name} must be a UUID` }]),
    }),
  );
