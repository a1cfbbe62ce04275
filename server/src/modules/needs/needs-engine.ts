/**
 * The needs engine: from the data of a unit subtree (loaded set-wise by NeedsAnalysisService) to one row per position
 * with demand, supply, retirements and gap per year. One pass in memory; every formula comes from calc/.
 * How the methods combine (job families, the entry position) is described in README.md beside this file.
 */
import { allocateFamilyDemand, familyOf, type FamilyMember } from './calc/family.js';
import { pressure as pressureOf, priorityScore } from './calc/priority.js';
import { gapSeries, projectSupply } from './calc/projection.js';
import { projectDriver, ratioRequired, type RatioNorm, type RatioResult } from './calc/ratio.js';
import type { RoundingMode } from './calc/rounding.js';
import { calculateWisn, type WisnResult } from './calc/wisn.js';
import { calculateWorkload, type VolumePeriod, type WorkloadResult } from './calc/workload.js';
import { CalcInputError } from './calc/errors.js';
import type { NeedsRuleSet } from './needs-rules.service.js';

export interface PositionRow {
  id: string;
  title: string;
  kind: string;
  level: string | null;
  jobClass: number | null;
  education: string | null;
  method: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitKind: string;
  sector: string;
}

export interface HeadcountRow {
  positionId: string;
  status: string;
  /** Retirement year, clamped to the base year (earlier dates count in the base year); null = none within reach. */
  year: number | null;
  n: number;
}

export interface TaskAggRow {
  positionId: string;
  period: VolumePeriod;
  /** Σ volume × minutes of the tasks entered in that period. */
  minutes: number;
  tasks: number;
}

export interface DriverRow {
  unitId: string;
  key: string;
  year: number;
  value: number;
  growthRate: number;
}

export interface NormRow {
  id: string;
  name: string;
  positionId: string | null;
  family: string | null;
  unitKind: string | null;
  unitCodePrefix: string | null;
  basis: RatioNorm['basis'];
  driverKey: string;
  unitsPerStaff: number | null;
  staffPer100k: number | null;
  ruleField: string | null;
  schoolLevel: string | null;
  lessonHoursPerClass: number | null;
  minimumPerUnit: number | null;
  rounding: RoundingMode | null;
  legalBasis: string | null;
}

export interface StudyRow {
  id: string;
  unitId: string;
  family: string;
  year: number;
  workingDaysPerYear: number;
  publicHolidays: number;
  annualLeave: number;
  sickLeave: number;
  otherLeave: number;
  hoursPerDay: number;
  hoursPerWeek: number | null;
  activities: { name?: string; volume: number; minutesPerUnit: number }[];
  categoryAllowances: { name?: string; hours: number; per: 'day' | 'week' | 'month' | 'year' }[];
  individualAllowances: { name?: string; hoursPerYear: number; staff: number }[];
}

export interface RecruitRow {
  positionId: string;
  year: number;
  n: number;
}

export interface ScenarioParams {
  driverGrowthDelta?: number;
  attritionMultiplier?: number;
  retirementAgeDelta?: number;
  budgetCeiling?: number;
  horizon?: number;
}

export interface EngineInput {
  baseYear: number;
  horizon: number;
  rules: NeedsRuleSet;
  positions: PositionRow[];
  headcount: HeadcountRow[];
  tasks: TaskAggRow[];
  drivers: DriverRow[];
  norms: NormRow[];
  studies: StudyRow[];
  recruits: RecruitRow[];
  params?: ScenarioParams;
}

export type Basis = 'tasks' | 'norm' | 'study' | 'family_share' | 'fixed' | 'no_data';

export interface DriverUse {
  key: string;
  year: number;
  value: number;
  growthRate: number;
  /** Projected value per year of the horizon. */
  projected: number[];
}

/** How one position's demand was found: kept for the explain tree. */
export interface PositionDetail {
  family: string;
  workload?: WorkloadResult;
  norm?: NormRow;
  ratio?: RatioResult[];
  drivers?: DriverUse[];
  study?: StudyRow;
  wisn?: WisnResult;
  /** Family computations: the family's demand per year, its members, and whether this position takes the remainder. */
  familyDemand?: number[];
  familyMembers?: { positionId: string; title: string; existing: number }[];
  isEntry?: boolean;
  noDataReason?: string;
  attritionRate: number;
}

