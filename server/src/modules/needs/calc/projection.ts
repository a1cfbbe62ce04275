/**
 * Supply projection and gap — needs README "Supply per year".
 *
 *   supply[y] = supply[y−1] − retirements[y] − attrition[y] + recruits[y],   supply[−1] = existing
 *   attrition[y] = max(0, supply[y−1] − retirements[y]) × rate               (full precision)
 *   gap[y] = supply[y] − demand[y];  shortage = max(0, −gap);  surplus = max(0, gap)
 *
 * Year offsets run 0 … horizon − 1 from the base year.
 */
import { CalcInputError, requireNonNegative } from './errors.js';

export interface SupplyInput {
  /** Active holders now (supply before the base year). */
  existing: number;
  /** Retirements per year offset 0 … horizon − 1; retirements before the base year already folded into [0]. Missing years count 0. */
  retirements: readonly number[];
  /** Yearly attrition other than retirement, as a fraction (rule `supply.attrition_rates[kind]`). */
  attritionRate: number;
  /** Recruits per year offset (approved plan lines not yet appointed). Missing years count 0. */
  recruits: readonly number[];
}

export interface SupplyProjection {
  supply: number[];
  /** Retirements applied: never more than the supply left (attrition may already have taken a fraction of the leavers). */
  retirements: number[];
  attrition: number[];
  recruits: number[];
}

export interface GapSeries {
  /** supply − demand: + surplus, − shortage. */
  gap: number[];
  shortage: number[];
  surplus: number[];
}

/**
 * Projects supply over `horizon` years. Supply never goes negative: a year's retirements are capped at the supply
 * left from the year before (fractional attrition can otherwise remove people who later retire), and attrition applies
 * to what remains after retirements. Throws CalcInputError (`existing`, `retirements`, `recruits`, `attritionRate`,
 * `horizon`) on negative or non-finite input or a rate above 1.
 */
export function projectSupply(input: SupplyInput, horizon: number): SupplyProjection {
  if (!Number.isInteger(horizon) || horizon < 0) throw new CalcInputError('horizon', `horizon must be a whole number of years ≥ 0 (got ${horizon})`);
  requireNonNegative('existing', input.existing, 'existing staff');
  requireNonNegative('attritionRate', input.attritionRate, 'attrition rate');
  if (input.attritionRate > 1) throw new CalcInputError('attritionRate', `attrition rate is a fraction of 1 (got ${input.attritionRate})`);

  const out: SupplyProjection = { supply: [], retirements: [], attrition: [], recruits: [] };
  let previous = input.existing;
  for (let y = 0; y < horizon; y++) {
    const retiring = input.retirements[y] ?? 0;
    const recruited = input.recruits[y] ?? 0;
    requireNonNegative('retirements', retiring, `retirements in year ${y}`);
    requireNonNegative('recruits', recruited, `recruits in year ${y}`);
    const retirements = Math.min(retiring, previous);
    const attrition = Math.max(0, previous - retirements) * input.attritionRate;
    const supply = previous - retirements - attrition + recruited;
    out.supply.push(supply);
    out.retirements.push(retirements);
    out.attrition.push(attrition);
    out.recruits.push(recruited);
    previous = supply;
  }
  return out;
}

/** Gap, shortage and surplus per year. Throws CalcInputError (`supply`) when the series differ in length. */
export function gapSeries(demand: readonly number[], supply: readonly number[]): GapSeries {
  if (demand.length !== supply.length) throw new CalcInputError('supply', `supply has ${supply.length} years, demand ${demand.length}`);
  const gap = supply.map((s, y) => s - demand[y]);
  return { gap, shortage: gap.map((g) => Math.max(0, -g)), surplus: gap.map((g) => Math.max(0, g)) };
}
