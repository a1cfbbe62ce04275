import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import {
  eligibility,
  evaluatePlan,
  gapClosed,
  linesByProgram,
  rankPrograms,
  selectPlan,
  type DevelopmentProgram,
  type PlanAssignment,
  type PlanPerson,
} from './calc/development.js';
import { employeeNotFoundForCompetency } from './competency.errors.js';
import { CompetencyService } from './competency.service.js';
import type { GapsQueryDto } from './dto/competency.dto.js';
import {
  ApproveDevelopmentPlanDto,
  CreateDevelopmentPlanDto,
  DevelopmentPlanDto,
  DevelopmentPlanLineDto,
  DevelopmentPlanListItemDto,
  DevelopmentPlanSummaryDto,
  ListDevelopmentPlansQueryDto,
  RecommendationAppraisalDto,
  RecommendationDto,
  RecommendationListDto,
  RecommendationsQueryDto,
  SkippedProgramDto,
  UpdateDevelopmentPlanDto,
} from './dto/development.dto.js';
import { NEEDS_COACHING, PREDICATE_LABELS, type Predicate } from '../performance/calc/predicate.js';
import { BERAKHLAK } from '../performance/dto/evaluations.dto.js';
import { planNotFound, planExists, planFrozen, planOverBudget, lineProblem, notApprover } from './competency.errors.js';

type Db = Pick<EntityManager, 'query'>;

/** The city's calendar day (WIB), not UTC: between 00:00 and 07:00 WIB they differ. */
const today = () => isoToday();

/** The latest valid level per employee and competency, for the employees of a subtree ($1 = date, $2 = path prefix). */
const LATEST_IN_SUBTREE = `SELECT DISTINCT ON (a.employee_id, i.competency_id) a.employee_id, i.competency_id, i.level
  FROM competency_assessments a JOIN competency_assessment_items i ON i.assessment_id = a.id
  WHERE a.assessed_on <= $1::date AND (a.valid_until IS NULL OR a.valid_until >= $1::date)
    AND a.employee_id IN (SELECT e.id FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $2)
  ORDER BY a.employee_id, i.competency_id, a.assessed_on DESC, a.created_at DESC`;

interface ProgramRow {
  id: string;
  code: string;
  title: string;
  type: string;
  mode: string;
  jp: string;
  cost_per_participant: string;
  raises: unknown;
  prerequisite_ids: string[];
}

interface PlanRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  year: number;
  budget: string;
  status: string;
  lines: StoredLine[];
  summary: DevelopmentPlanSummaryDto | null;
  created_by_name: string | null;
  approved_by_name: string | null;
  approved_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A line as stored in development_plans.lines (names are joined on read). */
interface StoredLine {
  programId: string;
  employeeIds: string[];
  participants: number;
  cost: number;
  gapClosed: number;
  reason: string;
  /** Gap closed per participant, aligned with employeeIds. */
  gains: number[];
  competencies: { competencyId: string; levelsClosed: number; people: number }[];
}

interface Draft {
  lines: StoredLine[];
  summary: DevelopmentPlanSummaryDto;
}

function raisesOf(v: unknown): DevelopmentProgram['raises'] {
  if (!Array.isArray(v)) return [];
  return v
    .map((r: { competencyId?: unknown; levels?: unknown }) => ({ competencyId: typeof r?.competencyId === 'string' ? r.competencyId : '', levels: Number(r?.levels ?? 0) }))
    .filter((r) => r.competencyId && Number.isFinite(r.levels) && r.levels > 0);
}

const toProgram = (r: ProgramRow): DevelopmentProgram => ({
  id: r.id,
  code: r.code,
  cost: Number(r.cost_per_participant),
  jp: Number(r.jp),
  raises: raisesOf(r.raises),
  prerequisiteIds: r.prerequisite_ids ?? [],
});

const PLAN_SELECT = `SELECT d.*, u.name AS unit_name, u.path AS unit_path FROM development_plans d JOIN org_units u ON u.id = d.unit_id`;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const rupiah = (sen: number) => sen / 100;