export interface PositionResult {
  position: PositionRow;
  existing: { total: number; pns: number; cpns: number; pppk: number };
  requiredFte: number;
  demand: number[];
  supply: number[];
  retirements: number[];
  attrition: number[];
  recruits: number[];
  gap: number[];
  shortage: number[];
  surplus: number[];
  pressure: number;
  priority: number;
  basis: Basis;
  detail: PositionDetail;
}

const zeros = (h: number) => new Array<number>(h).fill(0);

/** Does a family norm apply to a position? (family and unit kind equal, code prefix if set) */
function normMatches(n: NormRow, p: PositionRow, family: string): boolean {
  if (n.positionId) return n.positionId === p.id;
  if (!n.family || n.family.toLowerCase() !== family.toLowerCase()) return false;
  if (n.unitKind && n.unitKind !== p.unitKind) return false;
  if (n.unitCodePrefix && !p.unitCode.startsWith(n.unitCodePrefix)) return false;
  return true;
}

export function computeNeeds(input: EngineInput): PositionResult[] {
  const { baseYear, rules } = input;
  const h = input.horizon;
  const params = input.params ?? {};
  const years = Array.from({ length: h }, (_, i) => baseYear + i);

  // ── supply inputs per position
  const heads = new Map<string, { total: number; pns: number; cpns: number; pppk: number; ret: number[] }>();
  for (const r of input.headcount) {
    let e = heads.get(r.positionId);
    if (!e) heads.set(r.positionId, (e = { total: 0, pns: 0, cpns: 0, pppk: 0, ret: zeros(h) }));
    e.total += r.n;
    if (r.status === 'pns' || r.status === 'cpns' || r.status === 'pppk') e[r.status] += r.n;
    if (r.year !== null) {
      const i = Math.max(0, r.year - baseYear);
      if (i < h) e.ret[i] += r.n;
    }
  }
  const recruits = new Map<string, number[]>();
  for (const r of input.recruits) {
    const i = r.year - baseYear;
    if (i < 0 || i >= h) continue;
    const a = recruits.get(r.positionId) ?? zeros(h);
    a[i] += r.n;
    recruits.set(r.positionId, a);
  }
  const tasks = new Map<string, TaskAggRow[]>();
  for (const t of input.tasks) {
    const list = tasks.get(t.positionId);
    if (list) list.push(t);
    else tasks.set(t.positionId, [t]);
  }

  // drivers: per unit and key, the latest year ≤ base year (else the earliest)
  const driverBy = new Map<string, DriverRow>();
  for (const d of input.drivers) {
    const k = `${d.unitId}|${d.key}`;
    const cur = driverBy.get(k);
    const better = !cur || (d.year <= baseYear ? cur.year > baseYear || d.year > cur.year : cur.year > baseYear && d.year < cur.year);
    if (better) driverBy.set(k, d);
  }
  const growthDelta = params.driverGrowthDelta ?? 0;
  const driverUse = (unitId: string, key: string): DriverUse | null => {
    const d = driverBy.get(`${unitId}|${key}`);
    if (!d) return null;
    const g = d.growthRate + growthDelta;
    return { key, year: d.year, value: d.value, growthRate: g, projected: years.map((y) => projectDriver(d.value, g, d.year, y)) };
  };

  // studies: per unit and family, the latest year ≤ base year (else the earliest)
  const studyBy = new Map<string, StudyRow>();
  for (const s of input.studies) {
    const k = `${s.unitId}|${s.family.toLowerCase()}`;
    const cur = studyBy.get(k);
    const better = !cur || (s.year <= baseYear ? cur.year > baseYear || s.year > cur.year : cur.year > baseYear && s.year < cur.year);
    if (better) studyBy.set(k, s);
  }
  const positionNorms = new Map<string, NormRow>();
  const familyNorms: NormRow[] = [];
  for (const n of input.norms) {
    if (n.positionId) positionNorms.set(n.positionId, n);
    else familyNorms.push(n);
  }

  const attritionMul = params.attritionMultiplier ?? 1;
  const results = new Map<string, PositionResult>();
  const families = new Map<string, { method: 'ratio' | 'wisn'; members: PositionRow[]; norm?: NormRow; study?: StudyRow }>();

  for (const p of input.positions) {
    const e = heads.get(p.id) ?? { total: 0, pns: 0, cpns: 0, pppk: 0, ret: zeros(h) };
    const rate = Math.min(1, (rules.attrition[p.kind] ?? 0) * attritionMul);
    const sup = projectSupply({ existing: e.total, retirements: e.ret, attritionRate: rate, recruits: recruits.get(p.id) ?? zeros(h) }, h);
    const family = familyOf(p.title);
    const detail: PositionDetail = { family, attritionRate: rate };
    let demand: number[] | null = null;
    let requiredFte = 0;
    let basis: Basis = 'no_data';

    if (p.method === 'workload') {
      const t = tasks.get(p.id);
      if (t?.length) {
        const w = calculateWorkload(
          t.map((x) => ({ volume: x.minutes, minutesPerUnit: 1, period: x.period })),
          e.total,
          rules.workload,
        );
        detail.workload = w;
        requiredFte = w.requiredFte;
        demand = years.map(() => w.requiredHeadcount);
        basis = 'tasks';
      } else detail.noDataReason = 'Belum ada uraian tugas (ABK) untuk jabatan ini';
    } else if (p.method === 'fixed') {
      demand = years.map(() => rules.fixedHeadcount);
      requiredFte = rules.fixedHeadcount;
      basis = 'fixed';
    } else if (p.method === 'ratio') {
      const own = positionNorms.get(p.id);
      if (own) {
        const r = ratioFor(own, p, driverUse, rules, h);
        if (r) {
          detail.norm = own;
          detail.ratio = r.results;
          detail.drivers = r.drivers;
          demand = r.results.map((x) => x.required);
          requiredFte = demand[0];
          basis = 'norm';
        } else detail.noDataReason = `Unit tidak memiliki data penggerak "${own.driverKey}" untuk norma ${own.name}`;
      } else {
        const norm = familyNorms.find((n) => normMatches(n, p, family));
        if (norm) {
          const k = `${p.unitId}|${family.toLowerCase()}|ratio`;
          const f = families.get(k) ?? { method: 'ratio' as const, members: [], norm };
          f.members.push(p);
          families.set(k, f);
          basis = 'family_share';
        } else detail.noDataReason = 'Belum ada norma rasio yang berlaku untuk jabatan ini';
      }
    } else if (p.method === 'wisn') {
      const study = studyBy.get(`${p.unitId}|${family.toLowerCase()}`);
      if (study) {
        const k = `${p.unitId}|${family.toLowerCase()}|wisn`;
        const f = families.get(k) ?? { method: 'wisn' as const, members: [], study };
        f.members.push(p);
        families.set(k, f);
        basis = 'family_share';
      } else detail.noDataReason = `Belum ada studi WISN untuk ${family} di unit ini`;
    }

    results.set(p.id, {
      position: p,
      existing: { total: e.total, pns: e.pns, cpns: e.cpns, pppk: e.pppk },
      requiredFte,
      demand: demand ?? [],
      supply: sup.supply,
      retirements: sup.retirements,
      attrition: sup.attrition,
      recruits: sup.recruits,
      gap: [],
      shortage: [],
      surplus: [],
      pressure: 0,
      priority: 0,
      basis,
      detail,
    });
  }

  // ── families: one demand per (unit, family), shared out over its positions
  for (const f of families.values()) {
    const rs = f.members.map((m) => results.get(m.id)!);
    const existing = rs.reduce((s, r) => s + r.existing.total, 0);
    let familyDemand: number[] | null = null;
    let familyRequired = 0;
    let wisn: WisnResult | undefined;
    let ratio: { results: RatioResult[]; drivers: DriverUse[] } | null = null;
    if (f.method === 'wisn' && f.study) {
      const s = f.study;
      wisn = calculateWisn({ ...s, existing }, rules.wisn);
      familyDemand = years.map(() => wisn!.requiredHeadcount);
      familyRequired = wisn.requiredStaff;
    } else if (f.method === 'ratio' && f.norm) {
      ratio = ratioFor(f.norm, f.members[0], driverUse, rules, h);
      if (ratio) {
        familyDemand = ratio.results.map((x) => x.required);
        familyRequired = familyDemand[0];
      }
    }
    if (!familyDemand) {
      for (const r of rs) {
        r.basis = 'no_data';
        r.detail.noDataReason = `Unit tidak memiliki data penggerak "${f.norm?.driverKey}" untuk norma ${f.norm?.name}`;
      }
      continue;
    }
    const members: FamilyMember[] = rs.map((r) => ({
      positionId: r.position.id,
      title: r.position.title,
      kind: r.position.kind,
      level: r.position.level,
      jobClass: r.position.jobClass,
      existing: r.existing.total,
      supply: r.supply,
    }));
    const alloc = allocateFamilyDemand(members, familyDemand);
    const memberInfo = rs.map((r) => ({ positionId: r.position.id, title: r.position.title, existing: r.existing.total }));
    const othersDemand0 = rs.filter((r) => r.position.id !== alloc.entryPositionId).reduce((s, r) => s + (alloc.demand.get(r.position.id)?.[0] ?? 0), 0);
    for (const r of rs) {
      const isEntry = r.position.id === alloc.entryPositionId;
      r.demand = alloc.demand.get(r.position.id) ?? zeros(h);
      r.requiredFte = isEntry ? Math.max(0, familyRequired - othersDemand0) : r.demand[0];
      r.basis = isEntry ? (f.method === 'wisn' ? 'study' : 'norm') : 'family_share';
      r.detail.familyDemand = familyDemand;
      r.detail.familyMembers = memberInfo;
      r.detail.isEntry = isEntry;
      if (f.method === 'wisn') {
        r.detail.study = f.study;
        r.detail.wisn = wisn;
      } else if (ratio) {
        r.detail.norm = f.norm;
        r.detail.ratio = ratio.results;
        r.detail.drivers = ratio.drivers;
      }
      // the family's pressure applies to all its positions
      r.pressure = pressureOf(familyRequired, existing, rules.priority.pressureCap);
    }
  }

  // ── gaps, pressure, priority
  const out: PositionResult[] = [];
  for (const r of results.values()) {
    if (r.demand.length === 0) {
      // no data: demand = what there is, so no gap is invented; the row says why
      r.demand = years.map(() => r.existing.total);
      r.requiredFte = r.existing.total;
      r.basis = 'no_data';
    }
    const g = gapSeries(r.demand, r.supply);
    r.gap = g.gap;
    r.shortage = g.shortage;
    r.surplus = g.surplus;
    if (r.basis !== 'family_share' && r.basis !== 'study' && r.basis !== 'norm') r.pressure = pressureOf(r.requiredFte, r.existing.total, rules.priority.pressureCap);
    else if (r.basis === 'norm' && r.detail.familyDemand === undefined) r.pressure = pressureOf(r.requiredFte, r.existing.total, rules.priority.pressureCap);
    const weight = rules.priority.sectorWeights[r.position.sector] ?? 1;
    r.priority = priorityScore(r.shortage[0] ?? 0, weight, r.pressure);
    out.push(r);
  }
  return out;
}

