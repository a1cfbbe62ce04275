/**
 * SKP plans (issue 7): one plan per employee per period with targets (quantity, quality, time, cost, weight) that
 * cascade from a target of the direct leader's plan; draft → submitted (weights add up to 100, the leader resolved
 * then) → approved by the direct leader; an approved plan changes only through a revision with a reason (the targets
 * before are kept, target ids survive so reports stay). Every write is audited in its transaction; state changes
 * push live events. Also the unit's target tree and the bulk template (one transaction, set-based statements).
 */
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { pageParams } from '../../common/pagination.js';
import type { FieldError } from '../../common/problem.js';
import { ValidationFailedError } from '../../common/problem.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { pace } from './calc/pace.js';
import { targetWindow } from './calc/period.js';
import {
  BulkPlansDto,
  BulkPlansResultDto,
  CreatePerformancePlanDto,
  ListPerformancePlansQueryDto,
  PerformancePlanDto,
  PlanListDto,
  PlanReasonDto,
  PlanRevisionDto,
  PerformancePlanSummaryDto,
  PlanVersionDto,
  PutTargetsDto,
  TargetDto,
  TargetTreeNodeDto,
  TargetTreeQueryDto,
  TemplateTargetInputDto,
} from './dto/plans.dto.js';
import { directLeaderOf, emitPerformanceEvents, loadPeriod, loadPlan, type Db, type PeriodRow, type PlanRow, type TargetRow } from './performance.repo.js';
import {
  employeeNotFoundForPlan,
  employeeRequired,
  leaderExpectationsOnly,
  notDirectLeader,
  notOwnerOrLeader,
  notPlanOwner,
  periodClosed,
  periodNotFoundFor,
  planExists,
  planNotApproved,
  planNotSubmitted,
  planState,
  planWithoutTargets,
  positionNotFoundForPlans,
  targetsBad,
  targetsInvalid,
  targetsNotEditable,
  unitNotFoundForPlans,
  weightsNot100,
} from './plans.errors.js';

const MANAGERS = new Set(['admin', 'planner', 'operator']);
/** City-wide roles that approve the plans of employees without a leader in post (the top of the city). */
const TOP_APPROVERS = new Set(['admin', 'planner']);

type SummaryRow = PerformancePlanSummaryDto & { returnReason: string | null; approvedByName: string | null; unitPath: string };

const SUMMARY_SELECT = `
  SELECT pl.id, pl.period_id AS "periodId", pl.employee_id AS "employeeId", e.name AS "employeeName", e.nip, pos.title AS "positionTitle",
         pl.unit_id AS "unitId", u.name AS "unitName", pl.leader_employee_id AS "leaderEmployeeId", le.name AS "leaderName",
         pl.status, pl.revision, agg.n AS "targetCount", agg.w AS "weightTotal", pl.submitted_at AS "submittedAt", pl.approved_at AS "approvedAt",
         pl.version, pl.return_reason AS "returnReason", pl.approved_by_name AS "approvedByName", pl.unit_path AS "unitPath"
    FROM performance_plans pl
    JOIN employees e ON e.id = pl.employee_id
    JOIN org_units u ON u.id = pl.unit_id
    LEFT JOIN positions pos ON pos.id = pl.position_id
    LEFT JOIN employees le ON le.id = pl.leader_employee_id
    CROSS JOIN LATERAL (SELECT count(*)::int AS n, coalesce(sum(t.weight), 0)::float8 AS w FROM performance_targets t WHERE t.plan_id = pl.id) agg`;

const TARGET_SELECT = `
  SELECT t.*, to_char(t.deadline, 'YYYY-MM-DD') AS deadline, pt.title AS parent_title
    FROM performance_targets t LEFT JOIN performance_targets pt ON pt.id = t.parent_target_id`;

type TargetWithParent = TargetRow & { parent_title: string | null };

