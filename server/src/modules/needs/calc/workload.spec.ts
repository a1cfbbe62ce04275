import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { calculateWorkload, effectivenessCategory, VolumePeriod, WorkloadRules } from './workload.js';

const seed = <T>(key: string): T => RULE_SEEDS.find((r) => r.key === key)!.value as T;

/** The rules as the seeded reference data gives them. */
const rules: WorkloadRules = {
  effectiveMinutesPerYear: seed<{ minutes: number }>('abk.effective_minutes_per_year').minutes,
  rounding: seed<{ mode: 'half_up' | 'ceil' }>('abk.rounding').mode,
  periodFactors: seed<Record<VolumePeriod, number>>('abk.volume_period_factors'),
  effectiveness: seed<WorkloadRules['effectiveness']>('abk.effectiveness_categories'),
};

/** One yearly task giving exactly `minutes` of workload. */
const minutes = (m: number) => [{ volume: m, minutesPerUnit: 1 }];

describe('calculateWorkload (ABK, PermenPAN-RB 1/2020)', () => {
  it('should reproduce the domain example: 84,480 min → 1.1264 FTE → 1 person; 1 incumbent → EJ 1.13 = A', () => {
    const r = calculateWorkload(
      [
        { volume: 1200, minutesPerUnit: 30 },
        { volume: 240, minutesPerUnit: 120 },
        { volume: 52, minutesPerUnit: 240 },
        { volume: 12, minutesPerUnit: 600 },
      ],
      1,
      rules,
    );
    expect(r.workloadMinutes).toBe(84480);
    expect(r.requiredFte).toBeCloseTo(1.1264, 12);
    expect(r.requiredHeadcount).toBe(1);
    expect(r.difference).toBe(0);
    expect(r.effectiveness).toBeCloseTo(1.1264, 12);
    expect(r.effectivenessRounded).toBe(1.13);
    expect(r.effectivenessCategory).toEqual({ grade: 'A', label: 'Sangat Baik' });
    expect(r.tasks[1]).toEqual({ volume: 240, period: 'year', annualVolume: 240, minutesPerUnit: 120, minutes: 28800 });
  });

  it('should give 0 FTE and 0 people for no tasks or zero volume, and a surplus for the incumbents', () => {
    const none = calculateWorkload([], 2, rules);
    expect(none).toMatchObject({ workloadMinutes: 0, requiredFte: 0, requiredHeadcount: 0, difference: 2, effectiveness: 0, effectivenessRounded: 0 });
    expect(none.effectivenessCategory).toEqual({ grade: 'E', label: 'Kurang' });
    expect(calculateWorkload([{ volume: 0, minutesPerUnit: 30, period: 'day' }], null, rules)).toMatchObject({ requiredFte: 0, requiredHeadcount: 0, difference: null });
  });

  it('should give no effectiveness (nor category) when nobody or no count holds the position', () => {
    for (const existing of [0, null, undefined]) {
      const r = calculateWorkload(minutes(84480), existing, rules);
      expect(r).toMatchObject({ effectiveness: null, effectivenessRounded: null, effectivenessCategory: null });
      expect(r.existing).toBe(existing === 0 ? 0 : null);
    }
    expect(calculateWorkload(minutes(84480), 0, rules).difference).toBe(-1);
  });

  it('should handle huge volumes', () => {
    const r = calculateWorkload([{ volume: 1e9, minutesPerUnit: 30 }], 1, rules);
    expect(r.workloadMinutes).toBe(3e10);
    expect(r.requiredFte).toBe(400000);
    expect(r.requiredHeadcount).toBe(400000);
    expect(r.difference).toBe(-399999);
    expect(r.effectivenessCategory?.grade).toBe('A');
    expect(calculateWorkload([{ volume: 1e9, minutesPerUnit: 30, period: 'day' }], null, rules).requiredHeadcount).toBe(94000000);
  });

  it.each([
    [67125, 0.9, 'B'], // EJ exactly 0.895 → 0.90
    [67117.5, 0.89, 'C'], // 0.8949
    [75000, 1, 'B'], // 1.00 is Baik, not above 1.00
    [75375, 1.01, 'A'], // 1.005 → 1.01
    [52500, 0.7, 'C'],
    [52499, 0.7, 'C'], // 0.699987 rounds to 0.70
    [51750, 0.69, 'D'],
    [37500, 0.5, 'D'],
    [37124, 0.49, 'E'],
  ])('should classify %d min with one incumbent as EJ %d, category %s', (workload, ej, grade) => {
    const r = calculateWorkload(minutes(workload), 1, rules);
    expect(r.effectivenessRounded).toBe(ej);
    expect(r.effectivenessCategory?.grade).toBe(grade);
  });

  it('should spread EJ over the incumbents', () => {
    const r = calculateWorkload(minutes(150000), 2, rules);
    expect(r.effectiveness).toBe(1);
    expect(r.effectivenessCategory?.grade).toBe('B');
  });

  it('should round the headcount by the rule: half_up or ceil', () => {
    const ceil: WorkloadRules = { ...rules, rounding: 'ceil' };
    expect(calculateWorkload(minutes(90000), 1, rules).requiredHeadcount).toBe(1); // 1.2
    expect(calculateWorkload(minutes(90000), 1, ceil).requiredHeadcount).toBe(2);
    expect(calculateWorkload(minutes(112500), 1, rules).requiredHeadcount).toBe(2); // 1.5
    expect(calculateWorkload(minutes(112500), 1, ceil).requiredHeadcount).toBe(2);
    expect(calculateWorkload(minutes(75000), 1, ceil).requiredHeadcount).toBe(1); // exactly 1, no ceil to 2
    expect(calculateWorkload(minutes(67125), 3, rules)).toMatchObject({ requiredHeadcount: 1, difference: 2 }); // 0.895 → 1
  });

  it('should convert volumes to a year with the period factors', () => {
    const r = calculateWorkload(
      [
        { volume: 2, minutesPerUnit: 10, period: 'day' },
        { volume: 3, minutesPerUnit: 10, period: 'week' },
        { volume: 4, minutesPerUnit: 10, period: 'month' },
        { volume: 5, minutesPerUnit: 10, period: 'year' },
        { volume: 6, minutesPerUnit: 10 },
      ],
      null,
      rules,
    );
    expect(r.tasks.map((t) => t.annualVolume)).toEqual([470, 141, 48, 5, 6]);
    expect(r.tasks.map((t) => t.period)).toEqual(['day', 'week', 'month', 'year', 'year']);
    expect(r.workloadMinutes).toBe(6700);
  });

  it('should read the rule values it is given, not built-in ones', () => {
    const other: WorkloadRules = {
      effectiveMinutesPerYear: 60000,
      rounding: 'half_up',
      periodFactors: { day: 200, week: 40, month: 10, year: 1 },
      effectiveness: {
        roundTo: 1,
        categories: [
          { grade: 'X', label: 'Low', min: 0 },
          { grade: 'Y', label: 'High', min: 1.5 },
        ],
      },
    };
    const r = calculateWorkload([{ volume: 3, minutesPerUnit: 150, period: 'day' }], 1, other);
    expect(r.workloadMinutes).toBe(90000);
    expect(r.requiredFte).toBe(1.5);
    expect(r.requiredHeadcount).toBe(2);
    expect(r.effectivenessRounded).toBe(1.5);
    expect(r.effectivenessCategory).toEqual({ grade: 'Y', label: 'High' });
  });

  it('should reject impossible input with the field at fault', () => {
    const fieldOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CalcInputError);
        return (e as CalcInputError).field;
      }
      return 'no error';
    };
    expect(fieldOf(() => calculateWorkload(minutes(1), 1, { ...rules, effectiveMinutesPerYear: 0 }))).toBe('effectiveMinutesPerYear');
    expect(fieldOf(() => calculateWorkload([{ volume: -1, minutesPerUnit: 1 }], 1, rules))).toBe('tasks');
    expect(fieldOf(() => calculateWorkload([{ volume: 1, minutesPerUnit: Number.NaN }], 1, rules))).toBe('tasks');
    expect(fieldOf(() => calculateWorkload([{ volume: 1, minutesPerUnit: 1, period: 'hour' as never }], 1, rules))).toBe('tasks');
    expect(fieldOf(() => calculateWorkload(minutes(1), -1, rules))).toBe('existing');
  });
});

describe('effectivenessCategory', () => {
  it('should pick by min descending whatever the order of the categories', () => {
    const shuffled = [...rules.effectiveness.categories].reverse();
    expect(effectivenessCategory(0.95, shuffled)?.grade).toBe('B');
    expect(effectivenessCategory(0.7, shuffled)?.grade).toBe('C');
    expect(effectivenessCategory(-1, shuffled)).toBeNull();
  });
});
