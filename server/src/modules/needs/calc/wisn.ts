/**
 * Health workforce: WHO WISN = Kemenkes ABK-Kes (Permenkes 33/2015) — domain.md §2. One method, two sets of names:
 * AWT = WKT, CAF = FTP, IAF = STP.
 *
 *   AWT (h)            = (A − (B + C + D + E)) × hours per day
 *   standard workload  = AWT / unit time (h)                       (SBK), per activity
 *   staff for services = Σ annual volume / standard workload       (JKT)
 *   CAS %              = per day ÷ hours/day, per week ÷ hours/week, per month × casPerMonthFactor ÷ AWT, per year ÷ AWT
 *   CAF                = 1 / (1 − ΣCAS% / 100)
 *   IAF                = Σ (hours a year × staff doing it) / AWT
 *   required           = staff for services × CAF + IAF            (headcount: ceil)
 *   WISN ratio         = existing / required;  WISN difference = existing − required
 *
 * Everything is kept at full precision; the caller rounds what it shows.
 */
import { CalcInputError, requireNonNegative, requirePositive } from './errors.js';
import { roundWith } from './rounding.js';

/** The period a category allowance (CAS) is expressed in. */
export type AllowancePeriod = 'day' | 'week' | 'month' | 'year';

/** The rule `wisn.method` (only the number the calculation reads). */
export interface WisnRules {
  /** Months a year a monthly CAS counts for (12). */
  casPerMonthFactor: number;
}

export interface WisnActivityInput {
  name?: string;
  /** Annual volume of the health-service activity. */
  volume: number;
  /** Unit time in minutes. */
  minutesPerUnit: number;
}

/** A support activity done by all staff of the category (CAS). */
export interface WisnCategoryAllowanceInput {
  name?: string;
  hours: number;
  per: AllowancePeriod;
}

/** An activity done by only some staff (IAS). */
export interface WisnIndividualAllowanceInput {
  name?: string;
  hoursPerYear: number;
  /** Number of staff doing it. */
  staff: number;
}

export interface WisnInput {
  /** A: working days a year. */
  workingDaysPerYear: number;
  /** B: public holidays. */
  publicHolidays: number;
  /** C: annual leave days. */
  annualLeave: number;
  /** D: sick leave days. */
  sickLeave: number;
  /** E: other absence days (training…). */
  otherLeave: number;
  hoursPerDay: number;
  /** Working hours a week; default hoursPerDay × 5. */
  hoursPerWeek?: number | null;
  activities: WisnActivityInput[];
  categoryAllowances: WisnCategoryAllowanceInput[];
  individualAllowances: WisnIndividualAllowanceInput[];
  existing?: number | null;
}

export interface WisnStandardWorkload {
  name?: string;
  volume: number;
  minutesPerUnit: number;
  /** minutesPerUnit / 60. */
  unitTimeHours: number;
  /** AWT / unitTimeHours: units one person can do in a year. */
  standardWorkload: number;
  /** volume / standardWorkload. */
  staff: number;
}

export interface WisnCategoryAllowance {
  name?: string;
  hours: number;
  per: AllowancePeriod;
  /** Share of working time, in % (0–100). */
  percent: number;
}

export interface WisnIndividualAllowance {
  name?: string;
  hoursPerYear: number;
  staff: number;
  /** hoursPerYear × staff. */
  totalHours: number;
}

export interface WisnResult {
  /** A − (B + C + D + E). */
  availableDays: number;
  /** AWT (WKT) in hours. */
  availableHours: number;
  standardWorkloads: WisnStandardWorkload[];
  /** Staff for services (JKT). */
  serviceStaff: number;
  categoryAllowances: WisnCategoryAllowance[];
  /** ΣCAS %. */
  categoryAllowancePercent: number;
  /** CAF (FTP). */
  categoryAllowanceFactor: number;
  individualAllowances: WisnIndividualAllowance[];
  /** IAF (STP), in staff. */
  individualAllowanceFactor: number;
  /** serviceStaff × CAF + IAF, full precision. */
  requiredStaff: number;
  /** requiredStaff rounded up. */
  requiredHeadcount: number;
  existing: number | null;
  /** existing / required; null without existing or when nothing is required. */
  wisnRatio: number | null;
  /** existing − required; null without existing. */
  wisnDifference: number | null;
  /**
   * required / existing (= 1 / WISN ratio when that is defined; 0 when nothing is required).
   * Null when existing is absent or 0 (unbounded: the priority calculation applies its cap).
   */
  pressure: number | null;
}

/**
 * WISN / ABK-Kes for one staff category in one facility.
 * Throws CalcInputError: `workingDaysPerYear` (available days ≤ 0), `hoursPerDay`, `hoursPerWeek` (≤ 0), leave days
 * (`publicHolidays`, `annualLeave`, `sickLeave`, `otherLeave`: negative), `activities` (unit time ≤ 0, negative volume),
 * `categoryAllowances` (negative hours, unknown period, ΣCAS % ≥ 100), `individualAllowances` (negative hours or
 * staff), `existing` (negative), `casPerMonthFactor` (negative).
 */
