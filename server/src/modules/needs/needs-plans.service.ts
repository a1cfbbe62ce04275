import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { collate } from './collate.js';
import { DataSource, EntityManager } from 'typeorm';
import { ExportFile, XLSX_TYPE } from '../../common/files.js';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { formationCost, type EmploymentType } from './calc/cost.js';
import { CalcInputError } from './calc/errors.js';
import { optimiseFormation, type OptimiserLine, type OptimiserResult } from './calc/optimiser.js';
import {
  AddPlanLineDto,
  CreatePlanDto,
  ListPlansQueryDto,
  OptimisePlanDto,
  PlanDto,
  PlanLineDto,
  PlanSummaryDto,
  PlanTransitionDto,
  RejectPlanDto,
  UpdatePlanDto,
  UpdatePlanLineDto,
} from './dto/plans.dto.js';
import {
  fourEyes,
  lineAboveShortage,
  lineExists,
  noShortage,
  operatorNeedsUnit,
  planLineNotFound,
  planNotEditable,
  planNotFound,
  planTransitionInvalid,
  planYearOutOfHorizon,
  positionFieldNotFound,
} from './needs.errors.js';
import { NeedsAnalysisService } from './needs-analysis.service.js';
import type { PositionResult } from './needs-engine.js';
import { NeedsRuleSet, NeedsRulesService, calcProblem, ruleDateFor } from './needs-rules.service.js';

type Db = Pick<EntityManager, 'query'>;
export type PlanAction = 'submit' | 'verify' | 'approve' | 'reject';

interface PlanRow {
  id: string;
  name: string;
  year: number;
  org_unit_id: string | null;
  org_unit_name: string | null;
  unit_path: string | null;
  status: string;
  revision: number;
  copied_from_id: string | null;
  base_year: number;
  horizon: number;
  scenario_id: string | null;
  budget_ceiling: string;
  max_formations: number;
  default_employment_type: string;
  city_budget: string | null;
  current_personnel_spending: string | null;
  optimiser: PlanDto['optimiser'];
  notes: string | null;
  created_by: string | null;
  created_by_name: string | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: Date | null;
  verified_by: string | null;
  verified_by_name: string | null;
  verified_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  rejection_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  formations?: number;
  annual_cost?: string;
}

interface LineRow {
  id: string;
  plan_id: string;
  position_id: string;
  position_title: string;
  unit_id: string;
  unit_name: string;
  unit_code: string;
  sector: string;
  kind: string;
  job_class: number | null;
  employment_type: string;
  education_required: string | null;
  rank: string | null;
  annual_cost_per_person: string;
  shortage: number;
  quantity: number;
  weight: string;
  pinned: boolean;
  excluded: boolean;
  reason: string | null;
  version: number;
}

const PLAN_SELECT = `SELECT f.*, u.name AS org_unit_name, u.path AS unit_path,
  (SELECT coalesce(sum(l.quantity), 0)::int FROM formation_plan_lines l WHERE l.plan_id = f.id) AS formations,
  (SELECT coalesce(sum(l.quantity * l.annual_cost_per_person), 0) FROM formation_plan_lines l WHERE l.plan_id = f.id) AS annual_cost
  FROM formation_plans f LEFT JOIN org_units u ON u.id = f.org_unit_id`;

const LINE_SELECT = `SELECT l.*, p.title AS position_title, p.kind, p.job_class, u.name AS unit_name, u.code AS unit_code, u.sector
  FROM formation_plan_lines l JOIN positions p ON p.id = l.position_id JOIN org_units u ON u.id = l.unit_id`;

const CITY = 'Pemerintah Kota Semarang';
const rupiah = (n: number) => `Rp${Math.round(n).toLocaleString('id-ID')}`;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A candidate line: a position short in the plan year. */
interface Candidate {
  positionId: string;
  unitId: string;
  title: string;
  sector: string;
  shortage: number;
  weight: number;
  education: string | null;
  pressure: number;
}