@Injectable()
export class DevelopmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly competency: CompetencyService,
  ) {}

  private async programs(db: Db = this.ds): Promise<ProgramRow[]> {
    return db.query(`SELECT id, code, title, type, mode, jp, cost_per_participant, raises, prerequisite_ids FROM training_programs WHERE active ORDER BY code`);
  }

  private async competencyNames(ids: string[], db: Db = this.ds): Promise<Map<string, { code: string; name: string }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; code: string; name: string }[] = await db.query('SELECT id, code, name FROM competencies WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
  }

  // ── recommendations ──────────────────────────────────────────────────────

  /**
   * Programs closing an employee's largest gaps. Gaps come from CompetencyService.gaps (the latest valid assessment
   * per competency); a competency never assessed is listed apart, not counted (see calc/development.ts).
   * When the latest final annual appraisal (performance module) is Butuh Perbaikan or worse, the soft-skill programs
   * (raising a soft-skill competency) are ranked first, each group keeping its order, and `appraisal` says why.
   */
  async recommendations(p: Principal, q: RecommendationsQueryDto): Promise<RecommendationListDto> {
    const employeeId = q.employeeId ?? p.employeeId;
    if (!employeeId) throw new ValidationFailedError([{ path: 'employeeId', code: 'required', message: 'employeeId is required (your account is not linked to an employee)' }]);
    const query: GapsQueryDto = { employeeId, page: 1, pageSize: 1 };
    const gaps = await this.competency.gaps(p, query);
    const me = gaps.items[0];
    if (!me) throw employeeNotFoundForCompetency(employeeId);
    const items = me.items ?? [];
    const byCompetency = new Map(items.map((i) => [i.competencyId, i]));
    const shortfalls = new Map(items.filter((i) => i.assessed !== null && i.assessed < i.required).map((i) => [i.competencyId, i.required - i.assessed!]));
    const [programs, completed] = await Promise.all([this.programs(), this.completedPrograms([employeeId])]);
    const done = completed.get(employeeId) ?? new Set<string>();
    const byId = new Map(programs.map((r) => [r.id, r]));

    const skipped: SkippedProgramDto[] = [];
    const candidates: { program: DevelopmentProgram; row: ProgramRow; gapClosed: number; detail: ReturnType<typeof gapClosed> }[] = [];
    for (const row of programs) {
      const program = toProgram(row);
      const e = eligibility(program, done);
      if (!e.eligible) {
        skipped.push({
          programId: row.id,
          code: row.code,
          title: row.title,
          reason: e.reason,
          missingPrerequisites: e.missing.map((id) => byId.get(id)?.code ?? id),
        });
        continue;
      }
      const detail = gapClosed(program.raises, shortfalls);
      candidates.push({ program, row, gapClosed: detail.total, detail });
    }
    const appraisal = await this.lowAppraisal(employeeId);
    const softIds = await this.softSkillCompetencyIds();
    const isSoft = (row: ProgramRow) => row.type === 'soft_skill' || raisesOf(row.raises).some((r) => softIds.has(r.competencyId));
    let all = rankPrograms(candidates);
    if (appraisal) all = [...all.filter((r) => isSoft(r.item.row)), ...all.filter((r) => !isSoft(r.item.row))];
    const ranked = all.slice(0, q.limit ?? 20);
    const out: RecommendationDto[] = ranked.map((r, i) => {
      const competencies = r.item.detail.items.map((c) => {
        const g = byCompetency.get(c.competencyId)!;
        return {
          competencyId: c.competencyId,
          code: g.code,
          name: g.name,
          required: g.required,
          assessed: g.assessed!,
          shortfall: c.shortfall,
          raised: c.raised,
          closed: c.closed,
        };
      });
      return {
        rank: i + 1,
        programId: r.item.row.id,
        code: r.item.row.code,
        title: r.item.row.title,
        type: r.item.row.type,
        mode: r.item.row.mode,
        jp: r.item.program.jp,
        costPerParticipant: r.item.program.cost,
        gapClosed: r.gapClosed,
        gapClosedPerMillion: r.perMillion,
        gapClosedPerJp: r.perJp,
        competencies,
        reason: competencies.length
          ? `Menutup ${r.gapClosed} level: ${competencies.map((c) => `${c.name} +${c.closed} (${c.assessed} → ${c.assessed + c.closed}, standar ${c.required})`).join(', ')}`
          : 'Tidak menutup kesenjangan yang terukur',
        softSkill: isSoft(r.item.row),
        appraisalBoost: !!appraisal && isSoft(r.item.row),
      };
    });
    return {
      employeeId,
      employeeName: me.name,
      appraisal,
      totalShortfall: [...shortfalls.values()].reduce((s, x) => s + x, 0),
      items: out,
      unassessed: items.filter((i) => i.assessed === null).map((i) => ({ competencyId: i.competencyId, code: i.code, name: i.name, required: i.required })),
      skipped,
    };
  }

  /** The latest final annual appraisal of the employee when its predicate is Butuh Perbaikan or worse, else null. */
  private async lowAppraisal(employeeId: string, db: Db = this.ds): Promise<RecommendationAppraisalDto | null> {
    const [row]: { period_id: string; year: number; predicate: Predicate; behaviours: Record<string, { rating?: string }> | null }[] = await db.query(
      `SELECT pe.id AS period_id, pe.year, ev.predicate, ev.behaviours
         FROM performance_evaluations ev
         JOIN performance_plans pl ON pl.id = ev.plan_id
         JOIN performance_periods pe ON pe.id = pl.period_id
        WHERE pl.employee_id = $1 AND ev.checkpoint = 0 AND ev.status = 'final'
        ORDER BY pe.ends_on DESC, ev.finalised_at DESC NULLS LAST
        LIMIT 1`,
      [employeeId],
    );
    if (!row || !NEEDS_COACHING.includes(row.predicate)) return null;
    return {
      periodId: row.period_id,
      year: row.year,
      predicate: row.predicate,
      label: PREDICATE_LABELS[row.predicate],
      lowBehaviours: BERAKHLAK.filter((k) => row.behaviours?.[k]?.rating === 'below'),
    };
  }

  private async softSkillCompetencyIds(db: Db = this.ds): Promise<Set<string>> {
    const rows: { id: string }[] = await db.query('SELECT id FROM competencies WHERE soft_skill');
    return new Set(rows.map((r) => r.id));
  }

  /** Programs each employee has completed (a completed enrolment of one of its sessions). */
  private async completedPrograms(employeeIds: string[] | null, unitPath?: string, db: Db = this.ds): Promise<Map<string, Set<string>>> {
    const rows: { employee_id: string; program_id: string }[] = employeeIds
      ? await db.query(
          `SELECT DISTINCT en.employee_id, s.program_id FROM training_enrolments en JOIN training_sessions s ON s.id = en.session_id
           WHERE en.status = 'completed' AND en.employee_id = ANY($1::uuid[])`,
          [employeeIds],
        )
      : await db.query(
          `SELECT DISTINCT en.employee_id, s.program_id FROM training_enrolments en JOIN training_sessions s ON s.id = en.session_id
           JOIN employees e ON e.id = en.employee_id JOIN org_units u ON u.id = e.unit_id
           WHERE en.status = 'completed' AND e.active AND u.path LIKE $1`,
          [`${unitPath}%`],
        );
    const out = new Map<string, Set<string>>();
    for (const r of rows) {
      const s = out.get(r.employee_id) ?? new Set<string>();
      s.add(r.program_id);
      out.set(r.employee_id, s);
    }
    return out;
  }

  // ── development plans ────────────────────────────────────────────────────

  /** The people of a subtree with their shortfalls (assessed competencies below standard) and completed programs. */
  private async subtree(unitPath: string, db: Db): Promise<{ people: PlanPerson[]; employees: number; totalShortfall: number }> {
    const rows: { id: string; competency_id: string | null; shortfall: number | null }[] = await db.query(
      `WITH latest AS (${LATEST_IN_SUBTREE})
       SELECT e.id, s.competency_id, (s.required_level - l.level)::int AS shortfall
       FROM employees e JOIN org_units u ON u.id = e.unit_id
       LEFT JOIN competency_standards s ON s.position_id = e.position_id
       LEFT JOIN latest l ON l.employee_id = e.id AND l.competency_id = s.competency_id
       WHERE e.active AND u.path LIKE $2
       ORDER BY e.id`,
      [today(), `${unitPath}%`],
    );
    const completed = await this.completedPrograms(null, unitPath, db);
    const people = new Map<string, Map<string, number>>();
    let totalShortfall = 0;
    for (const r of rows) {
      const m = people.get(r.id) ?? new Map<string, number>();
      people.set(r.id, m);
      if (r.competency_id && r.shortfall !== null && r.shortfall > 0) {
        m.set(r.competency_id, r.shortfall);
        totalShortfall += r.shortfall;
      }
    }
    return {
      people: [...people.entries()].map(([employeeId, shortfalls]) => ({ employeeId, shortfalls, completed: completed.get(employeeId) ?? new Set<string>() })),
      employees: people.size,
      totalShortfall,
    };
  }

  /** Stored lines and their reasons from assignments (one line per program, with the people chosen). */
  private async storedLines(assignments: PlanAssignment[], programs: Map<string, ProgramRow>, db: Db): Promise<StoredLine[]> {
    const grouped = linesByProgram(assignments);
    const names = await this.competencyNames([...new Set(grouped.flatMap((l) => l.competencies.map((c) => c.competencyId)))], db);
    const gain = new Map(assignments.map((a) => [`${a.programId}|${a.employeeId}`, a.gapClosed]));
    return grouped.map((l) => {
      const comps = l.competencies.map((c) => `${names.get(c.competencyId)?.name ?? c.competencyId} ${c.levelsClosed} level (${c.people} orang)`);
      const title = programs.get(l.programId)?.title ?? l.programId;
      return {
        programId: l.programId,
        employeeIds: l.employeeIds,
        participants: l.employeeIds.length,
        cost: rupiah(l.costSen),
        gapClosed: l.gapClosed,
        gains: l.employeeIds.map((e) => gain.get(`${l.programId}|${e}`) ?? 0),
        competencies: l.competencies,
        reason: l.gapClosed
          ? `${title}: ${l.employeeIds.length} peserta; menutup ${l.gapClosed} level: ${comps.join(', ')}`
          : `${title}: ${l.employeeIds.length} peserta; tidak menutup kesenjangan yang terukur (dipilih manual)`,
      };
    });
  }

  private async draft(unitPath: string, budget: number, db: Db): Promise<Draft> {
    const rows = await this.programs(db);
    const unit = await this.subtree(unitPath, db);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const plan = await selectPlan({ programs: rows.map(toProgram), people: unit.people, budget });
    const lines = await this.storedLines(plan.assignments, byId, db);
    return {
      lines,
      summary: {
        cost: plan.cost,
        budgetLeft: Math.round((budget - plan.cost) * 100) / 100,
        gapClosed: plan.gapClosed,
        totalShortfall: unit.totalShortfall,
        participants: plan.assignments.length,
        people: new Set(plan.assignments.map((a) => a.employeeId)).size,
        employees: unit.employees,
        method: plan.method,
        greedyGapClosed: plan.greedyGapClosed,
        candidates: plan.candidates,
        ineligible: 0,
      },
    };
  }

  private async planRow(p: Principal, id: string, db: Db, lock = false): Promise<PlanRow> {
    const rows: PlanRow[] = await db.query(`${PLAN_SELECT} WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`, [id]);
    if (!rows[0] || !inScope(p, rows[0].unit_path)) throw planNotFound(id);
    return rows[0];
  }

  private async toDto(r: PlanRow, db: Db = this.ds): Promise<DevelopmentPlanDto> {
    const lines = r.lines ?? [];
    const programIds = [...new Set(lines.map((l) => l.programId))];
    const employeeIds = [...new Set(lines.flatMap((l) => l.employeeIds))];
    // one after the other: db may be a transaction's single connection
    const programs: { id: string; code: string; title: string; jp: string; cost_per_participant: string }[] = programIds.length
      ? await db.query('SELECT id, code, title, jp, cost_per_participant FROM training_programs WHERE id = ANY($1::uuid[])', [programIds])
      : [];
    const employees: { id: string; name: string }[] = employeeIds.length ? await db.query('SELECT id, name FROM employees WHERE id = ANY($1::uuid[])', [employeeIds]) : [];
    const comps = await this.competencyNames([...new Set(lines.flatMap((l) => l.competencies.map((c) => c.competencyId)))], db);
    const prog = new Map(programs.map((x) => [x.id, x]));
    const names = new Map(employees.map((x) => [x.id, x.name]));
    const outLines: DevelopmentPlanLineDto[] = lines.map((l) => {
      const pr = prog.get(l.programId);
      return {
        programId: l.programId,
        programCode: pr?.code ?? '',
        programTitle: pr?.title ?? '',
        jp: Number(pr?.jp ?? 0),
        costPerParticipant: l.participants ? l.cost / l.participants : Number(pr?.cost_per_participant ?? 0),
        participants: l.participants,
        employees: l.employeeIds.map((e, i) => ({ employeeId: e, name: names.get(e) ?? '', gapClosed: l.gains?.[i] ?? 0 })),
        cost: l.cost,
        gapClosed: l.gapClosed,
        competencies: l.competencies.map((c) => ({ ...c, code: comps.get(c.competencyId)?.code ?? '', name: comps.get(c.competencyId)?.name ?? '' })),
        reason: l.reason,
      };
    });
    const budget = Number(r.budget);
    const cost = lines.reduce((s, l) => s + l.cost, 0);
    const summary: DevelopmentPlanSummaryDto = r.summary ?? {
      cost,
      budgetLeft: budget - cost,
      gapClosed: lines.reduce((s, l) => s + l.gapClosed, 0),
      totalShortfall: 0,
      participants: lines.reduce((s, l) => s + l.participants, 0),
      people: employeeIds.length,
      employees: 0,
      method: 'manual',
      greedyGapClosed: 0,
      candidates: 0,
      ineligible: 0,
    };
    return {
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      year: r.year,
      budget,
      status: r.status,
      lines: outLines,
      summary,
      createdByName: r.created_by_name,
      approvedByName: r.approved_by_name,
      approvedAt: iso(r.approved_at),
      version: r.version,
      createdAt: iso(r.created_at)!,
      updatedAt: iso(r.updated_at)!,
    };
  }

  async listPlans(p: Principal, q: ListDevelopmentPlansQueryDto): Promise<Page<DevelopmentPlanListItemDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (q.unitId) where.push(`u.path LIKE $${params.push(`${(await this.org.unitInScope(p, q.unitId)).path}%`)}`);
    if (q.year) where.push(`d.year = $${params.push(q.year)}`);
    if (q.status) where.push(`d.status = $${params.push(q.status)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<(PlanRow & { line_count: number; cost: string | null; gap_closed: string | null })[]>(
        `SELECT d.id, d.unit_id, u.name AS unit_name, d.year, d.budget, d.status, d.approved_by_name, d.version, d.updated_at,
                jsonb_array_length(d.lines) AS line_count, d.summary->>'cost' AS cost, d.summary->>'gapClosed' AS gap_closed
         FROM development_plans d JOIN org_units u ON u.id = d.unit_id ${w}
         ORDER BY d.year ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'}, u.name, d.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM development_plans d JOIN org_units u ON u.id = d.unit_id ${w}`, params),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        unitName: r.unit_name,
        year: r.year,
        budget: Number(r.budget),
        status: r.status,
        lines: r.line_count,
        cost: Number(r.cost ?? 0),
        gapClosed: Number(r.gap_closed ?? 0),
        approvedByName: r.approved_by_name,
        version: r.version,
        updatedAt: iso(r.updated_at)!,
      })),
      total: count[0].n,
      page,
      pageSize,
    };
  }

  async getPlan(p: Principal, id: string): Promise<DevelopmentPlanDto> {
    return this.toDto(await this.planRow(p, id, this.ds));
  }

  /** Drafts the plan of a unit subtree for a year: the most gap closed within the budget (calc/development.ts). */
  async createPlan(p: Principal, dto: CreateDevelopmentPlanDto): Promise<DevelopmentPlanDto> {
    const unit = await this.org.unitFieldInScope(p, dto.unitId, 'unitId');
    const exists: { id: string }[] = await this.ds.query('SELECT id FROM development_plans WHERE unit_id = $1 AND year = $2', [unit.id, dto.year]);
    if (exists.length) throw planExists();
    // drafted outside the transaction (the solver may take a second or two); the unique (unit, year) guards the insert
    const draft = await this.draft(unit.path, dto.budget, this.ds);
    try {
      return await this.ds.transaction(async (m) => {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO development_plans (unit_id, year, budget, status, lines, summary, created_by_name) VALUES ($1, $2, $3, 'draft', $4, $5, $6) RETURNING id`,
          [unit.id, dto.year, dto.budget, JSON.stringify(draft.lines), JSON.stringify(draft.summary), p.name],
        );
        await this.audit.record(m, {
          action: 'create',
          entity: 'development_plan',
          entityId: id,
          after: { unitId: unit.id, year: dto.year, budget: dto.budget, summary: draft.summary },
          unitPath: unit.path,
        });
        return this.toDto(await this.planRow(p, id, m), m);
      });
    } catch (e) {
      if ((e as { code?: string; driverError?: { code?: string } }).driverError?.code === '23505' || (e as { code?: string }).code === '23505') throw planExists();
      throw e;
    }
  }

  /** Edits a draft: budget, the lines by hand (recomputed), or a fresh draft under the budget. */
  async updatePlan(p: Principal, id: string, dto: UpdateDevelopmentPlanDto): Promise<DevelopmentPlanDto> {
    if (dto.lines && dto.redraft) throw new ValidationFailedError([{ path: 'redraft', code: 'conflict', message: 'send either lines or redraft, not both' }]);
    const dup = dto.lines?.findIndex((l, i) => dto.lines!.findIndex((x) => x.programId === l.programId) !== i) ?? -1;
    if (dup >= 0) throw new ValidationFailedError([{ path: `lines.${dup}.programId`, code: 'duplicate', message: 'each program may appear once' }]);
    return this.ds.transaction(async (m) => {
      const row = await this.planRow(p, id, m, true);
      if (row.status !== 'draft') throw planFrozen();
      const budget = dto.budget ?? Number(row.budget);
      let lines = row.lines ?? [];
      let summary = row.summary;
      if (dto.redraft) {
        const d = await this.draft(row.unit_path, budget, m);
        lines = d.lines;
        summary = d.summary;
      } else if (dto.lines) {
        const d = await this.evaluate(row.unit_path, dto.lines, m);
        lines = d.lines;
        summary = d.summary;
      }
      const cost = Math.round(lines.reduce((s, l) => s + l.cost * 100, 0)) / 100;
      if (cost > budget) throw planOverBudget(cost, budget);
      if (summary) summary = { ...summary, cost, budgetLeft: Math.round((budget - cost) * 100) / 100 };
      await updateVersioned(m, 'development_plans', 'The development plan', id, dto.version, {
        budget,
        lines: JSON.stringify(lines),
        summary: summary ? JSON.stringify(summary) : null,
      });
      const after = await this.planRow(p, id, m);
      await this.audit.record(m, {
        action: dto.redraft ? 'redraft' : 'update',
        entity: 'development_plan',
        entityId: id,
        before: { budget: Number(row.budget), summary: row.summary },
        after: { budget, summary, lines: dto.lines },
        unitPath: row.unit_path,
      });
      return this.toDto(after, m);
    });
  }

  /** Lines edited by hand: every program must exist, every participant must be an active employee of the subtree. */
  private async evaluate(unitPath: string, input: { programId: string; employeeIds: string[] }[], db: Db): Promise<Draft> {
    const rows: ProgramRow[] = await db.query(
      `SELECT id, code, title, type, mode, jp, cost_per_participant, raises, prerequisite_ids FROM training_programs WHERE id = ANY($1::uuid[])`,
      [input.map((l) => l.programId)],
    );
    const unit = await this.subtree(unitPath, db);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const people = new Set(unit.people.map((x) => x.employeeId));
    input.forEach((l, i) => {
      if (!byId.has(l.programId)) throw lineProblem(`lines.${i}.programId`, 'not_found', `lines.${i}.programId is not a training program`);
      const k = l.employeeIds.findIndex((e) => !people.has(e));
      if (k >= 0) throw lineProblem(`lines.${i}.employeeIds.${k}`, 'not_found', `lines.${i}.employeeIds.${k} is not an active employee of the plan’s unit`);
    });
    const r = evaluatePlan({ programs: rows.map(toProgram), people: unit.people }, input);
    const lines = await this.storedLines(r.assignments, byId, db);
    return {
      lines,
      summary: {
        cost: rupiah(r.costSen),
        budgetLeft: 0,
        gapClosed: r.gapClosed,
        totalShortfall: unit.totalShortfall,
        participants: r.assignments.length,
        people: new Set(r.assignments.map((a) => a.employeeId)).size,
        employees: unit.employees,
        method: 'manual',
        greedyGapClosed: 0,
        candidates: 0,
        ineligible: r.ineligible.length,
      },
    };
  }

  /** The leader of the plan's unit (or of a unit above it), or an administrator, approves; the plan is then frozen. */
  async approvePlan(p: Principal, id: string, dto: ApproveDevelopmentPlanDto): Promise<DevelopmentPlanDto> {
    return this.ds.transaction(async (m) => {
      const row = await this.planRow(p, id, m, true);
      if (p.role !== 'admin' && !(p.role === 'leader' && p.unitPath && inScope(p, row.unit_path))) throw notApprover();
      if (row.status !== 'draft') throw planFrozen();
      await updateVersioned(m, 'development_plans', 'The development plan', id, dto.version, {
        status: 'approved',
        approved_by_name: p.name,
        approved_at: new Date(),
      });
      await this.audit.record(m, {
        action: 'approve',
        entity: 'development_plan',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status: 'approved', budget: Number(row.budget), summary: row.summary },
        unitPath: row.unit_path,
      });
      return this.toDto(await this.planRow(p, id, m), m);
    });
  }
}
