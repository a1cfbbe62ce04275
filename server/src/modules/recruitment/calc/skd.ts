/**
 * SKD (basic competency test) rules as pure functions (domain.md §6, KepmenPAN-RB 321/2024): the sub-test ranges,
 * the total and the pass per category. `umum` passes when TWK, TIU and TKP each reach their grade; the special
 * categories (cumlaude, disabilitas, papua) pass when the total and TIU reach theirs. The grades are data (a round's
 * rules or the reference rule `recruitment.skd_passing_grades`).
 */
import type { Category, SkdPassingGrades } from '../recruitment.types.js';
import { ScoreInputError } from './rounding.js';

export interface SkdScores {
  twk: number;
  tiu: number;
  tkp: number;
}

/** What an SKD result can fail on, in the order reported. */
export const SKD_FAILURES = ['twk', 'tiu', 'tkp', 'total'] as const;
export type SkdFailure = (typeof SKD_FAILURES)[number];

/** The grades that apply to one category: each sub-test for `umum`, total and TIU for the others. */
export interface SkdPassingGrade {
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
  total: number | null;
}

export interface SkdResult {
  total: number;
  passed: boolean;
  /** Every grade not reached (empty when passed), in the order twk, tiu, tkp, total. */
  failedOn: SkdFailure[];
  passingGrade: SkdPassingGrade;
}

/** Sub-tests whose points come in steps of 5 (5 or 0 points per question); TKP gives 1–5 points per question. */
const STEP_OF_FIVE: (keyof SkdScores)[] = ['twk', 'tiu'];

/**
 * Checks the sub-test scores: whole numbers within 0..max, TWK and TIU multiples of 5.
 * Throws a ScoreInputError naming the first field at fault.
 */
export function checkSkdScores(s: SkdScores, max: SkdPassingGrades['max']): void {
  for (const f of ['twk', 'tiu', 'tkp'] as const) {
    const v = s[f];
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new ScoreInputError(f, 'is_int', `${f} must be a whole number (got ${String(v)})`);
    if (v < 0) throw new ScoreInputError(f, 'min', `${f} must not be negative (got ${v})`);
    if (v > max[f]) throw new ScoreInputError(f, 'max', `${f} must not exceed ${max[f]} (got ${v})`);
    if (STEP_OF_FIVE.includes(f) && v % 5 !== 0) throw new ScoreInputError(f, 'step', `${f} must be a multiple of 5 (5 or 0 points a question; got ${v})`);
  }
}

/** The passing grade of a category. */
export function passingGradeFor(category: Category, grades: SkdPassingGrades): SkdPassingGrade {
  if (category === 'umum') return { twk: grades.umum.twk, tiu: grades.umum.tiu, tkp: grades.umum.tkp, total: null };
  const g = grades[category];
  if (!g) throw new ScoreInputError('category', 'is_in', `unknown category ${String(category)}`);
  return { twk: null, tiu: g.tiu, tkp: null, total: g.total };
}

/** Total, pass and every grade not reached, for valid scores (see checkSkdScores). */
export function evaluateSkd(s: SkdScores, category: Category, grades: SkdPassingGrades): SkdResult {
  const passingGrade = passingGradeFor(category, grades);
  const total = s.twk + s.tiu + s.tkp;
  const value: Record<SkdFailure, number> = { ...s, total };
  const failedOn = SKD_FAILURES.filter((k) => passingGrade[k] !== null && value[k] < passingGrade[k]);
  return { total, passed: failedOn.length === 0, failedOn, passingGrade };
}
