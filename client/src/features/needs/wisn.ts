/** The WISN (ABK-Kes) study editor: its inputs as edited, and what the live calculator and a save receive. */
import type { AllowancePeriod, WisnCalculation, WisnStudy } from './types';

export interface ActivityRow {
  key: string;
  name: string;
  volume: number | null;
  minutesPerUnit: number | null;
}
export interface CategoryRow {
  key: string;
  name: string;
  hours: number | null;
  per: AllowancePeriod;
}
export interface IndividualRow {
  key: string;
  name: string;
  hoursPerYear: number | null;
  staff: number | null;
}

/** A study's inputs as the editor holds them (numbers may be empty while typing). */
export interface WisnInputs {
  workingDaysPerYear: number | null;
  publicHolidays: number | null;
  annualLeave: number | null;
  sickLeave: number | null;
  otherLeave: number | null;
  hoursPerDay: number | null;
  hoursPerWeek: number | null;
  activities: ActivityRow[];
  categoryAllowances: CategoryRow[];
  individualAllowances: IndividualRow[];
}

let seq = 0;
const key = () => `w${++seq}`;
export const newActivity = (): ActivityRow => ({ key: key(), name: '', volume: null, minutesPerUnit: null });
export const newCategory = (): CategoryRow => ({ key: key(), name: '', hours: null, per: 'week' });
export const newIndividual = (): IndividualRow => ({ key: key(), name: '', hoursPerYear: null, staff: 1 });

/** A new study: the usual working calendar of a city health worker (5 days, 7.5 hours). */
export const blankInputs = (): WisnInputs => ({
  workingDaysPerYear: 260,
  publicHolidays: 15,
  annualLeave: 12,
  sickLeave: 10,
  otherLeave: 5,
  hoursPerDay: 7.5,
  hoursPerWeek: null,
  activities: [newActivity()],
  categoryAllowances: [],
  individualAllowances: [],
});

export const inputsOf = (s: WisnStudy): WisnInputs => ({
  workingDaysPerYear: s.workingDaysPerYear,
  publicHolidays: s.publicHolidays,
  annualLeave: s.annualLeave,
  sickLeave: s.sickLeave,
  otherLeave: s.otherLeave,
  hoursPerDay: s.hoursPerDay,
  hoursPerWeek: s.hoursPerWeek ?? null,
  activities: s.activities.map((a) => ({ key: key(), name: a.name ?? '', volume: a.volume, minutesPerUnit: a.minutesPerUnit })),
  categoryAllowances: s.categoryAllowances.map((c) => ({ key: key(), name: c.name ?? '', hours: c.hours, per: c.per })),
  individualAllowances: s.individualAllowances.map((i) => ({ key: key(), name: i.name ?? '', hoursPerYear: i.hoursPerYear, staff: i.staff })),
});

const num = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const name = (s: string) => (s.trim() ? { name: s.trim() } : {});

/** The working-time fields that are still empty (the calculation needs them all). */
export function missingWorkingTime(i: WisnInputs): string[] {
  const fields = ['workingDaysPerYear', 'publicHolidays', 'annualLeave', 'sickLeave', 'otherLeave', 'hoursPerDay'] as const;
  return fields.filter((f) => !num(i[f]));
}

/**
 * The inputs as the API takes them: rows with their numbers filled (a half-typed row is left out until it is
 * complete), names trimmed (an empty name is not sent). Null while a working-time figure is missing.
 */
export function toWisnInput(i: WisnInputs): Omit<WisnCalculation, 'existing'> | null {
  if (missingWorkingTime(i).length) return null;
  return {
    workingDaysPerYear: i.workingDaysPerYear as number,
    publicHolidays: i.publicHolidays as number,
    annualLeave: i.annualLeave as number,
    sickLeave: i.sickLeave as number,
    otherLeave: i.otherLeave as number,
    hoursPerDay: i.hoursPerDay as number,
    ...(num(i.hoursPerWeek) ? { hoursPerWeek: i.hoursPerWeek } : {}),
    activities: i.activities
      .filter((a) => num(a.volume) && num(a.minutesPerUnit) && a.minutesPerUnit > 0)
      .map((a) => ({ ...name(a.name), volume: a.volume as number, minutesPerUnit: a.minutesPerUnit as number })),
    categoryAllowances: i.categoryAllowances.filter((c) => num(c.hours)).map((c) => ({ ...name(c.name), hours: c.hours as number, per: c.per })),
    individualAllowances: i.individualAllowances
      .filter((r) => num(r.hoursPerYear) && num(r.staff))
      .map((r) => ({ ...name(r.name), hoursPerYear: r.hoursPerYear as number, staff: r.staff as number })),
  };
}

/** Rows the planner started but left incomplete (they are not saved): so the page can say so. */
export function incompleteRows(i: WisnInputs): number {
  const started = (v: unknown) => v !== null && v !== '' && v !== undefined;
  return (
    i.activities.filter((a) => (started(a.volume) || started(a.minutesPerUnit) || a.name.trim()) && !(num(a.volume) && num(a.minutesPerUnit) && a.minutesPerUnit > 0)).length +
    i.categoryAllowances.filter((c) => c.name.trim() && !num(c.hours)).length +
    i.individualAllowances.filter((r) => (r.name.trim() || started(r.hoursPerYear)) && !(num(r.hoursPerYear) && num(r.staff))).length
  );
}
