import fc from 'fast-check';
import { eligibility, evaluatePlan, gapClosed, greedyPlan, linesByProgram, maskName, rankPrograms, selectPlan, type DevelopmentProgram, type PlanInput } from './development.js';

const program = (id: string, raises: [string, number][], cost = 1_000_000, jp = 20, prerequisiteIds: string[] = []): DevelopmentProgram => ({
  id,
  code: id.toUpperCase(),
  cost,
  jp,
  raises: raises.map(([competencyId, levels]) => ({ competencyId, levels })),
  prerequisiteIds,
});

describe('gapClosed', () => {
  it('should close at most the shortfall of each competency raised', () => {
    const r = gapClosed(
      [
        { competencyId: 'kom', levels: 2 },
        { competencyId: 'int', levels: 1 },
        { competencyId: 'tek', levels: 3 },
      ],
      new Map([
        ['kom', 1],
        ['int', 2],
      ]),
    );
    expect(r.total).toBe(2);
    expect(r.items).toEqual([
      { competencyId: 'kom', shortfall: 1, raised: 2, closed: 1 },
      { competencyId: 'int', shortfall: 2, raised: 1, closed: 1 },
    ]);
  });

  it('should close nothing when there is no shortfall (at or above standard, or not assessed)', () => {
    expect(gapClosed([{ competencyId: 'kom', levels: 2 }], new Map([['kom', 0]])).total).toBe(0);
    expect(gapClosed([{ competencyId: 'kom', levels: 2 }], new Map()).total).toBe(0);
  });

  it('should count a competency listed twice in a program once', () => {
    expect(
      gapClosed(
        [
          { competencyId: 'kom', levels: 1 },
          { competencyId: 'kom', levels: 1 },
        ],
        new Map([['kom', 3]]),
      ).total,
    ).toBe(1);
  });
});

describe('eligibility', () => {
  it('should refuse a completed program and one whose prerequisites are not completed', () => {
    const p = program('b', [], 0, 10, ['a']);
    expect(eligibility(p, new Set(['b', 'a']))).toEqual({ eligible: false, reason: 'completed', missing: [] });
    expect(eligibility(p, new Set())).toEqual({ eligible: false, reason: 'prerequisites', missing: ['a'] });
    expect(eligibility(p, new Set(['a']))).toEqual({ eligible: true });
  });
});

describe('rankPrograms', () => {
  it('should rank by gap closed per cost, free programs first, then per JP, closing nothing last', () => {
    const list = [
      { program: program('none', [], 0, 2), gapClosed: 0 },
      { program: program('dear', [], 4_000_000, 20), gapClosed: 2 },
      { program: program('cheap', [], 1_000_000, 20), gapClosed: 1 },
      { program: program('free-long', [], 0, 40), gapClosed: 1 },
      { program: program('free-short', [], 0, 10), gapClosed: 1 },
      { program: program('cheap-short', [], 1_000_000, 10), gapClosed: 1 },
    ];
    const ranked = rankPrograms(list).map((r) => r.item.program.id);
    expect(ranked).toEqual(['free-short', 'free-long', 'cheap-short', 'cheap', 'dear', 'none']);
    const dear = rankPrograms(list).find((r) => r.item.program.id === 'dear')!;
    expect(dear.perMillion).toBe(0.5);
    expect(dear.perJp).toBe(0.1);
  });
});

describe('maskName', () => {
  it('should keep the first letter of each word', () => {
    expect(maskName('Siti Rahayu')).toBe('S*** R*****');
    expect(maskName('  dr.  Budi ')).toBe('d** B***');
    expect(maskName('A')).toBe('A*');
  });
});

