import { RULE_SEEDS } from '../reference/rules.seed.js';
import type { EffectivenessCategory } from './calc/workload.js';
import { computeNeeds, EngineInput, groupRows, PositionRow, sumRows } from './needs-engine.js';
import type { NeedsRuleSet } from './needs-rules.service.js';

const rule = <T>(key: string) => RULE_SEEDS.find((r) => r.key === key)!.value as T;

/** The seeded rules, shaped like NeedsRulesService.ruleSet builds them. */
function rules(): NeedsRuleSet {
  const eff = rule<{ roundTo: number; categories: EffectivenessCategory[] }>('abk.effectiveness_categories');
  const teachers = rule<{ maxClassSize: Record<string, number>; lessonHoursPerTeacher: number }>('ratio.teachers');
  return {
    on: '2026-06-01',
    workload: {
      effectiveMinutesPerYear: 75000,
      rounding: 'half_up',
      periodFactors: rule('abk.volume_period_factors'),
      effectiveness: eff,
    },
    wisn: { casPerMonthFactor: 12 },
    teachers,
    ratioDefaultRounding: 'ceil',
    healthPer100k: { midwife: 120 },
    whoThresholdPer1000: 4.45,
    attrition: { pelaksana: 0, fungsional: 0, jpt: 0, administrator: 0, pengawas: 0 },
    priority: rule('needs.priority'),
    fixedHeadcount: 1,
    cost: {
      cost: rule('needs.formation_cost'),
      pnsBase: rule('salary.pns_base'),
      pppkBase: rule('salary.pppk_base'),
      allowances: rule('salary.allowances'),
    },
    personnelCapPercent: 30,
    refs: new Map(),
  };
}

const pos = (id: string, over: Partial<PositionRow> = {}): PositionRow => ({
  id,
  title: `Jabatan ${id}`,
  kind: 'pelaksana',
  level: null,
  jobClass: 5,
  education: 'S1',
  method: 'workload',
  unitId: 'u1',
  unitCode: 'PKM-A',
  unitName: 'Puskesmas A',
  unitKind: 'puskesmas',
  sector: 'kesehatan',
  ...over,
});

function input(over: Partial<EngineInput>): EngineInput {
  return { baseYear: 2026, horizon: 3, rules: rules(), positions: [], headcount: [], tasks: [], drivers: [], norms: [], studies: [], recruits: [], ...over };
}

