/**
 * Training recommendations and unit development plans: pure functions, no Nest, no database.
 *
 * Shortfall of an employee on a competency = required level (position standard) − latest valid assessed level, ≥ 0.
 * A competency never assessed has no shortfall here: its level is unknown (the Job-Person Match leaves it out too),
 * and spending a budget on a gap nobody measured would be a guess. Callers list those competencies separately so an
 * assessment can be proposed first.
 *
 * Gap closed by a program for a person = Σ over the program's `raises` of min(levels raised, the person's shortfall
 * on that competency), i.e. in levels of the standard, never more than the shortfall.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import { optimiseFormation } from '../../needs/calc/optimiser.js';

export interface ProgramRaise {
  competencyId: string;
  levels: number;
}

export interface DevelopmentProgram {
  id: string;
  code: string;
  /** Cost per participant in rupiah (≥ 0). */
  cost: number;
  /** Lesson hours (JP, > 0 in practice). */
  jp: number;
  raises: readonly ProgramRaise[];
  prerequisiteIds: readonly string[];
}

/** Shortfall per competency id (only positive values matter). */
export type Shortfalls = ReadonlyMap<string, number>;

export interface GapContribution {
  competencyId: string;
  shortfall: number;
  raised: number;
  closed: number;
}

export interface GapClosed {
  total: number;
  items: GapContribution[];
}

/** The gap a program closes for one person (contributions only where something is closed). */
export function gapClosed(raises: readonly ProgramRaise[], shortfalls: Shortfalls): GapClosed {
  const items: GapContribution[] = [];
  const seen = new Set<string>();
  for (const r of raises) {
    if (seen.has(r.competencyId)) continue;
    seen.add(r.competencyId);
    const shortfall = Math.max(0, shortfalls.get(r.competencyId) ?? 0);
    const closed = Math.max(0, Math.min(r.levels, shortfall));
    if (closed > 0) items.push({ competencyId: r.competencyId, shortfall, raised: r.levels, closed });
  }
  return { total: items.reduce((s, i) => s + i.closed, 0), items };
}

export type Eligibility = { eligible: true } | { eligible: false; reason: 'completed' | 'prerequisites'; missing: string[] };

/** Whether a person may take a program: not completed already, and every prerequisite completed. */
export function eligibility(program: DevelopmentProgram, completed: ReadonlySet<string>): Eligibility {
  if (completed.has(program.id)) return { eligible: false, reason: 'completed', missing: [] };
  const missing = program.prerequisiteIds.filter((id) => !completed.has(id));
  return missing.length ? { eligible: false, reason: 'prerequisites', missing } : { eligible: true };
}

export interface Ranked<T> {
  item: T;
  gapClosed: number;
  /** Levels closed per million rupiah; null when the program is free. */
  perMillion: number | null;
  /** Levels closed per JP; null when the program has no JP. */
  perJp: number | null;
}

/**
 * Ranks programs for one person: gap closed per cost first (free programs ahead of paid ones, since they cost
 * nothing), then gap closed per JP (less time away from work), then the larger gap closed, then the code.
 * Programs closing nothing come last, cheapest and shortest first.
 */
