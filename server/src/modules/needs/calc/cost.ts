/**
 * Yearly cost of one formation — needs README "Cost of a formation", rule `needs.formation_cost`.
 *
 *   CPNS: entry golongan by education (`pnsEntryRank`), basic salary from `salary.pns_base` at MKG `masaKerjaGolongan`
 *         (the step at or below it; a golongan whose table starts later, e.g. I/b at MKG 3, takes its first step)
 *   PPPK: entry grade by education (`pppkEntryGrade`), basic salary = the grade's minimum in `salary.pppk_base`
 *   + spouse allowance  base × spousePercent / 100 (when assumeSpouse)
 *   + child allowance   base × childPercent / 100 × min(assumeChildren, maxChildren)
 *   + general allowance for the golongan group I–IV (`salary.allowances.general`, CPNS only)
 *   monthly = Σ, annual = monthly × monthsPerYear (14 = 12 + gaji ke-13 + THR)
 *
 * Money is kept exact until `monthly` and `annual`, each rounded to whole rupiah from the unrounded sum.
 */
import { CalcInputError } from './errors.js';

export type EducationLevel = 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'PROFESI' | 'S2' | 'S3';
export type EmploymentType = 'cpns' | 'pppk';

/** The rule `needs.formation_cost`. */
export interface FormationCostRule {
  monthsPerYear: number;
  /** MKG (years in the golongan) the salary is read at; 0 for a new CPNS. */
  masaKerjaGolongan: number;
  assumeSpouse: boolean;
  assumeChildren: number;
  /** Entry golongan of a CPNS per education level (S1 → III/a). */
  pnsEntryRank: Partial<Record<EducationLevel, string>>;
  /** Entry grade of a PPPK per education level (S1 → IX). */
  pppkEntryGrade: Partial<Record<EducationLevel, string>>;
  /** Education assumed when a position states none that can be read. */
  defaultEducation: EducationLevel;
}

/** The rule `salary.pns_base`: rows [golongan, masaKerjaGolongan, gajiPokok]. */
export interface PnsBaseSalaryRule {
  currency?: string;
  columns?: string[];
  rows: [string, number, number][];
  between?: string;
}

/** The rule `salary.pppk_base`: rows [golongan, mkgMin, gajiMin, mkgMax, gajiMax]. */
export interface PppkBaseSalaryRule {
  currency?: string;
  columns?: string[];
  rows: [string, number, number, number, number][];
}

/** The rule `salary.allowances`. */
export interface SalaryAllowancesRule {
  family: { spousePercent: number; childPercent: number; maxChildren: number };
  /** General allowance per golongan group (I, II, III, IV); other keys (a note) are ignored. */
  general: Record<string, number | string>;
}

export interface FormationCostRules {
  cost: FormationCostRule;
  pnsBase: PnsBaseSalaryRule;
  pppkBase: PppkBaseSalaryRule;
  allowances: SalaryAllowancesRule;
}

export interface FormationCost {
  employmentType: EmploymentType;
  /** The level read from the requirement, or the rule's default. */
  educationLevel: EducationLevel;
  /** CPNS golongan (III/a) or PPPK grade (IX). */
  rank: string;
  baseSalary: number;
  spouseAllowance: number;
  childAllowance: number;
  generalAllowance: number;
  /** Whole rupiah a month. */
  monthly: number;
  monthsPerYear: number;
  /** Whole rupiah a year. */
  annual: number;
}

/** Patterns in the order they are tried for the profession; the rest compete by position in the text. */
const PROFESSION = /\b(PROFESI|APOTEKER|NERS)\b/;
const LEVEL_PATTERNS: readonly [RegExp, EducationLevel][] = [
  [/\b(S-?3|DOKTOR)\b/, 'S3'],
  [/\b(S-?2|MAGISTER)\b/, 'S2'],
  [/\b(S-?1|SARJANA)\b/, 'S1'],
  [/\b(D-?4|D-IV|DIV|DIPLOMA\s+(IV|4))\b/, 'D4'],
  [/\b(D-?3|D-III|DIII|DIPLOMA\s+(III|3))\b/, 'D3'],
  [/\b(D-?2|D-II|DII|DIPLOMA\s+(II|2))\b/, 'D2'],
  [/\b(D-?1|D-I|DIPLOMA\s+(I|1))\b/, 'D1'],
  [/\b(SMA|SMK|SMU|SLTA|MA|MAK)\b/, 'SMA'],
  [/\b(SMP|SLTP|MTS)\b/, 'SMP'],
  [/\b(SD|MI)\b/, 'SD'],
];

