import { BadRequestException, HttpException } from '@nestjs/common';
import { buildProblem } from './problem.filter.js';
import { ConflictError, ValidationFailedError } from './problem.js';

describe('buildProblem', () => {
  it('should map a domain error with its code, errors and correlation id', () => {
    const { body } = buildProblem(new ValidationFailedError([{ path: 'nip', code: 'x', message: 'm' }]), '/api/v1/employees', 'c-1');
    expect(body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', instance: '/api/v1/employees', correlationId: 'c-1', errors: [{ path: 'nip' }] });
    expect(body.type).toMatch(/validation-failed$/);
  });

  it('should map a unique violation to 409 DUPLICATE naming the column in camelCase', () => {
    const pgErr = { code: '23505', detail: 'Key (birth_date, nip)=(x) already exists.' };
    const { body } = buildProblem({ driverError: pgErr }, '/x', 'c');
    expect(body).toMatchObject({ status: 409, code: 'DUPLICATE', errors: [{ path: 'birthDate', code: 'unique' }] });
  });

  it('should never leak an unknown error', () => {
    const { body } = buildProblem(new Error('SELECT * FROM secret_table failed at /srv/app.ts:12'), '/x', 'c');
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/secret_table|app\.ts/);
  });

  it('should unwrap a Fastify error carried by an HttpException', () => {
    const fst = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    const { body } = buildProblem(new HttpException('too large', 413, { cause: fst }), '/x', 'c');
    expect(body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('should keep Nest HTTP errors as their status', () => {
    expect(buildProblem(new BadRequestException('nope'), '/x', 'c').body).toMatchObject({ status: 400, code: 'BAD_REQUEST', detail: 'nope' });
    expect(buildProblem(new ConflictError('X', 'y'), '/x', 'c').body).toMatchObject({ status: 409, code: 'X' });
  });
});
