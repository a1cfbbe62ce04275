/** Who is calling: a signed-in user or an API key, with the unit subtree they are scoped to. */
export const ROLES = ['admin', 'planner', 'operator', 'leader', 'employee', 'panel', 'integration'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a user account may have (integration is for API keys only). */
export const USER_ROLES = ['admin', 'planner', 'operator', 'leader', 'employee', 'panel'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const API_KEY_SCOPES = [
  'org:read',
  'positions:read',
  'employees:read',
  'employees:write',
  'reference:read',
  'needs:read',
  'competency:read',
  'recruitment:read',
  'performance:read',
  'audit:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface Principal {
  kind: 'user' | 'api_key';
  /** user id or api key id */
  id: string;
  name: string;
  role: Role;
  /** The unit the principal is scoped to (and everything below it); null = city-wide. */
  unitId: string | null;
  /** Materialised path of that unit, e.g. `/<root>/<unit>/`; null = city-wide. */
  unitPath: string | null;
  employeeId: string | null;
  scopes: ApiKeyScope[];
}
