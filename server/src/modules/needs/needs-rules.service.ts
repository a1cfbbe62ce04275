import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { UnprocessableError } from '../../common/problem.js';
import { ReferenceService, RuleVersion } from '../reference/reference.service.js';
import type { FormationCostRule, PnsBaseSalaryRule, PppkBaseSalaryRule, SalaryAllowancesRule } from './calc/cost.js';
import { CalcInputError } from './calc/errors.js';
import type { RoundingMode } from './calc/rounding.js';
import { calculateWisn, type WisnInput, type WisnResult } from './calc/wisn.js';
import { calculateWorkload, type EffectivenessCategory, type VolumePeriod, type WorkloadRules } from './calc/workload.js';
import type { RuleRefDto, WisnCalculationDto, WisnResultDto, WorkloadCalculationDto, WorkloadResultDto } from './dto/calculators.dto.js';

/** Every rule the needs calculations read, in force on one date, with the versions used (echoed to callers). */
export interface NeedsRuleSet {
  on: string;
  workload: WorkloadRules;
  wisn: { casPerMonthFactor: number };
  teachers: { maxClassSize: Record<string, number>; lessonHoursPerTeacher: number };
  ratioDefaultRounding: RoundingMode;
  healthPer100k: Record<string, number>;
  whoThresholdPer1000: number;
  attrition: Record<string, number>;
  priority: { sectorWeights: Record<string, number>; pressureCap: number };
  fixedHeadcount: number;
  cost: { cost: FormationCostRule; pnsBase: PnsBaseSalaryRule; pppkBase: PppkBaseSalaryRule; allowances: SalaryAllowancesRule };
  personnelCapPercent: number;
  refs: Map<string, RuleRefDto>;
}

const KEYS = [
  'abk.effective_minutes_per_year',
  'abk.rounding',
  'abk.effectiveness_categories',
  'abk.volume_period_factors',
  'wisn.method',
  'ratio.teachers',
  'ratio.default_rounding',
  'ratio.health_per_100k',
  'ratio.who_sdg_threshold',
  'supply.attrition_rates',
  'needs.priority',
  'needs.fixed_positions',
  'needs.formation_cost',
  'salary.pns_base',
  'salary.pppk_base',
  'salary.allowances',
  'budget.personnel_spending_cap',
] as const;

const ref = (r: RuleVersion<unknown>): RuleRefDto => ({ key: r.key, effectiveFrom: r.effectiveFrom, legalBasis: r.legalBasis });

/** A calculation that cannot give a figure for these inputs: 422 naming the field. */
export function calcProblem(err: CalcInputError, prefix = ''): UnprocessableError {
  const path = prefix ? `${prefix}.${err.field}` : err.field;
  return new UnprocessableError('NEEDS_CALCULATION_INVALID', err.message, [{ path, code: 'invalid', message: err.message }]);
}

/** Runs `fn`; a CalcInputError becomes a 422 problem naming the field. */
export function withCalcErrors<T>(fn: () => T, prefix = ''): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CalcInputError) throw calcProblem(err, prefix);
    throw err;
  }
}

/** The date whose rules apply to a base year: today in the current year, else 1 January of that year. */
export function ruleDateFor(year: number, today = isoToday()): string {
  return Number(today.slice(0, 4)) === year ? today : `${year}-01-01`;
}

@Injectable()
export class NeedsRulesService {
  constructor(private readonly reference: ReferenceService) {}

