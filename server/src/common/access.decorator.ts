import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiKeyScope, Role } from './principal.js';

export const ACCESS_KEY = 'asn:access';
export const PUBLIC_KEY = 'asn:public';

export interface AccessRule {
  roles: Role[];
  /** API keys pass when they carry one of these scopes. */
  scopes?: ApiKeyScope[];
}

/** Who may call a route: user roles, and for API keys the scopes that grant it. Adds the security schemes to the contract. */
export function Access(roles: Role[], scopes: ApiKeyScope[] = []) {
  const decorators = [SetMetadata(ACCESS_KEY, { roles, scopes } satisfies AccessRule), ApiBearerAuth('bearer')];
  if (scopes.length) decorators.push(ApiSecurity('apiKey'));
  return applyDecorators(...decorators);
}

/** Any signed-in user (or any API key) may call it. */
export const ALL_USERS: Role[] = ['admin', 'planner', 'operator', 'leader', 'employee', 'panel'];
export const STAFF_READERS: Role[] = ['admin', 'planner', 'operator', 'leader'];
export const STAFF_WRITERS: Role[] = ['admin', 'planner', 'operator'];

/** No token needed. Only for routes under /api/v1/public, health and the auth entry points. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
