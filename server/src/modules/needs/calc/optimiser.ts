/**
 * Formation optimiser — needs README "Optimiser".
 *
 *   maximise Σ weight_i × x_i
 *   subject to Σ cost_i × x_i ≤ budget,  Σ x_i ≤ maxCount,  0 ≤ x_i ≤ max_i integer,
 *   pinned lines fixed at their quantity, excluded lines 0.
 *
 * Solved exactly with HiGHS (branch and cut, gap 0, within a time limit); a greedy by weight per cost runs too and the
 * better of the two is kept, so a plan is never worse than greedy. HiGHS works in floating point with feasibility
 * tolerances, so its answer is checked again in exact arithmetic on the original costs (every double is an exact
 * binary fraction, summed here as BigInt) and repaired if a tolerance let it overshoot the budget.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import { CalcInputError } from './errors.js';
import { roundWith } from './rounding.js';

/** One candidate formation line (a position and employment type, with its shortage and yearly cost). */
export interface OptimiserLine {
  id: string;
  /** Value of one formation (priority score per person). Lines with weight ≤ 0 are never chosen unless pinned. */
  weight: number;
  /** Cost of one formation (rupiah a year), ≥ 0. */
  cost: number;
  /** Most formations of the line (its shortage); a fractional max allows its whole part. */
  max: number;
  /** Fixed quantity chosen by the planner (0 … max). */
  pinned?: number | null;
  /** Left out of the plan by the planner. */
  excluded?: boolean;
}

export interface OptimiserInput {
  lines: readonly OptimiserLine[];
  /** Budget ceiling for the yearly cost of the plan. */
  budget: number;
  /** Most formations in the plan (whole number). */
  maxCount: number;
  /** HiGHS time limit; the best solution found by then is used. Default 1.5 s. */
  timeLimitSeconds?: number;
}

export interface OptimiserResult {
  /** Quantity per line id, every line included (0 when not chosen). */
  quantities: Record<string, number>;
  /** Σ weight × quantity. */
  objective: number;
  /** Σ cost × quantity. */
  cost: number;
  /** Σ quantity. */
  count: number;
  method: 'highs' | 'greedy';
  /** optimal: HiGHS proved it; time_limit: HiGHS's best when time ran out; greedy: greedy was as good or HiGHS failed; empty: nothing to choose. */
  status: 'optimal' | 'time_limit' | 'greedy' | 'empty';
  /** Objective of the greedy plan, for comparison. */
  greedyObjective: number;
  /** Wall-clock milliseconds spent. */
  ms: number;
  /** budget − cost. */
  budgetLeft: number;
  /** maxCount − count. */
  countLeft: number;
  /** HiGHS plans only: true when its answer overshot in exact arithmetic and units were dropped (it is then not proven optimal). */
  repaired?: boolean;
  /** Why HiGHS could not be used, when it failed and greedy was kept. */
  solverError?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Exact arithmetic on doubles: x = mantissa × 2^exponent exactly, so sums of cost × quantity can be compared with
// the budget without any rounding, as BigInts on a common binary exponent.

function binaryParts(x: number): { mantissa: bigint; exponent: number } {
  if (x === 0) return { mantissa: 0n, exponent: Number.POSITIVE_INFINITY };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  return { mantissa: hi >>> 31 ? -mantissa : mantissa, exponent };
}

/** Exact conversion of doubles to BigInts in units of 2^exponent (the smallest exponent of the values it was built for). */
class ExactScale {
  readonly exponent: number;

  constructor(values: readonly number[]) {
    const exponents = values.map((v) => binaryParts(v).exponent).filter(Number.isFinite);
    this.exponent = exponents.length > 0 ? Math.min(...exponents) : 0;
  }

  toBig(x: number): bigint {
    const { mantissa, exponent } = binaryParts(x);
    return mantissa === 0n ? 0n : mantissa << BigInt(exponent - this.exponent);
  }

