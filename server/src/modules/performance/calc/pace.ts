/**
 * Pace of a target (domain.md §8, issue 7 "monitoring"): the share of its quantity expected by a day, when work is
 * spread evenly from its start to its deadline, against the share realised; a target behind by more than the
 * threshold (in shares, e.g. 0.15 = 15 points) is at risk. Days are ISO calendar days (WIB), inclusive. Pure code.
 */
export interface PaceInput {
  /** First day of the target's window (the period start, or the target's own). */
  start: string;
  /** Deadline (inclusive). */
  end: string;
  /** The day asked about (today). */
  on: string;
  target: number;
  realised: number;
}

export interface Pace {
  /** Share of the window elapsed by the end of `on` (0–1). */
  expected: number;
  /** Share of the target realised (0 and up; above 1 when exceeded). */
  realised: number;
  /** expected − realised (negative when ahead). */
  behind: number;
  atRisk: boolean;
}

export class PaceInputError extends Error {}

const day = (iso: string) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(t)) throw new PaceInputError(`${iso} is not a date (yyyy-mm-dd)`);
  return t / 86_400_000;
};
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function pace(input: PaceInput, threshold: number): Pace {
  const start = day(input.start);
  const end = day(input.end);
  const on = day(input.on);
  if (end < start) throw new PaceInputError('the deadline is before the start');
  if (!(input.target > 0)) throw new PaceInputError('the target quantity must be above 0');
  if (input.realised < 0) throw new PaceInputError('the realised quantity cannot be negative');
  if (!(threshold >= 0 && threshold < 1)) throw new PaceInputError('the at-risk threshold is a share between 0 and 1');
  const days = end - start + 1;
  const elapsed = Math.min(Math.max(on - start + 1, 0), days);
  const expected = round4(elapsed / days);
  const realised = round4(input.realised / input.target);
  const behind = round4(expected - realised);
  return { expected, realised, behind, atRisk: behind > threshold };
}
