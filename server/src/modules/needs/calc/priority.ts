/**
 * Formation priority — needs README "Priority", rule `needs.priority`.
 *
 *   pressure = min(cap, required / existing)  (cap when existing is 0 and something is required; 0 when nothing is)
 *   priority = shortage[baseYear] × sectorWeight[sector] × pressure
 */
import { requireNonNegative } from './errors.js';

/** The rule `needs.priority`. */
export interface PriorityRules {
  sectorWeights: Record<string, number>;
  pressureCap: number;
}

/**
 * Workload pressure on a position: required / existing (EJ for workload, 1 / WISN ratio for WISN), at most `cap`.
 * Throws CalcInputError (`required`, `existing`, `pressureCap`) on negative or non-finite input.
 */
export function pressure(required: number, existing: number, cap: number): number {
  requireNonNegative('required', required, 'required staff');
  requireNonNegative('existing', existing, 'existing staff');
  requireNonNegative('pressureCap', cap, 'pressure cap');
  if (required === 0) return 0;
  if (existing === 0) return cap;
  return Math.min(cap, required / existing);
}

/** shortage × sector weight × pressure. */
export function priorityScore(shortage: number, sectorWeight: number, pressureValue: number): number {
  return shortage * sectorWeight * pressureValue;
}
