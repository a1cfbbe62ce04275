import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { StaleVersionError, UnprocessableError } from '../../common/problem.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { roundHalfUp } from '../needs/calc/rounding.js';
import { calculateJpm, jpmCategory, JpmInputError, type JpmRule } from './calc/jpm.js';
import {
  AssessmentDto,
  BulkAssignResultDto,
  BulkAssignStandardDto,
  CompetencyDto,
  CopyStandardDto,
  CreateAssessmentDto,
  CreateCompetencyDto,
  EmployeeGapDto,
  GapPageDto,
  GapsQueryDto,
  HeatmapDto,
  HeatmapQueryDto,
  JpmCalculationDto,
  JpmResultDto,
  ListCompetenciesQueryDto,
  PositionStandardDto,
  ReplaceStandardDto,
  StandardItemInputDto,
  UpdateCompetencyDto,
} from './dto/competency.dto.js';
import {
  assessmentDateInvalid,
  competencyInUse,
  competencyNotFound,
  competencyUnknown,
  employeeNotFoundForCompetency,
  jpmProblem,
  positionNotFoundForCompetency,
  standardDuplicate,
} from './competency.errors.js';

type Db = Pick<EntityManager, 'query'>;

interface CompetencyRow {
  id: string;
  code: string;
  name: string;
  type: string;
  job_family: string | null;
  soft_skill: boolean;
  description: string | null;
  levels: { level: number; description: string }[];
  active: boolean;
  version: number;
  standard_count: number;
}

const COMPETENCY_SELECT = `SELECT c.*, (SELECT count(*)::int FROM competency_standards s WHERE s.competency_id = c.id) AS standard_count FROM competencies c`;

const competencyDto = (r: CompetencyRow): CompetencyDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type,
  jobFamily: r.job_family,
  softSkill: r.soft_skill,
  description: r.description,
  levels: r.levels,
  active: r.active,
  standardCount: r.standard_count,
  version: r.version,
});

/** The city's calendar day (WIB), not UTC: between 00:00 and 07:00 WIB they differ. */
const today = () => isoToday();

/**
 * The latest valid level of each employee and competency (history kept; a newer assessment replaces an older one),
 * for the employees of one subtree (`pathParam` holds `path%`), one employee (`employeeParam`), or everyone:
 * the DISTINCT ON then sorts only their assessment items, not the whole city's.
 */
function latestLevelsFor(filter: { pathParam?: string; employeeParam?: string }): string {
  const join = filter.pathParam ? 'JOIN employees le ON le.id = a.employee_id JOIN org_units lu ON lu.id = le.unit_id' : '';
  const where = [filter.pathParam ? `lu.path LIKE ${filter.pathParam}` : '', filter.employeeParam ? `a.employee_id = ${filter.employeeParam}` : ''].filter(Boolean);
  return `SELECT DISTINCT ON (a.employee_id, i.competency_id) a.employee_id, i.competency_id, i.level, a.assessed_on
  FROM competency_assessments a JOIN competency_assessment_items i ON i.assessment_id = a.id ${join}
  WHERE a.assessed_on <= $1::date AND (a.valid_until IS NULL OR a.valid_until >= $1::date)${where.map((w) => ` AND ${w}`).join('')}
  ORDER BY a.employee_id, i.competency_id, a.assessed_on DESC, a.created_at DESC`;
}

