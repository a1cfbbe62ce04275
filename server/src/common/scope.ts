/**
 * Unit scoping, the one helper every query of scoped data uses.
 * A principal with a unit sees that unit and everything below it; records outside answer 404.
 * Paths are materialised paths of ids (`/root/…/self/`), so a subtree is a prefix match.
 */
import { Principal } from './principal.js';

/** SQL condition restricting `pathColumn` to the principal's subtree, or '' when city-wide. Pushes its parameter. */
export function unitScopeSql(principal: Principal, pathColumn: string, params: unknown[]): string {
  if (!principal.unitPath) return '';
  params.push(`${principal.unitPath}%`);
  return `${pathColumn} LIKE $${params.length}`;
}

/** Is a unit (by its path) inside the principal's subtree? */
export function inScope(principal: Principal, unitPath: string | null | undefined): boolean {
  if (!principal.unitPath) return true;
  return !!unitPath && unitPath.startsWith(principal.unitPath);
}

/** Employees see only themselves: the condition on the employee id column, or '' for other roles. */
export function selfOnlySql(principal: Principal, employeeIdColumn: string, params: unknown[]): string {
  if (principal.role !== 'employee') return '';
  params.push(principal.employeeId ?? '00000000-0000-0000-0000-000000000000');
  return `${employeeIdColumn} = $${params.length}`;
}
