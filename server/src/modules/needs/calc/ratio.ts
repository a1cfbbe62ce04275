/**
 * Ratio norms — domain.md §3 and the needs README ("Demand per method", `ratio`).
 *
 *   per_driver       raw = driver / unitsPerStaff
 *   per_100k         raw = driver × staffPer100k / 100,000
 *   class_teacher    rombel = ceil(pupils / maxClassSize[level]) (or the classes driver); raw = rombel
 *   subject_teacher  rombel as above; lesson hours = rombel × lessonHoursPerClass; raw = lesson hours / lessonHoursPerTeacher
 *   required         = max(minimumPerUnit, rounded raw)
 *
 * Non-teacher norms round with the norm's mode (the caller passes the norm's own or `ratio.default_rounding`);
 * teacher norms always round up (domain.md: rombel and subject teachers are ceilings). Drivers are dated data per
 * unit; `projectDriver` carries one to another year with its growth rate.
 */
import { CalcInputError, requireFinite, requireNonNegative, requirePositive } from './errors.js';
import { RoundingMode, roundWith } from './rounding.js';

export type RatioBasis = 'per_driver' | 'per_100k' | 'class_teacher' | 'subject_teacher';

/** A ratio norm as stored (one per position, or per family and unit kind). */
export interface RatioNorm {
  basis: RatioBasis;
  /** per_driver: driver units one staff member serves. */
  unitsPerStaff?: number | null;
  /** per_100k: staff per 100,000 (the norm's, or the rule `ratio.health_per_100k[field]` resolved by the caller). */
  staffPer100k?: number | null;
  /** Teachers: the school level, a key of `ratio.teachers.maxClassSize` (sd, smp…). */
  schoolLevel?: string | null;
  /** subject_teacher: weekly lesson hours (JP) of the subject per class. */
  lessonHoursPerClass?: number | null;
  /** Optional floor on the requirement for the unit. */
  minimumPerUnit?: number | null;
  rounding: RoundingMode;
}

/** The unit's driver values for the year calculated (already projected). */
export interface RatioDrivers {
  /** The norm's driver (population, visits, km of road…), for per_driver and per_100k. */
  value?: number | null;
  /** Teachers: pupils of the school. */
  pupils?: number | null;
  /** Teachers: classes (rombel), used when pupils are not known. */
  classes?: number | null;
}

/** The rule `ratio.teachers` (the parts read here). */
export interface TeacherRules {
  maxClassSize: Record<string, number>;
  lessonHoursPerTeacher: number;
}

export interface RatioResult {
  basis: RatioBasis;
  /** The driver used: value, pupils, or classes. */
  driverValue: number;
  /** Teachers: number of classes; null for other bases. */
  rombel: number | null;
  /** subject_teacher: rombel × lessonHoursPerClass; null otherwise. */
  lessonHours: number | null;
  /** Before rounding, full precision. */
  raw: number;
  /** The rounding actually applied (ceil for teachers whatever the norm says). */
  rounding: RoundingMode;
  rounded: number;
  /** True when minimumPerUnit lifted the requirement above the rounded figure. */
  minimumApplied: boolean;
  required: number;
  /** Human-readable formula with the figures used (Indonesian number format), e.g. "ceil(12.400 / 2.222)". */
  formula: string;
}

/** value × (1 + growthRate)^(toYear − fromYear); works backwards too. */
export function projectDriver(value: number, growthRate: number, fromYear: number, toYear: number): number {
  return value * Math.pow(1 + growthRate, toYear - fromYear);
}

const idNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** A figure as written in a formula: Indonesian grouping and decimal comma, up to 4 decimals. */
function fmt(x: number): string {
  return idNumber.format(x);
}

/** Number of classes for a teacher norm: ceil(pupils / max class size), else the classes driver. */
function rombelFor(norm: RatioNorm, drivers: RatioDrivers, rules: TeacherRules): { rombel: number; driverValue: number; text: () => string } {
  if (drivers.pupils !== null && drivers.pupils !== undefined) {
    requireNonNegative('pupils', drivers.pupils, 'pupils');
    const level = norm.schoolLevel;
    if (!level) throw new CalcInputError('schoolLevel', 'a teacher norm counted on pupils needs a school level');
    const size = rules.maxClassSize[level] ?? rules.maxClassSize[level.toLowerCase()];
    if (size === undefined) throw new CalcInputError('schoolLevel', `no maximum class size for school level ${level} in the rule ratio.teachers`);
    requirePositive('maxClassSize', size, `maximum class size for ${level}`);
    const pupils = drivers.pupils;
    return { rombel: roundWith(pupils / size, 'ceil'), driverValue: pupils, text: () => `ceil(${fmt(pupils)} / ${fmt(size)})` };
  }
  if (drivers.classes !== null && drivers.classes !== undefined) {
    requireNonNegative('classes', drivers.classes, 'classes');
    const rombel = roundWith(drivers.classes, 'ceil');
    return { rombel, driverValue: drivers.classes, text: () => fmt(rombel) };
  }
  throw new CalcInputError('driver', 'a teacher norm needs the pupils or the classes of the school');
}

