import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { coachingClosed, coachingNotFound, employeeNotFound, outcomeRequired, selfCoaching, targetNotOfEmployee, unitNotFound } from './appraisal.errors.js';
import { CoachingActionDto, CoachingDto, CreateCoachingDto, ListCoachingQueryDto, UpdateCoachingDto } from './dto/coaching.dto.js';
import { directLeaderOf, emitPerformanceEvents, loadPeriod, type Db, type PerformanceEventInput } from './performance.repo.js';

interface CoachingRow {
  id: string;
  employee_id: string;
  employee_name: string;
  nip: string;
  unit_id: string | null;
  unit_name: string | null;
  period_id: string;
  period_name: string;
  plan_id: string | null;
  target_id: string | null;
  target_title: string | null;
  unit_path: string;
  leader_employee_id: string | null;
  leader_name: string | null;
  cause: string;
  actions: CoachingActionDto[];
  follow_up_on: string;
  outcome: string | null;
  status: 'open' | 'closed';
  closed_at: Date | null;
  opened_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  overdue: boolean;
}

interface MonitoringRule {
  followUpGraceDays?: number;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The dialogue with the names its screen needs; `$overdueOn` = the last follow-up day that is still on time. */
const selectCoaching = (overdueParam: string) => `SELECT c.id, c.employee_id, e.name AS employee_name, e.nip, pl.unit_id, u.name AS unit_name,
    c.period_id, pe.name AS period_name, c.plan_id, c.target_id, t.title AS target_title, c.unit_path, c.leader_employee_id,
    le.name AS leader_name, c.cause, c.actions, to_char(c.follow_up_on, 'YYYY-MM-DD') AS follow_up_on, c.outcome, c.status, c.closed_at,
    c.opened_by_name, c.created_at, c.updated_at, c.version,
    (c.status = 'open' AND c.follow_up_on < o.overdue_before) AS overdue
  FROM performance_coaching c
  CROSS JOIN (SELECT ${overdueParam}::date AS overdue_before) o
  JOIN employees e ON e.id = c.employee_id
  JOIN performance_periods pe ON pe.id = c.period_id
  LEFT JOIN performance_plans pl ON pl.id = c.plan_id
  LEFT JOIN org_units u ON u.id = COALESCE(pl.unit_id, e.unit_id)
  LEFT JOIN performance_targets t ON t.id = c.target_id
  LEFT JOIN employees le ON le.id = c.leader_employee_id`;

const toDto = (r: CoachingRow): CoachingDto => ({
  id: r.id,
  employeeId: r.employee_id,
  employeeName: r.employee_name,
  nip: r.nip,
  unitId: r.unit_id,
  unitName: r.unit_name,
  periodId: r.period_id,
  periodName: r.period_name,
  planId: r.plan_id,
  targetId: r.target_id,
  targetTitle: r.target_title,
  leaderEmployeeId: r.leader_employee_id,
  leaderName: r.leader_name,
  cause: r.cause,
  actions: Array.isArray(r.actions) ? r.actions : [],
  followUpOn: r.follow_up_on,
  outcome: r.outcome,
  status: r.status,
  overdue: !!r.overdue,
  closedAt: iso(r.closed_at),
  openedByName: r.opened_by_name,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
  version: r.version,
});

/** Stored actions: only the fields given (no undefined keys in the JSON). */
const cleanActions = (actions: CoachingActionDto[]) =>
  actions.map((a) => ({ action: a.action.trim(), ...(a.owner ? { owner: a.owner.trim() } : {}), ...(a.due ? { due: a.due } : {}) }));

/** The scope condition of coaching reads: employees their own; others their subtree, plus dialogues they lead. */
export function coachingScopeSql(p: Principal, params: unknown[]): string {
  if (p.role === 'employee') {
    params.push(p.employeeId ?? '00000000-0000-0000-0000-000000000000');
    return `c.employee_id = $${params.length}`;
  }
  const parts: string[] = [];
  if (p.unitPath) {
    params.push(`${p.unitPath}%`);
    parts.push(`c.unit_path LIKE $${params.length}`);
  } else return '';
  if (p.employeeId) {
    params.push(p.employeeId);
    parts.push(`c.leader_employee_id = $${params.length}`, `c.employee_id = $${params.length}`);
  }
  return `(${parts.join(' OR ')})`;
}

@Injectable()
export class CoachingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  /** The last follow-up date still on time as of `on`: follow-ups before it are overdue (grace days from the rule). */
  async overdueBefore(on: string): Promise<string> {
    const rule = await this.reference.rule<MonitoringRule>('performance.monitoring', on).catch(() => null);
    const grace = Math.max(0, Math.floor(Number(rule?.value?.followUpGraceDays ?? 0)) || 0);
    const d = new Date(`${on}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - grace);
    return d.toISOString().slice(0, 10);
  }

  private canSee(p: Principal, r: Pick<CoachingRow, 'employee_id' | 'leader_employee_id' | 'unit_path'>): boolean {
    if (p.employeeId && r.employee_id === p.employeeId) return true;
    if (p.role === 'employee') return false;
    if (p.employeeId && r.leader_employee_id === p.employeeId) return true;
    return inScope(p, r.unit_path);
  }

  private async loadRow(db: Db, p: Principal, id: string, lock = false, on = isoToday()): Promise<CoachingRow> {
    if (lock) await db.query('SELECT id FROM performance_coaching WHERE id = $1 FOR UPDATE', [id]);
    const before = await this.overdueBefore(on);
    const [row] = await db.query(`${selectCoaching('$2')} WHERE c.id = $1`, [id, before]);
    if (!row || !this.canSee(p, row)) throw coachingNotFound(id);
    return row;
  }

  async list(p: Principal, q: ListCoachingQueryDto): Promise<Page<CoachingDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const on = q.on ?? isoToday();
    const params: unknown[] = [await this.overdueBefore(on)];
    const where: string[] = [];
    const scope = coachingScopeSql(p, params);
    if (scope) where.push(scope);
    if (q.employeeId) where.push(`c.employee_id = $${params.push(q.employeeId)}`);
    if (q.periodId) where.push(`c.period_id = $${params.push(q.periodId)}`);
    if (q.targetId) where.push(`c.target_id = $${params.push(q.targetId)}`);
    if (q.status) where.push(`c.status = $${params.push(q.status)}`);
    if (q.unitId) {
      const [u] = await this.ds.query('SELECT path FROM org_units WHERE id = $1', [q.unitId]);
      if (!u || !inScope(p, u.path)) throw unitNotFound(q.unitId);
      where.push(`c.unit_path LIKE $${params.push(`${u.path}%`)}`);
    }
    if (q.overdue === 'true') where.push(`c.status = 'open' AND c.follow_up_on < o.overdue_before`);
    if (q.overdue === 'false') where.push(`NOT (c.status = 'open' AND c.follow_up_on < o.overdue_before)`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM performance_coaching c CROSS JOIN (SELECT $1::date AS overdue_before) o ${w}`, params);
    const order = q.sortOrder === 'desc' ? 'DESC' : 'ASC';
    const rows: CoachingRow[] = await this.ds.query(
      `${selectCoaching('$1')} ${w}
       ORDER BY (c.status = 'open') DESC, c.follow_up_on ${order}, c.created_at DESC, c.id
       LIMIT ${pageSize} OFFSET ${offset}`,
      params,
    );
    return { items: rows.map(toDto), total, page, pageSize };
  }