function ratioFor(
  norm: NormRow,
  p: PositionRow,
  driverUse: (unitId: string, key: string) => DriverUse | null,
  rules: NeedsRuleSet,
  h: number,
): { results: RatioResult[]; drivers: DriverUse[] } | null {
  const teacher = norm.basis === 'class_teacher' || norm.basis === 'subject_teacher';
  const drivers: DriverUse[] = [];
  let main: DriverUse | null = null;
  let pupils: DriverUse | null = null;
  let classes: DriverUse | null = null;
  if (teacher) {
    pupils = driverUse(p.unitId, 'pupils');
    classes = driverUse(p.unitId, 'classes');
    if (!pupils && !classes) return null;
    for (const d of [pupils, classes]) if (d) drivers.push(d);
  } else {
    main = driverUse(p.unitId, norm.driverKey);
    if (!main) return null;
    drivers.push(main);
  }
  let staffPer100k = norm.staffPer100k;
  if (norm.basis === 'per_100k' && staffPer100k === null && norm.ruleField) staffPer100k = rules.healthPer100k[norm.ruleField] ?? null;
  const rn: RatioNorm = {
    basis: norm.basis,
    unitsPerStaff: norm.unitsPerStaff,
    staffPer100k,
    schoolLevel: norm.schoolLevel,
    lessonHoursPerClass: norm.lessonHoursPerClass,
    minimumPerUnit: norm.minimumPerUnit,
    rounding: norm.rounding ?? rules.ratioDefaultRounding,
  };
  try {
    const results = Array.from({ length: h }, (_, i) =>
      ratioRequired(rn, { value: main?.projected[i] ?? null, pupils: pupils?.projected[i] ?? null, classes: classes ? classes.projected[i] : null }, rules.teachers),
    );
    return { results, drivers };
  } catch (err) {
    if (err instanceof CalcInputError) return null; // an unusable norm is reported as missing data, never a 500
    throw err;
  }
}