/** The period named by a request field (404 naming `periodId`). */
async function periodFor(db: Db, id: string): Promise<PeriodRow> {
  const [row] = await db.query('SELECT * FROM performance_periods WHERE id = $1', [id]);
  if (!row) throw periodNotFoundFor(id);
  return row;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** A template or input target as stored (the plain shape kept in audits and revisions). */
/** A response target without the figures computed for it (pace, report time, version, the parent's title). */
function stripComputed<
  T extends { realisedShare: unknown; expected: unknown; atRisk: unknown; windowEndsOn: unknown; lastReportedAt: unknown; version: unknown; parentTitle: unknown },
>(t: T): Omit<T, 'realisedShare' | 'expected' | 'atRisk' | 'windowEndsOn' | 'lastReportedAt' | 'version' | 'parentTitle'> {
  const out: Record<string, unknown> = { ...t };
  for (const k of ['realisedShare', 'expected', 'atRisk', 'windowEndsOn', 'lastReportedAt', 'version', 'parentTitle']) delete out[k];
  return out as Omit<T, 'realisedShare' | 'expected' | 'atRisk' | 'windowEndsOn' | 'lastReportedAt' | 'version' | 'parentTitle'>;
}

function plainTarget(t: TargetRow) {
  return {
    id: t.id,
    parentTargetId: t.parent_target_id,
    title: t.title,
    expectation: t.expectation,
    quantity: Number(t.quantity),
    quantityUnit: t.quantity_unit,
    qualityPct: Number(t.quality_pct),
    deadline: t.deadline,
    months: t.months,
    cost: num(t.cost),
    weight: Number(t.weight),
    sortOrder: t.sort_order,
    realised: Number(t.realised),
  };
}

@Injectable()
export class PlansService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  private async threshold(on: string): Promise<number> {
    const rule = await this.reference.rule<{ atRiskThreshold?: number }>('performance.monitoring', on);
    return rule.value.atRiskThreshold ?? 0.15;
  }

  /** The pace figures of a target as of `on`. */
  private paceOf(period: PeriodRow, t: { deadline: string | null; months: number | null; quantity: string | number; realised: string | number }, on: string, threshold: number) {
    const w = targetWindow(period, t);
    const quantity = Number(t.quantity);
    const realised = Math.max(0, Number(t.realised));
    if (!(quantity > 0)) return { expected: 0, realisedShare: 0, atRisk: false, end: w.end };
    const r = pace({ start: w.start, end: w.end, on, target: quantity, realised }, threshold);
    return { expected: r.expected, realisedShare: r.realised, atRisk: on >= w.start && r.atRisk, end: w.end };
  }

  // ── reads ────────────────────────────────────────────────────────────────

  private summary(r: SummaryRow): PerformancePlanSummaryDto {
    return {
      id: r.id,
      periodId: r.periodId,
      employeeId: r.employeeId,
      employeeName: r.employeeName,
      nip: r.nip,
      positionTitle: r.positionTitle,
      unitId: r.unitId,
      unitName: r.unitName,
      leaderEmployeeId: r.leaderEmployeeId,
      leaderName: r.leaderName,
      status: r.status,
      revision: r.revision,
      targetCount: r.targetCount,
      weightTotal: round2(r.weightTotal),
      submittedAt: r.submittedAt,
      approvedAt: r.approvedAt,
      version: r.version,
    };
  }

  async list(p: Principal, q: ListPerformancePlansQueryDto): Promise<PlanListDto> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (p.role === 'employee') where.push(`pl.employee_id = $${params.push(p.employeeId ?? '00000000-0000-0000-0000-000000000000')}`);
    else {
      const scope = unitScopeSql(p, 'pl.unit_path', params);
      if (scope && p.employeeId) {
        const me = params.push(p.employeeId);
        where.push(`(${scope} OR pl.employee_id = $${me} OR pl.leader_employee_id = $${me})`);
      } else if (scope) where.push(scope);
    }
    if (q.awaitingMe) {
      if (!p.employeeId) where.push('false');
      else where.push(`pl.status = 'submitted' AND pl.leader_employee_id = $${params.push(p.employeeId)}`);
    }
    if (q.periodId) where.push(`pl.period_id = $${params.push(q.periodId)}`);
    if (q.status) where.push(`pl.status = $${params.push(q.status)}`);
    if (q.employeeId) where.push(`pl.employee_id = $${params.push(q.employeeId)}`);
    if (q.unitId) where.push(`pl.unit_path LIKE (SELECT path FROM org_units WHERE id = $${params.push(q.unitId)}) || '%'`);
    if (q.q) where.push(`(e.name ILIKE $${params.push(`%${q.q}%`)} OR e.nip LIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const d = q.sortOrder === 'desc' ? 'DESC' : 'ASC';
    const [rows, [{ n }]] = await Promise.all([
      this.ds.query<SummaryRow[]>(
        `${SUMMARY_SELECT} ${w} ORDER BY ${q.awaitingMe ? `pl.submitted_at ${d}, ` : ''}u.name ${d}, e.name ${d}, pl.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM performance_plans pl JOIN employees e ON e.id = pl.employee_id ${w}`, params),
    ]);
    return { items: rows.map((r) => this.summary(r)), total: n, page, pageSize };
  }

  /** The leader whose plan a plan cascades from: the stored one once submitted, the one in post for a draft. */
  private async cascadeLeader(db: Db, plan: PlanRow): Promise<string | null> {
    if (plan.status !== 'draft' && plan.leader_employee_id) return plan.leader_employee_id;
    return (await directLeaderOf(db, plan.employee_id))?.employeeId ?? plan.leader_employee_id ?? null;
  }

  private async leaderTargets(db: Db, periodId: string, leaderId: string | null): Promise<{ id: string; title: string }[]> {
    if (!leaderId) return [];
    return db.query(
      `SELECT t.id, t.title FROM performance_targets t JOIN performance_plans lp ON lp.id = t.plan_id
        WHERE lp.period_id = $1 AND lp.employee_id = $2 ORDER BY t.sort_order, t.created_at, t.id`,
      [periodId, leaderId],
    );
  }

  private allowedActions(p: Principal, plan: PlanRow): string[] {
    const owner = !!p.employeeId && p.employeeId === plan.employee_id;
    const leader = this.isDirectLeader(p, plan);
    const out: string[] = [];
    if (plan.status === 'draft' && (owner || MANAGERS.has(p.role) || p.role === 'leader')) out.push('edit');
    if (plan.status === 'draft' && owner) out.push('submit');
    if (plan.status === 'submitted' && leader) out.push('approve', 'return');
    if (plan.status === 'approved' && (owner || leader)) out.push('revise');
    return out;
  }

  private isDirectLeader(p: Principal, plan: PlanRow): boolean {
    if (p.employeeId && plan.leader_employee_id === p.employeeId && plan.employee_id !== p.employeeId) return true;
    return !plan.leader_employee_id && TOP_APPROVERS.has(p.role);
  }

  async get(p: Principal, id: string, on?: string, db: Db = this.ds): Promise<PerformancePlanDto> {
    const day = on ?? isoToday();
    const plan = await loadPlan(db, id, p);
    // in parallel on the pool; one after the other on a transaction's single connection
    const steps = [
      () => loadPeriod(db, plan.period_id),
      () => db.query(`${SUMMARY_SELECT} WHERE pl.id = $1`, [id]) as Promise<SummaryRow[]>,
      () => db.query(`${TARGET_SELECT} WHERE t.plan_id = $1 ORDER BY t.sort_order, t.created_at, t.id`, [id]) as Promise<TargetWithParent[]>,
      () => this.threshold(day),
      () => this.cascadeLeader(db, plan),
    ] as const;
    const results: unknown[] = [];
    if (db === this.ds) results.push(...(await Promise.all(steps.map((f) => f()))));
    else for (const f of steps) results.push(await f());
    const [period, [row], targets, threshold, leaderId] = results as [PeriodRow, SummaryRow[], TargetWithParent[], number, string | null];
    const leaderTargets = await this.leaderTargets(db, plan.period_id, leaderId);
    return {
      ...this.summary(row),
      returnReason: row.returnReason,
      approvedByName: row.approvedByName,
      on: day,
      atRiskThreshold: threshold,
      targets: targets.map((t): TargetDto => {
        const pc = this.paceOf(period, t, day, threshold);
        return {
          id: t.id,
          parentTargetId: t.parent_target_id,
          parentTitle: t.parent_title,
          title: t.title,
          expectation: t.expectation,
          quantity: Number(t.quantity),
          quantityUnit: t.quantity_unit,
          qualityPct: Number(t.quality_pct),
          deadline: t.deadline,
          months: t.months,
          cost: num(t.cost),
          weight: Number(t.weight),
          sortOrder: t.sort_order,
          realised: Number(t.realised),
          realisedShare: pc.realisedShare,
          expected: pc.expected,
          atRisk: pc.atRisk,
          windowEndsOn: pc.end,
          lastReportedAt: t.last_reported_at,
          version: t.version,
        };
      }),
      leaderTargets,
      allowedActions: this.allowedActions(p, plan),
    };
  }

  async revisions(p: Principal, id: string): Promise<PlanRevisionDto[]> {
    await loadPlan(this.ds, id, p);
    return this.ds.query(
      `SELECT id, plan_id AS "planId", revision, reason, before, by_name AS "byName", created_at AS "createdAt"
         FROM performance_plan_revisions WHERE plan_id = $1 ORDER BY revision, created_at, id`,
      [id],
    );
  }

  // ── create ───────────────────────────────────────────────────────────────

  async create(p: Principal, dto: CreatePerformancePlanDto): Promise<PerformancePlanDto> {
    const employeeId = dto.employeeId ?? p.employeeId;
    if (!employeeId) throw employeeRequired();
    if (p.role === 'employee' && employeeId !== p.employeeId) throw employeeNotFoundForPlan(employeeId);
    const [emp] = await this.ds.query<{ id: string; name: string; unit_id: string; position_id: string | null; path: string; active: boolean }[]>(
      `SELECT e.id, e.name, e.unit_id, e.position_id, u.path, e.active FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1`,
      [employeeId],
    );
    if (!emp || !emp.active || (employeeId !== p.employeeId && !inScope(p, emp.path))) throw employeeNotFoundForPlan(employeeId);
    return this.ds.transaction(async (m) => {
      const period = await periodFor(m, dto.periodId);
      if (period.status === 'closed') throw periodClosed();
      const leader = await directLeaderOf(m, employeeId);
      const inserted = await m.query<{ id: string }[]>(
        `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, leader_employee_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT uq_performance_plans_period_employee DO NOTHING RETURNING id`,
        [period.id, employeeId, emp.unit_id, emp.position_id, emp.path, leader?.employeeId ?? null],
      );
      if (!inserted.length) {
        const [existing] = await m.query<{ id: string }[]>('SELECT id FROM performance_plans WHERE period_id = $1 AND employee_id = $2', [period.id, employeeId]);
        throw planExists(existing?.id ?? '');
      }
      const id = inserted[0].id;
      const out = await this.get(p, id, undefined, m);
      await this.audit.record(m, {
        action: 'create',
        entity: 'performance_plan',
        entityId: id,
        after: { periodId: period.id, employeeId, employeeName: emp.name, status: 'draft', leaderEmployeeId: out.leaderEmployeeId },
        unitPath: emp.path,
      });
      return out;
    });
  }

  // ── targets ──────────────────────────────────────────────────────────────

  /** Field checks that need the period: a deadline inside the period; returns 422 errors. */
  private periodErrors(period: PeriodRow, targets: TemplateTargetInputDto[]): FieldError[] {
    const errors: FieldError[] = [];
    targets.forEach((t, i) => {
      if (t.deadline && (t.deadline < period.starts_on || t.deadline > period.ends_on))
        errors.push({
          path: `targets.${i}.deadline`,
          code: 'outside_period',
          message: `targets.${i}.deadline must be within the period (${period.starts_on} … ${period.ends_on})`,
        });
    });
    return errors;
  }

  /** Input checks that need no data: a deadline or months (not both). */
  private inputErrors(targets: (TemplateTargetInputDto & { id?: string })[]): FieldError[] {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    targets.forEach((t, i) => {
      if (!t.title?.trim()) errors.push({ path: `targets.${i}.title`, code: 'required', message: `targets.${i}.title should not be blank` });
      if (!t.quantityUnit?.trim()) errors.push({ path: `targets.${i}.quantityUnit`, code: 'required', message: `targets.${i}.quantityUnit should not be blank` });
      if (t.deadline && t.months) errors.push({ path: `targets.${i}.months`, code: 'exclusive', message: `targets.${i}: give a deadline or months, not both` });
      if (t.id) {
        if (seen.has(t.id)) errors.push({ path: `targets.${i}.id`, code: 'duplicate', message: `targets.${i}.id appears twice` });
        seen.add(t.id);
      }
    });
    return errors;
  }

  /** Full edit (the employee, an operator/planner in scope) or expectations only (a leader), else 403. */
  private editMode(p: Principal, plan: PlanRow): 'full' | 'expectations' {
    if (p.employeeId && p.employeeId === plan.employee_id) return 'full';
    if (MANAGERS.has(p.role)) return 'full';
    if (p.role === 'leader') return 'expectations';
    throw targetsNotEditable();
  }

  async putTargets(p: Principal, id: string, dto: PutTargetsDto): Promise<PerformancePlanDto> {
    const bad = this.inputErrors(dto.targets);
    if (bad.length) throw targetsBad(bad);
    return this.ds.transaction(async (m) => {
      const plan = await loadPlan(m, id, p, true);
      const period = await loadPeriod(m, plan.period_id);
      if (period.status === 'closed') throw periodClosed();
      if (plan.status !== 'draft') throw planState(plan.status, 'edit');
      const mode = this.editMode(p, plan);
      const existing = await m.query<TargetWithParent[]>(`${TARGET_SELECT} WHERE t.plan_id = $1 ORDER BY t.sort_order, t.created_at, t.id`, [id]);
      const byId = new Map(existing.map((t) => [t.id, t]));
      const errors: FieldError[] = [];
      if (mode === 'expectations') this.expectationsOnly(dto, byId);
      dto.targets.forEach((t, i) => {
        if (t.id && !byId.has(t.id)) errors.push({ path: `targets.${i}.id`, code: 'not_in_plan', message: `targets.${i}.id is not a target of this plan` });
      });
      errors.push(...this.periodErrors(period, dto.targets));
      const leaderIds = new Set((await this.leaderTargets(m, plan.period_id, await this.cascadeLeader(m, plan))).map((t) => t.id));
      dto.targets.forEach((t, i) => {
        if (!t.parentTargetId) return;
        const unchanged = t.id && byId.get(t.id)?.parent_target_id === t.parentTargetId;
        if (mode === 'expectations' && unchanged) return;
        if (!leaderIds.has(t.parentTargetId))
          errors.push({
            path: `targets.${i}.parentTargetId`,
            code: 'not_in_leader_plan',
            message: `targets.${i}.parentTargetId must be a target of the direct leader’s plan in the same period`,
          });
      });
      const kept = new Set(dto.targets.filter((t) => t.id).map((t) => t.id as string));
      const removed = existing.filter((t) => !kept.has(t.id)).map((t) => t.id);
      if (removed.length) {
        const withReports = await m.query<{ title: string }[]>(
          `SELECT t.title FROM performance_targets t WHERE t.id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM performance_reports r WHERE r.target_id = t.id)`,
          [removed],
        );
        if (withReports.length)
          errors.push({
            path: 'targets',
            code: 'has_reports',
            message: `targets with progress reports cannot be removed (${withReports.map((t) => t.title).join(', ')}); keep them by id`,
          });
      }
      if (errors.length) throw targetsInvalid(errors);
      await updateVersioned(m, 'performance_plans', 'The plan', id, dto.version, {});
      if (removed.length) await m.query('DELETE FROM performance_targets WHERE id = ANY($1::uuid[])', [removed]);
      for (const [i, t] of dto.targets.entries()) {
        const values = [
          t.parentTargetId ?? null,
          t.title.trim(),
          t.expectation ?? null,
          t.quantity,
          t.quantityUnit.trim(),
          t.qualityPct ?? 100,
          t.deadline ?? null,
          t.months ?? null,
          t.cost ?? null,
          t.weight,
          i,
        ];
        if (t.id)
          await m.query(
            `UPDATE performance_targets SET parent_target_id = $2, title = $3, expectation = $4, quantity = $5, quantity_unit = $6, quality_pct = $7,
                    deadline = $8, months = $9, cost = $10, weight = $11, sort_order = $12, version = version + 1, updated_at = now()
              WHERE id = $1 AND plan_id = $13`,
            [t.id, ...values, id],
          );
        else
          await m.query(
            `INSERT INTO performance_targets (plan_id, parent_target_id, title, expectation, quantity, quantity_unit, quality_pct, deadline, months, cost, weight, sort_order)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [id, ...values],
          );
      }
      const out = await this.get(p, id, undefined, m);
      await this.audit.record(m, {
        action: mode === 'expectations' ? 'set_expectations' : 'update_targets',
        entity: 'performance_plan',
        entityId: id,
        before: { targets: existing.map(plainTarget) },
        // the targets as entered (the same shape as `before`), without the figures computed for the response
        after: { targets: out.targets.map(stripComputed) },
        unitPath: plan.unit_path,
      });
      return out;
    });
  }

  /** A leader sends the same targets back, changing only their expectations. */
  private expectationsOnly(dto: PutTargetsDto, byId: Map<string, TargetRow>) {
    const errors: FieldError[] = [];
    const sent = new Set<string>();
    dto.targets.forEach((t, i) => {
      const cur = t.id ? byId.get(t.id) : undefined;
      if (!cur) {
        errors.push({ path: `targets.${i}.id`, code: 'leader_expectations_only', message: `targets.${i}: a leader cannot add targets` });
        return;
      }
      sent.add(cur.id);
      const same: [string, boolean][] = [
        ['parentTargetId', (t.parentTargetId ?? null) === cur.parent_target_id],
        ['title', t.title.trim() === cur.title],
        ['quantity', t.quantity === Number(cur.quantity)],
        ['quantityUnit', t.quantityUnit.trim() === cur.quantity_unit],
        ['qualityPct', (t.qualityPct ?? 100) === Number(cur.quality_pct)],
        ['deadline', (t.deadline ?? null) === cur.deadline],
        ['months', (t.months ?? null) === cur.months],
        ['cost', (t.cost ?? null) === num(cur.cost)],
        ['weight', t.weight === Number(cur.weight)],
      ];
      for (const [field, ok] of same)
        if (!ok) errors.push({ path: `targets.${i}.${field}`, code: 'leader_expectations_only', message: `targets.${i}.${field}: a leader changes only the expectation` });
    });
    if (sent.size !== byId.size) errors.push({ path: 'targets', code: 'leader_expectations_only', message: 'a leader cannot remove targets' });
    if (errors.length) throw leaderExpectationsOnly(errors);
  }

  // ── workflow ─────────────────────────────────────────────────────────────

  private async transition(
    m: EntityManager,
    p: Principal,
    plan: PlanRow,
    version: number,
    sets: Record<string, unknown>,
    audit: { action: string; before: Record<string, unknown>; after: Record<string, unknown> },
    event: 'plan.submitted' | 'plan.approved' | 'plan.returned' | null,
    extra: Record<string, unknown> = {},
  ): Promise<PerformancePlanDto> {
    await updateVersioned(m, 'performance_plans', 'The plan', plan.id, version, sets);
    const out = await this.get(p, plan.id, undefined, m);
    await this.audit.record(m, { action: audit.action, entity: 'performance_plan', entityId: plan.id, before: audit.before, after: audit.after, unitPath: plan.unit_path });
    if (event)
      await emitPerformanceEvents(m, [
        {
          type: event,
          unitPath: plan.unit_path,
          employeeId: plan.employee_id,
          data: { planId: plan.id, employeeId: plan.employee_id, employeeName: out.employeeName, leaderEmployeeId: out.leaderEmployeeId, status: out.status, ...extra },
        },
      ]);
    return out;
  }

  async submit(p: Principal, id: string, dto: PlanVersionDto): Promise<PerformancePlanDto> {
    return this.ds.transaction(async (m) => {
      const plan = await loadPlan(m, id, p, true);
      if (!p.employeeId || p.employeeId !== plan.employee_id) throw notPlanOwner();
      const period = await loadPeriod(m, plan.period_id);
      if (period.status === 'closed') throw periodClosed();
      if (plan.status !== 'draft') throw planState(plan.status, 'submitted');
      const [{ n, w }] = await m.query<{ n: number; w: number }[]>('SELECT count(*)::int AS n, coalesce(sum(weight), 0)::float8 AS w FROM performance_targets WHERE plan_id = $1', [
        id,
      ]);
      if (n === 0) throw planWithoutTargets();
      if (Math.abs(w - 100) > 0.01) throw weightsNot100(round2(w));
      const leader = await directLeaderOf(m, plan.employee_id);
      return this.transition(
        m,
        p,
        plan,
        dto.version,
        { status: 'submitted', submitted_at: new Date(), leader_employee_id: leader?.employeeId ?? null, return_reason: null },
        {
          action: 'submit',
          before: { status: plan.status, leaderEmployeeId: plan.leader_employee_id },
          after: { status: 'submitted', leaderEmployeeId: leader?.employeeId ?? null, targetCount: n, weightTotal: round2(w) },
        },
        'plan.submitted',
      );
    });
  }

  async approve(p: Principal, id: string, dto: PlanVersionDto): Promise<PerformancePlanDto> {
    return this.ds.transaction(async (m) => {
      const plan = await loadPlan(m, id, p, true);
      if (!this.isDirectLeader(p, plan)) throw notDirectLeader();
      if (plan.status !== 'submitted') throw planNotSubmitted(plan.status, 'approved');
      return this.transition(
        m,
        p,
        plan,
        dto.version,
        { status: 'approved', approved_at: new Date(), approved_by_name: p.name, return_reason: null },
        { action: 'approve', before: { status: plan.status }, after: { status: 'approved', approvedByName: p.name, revision: plan.revision } },
        'plan.approved',
      );
    });
  }

  async return(p: Principal, id: string, dto: PlanReasonDto): Promise<PerformancePlanDto> {
    const reason = dto.reason.trim();
    return this.ds.transaction(async (m) => {
      const plan = await loadPlan(m, id, p, true);
      if (!this.isDirectLeader(p, plan)) throw notDirectLeader();
      if (plan.status !== 'submitted') throw planNotSubmitted(plan.status, 'returned');
      return this.transition(
        m,
        p,
        plan,
        dto.version,
        { status: 'draft', return_reason: reason, submitted_at: null },
        { action: 'return', before: { status: plan.status }, after: { status: 'draft', reason } },
        'plan.returned',
        { reason },
      );
    });
  }

  async revise(p: Principal, id: string, dto: PlanReasonDto): Promise<PerformancePlanDto> {
    const reason = dto.reason.trim();
    return this.ds.transaction(async (m) => {
      const plan = await loadPlan(m, id, p, true);
      const owner = !!p.employeeId && p.employeeId === plan.employee_id;
      if (!owner && !this.isDirectLeader(p, plan)) throw notOwnerOrLeader();
      if (plan.status !== 'approved') throw planNotApproved(plan.status);
      const period = await loadPeriod(m, plan.period_id);
      if (period.status === 'closed') throw periodClosed();
      const targets = await m.query<TargetRow[]>(
        `SELECT t.*, to_char(t.deadline, 'YYYY-MM-DD') AS deadline FROM performance_targets t WHERE t.plan_id = $1 ORDER BY t.sort_order, t.created_at, t.id`,
        [id],
      );
      const before = {
        revision: plan.revision,
        status: plan.status,
        approvedAt: plan.approved_at,
        approvedByName: plan.approved_by_name,
        leaderEmployeeId: plan.leader_employee_id,
        targets: targets.map(plainTarget),
      };
      const [{ id: revisionId }] = await m.query<{ id: string }[]>(
        `INSERT INTO performance_plan_revisions (plan_id, revision, reason, before, by_name) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, plan.revision, reason, JSON.stringify(before), p.name],
      );
      return this.transition(
        m,
        p,
        plan,
        dto.version,
        { status: 'draft', revision: plan.revision + 1, submitted_at: null, approved_at: null, approved_by_name: null, return_reason: null },
        { action: 'revise', before, after: { status: 'draft', revision: plan.revision + 1, reason, revisionId } },
        null,
      );
    });
  }

  // ── target tree ──────────────────────────────────────────────────────────

  async targetTree(p: Principal, q: TargetTreeQueryDto): Promise<TargetTreeNodeDto[]> {
    const unitId = q.unitId ?? p.unitId;
    if (!unitId) throw new ValidationFailedError([{ path: 'unitId', code: 'required', message: 'unitId is required for a city-wide account' }]);
    const [unit] = await this.ds.query<{ id: string; path: string }[]>('SELECT id, path FROM org_units WHERE id = $1', [unitId]);
    if (!unit || !inScope(p, unit.path)) throw unitNotFoundForPlans(unitId);
    const period = await periodFor(this.ds, q.periodId);
    const day = q.on ?? isoToday();
    const threshold = await this.threshold(day);
    const rows = await this.ds.query<
      {
        id: string;
        parent_target_id: string | null;
        title: string;
        quantity: string;
        realised: string;
        deadline: string | null;
        months: number | null;
        plan_id: string;
        status: string;
        employee_id: string;
        name: string;
        position_title: string | null;
      }[]
    >(
      `SELECT t.id, t.parent_target_id, t.title, t.quantity, t.realised, to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.months,
              pl.id AS plan_id, pl.status, pl.employee_id, e.name, pos.title AS position_title
         FROM performance_plans pl
         JOIN performance_targets t ON t.plan_id = pl.id
         JOIN employees e ON e.id = pl.employee_id
         LEFT JOIN positions pos ON pos.id = pl.position_id
        WHERE pl.period_id = $1 AND pl.unit_path LIKE $2
        ORDER BY length(pl.unit_path), (pos.is_head IS TRUE) DESC, e.name, pl.id, t.sort_order, t.id`,
      [period.id, `${unit.path}%`],
    );
    const nodes = new Map<string, TargetTreeNodeDto>();
    for (const r of rows) {
      const pc = this.paceOf(period, r, day, threshold);
      nodes.set(r.id, {
        targetId: r.id,
        title: r.title,
        planId: r.plan_id,
        planStatus: r.status,
        employeeId: r.employee_id,
        employeeName: r.name,
        positionTitle: r.position_title,
        realisedShare: pc.realisedShare,
        expected: pc.expected,
        atRisk: pc.atRisk,
        children: [],
      });
    }
    const roots: TargetTreeNodeDto[] = [];
    for (const r of rows) {
      const node = nodes.get(r.id)!;
      const parent = r.parent_target_id ? nodes.get(r.parent_target_id) : undefined;
      if (parent && parent !== node) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  // ── bulk template ────────────────────────────────────────────────────────

  async bulk(p: Principal, dto: BulkPlansDto): Promise<BulkPlansResultDto> {
    const bad = this.inputErrors(dto.targets);
    if (dto.positionId && dto.positionTitle) bad.push({ path: 'positionId', code: 'exclusive', message: 'give positionTitle or positionId, not both' });
    if (!dto.targets.length) bad.push({ path: 'targets', code: 'min', message: 'targets must contain at least one target' });
    if (bad.length) throw targetsBad(bad);
    const [unit] = await this.ds.query<{ id: string; path: string }[]>('SELECT id, path FROM org_units WHERE id = $1', [dto.unitId]);
    if (!unit || !inScope(p, unit.path)) throw unitNotFoundForPlans(dto.unitId);
    if (dto.positionId) {
      const [pos] = await this.ds.query<{ path: string }[]>('SELECT u.path FROM positions x JOIN org_units u ON u.id = x.unit_id WHERE x.id = $1', [dto.positionId]);
      if (!pos || !pos.path.startsWith(unit.path)) throw positionNotFoundForPlans(dto.positionId);
    }
    const dryRun = dto.dryRun ?? false;
    return this.ds.transaction(async (m) => {
      const period = await periodFor(m, dto.periodId);
      if (period.status === 'closed') throw periodClosed();
      const errors = this.periodErrors(period, dto.targets);
      if (errors.length) throw targetsInvalid(errors);
      // one bulk at a time per period: the counts below stay true until the commit
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`performance_bulk:${period.id}`]);
      const params: unknown[] = [`${unit.path}%`];
      const filters: string[] = [];
      if (dto.positionId) filters.push(`e.position_id = $${params.push(dto.positionId)}`);
      if (dto.positionTitle) filters.push(`lower(pos.title) = lower($${params.push(dto.positionTitle.trim())})`);
      const holders = await m.query<{ id: string; name: string }[]>(
        `SELECT e.id, e.name FROM employees e JOIN org_units u ON u.id = e.unit_id LEFT JOIN positions pos ON pos.id = e.position_id
          WHERE e.active AND u.path LIKE $1 ${filters.map((f) => `AND ${f}`).join(' ')} ORDER BY e.name, e.id`,
        params,
      );
      const ids = holders.map((h) => h.id);
      const plans = await m.query<{ id: string; employee_id: string; status: string }[]>(
        `SELECT id, employee_id, status FROM performance_plans WHERE period_id = $1 AND employee_id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
        [period.id, ids],
      );
      const planOf = new Map(plans.map((x) => [x.employee_id, x]));
      const name = new Map(holders.map((h) => [h.id, h.name]));
      const missing = ids.filter((x) => !planOf.has(x));
      const drafts = plans.filter((x) => x.status === 'draft');
      const skipped = plans
        .filter((x) => x.status !== 'draft')
        .map((x) => ({ employeeId: x.employee_id, name: name.get(x.employee_id) ?? '', reason: `plan_${x.status}` }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.employeeId.localeCompare(b.employeeId));
      const result: BulkPlansResultDto = {
        employees: holders.length,
        plansCreated: missing.length,
        plansExtended: drafts.length,
        targetsAdded: (missing.length + drafts.length) * dto.targets.length,
        skipped,
        dryRun,
      };
      if (dryRun) return result;
      const created = missing.length
        ? await m.query<{ id: string }[]>(
            `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, leader_employee_id)
             SELECT $1, e.id, e.unit_id, e.position_id, u.path, l.id
               FROM employees e
               JOIN org_units u ON u.id = e.unit_id
               LEFT JOIN LATERAL (
                 SELECT h.id FROM org_units hu
                   JOIN positions hp ON hp.unit_id = hu.id AND hp.is_head
                   JOIN employees h ON h.position_id = hp.id AND h.active AND h.id <> e.id
                  WHERE hu.id = ANY(string_to_array(trim(both '/' from u.path), '/')::uuid[])
                  ORDER BY hu.depth DESC, h.appointment_date NULLS LAST, h.id LIMIT 1
               ) l ON true
              WHERE e.id = ANY($2::uuid[])
             ON CONFLICT ON CONSTRAINT uq_performance_plans_period_employee DO NOTHING
             RETURNING id`,
            [period.id, missing],
          )
        : [];
      const draftIds = drafts.map((x) => x.id);
      const planIds = [...created.map((x) => x.id), ...draftIds];
      const t = dto.targets;
      const [{ n }] = planIds.length
        ? await m.query<{ n: number }[]>(
            `WITH ins AS (
               INSERT INTO performance_targets (plan_id, title, expectation, quantity, quantity_unit, quality_pct, deadline, months, cost, weight, sort_order)
               SELECT pl.id, x.title, x.expectation, x.quantity, x.unit, x.quality, x.deadline, x.months, x.cost, x.weight,
                      coalesce((SELECT max(o.sort_order) + 1 FROM performance_targets o WHERE o.plan_id = pl.id), 0) + x.ord::int - 1
                 FROM performance_plans pl
                CROSS JOIN unnest($2::text[], $3::text[], $4::numeric[], $5::text[], $6::numeric[], $7::date[], $8::int[], $9::numeric[], $10::numeric[])
                     WITH ORDINALITY AS x(title, expectation, quantity, unit, quality, deadline, months, cost, weight, ord)
                WHERE pl.id = ANY($1::uuid[])
               RETURNING 1
             )
             SELECT count(*)::int AS n FROM ins`,
            [
              planIds,
              t.map((x) => x.title.trim()),
              t.map((x) => x.expectation ?? null),
              t.map((x) => x.quantity),
              t.map((x) => x.quantityUnit.trim()),
              t.map((x) => x.qualityPct ?? 100),
              t.map((x) => x.deadline ?? null),
              t.map((x) => x.months ?? null),
              t.map((x) => x.cost ?? null),
              t.map((x) => x.weight),
            ],
          )
        : [{ n: 0 }];
      // the extended drafts changed: a client editing one with the old version gets a 409
      if (draftIds.length) await m.query('UPDATE performance_plans SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [draftIds]);
      result.plansCreated = created.length;
      result.targetsAdded = n;
      await this.audit.record(m, {
        action: 'bulk_apply',
        entity: 'performance_plans',
        entityId: null,
        after: {
          periodId: period.id,
          unitId: unit.id,
          positionTitle: dto.positionTitle ?? null,
          positionId: dto.positionId ?? null,
          targets: t.map((x) => ({ title: x.title, quantity: x.quantity, quantityUnit: x.quantityUnit, weight: x.weight })),
          employees: result.employees,
          plansCreated: result.plansCreated,
          plansExtended: result.plansExtended,
          targetsAdded: result.targetsAdded,
          skipped: skipped.length,
        },
        unitPath: unit.path,
      });
      return result;
    });
  }
}