  async get(p: Principal, id: string, on?: string): Promise<CoachingDto> {
    return toDto(await this.loadRow(this.ds, p, id, false, on ?? isoToday()));
  }

  async create(p: Principal, dto: CreateCoachingDto): Promise<CoachingDto> {
    return this.ds.transaction(async (m) => {
      const period = await loadPeriod(m, dto.periodId);
      const [emp] = await m.query(`SELECT e.id, e.name, e.unit_id, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND e.active`, [dto.employeeId]);
      if (!emp) throw employeeNotFound(dto.employeeId);
      if (p.employeeId && emp.id === p.employeeId) throw selfCoaching();
      const [plan] = await m.query('SELECT id, unit_path, leader_employee_id FROM performance_plans WHERE period_id = $1 AND employee_id = $2', [period.id, emp.id]);
      const direct = await directLeaderOf(m, emp.id);
      const unitPath: string = plan?.unit_path ?? emp.path;
      const leads = !!p.employeeId && (plan?.leader_employee_id === p.employeeId || direct?.employeeId === p.employeeId);
      if (!leads && !inScope(p, unitPath) && !inScope(p, emp.path)) throw employeeNotFound(dto.employeeId);

      if (dto.targetId) {
        const [t] = plan ? await m.query('SELECT id FROM performance_targets WHERE id = $1 AND plan_id = $2', [dto.targetId, plan.id]) : [];
        if (!t) throw targetNotOfEmployee();
      }
      // the leader who coaches: the caller when a leader in the chain, else the direct leader
      const leaderEmployeeId = p.role === 'leader' && p.employeeId ? p.employeeId : (plan?.leader_employee_id ?? direct?.employeeId ?? null);
      const actions = cleanActions(dto.actions);
      const [{ id }] = await m.query(
        `INSERT INTO performance_coaching (employee_id, period_id, plan_id, target_id, unit_path, leader_employee_id, cause, actions, follow_up_on, opened_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [emp.id, period.id, plan?.id ?? null, dto.targetId ?? null, unitPath, leaderEmployeeId, dto.cause.trim(), JSON.stringify(actions), dto.followUpOn, p.name],
      );
      const row = await this.loadRow(m, p, id);
      await this.audit.record(m, { action: 'create', entity: 'performance_coaching', entityId: id, after: toDto(row), unitPath });
      await emitPerformanceEvents(m, [this.event('coaching.opened', row)]);
      return toDto(row);
    });
  }

  async update(p: Principal, id: string, dto: UpdateCoachingDto): Promise<CoachingDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.loadRow(m, p, id, true);
      if (p.employeeId && before.employee_id === p.employeeId) throw selfCoaching();
      const reopening = dto.status === 'open';
      if (before.status === 'closed' && !reopening) throw coachingClosed();
      const outcome = dto.outcome === undefined ? before.outcome : dto.outcome;
      const status = dto.status ?? before.status;
      if (status === 'closed' && !outcome?.trim()) throw outcomeRequired();
      const sets: Record<string, unknown> = {};
      if (dto.outcome !== undefined) sets.outcome = dto.outcome === null ? null : dto.outcome.trim();
      if (dto.followUpOn !== undefined) sets.follow_up_on = dto.followUpOn;
      if (dto.cause !== undefined) sets.cause = dto.cause.trim();
      if (dto.actions !== undefined) sets.actions = JSON.stringify(cleanActions(dto.actions));
      if (status !== before.status) {
        sets.status = status;
        sets.closed_at = status === 'closed' ? new Date() : null;
      }
      await updateVersioned(m, 'performance_coaching', 'Coaching dialogue', id, dto.version, sets);
      const after = await this.loadRow(m, p, id);
      await this.audit.record(m, {
        action: status !== before.status ? (status === 'closed' ? 'close' : 'reopen') : 'update',
        entity: 'performance_coaching',
        entityId: id,
        before: toDto(before),
        after: toDto(after),
        unitPath: after.unit_path,
      });
      await emitPerformanceEvents(m, [this.event('coaching.updated', after)]);
      return toDto(after);
    });
  }

  private event(type: 'coaching.opened' | 'coaching.updated', r: CoachingRow): PerformanceEventInput {
    return {
      type,
      unitPath: r.unit_path,
      employeeId: r.employee_id,
      data: {
        coachingId: r.id,
        employeeId: r.employee_id,
        employeeName: r.employee_name,
        targetId: r.target_id,
        followUpOn: r.follow_up_on,
        status: r.status,
        overdue: !!r.overdue,
      },
    };
  }
}