describe('computeNeeds', () => {
  it('should turn tasks into a workload demand and project supply with retirements and approved recruits', () => {
    const [r] = computeNeeds(
      input({
        positions: [pos('a')],
        // 84,480 minutes (the domain example) → 1.1264 FTE → 1 person
        tasks: [{ positionId: 'a', period: 'year', minutes: 84480, tasks: 4 }],
        headcount: [
          { positionId: 'a', status: 'pns', year: 2027, n: 1 },
          { positionId: 'a', status: 'pppk', year: null, n: 1 },
        ],
        recruits: [{ positionId: 'a', year: 2028, n: 1 }],
      }),
    );
    expect(r.basis).toBe('tasks');
    expect(r.requiredFte).toBeCloseTo(1.1264, 10);
    expect(r.demand).toEqual([1, 1, 1]);
    expect(r.existing).toEqual({ total: 2, pns: 1, cpns: 0, pppk: 1 });
    expect(r.retirements).toEqual([0, 1, 0]);
    expect(r.recruits).toEqual([0, 0, 1]);
    expect(r.supply).toEqual([2, 1, 2]);
    expect(r.gap).toEqual([1, 0, 1]);
    expect(r.shortage).toEqual([0, 0, 0]);
  });

  it('should say when data is missing instead of inventing a gap', () => {
    const [r] = computeNeeds(input({ positions: [pos('a')], headcount: [{ positionId: 'a', status: 'pns', year: null, n: 3 }] }));
    expect(r.basis).toBe('no_data');
    expect(r.demand).toEqual([3, 3, 3]);
    expect(r.gap).toEqual([0, 0, 0]);
    expect(r.detail.noDataReason).toMatch(/uraian tugas/);
  });

  it('should give a WISN family’s shortage to its entry position and keep the family total', () => {
    const members = [
      pos('p1', { title: 'Perawat Terampil', kind: 'fungsional', level: 'terampil', method: 'wisn', jobClass: 6 }),
      pos('p2', { title: 'Perawat Ahli Muda', kind: 'fungsional', level: 'ahli_muda', method: 'wisn', jobClass: 9 }),
    ];
    const [entry, senior] = computeNeeds(
      input({
        positions: members,
        headcount: [
          { positionId: 'p1', status: 'pns', year: null, n: 1 },
          { positionId: 'p2', status: 'pns', year: 2027, n: 1 },
        ],
        studies: [
          {
            id: 's',
            unitId: 'u1',
            family: 'Perawat',
            year: 2025,
            workingDaysPerYear: 260,
            publicHolidays: 15,
            annualLeave: 12,
            sickLeave: 10,
            otherLeave: 5,
            hoursPerDay: 7.5,
            hoursPerWeek: null,
            activities: [
              { volume: 15000, minutesPerUnit: 15 },
              { volume: 2000, minutesPerUnit: 10 },
            ],
            categoryAllowances: [
              { hours: 2, per: 'week' },
              { hours: 4, per: 'month' },
            ],
            individualAllowances: [{ hoursPerYear: 120, staff: 1 }],
          },
        ],
      }),
    );
    // domain example: 2.80 required → 3 people for the family
    expect(entry.detail.wisn?.requiredStaff).toBeCloseTo(2.796, 3);
    expect(senior.demand).toEqual(senior.supply);
    expect(entry.basis).toBe('study');
    expect(senior.basis).toBe('family_share');
    for (let y = 0; y < 3; y++) expect(entry.demand[y] + senior.demand[y]).toBe(3);
    expect(entry.shortage[0]).toBe(1);
    expect(entry.shortage[1]).toBe(2); // the senior nurse retires in 2027; the family gap lands on the entry position
    expect(entry.pressure).toBeCloseTo(2.796 / 2, 3);
  });

  it('should project a ratio norm’s driver with its growth and a scenario’s growth delta', () => {
    const base = input({
      positions: [pos('b', { title: 'Bidan Terampil', kind: 'fungsional', level: 'terampil', method: 'ratio' })],
      drivers: [{ unitId: 'u1', key: 'population', year: 2025, value: 50000, growthRate: 0.02 }],
      norms: [
        {
          id: 'n',
          name: 'Bidan per 100 ribu',
          positionId: null,
          family: 'Bidan',
          unitKind: 'puskesmas',
          unitCodePrefix: 'PKM-',
          basis: 'per_100k',
          driverKey: 'population',
          unitsPerStaff: null,
          staffPer100k: null,
          ruleField: 'midwife',
          schoolLevel: null,
          lessonHoursPerClass: null,
          minimumPerUnit: null,
          rounding: null,
          legalBasis: null,
        },
      ],
    });
    const [r] = computeNeeds(base);
    // 50,000 × 1.02 = 51,000 in 2026 → 61.2 → 62; 52,020 → 62.424 → 63; 53,060.4 → 63.67 → 64
    expect(r.demand).toEqual([62, 63, 64]);
    const [s] = computeNeeds({ ...base, params: { driverGrowthDelta: 0.03 } });
    expect(s.demand[2]).toBe(Math.ceil((50000 * 1.05 ** 3 * 120) / 100000));
    // a norm for another kind of unit does not apply
    const [other] = computeNeeds({ ...base, positions: [{ ...base.positions[0], unitKind: 'rsud', unitCode: 'RSD-X' }] });
    expect(other.basis).toBe('no_data');
  });

  it('should group rows without netting one position’s surplus against another’s shortage', () => {
    const results = computeNeeds(
      input({
        positions: [pos('a'), pos('b', { unitId: 'u2', unitName: 'Kelurahan B', sector: 'pemerintahan' }), pos('c', { method: 'fixed' })],
        tasks: [
          { positionId: 'a', period: 'year', minutes: 150000, tasks: 1 },
          { positionId: 'b', period: 'year', minutes: 75000, tasks: 1 },
        ],
        headcount: [{ positionId: 'b', status: 'pns', year: null, n: 3 }],
      }),
    );
    const bySector = groupRows(results, 'sector', 3, 3);
    const health = bySector.find((r) => r.key === 'kesehatan')!;
    expect(health.positions).toBe(2);
    expect(health.shortage[0]).toBe(3); // 2 (a) + 1 (c, fixed)
    const total = sumRows(bySector, 3, 3, { key: 't', label: 'Total', unitId: null, unitName: null, unitCode: null, sector: null, kind: null });
    expect(total.shortage[0]).toBe(3);
    expect(total.surplus[0]).toBe(2);
    expect(total.gap[0]).toBe(-1);
    expect(total.method).toBe('mixed');
  });
});