export function rankPrograms<T extends { program: DevelopmentProgram; gapClosed: number }>(list: readonly T[]): Ranked<T>[] {
  const ranked = list.map((item) => ({
    item,
    gapClosed: item.gapClosed,
    perMillion: item.program.cost > 0 ? (item.gapClosed * 1_000_000) / item.program.cost : null,
    perJp: item.program.jp > 0 ? item.gapClosed / item.program.jp : null,
  }));
  const perCost = (r: Ranked<T>) => (r.gapClosed <= 0 ? 0 : (r.perMillion ?? Number.POSITIVE_INFINITY));
  const perJp = (r: Ranked<T>) => (r.gapClosed <= 0 ? 0 : (r.perJp ?? Number.POSITIVE_INFINITY));
  return ranked.sort((a, b) => {
    if (a.gapClosed > 0 !== b.gapClosed > 0) return a.gapClosed > 0 ? -1 : 1;
    if (a.gapClosed <= 0) return a.item.program.cost - b.item.program.cost || a.item.program.jp - b.item.program.jp || cmp(a.item.program.code, b.item.program.code);
    return perCost(b) - perCost(a) || perJp(b) - perJp(a) || b.gapClosed - a.gapClosed || cmp(a.item.program.code, b.item.program.code);
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ─────────────────────────────────────────── development plan ───────────────────────────────────────────

export interface PlanPerson {
  employeeId: string;
  shortfalls: Shortfalls;
  /** Programs this person has completed (prerequisites, and programs not to repeat). */
  completed: ReadonlySet<string>;
}

export interface PlanInput {
  programs: readonly DevelopmentProgram[];
  people: readonly PlanPerson[];
  /** Rupiah, > 0. */
  budget: number;
  /** HiGHS time limit (default 1.5 s). */
  timeLimitSeconds?: number;
  /** Largest instance (candidate pairs) solved with the exact model (default EXACT_MODEL_MAX_PAIRS). */
  exactMaxPairs?: number;
}

/** One person sent to one program, with what it closes given the other choices for that person. */
export interface PlanAssignment {
  programId: string;
  employeeId: string;
  /** Cost in sen (rupiah × 100), exact. */
  costSen: number;
  gapClosed: number;
  items: GapContribution[];
}

export interface PlanSelection {
  assignments: PlanAssignment[];
  /** Σ gap closed (levels), counting each person's shortfall once however many programs address it. */
  gapClosed: number;
  /** Rupiah. */
  cost: number;
  budget: number;
  method: 'highs' | 'greedy';
  /** Gap closed by the marginal greedy alone, for comparison (the plan is never below it). */
  greedyGapClosed: number;
  /** Person-program pairs that could close some gap. */
  candidates: number;
}

interface Pair {
  programIndex: number;
  personIndex: number;
  costSen: number;
  /** Gap closed on the person's full shortfall (an upper bound of its marginal value). */
  gain: number;
}

const toSen = (rupiah: number) => Math.round(rupiah * 100);

/** Candidate pairs: eligible person × program with some gap closed. */
function candidatePairs(input: PlanInput): Pair[] {
  const pairs: Pair[] = [];
  input.people.forEach((person, personIndex) => {
    input.programs.forEach((program, programIndex) => {
      if (!eligibility(program, person.completed).eligible) return;
      const gain = gapClosed(program.raises, person.shortfalls).total;
      if (gain > 0) pairs.push({ programIndex, personIndex, costSen: toSen(program.cost), gain });
    });
  });
  return pairs;
}

/** Mutable state: what is left of each person's shortfalls and of the budget, and the assignments made. */
class PlanState {
  readonly residual: Map<string, number>[];
  budgetLeft: number;
  readonly taken = new Set<string>();
  readonly assignments: PlanAssignment[] = [];
  gapClosed = 0;

  constructor(
    private readonly input: PlanInput,
    budgetSen: number,
  ) {
    this.residual = input.people.map((p) => new Map(p.shortfalls));
    this.budgetLeft = budgetSen;
  }

  key(p: Pair): string {
    return `${p.programIndex}|${p.personIndex}`;
  }

  marginal(p: Pair): GapClosed {
    return gapClosed(this.input.programs[p.programIndex].raises, this.residual[p.personIndex]);
  }

  /** Takes a pair when it fits and still closes something; returns whether it did. */
  take(p: Pair): boolean {
    if (this.taken.has(this.key(p)) || p.costSen > this.budgetLeft) return false;
    const m = this.marginal(p);
    if (m.total <= 0) return false;
    const residual = this.residual[p.personIndex];
    for (const i of m.items) residual.set(i.competencyId, (residual.get(i.competencyId) ?? 0) - i.closed);
    this.taken.add(this.key(p));
    this.budgetLeft -= p.costSen;
    this.gapClosed += m.total;
    this.assignments.push({
      programId: this.input.programs[p.programIndex].id,
      employeeId: this.input.people[p.personIndex].employeeId,
      costSen: p.costSen,
      gapClosed: m.total,
      items: m.items,
    });
    return true;
  }
}

/** Value for money of a gain at a cost: free pairs first. */
const ratio = (gain: number, costSen: number) => (costSen === 0 ? Number.POSITIVE_INFINITY : gain / costSen);

function pairOrder(input: PlanInput) {
  return (a: { pair: Pair; gain: number }, b: { pair: Pair; gain: number }) =>
    ratio(b.gain, b.pair.costSen) - ratio(a.gain, a.pair.costSen) ||
    b.gain - a.gain ||
    cmp(input.programs[a.pair.programIndex].code, input.programs[b.pair.programIndex].code) ||
    cmp(input.people[a.pair.personIndex].employeeId, input.people[b.pair.personIndex].employeeId);
}

/**
 * Lazy marginal greedy: repeatedly the pair with the best marginal gap closed per cost that still fits. A pair's
 * marginal value only falls as the person's other programs are chosen, so a stale key is re-evaluated and put back.
 */
function greedyFill(input: PlanInput, state: PlanState, pairs: readonly Pair[]): void {
  const order = pairOrder(input);
  const heap = new Heap<{ pair: Pair; gain: number }>((a, b) => order(a, b) < 0);
  for (const pair of pairs) if (!state.taken.has(state.key(pair)) && pair.costSen <= state.budgetLeft) heap.push({ pair, gain: state.marginal(pair).total });
  for (let top = heap.pop(); top; top = heap.pop()) {
    if (top.pair.costSen > state.budgetLeft || top.gain <= 0) continue;
    const now = state.marginal(top.pair).total;
    if (now < top.gain) {
      if (now > 0) heap.push({ pair: top.pair, gain: now });
      continue;
    }
    state.take(top.pair);
  }
}

/** The marginal greedy plan alone. */
export function greedyPlan(input: PlanInput): PlanSelection {
  validate(input);
  const pairs = candidatePairs(input);
  const state = new PlanState(input, toSen(input.budget));
  greedyFill(input, state, pairs);
  return selection(input, state, 'greedy', state.gapClosed, pairs.length);
}

function validate(input: PlanInput): void {
  if (!Number.isFinite(input.budget) || input.budget <= 0) throw new RangeError('budget must be a positive amount');
  for (const p of input.programs) if (!Number.isFinite(p.cost) || p.cost < 0) throw new RangeError(`program ${p.code}: cost must be ≥ 0`);
}

/**
 * Above this many candidate pairs the exact model gives way to the grouped one (see selectPlan). Measured here: HiGHS
 * (WebAssembly) reading and solving the exact model takes about 1–3 s at 1,000–4,000 pairs but 13–15 s at 19,000, well
 * past its time limit, while the grouped model stays under 3 s at 80,000 pairs (6,000 people × 25 programs).
 */
export const EXACT_MODEL_MAX_PAIRS = 3_000;

/**
 * The development plan: which people go to which program so that the most gap is closed within the budget.
 * A plan is a set of (program, person) pairs; a line of the stored plan is one program with the people chosen for it.
 *
 * Exact model (up to EXACT_MODEL_MAX_PAIRS pairs), solved with HiGHS:
 *
 *   maximise Σ_{person, competency} y        (levels of shortfall closed, each counted once)
 *   subject to y ≤ shortfall,  y ≤ Σ_{pairs of the person raising it} min(levels, shortfall) × x_pair,
 *              Σ cost_pair × x_pair ≤ budget,  x binary.
 *
 * Above that size the formation optimiser is reused on a grouped model (one line per program and gap value, quantity =
 * people sent, weight = gap closed, cost = cost per participant), which counts a person's overlapping programs twice.
 * Either way the choice is replayed in exact integer arithmetic (sen) against each person's remaining shortfall: a
 * pair that closes nothing more is dropped, a pair that no longer fits is skipped, and the money left is filled by the
 * marginal greedy. The result is compared with the marginal greedy plan alone and the better one kept, so the plan
 * never exceeds the budget and is never worse than greedy.
 */
export async function selectPlan(input: PlanInput): Promise<PlanSelection> {
  validate(input);
  const budgetSen = toSen(input.budget);
  const pairs = candidatePairs(input);
  const timeLimitSeconds = input.timeLimitSeconds ?? 1.5;

  const greedyState = new PlanState(input, budgetSen);
  greedyFill(input, greedyState, pairs);
  if (!pairs.length) return selection(input, greedyState, 'greedy', greedyState.gapClosed, 0);

  let chosen: Pair[] | null;
  try {
    chosen =
      pairs.length <= (input.exactMaxPairs ?? EXACT_MODEL_MAX_PAIRS)
        ? await exactChoice(input, pairs, budgetSen, timeLimitSeconds)
        : await groupedChoice(input, pairs, budgetSen, timeLimitSeconds);
  } catch {
    chosen = null;
  }
  if (!chosen) return selection(input, greedyState, 'greedy', greedyState.gapClosed, pairs.length);

  const order = pairOrder(input);
  chosen.sort((a, b) => order({ pair: a, gain: a.gain }, { pair: b, gain: b.gain }));
  const state = new PlanState(input, budgetSen);
  for (const pair of chosen) state.take(pair);
  greedyFill(input, state, pairs);

  if (state.gapClosed >= greedyState.gapClosed) return selection(input, state, 'highs', greedyState.gapClosed, pairs.length);
  return selection(input, greedyState, 'greedy', greedyState.gapClosed, pairs.length);
}

// The package's types describe its CommonJS build (`exports.default`); under ESM the default export is the loader.
const highsLoader = (typeof highsModule === 'function' ? highsModule : (highsModule as { default: unknown }).default) as (typeof highsModule)['default'];
let highsPromise: Promise<Highs> | null = null;

function loadHighs(): Promise<Highs> {
  highsPromise ??= highsLoader().catch((error: unknown) => {
    highsPromise = null;
    throw error;
  });
  return highsPromise;
}

/** The exact MIP (see selectPlan); null when HiGHS has no solution. */
async function exactChoice(input: PlanInput, pairs: readonly Pair[], budgetSen: number, timeLimitSeconds: number): Promise<Pair[] | null> {
  // rows: (person, competency) with a shortfall some pair addresses
  const rows = new Map<string, { shortfall: number; terms: { j: number; coef: number }[] }>();
  pairs.forEach((pair, j) => {
    const person = input.people[pair.personIndex];
    for (const item of gapClosed(input.programs[pair.programIndex].raises, person.shortfalls).items) {
      const key = `${pair.personIndex}|${item.competencyId}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { shortfall: item.shortfall, terms: [] }));
      row.terms.push({ j, coef: item.closed });
    }
  });
  const maxCost = Math.max(0, ...pairs.map((p) => p.costSen));
  const costScale = maxCost > 0 ? 10 ** Math.max(0, Math.floor(Math.log10(maxCost)) - 4) : 1;
  const ys = [...rows.values()];
  const out: string[] = ['Maximize', ' obj:'];
  ys.forEach((_, i) => out.push(`  ${i === 0 ? '' : '+ '}y${i}`));
  out.push('Subject To');
  ys.forEach((row, i) => {
    out.push(` r${i}: y${i}`);
    for (const t of row.terms) out.push(`  - ${t.coef} x${t.j}`);
    out.push('  <= 0');
  });
  const costed = pairs.map((p, j) => ({ p, j })).filter(({ p }) => p.costSen > 0);
  if (costed.length) {
    out.push(' budget:');
    costed.forEach(({ p, j }, k) => out.push(`  ${k === 0 ? '' : '+ '}${String(p.costSen / costScale)} x${j}`));
    out.push(`  <= ${String(budgetSen / costScale)}`);
  }
  out.push('Bounds');
  ys.forEach((row, i) => out.push(` 0 <= y${i} <= ${row.shortfall}`));
  out.push('Binaries');
  pairs.forEach((_, j) => out.push(` x${j}`));
  out.push('End');
  const highs = await loadHighs();
  const solution = highs.solve(out.join('\n'), { output_flag: false, log_to_console: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 0 });
  if (solution.Status !== 'Optimal' && solution.Status !== 'Time limit reached') return null;
  const chosen: Pair[] = [];
  pairs.forEach((pair, j) => {
    const column = solution.Columns[`x${j}`] as { Primal?: number } | undefined;
    if (column?.Primal !== undefined && Math.round(column.Primal) === 1) chosen.push(pair);
  });
  return chosen;
}

/** The grouped model on the formation optimiser (large instances; see selectPlan). */
async function groupedChoice(input: PlanInput, pairs: readonly Pair[], budgetSen: number, timeLimitSeconds: number): Promise<Pair[]> {
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const id = `${pair.programIndex}|${pair.gain}`;
    const g = groups.get(id);
    if (g) g.push(pair);
    else groups.set(id, [pair]);
  }
  const lines = [...groups.entries()].map(([id, g]) => ({ id, weight: g[0].gain, cost: g[0].costSen, max: g.length }));
  const result = await optimiseFormation({ lines, budget: budgetSen, maxCount: pairs.length, timeLimitSeconds });
  const chosen: Pair[] = [];
  for (const [id, g] of groups) {
    const q = result.quantities[id] ?? 0;
    // within a group, people in id order (deterministic); overlaps are resolved by the replay
    if (q) chosen.push(...[...g].sort((a, b) => cmp(input.people[a.personIndex].employeeId, input.people[b.personIndex].employeeId)).slice(0, q));
  }
  return chosen;
}

/**
 * Evaluates a plan edited by hand: each (program, person) in the given order, against the person's remaining
 * shortfall (so overlaps count once). No budget check here (the caller decides); ineligible pairs are reported.
 */
export function evaluatePlan(
  input: Omit<PlanInput, 'budget'>,
  lines: readonly { programId: string; employeeIds: readonly string[] }[],
): { assignments: PlanAssignment[]; gapClosed: number; costSen: number; ineligible: { programId: string; employeeId: string; reason: string }[] } {
  const state = new PlanState({ ...input, budget: Number.MAX_SAFE_INTEGER }, Number.MAX_SAFE_INTEGER);
  const programIndex = new Map(input.programs.map((p, i) => [p.id, i]));
  const personIndex = new Map(input.people.map((p, i) => [p.employeeId, i]));
  const ineligible: { programId: string; employeeId: string; reason: string }[] = [];
  const assignments: PlanAssignment[] = [];
  for (const line of lines) {
    const pi = programIndex.get(line.programId);
    if (pi === undefined) continue;
    const program = input.programs[pi];
    for (const employeeId of line.employeeIds) {
      const qi = personIndex.get(employeeId);
      if (qi === undefined) continue;
      const e = eligibility(program, input.people[qi].completed);
      if (!e.eligible) ineligible.push({ programId: line.programId, employeeId, reason: e.reason });
      const pair: Pair = { programIndex: pi, personIndex: qi, costSen: toSen(program.cost), gain: 0 };
      // a hand-picked participant stays in the plan even when they close nothing (the planner may have reasons)
      const m = state.marginal(pair);
      if (m.total > 0) state.take(pair);
      else assignments.push({ programId: program.id, employeeId, costSen: pair.costSen, gapClosed: 0, items: [] });
    }
  }
  const all = [...state.assignments, ...assignments];
  return { assignments: all, gapClosed: state.gapClosed, costSen: all.reduce((s, a) => s + a.costSen, 0), ineligible };
}

function selection(input: PlanInput, state: PlanState, method: 'highs' | 'greedy', greedyGapClosed: number, candidates: number): PlanSelection {
  const costSen = state.assignments.reduce((s, a) => s + a.costSen, 0);
  return { assignments: state.assignments, gapClosed: state.gapClosed, cost: costSen / 100, budget: input.budget, method, greedyGapClosed, candidates };
}

// ─────────────────────────────────────────── helpers ───────────────────────────────────────────

/** A binary heap; `before(a, b)` is true when a comes out first. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  push(x: T): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    if (!a.length) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l], a[m])) m = l;
        if (r < a.length && this.before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Masks a name for public pages: the first letter of each word, the rest as stars (`Siti Rahayu` → `S*** R*****`). */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const chars = [...w];
      return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
    })
    .join(' ');
}

/** Summarises an assignment set per program: participants, cost (rupiah), gap closed and per-competency levels. */
export function linesByProgram(assignments: readonly PlanAssignment[]): {
  programId: string;
  employeeIds: string[];
  costSen: number;
  gapClosed: number;
  competencies: { competencyId: string; levelsClosed: number; people: number }[];
}[] {
  const by = new Map<string, { employeeIds: string[]; costSen: number; gapClosed: number; comp: Map<string, { levels: number; people: number }> }>();
  for (const a of assignments) {
    let l = by.get(a.programId);
    if (!l) by.set(a.programId, (l = { employeeIds: [], costSen: 0, gapClosed: 0, comp: new Map() }));
    l.employeeIds.push(a.employeeId);
    l.costSen += a.costSen;
    l.gapClosed += a.gapClosed;
    for (const i of a.items) {
      const c = l.comp.get(i.competencyId) ?? { levels: 0, people: 0 };
      c.levels += i.closed;
      c.people += 1;
      l.comp.set(i.competencyId, c);
    }
  }
  return [...by.entries()]
    .map(([programId, l]) => ({
      programId,
      employeeIds: [...l.employeeIds].sort(),
      costSen: l.costSen,
      gapClosed: l.gapClosed,
      competencies: [...l.comp.entries()].map(([competencyId, c]) => ({ competencyId, levelsClosed: c.levels, people: c.people })).sort((a, b) => b.levelsClosed - a.levelsClosed),
    }))
    .sort((a, b) => b.gapClosed - a.gapClosed || cmp(a.programId, b.programId));
}
