/**
 * Final scores as pure functions (domain.md §6), computed exactly (see rounding.ts) and rounded half-up once:
 * - CPNS: final = skdWeight × (SKD / skdMax × 100) + skbWeight × SKB, rounded to 2 decimals from the unrounded
 *   parts (SKD 420 → 76.36; SKB 80 → 78.55 with 40/60).
 * - SKB = Σ weight × component (0–100 each; `interview` is the panel's mean).
 * - PPPK: final = (technical + managerial/socio-cultural + interview) / max total × 100, rounded to 2 decimals.
 * The ranking SQL computes the same figures with PostgreSQL numeric arithmetic (see ranking.service.ts).
 */
import type { SkbComponent } from '../recruitment.types.js';
import { add, decimal, decimalPlaces, div, mul, ratio, type Ratio, ratioToNumber, roundRatio, ScoreInputError, sum } from './rounding.js';

export interface FinalScoreWeights {
  skdWeight: number;
  skbWeight: number;
}

export interface FinalScoreResult {
  /** SKD / skdMax × 100, rounded to 2 decimals (shown; the final score uses the unrounded value). */
  skdScaled: number;
  /** skdWeight × SKD on 0–100, full precision. */
  skdPart: number;
  /** skbWeight × SKB, full precision. */
  skbPart: number;
  /** Rounded half-up to 2 decimals from the unrounded parts. */
  finalScore: number;
}

function requireRange(field: string, v: number, min: number, max: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ScoreInputError(field, 'is_number', `${field} must be a number (got ${String(v)})`);
  if (v < min) throw new ScoreInputError(field, 'min', `${field} must not be below ${min} (got ${v})`);
  if (v > max) throw new ScoreInputError(field, 'max', `${field} must not exceed ${max} (got ${v})`);
}

/** The exact final score (before rounding) from an SKD total and an SKB score given as a number or an exact ratio. */
export function finalScoreExact(skdTotal: number, skb: number | Ratio, w: FinalScoreWeights, skdMax = 550): { skdScaled: Ratio; skdPart: Ratio; skbPart: Ratio; final: Ratio } {
  const skdScaled = div(mul(ratio(skdTotal), ratio(100)), ratio(skdMax));
  const skdPart = mul(decimal(w.skdWeight), skdScaled);
  const skbPart = mul(decimal(w.skbWeight), typeof skb === 'number' ? decimal(skb) : skb);
  return { skdScaled, skdPart, skbPart, final: add(skdPart, skbPart) };
}

/** The CPNS final score with its working; checks the ranges (ScoreInputError naming the field). */
export function finalScore(skdTotal: number, skbScore: number, w: FinalScoreWeights, skdMax = 550): FinalScoreResult {
  if (!Number.isInteger(skdTotal)) throw new ScoreInputError('skdTotal', 'is_int', `skdTotal must be a whole number (got ${String(skdTotal)})`);
  requireRange('skdTotal', skdTotal, 0, skdMax);
  requireRange('skbScore', skbScore, 0, 100);
  requireRange('skdWeight', w.skdWeight, 0, 1);
  requireRange('skbWeight', w.skbWeight, 0, 1);
  if (!Number.isInteger(skdMax) || skdMax <= 0) throw new ScoreInputError('skdMax', 'min', `skdMax must be a whole number above 0 (got ${skdMax})`);
  const x = finalScoreExact(skdTotal, skbScore, w, skdMax);
  return { skdScaled: roundRatio(x.skdScaled, 2), skdPart: ratioToNumber(x.skdPart), skbPart: ratioToNumber(x.skbPart), finalScore: roundRatio(x.final, 2) };
}

/** SKB = Σ weight × component, exact, and the components that are missing (null/absent/not a number). */
export function skbScore(components: Record<string, number | null | undefined>, spec: Pick<SkbComponent, 'key' | 'weight'>[]): { score: Ratio | null; missing: string[] } {
  const missing = spec.filter((c) => typeof components[c.key] !== 'number' || !Number.isFinite(components[c.key])).map((c) => c.key);
  if (missing.length) return { score: null, missing };
  return { score: sum(spec.map((c) => mul(decimal(c.weight), decimal(components[c.key] as number)))), missing };
}

export interface PppkScores {
  technical: number;
  managerialSocioCultural: number;
  interview: number;
}

export interface PppkMax extends PppkScores {
  total: number;
}

/** PPPK total; checks each part is a whole number within 0..max (ScoreInputError naming the field). */
export function pppkTotal(s: PppkScores, max: PppkMax): number {
  for (const f of ['technical', 'managerialSocioCultural', 'interview'] as const) {
    if (!Number.isInteger(s[f])) throw new ScoreInputError(f, 'is_int', `${f} must be a whole number (got ${String(s[f])})`);
    requireRange(f, s[f], 0, max[f]);
  }
  return s.technical + s.managerialSocioCultural + s.interview;
}

/** PPPK final score: total / max total × 100, rounded half-up to 2 decimals (e.g. 500 / 670 → 74.63). */
export function pppkFinalScore(total: number, maxTotal = 670): number {
  return roundRatio(div(mul(ratio(total), ratio(100)), ratio(maxTotal)), 2);
}

/** The decimal text PostgreSQL receives for a weight (no binary noise: 0.1 → "0.1"). Throws on a weight with over 12 decimals. */
export function weightText(field: string, w: number): string {
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new ScoreInputError(field, 'min', `${field} must be a number ≥ 0 (got ${String(w)})`);
  if (decimalPlaces(w) > 12) throw new ScoreInputError(field, 'max_decimals', `${field} has more than 12 decimals`);
  const r = decimal(w);
  // exact decimal text of r (its denominator is a power of 2 and 5 only)
  const places = decimalPlaces(w);
  const units = (r.n * 10n ** BigInt(places)) / r.d;
  const s = units.toString().padStart(places + 1, '0');
  return places ? `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}` : s;
}