  toNumber(x: bigint): number {
    return Number(x) * 2 ** this.exponent;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Validation and preparation.

/** A line the optimiser decides on (not pinned, not excluded, weight > 0, room for at least one unit). */
interface FreeLine {
  id: string;
  weight: number;
  cost: number;
  costBig: bigint;
  /** Upper bound: min(max, maxCount left, units the budget left allows). */
  upper: number;
}

interface Prepared {
  lineIds: string[];
  free: FreeLine[];
  pinned: Map<string, number>;
  pinnedObjective: number;
  pinnedCostBig: bigint;
  pinnedCount: number;
  /** Budget left after pins, exact. */
  budgetBig: bigint;
  /** Count left after pins. */
  countLeft: number;
  scale: ExactScale;
  budget: number;
  maxCount: number;
}

function prepare(input: OptimiserInput): Prepared {
  const { lines, budget, maxCount } = input;
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget <= 0)
    throw new CalcInputError('budgetCeiling', `the budget ceiling must be a positive amount (got ${String(budget)})`);
  if (!Number.isInteger(maxCount) || maxCount <= 0) throw new CalcInputError('maxFormations', `the most formations must be a whole number ≥ 1 (got ${String(maxCount)})`);

  const seen = new Set<string>();
  for (const l of lines) {
    if (typeof l.id !== 'string' || l.id === '') throw new CalcInputError('lines', 'every line needs an id');
    if (seen.has(l.id)) throw new CalcInputError('lines', `line ${l.id} appears twice`);
    seen.add(l.id);
    if (!Number.isFinite(l.weight)) throw new CalcInputError('lines', `line ${l.id}: weight must be a finite number`);
    if (!Number.isFinite(l.cost) || l.cost < 0) throw new CalcInputError('lines', `line ${l.id}: cost must be a finite amount ≥ 0`);
    if (!Number.isFinite(l.max) || l.max < 0) throw new CalcInputError('lines', `line ${l.id}: max must be a finite number ≥ 0`);
  }

  const scale = new ExactScale([budget, ...lines.map((l) => l.cost)]);
  const budgetBig = scale.toBig(budget);
  const pinned = new Map<string, number>();
  let pinnedObjective = 0;
  let pinnedCostBig = 0n;
  let pinnedCount = 0;
  for (const l of lines) {
    if (l.pinned === null || l.pinned === undefined) continue;
    const max = roundWith(l.max, 'floor');
    if (!Number.isInteger(l.pinned) || l.pinned < 0) throw new CalcInputError('pins', `line ${l.id}: a pinned quantity must be a whole number ≥ 0 (got ${l.pinned})`);
    if (l.pinned > max) throw new CalcInputError('pins', `line ${l.id}: pinned ${l.pinned} but at most ${max} can be formed`);
    if (l.excluded && l.pinned > 0) throw new CalcInputError('pins', `line ${l.id} is both excluded and pinned at ${l.pinned}`);
    pinned.set(l.id, l.pinned);
    pinnedObjective += l.weight * l.pinned;
    pinnedCostBig += scale.toBig(l.cost) * BigInt(l.pinned);
    pinnedCount += l.pinned;
  }
  if (pinnedCostBig > budgetBig) throw new CalcInputError('pins', `the pinned lines cost ${scale.toNumber(pinnedCostBig)}, more than the budget ceiling ${budget}`);
  if (pinnedCount > maxCount) throw new CalcInputError('pins', `the pinned lines add up to ${pinnedCount} formations, more than the ${maxCount} allowed`);

  const budgetLeft = budgetBig - pinnedCostBig;
  const countLeft = maxCount - pinnedCount;
  const free: FreeLine[] = [];
  for (const l of lines) {
    if (pinned.has(l.id) || l.excluded || l.weight <= 0) continue;
    const costBig = scale.toBig(l.cost);
    let upper = Math.min(roundWith(l.max, 'floor'), countLeft);
    if (costBig > 0n) upper = Math.min(upper, Number(budgetLeft / costBig));
    if (upper > 0) free.push({ id: l.id, weight: l.weight, cost: l.cost, costBig, upper });
  }

  return { lineIds: lines.map((l) => l.id), free, pinned, pinnedObjective, pinnedCostBig, pinnedCount, budgetBig: budgetLeft, countLeft, scale, budget, maxCount };
}

// ---------------------------------------------------------------------------------------------------------------
// Greedy.

/** Weight per cost, descending (free lines first), then weight descending, then id. */
function byValueForMoney(a: FreeLine, b: FreeLine): number {
  const ra = a.costBig === 0n ? Number.POSITIVE_INFINITY : a.weight / a.cost;
  const rb = b.costBig === 0n ? Number.POSITIVE_INFINITY : b.weight / b.cost;
  if (ra !== rb) return rb - ra;
  if (a.weight !== b.weight) return b.weight - a.weight;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Mutable state of a plan over the free lines (quantities indexed like `free`). */
interface Plan {
  x: number[];
  budgetLeft: bigint;
  countLeft: number;
}

/** Adds as many units as fit, line by line in `order` (indices into free). */
function fill(p: Prepared, plan: Plan, order: readonly number[]): void {
  for (const i of order) {
    if (plan.countLeft === 0) return;
    const line = p.free[i];
    let k = Math.min(line.upper - plan.x[i], plan.countLeft);
    if (line.costBig > 0n) k = Math.min(k, Number(plan.budgetLeft / line.costBig));
    if (k <= 0) continue;
    plan.x[i] += k;
    plan.countLeft -= k;
    plan.budgetLeft -= line.costBig * BigInt(k);
  }
}

/**
 * Second pass: uses the budget left over by swapping single units from a lower-weight line to a higher-weight one
 * whenever the cost difference fits (useful when the count, not the budget, is what binds), then fills again.
 * Every swap raises the objective, so the pass ends.
 */
function upgrade(p: Prepared, plan: Plan, order: readonly number[]): void {
  const byWeightDesc = [...order].sort((a, b) => p.free[b].weight - p.free[a].weight || byValueForMoney(p.free[a], p.free[b]));
  const donors = [...byWeightDesc].reverse();
  for (const t of byWeightDesc) {
    const target = p.free[t];
    while (plan.x[t] < target.upper) {
      let swapped = false;
      for (const d of donors) {
        const donor = p.free[d];
        if (donor.weight >= target.weight) break;
        if (plan.x[d] === 0) continue;
        const delta = target.costBig - donor.costBig;
        if (delta > plan.budgetLeft) continue;
        plan.x[d]--;
        plan.x[t]++;
        plan.budgetLeft -= delta;
        swapped = true;
        break;
      }
      if (!swapped) break;
    }
  }
  fill(p, plan, order);
}

function greedyPlan(p: Prepared): Plan {
  const order = p.free.map((_, i) => i).sort((a, b) => byValueForMoney(p.free[a], p.free[b]));
  const plan: Plan = { x: p.free.map(() => 0), budgetLeft: p.budgetBig, countLeft: p.countLeft };
  fill(p, plan, order);
  upgrade(p, plan, order);
  return plan;
}

function objectiveOf(p: Prepared, x: readonly number[]): number {
  return p.free.reduce((sum, line, i) => sum + line.weight * x[i], p.pinnedObjective);
}

function resultOf(
  p: Prepared,
  x: readonly number[],
  extra: Pick<OptimiserResult, 'method' | 'status' | 'greedyObjective' | 'repaired' | 'solverError'>,
  started: number,
): OptimiserResult {
  const quantities: Record<string, number> = {};
  for (const id of p.lineIds) quantities[id] = p.pinned.get(id) ?? 0;
  let costBig = p.pinnedCostBig;
  let count = p.pinnedCount;
  p.free.forEach((line, i) => {
    quantities[line.id] = x[i];
    costBig += line.costBig * BigInt(x[i]);
    count += x[i];
  });
  const result: OptimiserResult = {
    quantities,
    objective: objectiveOf(p, x),
    cost: p.scale.toNumber(costBig),
    count,
    method: extra.method,
    status: extra.status,
    greedyObjective: extra.greedyObjective,
    ms: performance.now() - started,
    budgetLeft: p.scale.toNumber(p.scale.toBig(p.budget) - costBig),
    countLeft: p.maxCount - count,
  };
  if (extra.repaired !== undefined) result.repaired = extra.repaired;
  if (extra.solverError !== undefined) result.solverError = extra.solverError;
  return result;
}

/**
 * The greedy plan alone (synchronous): free lines by weight per cost (then weight, then id), each taking as many
 * units as the budget and count left allow; then a second pass spends leftover budget on swaps towards heavier lines.
 * Throws CalcInputError like optimiseFormation.
 */
export function greedyFormation(input: Omit<OptimiserInput, 'timeLimitSeconds'>): OptimiserResult {
  const started = performance.now();
  const p = prepare(input);
  const plan = greedyPlan(p);
  const greedyObjective = objectiveOf(p, plan.x);
  return resultOf(p, plan.x, { method: 'greedy', status: p.free.length === 0 ? 'empty' : 'greedy', greedyObjective }, started);
}

// ---------------------------------------------------------------------------------------------------------------
// HiGHS.

// The package's types describe its CommonJS build (`exports.default`); under ESM the default export is the loader.
const highsLoader = (typeof highsModule === 'function' ? highsModule : (highsModule as { default: unknown }).default) as (typeof highsModule)['default'];
let highsPromise: Promise<Highs> | null = null;

/** Loads the HiGHS WebAssembly runtime once; a failed load is retried next time. */
function loadHighs(): Promise<Highs> {
  highsPromise ??= highsLoader().catch((error: unknown) => {
    highsPromise = null;
    throw error;
  });
  return highsPromise;
}

/** A number as LP text (JavaScript's shortest round-trip form; HiGHS reads exponents). */
function lpNumber(x: number): string {
  return String(x);
}

/**
 * The MIP in CPLEX LP format. The cost row is scaled by a power of ten so its coefficients are at most about 10^4–10^5
 * (costs of tens of millions of rupiah would otherwise dwarf the count row), which HiGHS handles better.
 */
function lpText(p: Prepared): string {
  const maxCost = Math.max(0, ...p.free.map((l) => l.cost));
  const costScale = maxCost > 0 ? 10 ** Math.max(0, Math.floor(Math.log10(maxCost)) - 4) : 1;
  const budget = p.scale.toNumber(p.budgetBig) / costScale;
  const out: string[] = ['Maximize', ' obj:'];
  p.free.forEach((l, i) => out.push(`  ${i === 0 ? '' : '+ '}${lpNumber(l.weight)} x${i}`));
  out.push('Subject To');
  const costed = p.free.map((l, i) => ({ l, i })).filter(({ l }) => l.costBig > 0n);
  if (costed.length > 0) {
    out.push(' budget:');
    costed.forEach(({ l, i }, k) => out.push(`  ${k === 0 ? '' : '+ '}${lpNumber(l.cost / costScale)} x${i}`));
    out.push(`  <= ${lpNumber(budget)}`);
  }
  out.push(' count:');
  p.free.forEach((_, i) => out.push(`  ${i === 0 ? '' : '+ '}x${i}`));
  out.push(`  <= ${p.countLeft}`);
  out.push('Bounds');
  p.free.forEach((l, i) => out.push(` 0 <= x${i} <= ${l.upper}`));
  out.push('Generals');
  p.free.forEach((_, i) => out.push(` x${i}`));
  out.push('End');
  return out.join('\n');
}

/** HiGHS's integer solution (rounded and clamped to the bounds), or null when it has none. */
function solveMip(highs: Highs, p: Prepared, timeLimitSeconds: number): { x: number[]; status: 'optimal' | 'time_limit' } | null {
  const solution = highs.solve(lpText(p), { output_flag: false, log_to_console: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 0 });
  const status = solution.Status === 'Optimal' ? 'optimal' : solution.Status === 'Time limit reached' ? 'time_limit' : null;
  if (status === null) return null;
  const x: number[] = [];
  for (let i = 0; i < p.free.length; i++) {
    const column = solution.Columns[`x${i}`] as { Primal?: number } | undefined;
    if (column?.Primal === undefined || !Number.isFinite(column.Primal)) return null;
    x.push(Math.min(p.free[i].upper, Math.max(0, Math.round(column.Primal))));
  }
  return { x, status };
}

/**
 * Makes a plan feasible in exact arithmetic: drops units from the lines with the least weight per cost (then the
 * least weight) while the count or the budget is exceeded, then fills any room left greedily.
 * Returns whether anything had to be dropped.
 */
function repair(p: Prepared, plan: Plan): boolean {
  const worstFirst = p.free.map((_, i) => i).sort((a, b) => byValueForMoney(p.free[b], p.free[a]));
  let dropped = false;
  for (const i of worstFirst) {
    while (plan.x[i] > 0 && (plan.countLeft < 0 || plan.budgetLeft < 0n)) {
      plan.x[i]--;
      plan.countLeft++;
      plan.budgetLeft += p.free[i].costBig;
      dropped = true;
    }
  }
  if (dropped) fill(p, plan, [...worstFirst].reverse());
  return dropped;
}

/**
 * The best formation plan: HiGHS (exact, gap 0, within `timeLimitSeconds`), verified and if need be repaired in
 * exact arithmetic, compared with the greedy plan; the better one is returned (HiGHS on a tie).
 * Throws CalcInputError: `budgetCeiling` (≤ 0), `maxFormations` (not a whole number ≥ 1), `lines` (bad or duplicate
 * line), `pins` (a pin above its max, not whole, on an excluded line, or pins alone over the budget or count),
 * `timeLimitSeconds` (≤ 0).
 */
export async function optimiseFormation(input: OptimiserInput): Promise<OptimiserResult> {
  const started = performance.now();
  const timeLimitSeconds = input.timeLimitSeconds ?? 1.5;
  if (!Number.isFinite(timeLimitSeconds) || timeLimitSeconds <= 0) throw new CalcInputError('timeLimitSeconds', `the time limit must be positive (got ${timeLimitSeconds})`);
  const p = prepare(input);
  const greedy = greedyPlan(p);
  const greedyObjective = objectiveOf(p, greedy.x);
  if (p.free.length === 0) return resultOf(p, greedy.x, { method: 'greedy', status: 'empty', greedyObjective }, started);

  let solved: { x: number[]; status: 'optimal' | 'time_limit' } | null;
  try {
    solved = solveMip(await loadHighs(), p, timeLimitSeconds);
  } catch (error) {
    const solverError = error instanceof Error ? error.message : String(error);
    return resultOf(p, greedy.x, { method: 'greedy', status: 'greedy', greedyObjective, solverError }, started);
  }
  if (solved === null) return resultOf(p, greedy.x, { method: 'greedy', status: 'greedy', greedyObjective, solverError: 'HiGHS returned no solution' }, started);

  const plan: Plan = {
    x: solved.x,
    budgetLeft: p.free.reduce((left, l, i) => left - l.costBig * BigInt(solved.x[i]), p.budgetBig),
    countLeft: p.countLeft - solved.x.reduce((sum, q) => sum + q, 0),
  };
  const repaired = repair(p, plan);
  if (objectiveOf(p, plan.x) >= greedyObjective) return resultOf(p, plan.x, { method: 'highs', status: solved.status, greedyObjective, repaired }, started);
  return resultOf(p, greedy.x, { method: 'greedy', status: 'greedy', greedyObjective }, started);
}
