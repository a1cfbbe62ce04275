/**
 * Shared reads and the one event writer of the performance module: periods, plans and targets loaded with the
 * caller's scope checked (outside it answers 404), the direct leader of an employee, and the live event log.
 */
import { NotFoundError } from '../../common/problem.js';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';

/** Anything that runs SQL: the DataSource or a transaction's EntityManager. */
export interface Db {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of raw SQL, typed where they are read
  query(sql: string, params?: unknown[]): Promise<any>;
}

export const periodNotFound = (id?: string) => new NotFoundError('PERIOD_NOT_FOUND', 'Performance period', id);
export const planNotFound = (id?: string) => new NotFoundError('PLAN_NOT_FOUND', 'Performance plan', id);
export const targetNotFound = (id?: string) => new NotFoundError('TARGET_NOT_FOUND', 'Target', id);

export interface PeriodRow {
  id: string;
  year: number;
  name: string;
  starts_on: string;
  ends_on: string;
  checkpoints: 'monthly' | 'quarterly';
  status: 'open' | 'closed';
  version: number;
}

export interface PlanRow {
  id: string;
  period_id: string;
  employee_id: string;
  unit_id: string;
  position_id: string | null;
  unit_path: string;
  leader_employee_id: string | null;
  status: 'draft' | 'submitted' | 'approved';
  revision: number;
  return_reason: string | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by_name: string | null;
  version: number;
}

export interface TargetRow {
  id: string;
  plan_id: string;
  parent_target_id: string | null;
  title: string;
  expectation: string | null;
  quantity: string;
  quantity_unit: string;
  quality_pct: string;
  deadline: string | null;
  months: number | null;
  cost: string | null;
  weight: string;
  sort_order: number;
  realised: string;
  last_reported_at: Date | null;
  at_risk: boolean;
  version: number;
}

export async function loadPeriod(db: Db, id: string): Promise<PeriodRow> {
  const [row] = await db.query('SELECT * FROM performance_periods WHERE id = $1', [id]);
  if (!row) throw periodNotFound(id);
  return row;
}

/**
 * Can the principal see a plan? Employees: only their own. Leaders: their own, and any plan in their unit subtree.
 * Everyone else with a unit: the subtree; city-wide roles: everything.
 */
export function canSeePlan(p: Principal, plan: Pick<PlanRow, 'employee_id' | 'unit_path' | 'leader_employee_id'>): boolean {
  if (p.employeeId && plan.employee_id === p.employeeId) return true;
  if (p.role === 'employee') return false;
  if (p.employeeId && plan.leader_employee_id === p.employeeId) return true;
  return inScope(p, plan.unit_path);
}

/** A plan the principal may see (`FOR UPDATE` inside a transaction when `lock`), else 404. */
export async function loadPlan(db: Db, id: string, p: Principal, lock = false): Promise<PlanRow> {
  const [row] = await db.query(`SELECT * FROM performance_plans WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row || !canSeePlan(p, row)) throw planNotFound(id);
  return row;
}

/** A target with its plan, the plan visible to the principal, else 404. */
export async function loadTarget(db: Db, id: string, p: Principal, lock = false): Promise<{ target: TargetRow; plan: PlanRow }> {
  const [target] = await db.query(`SELECT * FROM performance_targets WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!target) throw targetNotFound(id);
  const [plan] = await db.query('SELECT * FROM performance_plans WHERE id = $1', [target.plan_id]);
  if (!plan || !canSeePlan(p, plan)) throw targetNotFound(id);
  return { target, plan };
}

export interface DirectLeader {
  employeeId: string;
  name: string;
  unitId: string;
}

/**
 * The direct leader of an employee (issue 7): the active holder of the head position of the employee's unit; for the
 * head themself (or when the unit has no head in post), the head of the nearest ancestor unit that has one.
 * Null at the top of the city (the city secretary's own leader is outside the system).
 */
export async function directLeaderOf(db: Db, employeeId: string): Promise<DirectLeader | null> {
  const [row] = await db.query(
    `WITH me AS (
       SELECT e.id, e.unit_id, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1
     )
     SELECT h.id AS "employeeId", h.name, hu.id AS "unitId"
       FROM me
       JOIN org_units hu ON me.path LIKE hu.path || '%'
       JOIN positions hp ON hp.unit_id = hu.id AND hp.is_head
       JOIN employees h ON h.position_id = hp.id AND h.active AND h.id <> me.id
      ORDER BY hu.depth DESC, h.appointment_date NULLS LAST, h.id
      LIMIT 1`,
    [employeeId],
  );
  return row ?? null;
}

/** SQL expression: the employee ids a leader leads directly (for lists like the approval inbox). */
export const DIRECT_REPORTS_SQL = `
  SELECT e.id FROM employees e
   WHERE e.active AND e.id <> $1 AND EXISTS (
     SELECT 1 FROM employees h JOIN positions hp ON hp.id = h.position_id AND hp.is_head
      WHERE h.id = $1 AND hp.unit_id IN (e.unit_id, (SELECT parent_id FROM org_units WHERE id = e.unit_id))
   )`;

// ── live events ──────────────────────────────────────────────────────────────

export const PERFORMANCE_CHANNEL = 'performance_events';

export type PerformanceEventType =
  | 'report.submitted'
  | 'report.accepted'
  | 'report.returned'
  | 'target.at_risk'
  | 'target.back_on_track'
  | 'plan.submitted'
  | 'plan.approved'
  | 'plan.returned'
  | 'coaching.opened'
  | 'coaching.updated'
  | 'evaluation.finalised';

export interface PerformanceEventInput {
  type: PerformanceEventType;
  /** Path of the unit the event concerns: streams whose scope contains it receive it. */
  unitPath: string;
  /** The employee concerned (they receive their own events too). */
  employeeId: string | null;
  /** Small JSON: ids, names and figures the board needs to update a row without a reload. */
  data: Record<string, unknown>;
}

/**
 * Writes events in the caller's transaction and sends ONE notification carrying their ids (delivered by PostgreSQL
 * at commit, never for a rollback). Call it once per transaction with every event of that transaction
 * (conventions: a NOTIFY per row costs throughput; the payload limit is 7,999 bytes, ids only).
 */
export async function emitPerformanceEvents(db: Db, events: PerformanceEventInput[]): Promise<string[]> {
  if (!events.length) return [];
  const rows: { id: string }[] = await db.query(
    `INSERT INTO performance_events (type, unit_path, employee_id, data)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::uuid[], $4::jsonb[])
     RETURNING id`,
    [events.map((e) => e.type), events.map((e) => e.unitPath), events.map((e) => e.employeeId), events.map((e) => JSON.stringify(e.data))],
  );
  const ids = rows.map((r) => String(r.id));
  // ids joined by commas; a transaction with very many events notifies "*" and listeners read by range instead
  const payload = ids.join(',');
  await db.query('SELECT pg_notify($1, $2)', [PERFORMANCE_CHANNEL, payload.length < 7900 ? payload : `*${ids[0]}-${ids[ids.length - 1]}`]);
  return ids;
}
