/**
 * Job-Person Match (PermenPAN-RB 38/2017, Peraturan BKN 26/2019):
 * `JPM % = Σ assessed levels / Σ required levels × 100`, optionally capping each assessed level at its standard.
 * The categories come from the rule `competency.jpm`; nothing here is hard-coded.
 */
import { roundHalfUp } from '../../needs/calc/rounding.js';

export interface JpmCategory {
  code: string;
  label: string;
  /** Lowest JPM % of the category. */
  min: number;
}

export interface JpmRule {
  capAtStandard: boolean;
  categories: JpmCategory[];
}

export interface JpmItem {
  required: number;
  assessed: number;
}

export interface JpmItemResult extends JpmItem {
  /** assessed − required: negative = below standard. */
  gap: number;
  /** The level counted (capped at the standard when the rule or request says so). */
  counted: number;
}

export interface JpmResult {
  items: JpmItemResult[];
  requiredTotal: number;
  assessedTotal: number;
  capAtStandard: boolean;
  /** Full precision. */
  jpmPercent: number;
  /** Rounded to 2 decimals (half up): the figure shown and the one the category is read on. */
  jpmPercentRounded: number;
  category: { code: string; label: string };
  /** Competencies below standard. */
  belowStandard: number;
}

export class JpmInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'JpmInputError';
  }
}

/** The category of a JPM % (already rounded): the first, by min descending, whose min ≤ jpm. */
export function jpmCategory(jpm: number, categories: readonly JpmCategory[]): { code: string; label: string } {
  const sorted = [...categories].sort((a, b) => b.min - a.min);
  const c = sorted.find((x) => jpm >= x.min) ?? sorted[sorted.length - 1];
  return { code: c.code, label: c.label };
}

export function calculateJpm(items: readonly JpmItem[], rule: JpmRule, capAtStandard = rule.capAtStandard): JpmResult {
  if (items.length === 0) throw new JpmInputError('items', 'at least one competency is needed');
  let requiredTotal = 0;
  let assessedTotal = 0;
  let belowStandard = 0;
  const out = items.map((it, i) => {
    for (const k of ['required', 'assessed'] as const) {
      const v = it[k];
      if (!Number.isInteger(v) || v < 1 || v > 5) throw new JpmInputError(`items.${i}.${k}`, `${k} must be a level from 1 to 5 (got ${v})`);
    }
    const counted = capAtStandard ? Math.min(it.assessed, it.required) : it.assessed;
    requiredTotal += it.required;
    assessedTotal += counted;
    if (it.assessed < it.required) belowStandard++;
    return { ...it, gap: it.assessed - it.required, counted };
  });
  const jpmPercent = (assessedTotal / requiredTotal) * 100;
  const jpmPercentRounded = roundHalfUp(jpmPercent, 2);
  return { items: out, requiredTotal, assessedTotal, capAtStandard, jpmPercent, jpmPercentRounded, category: jpmCategory(jpmPercentRounded, rule.categories), belowStandard };
}
