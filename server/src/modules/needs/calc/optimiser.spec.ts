import fc from 'fast-check';
import { CalcInputError } from './errors.js';
import { greedyFormation, OptimiserLine, OptimiserResult, optimiseFormation } from './optimiser.js';

async function thrownField(f: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await f();
  } catch (e) {
    if (e instanceof CalcInputError) return e.field;
    throw e;
  }
  return undefined;
}

/** Σ weight × q, Σ cost × q, Σ q of a result, recomputed from the lines. */
function totals(lines: readonly OptimiserLine[], r: OptimiserResult): { objective: number; cost: number; count: number } {
  let objective = 0;
  let cost = 0;
  let count = 0;
  for (const l of lines) {
    const q = r.quantities[l.id];
    objective += l.weight * q;
    cost += l.cost * q;
    count += q;
  }
  return { objective, cost, count };
}

/** Checks every constraint of the problem on a result (costs are whole numbers here, so double sums are exact). */
function expectFeasible(lines: readonly OptimiserLine[], budget: number, maxCount: number, r: OptimiserResult): void {
  const t = totals(lines, r);
  expect(Object.keys(r.quantities).sort()).toEqual(lines.map((l) => l.id).sort());
  for (const l of lines) {
    const q = r.quantities[l.id];
    expect(Number.isInteger(q)).toBe(true);
    expect(q).toBeGreaterThanOrEqual(0);
    expect(q).toBeLessThanOrEqual(l.max);
    if (l.pinned !== null && l.pinned !== undefined) expect(q).toBe(l.pinned);
    if (l.excluded) expect(q).toBe(0);
  }
  expect(t.cost).toBeLessThanOrEqual(budget);
  expect(t.count).toBeLessThanOrEqual(maxCount);
  expect(r.cost).toBe(t.cost);
  expect(r.count).toBe(t.count);
  expect(r.objective).toBeCloseTo(t.objective, 9);
  expect(r.budgetLeft).toBe(budget - t.cost);
  expect(r.countLeft).toBe(maxCount - t.count);
}

/** The optimum by enumerating every quantity vector. */
function bruteForce(lines: readonly OptimiserLine[], budget: number, maxCount: number): number {
  let best = Number.NEGATIVE_INFINITY;
  const q = lines.map(() => 0);
  const visit = (i: number, cost: number, count: number, objective: number): void => {
    if (cost > budget || count > maxCount) return;
    if (i === lines.length) {
      best = Math.max(best, objective);
      return;
    }
    const l = lines[i];
    const options = l.excluded ? [0] : l.pinned !== null && l.pinned !== undefined ? [l.pinned] : Array.from({ length: l.max + 1 }, (_, k) => k);
    for (const k of options) {
      q[i] = k;
      visit(i + 1, cost + k * l.cost, count + k, objective + k * l.weight);
    }
  };
  visit(0, 0, 0, 0);
  return best;
}

/**
 * Random instances whose pins always fit the budget and the count. Unbiased (fast-check otherwise favours extreme
 * values, which makes most instances trivial); weights and shares are drawn as integers and scaled. The properties
 * using them end on the first failure (`endOnFailure`): shrinking through solver calls would take minutes.
 */
function instance(minLines: number, maxLines: number, maxMax: number) {
  const share = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);
  return fc
    .noBias(
      fc.record({
        lines: fc.array(
          fc.record({
            weight: fc.integer({ min: 0, max: 500000 }).map((k) => k / 100000),
            cost: fc.integer({ min: 0, max: 1000 }),
            max: fc.integer({ min: 0, max: maxMax }),
            // About one line in five pinned, one in eight excluded.
            pin: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: share, weight: 1 }),
            excluded: fc.integer({ min: 0, max: 7 }).map((k) => k === 0),
          }),
          { minLength: minLines, maxLength: maxLines },
        ),
        costUnit: fc.constantFrom(1, 1000, 100000),
        budgetShare: share,
        countShare: share,
      }),
    )
    .map(({ lines: raw, costUnit, budgetShare, countShare }) => {
      const lines: OptimiserLine[] = raw.map((l, i) => {
        const pinned = l.pin === null || l.excluded ? null : Math.floor(l.pin * l.max);
        return { id: `L${i}`, weight: l.weight, cost: l.cost * costUnit, max: l.max, pinned, excluded: l.excluded };
      });
      const pinnedCost = lines.reduce((s, l) => s + (l.pinned ?? 0) * l.cost, 0);
      const pinnedCount = lines.reduce((s, l) => s + (l.pinned ?? 0), 0);
      const totalCost = lines.reduce((s, l) => s + l.max * l.cost, 0);
      const totalMax = lines.reduce((s, l) => s + l.max, 0);
      // Shares of what is not pinned, so the budget and the count bind in some instances and not in others.
      const budget = pinnedCost + Math.round(budgetShare * (totalCost - pinnedCost)) + 1;
      const maxCount = pinnedCount + Math.round(countShare * (totalMax - pinnedCount)) + 1;
      return { lines, budget, maxCount };
    });
}

