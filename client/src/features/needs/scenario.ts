/** What-if scenarios: their parameters as the form edits them (growth in percentage points), and as the API takes them. */
import type { ScenarioComparison, ScenarioParams, ScenarioSide } from './types';

export interface ScenarioForm {
  horizon: number;
  /** Added to every driver's yearly growth, in percentage points (1 = +1 %). */
  growthPoints: number | null;
  attritionMultiplier: number | null;
  retirementAgeDelta: number | null;
  budgetCeiling: number | null;
}

/** The API's parameters: neutral values are left out (no change), growth goes from points to a fraction. */
export function toScenarioParams(v: ScenarioForm): ScenarioParams {
  const p: ScenarioParams = { horizon: v.horizon };
  if (v.growthPoints) p.driverGrowthDelta = Math.round(v.growthPoints * 100) / 10000;
  if (typeof v.attritionMultiplier === 'number' && v.attritionMultiplier !== 1) p.attritionMultiplier = v.attritionMultiplier;
  if (v.retirementAgeDelta) p.retirementAgeDelta = v.retirementAgeDelta;
  if (v.budgetCeiling && v.budgetCeiling > 0) p.budgetCeiling = v.budgetCeiling;
  return p;
}

export function fromScenarioParams(p: ScenarioParams, horizon: number): ScenarioForm {
  return {
    horizon: p.horizon ?? horizon,
    growthPoints: p.driverGrowthDelta ? Math.round(p.driverGrowthDelta * 10000) / 100 : 0,
    attritionMultiplier: p.attritionMultiplier ?? 1,
    retirementAgeDelta: p.retirementAgeDelta ?? 0,
    budgetCeiling: p.budgetCeiling ?? null,
  };
}

/** The series a comparison can chart, per year. */
export const COMPARE_METRICS = ['shortage', 'supply', 'retirements', 'demand', 'surplus', 'gap'] as const satisfies readonly (keyof ScenarioSide)[];
export type CompareMetric = (typeof COMPARE_METRICS)[number];
/** For each metric, whether a rise is bad (more shortage) or good (more supply), for the colour of a difference. */
export const WORSE_WHEN: Record<CompareMetric, 'up' | 'down'> = { shortage: 'up', supply: 'down', retirements: 'up', demand: 'up', surplus: 'down', gap: 'down' };

/** One row per year: base, what-if and the difference of a metric. */
export function compareRows(c: ScenarioComparison, metric: CompareMetric) {
  return c.years.map((year, i) => ({ year, base: c.base[metric][i] ?? 0, whatIf: c.whatIf[metric][i] ?? 0, difference: c.difference[metric][i] ?? 0 }));
}