  /** The rule set in force on `on` (rules are cached by ReferenceService for 30 s). */
  async ruleSet(on: string): Promise<NeedsRuleSet> {
    const loaded = await Promise.all(KEYS.map((k) => this.reference.rule<Record<string, unknown>>(k, on)));
    const v = Object.fromEntries(loaded.map((r) => [r.key, r.value])) as Record<(typeof KEYS)[number], Record<string, unknown>>;
    const refs = new Map(loaded.map((r) => [r.key, ref(r)]));
    const eff = v['abk.effectiveness_categories'] as { roundTo: number; categories: EffectivenessCategory[] };
    const teachers = v['ratio.teachers'] as { maxClassSize: Record<string, number>; lessonHoursPerTeacher: number };
    const health = { ...(v['ratio.health_per_100k'] as Record<string, number>) };
    delete health.rounding;
    return {
      on,
      workload: {
        effectiveMinutesPerYear: Number(v['abk.effective_minutes_per_year'].minutes),
        rounding: v['abk.rounding'].mode as 'half_up' | 'ceil',
        periodFactors: v['abk.volume_period_factors'] as Record<VolumePeriod, number>,
        effectiveness: { roundTo: eff.roundTo, categories: eff.categories },
      },
      wisn: { casPerMonthFactor: Number(v['wisn.method'].casPerMonthFactor ?? 12) },
      teachers: { maxClassSize: teachers.maxClassSize, lessonHoursPerTeacher: teachers.lessonHoursPerTeacher },
      ratioDefaultRounding: (v['ratio.default_rounding'].mode as RoundingMode) ?? 'ceil',
      healthPer100k: health,
      whoThresholdPer1000: Number(v['ratio.who_sdg_threshold'].doctorsNursesMidwivesPer1000),
      attrition: v['supply.attrition_rates'] as Record<string, number>,
      priority: v['needs.priority'] as { sectorWeights: Record<string, number>; pressureCap: number },
      fixedHeadcount: Number(v['needs.fixed_positions'].headcount ?? 1),
      cost: {
        cost: v['needs.formation_cost'] as unknown as FormationCostRule,
        pnsBase: v['salary.pns_base'] as unknown as PnsBaseSalaryRule,
        pppkBase: v['salary.pppk_base'] as unknown as PppkBaseSalaryRule,
        allowances: v['salary.allowances'] as unknown as SalaryAllowancesRule,
      },
      personnelCapPercent: Number(v['budget.personnel_spending_cap'].percentOfBudget),
      refs,
    };
  }

  refsOf(rules: NeedsRuleSet, keys: string[]): RuleRefDto[] {
    return keys.map((k) => rules.refs.get(k)).filter((r): r is RuleRefDto => !!r);
  }

  async calculateWorkload(dto: WorkloadCalculationDto): Promise<WorkloadResultDto> {
    const rules = await this.ruleSet(isoToday());
    const workloadRules: WorkloadRules = {
      ...rules.workload,
      effectiveMinutesPerYear: dto.effectiveMinutesPerYear ?? rules.workload.effectiveMinutesPerYear,
      rounding: dto.rounding ?? rules.workload.rounding,
    };
    const r = withCalcErrors(() => calculateWorkload(dto.tasks, dto.existing ?? null, workloadRules));
    const used = ['abk.effective_minutes_per_year', 'abk.rounding', 'abk.effectiveness_categories', 'abk.volume_period_factors'].filter(
      (k) => !(k === 'abk.effective_minutes_per_year' && dto.effectiveMinutesPerYear !== undefined) && !(k === 'abk.rounding' && dto.rounding !== undefined),
    );
    return { ...r, effectiveMinutesPerYear: workloadRules.effectiveMinutesPerYear, rounding: workloadRules.rounding, rules: this.refsOf(rules, used) };
  }

  /** The WISN calculation with the rules in force; shared by the calculator and the stored studies. */
  wisn(input: WisnInput, rules: NeedsRuleSet): WisnResult {
    return withCalcErrors(() => calculateWisn(input, rules.wisn));
  }

  async calculateWisn(dto: WisnCalculationDto): Promise<WisnResultDto> {
    const rules = await this.ruleSet(isoToday());
    const r = this.wisn({ ...dto, hoursPerWeek: dto.hoursPerWeek ?? null, existing: dto.existing ?? null }, rules);
    return { ...r, rules: this.refsOf(rules, ['wisn.method']) };
  }
}