@Injectable()
export class NeedsPlansService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly analysis: NeedsAnalysisService,
    private readonly rulesService: NeedsRulesService,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────

  private async planRow(p: Principal, id: string, db: Db = this.ds, lock = false): Promise<PlanRow> {
    if (lock) await db.query('SELECT id FROM formation_plans WHERE id = $1 FOR UPDATE', [id]);
    const rows: PlanRow[] = await db.query(`${PLAN_SELECT} WHERE f.id = $1`, [id]);
    const r = rows[0];
    // city-wide plans (no unit) are visible to city-wide users only
    if (!r || (r.unit_path ? !inScope(p, r.unit_path) : !!p.unitPath)) throw planNotFound(id);
    return r;
  }

  private async lines(planId: string, db: Db = this.ds): Promise<LineRow[]> {
    return db.query(`${LINE_SELECT} WHERE l.plan_id = $1 ORDER BY l.quantity > 0 DESC, l.weight DESC, u.name, p.title`, [planId]);
  }

  async list(p: Principal, q: ListPlansQueryDto): Promise<Page<PlanSummaryDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(`(${scope})`); // a scoped user never sees city-wide plans (u.path is null)
    if (q.year) where.push(`f.year = $${params.push(q.year)}`);
    if (q.status) where.push(`f.status = $${params.push(q.status)}`);
    if (q.inbox === 'true') {
      if (p.role === 'admin' || p.role === 'planner') where.push(`(f.status = 'submitted' OR (f.status = 'verified' AND f.submitted_by IS DISTINCT FROM $${params.push(p.id)}))`);
      else where.push('false');
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order =
      { year: 'f.year', name: 'f.name', status: 'f.status', updatedAt: 'f.updated_at', formations: 'formations', cost: 'annual_cost' }[q.sortBy ?? 'updatedAt'] ?? 'f.updated_at';
    const sortDir = q.sortBy ? dir(q.sortOrder) : 'DESC';
    const [rows, count] = await Promise.all([
      this.ds.query<PlanRow[]>(`${PLAN_SELECT} ${w} ORDER BY ${order} ${sortDir}, f.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM formation_plans f LEFT JOIN org_units u ON u.id = f.org_unit_id ${w}`, params),
    ]);
    return { items: rows.map(summaryDto), total: count[0].n, page, pageSize };
  }

  async get(p: Principal, id: string, db: Db = this.ds): Promise<PlanDto> {
    const plan = await this.planRow(p, id, db);
    const lines = await this.lines(id, db);
    const rules = await this.rulesService.ruleSet(ruleDateFor(plan.base_year));
    return planDto(p, plan, lines, rules);
  }

  /** Lines of approved plans: what the recruitment module opens as vacancies. */
  async approvedLines(filter: { year?: number; unitPath?: string | null } = {}): Promise<
    {
      planId: string;
      planName: string;
      year: number;
      lineId: string;
      positionId: string;
      unitId: string;
      employmentType: string;
      educationRequired: string | null;
      quantity: number;
    }[]
  > {
    const params: unknown[] = [];
    const where = [`f.status = 'approved'`, 'l.quantity > 0'];
    if (filter.year) where.push(`f.year = $${params.push(filter.year)}`);
    if (filter.unitPath) where.push(`u.path LIKE $${params.push(`${filter.unitPath}%`)}`);
    return this.ds.query(
      `SELECT f.id AS "planId", f.name AS "planName", f.year, l.id AS "lineId", l.position_id AS "positionId", l.unit_id AS "unitId",
              l.employment_type AS "employmentType", l.education_required AS "educationRequired", l.quantity
       FROM formation_plan_lines l JOIN formation_plans f ON f.id = l.plan_id JOIN org_units u ON u.id = l.unit_id
       WHERE ${where.join(' AND ')} ORDER BY f.year, u.name`,
      params,
    );
  }

  // ── drafting ─────────────────────────────────────────────────────────────

  private candidates(results: PositionResult[], yearIndex: number, rules: NeedsRuleSet): Candidate[] {
    const out: Candidate[] = [];
    for (const r of results) {
      // expected shortage in whole people (attrition makes it fractional): round half up
      const shortage = Math.floor((r.shortage[yearIndex] ?? 0) + 0.5);
      if (shortage <= 0) continue;
      out.push({
        positionId: r.position.id,
        unitId: r.position.unitId,
        title: r.position.title,
        sector: r.position.sector,
        shortage,
        weight: (rules.priority.sectorWeights[r.position.sector] ?? 1) * Math.max(r.pressure, 0.01),
        education: r.position.education,
        pressure: r.pressure,
      });
    }
    return out;
  }

  private cost(type: EmploymentType, education: string | null, rules: NeedsRuleSet): { rank: string; annual: number } {
    try {
      const c = formationCost(type, education, rules.cost);
      return { rank: c.rank, annual: c.annual };
    } catch (err) {
      if (err instanceof CalcInputError) throw calcProblem(err);
      throw err;
    }
  }

  async create(p: Principal, dto: CreatePlanDto): Promise<PlanDto> {
    if (p.unitPath && !dto.orgUnitId) throw operatorNeedsUnit();
    const baseYear = dto.baseYear ?? Number(isoToday().slice(0, 4));
    const horizon = dto.horizon ?? 5;
    if (dto.year < baseYear || dto.year > baseYear + horizon - 1) throw planYearOutOfHorizon();
    const c = await this.analysis.compute(p, { orgUnitId: dto.orgUnitId, baseYear, horizon, scenarioId: dto.scenarioId });
    const rules = c.rules;
    const type: EmploymentType = dto.defaultEmploymentType ?? 'cpns';
    const cands = this.candidates(c.results, dto.year - baseYear, rules);
    const byPosition = new Map(cands.map((x) => [x.positionId, x]));
    const pins = new Map<string, number>();
    (dto.pins ?? []).forEach((pin, i) => {
      const cand = byPosition.get(pin.positionId);
      if (!c.results.some((r) => r.position.id === pin.positionId)) throw positionFieldNotFound(`pins.${i}.positionId`);
      if (!cand)
        throw new ValidationFailedError(
          [{ path: `pins.${i}.positionId`, code: 'no_shortage', message: 'the position has no shortage in the plan year' }],
          'A pinned position has no shortage in the plan year.',
        );
      if (pin.quantity > cand.shortage) throw new ValidationFailedError([{ path: `pins.${i}.quantity`, code: 'max', message: `at most the shortage (${cand.shortage})` }]);
      pins.set(pin.positionId, pin.quantity);
    });
    const excludes = new Set(dto.excludes ?? []);
    const costs = new Map(cands.map((x) => [x.positionId, this.cost(type, x.education, rules)]));
    const result = await this.solve(
      cands.map((x) => ({
        id: x.positionId,
        weight: x.weight,
        cost: costs.get(x.positionId)!.annual,
        max: x.shortage,
        pinned: pins.get(x.positionId) ?? null,
        excluded: excludes.has(x.positionId),
      })),
      dto.budgetCeiling,
      dto.maxFormations,
    );
    return this.ds.transaction(async (m) => {
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO formation_plans (name, year, org_unit_id, base_year, horizon, scenario_id, budget_ceiling, max_formations, default_employment_type,
           city_budget, current_personnel_spending, optimiser, notes, created_by, created_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          dto.name,
          dto.year,
          c.orgUnitId,
          baseYear,
          horizon,
          c.scenarioId,
          dto.budgetCeiling,
          dto.maxFormations,
          type,
          dto.cityBudget ?? null,
          dto.currentPersonnelSpending ?? null,
          JSON.stringify(optimiserSummary(result, cands.length)),
          dto.notes ?? null,
          p.kind === 'user' ? p.id : null,
          p.name,
        ],
      );
      await this.insertLines(
        m,
        id,
        cands.map((x) => {
          const cost = costs.get(x.positionId)!;
          const q = result.quantities[x.positionId] ?? 0;
          return {
            positionId: x.positionId,
            unitId: x.unitId,
            type,
            education: x.education,
            rank: cost.rank,
            cost: cost.annual,
            shortage: x.shortage,
            quantity: q,
            weight: x.weight,
            pinned: pins.has(x.positionId),
            excluded: excludes.has(x.positionId),
            reason: lineReason({
              q,
              shortage: x.shortage,
              weight: x.weight,
              pinned: pins.has(x.positionId),
              excluded: excludes.has(x.positionId),
              cost: cost.annual,
              year: dto.year,
              sector: x.sector,
              pressure: x.pressure,
            }),
          };
        }),
      );
      const plan = await this.get(p, id, m);
      await this.audit.record(m, { action: 'create', entity: 'formation_plan', entityId: id, after: auditView(plan), unitPath: c.unitPath });
      return plan;
    });
  }

  private async solve(lines: OptimiserLine[], budget: number, maxCount: number): Promise<OptimiserResult> {
    try {
      return await optimiseFormation({ lines, budget, maxCount });
    } catch (err) {
      if (err instanceof CalcInputError) throw calcProblem(err);
      throw err;
    }
  }

  private async insertLines(
    m: Db,
    planId: string,
    lines: {
      positionId: string;
      unitId: string;
      type: string;
      education: string | null;
      rank: string | null;
      cost: number;
      shortage: number;
      quantity: number;
      weight: number;
      pinned: boolean;
      excluded: boolean;
      reason: string | null;
    }[],
  ): Promise<void> {
    // multi-row INSERT in chunks (conventions: bulk writes never row by row)
    for (let i = 0; i < lines.length; i += 500) {
      const chunk = lines.slice(i, i + 500);
      const params: unknown[] = [];
      const values = chunk.map((l) => {
        const base = params.length;
        params.push(planId, l.positionId, l.unitId, l.type, l.education, l.rank, l.cost, l.shortage, l.quantity, l.weight, l.pinned, l.excluded, l.reason);
        return `(${Array.from({ length: 13 }, (_, k) => `$${base + k + 1}`).join(', ')})`;
      });
      await m.query(
        `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, rank, annual_cost_per_person, shortage, quantity, weight, pinned, excluded, reason)
         VALUES ${values.join(', ')}`,
        params,
      );
    }
  }

  async update(p: Principal, id: string, dto: UpdatePlanDto): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.planRow(p, id, m, true);
      if (before.status !== 'draft') throw planNotEditable(before.status);
      await updateVersioned(m, 'formation_plans', 'Formation plan', id, dto.version, {
        name: dto.name ?? before.name,
        notes: dto.notes !== undefined ? dto.notes : before.notes,
        city_budget: dto.cityBudget !== undefined ? dto.cityBudget : before.city_budget,
        current_personnel_spending: dto.currentPersonnelSpending !== undefined ? dto.currentPersonnelSpending : before.current_personnel_spending,
      });
      const plan = await this.get(p, id, m);
      await this.audit.record(m, { action: 'update', entity: 'formation_plan', entityId: id, before: planAuditRow(before), after: auditView(plan), unitPath: before.unit_path });
      return plan;
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.planRow(p, id, m, true);
      if (before.status !== 'draft') throw planNotEditable(before.status);
      await m.query('DELETE FROM formation_plans WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'formation_plan', entityId: id, before: planAuditRow(before), unitPath: before.unit_path });
    });
  }

  async optimise(p: Principal, id: string, dto: OptimisePlanDto): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.planRow(p, id, m, true);
      if (before.status !== 'draft') throw planNotEditable(before.status);
      const budget = dto.budgetCeiling ?? Number(before.budget_ceiling);
      const maxCount = dto.maxFormations ?? before.max_formations;
      const lines = await this.lines(id, m);
      const result = await this.solve(
        lines.map((l) => ({
          id: l.id,
          weight: Number(l.weight),
          cost: Number(l.annual_cost_per_person),
          max: l.shortage,
          pinned: l.pinned ? Math.min(l.quantity, l.shortage) || null : null,
          excluded: l.excluded,
        })),
        budget,
        maxCount,
      );
      await updateVersioned(m, 'formation_plans', 'Formation plan', id, dto.version, {
        budget_ceiling: budget,
        max_formations: maxCount,
        optimiser: JSON.stringify(optimiserSummary(result, lines.length)),
      });
      const changed = lines.filter((l) => (result.quantities[l.id] ?? 0) !== l.quantity);
      if (changed.length) {
        const ids = changed.map((l) => l.id);
        const qs = changed.map((l) => result.quantities[l.id] ?? 0);
        const reasons = changed.map((l) =>
          lineReason({
            q: result.quantities[l.id] ?? 0,
            shortage: l.shortage,
            weight: Number(l.weight),
            pinned: l.pinned,
            excluded: l.excluded,
            cost: Number(l.annual_cost_per_person),
            year: before.year,
            sector: l.sector,
            pressure: null,
          }),
        );
        await m.query(
          `UPDATE formation_plan_lines l SET quantity = x.q, reason = x.r, version = l.version + 1, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[]) AS x(id, q, r) WHERE l.id = x.id`,
          [ids, qs, reasons],
        );
      }
      const plan = await this.get(p, id, m);
      await this.audit.record(m, {
        action: 'optimise',
        entity: 'formation_plan',
        entityId: id,
        before: planAuditRow(before),
        after: { ...auditView(plan), changedLines: changed.length },
        unitPath: before.unit_path,
      });
      return plan;
    });
  }

  // ── lines ────────────────────────────────────────────────────────────────

  async addLine(p: Principal, id: string, dto: AddPlanLineDto): Promise<PlanDto> {
    const plan0 = await this.planRow(p, id);
    if (plan0.status !== 'draft') throw planNotEditable(plan0.status);
    const pos: { id: string; unit_id: string; path: string; education_required: string | null; title: string; sector: string }[] = await this.ds.query(
      'SELECT p.id, p.unit_id, u.path, p.education_required, p.title, u.sector FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE p.id = $1',
      [dto.positionId],
    );
    const position = pos[0];
    if (!position || !inScope(p, position.path) || (plan0.unit_path && !position.path.startsWith(plan0.unit_path))) throw positionFieldNotFound('positionId');
    // the position's shortage in the plan year, from the plan's analysis settings
    const c = await this.analysis.compute(
      { ...p, unitPath: position.path, unitId: null },
      { baseYear: plan0.base_year, horizon: plan0.horizon, scenarioId: plan0.scenario_id ?? undefined },
    );
    const r = c.results.find((x) => x.position.id === dto.positionId);
    const cand = r ? this.candidates([r], plan0.year - plan0.base_year, c.rules)[0] : undefined;
    if (!cand) throw noShortage();
    if (dto.quantity > cand.shortage) throw lineAboveShortage(cand.shortage);
    const type = (dto.employmentType ?? plan0.default_employment_type) as EmploymentType;
    const education = dto.educationRequired ?? position.education_required;
    const cost = this.cost(type, education, c.rules);
    return this.ds.transaction(async (m) => {
      const before = await this.planRow(p, id, m, true);
      if (before.status !== 'draft') throw planNotEditable(before.status);
      await updateVersioned(m, 'formation_plans', 'Formation plan', id, dto.planVersion, {});
      const dup: unknown[] = await m.query('SELECT 1 FROM formation_plan_lines WHERE plan_id = $1 AND position_id = $2 AND employment_type = $3', [id, dto.positionId, type]);
      if (dup.length) throw lineExists();
      await this.insertLines(m, id, [
        {
          positionId: dto.positionId,
          unitId: position.unit_id,
          type,
          education,
          rank: cost.rank,
          cost: cost.annual,
          shortage: cand.shortage,
          quantity: dto.quantity,
          weight: cand.weight,
          pinned: true,
          excluded: false,
          reason: dto.reason ?? `Ditambahkan oleh ${p.name}`,
        },
      ]);
      const plan = await this.get(p, id, m);
      await this.audit.record(m, {
        action: 'add_line',
        entity: 'formation_plan',
        entityId: id,
        after: { positionId: dto.positionId, quantity: dto.quantity, employmentType: type },
        unitPath: before.unit_path,
      });
      return plan;
    });
  }

  async updateLine(p: Principal, id: string, lineId: string, dto: UpdatePlanLineDto): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const plan0 = await this.planRow(p, id, m, true);
      if (plan0.status !== 'draft') throw planNotEditable(plan0.status);
      const rows: LineRow[] = await m.query(`${LINE_SELECT} WHERE l.id = $1 AND l.plan_id = $2`, [lineId, id]);
      const before = rows[0];
      if (!before) throw planLineNotFound(lineId);
      const excluded = dto.excluded ?? before.excluded;
      let quantity = dto.quantity ?? before.quantity;
      if (excluded) quantity = 0;
      if (quantity > before.shortage) throw lineAboveShortage(before.shortage);
      const type = (dto.employmentType ?? before.employment_type) as EmploymentType;
      const education = dto.educationRequired !== undefined ? dto.educationRequired : before.education_required;
      let rank = before.rank;
      let cost = Number(before.annual_cost_per_person);
      if (type !== before.employment_type || education !== before.education_required) {
        const rules = await this.rulesService.ruleSet(ruleDateFor(plan0.base_year));
        ({ rank, annual: cost } = this.cost(type, education, rules));
      }
      const edited = dto.quantity !== undefined && dto.quantity !== before.quantity;
      await updateVersioned(m, 'formation_plan_lines', 'Plan line', lineId, dto.version, {
        quantity,
        employment_type: type,
        education_required: education,
        rank,
        annual_cost_per_person: cost,
        // a planner's own quantity stays put when the optimiser runs again
        pinned: dto.pinned ?? (edited ? true : before.pinned),
        excluded,
        reason: dto.reason !== undefined ? dto.reason : edited ? `Diubah oleh ${p.name}: ${before.quantity} → ${quantity}` : before.reason,
      });
      await m.query('UPDATE formation_plans SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
      const plan = await this.get(p, id, m);
      const after = plan.lines.find((l) => l.id === lineId) ?? null;
      await this.audit.record(m, {
        action: 'update_line',
        entity: 'formation_plan',
        entityId: id,
        before: lineAuditRow(before),
        after: after ?? { lineId, quantity },
        unitPath: plan0.unit_path,
      });
      return plan;
    });
  }

  async removeLine(p: Principal, id: string, lineId: string): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const plan0 = await this.planRow(p, id, m, true);
      if (plan0.status !== 'draft') throw planNotEditable(plan0.status);
      const rows: LineRow[] = await m.query(`${LINE_SELECT} WHERE l.id = $1 AND l.plan_id = $2`, [lineId, id]);
      if (!rows[0]) throw planLineNotFound(lineId);
      await m.query('DELETE FROM formation_plan_lines WHERE id = $1', [lineId]);
      await m.query('UPDATE formation_plans SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'remove_line', entity: 'formation_plan', entityId: id, before: lineAuditRow(rows[0]), unitPath: plan0.unit_path });
      return this.get(p, id, m);
    });
  }

  // ── workflow ─────────────────────────────────────────────────────────────

  async transition(p: Principal, id: string, action: PlanAction, dto: PlanTransitionDto | RejectPlanDto): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.planRow(p, id, m, true);
      const from = before.status;
      const ok = { submit: ['draft'], verify: ['submitted'], approve: ['verified'], reject: ['submitted', 'verified'] }[action];
      if (!ok.includes(from)) throw planTransitionInvalid(action, from);
      const userId = p.kind === 'user' ? p.id : null;
      let sets: Record<string, unknown>;
      if (action === 'submit') sets = { status: 'submitted', submitted_by: userId, submitted_by_name: p.name, submitted_at: new Date() };
      else if (action === 'verify') sets = { status: 'verified', verified_by: userId, verified_by_name: p.name, verified_at: new Date() };
      else if (action === 'approve') {
        if (before.submitted_by && before.submitted_by === userId) throw fourEyes();
        sets = { status: 'approved', decided_by: userId, decided_by_name: p.name, decided_at: new Date() };
      } else sets = { status: 'rejected', decided_by: userId, decided_by_name: p.name, decided_at: new Date(), rejection_reason: (dto as RejectPlanDto).reason };
      await updateVersioned(m, 'formation_plans', 'Formation plan', id, dto.version, sets);
      const plan = await this.get(p, id, m);
      await this.audit.record(m, {
        action,
        entity: 'formation_plan',
        entityId: id,
        before: { status: from, version: before.version },
        after: { status: plan.status, version: plan.version, note: 'note' in dto ? (dto.note ?? null) : null, reason: 'reason' in dto ? dto.reason : null },
        unitPath: before.unit_path,
      });
      return plan;
    });
  }

  async copy(p: Principal, id: string): Promise<PlanDto> {
    return this.ds.transaction(async (m) => {
      const src = await this.planRow(p, id, m);
      const [{ id: newId }]: { id: string }[] = await m.query(
        `INSERT INTO formation_plans (name, year, org_unit_id, revision, copied_from_id, base_year, horizon, scenario_id, budget_ceiling, max_formations,
           default_employment_type, city_budget, current_personnel_spending, optimiser, notes, created_by, created_by_name)
         SELECT name, year, org_unit_id, revision + 1, id, base_year, horizon, scenario_id, budget_ceiling, max_formations,
           default_employment_type, city_budget, current_personnel_spending, optimiser, notes, $2, $3
         FROM formation_plans WHERE id = $1 RETURNING id`,
        [id, p.kind === 'user' ? p.id : null, p.name],
      );
      await m.query(
        `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, rank, annual_cost_per_person, shortage, quantity, weight, pinned, excluded, reason)
         SELECT $2, position_id, unit_id, employment_type, education_required, rank, annual_cost_per_person, shortage, quantity, weight, pinned, excluded, reason
         FROM formation_plan_lines WHERE plan_id = $1`,
        [id, newId],
      );
      const plan = await this.get(p, newId, m);
      await this.audit.record(m, {
        action: 'copy',
        entity: 'formation_plan',
        entityId: newId,
        after: { ...auditView(plan), copiedFrom: id, fromStatus: src.status },
        unitPath: src.unit_path,
      });
      return plan;
    });
  }

  async export(p: Principal, id: string): Promise<ExportFile> {
    const plan = await this.get(p, id);
    const all = await this.lines(id);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const ws = wb.addWorksheet('Usulan Formasi');
    ws.addRow([`USULAN FORMASI ASN TAHUN ${plan.year} — ${plan.orgUnitName.toUpperCase()}`]).font = { bold: true, size: 13 };
    ws.addRow([`${plan.name} (revisi ${plan.revision}); status: ${plan.status}; pagu Rp${plan.budgetCeiling.toLocaleString('id-ID')}; maks. ${plan.maxFormations} formasi`]);
    ws.addRow([]);
    const header = ['No', 'Unit Kerja', 'Jabatan', 'Kelas', 'Pendidikan', 'Jenis', 'Golongan', 'Kekurangan', 'Usulan', 'Biaya/orang/tahun (Rp)', 'Biaya/tahun (Rp)', 'Alasan'];
    const hr = ws.addRow(header);
    hr.font = { bold: true };
    hr.alignment = { wrapText: true, vertical: 'middle' };
    const chosen = all.filter((l) => l.quantity > 0);
    chosen.forEach((l, i) =>
      ws.addRow([
        i + 1,
        l.unit_name,
        l.position_title,
        l.job_class ?? '',
        l.education_required ?? '',
        l.employment_type.toUpperCase(),
        l.rank ?? '',
        l.shortage,
        l.quantity,
        Number(l.annual_cost_per_person),
        l.quantity * Number(l.annual_cost_per_person),
        l.reason ?? '',
      ]),
    );
    const t = ws.addRow(['', '', 'JUMLAH', '', '', '', '', plan.totals.shortage, plan.totals.formations, '', plan.totals.annualCost, '']);
    t.font = { bold: true };
    for (const c of [10, 11]) ws.getColumn(c).numFmt = '#,##0';
    ws.columns.forEach((col, i) => (col.width = i === 1 || i === 2 ? 36 : i === 11 ? 60 : 13));
    ws.views = [{ state: 'frozen', ySplit: 4 }];
    const s = wb.addWorksheet('Ringkasan');
    const rows: [string, string | number][] = [
      ['Rencana', plan.name],
      ['Tahun formasi', plan.year],
      ['Unit', plan.orgUnitName],
      ['Status', plan.status],
      ['Formasi diusulkan', plan.totals.formations],
      ['CPNS / PPPK', `${plan.totals.cpns} / ${plan.totals.pppk}`],
      ['Biaya setahun', rupiah(plan.totals.annualCost)],
      ['Pagu', rupiah(plan.budgetCeiling)],
      ['Sisa pagu', rupiah(plan.totals.budgetLeft)],
      ['Kekurangan tertutup', `${plan.totals.covered} dari ${plan.totals.shortage}`],
      ['Kekurangan belum tertutup', `${plan.totals.uncovered} (biaya ${rupiah(plan.totals.uncoveredCost)} setahun)`],
    ];
    if (plan.personnelSpending)
      rows.push(
        ['Belanja pegawai saat ini', `${plan.personnelSpending.currentPercent.toFixed(2)}% dari APBD`],
        ['Belanja pegawai dengan rencana ini', `${plan.personnelSpending.projectedPercent.toFixed(2)}% (batas ${plan.personnelSpending.capPercent}%, UU 1/2022)`],
      );
    if (plan.optimiser)
      rows.push([
        'Optimiser',
        `${plan.optimiser.method} (${plan.optimiser.status}); nilai ${plan.optimiser.objective.toFixed(2)} vs greedy ${plan.optimiser.greedyObjective.toFixed(2)}`,
      ]);
    rows.push(
      ['Disusun', `${plan.createdByName ?? ''}`],
      ['Diajukan', `${plan.submittedByName ?? '-'} ${plan.submittedAt ?? ''}`],
      ['Diverifikasi', `${plan.verifiedByName ?? '-'} ${plan.verifiedAt ?? ''}`],
    );
    rows.push(['Diputuskan', `${plan.decidedByName ?? '-'} ${plan.decidedAt ?? ''} ${plan.rejectionReason ?? ''}`]);
    for (const r of rows) s.addRow(r);
    s.getColumn(1).width = 34;
    s.getColumn(2).width = 80;
    const un = wb.addWorksheet('Belum Terdanai');
    un.addRow(['Unit Kerja', 'Jabatan', 'Kekurangan belum tertutup', 'Biaya setahun (Rp)', 'Bobot']).font = { bold: true };
    for (const l of all.filter((x) => x.quantity < x.shortage))
      un.addRow([l.unit_name, l.position_title, l.shortage - l.quantity, (l.shortage - l.quantity) * Number(l.annual_cost_per_person), Number(l.weight)]);
    un.columns.forEach((col, i) => (col.width = i < 2 ? 36 : 16));
    return { filename: `formasi-${plan.year}-rev${plan.revision}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}

// ── mapping ────────────────────────────────────────────────────────────────

function summaryDto(r: PlanRow): PlanSummaryDto {
  return {
    id: r.id,
    name: r.name,
    year: r.year,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name ?? CITY,
    status: r.status,
    revision: r.revision,
    budgetCeiling: Number(r.budget_ceiling),
    maxFormations: r.max_formations,
    formations: r.formations ?? 0,
    annualCost: Number(r.annual_cost ?? 0),
    createdByName: r.created_by_name,
    submittedByName: r.submitted_by_name,
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}

function lineDto(l: LineRow): PlanLineDto {
  const cost = Number(l.annual_cost_per_person);
  return {
    id: l.id,
    positionId: l.position_id,
    positionTitle: l.position_title,
    unitId: l.unit_id,
    unitName: l.unit_name,
    unitCode: l.unit_code,
    sector: l.sector,
    kind: l.kind,
    class: l.job_class,
    employmentType: l.employment_type,
    educationRequired: l.education_required,
    rank: l.rank,
    annualCostPerPerson: cost,
    annualCost: cost * l.quantity,
    shortage: l.shortage,
    quantity: l.quantity,
    weight: Number(l.weight),
    pinned: l.pinned,
    excluded: l.excluded,
    reason: l.reason,
    version: l.version,
  };
}

export function allowedActions(p: Principal, r: Pick<PlanRow, 'status' | 'submitted_by'>): string[] {
  const planner = p.role === 'admin' || p.role === 'planner';
  const writer = planner || p.role === 'operator';
  const out: string[] = [];
  if (r.status === 'draft' && writer) out.push('edit', 'submit');
  if (r.status === 'submitted' && planner) out.push('verify', 'reject');
  if (r.status === 'verified' && planner) {
    if (!(p.kind === 'user' && r.submitted_by === p.id)) out.push('approve');
    out.push('reject');
  }
  if (writer) out.push('copy');
  return out;
}

function planDto(p: Principal, r: PlanRow, lines: LineRow[], rules: NeedsRuleSet): PlanDto {
  const ls = lines.map(lineDto);
  const budget = Number(r.budget_ceiling);
  let formations = 0;
  let annualCost = 0;
  let shortage = 0;
  let weightedCovered = 0;
  let weightedShortage = 0;
  let uncoveredCost = 0;
  let cpns = 0;
  let pppk = 0;
  for (const l of ls) {
    formations += l.quantity;
    annualCost += l.annualCost;
    shortage += l.shortage;
    weightedCovered += l.weight * l.quantity;
    weightedShortage += l.weight * l.shortage;
    uncoveredCost += (l.shortage - l.quantity) * l.annualCostPerPerson;
    if (l.employmentType === 'pppk') pppk += l.quantity;
    else cpns += l.quantity;
  }
  const uncovered = ls
    .filter((l) => l.quantity < l.shortage && !l.excluded)
    .sort((a, b) => b.weight - a.weight || collate(a.unitName, b.unitName))
    .slice(0, 50)
    .map((l) => ({
      lineId: l.id,
      version: l.version,
      quantity: l.quantity,
      shortage: l.shortage,
      annualCostPerPerson: l.annualCostPerPerson,
      employmentType: l.employmentType,
      positionId: l.positionId,
      positionTitle: l.positionTitle,
      unitName: l.unitName,
      sector: l.sector,
      uncovered: l.shortage - l.quantity,
      cost: (l.shortage - l.quantity) * l.annualCostPerPerson,
      weight: l.weight,
    }));
  const city = r.city_budget !== null ? Number(r.city_budget) : null;
  const current = r.current_personnel_spending !== null ? Number(r.current_personnel_spending) : null;
  const cap = rules.personnelCapPercent;
  return {
    ...summaryDto({ ...r, formations, annual_cost: String(annualCost) }),
    copiedFromId: r.copied_from_id,
    baseYear: r.base_year,
    horizon: r.horizon,
    scenarioId: r.scenario_id,
    defaultEmploymentType: r.default_employment_type,
    cityBudget: city,
    currentPersonnelSpending: current,
    personnelSpending:
      city !== null && current !== null
        ? {
            capPercent: cap,
            cityBudget: city,
            currentPersonnelSpending: current,
            currentPercent: (current / city) * 100,
            projectedPercent: ((current + annualCost) / city) * 100,
            headroom: (city * cap) / 100 - current - annualCost,
            withinCap: current + annualCost <= (city * cap) / 100,
          }
        : null,
    totals: {
      formations,
      annualCost,
      budgetLeft: budget - annualCost,
      formationsLeft: r.max_formations - formations,
      shortage,
      covered: formations,
      uncovered: shortage - formations,
      uncoveredCost,
      weightedCovered,
      weightedShortage,
      cpns,
      pppk,
    },
    optimiser: r.optimiser,
    // the lines the planner works with: proposed, pinned or excluded; the rest is in `uncovered`
    lines: ls.filter((l) => l.quantity > 0 || l.pinned || l.excluded),
    uncovered,
    notes: r.notes,
    submittedAt: iso(r.submitted_at),
    verifiedByName: r.verified_by_name,
    verifiedAt: iso(r.verified_at),
    decidedByName: r.decided_by_name,
    decidedAt: iso(r.decided_at),
    rejectionReason: r.rejection_reason,
    allowedActions: allowedActions(p, r),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

function optimiserSummary(r: OptimiserResult, candidates: number) {
  return {
    method: r.method,
    status: r.status,
    objective: r.objective,
    greedyObjective: r.greedyObjective,
    candidates,
    ms: Math.round(r.ms),
    at: new Date().toISOString(),
    ...(r.solverError ? { solverError: r.solverError } : {}),
    ...(r.repaired ? { repaired: true } : {}),
  };
}

function lineReason(x: {
  q: number;
  shortage: number;
  weight: number;
  pinned: boolean;
  excluded: boolean;
  cost: number;
  year: number;
  sector: string;
  pressure: number | null;
}): string {
  if (x.excluded) return 'Dikecualikan oleh perencana';
  if (x.pinned) return `Dikunci oleh perencana: ${x.q} formasi`;
  const why = `kekurangan ${x.shortage} orang pada ${x.year}, bobot ${x.weight.toFixed(2)} (sektor ${x.sector}${x.pressure !== null ? `, tekanan ${x.pressure.toFixed(2)}` : ''}), biaya ${rupiah(x.cost)}/orang/tahun`;
  if (x.q >= x.shortage) return `Dipilih optimiser: ${why}`;
  if (x.q > 0) return `Dipilih sebagian (${x.q} dari ${x.shortage}): pagu atau kuota habis; ${why}`;
  return `Belum terdanai: nilai per rupiah lebih rendah dari baris terpilih; ${why}`;
}

function planAuditRow(r: PlanRow) {
  return { name: r.name, year: r.year, status: r.status, budgetCeiling: Number(r.budget_ceiling), maxFormations: r.max_formations, version: r.version };
}

function lineAuditRow(l: LineRow) {
  return {
    lineId: l.id,
    positionId: l.position_id,
    quantity: l.quantity,
    employmentType: l.employment_type,
    educationRequired: l.education_required,
    pinned: l.pinned,
    excluded: l.excluded,
    version: l.version,
  };
}

function auditView(plan: PlanDto) {
  return {
    name: plan.name,
    year: plan.year,
    status: plan.status,
    budgetCeiling: plan.budgetCeiling,
    maxFormations: plan.maxFormations,
    formations: plan.totals.formations,
    annualCost: plan.totals.annualCost,
    version: plan.version,
  };
}
