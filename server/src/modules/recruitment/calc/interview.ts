/**
 * Interview panel rules as pure functions (no Nest, no database): a panelist's score from their rubric scores,
 * the panel's mean, the spread between panelists and the review flag (issue 6: a spread above the round's limit
 * flags the applicant). Scores carry at most 2 decimals, so everything is computed in exact integer hundredths
 * and rounded half-up once, at the end.
 */
import type { RubricCriterion } from '../recruitment.types.js';

/** A rubric score sent by a panelist that breaks a rule, named by its path (`scores.<key>`). */
export interface RubricScoreError {
  path: string;
  code: 'required' | 'unknown_field' | 'is_number' | 'min' | 'max' | 'max_decimals';
  message: string;
}

/** The value in hundredths when it has at most 2 decimals, otherwise null. */
export function toHundredths(v: number): number | null {
  const h = Math.round(v * 100);
  return Math.abs(v * 100 - h) < 1e-6 ? h : null;
}

/** Integer division rounded half-up (non-negative operands). */
function divHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * Checks a panelist's scores against the rubric: every criterion present, each a number within 0..max with at
 * most 2 decimals, no key outside the rubric. Returns every problem (empty when valid).
 */
export function checkRubricScores(rubric: RubricCriterion[], scores: Record<string, unknown>): RubricScoreError[] {
  const errors: RubricScoreError[] = [];
  const known = new Set(rubric.map((c) => c.key));
  for (const c of rubric) {
    const path = `scores.${c.key}`;
    if (!Object.prototype.hasOwnProperty.call(scores, c.key) || scores[c.key] === null || scores[c.key] === undefined) {
      errors.push({ path, code: 'required', message: `${path} is required (${c.label}, 0–${c.max})` });
      continue;
    }
    const v = scores[c.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) errors.push({ path, code: 'is_number', message: `${path} must be a number` });
    else if (v < 0) errors.push({ path, code: 'min', message: `${path} must not be less than 0` });
    else if (v > c.max) errors.push({ path, code: 'max', message: `${path} must not be greater than ${c.max}` });
    else if (toHundredths(v) === null) errors.push({ path, code: 'max_decimals', message: `${path} must have at most 2 decimals` });
  }
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) errors.push({ path: `scores.${key}`, code: 'unknown_field', message: `scores.${key} is not a criterion of the rubric` });
  }
  return errors;
}

/**
 * A panelist's score on 0–100: Σ scores / Σ max × 100, rounded half-up to 2 decimals.
 * Scores must have been checked (`checkRubricScores`); a rubric whose maxima sum to 0 gives 0.
 */
export function panelistScore(rubric: RubricCriterion[], scores: Record<string, number>): number {
  let given = 0;
  let max = 0;
  for (const c of rubric) {
    given += toHundredths(scores[c.key] ?? 0) ?? Math.round((scores[c.key] ?? 0) * 100);
    max += Math.round(c.max * 100);
  }
  if (max <= 0) return 0;
  return divHalfUp(given * 10_000, max) / 100;
}

export interface PanelSummary {
  /** Panelists who submitted. */
  submitted: number;
  /** Mean of the submitted panelist scores, half-up to 3 decimals; null before the first submission. */
  mean: number | null;
  /** Highest − lowest submitted score (2 decimals); null before the first submission. */
  spread: number | null;
  /** Spread strictly above the limit, with at least two submissions (a spread exactly at the limit is not flagged). */
  flagged: boolean;
}

/** The panel's mean, spread and review flag from the submitted panelist scores (each 0–100, ≤ 2 decimals). */
export function panelSummary(scores: number[], spreadLimit: number): PanelSummary {
  if (!scores.length) return { submitted: 0, mean: null, spread: null, flagged: false };
  const hs = scores.map((s) => toHundredths(s) ?? Math.round(s * 100));
  const sum = hs.reduce((a, b) => a + b, 0);
  // mean in thousandths = Σ hundredths × 10 / n, half-up
  const mean = divHalfUp(sum * 10, hs.length) / 1000;
  const spreadH = Math.max(...hs) - Math.min(...hs);
  return { submitted: hs.length, mean, spread: spreadH / 100, flagged: isSpreadFlagged(spreadH / 100, spreadLimit, hs.length) };
}

/** Above the limit (strictly, tolerant of binary fractions: 0.29 is exactly 0.29) and at least two panelists. */
export function isSpreadFlagged(spread: number, spreadLimit: number, submitted: number): boolean {
  return submitted >= 2 && spread * 100 - spreadLimit * 100 > 1e-6;
}