export function calculateWisn(input: WisnInput, rules: WisnRules): WisnResult {
  requirePositive('workingDaysPerYear', input.workingDaysPerYear, 'working days a year (A)');
  requireNonNegative('publicHolidays', input.publicHolidays, 'public holidays (B)');
  requireNonNegative('annualLeave', input.annualLeave, 'annual leave (C)');
  requireNonNegative('sickLeave', input.sickLeave, 'sick leave (D)');
  requireNonNegative('otherLeave', input.otherLeave, 'other absence (E)');
  requirePositive('hoursPerDay', input.hoursPerDay, 'hours per day');
  requireNonNegative('casPerMonthFactor', rules.casPerMonthFactor, 'rule wisn.method casPerMonthFactor');

  const availableDays = input.workingDaysPerYear - (input.publicHolidays + input.annualLeave + input.sickLeave + input.otherLeave);
  if (availableDays <= 0) {
    throw new CalcInputError('workingDaysPerYear', `no working time left: ${input.workingDaysPerYear} working days minus holidays and leave gives ${availableDays} days`);
  }
  const availableHours = availableDays * input.hoursPerDay;

  const hoursPerWeek = input.hoursPerWeek ?? input.hoursPerDay * 5;
  requirePositive('hoursPerWeek', hoursPerWeek, 'hours per week');

  const standardWorkloads: WisnStandardWorkload[] = input.activities.map((a, i) => {
    const label = `activity ${a.name ?? i + 1}`;
    requirePositive('activities', a.minutesPerUnit, `${label}: unit time`);
    requireNonNegative('activities', a.volume, `${label}: volume`);
    const unitTimeHours = a.minutesPerUnit / 60;
    const standardWorkload = availableHours / unitTimeHours;
    return { ...named(a.name), volume: a.volume, minutesPerUnit: a.minutesPerUnit, unitTimeHours, standardWorkload, staff: a.volume / standardWorkload };
  });
  const serviceStaff = standardWorkloads.reduce((sum, s) => sum + s.staff, 0);

  const categoryAllowances: WisnCategoryAllowance[] = input.categoryAllowances.map((c, i) => {
    const label = `category allowance ${c.name ?? i + 1}`;
    requireNonNegative('categoryAllowances', c.hours, `${label}: hours`);
    let share: number;
    switch (c.per) {
      case 'day':
        share = c.hours / input.hoursPerDay;
        break;
      case 'week':
        share = c.hours / hoursPerWeek;
        break;
      case 'month':
        share = (c.hours * rules.casPerMonthFactor) / availableHours;
        break;
      case 'year':
        share = c.hours / availableHours;
        break;
      default:
        throw new CalcInputError('categoryAllowances', `${label}: unknown period ${String(c.per)}`);
    }
    return { ...named(c.name), hours: c.hours, per: c.per, percent: share * 100 };
  });
  const categoryAllowancePercent = categoryAllowances.reduce((sum, c) => sum + c.percent, 0);
  if (categoryAllowancePercent >= 100) {
    throw new CalcInputError('categoryAllowances', `support activities take ${categoryAllowancePercent}% of working time: they must take less than 100%`);
  }
  const categoryAllowanceFactor = 1 / (1 - categoryAllowancePercent / 100);

  const individualAllowances: WisnIndividualAllowance[] = input.individualAllowances.map((a, i) => {
    const label = `individual allowance ${a.name ?? i + 1}`;
    requireNonNegative('individualAllowances', a.hoursPerYear, `${label}: hours a year`);
    requireNonNegative('individualAllowances', a.staff, `${label}: staff`);
    return { ...named(a.name), hoursPerYear: a.hoursPerYear, staff: a.staff, totalHours: a.hoursPerYear * a.staff };
  });
  const individualAllowanceFactor = individualAllowances.reduce((sum, a) => sum + a.totalHours, 0) / availableHours;

  const requiredStaff = serviceStaff * categoryAllowanceFactor + individualAllowanceFactor;
  const requiredHeadcount = roundWith(requiredStaff, 'ceil');

  const existing = input.existing ?? null;
  if (existing !== null) requireNonNegative('existing', existing, 'existing staff');
  const wisnRatio = existing !== null && requiredStaff > 0 ? existing / requiredStaff : null;
  const wisnDifference = existing === null ? null : existing - requiredStaff;
  const pressure = existing !== null && existing > 0 ? requiredStaff / existing : null;

  return {
    availableDays,
    availableHours,
    standardWorkloads,
    serviceStaff,
    categoryAllowances,
    categoryAllowancePercent,
    categoryAllowanceFactor,
    individualAllowances,
    individualAllowanceFactor,
    requiredStaff,
    requiredHeadcount,
    existing,
    wisnRatio,
    wisnDifference,
    pressure,
  };
}

/** `{ name }` when a name is given, `{}` otherwise (so results do not carry `name: undefined`). */
function named(name: string | undefined): { name?: string } {
  return name === undefined ? {} : { name };
}