describe('selectPlan', () => {
  const people = [
    { employeeId: 'e1', shortfalls: new Map([['kom', 2]]), completed: new Set<string>() },
    { employeeId: 'e2', shortfalls: new Map([['kom', 1]]), completed: new Set<string>() },
    { employeeId: 'e3', shortfalls: new Map([['tek', 3]]), completed: new Set<string>(['basic']) },
  ];
  const programs = [program('kom', [['kom', 2]], 1_000_000), program('kom2', [['kom', 1]], 300_000), program('tek', [['tek', 3]], 2_500_000, 30, ['basic'])];

  it('should cover the most gap under the budget and never count a shortfall twice', async () => {
    const plan = await selectPlan({ programs, people, budget: 3_000_000 });
    expect(plan.cost).toBeLessThanOrEqual(3_000_000);
    // tek for e3 (3 levels, 2.5 M) + kom2 for e2 (1 level, 0.3 M) = 4 levels; kom for e1 + kom2 for e2 + ... = 3
    expect(plan.gapClosed).toBe(4);
    const lines = linesByProgram(plan.assignments);
    expect(lines.map((l) => [l.programId, l.employeeIds])).toEqual([
      ['tek', ['e3']],
      ['kom2', ['e2']],
    ]);
  });

  it('should skip people lacking a prerequisite', async () => {
    const plan = await selectPlan({ programs, people: people.map((p) => ({ ...p, completed: new Set<string>() })), budget: 10_000_000 });
    expect(plan.assignments.some((a) => a.programId === 'tek')).toBe(false);
    expect(plan.gapClosed).toBe(3);
  });

  it('should choose nothing when nothing fits', async () => {
    const plan = await selectPlan({ programs, people, budget: 100 });
    expect(plan.assignments).toEqual([]);
    expect(plan.cost).toBe(0);
  });

  it('should refuse a budget of 0', async () => {
    await expect(selectPlan({ programs, people, budget: 0 })).rejects.toThrow(/budget/);
  });

  const instance: fc.Arbitrary<PlanInput> = fc
    .record({
      programs: fc.array(
        fc.record({
          raises: fc.uniqueArray(fc.record({ competencyId: fc.constantFrom('a', 'b', 'c', 'd'), levels: fc.integer({ min: 1, max: 3 }) }), {
            selector: (r) => r.competencyId,
            maxLength: 3,
          }),
          cost: fc.integer({ min: 0, max: 50 }).map((k) => k * 100_000),
          jp: fc.integer({ min: 1, max: 40 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      people: fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 8 }),
      budget: fc.integer({ min: 1, max: 200 }).map((k) => k * 100_000),
    })
    .map(({ programs: ps, people: qs, budget }) => ({
      programs: ps.map((p, i) => ({ id: `p${i}`, code: `P${i}`, cost: p.cost, jp: p.jp, raises: p.raises, prerequisiteIds: i > 0 && i % 3 === 0 ? ['p0'] : [] })),
      people: qs.map((s, i) => ({ employeeId: `e${i}`, shortfalls: new Map(Object.entries(s)), completed: new Set(i % 2 ? ['p0'] : []) })),
      budget,
    }));

  it('should use the grouped optimiser on large instances and still respect the budget', async () => {
    const plan = await selectPlan({ programs, people, budget: 3_000_000, exactMaxPairs: 0 });
    expect(plan.cost).toBeLessThanOrEqual(3_000_000);
    expect(plan.gapClosed).toBeGreaterThanOrEqual(greedyPlan({ programs, people, budget: 3_000_000 }).gapClosed);
  });

  it.each([
    ['exact', undefined],
    ['grouped', 0],
  ])('should never exceed the budget and never be worse than greedy (property, %s model)', async (_, exactMaxPairs) => {
    await fc.assert(
      fc.asyncProperty(instance, async (input) => {
        const plan = await selectPlan({ ...input, timeLimitSeconds: 2, exactMaxPairs });
        const greedy = greedyPlan(input);
        expect(plan.cost).toBeLessThanOrEqual(input.budget);
        expect(plan.gapClosed).toBeGreaterThanOrEqual(greedy.gapClosed);
        // the reported gap is the one the assignments really close (shortfalls counted once)
        const replay = evaluatePlan(input, linesByProgram(plan.assignments));
        expect(replay.gapClosed).toBeLessThanOrEqual(plan.gapClosed);
        const perPerson = new Map<string, Map<string, number>>();
        for (const a of plan.assignments)
          for (const i of a.items) {
            const m = perPerson.get(a.employeeId) ?? new Map<string, number>();
            m.set(i.competencyId, (m.get(i.competencyId) ?? 0) + i.closed);
            perPerson.set(a.employeeId, m);
          }
        for (const person of input.people) for (const [c, closed] of perPerson.get(person.employeeId) ?? []) expect(closed).toBeLessThanOrEqual(person.shortfalls.get(c) ?? 0);
      }),
      { numRuns: 60 },
    );
  });

  it('should find the optimum of a small instance (brute force)', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (input) => {
        const small = { ...input, people: input.people.slice(0, 3), programs: input.programs.slice(0, 4) };
        const plan = await selectPlan({ ...small, timeLimitSeconds: 2 });
        // every subset of pairs, evaluated exactly
        const pairs = small.people.flatMap((q) => small.programs.map((p) => ({ programId: p.id, employeeId: q.employeeId, cost: p.cost, completed: q.completed, program: p })));
        const usable = pairs.filter((x) => eligibilityOk(x.program, x.completed));
        let best = 0;
        for (let mask = 0; mask < 1 << usable.length; mask++) {
          const subset = usable.filter((_, i) => mask & (1 << i));
          if (subset.reduce((s, x) => s + x.cost, 0) > small.budget) continue;
          const r = evaluatePlan(
            small,
            subset.map((x) => ({ programId: x.programId, employeeIds: [x.employeeId] })),
          );
          best = Math.max(best, r.gapClosed);
        }
        expect(plan.gapClosed).toBe(best);
      }),
      { numRuns: 40 },
    );
  });
});

const eligibilityOk = (p: DevelopmentProgram, completed: ReadonlySet<string>) => eligibility(p, completed).eligible;

describe('evaluatePlan', () => {
  it('should count overlapping programs for one person once and flag ineligible pairs', () => {
    const programs = [program('a', [['kom', 2]]), program('b', [['kom', 2]]), program('c', [['tek', 1]], 0, 10, ['x'])];
    const people = [{ employeeId: 'e1', shortfalls: new Map([['kom', 3]]), completed: new Set<string>() }];
    const r = evaluatePlan({ programs, people }, [
      { programId: 'a', employeeIds: ['e1'] },
      { programId: 'b', employeeIds: ['e1'] },
      { programId: 'c', employeeIds: ['e1'] },
    ]);
    expect(r.gapClosed).toBe(3);
    expect(r.costSen).toBe(200_000_000);
    expect(r.ineligible).toEqual([{ programId: 'c', employeeId: 'e1', reason: 'prerequisites' }]);
  });
});
