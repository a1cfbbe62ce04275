/**
 * Ranking rules as pure functions (domain.md §6): the tie-break comparators, ranking within a vacancy and category,
 * and the SKB shortlist with its rule for ties at the cut. The ranking SQL (ranking.service.ts) orders by exactly
 * the same keys, so these functions are its specification.
 *
 * - CPNS: final score (the published 2-decimal figure), SKD total, TKP, TIU, TWK, GPA, then the OLDER applicant
 *   (earlier birth date), then the registration number (code-point order) so that the order is always total.
 * - Shortlist: SKD total, TKP, TIU, TWK, GPA, older, registration number.
 * - PPPK: final score, total, technical, managerial + socio-cultural, interview, GPA, older, registration number.
 */

/** The CPNS tie-break order (the reference rule `recruitment.tie_break`, plus the registration number as last key). */
export const CPNS_TIE_BREAK = ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older', 'registrationNumber'] as const;
export const SHORTLIST_ORDER = ['skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older', 'registrationNumber'] as const;
export const PPPK_TIE_BREAK = ['finalScore', 'total', 'technical', 'managerialSocioCultural', 'interview', 'gpa', 'older', 'registrationNumber'] as const;

export interface Person {
  registrationNumber: string;
  gpa: number;
  /** yyyy-mm-dd; the earlier date (older applicant) ranks first. */
  birthDate: string;
}

export interface SkdCandidate extends Person {
  skdTotal: number;
  twk: number;
  tiu: number;
  tkp: number;
}

export interface CpnsCandidate extends SkdCandidate {
  /** The published figure, rounded to 2 decimals. */
  finalScore: number;
}

export interface PppkCandidate extends Person {
  finalScore: number;
  total: number;
  technical: number;
  managerialSocioCultural: number;
  interview: number;
}

/** Higher first. */
const desc = (a: number, b: number) => (a === b ? 0 : a > b ? -1 : 1);
/** Code-point order (PostgreSQL `COLLATE "C"`), lower first. */
const asc = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** Older first (earlier birth date), then registration number. */
function personOrder(a: Person, b: Person): number {
  return desc(a.gpa, b.gpa) || asc(a.birthDate, b.birthDate) || asc(a.registrationNumber, b.registrationNumber);
}

/** The shortlist order: SKD total, TKP, TIU, TWK, GPA, older, registration number. Negative when `a` ranks first. */
export function compareSkd(a: SkdCandidate, b: SkdCandidate): number {
  return desc(a.skdTotal, b.skdTotal) || desc(a.tkp, b.tkp) || desc(a.tiu, b.tiu) || desc(a.twk, b.twk) || personOrder(a, b);
}

/** The CPNS ranking order: final score, then the shortlist order. Negative when `a` ranks first. */
export function compareCpns(a: CpnsCandidate, b: CpnsCandidate): number {
  return desc(a.finalScore, b.finalScore) || compareSkd(a, b);
}

/** The PPPK ranking order. Negative when `a` ranks first. */
export function comparePppk(a: PppkCandidate, b: PppkCandidate): number {
  return (
    desc(a.finalScore, b.finalScore) ||
    desc(a.total, b.total) ||
    desc(a.technical, b.technical) ||
    desc(a.managerialSocioCultural, b.managerialSocioCultural) ||
    desc(a.interview, b.interview) ||
    personOrder(a, b)
  );
}

export type Outcome = 'passed' | 'not_passed';

/** Ranks one vacancy-and-category group: 1, 2, 3… in the comparator's order; within the seats → passed. */
export function rankGroup<T>(items: readonly T[], compare: (a: T, b: T) => number, seats: number): (T & { rank: number; outcome: Outcome })[] {
  return [...items].sort(compare).map((x, i) => ({ ...x, rank: i + 1, outcome: i < seats ? 'passed' : 'not_passed' }));
}

export type TieAtCut = 'include_all' | 'strict';

export interface ShortlistResult<T> {
  shortlisted: T[];
  notShortlisted: T[];
  /** multiplier × seats: the places for the SKB. */
  places: number;
  /** The SKD total of the last place taken by rank (null when nobody is taken). */
  cutTotal: number | null;
}

/**
 * The SKB shortlist of one vacancy and category: up to `multiplier × seats` of the SKD passers by the shortlist
 * order; with `include_all`, everyone whose SKD total equals that of the last place taken is shortlisted too
 * (domain.md §6: applicants tied with the last place are all taken); `strict` cuts at the places exactly.
 */
export function shortlist<T extends SkdCandidate>(passers: readonly T[], seats: number, multiplier: number, tieAtCut: TieAtCut): ShortlistResult<T> {
  const ordered = [...passers].sort(compareSkd);
  const places = Math.max(0, Math.floor(multiplier * seats));
  const taken = ordered.slice(0, places);
  const cutTotal = taken.length ? taken[taken.length - 1].skdTotal : null;
  let end = taken.length;
  if (tieAtCut === 'include_all' && cutTotal !== null) while (end < ordered.length && ordered[end].skdTotal === cutTotal) end++;
  return { shortlisted: ordered.slice(0, end), notShortlisted: ordered.slice(end), places, cutTotal };
}
