import { isoToday } from '../reference/calc/dates.js';
import { Inject, Injectable } from '@nestjs/common';
import { collate } from './collate.js';
import { DataSource } from 'typeorm';
import { ExportFile, XLSX_TYPE } from '../../common/files.js';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';
import { APP_CONFIG } from '../../config/config.js';
import type { AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { familyOf } from './calc/family.js';
import { calculateWorkload } from './calc/workload.js';
import type { RuleRefDto } from './dto/calculators.dto.js';
import {
  AnalysisPageDto,
  AnalysisQueryDto,
  AnalysisRowDto,
  AnalysisScopeQueryDto,
  AnalysisTotalsDto,
  ExplainNodeDto,
  ExplainQueryDto,
  NeedsDashboardDto,
  PositionExplainDto,
} from './dto/analysis.dto.js';
import { positionNotFoundForNeeds, scenarioNotFound } from './needs.errors.js';
import {
  computeNeeds,
  EngineInput,
  GroupedRow,
  groupRows,
  HeadcountRow,
  NormRow,
  PositionResult,
  positionRow,
  ScenarioParams,
  StudyRow,
  sumRows,
  TaskAggRow,
} from './needs-engine.js';
import { NeedsRuleSet, NeedsRulesService, ruleDateFor, withCalcErrors } from './needs-rules.service.js';

export interface ScopeRequest {
  orgUnitId?: string;
  baseYear?: number;
  horizon?: number;
  scenarioId?: string;
  /** Scenario parameters given directly (scenario comparison). */
  params?: ScenarioParams;
}

export interface ComputedScope {
  orgUnitId: string | null;
  orgUnitName: string;
  unitPath: string | null;
  baseYear: number;
  horizon: number;
  years: number[];
  scenarioId: string | null;
  params: ScenarioParams;
  rules: NeedsRuleSet;
  results: PositionResult[];
  computeMs: number;
  /** When the result was reused from the cache: the time it was computed. */
  cachedAt: string | null;
}

const ANALYSIS_RULE_KEYS = [
  'abk.effective_minutes_per_year',
  'abk.rounding',
  'abk.volume_period_factors',
  'ratio.teachers',
  'ratio.default_rounding',
  'ratio.health_per_100k',
  'wisn.method',
  'supply.attrition_rates',
  'needs.priority',
  'needs.fixed_positions',
];

const HEALTH_FAMILIES = new Set(['dokter', 'perawat', 'bidan']);

const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);

type SortKey = NonNullable<AnalysisQueryDto['sortBy']>;
const SORTERS: Record<SortKey, (r: GroupedRow) => number | string> = {
  label: (r) => r.label,
  unit: (r) => r.unitName ?? '',
  sector: (r) => r.sector ?? '',
  kind: (r) => r.kind ?? '',
  method: (r) => r.method,
  class: (r) => r.class ?? -1,
  existing: (r) => r.existing.total,
  demand: (r) => r.demand[0] ?? 0,
  supply: (r) => r.supply[0] ?? 0,
  gap: (r) => r.gap[0] ?? 0,
  shortage: (r) => r.shortage[0] ?? 0,
  surplus: (r) => r.surplus[0] ?? 0,
  retirements: (r) => sum(r.retirements),
  pressure: (r) => r.pressure,
  priority: (r) => r.priority,
};

@Injectable()
export class NeedsAnalysisService {
  /** Computed scopes by their inputs, reused while a planner pages and sorts; see `NEEDS_CACHE_SECONDS`. */
  private readonly cache = new Map<string, { at: number; generation: number; value: Promise<ComputedScope> }>();