// ── grouping ──────────────────────────────────────────────────────────────

export interface GroupedRow {
  key: string;
  label: string;
  positionId: string | null;
  unitId: string | null;
  unitName: string | null;
  unitCode: string | null;
  sector: string | null;
  kind: string | null;
  class: number | null;
  educationRequired: string | null;
  method: string;
  basis: string;
  positions: number;
  existing: { total: number; pns: number; cpns: number; pppk: number };
  requiredFte: number;
  demand: number[];
  supply: number[];
  retirements: number[];
  attrition: number[];
  recruits: number[];
  gap: number[];
  shortage: number[];
  surplus: number[];
  pressure: number;
  priority: number;
}

const add = (a: number[], b: number[]) => a.map((v, i) => v + (b[i] ?? 0));

export function positionRow(r: PositionResult): GroupedRow {
  const p = r.position;
  return {
    key: p.id,
    label: p.title,
    positionId: p.id,
    unitId: p.unitId,
    unitName: p.unitName,
    unitCode: p.unitCode,
    sector: p.sector,
    kind: p.kind,
    class: p.jobClass,
    educationRequired: p.education,
    method: p.method,
    basis: r.basis,
    positions: 1,
    existing: { ...r.existing },
    requiredFte: r.requiredFte,
    demand: r.demand,
    supply: r.supply,
    retirements: r.retirements,
    attrition: r.attrition,
    recruits: r.recruits,
    gap: r.gap,
    shortage: r.shortage,
    surplus: r.surplus,
    pressure: r.pressure,
    priority: r.priority,
  };
}

