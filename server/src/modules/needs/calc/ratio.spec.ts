import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { projectDriver, RatioNorm, ratioRequired, TeacherRules } from './ratio.js';

const teachers = RULE_SEEDS.find((r) => r.key === 'ratio.teachers')!.value as TeacherRules;
const health = RULE_SEEDS.find((r) => r.key === 'ratio.health_per_100k')!.value as Record<string, number>;

function thrownField(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof CalcInputError) return e.field;
    throw e;
  }
  return undefined;
}

describe('ratioRequired', () => {
  describe('per_100k (Kepmenko Kesra 54/2013)', () => {
    it('should need ceil(65.2056) = 66 midwives for 54,338 people at 120 per 100,000', () => {
      const r = ratioRequired({ basis: 'per_100k', staffPer100k: health.midwife, rounding: 'ceil' }, { value: 54338 }, teachers);
      expect(r.raw).toBeCloseTo(65.2056, 10);
      expect(r).toMatchObject({ basis: 'per_100k', driverValue: 54338, rombel: null, lessonHours: null, rounding: 'ceil', rounded: 66, minimumApplied: false, required: 66 });
      expect(r.formula).toBe('ceil(54.338 × 120 / 100.000)');
    });

    it('should round the city population up: 1,702,379 people × 45 GPs per 100,000 = 766.07 → 767', () => {
      expect(ratioRequired({ basis: 'per_100k', staffPer100k: health.general_practitioner, rounding: 'ceil' }, { value: 1702379 }, teachers).required).toBe(767);
    });
  });

  describe('per_driver', () => {
    const norm: RatioNorm = { basis: 'per_driver', unitsPerStaff: 2222, rounding: 'ceil' };

    it('should divide the driver by the units per staff and round with the norm', () => {
      const r = ratioRequired(norm, { value: 12400 }, teachers);
      expect(r.raw).toBeCloseTo(5.5806, 4);
      expect(r.required).toBe(6);
      expect(r.formula).toBe('ceil(12.400 / 2.222)');
      expect(ratioRequired({ ...norm, rounding: 'half_up' }, { value: 12400 }, teachers).required).toBe(6);
      expect(ratioRequired({ ...norm, rounding: 'floor' }, { value: 12400 }, teachers)).toMatchObject({ required: 5, formula: 'floor(12.400 / 2.222)' });
      expect(ratioRequired({ ...norm, rounding: 'half_up' }, { value: 9999 }, teachers).required).toBe(5); // exactly 4.5
      expect(ratioRequired({ ...norm, rounding: 'half_up' }, { value: 9998 }, teachers).required).toBe(4); // 4.4995
    });

    it('should not ceil an exact figure up by binary noise in a projected driver', () => {
      const projected = projectDriver(1000, 0.1, 2025, 2027); // 1210.0000000000002 in binary
      expect(Math.ceil(projected / 121)).toBe(11); // the trap
      expect(ratioRequired({ basis: 'per_driver', unitsPerStaff: 121, rounding: 'ceil' }, { value: projected }, teachers).required).toBe(10);
    });

    it('should apply the minimum per unit and say so', () => {
      const r = ratioRequired({ ...norm, minimumPerUnit: 2 }, { value: 1000 }, teachers);
      expect(r).toMatchObject({ rounded: 1, minimumApplied: true, required: 2, formula: 'max(2, ceil(1.000 / 2.222))' });
      const above = ratioRequired({ ...norm, minimumPerUnit: 2 }, { value: 12400 }, teachers);
      expect(above).toMatchObject({ rounded: 6, minimumApplied: false, required: 6 });
      expect(ratioRequired({ ...norm, minimumPerUnit: 6 }, { value: 12400 }, teachers).minimumApplied).toBe(false);
      expect(ratioRequired({ ...norm, minimumPerUnit: 1 }, { value: 0 }, teachers)).toMatchObject({ raw: 0, rounded: 0, required: 1, minimumApplied: true });
    });

    it('should reject a norm or driver it cannot use', () => {
      expect(thrownField(() => ratioRequired({ ...norm, unitsPerStaff: null }, { value: 1 }, teachers))).toBe('unitsPerStaff');
      expect(thrownField(() => ratioRequired({ ...norm, unitsPerStaff: 0 }, { value: 1 }, teachers))).toBe('unitsPerStaff');
      expect(thrownField(() => ratioRequired({ ...norm, unitsPerStaff: -3 }, { value: 1 }, teachers))).toBe('unitsPerStaff');
      expect(thrownField(() => ratioRequired(norm, {}, teachers))).toBe('driver');
      expect(thrownField(() => ratioRequired(norm, { value: null }, teachers))).toBe('driver');
      expect(thrownField(() => ratioRequired(norm, { value: -1 }, teachers))).toBe('driver');
      expect(thrownField(() => ratioRequired({ basis: 'per_100k', rounding: 'ceil' }, { value: 1 }, teachers))).toBe('staffPer100k');
      expect(thrownField(() => ratioRequired({ ...norm, minimumPerUnit: -1 }, { value: 1 }, teachers))).toBe('minimumPerUnit');
      expect(thrownField(() => ratioRequired({ ...norm, basis: 'per_bed' as never }, { value: 1 }, teachers))).toBe('basis');
    });
  });

  describe('class_teacher (rombel)', () => {
    it('should count one class teacher per rombel: 200 pupils in SD (32) → 7; in SMP (36) → 6', () => {
      const sd = ratioRequired({ basis: 'class_teacher', schoolLevel: 'sd', rounding: 'half_up' }, { pupils: 200 }, teachers);
      expect(sd).toMatchObject({ driverValue: 200, rombel: 7, raw: 7, rounding: 'ceil', rounded: 7, required: 7, formula: 'ceil(200 / 32)' });
      expect(ratioRequired({ basis: 'class_teacher', schoolLevel: 'smp', rounding: 'ceil' }, { pupils: 200 }, teachers).rombel).toBe(6);
      expect(ratioRequired({ basis: 'class_teacher', schoolLevel: 'SD', rounding: 'ceil' }, { pupils: 192 }, teachers).rombel).toBe(6); // exactly 6 × 32
      expect(ratioRequired({ basis: 'class_teacher', schoolLevel: 'SD', rounding: 'ceil' }, { pupils: 193 }, teachers).rombel).toBe(7);
    });

    it('should use the classes driver when pupils are not known, and prefer pupils when both are', () => {
      expect(ratioRequired({ basis: 'class_teacher', schoolLevel: null, rounding: 'ceil' }, { classes: 12 }, teachers)).toMatchObject({
        rombel: 12,
        required: 12,
        driverValue: 12,
        formula: '12',
      });
      expect(ratioRequired({ basis: 'class_teacher', schoolLevel: 'sd', rounding: 'ceil' }, { pupils: 64, classes: 12 }, teachers).rombel).toBe(2);
    });

    it('should reject a level without a class size or a school without pupils or classes', () => {
      expect(thrownField(() => ratioRequired({ basis: 'class_teacher', schoolLevel: 'sma', rounding: 'ceil' }, { pupils: 100 }, teachers))).toBe('schoolLevel');
      expect(thrownField(() => ratioRequired({ basis: 'class_teacher', rounding: 'ceil' }, { pupils: 100 }, teachers))).toBe('schoolLevel');
      expect(thrownField(() => ratioRequired({ basis: 'class_teacher', schoolLevel: 'sd', rounding: 'ceil' }, {}, teachers))).toBe('driver');
      expect(thrownField(() => ratioRequired({ basis: 'class_teacher', schoolLevel: 'sd', rounding: 'ceil' }, { pupils: 100 }, { ...teachers, maxClassSize: { sd: 0 } }))).toBe(
        'maxClassSize',
      );
    });
  });

  describe('subject_teacher (24 JP a week)', () => {
    it('should need ceil(7 rombel × 4 JP / 24) = 2 teachers for 200 SD pupils, whatever the norm rounding', () => {
      const r = ratioRequired({ basis: 'subject_teacher', schoolLevel: 'sd', lessonHoursPerClass: 4, rounding: 'half_up' }, { pupils: 200 }, teachers);
      expect(r).toMatchObject({ rombel: 7, lessonHours: 28, rounding: 'ceil', rounded: 2, required: 2, formula: 'ceil(ceil(200 / 32) × 4 / 24)' });
      expect(r.raw).toBeCloseTo(28 / 24, 14);
    });

    it('should not add a teacher for an exact fill and read the rule for lesson hours', () => {
      expect(ratioRequired({ basis: 'subject_teacher', lessonHoursPerClass: 4, rounding: 'ceil' }, { classes: 12 }, teachers).required).toBe(2); // 48 / 24
      expect(ratioRequired({ basis: 'subject_teacher', lessonHoursPerClass: 4, rounding: 'ceil' }, { classes: 12 }, { ...teachers, lessonHoursPerTeacher: 18 }).required).toBe(3);
      expect(ratioRequired({ basis: 'subject_teacher', lessonHoursPerClass: 2, minimumPerUnit: 1, rounding: 'ceil' }, { classes: 0 }, teachers)).toMatchObject({
        rounded: 0,
        required: 1,
        minimumApplied: true,
      });
    });

    it('should reject a subject norm without lesson hours', () => {
      expect(thrownField(() => ratioRequired({ basis: 'subject_teacher', rounding: 'ceil' }, { classes: 3 }, teachers))).toBe('lessonHoursPerClass');
      expect(
        thrownField(() => ratioRequired({ basis: 'subject_teacher', lessonHoursPerClass: 2, rounding: 'ceil' }, { classes: 3 }, { ...teachers, lessonHoursPerTeacher: 0 })),
      ).toBe('lessonHoursPerTeacher');
    });
  });
});

describe('projectDriver', () => {
  it('should compound the growth rate over the years, forwards and back', () => {
    expect(projectDriver(1000, 0.1, 2025, 2025)).toBe(1000);
    expect(projectDriver(1000, 0.1, 2025, 2027)).toBeCloseTo(1210, 10);
    expect(projectDriver(1210, 0.1, 2027, 2025)).toBeCloseTo(1000, 10);
    expect(projectDriver(54338, -0.01, 2022, 2025)).toBeCloseTo(54338 * 0.99 ** 3, 8);
    expect(projectDriver(500, 0, 2020, 2030)).toBe(500);
  });

  it('should feed a projected driver into a norm', () => {
    const population2027 = projectDriver(54338, 0.02, 2025, 2027); // 56,533.26
    expect(ratioRequired({ basis: 'per_100k', staffPer100k: 120, rounding: 'ceil' }, { value: population2027 }, teachers).required).toBe(68);
  });
});