/** The value driver of a per_driver or per_100k norm. */
function driverOf(drivers: RatioDrivers): number {
  if (drivers.value === null || drivers.value === undefined) throw new CalcInputError('driver', 'the norm has no driver value for this unit');
  requireNonNegative('driver', drivers.value, 'driver value');
  return drivers.value;
}

/**
 * Staff required by a ratio norm for one unit and year.
 * Throws CalcInputError: `driver` (missing or negative), `unitsPerStaff`, `staffPer100k`, `lessonHoursPerClass`,
 * `lessonHoursPerTeacher`, `maxClassSize` (missing or ≤ 0), `schoolLevel` (missing, or no class size for it),
 * `minimumPerUnit` (negative), `basis` (unknown).
 */
export function ratioRequired(norm: RatioNorm, drivers: RatioDrivers, rules: TeacherRules): RatioResult {
  let driverValue: number;
  let rombel: number | null = null;
  let lessonHours: number | null = null;
  let raw: number;
  let rounding: RoundingMode = norm.rounding;
  let rawText: () => string;

  switch (norm.basis) {
    case 'per_driver': {
      driverValue = driverOf(drivers);
      const units = norm.unitsPerStaff;
      if (units === null || units === undefined) throw new CalcInputError('unitsPerStaff', 'a per-driver norm needs units per staff');
      requirePositive('unitsPerStaff', units, 'units per staff');
      raw = driverValue / units;
      rawText = () => `${fmt(driverValue)} / ${fmt(units)}`;
      break;
    }
    case 'per_100k': {
      driverValue = driverOf(drivers);
      const per = norm.staffPer100k;
      if (per === null || per === undefined) throw new CalcInputError('staffPer100k', 'a per-100,000 norm needs staff per 100,000');
      requirePositive('staffPer100k', per, 'staff per 100,000');
      raw = (driverValue * per) / 100000;
      rawText = () => `${fmt(driverValue)} × ${fmt(per)} / ${fmt(100000)}`;
      break;
    }
    case 'class_teacher': {
      const r = rombelFor(norm, drivers, rules);
      driverValue = r.driverValue;
      rombel = r.rombel;
      raw = rombel;
      rounding = 'ceil';
      rawText = r.text;
      break;
    }
    case 'subject_teacher': {
      const r = rombelFor(norm, drivers, rules);
      const perClass = norm.lessonHoursPerClass;
      if (perClass === null || perClass === undefined) throw new CalcInputError('lessonHoursPerClass', 'a subject-teacher norm needs weekly lesson hours per class');
      requirePositive('lessonHoursPerClass', perClass, 'lesson hours per class');
      requirePositive('lessonHoursPerTeacher', rules.lessonHoursPerTeacher, 'rule ratio.teachers lessonHoursPerTeacher');
      driverValue = r.driverValue;
      rombel = r.rombel;
      lessonHours = rombel * perClass;
      raw = lessonHours / rules.lessonHoursPerTeacher;
      rounding = 'ceil';
      rawText = () => `${r.text()} × ${fmt(perClass)} / ${fmt(rules.lessonHoursPerTeacher)}`;
      break;
    }
    default:
      throw new CalcInputError('basis', `unknown ratio basis ${String(norm.basis)}`);
  }

  const rounded = roundWith(raw, rounding);
  const minimum = norm.minimumPerUnit ?? null;
  if (minimum !== null) requireFinite('minimumPerUnit', minimum, 'minimum per unit');
  if (minimum !== null && minimum < 0) throw new CalcInputError('minimumPerUnit', `minimum per unit must not be negative (got ${minimum})`);
  const minimumApplied = minimum !== null && minimum > rounded;
  const required = minimumApplied ? minimum : rounded;
  // A class-teacher count is the rombel, already whole: no second ceil(…) around it.
  const result = { basis: norm.basis, driverValue, rombel, lessonHours, raw, rounding, rounded, minimumApplied, required } as RatioResult;
  // The formula text is built only when read (the explain tree, JSON): the analysis computes thousands of norms.
  Object.defineProperty(result, 'formula', {
    enumerable: true,
    get: () => {
      const roundedText = norm.basis === 'class_teacher' ? rawText() : `${rounding}(${rawText()})`;
      return minimum !== null ? `max(${fmt(minimum)}, ${roundedText})` : roundedText;
    },
  });
  return result;
}
