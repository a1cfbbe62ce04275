/**
 * The calendar of a performance period (issue 7), in one place: checkpoints (monthly or quarterly steps from the
 * period start) and a target's time window. Pure code on ISO days; the monitoring and unit-summary SQL compute the
 * same window (`months` → start + months − 1 day, never past the period end).
 */
export interface PeriodDates {
  starts_on: string;
  ends_on: string;
}
export interface PeriodCalendar extends PeriodDates {
  /** monthly | quarterly */
  checkpoints: string;
}

/** ISO day + n months, the day clamped to the month's length (as PostgreSQL's `date + interval 'n months'`). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const yy = Math.floor(total / 12);
  const mm = total % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(yy, mm, Math.min(d, last))).toISOString().slice(0, 10);
}

export const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The last day of `months` months from `start` (start + months − 1 day). */
export const monthsEnd = (start: string, months: number) => addDays(addMonths(start, months), -1);

export interface Checkpoint {
  index: number;
  startsOn: string;
  endsOn: string;
}

/** The checkpoint containing `on`, clamped to the period (a day before it is checkpoint 1, after it the last). */
export function checkpointAt(period: PeriodCalendar, on: string): Checkpoint {
  const step = period.checkpoints === 'quarterly' ? 3 : 1;
  let k = 1;
  while (addMonths(period.starts_on, k * step) <= on && addMonths(period.starts_on, k * step) <= period.ends_on) k++;
  const startsOn = addMonths(period.starts_on, (k - 1) * step);
  const next = monthsEnd(period.starts_on, k * step);
  return { index: k, startsOn, endsOn: next < period.ends_on ? next : period.ends_on };
}

/** Checkpoint index (from 1) of a day inside the period, or null outside it. */
export function checkpointOf(period: PeriodCalendar, on: string): number | null {
  if (on < period.starts_on || on > period.ends_on) return null;
  return checkpointAt(period, on).index;
}

/** Number of checkpoints of a period (the checkpoint of its last day). */
export const checkpointCount = (period: PeriodCalendar): number => checkpointAt(period, period.ends_on).index;

/**
 * A target's time window: from the period start to its deadline, or start + `months` months − 1 day (never past the
 * period end), or the period end; never before the start.
 */
export function targetWindow(period: PeriodDates, t: { deadline: string | null; months: number | null }): { start: string; end: string } {
  const start = period.starts_on;
  let end = t.deadline ?? (t.months ? monthsEnd(start, t.months) : period.ends_on);
  if (!t.deadline && end > period.ends_on) end = period.ends_on;
  if (end < start) end = start;
  return { start, end };
}
