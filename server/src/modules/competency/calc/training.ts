/**
 * Training rules as pure functions (no Nest, no database): the waiting list, double booking, attendance and
 * completion, the JP pace (PP 11/2017 art. 203: at least 20 JP a year) and the levels a passed post-test raises.
 */

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `n` days after `d`. */
export function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days of a session, both ends included. */
export function sessionDays(startsOn: string, endsOn: string): number {
  return daysBetween(startsOn, endsOn) + 1;
}

/** Every date of a session, in order. */
export function sessionDates(startsOn: string, endsOn: string): string[] {
  const n = sessionDays(startsOn, endsOn);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(startsOn, i));
}

// ── waiting list ─────────────────────────────────────────────────────────

export interface QueuedEnrolment {
  id: string;
  /** When the person joined the queue (ISO timestamp or Date). */
  queuedAt: string | Date;
}

/**
 * Who gets the free seats: the first waitlisted by queuedAt (first come, first served; ties by id so the
 * answer is stable), as many as there are seats free. Never more than capacity − taken, never negative.
 */
export function promoteFromWaitlist(capacity: number, taken: number, waitlist: QueuedEnrolment[]): string[] {
  const free = Math.max(0, capacity - taken);
  if (!free) return [];
  const t = (q: QueuedEnrolment) => (q.queuedAt instanceof Date ? q.queuedAt.getTime() : Date.parse(q.queuedAt));
  return [...waitlist]
    .sort((a, b) => t(a) - t(b) || a.id.localeCompare(b.id))
    .slice(0, free)
    .map((q) => q.id);
}

/** Where a new participant goes: a seat when one is free, else the waiting list. */
export function placeFor(capacity: number, taken: number): 'enrolled' | 'waitlisted' {
  return taken < capacity ? 'enrolled' : 'waitlisted';
}

// ── double booking ───────────────────────────────────────────────────────

export interface DateRange {
  startsOn: string;
  endsOn: string;
}

/** Do two inclusive date ranges share at least one day? (A session ending the day another starts overlaps.) */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** The first of `others` that overlaps `range`, or null. */
export function firstOverlap<T extends DateRange>(range: DateRange, others: T[]): T | null {
  return others.find((o) => rangesOverlap(range, o)) ?? null;
}

// ── attendance and completion ────────────────────────────────────────────

/** Share of the session's days attended (0–1); days not marked count as absent. */
export function attendanceShare(attendedDays: number, totalDays: number): number {
  if (totalDays <= 0) return 0;
  return Math.min(1, Math.max(0, attendedDays) / totalDays);
}

export type NotCompletedReason = 'attendance_below_threshold' | 'post_test_missing' | 'post_test_failed';

export interface CompletionInput {
  attendedDays: number;
  totalDays: number;
  /** Share required (0–1). */
  threshold: number;
  /** Pass mark of the post-test; null = no post-test. */
  passScore: number | null;
  /** The person's score; null = none given. */
  score: number | null;
}

export interface CompletionDecision {
  completed: boolean;
  share: number;
  /** Whether a post-test exists and was passed (raises the competencies). */
  postTestPassed: boolean;
  /** Every reason that failed, empty when completed. */
  reasons: NotCompletedReason[];
}

/**
 * Completed when attended days / session days ≥ threshold and (no post-test, or score ≥ pass mark).
 * The share is compared with a small tolerance so that, e.g., 4 of 5 days meets 0.8 exactly.
 */
export function completionDecision(i: CompletionInput): CompletionDecision {
  const share = attendanceShare(i.attendedDays, i.totalDays);
  const reasons: NotCompletedReason[] = [];
  if (share + 1e-9 < i.threshold) reasons.push('attendance_below_threshold');
  let postTestPassed = false;
  if (i.passScore !== null) {
    if (i.score === null) reasons.push('post_test_missing');
    else if (i.score < i.passScore) reasons.push('post_test_failed');
    else postTestPassed = true;
  }
  return { completed: reasons.length === 0, share, postTestPassed: postTestPassed && reasons.length === 0, reasons };
}

// ── JP pace ──────────────────────────────────────────────────────────────

export interface JpPaceInput {
  /** JP approved so far in the year. */
  done: number;
  /** JP owed in the year (rule competency.development_hours, 20). */
  owed: number;
  year: number;
  /** The date the pace is read on (ISO). */
  asOf: string;
}

export interface JpPace {
  remaining: number;
  met: boolean;
  /** Days of the year elapsed on asOf (all of them for a past year, 0 for a future one). */
  daysElapsed: number;
  daysInYear: number;
  /** JP at year end at the current pace: done / days elapsed × days in year (done itself for a past or future year). */
  projected: number;
  /** Met already, or projected ≥ owed. */
  onPace: boolean;
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function jpPace(i: JpPaceInput): JpPace {
  const total = daysInYear(i.year);
  const start = `${i.year}-01-01`;
  const elapsed = Math.min(total, Math.max(0, daysBetween(start, i.asOf) + 1));
  const projected = elapsed > 0 && elapsed < total ? round1((i.done / elapsed) * total) : i.done;
  const met = i.done >= i.owed;
  return {
    remaining: round1(Math.max(0, i.owed - i.done)),
    met,
    daysElapsed: elapsed,
    daysInYear: total,
    projected,
    onPace: met || projected >= i.owed,
  };
}

// ── post-test → levels ───────────────────────────────────────────────────

export interface Raise {
  competencyId: string;
  /** Levels the program raises (1–4). */
  levels: number;
}

export interface RaisedLevel {
  competencyId: string;
  from: number;
  to: number;
}

/**
 * The levels a passed post-test records: each competency of the program's `raises` goes up by its levels over
 * the person's latest level, capped at 5. A competency never assessed is left alone: a post-test measures progress,
 * not an absolute level, so it needs a baseline. A competency already at 5 gives nothing new.
 */
export function raisedLevels(raises: Raise[], latest: Map<string, number> | Record<string, number>, maxLevel = 5): RaisedLevel[] {
  const get = (id: string) => (latest instanceof Map ? latest.get(id) : latest[id]);
  const out: RaisedLevel[] = [];
  for (const r of raises) {
    const from = get(r.competencyId);
    if (from === undefined || from === null) continue;
    const to = Math.min(maxLevel, from + Math.max(0, r.levels));
    if (to > from) out.push({ competencyId: r.competencyId, from, to });
  }
  return out;
}

// ── certificate codes ────────────────────────────────────────────────────

/** Crockford base32 (no I, L, O, U): easy to read aloud and type. */
export const CERTIFICATE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A certificate code from random bytes: 12 characters of 5 bits each (60 bits), unguessable. */
export function certificateCode(random: Uint8Array, length = 12): string {
  if (random.length < length) throw new Error('certificateCode needs one random byte per character');
  let s = '';
  for (let i = 0; i < length; i++) s += CERTIFICATE_ALPHABET[random[i] & 31];
  return s;
}
