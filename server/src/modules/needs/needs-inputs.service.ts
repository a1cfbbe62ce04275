import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { familyOf } from './calc/family.js';
import { calculateWorkload, type VolumePeriod } from './calc/workload.js';
import type { WisnInputDto } from './dto/calculators.dto.js';
import {
  CreateRatioNormDto,
  CreateWisnStudyDto,
  CreateWorkloadTaskDto,
  ListRatioNormsQueryDto,
  ListWisnStudiesQueryDto,
  PositionWorkloadDto,
  RatioNormDto,
  UpdateRatioNormDto,
  UpdateWisnStudyDto,
  UpdateWorkloadTaskDto,
  WisnStudyDto,
  WisnStudySummaryDto,
  WorkloadTaskDto,
} from './dto/inputs.dto.js';
import {
  familyNormPlannersOnly,
  normFieldRequired,
  normNotFound,
  normTargetInvalid,
  positionFieldNotFound,
  positionNotFoundForNeeds,
  studyNotFound,
  taskNotFound,
} from './needs.errors.js';
import { STUDY_COLUMNS } from './needs-analysis.service.js';
import type { StudyRow } from './needs-engine.js';
import { NeedsRuleSet, NeedsRulesService, withCalcErrors } from './needs-rules.service.js';

type Db = Pick<EntityManager, 'query'>;

interface PositionInfo {
  id: string;
  title: string;
  needs_method: string;
  unit_id: string;
  unit_name: string;
  path: string;
}

interface TaskRow {
  id: string;
  position_id: string;
  description: string;
  output_unit: string;
  volume: number;
  volume_period: VolumePeriod;
  minutes_per_unit: number;
  sort_order: number;
  version: number;
}

interface NormRowDb {
  id: string;
  name: string;
  position_id: string | null;
  position_title: string | null;
  unit_name: string | null;
  unit_path: string | null;
  family: string | null;
  unit_kind: string | null;
  unit_code_prefix: string | null;
  basis: string;
  driver_key: string;
  units_per_staff: number | null;
  staff_per100k: number | null;
  rule_field: string | null;
  school_level: string | null;
  lesson_hours_per_class: number | null;
  minimum_per_unit: number | null;
  rounding: string | null;
  legal_basis: string | null;
  active: boolean;
  version: number;
  position_count: number;
}

const NORM_SELECT = `SELECT n.id, n.name, n.position_id, p.title AS position_title, u.name AS unit_name, u.path AS unit_path, n.family, n.unit_kind, n.unit_code_prefix,
  n.basis, n.driver_key, n.units_per_staff::float8 AS units_per_staff, n.staff_per100k::float8 AS staff_per100k, n.rule_field, n.school_level,
  n.lesson_hours_per_class::float8 AS lesson_hours_per_class, n.minimum_per_unit, n.rounding, n.legal_basis, n.active, n.version,
  CASE WHEN n.position_id IS NOT NULL THEN 1 ELSE (
    SELECT count(*)::int FROM positions p2 JOIN org_units u2 ON u2.id = p2.unit_id
    WHERE p2.needs_method = 'ratio' AND u2.kind = n.unit_kind AND (n.unit_code_prefix IS NULL OR u2.code LIKE n.unit_code_prefix || '%')
      AND lower(p2.title) LIKE lower(n.family) || '%') END AS position_count
  FROM ratio_norms n LEFT JOIN positions p ON p.id = n.position_id LEFT JOIN org_units u ON u.id = p.unit_id`;

const STUDY_SELECT = `SELECT ${STUDY_COLUMNS}, s.notes, s.version, u.name AS "unitName", u.code AS "unitCode", u.path AS "unitPath"
  FROM wisn_studies s JOIN org_units u ON u.id = s.unit_id`;

type StudyDbRow = StudyRow & { notes: string | null; version: number; unitName: string; unitCode: string; unitPath: string };