  constructor(
    private readonly ds: DataSource,
    private readonly org: OrgService,
    private readonly rulesService: NeedsRulesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resolves the scope (unit subtree, years, scenario) and runs the engine over it. */
  async compute(p: Principal, req: ScopeRequest): Promise<ComputedScope> {
    const t0 = performance.now();
    let unitPath = p.unitPath;
    let orgUnitId = p.unitId;
    let orgUnitName = 'Pemerintah Kota Semarang';
    if (req.orgUnitId) {
      const u = await this.org.unitInScope(p, req.orgUnitId);
      unitPath = u.path;
      orgUnitId = u.id;
      orgUnitName = u.name;
    } else if (p.unitId) {
      const [u]: { name: string }[] = await this.ds.query('SELECT name FROM org_units WHERE id = $1', [p.unitId]);
      orgUnitName = u?.name ?? orgUnitName;
    }
    let params: ScenarioParams = req.params ?? {};
    let scenarioId: string | null = null;
    if (req.scenarioId) {
      const rows: { params: ScenarioParams; path: string | null }[] = await this.ds.query(
        'SELECT s.params, u.path FROM needs_scenarios s LEFT JOIN org_units u ON u.id = s.org_unit_id WHERE s.id = $1',
        [req.scenarioId],
      );
      // a scenario is visible when it is city-wide or inside the caller's subtree
      if (!rows[0] || (rows[0].path !== null && !inScope(p, rows[0].path))) throw scenarioNotFound(req.scenarioId);
      params = { ...rows[0].params, ...params };
      scenarioId = req.scenarioId;
    }
    const baseYear = req.baseYear ?? Number(isoToday().slice(0, 4));
    const horizon = params.horizon ?? req.horizon ?? 5;
    const ttl = this.config.needsCacheSeconds * 1000;
    const key = JSON.stringify([unitPath, baseYear, horizon, scenarioId, params]);
    const generation = this.audit.dataGeneration;
    const hit = ttl > 0 ? this.cache.get(key) : undefined;
    if (hit && hit.generation === generation && Date.now() - hit.at < ttl) {
      const c = await hit.value;
      return { ...c, orgUnitId, orgUnitName, scenarioId, cachedAt: new Date(hit.at).toISOString() };
    }
    const value = this.computeScope(unitPath, baseYear, horizon, params, t0).then((c) => ({ ...c, orgUnitId, orgUnitName, scenarioId }));
    if (ttl > 0) {
      const entry = { at: Date.now(), generation, value };
      this.cache.set(key, entry);
      // keep only results whose data did not change while they were computed; a failure is never kept
      value.then(
        () => {
          if (this.audit.dataGeneration !== generation && this.cache.get(key) === entry) this.cache.delete(key);
        },
        () => {
          if (this.cache.get(key) === entry) this.cache.delete(key);
        },
      );
      for (const [k, e] of this.cache) if (Date.now() - e.at >= ttl || e.generation !== generation) this.cache.delete(k);
    }
    return value;
  }

  private async computeScope(unitPath: string | null, baseYear: number, horizon: number, params: ScenarioParams, t0: number): Promise<ComputedScope> {
    const rules = await this.rulesService.ruleSet(ruleDateFor(baseYear));
    const input = await this.load(unitPath, baseYear, horizon, rules, params);
    const results = withCalcErrors(() => computeNeeds(input));
    return {
      orgUnitId: null,
      orgUnitName: '',
      unitPath,
      baseYear,
      horizon,
      years: Array.from({ length: horizon }, (_, i) => baseYear + i),
      scenarioId: null,
      params,
      rules,
      results,
      computeMs: Math.round(performance.now() - t0),
      cachedAt: null,
    };
  }

  /** Loads everything the engine needs for a subtree: a handful of set-wise queries, run in parallel. */
  private async load(unitPath: string | null, baseYear: number, horizon: number, rules: NeedsRuleSet, params: ScenarioParams): Promise<EngineInput> {
    const like = `${unitPath ?? ''}%`;
    const delta = params.retirementAgeDelta ?? 0;
    const [positions, headcount, tasks, drivers, norms, studies, recruits] = await Promise.all([
      this.ds.query(
        `SELECT p.id, p.title, p.kind, p.functional_level AS level, p.job_class AS "jobClass", p.education_required AS education, p.needs_method AS method,
                u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", u.kind AS "unitKind", u.sector
         FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE u.path LIKE $1`,
        [like],
      ),
      this.ds.query<HeadcountRow[]>(
        `SELECT e.position_id AS "positionId", e.status,
                CASE WHEN e.retirement_date IS NULL THEN NULL
                     ELSE LEAST(GREATEST(extract(year FROM e.retirement_date + make_interval(years => $3))::int, $2), $2 + $4) END AS year,
                count(*)::int AS n
         FROM employees e JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = p.unit_id
         WHERE e.active AND u.path LIKE $1
         GROUP BY 1, 2, 3`,
        [like, baseYear, delta, horizon],
      ),
      this.ds.query<TaskAggRow[]>(
        `SELECT t.position_id AS "positionId", t.volume_period AS period, sum(t.volume * t.minutes_per_unit)::float8 AS minutes, count(*)::int AS tasks
         FROM workload_tasks t JOIN positions p ON p.id = t.position_id JOIN org_units u ON u.id = p.unit_id
         WHERE u.path LIKE $1 GROUP BY 1, 2`,
        [like],
      ),
      this.ds.query(
        `SELECT d.unit_id AS "unitId", d.key, d.year, d.value::float8 AS value, d.growth_rate::float8 AS "growthRate"
         FROM service_drivers d JOIN org_units u ON u.id = d.unit_id WHERE u.path LIKE $1`,
        [like],
      ),
      this.ds.query<NormRow[]>(`SELECT ${NORM_COLUMNS} FROM ratio_norms n WHERE n.active`),
      this.ds.query<StudyRow[]>(`SELECT ${STUDY_COLUMNS} FROM wisn_studies s JOIN org_units u ON u.id = s.unit_id WHERE u.path LIKE $1`, [like]),
      // Approved formations arrive as recruits, less the applicants already appointed on the line: an appointed person
      // is an active employee (headcount) and must not count twice.
      this.ds.query(
        `SELECT l.position_id AS "positionId", f.year, sum(GREATEST(l.quantity - coalesce(ap.n, 0), 0))::int AS n
         FROM formation_plan_lines l JOIN formation_plans f ON f.id = l.plan_id JOIN org_units u ON u.id = l.unit_id
         LEFT JOIN (SELECT v.plan_line_id, count(*)::int AS n FROM recruitment_applications a JOIN recruitment_vacancies v ON v.id = a.vacancy_id
                    WHERE a.employee_id IS NOT NULL GROUP BY 1) ap ON ap.plan_line_id = l.id
         WHERE f.status = 'approved' AND f.year BETWEEN $2 AND $3 AND u.path LIKE $1 GROUP BY 1, 2`,
        [like, baseYear, baseYear + horizon - 1],
      ),
    ]);
    return { baseYear, horizon, rules, positions, headcount, tasks, drivers, norms, studies, recruits, params };
  }

  private filtered(c: ComputedScope, q: Pick<AnalysisQueryDto, 'sector' | 'kind' | 'method' | 'q'>): PositionResult[] {
    const needle = q.q?.trim().toLowerCase();
    return c.results.filter(
      (r) =>
        (!q.sector || r.position.sector === q.sector) &&
        (!q.kind || r.position.kind === q.kind) &&
        (!q.method || r.position.method === q.method) &&
        (!needle || r.position.title.toLowerCase().includes(needle) || r.position.unitName.toLowerCase().includes(needle)),
    );
  }

  /** Rows for a query: filtered, grouped, sorted (not paged), with their totals. */
  rows(c: ComputedScope, q: AnalysisQueryDto): { rows: GroupedRow[]; totals: GroupedRow } {
    const cap = c.rules.priority.pressureCap;
    let rows = groupRows(this.filtered(c, q), q.groupBy ?? 'position', c.horizon, cap);
    if (q.shortageOnly === 'true') rows = rows.filter((r) => (r.shortage[0] ?? 0) > 0);
    const key = SORTERS[q.sortBy ?? 'priority'];
    const dir = (q.sortOrder ?? (q.sortBy ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c1 = typeof x === 'string' ? collate(x, y as string) : x - (y as number);
      return c1 * dir || collate(a.label, b.label) || collate(a.key, b.key);
    });
    const totals = sumRows(rows, c.horizon, cap, { key: 'total', label: 'Total', unitId: null, unitName: null, unitCode: null, sector: null, kind: null });
    return { rows, totals };
  }

  refs(c: ComputedScope): RuleRefDto[] {
    return this.rulesService.refsOf(c.rules, ANALYSIS_RULE_KEYS);
  }

  async list(p: Principal, q: AnalysisQueryDto): Promise<AnalysisPageDto> {
    const t0 = performance.now();
    const c = await this.compute(p, q);
    const { rows, totals } = this.rows(c, q);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    return {
      items: rows.slice((page - 1) * pageSize, page * pageSize).map(rowDto),
      total: rows.length,
      page,
      pageSize,
      years: c.years,
      baseYear: c.baseYear,
      horizon: c.horizon,
      groupBy: q.groupBy ?? 'position',
      orgUnitId: c.orgUnitId,
      scenarioId: c.scenarioId,
      totals: totalsDto(totals),
      rules: this.refs(c),
      // server time of this answer: computing, grouping, sorting and paging (a reused result reports its computation)
      computeMs: c.cachedAt ? c.computeMs : Math.round(performance.now() - t0),
      cachedAt: c.cachedAt,
    };
  }

  async dashboard(p: Principal, q: AnalysisScopeQueryDto): Promise<NeedsDashboardDto> {
    const t0 = performance.now();
    const c = await this.compute(p, q);
    const cap = c.rules.priority.pressureCap;
    const all = groupRows(c.results, 'position', c.horizon, cap);
    const totals = sumRows(all, c.horizon, cap, { key: 'total', label: 'Total', unitId: null, unitName: null, unitCode: null, sector: null, kind: null });
    const byShortage = (a: GroupedRow, b: GroupedRow) => (b.shortage[0] ?? 0) - (a.shortage[0] ?? 0) || collate(a.label, b.label);
    const bySector = groupRows(c.results, 'sector', c.horizon, cap).sort(byShortage);
    const byKind = groupRows(c.results, 'kind', c.horizon, cap).sort(byShortage);
    const topUnits = groupRows(c.results, 'unit', c.horizon, cap).sort(byShortage).slice(0, 15);
    const worstCovered = [...all]
      .filter((r) => (r.shortage[0] ?? 0) > 0)
      .sort((a, b) => b.priority - a.priority || collate(a.label, b.label))
      .slice(0, 15);
    // health workforce density: doctors, nurses, midwives per 1,000 people served (kecamatan population, else puskesmas)
    const health = c.results.filter((r) => HEALTH_FAMILIES.has(familyOf(r.position.title).toLowerCase())).reduce((s, r) => s + r.existing.total, 0);
    const population = await this.population(c);
    return {
      years: c.years,
      totals: totalsDto(totals),
      bySector: bySector.map(rowDto),
      byKind: byKind.map(rowDto),
      topUnits: topUnits.map(rowDto),
      worstCovered: worstCovered.map(rowDto),
      healthWorkersPer1000: population ? (health / population) * 1000 : null,
      whoThresholdPer1000: c.rules.whoThresholdPer1000,
      computeMs: Math.round(performance.now() - t0),
    };
  }

  private async population(c: ComputedScope): Promise<number | null> {
    const rows: { kind: string; population: number }[] = await this.ds.query(
      `SELECT u.kind, sum(d.value)::float8 AS population FROM (
         SELECT DISTINCT ON (d.unit_id) d.unit_id, d.value FROM service_drivers d
         WHERE d.key = 'population' AND d.year <= $2 ORDER BY d.unit_id, d.year DESC) d
       JOIN org_units u ON u.id = d.unit_id WHERE u.path LIKE $1 AND u.kind IN ('kecamatan', 'puskesmas') GROUP BY u.kind`,
      [`${c.unitPath ?? ''}%`, c.baseYear],
    );
    const by = new Map(rows.map((r) => [r.kind, r.population]));
    return by.get('kecamatan') ?? by.get('puskesmas') ?? null;
  }

  async explain(p: Principal, positionId: string, q: ExplainQueryDto): Promise<PositionExplainDto> {
    const pos: { unit_id: string; path: string }[] = await this.ds.query('SELECT p.unit_id, u.path FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE p.id = $1', [
      positionId,
    ]);
    if (!pos[0] || !inScope(p, pos[0].path)) throw positionNotFoundForNeeds(positionId);
    // the position's own unit is enough: families never cross units
    return this.explainIn(p, positionId, pos[0].path, q);
  }

  private async explainIn(p: Principal, positionId: string, unitPath: string, q: ExplainQueryDto): Promise<PositionExplainDto> {
    // computed over the position's unit (and the units below it): a family never spans units
    const scoped: Principal = { ...p, unitPath, unitId: null };
    const c = await this.compute(scoped, { baseYear: q.baseYear, horizon: q.horizon, scenarioId: q.scenarioId });
    const r = c.results.find((x) => x.position.id === positionId);
    if (!r) throw positionNotFoundForNeeds(positionId);
    const tasks: { description: string; output_unit: string; volume: number; volume_period: 'day' | 'week' | 'month' | 'year'; minutes_per_unit: number }[] =
      r.position.method === 'workload'
        ? await this.ds.query(
            'SELECT description, output_unit, volume::float8 AS volume, volume_period, minutes_per_unit::float8 AS minutes_per_unit FROM workload_tasks WHERE position_id = $1 ORDER BY sort_order, created_at',
            [positionId],
          )
        : [];
    return {
      positionId,
      title: r.position.title,
      unitId: r.position.unitId,
      unitName: r.position.unitName,
      method: r.position.method,
      basis: r.basis,
      years: c.years,
      row: rowDto(positionRow(r)),
      tree: explainTree(r, c, tasks),
    };
  }

  async export(p: Principal, q: AnalysisQueryDto): Promise<ExportFile> {
    const c = await this.compute(p, q);
    const { rows, totals } = this.rows(c, { ...q, groupBy: q.groupBy ?? 'position' });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const ws = wb.addWorksheet('Usulan Kebutuhan');
    const yrs = c.years;
    ws.addRow([`ANALISIS KEBUTUHAN ASN — ${c.orgUnitName.toUpperCase()}`]).font = { bold: true, size: 13 };
    ws.addRow([`Tahun dasar ${c.baseYear}, proyeksi ${c.horizon} tahun (${yrs[0]}–${yrs[yrs.length - 1]}); dibuat ${isoToday()} oleh asn-planner`]);
    ws.addRow([]);
    const header = [
      'No',
      'Unit Kerja',
      'Jabatan / Kelompok',
      'Kelas',
      'Pendidikan',
      'Metode',
      'PNS',
      'CPNS',
      'PPPK',
      'Bezetting',
      'Kebutuhan (ABK)',
      'Kurang (−) / Lebih (+)',
      ...yrs.map((y) => `Pensiun ${y}`),
      `Kebutuhan ${yrs[yrs.length - 1]}`,
      'Usulan',
    ];
    const hr = ws.addRow(header);
    hr.font = { bold: true };
    hr.alignment = { wrapText: true, vertical: 'middle' };
    const line = (r: GroupedRow, i: number | string) => [
      i,
      r.unitName ?? (r.sector ? r.sector : ''),
      r.label,
      r.class ?? '',
      r.educationRequired ?? '',
      r.method,
      r.existing.pns,
      r.existing.cpns,
      r.existing.pppk,
      r.existing.total,
      r.demand[0] ?? 0,
      Math.round((r.existing.total - (r.demand[0] ?? 0)) * 100) / 100,
      ...r.retirements.map((v) => Math.round(v * 100) / 100),
      r.demand[r.demand.length - 1] ?? 0,
      proposed(r),
    ];
    rows.forEach((r, i) => ws.addRow(line(r, i + 1)));
    const tr = ws.addRow(line(totals, ''));
    tr.getCell(3).value = 'JUMLAH';
    tr.font = { bold: true };
    ws.columns.forEach((col, i) => (col.width = i === 1 || i === 2 ? 38 : i === 4 ? 22 : 11));
    ws.views = [{ state: 'frozen', ySplit: 4 }];
    ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: header.length } };
    const notes = wb.addWorksheet('Keterangan');
    notes.addRow(['Kolom', 'Arti']).font = { bold: true };
    for (const [k, v] of [
      ['Bezetting', 'Pegawai aktif pemangku jabatan (PNS, CPNS, PPPK) saat ini'],
      ['Kebutuhan (ABK)', 'Kebutuhan tahun dasar menurut metode jabatan: ABK (PermenPAN-RB 1/2020), norma rasio, WISN/ABK-Kes (Permenkes 33/2015) atau tetap'],
      ['Kurang / Lebih', 'Bezetting − kebutuhan (negatif = kekurangan)'],
      ['Pensiun', 'Pegawai yang mencapai BUP per tahun (PP 11/2017 jo. PP 17/2020), TMT hari pertama bulan berikutnya'],
      ['Usulan', 'Kekurangan terbesar selama proyeksi (termasuk pensiun dan keluar), yaitu formasi yang perlu diusulkan'],
      ...this.refs(c).map((r) => [`Aturan ${r.key}`, `berlaku ${r.effectiveFrom}: ${r.legalBasis}`]),
    ])
      notes.addRow([k, v]);
    notes.getColumn(1).width = 34;
    notes.getColumn(2).width = 110;
    const stamp = isoToday();
    return { filename: `analisis-kebutuhan-${c.baseYear}-${stamp}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}

/** The formation to propose for a row: its largest shortage over the horizon, in whole people. */
export function proposed(r: Pick<GroupedRow, 'shortage'>): number {
  return Math.ceil(Math.max(0, ...r.shortage) - 1e-9);
}

const NORM_COLUMNS = `n.id, n.name, n.position_id AS "positionId", n.family, n.unit_kind AS "unitKind", n.unit_code_prefix AS "unitCodePrefix", n.basis,
  n.driver_key AS "driverKey", n.units_per_staff::float8 AS "unitsPerStaff", n.staff_per100k::float8 AS "staffPer100k", n.rule_field AS "ruleField",
  n.school_level AS "schoolLevel", n.lesson_hours_per_class::float8 AS "lessonHoursPerClass", n.minimum_per_unit AS "minimumPerUnit", n.rounding, n.legal_basis AS "legalBasis"`;

export const STUDY_COLUMNS = `s.id, s.unit_id AS "unitId", s.family, s.year, s.working_days_per_year::float8 AS "workingDaysPerYear", s.public_holidays::float8 AS "publicHolidays",
  s.annual_leave::float8 AS "annualLeave", s.sick_leave::float8 AS "sickLeave", s.other_leave::float8 AS "otherLeave", s.hours_per_day::float8 AS "hoursPerDay",
  s.hours_per_week::float8 AS "hoursPerWeek", s.activities, s.category_allowances AS "categoryAllowances", s.individual_allowances AS "individualAllowances"`;

export function rowDto(r: GroupedRow): AnalysisRowDto {
  return { ...r };
}

function totalsDto(t: GroupedRow): AnalysisTotalsDto {
  return {
    positions: t.positions,
    existing: t.existing,
    requiredFte: t.requiredFte,
    demand: t.demand,
    supply: t.supply,
    retirements: t.retirements,
    attrition: t.attrition,
    recruits: t.recruits,
    gap: t.gap,
    shortage: t.shortage,
    surplus: t.surplus,
    priority: t.priority,
  };
}

// ── explain tree ──────────────────────────────────────────────────────────

const node = (label: string, value: number | null, extra: Partial<ExplainNodeDto> = {}, children: ExplainNodeDto[] = []): ExplainNodeDto => ({ label, value, ...extra, children });

function explainTree(
  r: PositionResult,
  c: ComputedScope,
  tasks: { description: string; output_unit: string; volume: number; volume_period: 'day' | 'week' | 'month' | 'year'; minutes_per_unit: number }[],
): ExplainNodeDto {
  const rules = c.rules;
  const ref = (k: string) => rules.refs.get(k);
  const d = r.detail;
  const demandChildren: ExplainNodeDto[] = [];

  if (r.position.method === 'workload' && d.workload) {
    const w = calculateWorkload(
      tasks.map((t) => ({ volume: t.volume, minutesPerUnit: t.minutes_per_unit, period: t.volume_period })),
      r.existing.total,
      rules.workload,
    );
    demandChildren.push(
      node(
        'Beban kerja setahun',
        w.workloadMinutes,
        { unit: 'menit', formula: 'Σ volume setahun × waktu penyelesaian' },
        w.tasks.map((t, i) =>
          node(tasks[i].description, t.minutes, {
            unit: 'menit',
            formula: `${t.volume} ${tasks[i].output_unit}/${t.period} × ${rules.workload.periodFactors[t.period]} = ${t.annualVolume} setahun × ${t.minutesPerUnit} menit`,
            rule: t.period !== 'year' ? ref('abk.volume_period_factors') : undefined,
          }),
        ),
      ),
      node('Jam kerja efektif (JKE)', rules.workload.effectiveMinutesPerYear, { unit: 'menit/tahun', rule: ref('abk.effective_minutes_per_year') }),
      node('Kebutuhan FTE', w.requiredFte, { formula: 'beban kerja / JKE' }),
      node('Kebutuhan pegawai', w.requiredHeadcount, { unit: 'orang', rounding: rules.workload.rounding, rule: ref('abk.rounding') }),
    );
    if (w.effectiveness !== null)
      demandChildren.push(
        node('Efektivitas jabatan (EJ)', w.effectivenessRounded, {
          formula: `beban kerja / (${r.existing.total} × JKE) = ${w.effectiveness.toFixed(4)}`,
          note: w.effectivenessCategory ? `${w.effectivenessCategory.grade} — ${w.effectivenessCategory.label}` : undefined,
          rule: ref('abk.effectiveness_categories'),
          rounding: 'half_up (2 desimal)',
        }),
      );
  } else if (r.position.method === 'fixed') {
    demandChildren.push(node('Jabatan tetap', rules.fixedHeadcount, { unit: 'orang', rule: ref('needs.fixed_positions') }));
  } else if (d.wisn && d.study) {
    const s = d.study;
    const w = d.wisn;
    demandChildren.push(
      node(`Studi WISN ${s.family} ${s.year}`, w.requiredStaff, { unit: 'orang', formula: 'tenaga pelayanan × CAF + IAF', rule: ref('wisn.method') }, [
        node('Waktu kerja tersedia (AWT/WKT)', w.availableHours, {
          unit: 'jam',
          formula: `(${s.workingDaysPerYear} − (${s.publicHolidays} + ${s.annualLeave} + ${s.sickLeave} + ${s.otherLeave})) × ${s.hoursPerDay}`,
        }),
        node(
          'Tenaga untuk pelayanan (JKT)',
          w.serviceStaff,
          { formula: 'Σ volume / standar beban kerja' },
          w.standardWorkloads.map((a) =>
            node(a.name ?? 'Kegiatan', a.staff, {
              formula: `${a.volume} / (${w.availableHours} / ${a.unitTimeHours.toFixed(4)} jam) = ${a.volume} / ${a.standardWorkload.toFixed(2)}`,
            }),
          ),
        ),
        node(
          'Faktor tunjangan kategori (CAF/FTP)',
          w.categoryAllowanceFactor,
          { formula: `1 / (1 − ${w.categoryAllowancePercent.toFixed(4)}% / 100)` },
          w.categoryAllowances.map((a) => node(a.name ?? 'Kegiatan penunjang', a.percent, { unit: '%', formula: `${a.hours} jam per ${a.per}` })),
        ),
        node('Faktor tunjangan individu (IAF/STP)', w.individualAllowanceFactor, { formula: 'Σ jam × petugas / AWT' }),
        node('Kebutuhan dibulatkan ke atas', w.requiredHeadcount, { unit: 'orang', rounding: 'ceil' }),
        node('Rasio WISN (kelompok)', w.wisnRatio, {
          formula: `${w.existing ?? 0} pegawai / ${w.requiredStaff.toFixed(2)}`,
          note: w.wisnRatio !== null && w.wisnRatio < 1 ? 'kekurangan' : undefined,
        }),
      ]),
    );
  } else if (d.ratio && d.norm) {
    const n = d.norm;
    const first = d.ratio[0];
    demandChildren.push(
      node(
        `Norma: ${n.name}`,
        first.required,
        {
          unit: 'orang',
          formula: first.formula,
          rounding: first.rounding,
          rule: ref(n.basis.endsWith('teacher') ? 'ratio.teachers' : 'ratio.default_rounding'),
          note: n.legalBasis ?? undefined,
        },
        [
          ...(d.drivers ?? []).map((dr) =>
            node(`Penggerak ${dr.key} (${dr.year})`, dr.value, {
              formula: `proyeksi: × (1 + ${dr.growthRate.toFixed(4)})^(tahun − ${dr.year})`,
              note: dr.projected.map((v, i) => `${c.years[i]}: ${v.toFixed(1)}`).join('; '),
            }),
          ),
          ...(first.rombel !== null ? [node('Rombongan belajar', first.rombel, { rule: ref('ratio.teachers') })] : []),
          ...(first.lessonHours !== null ? [node('Jam pelajaran per minggu', first.lessonHours)] : []),
          ...(first.minimumApplied ? [node('Minimum per unit diterapkan', n.minimumPerUnit)] : []),
          node(
            'Kebutuhan per tahun',
            null,
            {},
            d.ratio.map((x, i) => node(String(c.years[i]), x.required, { formula: x.formula })),
          ),
        ],
      ),
    );
  }
  if (d.familyDemand && d.familyMembers) {
    demandChildren.push(
      node(
        `Dibagi dalam kelompok jabatan "${d.family}"`,
        r.demand[0] ?? 0,
        {
          note: d.isEntry
            ? 'Jabatan ini jenjang awal: menerima sisa kebutuhan kelompok (kebutuhan kelompok − ketersediaan jabatan lain).'
            : 'Jenjang lanjutan: kebutuhan = ketersediaannya sendiri (diisi lewat kenaikan jenjang), kekurangan kelompok ada di jenjang awal.',
        },
        d.familyMembers.map((m) => node(m.title, m.existing, { unit: 'pegawai' })),
      ),
    );
  }
  if (r.basis === 'no_data') demandChildren.push(node('Data belum lengkap', r.existing.total, { note: d.noDataReason ?? 'Kebutuhan disamakan dengan pegawai yang ada.' }));

  const supplyChildren = c.years.map((y, i) =>
    node(String(y), r.supply[i], {
      formula: `${i === 0 ? r.existing.total : (r.supply[i - 1] ?? 0).toFixed(2)} − pensiun ${r.retirements[i]} − keluar ${r.attrition[i].toFixed(2)} + rekrutmen ${r.recruits[i]}`,
    }),
  );
  return node(`${r.position.title} — ${r.position.unitName}`, r.gap[0] ?? 0, { formula: 'ketersediaan − kebutuhan', note: 'negatif = kekurangan' }, [
    node(`Kebutuhan (${methodLabel(r.position.method)})`, r.demand[0] ?? 0, { unit: 'orang' }, demandChildren),
    node('Ketersediaan (proyeksi)', r.supply[0] ?? 0, { unit: 'orang', formula: 'pegawai − pensiun − keluar + rekrutmen disetujui' }, [
      node('Pegawai sekarang', r.existing.total, { note: `PNS ${r.existing.pns}, CPNS ${r.existing.cpns}, PPPK ${r.existing.pppk}` }),
      node('Laju keluar selain pensiun', d.attritionRate, { rule: ref('supply.attrition_rates'), note: `jenis jabatan ${r.position.kind}` }),
      ...supplyChildren,
    ]),
    node('Skor prioritas', r.priority, {
      formula: `kekurangan ${(r.shortage[0] ?? 0).toFixed(2)} × bobot sektor ${rules.priority.sectorWeights[r.position.sector] ?? 1} × tekanan ${r.pressure.toFixed(2)}`,
      rule: ref('needs.priority'),
    }),
  ]);
}

function methodLabel(m: string): string {
  return m === 'workload' ? 'ABK' : m === 'ratio' ? 'norma rasio' : m === 'wisn' ? 'WISN / ABK-Kes' : m === 'fixed' ? 'jabatan tetap' : m;
}