/** Sums rows into one (shortages and surpluses are sums of the positions', never netted). */
export function sumRows(rows: GroupedRow[], h: number, cap: number, head: Pick<GroupedRow, 'key' | 'label' | 'unitId' | 'unitName' | 'unitCode' | 'sector' | 'kind'>): GroupedRow {
  const z = () => zeros(h);
  const acc: GroupedRow = {
    ...head,
    positionId: null,
    class: null,
    educationRequired: null,
    method: '',
    basis: '',
    positions: 0,
    existing: { total: 0, pns: 0, cpns: 0, pppk: 0 },
    requiredFte: 0,
    demand: z(),
    supply: z(),
    retirements: z(),
    attrition: z(),
    recruits: z(),
    gap: z(),
    shortage: z(),
    surplus: z(),
    pressure: 0,
    priority: 0,
  };
  const methods = new Set<string>();
  const bases = new Set<string>();
  for (const r of rows) {
    methods.add(r.method);
    bases.add(r.basis);
    acc.positions += r.positions;
    acc.existing.total += r.existing.total;
    acc.existing.pns += r.existing.pns;
    acc.existing.cpns += r.existing.cpns;
    acc.existing.pppk += r.existing.pppk;
    acc.requiredFte += r.requiredFte;
    acc.demand = add(acc.demand, r.demand);
    acc.supply = add(acc.supply, r.supply);
    acc.retirements = add(acc.retirements, r.retirements);
    acc.attrition = add(acc.attrition, r.attrition);
    acc.recruits = add(acc.recruits, r.recruits);
    acc.gap = add(acc.gap, r.gap);
    acc.shortage = add(acc.shortage, r.shortage);
    acc.surplus = add(acc.surplus, r.surplus);
    acc.priority += r.priority;
  }
  acc.method = methods.size === 1 ? [...methods][0] : 'mixed';
  acc.basis = bases.size === 1 ? [...bases][0] : 'mixed';
  acc.pressure = acc.demand[0] === 0 ? 0 : acc.existing.total === 0 ? cap : Math.min(cap, acc.demand[0] / acc.existing.total);
  return acc;
}

export function groupRows(results: PositionResult[], groupBy: 'position' | 'unit' | 'sector' | 'kind', h: number, cap: number): GroupedRow[] {
  const rows = results.map(positionRow);
  if (groupBy === 'position') return rows;
  const groups = new Map<string, GroupedRow[]>();
  for (const r of rows) {
    const k = groupBy === 'unit' ? r.unitId! : groupBy === 'sector' ? r.sector! : r.kind!;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.entries()].map(([k, rs]) => {
    const f = rs[0];
    const head =
      groupBy === 'unit'
        ? { key: k, label: f.unitName ?? k, unitId: f.unitId, unitName: f.unitName, unitCode: f.unitCode, sector: f.sector, kind: null }
        : groupBy === 'sector'
          ? { key: k, label: k, unitId: null, unitName: null, unitCode: null, sector: k, kind: null }
          : { key: k, label: k, unitId: null, unitName: null, unitCode: null, sector: null, kind: k };
    return sumRows(rs, h, cap, head);
  });
}
