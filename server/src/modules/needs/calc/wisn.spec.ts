import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { roundHalfUp } from './rounding.js';
import { calculateWisn, WisnInput, WisnRules } from './wisn.js';

const rules = RULE_SEEDS.find((r) => r.key === 'wisn.method')!.value as WisnRules;

/** domain.md §2 example. */
const example: WisnInput = {
  workingDaysPerYear: 260,
  publicHolidays: 15,
  annualLeave: 12,
  sickLeave: 10,
  otherLeave: 5,
  hoursPerDay: 7.5,
  activities: [
    { name: 'Konsultasi', volume: 15000, minutesPerUnit: 15 },
    { name: 'Imunisasi', volume: 2000, minutesPerUnit: 10 },
  ],
  categoryAllowances: [
    { name: 'Rapat mingguan', hours: 2, per: 'week' },
    { name: 'Laporan bulanan', hours: 4, per: 'month' },
  ],
  individualAllowances: [{ name: 'Supervisi', hoursPerYear: 120, staff: 1 }],
  existing: 2,
};

function thrownField(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof CalcInputError) return e.field;
    throw e;
  }
  return undefined;
}

describe('calculateWisn (WHO WISN = ABK-Kes)', () => {
  it('should reproduce the domain example to the digit', () => {
    const r = calculateWisn(example, rules);
    expect(r.availableDays).toBe(218);
    expect(r.availableHours).toBe(1635);
    expect(r.standardWorkloads.map((s) => roundHalfUp(s.standardWorkload, 6))).toEqual([6540, 9810]);
    expect(r.standardWorkloads[0]).toMatchObject({ name: 'Konsultasi', unitTimeHours: 0.25, standardWorkload: 6540 });
    expect(roundHalfUp(r.serviceStaff, 4)).toBe(2.4975);
    expect(roundHalfUp(r.categoryAllowancePercent, 4)).toBe(8.2691);
    expect(r.categoryAllowances.map((c) => roundHalfUp(c.percent, 4))).toEqual([5.3333, 2.9358]);
    expect(roundHalfUp(r.categoryAllowanceFactor, 4)).toBe(1.0901);
    expect(r.individualAllowances).toEqual([{ name: 'Supervisi', hoursPerYear: 120, staff: 1, totalHours: 120 }]);
    expect(roundHalfUp(r.individualAllowanceFactor, 4)).toBe(0.0734);
    expect(roundHalfUp(r.requiredStaff, 2)).toBe(2.8);
    expect(r.requiredHeadcount).toBe(3);
    expect(r.existing).toBe(2);
    expect(roundHalfUp(r.wisnRatio!, 2)).toBe(0.72);
    expect(roundHalfUp(r.wisnDifference!, 2)).toBe(-0.8);
    expect(r.pressure! * r.wisnRatio!).toBeCloseTo(1, 12);
  });

  it('should keep full precision (services × CAF + IAF, not the rounded parts)', () => {
    const r = calculateWisn(example, rules);
    expect(r.requiredStaff).toBeCloseTo(r.serviceStaff * r.categoryAllowanceFactor + r.individualAllowanceFactor, 14);
    expect(r.requiredStaff).not.toBe(2.8);
    expect(r.requiredStaff).toBeCloseTo(2.79598, 5);
  });

  it('should match the published check: 100,000 × 0.25 h with (234 − 10 − 30 − 15) × 8 h → 17.46 staff', () => {
    const r = calculateWisn(
      {
        workingDaysPerYear: 234,
        publicHolidays: 10,
        annualLeave: 30,
        sickLeave: 15,
        otherLeave: 0,
        hoursPerDay: 8,
        activities: [{ volume: 100000, minutesPerUnit: 15 }],
        categoryAllowances: [],
        individualAllowances: [],
      },
      rules,
    );
    expect(r.availableDays).toBe(179);
    expect(r.availableHours).toBe(1432);
    expect(roundHalfUp(r.serviceStaff, 2)).toBe(17.46);
    expect(r.categoryAllowanceFactor).toBe(1);
    expect(r.individualAllowanceFactor).toBe(0);
    expect(r.requiredStaff).toBe(r.serviceStaff);
    expect(r.requiredHeadcount).toBe(18);
    expect(r).toMatchObject({ existing: null, wisnRatio: null, wisnDifference: null, pressure: null });
    expect(r.standardWorkloads[0]).not.toHaveProperty('name');
  });

  it('should convert allowances per day, per week (given or 5 days), per month (× factor) and per year', () => {
    const base = { ...example, activities: [], individualAllowances: [] };
    const pct = (per: 'day' | 'week' | 'month' | 'year', hoursPerWeek?: number) =>
      calculateWisn({ ...base, hoursPerWeek, categoryAllowances: [{ hours: 0.75, per }] }, rules).categoryAllowancePercent;
    expect(pct('day')).toBeCloseTo(10, 12); // 0.75 / 7.5
    expect(pct('week')).toBeCloseTo(2, 12); // 0.75 / 37.5
    expect(pct('week', 30)).toBeCloseTo(2.5, 12);
    expect(pct('month')).toBeCloseTo((0.75 * 12 * 100) / 1635, 12);
    expect(pct('year')).toBeCloseTo((0.75 * 100) / 1635, 12);
    expect(calculateWisn({ ...base, categoryAllowances: [{ hours: 4, per: 'month' }] }, { casPerMonthFactor: 11 }).categoryAllowancePercent).toBeCloseTo((4 * 11 * 100) / 1635, 12);
  });

  it('should sum IAS over the staff who do them', () => {
    const r = calculateWisn(
      {
        ...example,
        individualAllowances: [
          { hoursPerYear: 100, staff: 3 },
          { hoursPerYear: 45, staff: 2 },
        ],
      },
      rules,
    );
    expect(r.individualAllowances.map((a) => a.totalHours)).toEqual([300, 90]);
    expect(r.individualAllowanceFactor).toBeCloseTo(390 / 1635, 14);
  });

  it('should handle no activities, no required staff, and nobody in post', () => {
    const nothing = calculateWisn({ ...example, activities: [], individualAllowances: [], existing: 2 }, rules);
    expect(nothing).toMatchObject({ serviceStaff: 0, requiredStaff: 0, requiredHeadcount: 0, wisnRatio: null, wisnDifference: 2, pressure: 0 });
    const empty = calculateWisn({ ...example, existing: 0 }, rules);
    expect(empty.wisnRatio).toBe(0);
    expect(empty.pressure).toBeNull();
    expect(roundHalfUp(empty.wisnDifference!, 2)).toBe(-2.8);
  });

  it('should round the headcount up without binary noise', () => {
    // 3 staff exactly: 1635 h of work at 60 min per unit, 3 × 1635 units.
    const r = calculateWisn({ ...example, activities: [{ volume: 3 * 1635, minutesPerUnit: 60 }], categoryAllowances: [], individualAllowances: [] }, rules);
    expect(r.requiredStaff).toBe(3);
    expect(r.requiredHeadcount).toBe(3);
  });

  it('should reject input that gives no meaningful figure, naming the field', () => {
    expect(thrownField(() => calculateWisn({ ...example, annualLeave: 230 }, rules))).toBe('workingDaysPerYear'); // 260 − (15 + 230 + 10 + 5) = 0 days left
    expect(thrownField(() => calculateWisn({ ...example, annualLeave: 240 }, rules))).toBe('workingDaysPerYear');
    expect(thrownField(() => calculateWisn({ ...example, workingDaysPerYear: 0 }, rules))).toBe('workingDaysPerYear');
    expect(thrownField(() => calculateWisn({ ...example, categoryAllowances: [{ hours: 7.5, per: 'day' }] }, rules))).toBe('categoryAllowances'); // 100 %
    expect(
      thrownField(() =>
        calculateWisn(
          {
            ...example,
            categoryAllowances: [
              { hours: 5, per: 'day' },
              { hours: 20, per: 'week' },
            ],
          },
          rules,
        ),
      ),
    ).toBe('categoryAllowances');
    expect(thrownField(() => calculateWisn({ ...example, categoryAllowances: [{ hours: 1, per: 'fortnight' as never }] }, rules))).toBe('categoryAllowances');
    expect(thrownField(() => calculateWisn({ ...example, activities: [{ volume: 10, minutesPerUnit: 0 }] }, rules))).toBe('activities');
    expect(thrownField(() => calculateWisn({ ...example, activities: [{ volume: 10, minutesPerUnit: -5 }] }, rules))).toBe('activities');
    expect(thrownField(() => calculateWisn({ ...example, hoursPerDay: 0 }, rules))).toBe('hoursPerDay');
    expect(thrownField(() => calculateWisn({ ...example, hoursPerWeek: 0 }, rules))).toBe('hoursPerWeek');
    expect(thrownField(() => calculateWisn({ ...example, sickLeave: -1 }, rules))).toBe('sickLeave');
    expect(thrownField(() => calculateWisn({ ...example, individualAllowances: [{ hoursPerYear: 10, staff: -1 }] }, rules))).toBe('individualAllowances');
    expect(thrownField(() => calculateWisn({ ...example, existing: -1 }, rules))).toBe('existing');
    expect(thrownField(() => calculateWisn(example, rules))).toBeUndefined();
  });

  it('should say what is wrong in the message', () => {
    expect(() => calculateWisn({ ...example, categoryAllowances: [{ hours: 40, per: 'week' }] }, rules)).toThrow(/less than 100%/);
  });
});
