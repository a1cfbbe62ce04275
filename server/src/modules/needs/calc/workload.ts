/**
 * Workload analysis (Analisis Beban Kerja, ABK), PermenPAN-RB 1/2020 — domain.md §1.
 *
 *   workload (min)   = Σ annual volume × standard minutes per unit
 *   required FTE     = workload / JKE (effective minutes a year)
 *   headcount        = FTE rounded by the rule (half_up, or ceil)
 *   difference       = existing − headcount (+ surplus, − shortage)
 *   effectiveness EJ = workload / (existing × JKE), none when nobody holds the position
 *   category         = first category (by min, descending) whose min ≤ EJ rounded to `roundTo` decimals
 *
 * Every rule value comes in `WorkloadRules`, assembled from the reference rules `abk.effective_minutes_per_year`,
 * `abk.rounding`, `abk.volume_period_factors` and `abk.effectiveness_categories`.
 */
import { CalcInputError, requireNonNegative, requirePositive } from './errors.js';
import { roundHalfUp, roundWith } from './rounding.js';

/** The period a task's volume is counted in; converted to a year by `abk.volume_period_factors`. */
export type VolumePeriod = 'day' | 'week' | 'month' | 'year';

/** One effectiveness category of `abk.effectiveness_categories` (A Sangat Baik, min 1.01 …). */
export interface EffectivenessCategory {
  grade: string;
  label: string;
  min: number;
}

/** The ABK rules a workload calculation reads. */
export interface WorkloadRules {
  /** JKE, `abk.effective_minutes_per_year.minutes` (75,000). */
  effectiveMinutesPerYear: number;
  /** `abk.rounding.mode`: FTE to whole persons. */
  rounding: 'half_up' | 'ceil';
  /** `abk.volume_period_factors`: volume per period × factor = volume a year. */
  periodFactors: Record<VolumePeriod, number>;
  /** `abk.effectiveness_categories`. */
  effectiveness: { roundTo: number; categories: EffectivenessCategory[] };
}

/** One task (uraian tugas) of a position. */
export interface WorkloadTaskInput {
  /** Output volume in `period` (default a year). */
  volume: number;
  /** Standard time per unit of output, in minutes. */
  minutesPerUnit: number;
  period?: VolumePeriod;
}

export interface WorkloadTaskResult {
  volume: number;
  period: VolumePeriod;
  /** volume × the period's factor. */
  annualVolume: number;
  minutesPerUnit: number;
  /** annualVolume × minutesPerUnit. */
  minutes: number;
}

export interface WorkloadResult {
  tasks: WorkloadTaskResult[];
  /** Σ task minutes a year. */
  workloadMinutes: number;
  /** workloadMinutes / JKE, full precision. */
  requiredFte: number;
  /** requiredFte rounded by `rules.rounding`. */
  requiredHeadcount: number;
  existing: number | null;
  /** existing − requiredHeadcount; null without an existing count. */
  difference: number | null;
  /** EJ = workload / (existing × JKE), full precision; null when existing is 0 or absent. */
  effectiveness: number | null;
  /** EJ rounded half-up to `effectiveness.roundTo` decimals: the figure the category is read on. */
  effectivenessRounded: number | null;
  effectivenessCategory: { grade: string; label: string } | null;
}

const PERIODS: readonly VolumePeriod[] = ['day', 'week', 'month', 'year'];

/** The category for an EJ already rounded: the first one, by min descending, whose min ≤ ej; null if none. */
export function effectivenessCategory(ejRounded: number, categories: readonly EffectivenessCategory[]): { grade: string; label: string } | null {
  const sorted = [...categories].sort((a, b) => b.min - a.min);
  const hit = sorted.find((c) => c.min <= ejRounded);
  return hit ? { grade: hit.grade, label: hit.label } : null;
}

/**
 * Workload, required staff and effectiveness of one position.
 * Throws CalcInputError (`effectiveMinutesPerYear`, `periodFactors`, `tasks`, `existing`) on impossible input:
 * a JKE ≤ 0, a negative or non-finite volume, time or factor, an unknown period, a negative existing count.
 */
export function calculateWorkload(tasks: readonly WorkloadTaskInput[], existing: number | null | undefined, rules: WorkloadRules): WorkloadResult {
  requirePositive('effectiveMinutesPerYear', rules.effectiveMinutesPerYear, 'effective minutes a year (JKE)');
  const jke = rules.effectiveMinutesPerYear;

  const rows: WorkloadTaskResult[] = tasks.map((t, i) => {
    const period = t.period ?? 'year';
    if (!PERIODS.includes(period)) throw new CalcInputError('tasks', `task ${i + 1}: unknown volume period ${String(period)}`);
    const factor = rules.periodFactors[period];
    requireNonNegative('periodFactors', factor, `volume period factor for ${period}`);
    requireNonNegative('tasks', t.volume, `task ${i + 1}: volume`);
    requireNonNegative('tasks', t.minutesPerUnit, `task ${i + 1}: minutes per unit`);
    const annualVolume = t.volume * factor;
    return { volume: t.volume, period, annualVolume, minutesPerUnit: t.minutesPerUnit, minutes: annualVolume * t.minutesPerUnit };
  });

  const workloadMinutes = rows.reduce((sum, r) => sum + r.minutes, 0);
  const requiredFte = workloadMinutes / jke;
  const requiredHeadcount = roundWith(requiredFte, rules.rounding);

  const have = existing ?? null;
  if (have !== null) requireNonNegative('existing', have, 'existing staff');
  const difference = have === null ? null : have - requiredHeadcount;

  // EJ is not defined without incumbents (domain.md: "none when existing is 0").
  const effectiveness = have !== null && have > 0 ? workloadMinutes / (have * jke) : null;
  const effectivenessRounded = effectiveness === null ? null : roundHalfUp(effectiveness, rules.effectiveness.roundTo);
  const category = effectivenessRounded === null ? null : effectivenessCategory(effectivenessRounded, rules.effectiveness.categories);

  return {
    tasks: rows,
    workloadMinutes,
    requiredFte,
    requiredHeadcount,
    existing: have,
    difference,
    effectiveness,
    effectivenessRounded,
    effectivenessCategory: category,
  };
}