/** Deterministic pseudo-random numbers (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('optimiseFormation', () => {
  it('should find the optimum where greedy by weight per cost misses it', async () => {
    const lines: OptimiserLine[] = [
      { id: 'a', weight: 10, cost: 6, max: 1 },
      { id: 'b', weight: 7, cost: 5, max: 1 },
      { id: 'c', weight: 7, cost: 5, max: 1 },
    ];
    const r = await optimiseFormation({ lines, budget: 10, maxCount: 5 });
    expect(r).toMatchObject({
      quantities: { a: 0, b: 1, c: 1 },
      objective: 14,
      cost: 10,
      count: 2,
      method: 'highs',
      status: 'optimal',
      greedyObjective: 10,
      budgetLeft: 0,
      countLeft: 3,
    });
    expect(r.repaired).toBe(false);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(greedyFormation({ lines, budget: 10, maxCount: 5 })).toMatchObject({ quantities: { a: 1, b: 0, c: 0 }, objective: 10, method: 'greedy', status: 'greedy' });
  });

  it('should respect the count as well as the budget, with rupiah-sized costs', async () => {
    const lines: OptimiserLine[] = [
      { id: 'perawat', weight: 4.5, cost: 47049772, max: 6 },
      { id: 'guru', weight: 4.2, cost: 51128120, max: 10 },
      { id: 'staf', weight: 0.9, cost: 38300000, max: 20 },
    ];
    const r = await optimiseFormation({ lines, budget: 1e9, maxCount: 12 });
    expectFeasible(lines, 1e9, 12, r);
    expect(r.quantities).toEqual({ perawat: 6, guru: 6, staf: 0 });
    expect(r.objective).toBeCloseTo(6 * 4.5 + 6 * 4.2, 12);
  });

  it('should keep pins fixed, excluded lines at 0 and lines without weight out', async () => {
    const lines: OptimiserLine[] = [
      { id: 'pinned', weight: 0.1, cost: 50, max: 4, pinned: 3 },
      { id: 'pinnedZero', weight: 9, cost: 1, max: 4, pinned: 0 },
      { id: 'excluded', weight: 9, cost: 1, max: 4, excluded: true },
      { id: 'worthless', weight: 0, cost: 0, max: 4 },
      { id: 'free', weight: 1, cost: 10, max: 10 },
    ];
    const r = await optimiseFormation({ lines, budget: 200, maxCount: 8 });
    expectFeasible(lines, 200, 8, r);
    expect(r.quantities).toEqual({ pinned: 3, pinnedZero: 0, excluded: 0, worthless: 0, free: 5 });
  });

  it('should take free (zero-cost) lines up to the count', async () => {
    const lines: OptimiserLine[] = [
      { id: 'free', weight: 1, cost: 0, max: 3 },
      { id: 'paid', weight: 2, cost: 5, max: 3 },
    ];
    const r = await optimiseFormation({ lines, budget: 10, maxCount: 4 });
    expect(r.quantities).toEqual({ free: 2, paid: 2 });
    expect(greedyFormation({ lines, budget: 10, maxCount: 4 }).objective).toBe(6);
  });

  it('should report an empty problem when nothing is left to decide', async () => {
    const lines: OptimiserLine[] = [
      { id: 'x', weight: 1, cost: 10, max: 2, excluded: true },
      { id: 'y', weight: 1, cost: 10, max: 2, pinned: 1 },
      { id: 'z', weight: 1, cost: 500, max: 2 },
    ];
    const r = await optimiseFormation({ lines, budget: 100, maxCount: 3 });
    expect(r).toMatchObject({
      quantities: { x: 0, y: 1, z: 0 },
      objective: 1,
      cost: 10,
      count: 1,
      method: 'greedy',
      status: 'empty',
      greedyObjective: 1,
      budgetLeft: 90,
      countLeft: 2,
    });
    expect((await optimiseFormation({ lines: [], budget: 1, maxCount: 1 })).status).toBe('empty');
  });

  it('should allow the whole part of a fractional max (a shortage after attrition)', async () => {
    const r = await optimiseFormation({ lines: [{ id: 'a', weight: 1, cost: 1, max: 2.7 }], budget: 100, maxCount: 10 });
    expect(r.quantities.a).toBe(2);
  });

  it('should verify in exact arithmetic and repair what a solver tolerance let through', async () => {
    // In binary, 0.1 + 0.2 > 0.3: taking a and b overshoots the budget by 5.6e-17, within HiGHS's tolerance.
    const lines: OptimiserLine[] = [
      { id: 'a', weight: 1, cost: 0.1, max: 3 },
      { id: 'b', weight: 1.5, cost: 0.2, max: 1 },
    ];
    const r = await optimiseFormation({ lines, budget: 0.3, maxCount: 5 });
    expect(r.quantities).toEqual({ a: 2, b: 0 });
    expect(r.objective).toBe(2);
    expect(r.budgetLeft).toBeGreaterThan(0);
    expect(r.method === 'greedy' || r.repaired === true).toBe(true);
  });

  it('should spend leftover budget in greedy by swapping towards heavier lines when the count binds', () => {
    const lines: OptimiserLine[] = [
      { id: 'cheap', weight: 1, cost: 1, max: 5 },
      { id: 'dear', weight: 3, cost: 10, max: 5 },
    ];
    // By weight per cost alone greedy takes 3 × cheap (objective 3); the second pass upgrades to 3 × dear.
    expect(greedyFormation({ lines, budget: 100, maxCount: 3 })).toMatchObject({ quantities: { cheap: 0, dear: 3 }, objective: 9, cost: 30 });
    expect(greedyFormation({ lines, budget: 25, maxCount: 3 })).toMatchObject({ quantities: { cheap: 1, dear: 2 }, objective: 7, cost: 21 });
  });

  it('should order greedy by weight per cost, then weight, then id', () => {
    const lines: OptimiserLine[] = [
      { id: 'b', weight: 2, cost: 2, max: 1 },
      { id: 'a', weight: 2, cost: 2, max: 1 },
      { id: 'c', weight: 4, cost: 4, max: 1 },
    ];
    expect(greedyFormation({ lines, budget: 4, maxCount: 5 }).quantities).toEqual({ b: 0, a: 0, c: 1 });
    expect(greedyFormation({ lines: lines.slice(0, 2), budget: 2, maxCount: 5 }).quantities).toEqual({ b: 0, a: 1 });
  });

  it('should reject a bad budget, count, line or pin with the field at fault', async () => {
    const lines: OptimiserLine[] = [
      { id: 'a', weight: 1, cost: 100, max: 2 },
      { id: 'b', weight: 1, cost: 100, max: 2 },
    ];
    expect(await thrownField(() => optimiseFormation({ lines, budget: 0, maxCount: 1 }))).toBe('budgetCeiling');
    expect(await thrownField(() => optimiseFormation({ lines, budget: -5, maxCount: 1 }))).toBe('budgetCeiling');
    expect(await thrownField(() => optimiseFormation({ lines, budget: Number.NaN, maxCount: 1 }))).toBe('budgetCeiling');
    expect(await thrownField(() => optimiseFormation({ lines, budget: 100, maxCount: 0 }))).toBe('maxFormations');
    expect(await thrownField(() => optimiseFormation({ lines, budget: 100, maxCount: 1.5 }))).toBe('maxFormations');
    expect(await thrownField(() => optimiseFormation({ lines, budget: 100, maxCount: 1, timeLimitSeconds: 0 }))).toBe('timeLimitSeconds');
    expect(await thrownField(() => optimiseFormation({ lines: [lines[0], lines[0]], budget: 100, maxCount: 1 }))).toBe('lines');
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], cost: -1 }], budget: 100, maxCount: 1 }))).toBe('lines');
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], max: -1 }], budget: 100, maxCount: 1 }))).toBe('lines');
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], weight: Number.POSITIVE_INFINITY }], budget: 100, maxCount: 1 }))).toBe('lines');
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], pinned: 3 }], budget: 1000, maxCount: 5 }))).toBe('pins'); // above max
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], pinned: 1.5 }], budget: 1000, maxCount: 5 }))).toBe('pins');
    expect(await thrownField(() => optimiseFormation({ lines: [{ ...lines[0], pinned: 1, excluded: true }], budget: 1000, maxCount: 5 }))).toBe('pins');
    expect(
      await thrownField(() =>
        optimiseFormation({
          lines: [
            { ...lines[0], pinned: 2 },
            { ...lines[1], pinned: 1 },
          ],
          budget: 299,
          maxCount: 5,
        }),
      ),
    ).toBe('pins'); // over budget
    expect(
      await thrownField(() =>
        optimiseFormation({
          lines: [
            { ...lines[0], pinned: 2 },
            { ...lines[1], pinned: 1 },
          ],
          budget: 300,
          maxCount: 2,
        }),
      ),
    ).toBe('pins'); // over count
    expect(
      await thrownField(() =>
        optimiseFormation({
          lines: [
            { ...lines[0], pinned: 2 },
            { ...lines[1], pinned: 1 },
          ],
          budget: 300,
          maxCount: 3,
        }),
      ),
    ).toBeUndefined();
    expect(() => greedyFormation({ lines, budget: 0, maxCount: 1 })).toThrow(CalcInputError);
  });

  it('should never break a constraint and never do worse than greedy (random instances)', async () => {
    await fc.assert(
      fc.asyncProperty(instance(1, 40, 6), async ({ lines, budget, maxCount }) => {
        const r = await optimiseFormation({ lines, budget, maxCount });
        expectFeasible(lines, budget, maxCount, r);
        const greedy = greedyFormation({ lines, budget, maxCount });
        expectFeasible(lines, budget, maxCount, greedy);
        expect(r.greedyObjective).toBeCloseTo(greedy.objective, 9);
        expect(r.objective).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
      }),
      { numRuns: 50, endOnFailure: true },
    );
  });

  it('should equal the brute-force optimum on small instances', async () => {
    await fc.assert(
      fc.asyncProperty(instance(3, 8, 3), async ({ lines, budget, maxCount }) => {
        const r = await optimiseFormation({ lines, budget, maxCount });
        expectFeasible(lines, budget, maxCount, r);
        expect(r.objective).toBeCloseTo(bruteForce(lines, budget, maxCount), 8);
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('should equal the brute-force optimum on fixed small instances where greedy falls short', async () => {
    const hard = fc
      .sample(instance(3, 8, 3), { numRuns: 400, seed: 7 })
      .filter(({ lines, budget, maxCount }) => greedyFormation({ lines, budget, maxCount }).objective < bruteForce(lines, budget, maxCount) - 1e-9);
    expect(hard.length).toBeGreaterThanOrEqual(5); // the check below means something
    for (const { lines, budget, maxCount } of hard) {
      const r = await optimiseFormation({ lines, budget, maxCount });
      expectFeasible(lines, budget, maxCount, r);
      expect(r.method).toBe('highs');
      expect(r.objective).toBeCloseTo(bruteForce(lines, budget, maxCount), 8);
      expect(r.objective).toBeGreaterThan(r.greedyObjective);
    }
  });

  describe('2,500 lines (deterministic pseudo-random)', () => {
    const random = seeded(20250101);
    const costs = [45000000, 52500000, 61200000, 68750000, 74300000, 83900000, 96400000, 110000000];
    const lines: OptimiserLine[] = Array.from({ length: 2500 }, (_, i) => ({
      id: `line-${String(i).padStart(4, '0')}`,
      weight: 0.5 + 4 * random(),
      cost: costs[Math.floor(random() * costs.length)],
      max: 1 + Math.floor(random() * 6),
    }));
    const totalCost = lines.reduce((s, l) => s + l.cost * l.max, 0);
    const maxCount = Math.floor(lines.reduce((s, l) => s + l.max, 0) / 4);

    it('should plan within a 30 % budget and a quarter of the shortage, at least as well as greedy', async () => {
      const budget = Math.round(0.3 * totalCost);
      const r = await optimiseFormation({ lines, budget, maxCount });
      expectFeasible(lines, budget, maxCount, r);
      expect(r.objective).toBeGreaterThanOrEqual(r.greedyObjective);
      expect(['optimal', 'time_limit', 'greedy']).toContain(r.status);
    });

    it('should stay feasible and at least greedy when the budget binds and the time limit is short', async () => {
      const budget = Math.round(0.2 * totalCost);
      const r = await optimiseFormation({ lines, budget, maxCount, timeLimitSeconds: 0.4 });
      expectFeasible(lines, budget, maxCount, r);
      expect(r.objective).toBeGreaterThanOrEqual(r.greedyObjective);
    });
  });
});