@Injectable()
export class NeedsInputsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly rulesService: NeedsRulesService,
  ) {}

  private today(): string {
    return isoToday();
  }

  // ── workload tasks ───────────────────────────────────────────────────────

  private async position(p: Principal, id: string, db: Db = this.ds, field?: string): Promise<PositionInfo> {
    const rows: PositionInfo[] = await db.query(
      'SELECT p.id, p.title, p.needs_method, u.id AS unit_id, u.name AS unit_name, u.path FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE p.id = $1',
      [id],
    );
    if (!rows[0] || !inScope(p, rows[0].path)) throw field ? positionFieldNotFound(field) : positionNotFoundForNeeds(id);
    return rows[0];
  }

  private taskDto(t: TaskRow, rules: NeedsRuleSet): WorkloadTaskDto {
    const annualVolume = t.volume * (rules.workload.periodFactors[t.volume_period] ?? 1);
    return {
      id: t.id,
      positionId: t.position_id,
      description: t.description,
      outputUnit: t.output_unit,
      volume: t.volume,
      volumePeriod: t.volume_period,
      annualVolume,
      minutesPerUnit: t.minutes_per_unit,
      annualMinutes: annualVolume * t.minutes_per_unit,
      sortOrder: t.sort_order,
      version: t.version,
    };
  }

  private async taskRows(positionId: string, db: Db = this.ds, taskId?: string): Promise<TaskRow[]> {
    return db.query(
      `SELECT id, position_id, description, output_unit, volume::float8 AS volume, volume_period, minutes_per_unit::float8 AS minutes_per_unit, sort_order, version
       FROM workload_tasks WHERE position_id = $1 ${taskId ? 'AND id = $2' : ''} ORDER BY sort_order, created_at, id`,
      taskId ? [positionId, taskId] : [positionId],
    );
  }

  async positionWorkload(p: Principal, id: string): Promise<PositionWorkloadDto> {
    const pos = await this.position(p, id);
    const [tasks, [{ n }], rules] = await Promise.all([
      this.taskRows(id),
      this.ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM employees WHERE position_id = $1 AND active', [id]),
      this.rulesService.ruleSet(this.today()),
    ]);
    const result = withCalcErrors(() =>
      calculateWorkload(
        tasks.map((t) => ({ volume: t.volume, minutesPerUnit: t.minutes_per_unit, period: t.volume_period })),
        n,
        rules.workload,
      ),
    );
    return {
      positionId: pos.id,
      positionTitle: pos.title,
      unitId: pos.unit_id,
      unitName: pos.unit_name,
      needsMethod: pos.needs_method,
      existing: n,
      tasks: tasks.map((t) => this.taskDto(t, rules)),
      result: {
        ...result,
        effectiveMinutesPerYear: rules.workload.effectiveMinutesPerYear,
        rounding: rules.workload.rounding,
        rules: this.rulesService.refsOf(rules, ['abk.effective_minutes_per_year', 'abk.rounding', 'abk.effectiveness_categories', 'abk.volume_period_factors']),
      },
    };
  }

  async createTask(p: Principal, positionId: string, dto: CreateWorkloadTaskDto): Promise<WorkloadTaskDto> {
    const rules = await this.rulesService.ruleSet(this.today());
    return this.ds.transaction(async (m) => {
      const pos = await this.position(p, positionId, m);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO workload_tasks (position_id, description, output_unit, volume, volume_period, minutes_per_unit, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, (SELECT coalesce(max(sort_order) + 1, 0) FROM workload_tasks WHERE position_id = $1))) RETURNING id`,
        [positionId, dto.description, dto.outputUnit, dto.volume, dto.volumePeriod ?? 'year', dto.minutesPerUnit, dto.sortOrder ?? null],
      );
      const [row] = await this.taskRows(positionId, m, id);
      const out = this.taskDto(row, rules);
      await this.audit.record(m, { action: 'create', entity: 'workload_task', entityId: id, after: out, unitPath: pos.path });
      return out;
    });
  }

  async updateTask(p: Principal, positionId: string, taskId: string, dto: UpdateWorkloadTaskDto): Promise<WorkloadTaskDto> {
    const rules = await this.rulesService.ruleSet(this.today());
    return this.ds.transaction(async (m) => {
      const pos = await this.position(p, positionId, m);
      const [before] = await this.taskRows(positionId, m, taskId);
      if (!before) throw taskNotFound(taskId);
      await updateVersioned(m, 'workload_tasks', 'Workload task', taskId, dto.version, {
        description: dto.description ?? before.description,
        output_unit: dto.outputUnit ?? before.output_unit,
        volume: dto.volume ?? before.volume,
        volume_period: dto.volumePeriod ?? before.volume_period,
        minutes_per_unit: dto.minutesPerUnit ?? before.minutes_per_unit,
        sort_order: dto.sortOrder ?? before.sort_order,
      });
      const [after] = await this.taskRows(positionId, m, taskId);
      const out = this.taskDto(after, rules);
      await this.audit.record(m, { action: 'update', entity: 'workload_task', entityId: taskId, before: this.taskDto(before, rules), after: out, unitPath: pos.path });
      return out;
    });
  }

  async deleteTask(p: Principal, positionId: string, taskId: string): Promise<void> {
    const rules = await this.rulesService.ruleSet(this.today());
    await this.ds.transaction(async (m) => {
      const pos = await this.position(p, positionId, m);
      const [before] = await this.taskRows(positionId, m, taskId);
      if (!before) throw taskNotFound(taskId);
      await m.query('DELETE FROM workload_tasks WHERE id = $1', [taskId]);
      await this.audit.record(m, { action: 'delete', entity: 'workload_task', entityId: taskId, before: this.taskDto(before, rules), unitPath: pos.path });
    });
  }

  // ── ratio norms ──────────────────────────────────────────────────────────

  private normDto(r: NormRowDb): RatioNormDto {
    return {
      id: r.id,
      name: r.name,
      positionId: r.position_id,
      positionTitle: r.position_title,
      unitName: r.unit_name,
      family: r.family,
      unitKind: r.unit_kind,
      unitCodePrefix: r.unit_code_prefix,
      basis: r.basis,
      driverKey: r.driver_key,
      unitsPerStaff: r.units_per_staff,
      staffPer100k: r.staff_per100k,
      ruleField: r.rule_field,
      schoolLevel: r.school_level,
      lessonHoursPerClass: r.lesson_hours_per_class,
      minimumPerUnit: r.minimum_per_unit,
      rounding: r.rounding,
      legalBasis: r.legal_basis,
      active: r.active,
      positionCount: r.position_count,
      version: r.version,
    };
  }

  private async normRow(p: Principal, id: string, db: Db = this.ds): Promise<NormRowDb> {
    const rows: NormRowDb[] = await db.query(`${NORM_SELECT} WHERE n.id = $1`, [id]);
    const r = rows[0];
    // family norms are city-wide reference data: visible to every reader; position norms follow the position's unit
    if (!r || (r.unit_path && !inScope(p, r.unit_path))) throw normNotFound(id);
    return r;
  }

  async listNorms(p: Principal, q: ListRatioNormsQueryDto): Promise<Page<RatioNormDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(`(n.position_id IS NULL OR ${scope})`);
    if (q.positionId) where.push(`n.position_id = $${params.push(q.positionId)}`);
    if (q.unitKind) where.push(`n.unit_kind = $${params.push(q.unitKind)}`);
    if (q.q) where.push(`(n.name ILIKE $${params.push(`%${q.q}%`)} OR n.family ILIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<NormRowDb[]>(`${NORM_SELECT} ${w} ORDER BY n.name ${dir(q.sortOrder)}, n.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ratio_norms n LEFT JOIN positions p ON p.id = n.position_id LEFT JOIN org_units u ON u.id = p.unit_id ${w}`,
        params,
      ),
    ]);
    return { items: rows.map((r) => this.normDto(r)), total: count[0].n, page, pageSize };
  }

  async getNorm(p: Principal, id: string): Promise<RatioNormDto> {
    return this.normDto(await this.normRow(p, id));
  }

  /** The fields a basis needs, checked after merging an update. */
  private checkNorm(n: {
    basis: string;
    unitsPerStaff?: number | null;
    staffPer100k?: number | null;
    ruleField?: string | null;
    schoolLevel?: string | null;
    lessonHoursPerClass?: number | null;
  }): void {
    if (n.basis === 'per_driver' && !n.unitsPerStaff) throw normFieldRequired('unitsPerStaff', n.basis);
    if (n.basis === 'per_100k' && !n.staffPer100k && !n.ruleField) throw normFieldRequired('staffPer100k', n.basis);
    if ((n.basis === 'class_teacher' || n.basis === 'subject_teacher') && !n.schoolLevel) throw normFieldRequired('schoolLevel', n.basis);
    if (n.basis === 'subject_teacher' && !n.lessonHoursPerClass) throw normFieldRequired('lessonHoursPerClass', n.basis);
  }

  async createNorm(p: Principal, dto: CreateRatioNormDto): Promise<RatioNormDto> {
    const byPosition = !!dto.positionId;
    if (byPosition === !!(dto.family && dto.unitKind) || (byPosition && (dto.family || dto.unitKind))) throw normTargetInvalid();
    if (!byPosition && p.role !== 'admin' && p.role !== 'planner') throw familyNormPlannersOnly();
    this.checkNorm(dto);
    return this.ds.transaction(async (m) => {
      const pos = dto.positionId ? await this.position(p, dto.positionId, m, 'positionId') : null;
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO ratio_norms (name, position_id, family, unit_kind, unit_code_prefix, basis, driver_key, units_per_staff, staff_per100k, rule_field,
           school_level, lesson_hours_per_class, minimum_per_unit, rounding, legal_basis, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          dto.name,
          dto.positionId ?? null,
          dto.family ?? null,
          dto.unitKind ?? null,
          dto.unitCodePrefix ?? null,
          dto.basis,
          dto.driverKey,
          dto.unitsPerStaff ?? null,
          dto.staffPer100k ?? null,
          dto.ruleField ?? null,
          dto.schoolLevel ?? null,
          dto.lessonHoursPerClass ?? null,
          dto.minimumPerUnit ?? null,
          dto.rounding ?? null,
          dto.legalBasis ?? null,
          dto.active ?? true,
        ],
      );
      const out = this.normDto(await this.normRow(p, id, m));
      await this.audit.record(m, { action: 'create', entity: 'ratio_norm', entityId: id, after: out, unitPath: pos?.path ?? null });
      return out;
    });
  }

  async updateNorm(p: Principal, id: string, dto: UpdateRatioNormDto): Promise<RatioNormDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.normRow(p, id, m);
      if (!before.position_id && p.role !== 'admin' && p.role !== 'planner') throw familyNormPlannersOnly();
      const pick = <T>(v: T | undefined, old: T): T => (v !== undefined ? v : old);
      const merged = {
        basis: dto.basis ?? before.basis,
        unitsPerStaff: pick(dto.unitsPerStaff, before.units_per_staff),
        staffPer100k: pick(dto.staffPer100k, before.staff_per100k),
        ruleField: pick(dto.ruleField, before.rule_field),
        schoolLevel: pick(dto.schoolLevel, before.school_level),
        lessonHoursPerClass: pick(dto.lessonHoursPerClass, before.lesson_hours_per_class),
      };
      this.checkNorm(merged);
      await updateVersioned(m, 'ratio_norms', 'Ratio norm', id, dto.version, {
        name: dto.name ?? before.name,
        basis: merged.basis,
        driver_key: dto.driverKey ?? before.driver_key,
        units_per_staff: merged.unitsPerStaff,
        staff_per100k: merged.staffPer100k,
        rule_field: merged.ruleField,
        school_level: merged.schoolLevel,
        lesson_hours_per_class: merged.lessonHoursPerClass,
        minimum_per_unit: pick(dto.minimumPerUnit, before.minimum_per_unit),
        rounding: pick(dto.rounding, before.rounding),
        legal_basis: pick(dto.legalBasis, before.legal_basis),
        active: dto.active ?? before.active,
      });
      const out = this.normDto(await this.normRow(p, id, m));
      await this.audit.record(m, { action: 'update', entity: 'ratio_norm', entityId: id, before: this.normDto(before), after: out, unitPath: before.unit_path });
      return out;
    });
  }

  async deleteNorm(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.normRow(p, id, m);
      if (!before.position_id && p.role !== 'admin' && p.role !== 'planner') throw familyNormPlannersOnly();
      await m.query('DELETE FROM ratio_norms WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'ratio_norm', entityId: id, before: this.normDto(before), unitPath: before.unit_path });
    });
  }

  // ── WISN studies ─────────────────────────────────────────────────────────

  private async studyRow(p: Principal, id: string, db: Db = this.ds): Promise<StudyDbRow> {
    const rows: StudyDbRow[] = await db.query(`${STUDY_SELECT} WHERE s.id = $1`, [id]);
    if (!rows[0] || !inScope(p, rows[0].unitPath)) throw studyNotFound(id);
    return rows[0];
  }

  /** Current staff of a family in a unit, and how many positions it has. */
  private async familyStaff(unitId: string, family: string, db: Db = this.ds): Promise<{ existing: number; positions: number }> {
    const rows: { title: string; n: number }[] = await db.query(
      `SELECT p.title, (SELECT count(*)::int FROM employees e WHERE e.position_id = p.id AND e.active) AS n FROM positions p WHERE p.unit_id = $1 AND lower(p.title) LIKE lower($2) || '%'`,
      [unitId, family],
    );
    const members = rows.filter((r) => familyOf(r.title).toLowerCase() === family.toLowerCase());
    return { existing: members.reduce((s, r) => s + r.n, 0), positions: members.length };
  }

  private async studyDto(r: StudyDbRow, rules: NeedsRuleSet, db: Db = this.ds): Promise<WisnStudyDto> {
    const staff = await this.familyStaff(r.unitId, r.family, db);
    const result = this.rulesService.wisn({ ...r, existing: staff.existing }, rules);
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: r.unitName,
      unitCode: r.unitCode,
      family: r.family,
      year: r.year,
      workingDaysPerYear: r.workingDaysPerYear,
      publicHolidays: r.publicHolidays,
      annualLeave: r.annualLeave,
      sickLeave: r.sickLeave,
      otherLeave: r.otherLeave,
      hoursPerDay: r.hoursPerDay,
      hoursPerWeek: r.hoursPerWeek ?? undefined,
      activities: r.activities,
      categoryAllowances: r.categoryAllowances,
      individualAllowances: r.individualAllowances,
      notes: r.notes,
      positionCount: staff.positions,
      result: { ...result, rules: this.rulesService.refsOf(rules, ['wisn.method']) },
      version: r.version,
    };
  }

  async listStudies(p: Principal, q: ListWisnStudiesQueryDto): Promise<Page<WisnStudySummaryDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (q.orgUnitId) {
      const unit = await this.org.unitInScope(p, q.orgUnitId);
      where.push(`u.path LIKE $${params.push(`${unit.path}%`)}`);
    }
    if (q.family) where.push(`lower(s.family) = lower($${params.push(q.family)})`);
    if (q.year) where.push(`s.year = $${params.push(q.year)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = { unit: 'u.name', family: 's.family', year: 's.year', wisnRatio: 'u.name' }[q.sortBy ?? 'unit'];
    const [rows, count, rules] = await Promise.all([
      this.ds.query<StudyDbRow[]>(`${STUDY_SELECT} ${w} ORDER BY ${order} ${dir(q.sortOrder)}, s.family, s.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM wisn_studies s JOIN org_units u ON u.id = s.unit_id ${w}`, params),
      this.rulesService.ruleSet(this.today()),
    ]);
    const items = await Promise.all(
      rows.map(async (r) => {
        const staff = await this.familyStaff(r.unitId, r.family);
        let requiredStaff = 0;
        let wisnRatio: number | null = null;
        try {
          const res = this.rulesService.wisn({ ...r, existing: staff.existing }, rules);
          requiredStaff = res.requiredStaff;
          wisnRatio = res.wisnRatio;
        } catch {
          // a study whose inputs cannot give a figure is listed with nothing required; opening it shows the reason
        }
        return {
          id: r.id,
          unitId: r.unitId,
          unitName: r.unitName,
          unitCode: r.unitCode,
          family: r.family,
          year: r.year,
          existing: staff.existing,
          requiredStaff,
          wisnRatio,
          version: r.version,
        };
      }),
    );
    return { items, total: count[0].n, page, pageSize };
  }

  async getStudy(p: Principal, id: string): Promise<WisnStudyDto> {
    const [r, rules] = await Promise.all([this.studyRow(p, id), this.rulesService.ruleSet(this.today())]);
    return this.studyDto(r, rules);
  }

  private studyParams(dto: WisnInputDto): unknown[] {
    return [
      dto.workingDaysPerYear,
      dto.publicHolidays,
      dto.annualLeave,
      dto.sickLeave,
      dto.otherLeave,
      dto.hoursPerDay,
      dto.hoursPerWeek ?? null,
      JSON.stringify(dto.activities),
      JSON.stringify(dto.categoryAllowances),
      JSON.stringify(dto.individualAllowances),
    ];
  }

  async createStudy(p: Principal, dto: CreateWisnStudyDto): Promise<WisnStudyDto> {
    const rules = await this.rulesService.ruleSet(this.today());
    // refuse inputs that cannot give a figure before anything is written
    this.rulesService.wisn({ ...dto, hoursPerWeek: dto.hoursPerWeek ?? null }, rules);
    return this.ds.transaction(async (m) => {
      const unit = await this.org.unitFieldInScope(p, dto.unitId, 'unitId', m);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO wisn_studies (unit_id, family, year, notes, working_days_per_year, public_holidays, annual_leave, sick_leave, other_leave, hours_per_day, hours_per_week,
           activities, category_allowances, individual_allowances)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [unit.id, dto.family.trim(), dto.year, dto.notes ?? null, ...this.studyParams(dto)],
      );
      const out = await this.studyDto(await this.studyRow(p, id, m), rules, m);
      await this.audit.record(m, { action: 'create', entity: 'wisn_study', entityId: id, after: { ...out, result: undefined }, unitPath: unit.path });
      return out;
    });
  }

  async updateStudy(p: Principal, id: string, dto: UpdateWisnStudyDto): Promise<WisnStudyDto> {
    const rules = await this.rulesService.ruleSet(this.today());
    this.rulesService.wisn({ ...dto, hoursPerWeek: dto.hoursPerWeek ?? null }, rules);
    return this.ds.transaction(async (m) => {
      const before = await this.studyRow(p, id, m);
      const [a, b, c, d, e, f, g, h, i, j] = this.studyParams(dto);
      await updateVersioned(m, 'wisn_studies', 'WISN study', id, dto.version, {
        working_days_per_year: a,
        public_holidays: b,
        annual_leave: c,
        sick_leave: d,
        other_leave: e,
        hours_per_day: f,
        hours_per_week: g,
        activities: h,
        category_allowances: i,
        individual_allowances: j,
        notes: dto.notes !== undefined ? dto.notes : before.notes,
      });
      const out = await this.studyDto(await this.studyRow(p, id, m), rules, m);
      await this.audit.record(m, {
        action: 'update',
        entity: 'wisn_study',
        entityId: id,
        before: { ...before, unitPath: undefined },
        after: { ...out, result: undefined },
        unitPath: before.unitPath,
      });
      return out;
    });
  }

  async deleteStudy(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.studyRow(p, id, m);
      await m.query('DELETE FROM wisn_studies WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'wisn_study', entityId: id, before: { ...before, unitPath: undefined }, unitPath: before.unitPath });
    });
  }
}
