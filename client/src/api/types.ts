/** Short names for the contract's schemas (generated from openapi/openapi.json; never hand-written). */
import type { components, paths } from '@asn-planner/openapi';

export type { paths };
type S = components['schemas'];

export type Problem = S['ProblemDto'];
export type FieldError = S['FieldErrorDto'];
export type TokenPair = S['TokenPairDto'];
export type Me = S['MeDto'];
export type Role = S['Role'];
export type UserRole = S['UserRole'];
export type Employee = S['EmployeeDto'];
export type EmployeeDetail = S['EmployeeDetailDto'];
export type EmployeeStats = S['EmployeeStatsDto'];
export type EmployeeStatus = S['EmployeeStatus'];
export type EmployeeSort = S['EmployeeSort'];
export type ImportReport = S['ImportReportDto'];
export type ImportCellError = S['ImportCellErrorDto'];
export type OrgUnitTreeNode = S['OrgUnitTreeNodeDto'];
export type OrgUnit = S['OrgUnitDto'];
export type Position = S['PositionDto'];
export type PositionKind = S['PositionKind'];
export type PositionSort = S['PositionSort'];
export type User = S['UserDto'];
export type CreateUser = S['CreateUserDto'];
export type UpdateUser = S['UpdateUserDto'];
export type ApiKey = S['ApiKeyDto'];
export type ApiKeyScope = S['ApiKeyScope'];
export type CreatedApiKey = S['CreatedApiKeyDto'];
export type ReferenceRule = S['ReferenceRuleDto'];
export type CreateReferenceRule = S['CreateReferenceRuleDto'];
export type UpdateReferenceRule = S['UpdateReferenceRuleDto'];
export type AuditEvent = S['AuditEventDto'];
export type ExportFormat = S['ExportFormat'];
export type SortOrder = S['SortOrder'];

/** Enum values as runtime arrays (checked against the contract at compile time). */
export const EMPLOYEE_STATUSES = ['pns', 'cpns', 'pppk'] as const satisfies readonly EmployeeStatus[];
export const USER_ROLES = ['admin', 'planner', 'operator', 'leader', 'employee', 'panel'] as const satisfies readonly UserRole[];
export const POSITION_KINDS = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const satisfies readonly PositionKind[];
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
] as const satisfies readonly ApiKeyScope[];
