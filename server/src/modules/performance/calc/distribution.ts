/**
 * The limits on a unit's distribution of annual predicates by the unit's own rating (PermenPAN-RB 6/2022 Lampiran,
 * domain.md §8), as the reference rule `performance.distribution_limits` holds them: per unit rating, per group of
 * predicates (`a_or_b` = together), a minimum share (`min`, rounded up), a maximum share (`max`, rounded down) or a
 * minimum count (`minCount`). 20 staff, at least 60 % → 12; 10 staff, at most 70 % → 7. Pure code.
 */
import { PREDICATES, type Predicate } from './predicate.js';

export const UNIT_RATINGS = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type UnitRating = (typeof UNIT_RATINGS)[number];

export interface DistributionLimit {
  min?: number;
  max?: number;
  minCount?: number;
}
export type DistributionLimits = Partial<Record<UnitRating, Record<string, DistributionLimit>>> & { rounding?: { min: 'ceil'; max: 'floor' } };

export interface DistributionViolation {
  /** The predicates counted together, e.g. ["butuh_perbaikan", "kurang"]. */
  predicates: Predicate[];
  kind: 'min' | 'max';
  /** The share of the rule (0–1), or null for a plain count. */
  share: number | null;
  /** The count the rule asks for: at least (`min`) or at most (`max`). */
  limit: number;
  actual: number;
  /** How many people must move for the rule to hold. */
  excess: number;
}

export interface DistributionCheck {
  unitRating: UnitRating;
  total: number;
  counts: Record<Predicate, number>;
  ok: boolean;
  violations: DistributionViolation[];
}

export class DistributionError extends Error {}

/** share × total without the float noise that would push 12.000000000000002 up to 13. */
const times = (share: number, total: number) => Math.round(share * total * 1e9) / 1e9;

export function checkDistribution(unitRating: UnitRating, counts: Partial<Record<Predicate, number>>, limits: DistributionLimits): DistributionCheck {
  const rules = limits[unitRating];
  if (!rules) throw new DistributionError(`no distribution limits for a unit rated ${unitRating}`);
  const full = Object.fromEntries(PREDICATES.map((p) => [p, counts[p] ?? 0])) as Record<Predicate, number>;
  for (const p of PREDICATES) if (!Number.isInteger(full[p]) || full[p] < 0) throw new DistributionError(`the count of ${p} must be a whole number ≥ 0`);
  const total = PREDICATES.reduce((s, p) => s + full[p], 0);
  const violations: DistributionViolation[] = [];
  for (const [group, limit] of Object.entries(rules)) {
    const predicates = group.split('_or_') as Predicate[];
    if (!predicates.every((p) => PREDICATES.includes(p))) throw new DistributionError(`unknown predicate group ${group} in the limits for ${unitRating}`);
    const actual = predicates.reduce((s, p) => s + full[p], 0);
    if (limit.min !== undefined) {
      const need = Math.ceil(times(limit.min, total));
      if (actual < need) violations.push({ predicates, kind: 'min', share: limit.min, limit: need, actual, excess: need - actual });
    }
    if (limit.minCount !== undefined && total > 0 && actual < limit.minCount)
      violations.push({ predicates, kind: 'min', share: null, limit: limit.minCount, actual, excess: limit.minCount - actual });
    if (limit.max !== undefined) {
      const allowed = Math.floor(times(limit.max, total));
      if (actual > allowed) violations.push({ predicates, kind: 'max', share: limit.max, limit: allowed, actual, excess: actual - allowed });
    }
  }
  return { unitRating, total, counts: full, ok: violations.length === 0, violations };
}
