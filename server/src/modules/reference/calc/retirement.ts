/**
 * Retirement age (BUP) and retirement date (TMT pensiun), PP 11/2017 art. 239, PP 17/2020.
 * TMT pensiun is the first day of the month after the month in which the age is reached.
 * The ages come from the reference rule `retirement.ages`; nothing here is hard-coded.
 */
import { isoDate, parseIsoDate } from './dates.js';

export interface RetirementAgeRule {
  /** Age per position kind: jpt, administrator, pengawas, pelaksana, fungsional. */
  byKind: Record<string, number>;
  /** Age per functional level (pemula … ahli_utama) for functional positions. */
  byFunctionalLevel: Record<string, number>;
  /** Age for teachers (guru). */
  teacher: number;
  /** Fallback when nothing else applies. */
  default: number;
}

export interface RetirementInput {
  birthDate: string;
  positionKind: string;
  functionalLevel?: string | null;
  isTeacher?: boolean;
  /** A position's own retirement age, overriding the rule. */
  override?: number | null;
}

export interface RetirementResult {
  retirementAge: number;
  retirementDate: string;
  /** Which part of the rule decided the age. */
  basis: 'position_override' | 'teacher' | 'functional_level' | 'position_kind' | 'default';
}

export function retirementAge(rule: RetirementAgeRule, input: Omit<RetirementInput, 'birthDate'>): Pick<RetirementResult, 'retirementAge' | 'basis'> {
  if (input.override) return { retirementAge: input.override, basis: 'position_override' };
  const levelAge = input.functionalLevel ? rule.byFunctionalLevel[input.functionalLevel] : undefined;
  if (input.isTeacher) {
    // Teachers retire at the teacher age, or later when their functional level allows (ahli utama).
    if (levelAge !== undefined && levelAge > rule.teacher) return { retirementAge: levelAge, basis: 'functional_level' };
    return { retirementAge: rule.teacher, basis: 'teacher' };
  }
  if (input.positionKind === 'fungsional' && levelAge !== undefined) return { retirementAge: levelAge, basis: 'functional_level' };
  const kindAge = rule.byKind[input.positionKind];
  if (kindAge !== undefined) return { retirementAge: kindAge, basis: 'position_kind' };
  return { retirementAge: rule.default, basis: 'default' };
}

export function retirementDateFor(birthDate: string, age: number): string {
  const b = parseIsoDate(birthDate);
  if (!b) throw new Error(`invalid birth date ${birthDate}`);
  // The month in which the age is reached is the birth month of year (birth year + age).
  let y = b.y + age;
  let m = b.m + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  return isoDate(y, m, 1);
}

export function retirement(rule: RetirementAgeRule, input: RetirementInput): RetirementResult {
  const { retirementAge: age, basis } = retirementAge(rule, input);
  return { retirementAge: age, retirementDate: retirementDateFor(input.birthDate, age), basis };
}
