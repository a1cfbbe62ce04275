import { Injectable, Inject } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import passportJwt from 'passport-jwt';
import { APP_CONFIG } from '../../config/config.js';
import type { AppConfig } from '../../config/config.js';
import { Principal, Role } from '../../common/principal.js';
import { UnitPathService } from '../org/unit-path.service.js';

export interface AccessTokenPayload {
  sub: string;
  name: string;
  role: Role;
  unitId: string | null;
  employeeId: string | null;
  typ: 'access';
}

@Injectable()
export class JwtStrategy extends PassportStrategy(passportJwt.Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly unitPaths: UnitPathService,
  ) {
    super({
      jwtFromRequest: passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails) to parse the string as a PEM key on every verify.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<Principal | false> {
    if (payload.typ !== 'access') return false;
    return {
      kind: 'user',
      id: payload.sub,
      name: payload.name,
      role: payload.role,
      unitId: payload.unitId,
      unitPath: await this.unitPaths.pathOf(payload.unitId),
      employeeId: payload.employeeId,
      scopes: [],
    };
  }
}