/**
 * The education level a position's requirement names: 'S1 Keperawatan (Ners)' → PROFESI, 'D3 Kebidanan' → D3,
 * 'SMA/SMK' → SMA, 'S1/D4' → S1 (the first level named), 'S2 Kedokteran (Spesialis)' → S2. A profession
 * (Profesi, Apoteker, Ners) wins over the degree it follows. Null when nothing can be read.
 */
export function educationLevel(text: string | null | undefined): EducationLevel | null {
  if (!text) return null;
  const upper = text.toUpperCase();
  if (PROFESSION.test(upper)) return 'PROFESI';
  let best: { index: number; level: EducationLevel } | null = null;
  for (const [pattern, level] of LEVEL_PATTERNS) {
    const m = pattern.exec(upper);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, level };
  }
  return best?.level ?? null;
}

/** The golongan group (I, II, III, IV) of a PNS golongan such as III/a. */
function golonganGroup(rank: string): string {
  return rank.split('/')[0].trim();
}

/** PNS basic salary for a golongan: the step with the largest MKG ≤ mkg, else the golongan's first step. */
export function pnsBaseSalary(rule: PnsBaseSalaryRule, golongan: string, mkg: number): number {
  const steps = rule.rows.filter((r) => r[0] === golongan).sort((a, b) => a[1] - b[1]);
  if (steps.length === 0) throw new CalcInputError('salary.pns_base', `no basic salary for golongan ${golongan}`);
  const atOrBelow = steps.filter((r) => r[1] <= mkg);
  return (atOrBelow.length > 0 ? atOrBelow[atOrBelow.length - 1] : steps[0])[2];
}

/** PPPK basic salary: the minimum of the grade. */
export function pppkBaseSalary(rule: PppkBaseSalaryRule, grade: string): number {
  const row = rule.rows.find((r) => r[0] === grade);
  if (!row) throw new CalcInputError('salary.pppk_base', `no basic salary for PPPK grade ${grade}`);
  return row[2];
}

/**
 * Monthly and yearly cost of one formation for a CPNS or PPPK at the position's required education.
 * Throws CalcInputError (`educationRequired`, `salary.pns_base`, `salary.pppk_base`, `salary.allowances`,
 * `employmentType`) when the rules have no entry for what is asked.
 */
export function formationCost(employmentType: EmploymentType, educationRequired: string | null, rules: FormationCostRules): FormationCost {
  const { cost, allowances } = rules;
  const level = educationLevel(educationRequired) ?? cost.defaultEducation;
  let rank: string | undefined;
  let baseSalary: number;
  let generalAllowance = 0;

  if (employmentType === 'cpns') {
    rank = cost.pnsEntryRank[level];
    if (!rank) throw new CalcInputError('educationRequired', `no CPNS entry golongan for education ${level}`);
    baseSalary = pnsBaseSalary(rules.pnsBase, rank, cost.masaKerjaGolongan);
    const general = allowances.general[golonganGroup(rank)];
    if (typeof general !== 'number') throw new CalcInputError('salary.allowances', `no general allowance for golongan ${golonganGroup(rank)}`);
    generalAllowance = general;
  } else if (employmentType === 'pppk') {
    rank = cost.pppkEntryGrade[level];
    if (!rank) throw new CalcInputError('educationRequired', `no PPPK entry grade for education ${level}`);
    baseSalary = pppkBaseSalary(rules.pppkBase, rank);
  } else {
    throw new CalcInputError('employmentType', `unknown employment type ${String(employmentType)}`);
  }

  const spouseAllowance = cost.assumeSpouse ? (baseSalary * allowances.family.spousePercent) / 100 : 0;
  const children = Math.max(0, Math.min(cost.assumeChildren, allowances.family.maxChildren));
  const childAllowance = ((baseSalary * allowances.family.childPercent) / 100) * children;
  const monthlyExact = baseSalary + spouseAllowance + childAllowance + generalAllowance;

  return {
    employmentType,
    educationLevel: level,
    rank,
    baseSalary,
    spouseAllowance,
    childAllowance,
    generalAllowance,
    monthly: Math.round(monthlyExact),
    monthsPerYear: cost.monthsPerYear,
    annual: Math.round(monthlyExact * cost.monthsPerYear),
  };
}
