import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { pressure, PriorityRules, priorityScore } from './priority.js';

const rules = RULE_SEEDS.find((r) => r.key === 'needs.priority')!.value as PriorityRules;

describe('pressure', () => {
  it('should be required / existing, capped', () => {
    expect(pressure(3, 2, rules.pressureCap)).toBe(1.5);
    expect(pressure(2, 4, rules.pressureCap)).toBe(0.5);
    expect(pressure(10, 2, rules.pressureCap)).toBe(3);
    expect(pressure(10, 2, 6)).toBe(5);
  });

  it('should be the cap when nobody is in post and something is required, 0 when nothing is required', () => {
    expect(pressure(1, 0, rules.pressureCap)).toBe(3);
    expect(pressure(0, 0, rules.pressureCap)).toBe(0);
    expect(pressure(0, 5, rules.pressureCap)).toBe(0);
  });

  it('should reject negative input', () => {
    expect(() => pressure(-1, 1, 3)).toThrow(CalcInputError);
    expect(() => pressure(1, -1, 3)).toThrow(CalcInputError);
    expect(() => pressure(1, 1, Number.NaN)).toThrow(CalcInputError);
  });
});

describe('priorityScore', () => {
  it('should multiply shortage, sector weight and pressure', () => {
    expect(priorityScore(4, rules.sectorWeights.kesehatan, pressure(6, 2, rules.pressureCap))).toBeCloseTo(4 * 1.5 * 3, 12);
    expect(priorityScore(4, rules.sectorWeights.lainnya, 1.25)).toBeCloseTo(4.5, 12);
    expect(priorityScore(0, 1.5, 3)).toBe(0);
  });
});
