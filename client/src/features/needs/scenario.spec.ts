import { describe, expect, it } from 'vitest';
import { compareRows, fromScenarioParams, toScenarioParams } from './scenario';
import type { ScenarioComparison } from './types';

describe('scenario parameters', () => {
  it('should turn percentage points into a growth fraction and leave neutral values out', () => {
    expect(toScenarioParams({ horizon: 7, growthPoints: 1.5, attritionMultiplier: 1, retirementAgeDelta: 0, budgetCeiling: null })).toEqual({
      horizon: 7,
      driverGrowthDelta: 0.015,
    });
    expect(toScenarioParams({ horizon: 5, growthPoints: 0, attritionMultiplier: 1.5, retirementAgeDelta: 2, budgetCeiling: 20e9 })).toEqual({
      horizon: 5,
      attritionMultiplier: 1.5,
      retirementAgeDelta: 2,
      budgetCeiling: 20e9,
    });
  });
  it('should read the parameters back into the form', () => {
    expect(fromScenarioParams({ driverGrowthDelta: -0.005 }, 5)).toEqual({ horizon: 5, growthPoints: -0.5, attritionMultiplier: 1, retirementAgeDelta: 0, budgetCeiling: null });
  });
  it('should lay a comparison out per year', () => {
    const side = (shortage: number[]) => ({
      label: '',
      demand: [],
      supply: [],
      retirements: [],
      shortage,
      surplus: [],
      gap: [],
      formations: null,
      covered: null,
      annualCost: null,
    });
    const c = { years: [2026, 2027], base: side([10, 12]), whatIf: side([8, 9]), difference: side([-2, -3]) } as unknown as ScenarioComparison;
    expect(compareRows(c, 'shortage')).toEqual([
      { year: 2026, base: 10, whatIf: 8, difference: -2 },
      { year: 2027, base: 12, whatIf: 9, difference: -3 },
    ]);
  });
});
