import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passportCustom from 'passport-custom';
import type { FastifyRequest } from 'fastify';
import { ApiKeysService } from './api-keys.service.js';

/** `X-API-Key: asnk_…` for other government systems. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(passportCustom.Strategy, 'api-key') {
  constructor(private readonly keys: ApiKeysService) {
    super();
  }

  async validate(req: FastifyRequest) {
    const raw = req.headers['x-api-key'];
    if (typeof raw !== 'string' || !raw) return false;
    return (await this.keys.authenticate(raw)) ?? false;
  }
}
