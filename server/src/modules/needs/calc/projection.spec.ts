import fc from 'fast-check';
import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { gapSeries, projectSupply } from './projection.js';

const attrition = RULE_SEEDS.find((r) => r.key === 'supply.attrition_rates')!.value as Record<string, number>;

describe('projectSupply', () => {
  it('should take retirements, then attrition on what is left, then add recruits, year after year', () => {
    const p = projectSupply({ existing: 10, retirements: [2, 0, 1], attritionRate: 0.1, recruits: [0, 3, 0] }, 3);
    // y0: 10 − 2 = 8, attrition 0.8 → 7.2; y1: attrition 0.72, + 3 → 9.48; y2: 9.48 − 1 = 8.48, attrition 0.848 → 7.632
    expect(p.retirements).toEqual([2, 0, 1]);
    expect(p.recruits).toEqual([0, 3, 0]);
    expect(p.attrition[0]).toBeCloseTo(0.8, 12);
    expect(p.attrition[1]).toBeCloseTo(0.72, 12);
    expect(p.attrition[2]).toBeCloseTo(0.848, 12);
    expect(p.supply[0]).toBeCloseTo(7.2, 12);
    expect(p.supply[1]).toBeCloseTo(9.48, 12);
    expect(p.supply[2]).toBeCloseTo(7.632, 12);
  });

  it('should use the rule rate at full precision (pelaksana 1.5 %)', () => {
    const p = projectSupply({ existing: 3, retirements: [], attritionRate: attrition.pelaksana, recruits: [] }, 2);
    expect(p.attrition[0]).toBeCloseTo(0.045, 15);
    expect(p.supply[1]).toBeCloseTo(3 * 0.985 ** 2, 14);
  });

  it('should count missing years as 0 and give empty series for horizon 0', () => {
    expect(projectSupply({ existing: 4, retirements: [1], attritionRate: 0, recruits: [] }, 3).supply).toEqual([3, 3, 3]);
    expect(projectSupply({ existing: 4, retirements: [1], attritionRate: 0, recruits: [] }, 0)).toEqual({ supply: [], retirements: [], attrition: [], recruits: [] });
  });

  it('should never let supply go negative: retirements are capped at what attrition left', () => {
    const p = projectSupply({ existing: 2, retirements: [0, 2, 1], attritionRate: 0.1, recruits: [] }, 3);
    expect(p.supply[0]).toBeCloseTo(1.8, 12);
    expect(p.retirements[1]).toBeCloseTo(1.8, 12);
    expect(p.supply[1]).toBe(0);
    expect(p.retirements[2]).toBe(0);
    expect(p.attrition[2]).toBe(0);
    expect(p.supply[2]).toBe(0);
  });

  it('should keep the identity supply[y] = supply[y−1] − ret − attr + rec and never go negative (property)', () => {
    const arb = fc.record({
      existing: fc.nat(500),
      retirements: fc.array(fc.nat(50), { maxLength: 12 }),
      attritionRate: fc.double({ min: 0, max: 1, noNaN: true }),
      recruits: fc.array(fc.nat(50), { maxLength: 12 }),
      horizon: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(arb, ({ horizon, ...input }) => {
        const p = projectSupply(input, horizon);
        expect(p.supply).toHaveLength(horizon);
        let previous = input.existing;
        for (let y = 0; y < horizon; y++) {
          expect(p.supply[y]).toBeGreaterThanOrEqual(0);
          expect(p.attrition[y]).toBeGreaterThanOrEqual(0);
          expect(p.retirements[y]).toBeLessThanOrEqual(input.retirements[y] ?? 0);
          expect(p.supply[y]).toBeCloseTo(previous - p.retirements[y] - p.attrition[y] + p.recruits[y], 9);
          expect(p.attrition[y]).toBeCloseTo(Math.max(0, previous - p.retirements[y]) * input.attritionRate, 9);
          previous = p.supply[y];
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should reject negative counts, a rate above 1 and a bad horizon', () => {
    const ok = { existing: 1, retirements: [], attritionRate: 0.01, recruits: [] };
    const fieldOf = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (e) {
        return (e as CalcInputError).field;
      }
    };
    expect(fieldOf(() => projectSupply({ ...ok, existing: -1 }, 1))).toBe('existing');
    expect(fieldOf(() => projectSupply({ ...ok, attritionRate: 1.5 }, 1))).toBe('attritionRate');
    expect(fieldOf(() => projectSupply({ ...ok, attritionRate: -0.1 }, 1))).toBe('attritionRate');
    expect(fieldOf(() => projectSupply({ ...ok, retirements: [-1] }, 1))).toBe('retirements');
    expect(fieldOf(() => projectSupply({ ...ok, recruits: [Number.NaN] }, 1))).toBe('recruits');
    expect(fieldOf(() => projectSupply(ok, 1.5))).toBe('horizon');
    expect(fieldOf(() => projectSupply(ok, -1))).toBe('horizon');
  });
});

describe('gapSeries', () => {
  it('should give gap = supply − demand, shortage and surplus per year', () => {
    expect(gapSeries([5, 5, 3], [3, 5, 4.5])).toEqual({ gap: [-2, 0, 1.5], shortage: [2, 0, 0], surplus: [0, 0, 1.5] });
  });

  it('should never return -0 and reject series of different lengths', () => {
    const g = gapSeries([2], [2]);
    expect(Object.is(g.shortage[0], 0)).toBe(true);
    expect(Object.is(g.surplus[0], 0)).toBe(true);
    expect(() => gapSeries([1, 2], [1])).toThrow(CalcInputError);
  });
});
