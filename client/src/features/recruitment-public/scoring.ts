/** Pure helpers of the recruitment pages: the interview total, the applicant's stepper, pagination, hashes. */

export interface Criterion {
  key: string;
  label: string;
  max: number;
}

/** A criterion's score kept within 0..max (whole or with up to 2 decimals), or null when not given. */
export function clampScore(value: number | null | undefined, max: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(Math.min(max, Math.max(0, value)) * 100) / 100;
}

/**
 * The panelist's total on 0–100: the sum of the criteria over the sum of their maxima, × 100, rounded half-up to
 * 2 decimals; null until every criterion has a score.
 */
export function interviewTotal(rubric: readonly Criterion[], scores: Record<string, number | null | undefined>): number | null {
  const max = rubric.reduce((s, c) => s + c.max, 0);
  if (!rubric.length || max <= 0) return null;
  let sum = 0;
  for (const c of rubric) {
    const v = clampScore(scores[c.key], c.max);
    if (v === null) return null;
    sum += v;
  }
  return Math.round(((sum / max) * 100 + Number.EPSILON) * 100) / 100;
}

/** The running total over the criteria scored so far (what the screen shows while scoring), on 0–100. */
export function partialTotal(rubric: readonly Criterion[], scores: Record<string, number | null | undefined>): { total: number; scored: number } {
  const max = rubric.reduce((s, c) => s + c.max, 0);
  let sum = 0;
  let scored = 0;
  for (const c of rubric) {
    const v = clampScore(scores[c.key], c.max);
    if (v !== null) {
      sum += v;
      scored++;
    }
  }
  return { total: max > 0 ? Math.round(((sum / max) * 100 + Number.EPSILON) * 100) / 100 : 0, scored };
}

export type StepState = 'done' | 'current' | 'failed' | 'todo';
export type StepKey = 'registered' | 'admin' | 'skd' | 'shortlist' | 'final' | 'appointed';

/** Where an application stands as steps for the stepper (CPNS has SKD and the shortlist; PPPK does not). */
export function stageSteps(stage: string, roundType: string): { key: StepKey; state: StepState }[] {
  const keys: StepKey[] = roundType === 'pppk' ? ['registered', 'admin', 'final', 'appointed'] : ['registered', 'admin', 'skd', 'shortlist', 'final', 'appointed'];
  // the step each stage has reached, and whether it failed there
  const at: Record<string, [StepKey, boolean]> = {
    registered: ['admin', false],
    admin_passed: [roundType === 'pppk' ? 'final' : 'skd', false],
    admin_failed: ['admin', true],
    skd_passed: ['shortlist', false],
    skd_failed: ['skd', true],
    shortlisted: ['final', false],
    not_shortlisted: ['shortlist', true],
    passed: ['appointed', false],
    not_passed: ['final', true],
    appointed: ['appointed', false],
    withdrawn: ['registered', true],
  };
  const [step, failed] = at[stage] ?? ['registered', false];
  const i = keys.indexOf(step);
  return keys.map((key, j) => ({
    key,
    state: j < i || (stage === 'appointed' && j === i) || (key === 'registered' && stage !== 'withdrawn') ? 'done' : j === i ? (failed ? 'failed' : 'current') : 'todo',
  }));
}

/** `page` (1-based) of `items`, `size` a page, and the number of pages (at least 1). */
export function pageOf<T>(items: readonly T[], page: number, size: number): { rows: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: items.slice((p - 1) * size, p * size), pages, page: p };
}

/** A long hash shown short: the first 8 and last 4 characters. */
export const shortHash = (h: string) => (h.length > 14 ? `${h.slice(0, 8)}…${h.slice(-4)}` : h);

/** Applicants per seat, one decimal (null without seats). */
export const perSeat = (applicants: number, seats: number) => (seats > 0 ? Math.round((applicants / seats) * 10) / 10 : null);

/** Today's calendar day in Semarang (WIB, UTC+7), as yyyy-mm-dd: the schedule's windows are WIB days, inclusive. */
export const wibToday = (now = Date.now()) => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);

export interface ScheduleLike {
  registrationOpens: string;
  registrationCloses: string;
  appealOpens: string;
  appealCloses: string;
}

/** Whether registration is open on `today` (inclusive window). */
export const registrationOpen = (s: ScheduleLike | null | undefined, today: string) => !!s && s.registrationOpens <= today && today <= s.registrationCloses;

/** The schedule as the timeline's entries (periods collapse to one row), each done, now or to come. */
export function timeline(s: Record<string, string>, today: string): { key: string; from: string; to: string; state: 'done' | 'now' | 'todo' }[] {
  const rows: [string, string, string][] = [
    ['registration', s.registrationOpens, s.registrationCloses],
    ['adminSelection', s.registrationCloses, s.adminSelectionEnds],
    ['appeal', s.appealOpens, s.appealCloses],
    ['appealAnswer', s.appealCloses, s.appealAnswerBy],
    ['skd', s.skdStarts, s.skdEnds],
    ['skb', s.skbStarts, s.skbEnds],
    ['announcement', s.announcement, s.announcement],
  ];
  return rows.filter(([, from, to]) => !!from && !!to).map(([key, from, to]) => ({ key, from, to, state: today > to ? 'done' : today >= from ? 'now' : 'todo' }));
}