@Injectable()
export class CompetencyService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly reference: ReferenceService,
  ) {}

  private async jpmRule() {
    return this.reference.rule<JpmRule>('competency.jpm');
  }

  // ── calculator ───────────────────────────────────────────────────────────

  async calculateJpm(dto: JpmCalculationDto): Promise<JpmResultDto> {
    const rule = await this.jpmRule();
    try {
      const r = calculateJpm(dto.items, rule.value, dto.capAtStandard ?? rule.value.capAtStandard);
      return { ...r, ruleKey: rule.key, ruleEffectiveFrom: rule.effectiveFrom };
    } catch (e) {
      if (e instanceof JpmInputError) throw jpmProblem(e.field, e.message);
      throw e;
    }
  }

  // ── dictionary ───────────────────────────────────────────────────────────

  private async competencyRow(id: string, db: Db = this.ds): Promise<CompetencyRow> {
    const rows: CompetencyRow[] = await db.query(`${COMPETENCY_SELECT} WHERE c.id = $1`, [id]);
    if (!rows[0]) throw competencyNotFound(id);
    return rows[0];
  }

  async listCompetencies(q: ListCompetenciesQueryDto): Promise<Page<CompetencyDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.type) where.push(`c.type = $${params.push(q.type)}`);
    if (q.jobFamily) where.push(`lower(c.job_family) = lower($${params.push(q.jobFamily)})`);
    if (q.softSkill) where.push(`c.soft_skill = $${params.push(q.softSkill === 'true')}`);
    if (q.q) where.push(`(c.code ILIKE $${params.push(`%${q.q}%`)} OR c.name ILIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<CompetencyRow[]>(
        `${COMPETENCY_SELECT} ${w} ORDER BY array_position(ARRAY['managerial','socio_cultural','technical'], c.type::text), c.code ${dir(q.sortOrder)} LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM competencies c ${w}`, params),
    ]);
    return { items: rows.map(competencyDto), total: count[0].n, page, pageSize };
  }

  async getCompetency(id: string): Promise<CompetencyDto> {
    return competencyDto(await this.competencyRow(id));
  }

  private checkLevels(levels: { level: number }[]): void {
    const set = new Set(levels.map((l) => l.level));
    if (set.size !== 5 || ![1, 2, 3, 4, 5].every((l) => set.has(l)))
      throw new UnprocessableError('COMPETENCY_LEVELS', 'Give one description for each level 1 to 5.', [
        { path: 'levels', code: 'levels', message: 'levels must be 1, 2, 3, 4 and 5, once each' },
      ]);
  }

  async createCompetency(dto: CreateCompetencyDto): Promise<CompetencyDto> {
    this.checkLevels(dto.levels);
    return this.ds.transaction(async (m) => {
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO competencies (code, name, type, job_family, soft_skill, description, levels) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [dto.code, dto.name, dto.type, dto.jobFamily ?? null, dto.softSkill ?? false, dto.description ?? null, JSON.stringify(sortLevels(dto.levels))],
      );
      const out = competencyDto(await this.competencyRow(id, m));
      await this.audit.record(m, { action: 'create', entity: 'competency', entityId: id, after: out });
      return out;
    });
  }

  async updateCompetency(id: string, dto: UpdateCompetencyDto): Promise<CompetencyDto> {
    if (dto.levels) this.checkLevels(dto.levels);
    return this.ds.transaction(async (m) => {
      const before = await this.competencyRow(id, m);
      await updateVersioned(m, 'competencies', 'Competency', id, dto.version, {
        name: dto.name ?? before.name,
        job_family: dto.jobFamily !== undefined ? dto.jobFamily : before.job_family,
        soft_skill: dto.softSkill ?? before.soft_skill,
        description: dto.description !== undefined ? dto.description : before.description,
        levels: JSON.stringify(dto.levels ? sortLevels(dto.levels) : before.levels),
        active: dto.active ?? before.active,
      });
      const out = competencyDto(await this.competencyRow(id, m));
      await this.audit.record(m, { action: 'update', entity: 'competency', entityId: id, before: competencyDto(before), after: out });
      return out;
    });
  }

  async deleteCompetency(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.competencyRow(id, m);
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM competency_assessment_items WHERE competency_id = $1', [id]);
      if (before.standard_count > 0 || n > 0) throw competencyInUse();
      await m.query('DELETE FROM competencies WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'competency', entityId: id, before: competencyDto(before) });
    });
  }

  // ── position standards ───────────────────────────────────────────────────

  private async position(p: Principal, id: string, db: Db, lock = false, field?: string): Promise<{ id: string; title: string; unit_name: string; path: string }> {
    const rows: { id: string; title: string; unit_name: string; path: string }[] = await db.query(
      `SELECT p.id, p.title, u.name AS unit_name, u.path FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    if (!rows[0] || !inScope(p, rows[0].path)) throw positionNotFoundForCompetency(id, field);
    return rows[0];
  }

  /** Revision of a standard: the number of audited writes to it (each replacement, copy or bulk assignment records one). */
  private async revision(positionId: string, db: Db): Promise<number> {
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'competency_standard' AND entity_id = $1`, [positionId]);
    return n;
  }

  async getStandard(p: Principal, positionId: string, db: Db = this.ds): Promise<PositionStandardDto> {
    const pos = await this.position(p, positionId, db);
    const items: { competency_id: string; required_level: number; code: string; name: string; type: string; soft_skill: boolean }[] = await db.query(
      `SELECT s.competency_id, s.required_level, c.code, c.name, c.type, c.soft_skill FROM competency_standards s JOIN competencies c ON c.id = s.competency_id
       WHERE s.position_id = $1 ORDER BY array_position(ARRAY['managerial','socio_cultural','technical'], c.type::text), c.code`,
      [positionId],
    );
    return {
      positionId,
      positionTitle: pos.title,
      unitName: pos.unit_name,
      items: items.map((i) => ({ competencyId: i.competency_id, requiredLevel: i.required_level, code: i.code, name: i.name, type: i.type, softSkill: i.soft_skill })),
      revision: await this.revision(positionId, db),
    };
  }

  private async checkCompetencies(items: StandardItemInputDto[] | { competencyId: string }[], db: Db, field = 'items'): Promise<void> {
    const ids = items.map((i) => i.competencyId);
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0) throw standardDuplicate(`${field}.${dup}.competencyId`);
    const known: { id: string }[] = await db.query('SELECT id FROM competencies WHERE id = ANY($1::uuid[])', [ids]);
    const set = new Set(known.map((k) => k.id));
    const missing = ids.findIndex((id) => !set.has(id));
    if (missing >= 0) throw competencyUnknown(`${field}.${missing}.competencyId`);
  }

  private async replaceItems(m: Db, positionId: string, items: StandardItemInputDto[]): Promise<void> {
    await m.query('DELETE FROM competency_standards WHERE position_id = $1', [positionId]);
    if (items.length)
      await m.query(`INSERT INTO competency_standards (position_id, competency_id, required_level) SELECT $1, x.c, x.l FROM unnest($2::uuid[], $3::int[]) AS x(c, l)`, [
        positionId,
        items.map((i) => i.competencyId),
        items.map((i) => i.requiredLevel),
      ]);
  }

  async replaceStandard(p: Principal, positionId: string, dto: ReplaceStandardDto): Promise<PositionStandardDto> {
    return this.ds.transaction(async (m) => {
      const pos = await this.position(p, positionId, m, true);
      await this.checkCompetencies(dto.items, m);
      const before = await this.getStandard(p, positionId, m);
      if (before.revision !== dto.revision) throw new StaleVersionError('The competency standard', dto.revision);
      await this.replaceItems(m, positionId, dto.items);
      await this.audit.record(m, {
        action: 'replace',
        entity: 'competency_standard',
        entityId: positionId,
        before: before.items.map(({ code, requiredLevel }) => ({ code, requiredLevel })),
        after: dto.items,
        unitPath: pos.path,
      });
      return this.getStandard(p, positionId, m);
    });
  }

  async copyStandard(p: Principal, positionId: string, dto: CopyStandardDto): Promise<PositionStandardDto> {
    return this.ds.transaction(async (m) => {
      const pos = await this.position(p, positionId, m, true);
      const from = await this.getStandard(p, dto.fromPositionId, m).catch((e: unknown) => {
        if (e instanceof Error && 'status' in e && (e as { status: number }).status === 404) throw positionNotFoundForCompetency(dto.fromPositionId, 'fromPositionId');
        throw e;
      });
      const before = await this.getStandard(p, positionId, m);
      if (before.revision !== dto.revision) throw new StaleVersionError('The competency standard', dto.revision);
      const items = from.items.map((i) => ({ competencyId: i.competencyId, requiredLevel: i.requiredLevel }));
      await this.replaceItems(m, positionId, items);
      await this.audit.record(m, {
        action: 'copy',
        entity: 'competency_standard',
        entityId: positionId,
        before: before.items.map(({ code, requiredLevel }) => ({ code, requiredLevel })),
        after: { fromPositionId: dto.fromPositionId, items },
        unitPath: pos.path,
      });
      return this.getStandard(p, positionId, m);
    });
  }

  /** Sets the given levels on every matching position of the scope (other competencies of their standards stay). */
  async bulkAssign(p: Principal, dto: BulkAssignStandardDto): Promise<BulkAssignResultDto> {
    return this.ds.transaction(async (m) => {
      await this.checkCompetencies(dto.items, m);
      const params: unknown[] = [dto.positionKind];
      const where = ['p.kind = $1'];
      const scope = dto.orgUnitId ? (await this.org.unitFieldInScope(p, dto.orgUnitId, 'orgUnitId', m)).path : p.unitPath;
      if (scope) where.push(`u.path LIKE $${params.push(`${scope}%`)}`);
      if (dto.functionalLevel) where.push(`p.functional_level = $${params.push(dto.functionalLevel)}`);
      if (dto.classFrom) where.push(`p.job_class >= $${params.push(dto.classFrom)}`);
      if (dto.classTo) where.push(`p.job_class <= $${params.push(dto.classTo)}`);
      const positions: { id: string; path: string }[] = await m.query(
        `SELECT p.id, u.path FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE ${where.join(' AND ')} ORDER BY p.id FOR UPDATE OF p`,
        params,
      );
      if (!positions.length) return { positions: 0, written: 0 };
      const ids = positions.map((x) => x.id);
      const res: { n: number }[] = await m.query(
        `WITH w AS (
           INSERT INTO competency_standards (position_id, competency_id, required_level)
           SELECT pid, x.c, x.l FROM unnest($1::uuid[]) AS pid CROSS JOIN unnest($2::uuid[], $3::int[]) AS x(c, l)
           ON CONFLICT (position_id, competency_id) DO UPDATE SET required_level = EXCLUDED.required_level, version = competency_standards.version + 1, updated_at = now()
           WHERE competency_standards.required_level IS DISTINCT FROM EXCLUDED.required_level
           RETURNING 1)
         SELECT count(*)::int AS n FROM w`,
        [ids, dto.items.map((i) => i.competencyId), dto.items.map((i) => i.requiredLevel)],
      );
      // one audit event per position keeps each standard's revision (and history) exact
      await m.query(
        `INSERT INTO audit_events (actor_type, actor_id, actor_name, action, entity, entity_id, after, unit_path)
         SELECT $1, $2, $3, 'bulk_assign', 'competency_standard', x.id, $4::jsonb, x.path FROM unnest($5::uuid[], $6::text[]) AS x(id, path)`,
        [p.kind, p.id, p.name, JSON.stringify({ items: dto.items }), ids, positions.map((x) => x.path)],
      );
      await this.audit.record(m, { action: 'bulk_assign', entity: 'competency_standards', after: { ...dto, positions: ids.length, written: res[0].n }, unitPath: scope });
      return { positions: ids.length, written: res[0].n };
    });
  }

  // ── assessments ──────────────────────────────────────────────────────────

  private async employee(p: Principal, id: string, db: Db): Promise<{ id: string; path: string; position_id: string | null }> {
    const rows: { id: string; path: string; position_id: string | null }[] = await db.query(
      'SELECT e.id, u.path, e.position_id FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1',
      [id],
    );
    if (!rows[0] || !inScope(p, rows[0].path) || (p.role === 'employee' && p.employeeId !== id)) throw employeeNotFoundForCompetency(id);
    return rows[0];
  }

  async listAssessments(p: Principal, employeeId: string): Promise<AssessmentDto[]> {
    await this.employee(p, employeeId, this.ds);
    const rows: {
      id: string;
      source: string;
      assessed_on: string;
      valid_until: string | null;
      evidence: string | null;
      created_by_name: string | null;
      items: { competencyId: string; level: number; code: string; name: string }[];
    }[] = await this.ds.query(
      `SELECT a.id, a.source, a.assessed_on, a.valid_until, a.evidence, a.created_by_name,
              coalesce(json_agg(json_build_object('competencyId', i.competency_id, 'level', i.level, 'code', c.code, 'name', c.name) ORDER BY c.code)
                       FILTER (WHERE i.competency_id IS NOT NULL), '[]') AS items
       FROM competency_assessments a LEFT JOIN competency_assessment_items i ON i.assessment_id = a.id LEFT JOIN competencies c ON c.id = i.competency_id
       WHERE a.employee_id = $1 GROUP BY a.id ORDER BY a.assessed_on DESC, a.created_at DESC`,
      [employeeId],
    );
    const latest: { competency_id: string; assessed_on: string }[] = await this.ds.query(latestLevelsFor({ employeeParam: '$2' }), [today(), employeeId]);
    const counted = new Set(latest.map((l) => `${l.competency_id}|${l.assessed_on}`));
    return rows.map((r) => ({
      id: r.id,
      employeeId,
      source: r.source,
      assessedOn: r.assessed_on,
      validUntil: r.valid_until,
      evidence: r.evidence,
      createdByName: r.created_by_name,
      current: r.items.some((i) => counted.has(`${i.competencyId}|${r.assessed_on}`)),
      items: r.items,
    }));
  }

  async createAssessment(p: Principal, employeeId: string, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    if (dto.assessedOn > today()) throw assessmentDateInvalid('assessedOn', 'assessedOn must not be in the future');
    if (dto.validUntil && dto.validUntil < dto.assessedOn) throw assessmentDateInvalid('validUntil', 'validUntil must not be before assessedOn');
    const id = await this.ds.transaction(async (m) => {
      const emp = await this.employee(p, employeeId, m);
      await this.checkCompetencies(dto.items, m);
      const [{ id: aid }]: { id: string }[] = await m.query(
        `INSERT INTO competency_assessments (employee_id, source, assessed_on, valid_until, evidence, created_by_name) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [employeeId, dto.source, dto.assessedOn, dto.validUntil ?? null, dto.evidence ?? null, p.name],
      );
      await m.query(`INSERT INTO competency_assessment_items (assessment_id, competency_id, level) SELECT $1, x.c, x.l FROM unnest($2::uuid[], $3::int[]) AS x(c, l)`, [
        aid,
        dto.items.map((i) => i.competencyId),
        dto.items.map((i) => i.level),
      ]);
      await this.audit.record(m, { action: 'create', entity: 'competency_assessment', entityId: aid, after: { employeeId, ...dto }, unitPath: emp.path });
      return aid;
    });
    const list = await this.listAssessments(p, employeeId);
    return list.find((a) => a.id === id)!;
  }

  // ── gaps ─────────────────────────────────────────────────────────────────

  /** Employees in scope with their position standard and latest levels, aggregated per employee in SQL. */
  async gaps(p: Principal, q: GapsQueryDto): Promise<GapPageDto> {
    const rule = await this.jpmRule();
    const cap = rule.value.capAtStandard;
    const params: unknown[] = [today()];
    const where = ['e.active'];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (p.role === 'employee') where.push(`e.id = $${params.push(p.employeeId ?? '00000000-0000-0000-0000-000000000000')}`);
    if (q.employeeId) where.push(`e.id = $${params.push((await this.employee(p, q.employeeId, this.ds)).id)}`);
    if (q.positionId) where.push(`e.position_id = $${params.push((await this.position(p, q.positionId, this.ds, false, 'positionId')).id)}`);
    const unitPath = q.orgUnitId ? (await this.org.unitInScope(p, q.orgUnitId)).path : p.unitPath;
    const latest = latestLevelsFor(unitPath ? { pathParam: `$${params.push(`${unitPath}%`)}` } : {});
    if (q.orgUnitId) where.push(`u.path LIKE $${params.length}`);
    const counted = cap ? 'least(l.level, s.required_level)' : 'l.level';
    const perEmployee = `
      WITH latest AS MATERIALIZED (${latest}),
      emp AS (
        SELECT e.id, e.name, e.nip, e.position_id, p.title AS position_title, u.name AS unit_name,
               count(s.competency_id)::int AS required_count,
               count(l.level)::int AS assessed_count,
               sum(s.required_level) FILTER (WHERE l.level IS NOT NULL)::int AS required_total,
               sum(${counted})::int AS assessed_total,
               count(*) FILTER (WHERE l.level < s.required_level)::int AS below,
               max(l.assessed_on) AS assessed_on
        FROM employees e JOIN org_units u ON u.id = e.unit_id
        LEFT JOIN positions p ON p.id = e.position_id
        LEFT JOIN competency_standards s ON s.position_id = e.position_id
        LEFT JOIN latest l ON l.employee_id = e.id AND l.competency_id = s.competency_id
        WHERE ${where.join(' AND ')}
        GROUP BY e.id, p.title, u.name),
      scored AS (SELECT *, CASE WHEN required_total > 0 THEN assessed_total * 100.0 / required_total END AS jpm FROM emp)`;
    const rows: (EmployeeGapRow & { jpm: string | null })[] = await this.ds.query(`${perEmployee} SELECT * FROM scored`, params);
    // categories by the same calculation as the calculator (rounded JPM, the rule's bands)
    const all = rows.map((r) => toGap(r, rule.value));
    const summary = {
      employees: all.length,
      optimal: all.filter((g) => g.category?.code === 'optimal').length,
      cukupOptimal: all.filter((g) => g.category?.code === 'cukup_optimal').length,
      kurangOptimal: all.filter((g) => g.category?.code === 'kurang_optimal').length,
      notAssessed: all.filter((g) => g.category === null).length,
      meanJpm: mean(all.filter((g) => g.jpmPercent !== null).map((g) => g.jpmPercent!)),
    };
    let list = q.category ? all.filter((g) => (q.category === 'not_assessed' ? g.category === null : g.category?.code === q.category)) : all;
    const sortBy = q.sortBy ?? 'jpm';
    const order = q.sortOrder === 'desc' ? -1 : 1;
    list = [...list].sort((a, b) => {
      const c =
        sortBy === 'name'
          ? a.name.localeCompare(b.name, 'id')
          : sortBy === 'belowStandard'
            ? a.belowStandard - b.belowStandard
            : (a.jpmPercent ?? Infinity) - (b.jpmPercent ?? Infinity);
      return c * order || a.employeeId.localeCompare(b.employeeId);
    });
    const { page, pageSize, offset } = pageParams(q);
    const items = list.slice(offset, offset + pageSize);
    if (q.employeeId && items[0]) items[0].items = await this.gapItems(q.employeeId, cap);
    return { items, total: list.length, page, pageSize, summary, capAtStandard: cap };
  }

  private async gapItems(employeeId: string, cap: boolean): Promise<EmployeeGapDto['items']> {
    const rows: { competency_id: string; code: string; name: string; type: string; required: number; assessed: number | null; assessed_on: string | null }[] = await this.ds.query(
      `WITH latest AS (${latestLevelsFor({ employeeParam: '$2' })})
       SELECT s.competency_id, c.code, c.name, c.type, s.required_level AS required, l.level AS assessed, l.assessed_on
       FROM employees e JOIN competency_standards s ON s.position_id = e.position_id JOIN competencies c ON c.id = s.competency_id
       LEFT JOIN latest l ON l.employee_id = e.id AND l.competency_id = s.competency_id
       WHERE e.id = $2 ORDER BY array_position(ARRAY['managerial','socio_cultural','technical'], c.type::text), c.code`,
      [today(), employeeId],
    );
    void cap;
    return rows.map((r) => ({
      competencyId: r.competency_id,
      code: r.code,
      name: r.name,
      type: r.type,
      required: r.required,
      assessed: r.assessed,
      gap: r.assessed === null ? null : r.assessed - r.required,
      assessedOn: r.assessed_on,
    }));
  }

  /** Units directly below the root × competencies: the share of assessed people below standard. */
  async heatmap(p: Principal, q: HeatmapQueryDto): Promise<HeatmapDto> {
    const t0 = performance.now();
    const root = q.orgUnitId ? await this.org.unitInScope(p, q.orgUnitId) : p.unitId ? await this.org.unitInScope(p, p.unitId) : null;
    const rootPath = root?.path ?? (await this.ds.query<{ path: string }[]>('SELECT path FROM org_units WHERE parent_id IS NULL ORDER BY path LIMIT 1'))[0]?.path ?? '/';
    const params: unknown[] = [today(), rootPath, `${rootPath}%`];
    const typeFilter = q.type ? `AND c.type = $${params.push(q.type)}` : '';
    // People per cell from the standards alone; the assessed and below counts from the latest levels joined to the
    // (small) staff and standards tables, so the 1.6 M-row latest set is never the build side of a hash join.
    const latest = latestLevelsFor(root ? { pathParam: '$3' } : {});
    const cells: { unit_id: string; competency_id: string; people: number; assessed: number; below: number }[] = await this.ds.query(
      `WITH staff AS MATERIALIZED (
         SELECT e.id, e.position_id, split_part(substr(u.path, length($2) + 1), '/', 1) AS child
         FROM employees e JOIN org_units u ON u.id = e.unit_id
         WHERE e.active AND u.path LIKE $3 AND u.path <> $2),
       people AS (
         SELECT st.child, s.competency_id, count(*)::int AS people
         FROM staff st JOIN competency_standards s ON s.position_id = st.position_id JOIN competencies c ON c.id = s.competency_id ${typeFilter}
         GROUP BY 1, 2),
       latest AS (${latest}),
       assessed AS (
         SELECT st.child, l.competency_id, count(*)::int AS assessed, count(*) FILTER (WHERE l.level < s.required_level)::int AS below
         FROM latest l JOIN staff st ON st.id = l.employee_id JOIN competency_standards s ON s.position_id = st.position_id AND s.competency_id = l.competency_id
         GROUP BY 1, 2)
       SELECT p.child AS unit_id, p.competency_id, p.people, coalesce(a.assessed, 0)::int AS assessed, coalesce(a.below, 0)::int AS below
       FROM people p LEFT JOIN assessed a ON a.child = p.child AND a.competency_id = p.competency_id`,
      params,
    );
    const unitIds = [...new Set(cells.map((c) => c.unit_id))];
    const compIds = [...new Set(cells.map((c) => c.competency_id))];
    const [units, comps, heads] = await Promise.all([
      this.ds.query<{ id: string; name: string }[]>('SELECT id, name FROM org_units WHERE id = ANY($1::uuid[]) ORDER BY name', [unitIds]),
      this.ds.query<{ id: string; code: string; name: string }[]>(
        `SELECT id, code, name FROM competencies WHERE id = ANY($1::uuid[]) ORDER BY array_position(ARRAY['managerial','socio_cultural','technical'], type::text), code`,
        [compIds],
      ),
      this.ds.query<{ child: string; n: number }[]>(
        `SELECT split_part(substr(u.path, length($1) + 1), '/', 1) AS child, count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id
         WHERE e.active AND u.path LIKE $2 AND u.path <> $1 GROUP BY 1`,
        [rootPath, `${rootPath}%`],
      ),
    ]);
    const headcount = new Map(heads.map((h) => [h.child, h.n]));
    return {
      units: units.map((u) => ({ ...u, employees: headcount.get(u.id) ?? 0 })),
      competencies: comps,
      cells: cells.map((c) => ({
        unitId: c.unit_id,
        competencyId: c.competency_id,
        people: c.people,
        assessed: c.assessed,
        below: c.below,
        share: c.assessed ? c.below / c.assessed : null,
      })),
      computeMs: Math.round(performance.now() - t0),
    };
  }
}

interface EmployeeGapRow {
  id: string;
  name: string;
  nip: string;
  position_id: string | null;
  position_title: string | null;
  unit_name: string;
  required_count: number;
  assessed_count: number;
  required_total: number | null;
  assessed_total: number | null;
  below: number;
  assessed_on: string | null;
}

function toGap(r: EmployeeGapRow & { jpm: string | null }, rule: JpmRule): EmployeeGapDto {
  const jpm = r.jpm === null ? null : roundHalfUp(Number(r.jpm), 2);
  return {
    employeeId: r.id,
    name: r.name,
    nip: r.nip,
    positionId: r.position_id,
    positionTitle: r.position_title,
    unitName: r.unit_name,
    required: r.required_count,
    assessedCount: r.assessed_count,
    jpmPercent: jpm,
    category: jpm === null ? null : jpmCategory(jpm, rule.categories),
    belowStandard: r.below,
    assessedOn: r.assessed_on,
  };
}

function mean(xs: number[]): number | null {
  return xs.length ? roundHalfUp(xs.reduce((s, x) => s + x, 0) / xs.length, 2) : null;
}

function sortLevels<T extends { level: number }>(levels: T[]): T[] {
  return [...levels].sort((a, b) => a.level - b.level);
}
