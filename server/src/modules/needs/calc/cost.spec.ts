import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { CalcInputError } from './errors.js';
import { educationLevel, formationCost, FormationCostRules, pnsBaseSalary } from './cost.js';

const seed = <T>(key: string): T => RULE_SEEDS.find((r) => r.key === key)!.value as T;
const rules: FormationCostRules = {
  cost: seed('needs.formation_cost'),
  pnsBase: seed('salary.pns_base'),
  pppkBase: seed('salary.pppk_base'),
  allowances: seed('salary.allowances'),
};

describe('educationLevel', () => {
  it.each([
    ['S1 Keperawatan (Ners)', 'PROFESI'],
    ['S1 Kedokteran (Profesi Dokter)', 'PROFESI'],
    ['S1 Farmasi (Apoteker)', 'PROFESI'],
    ['S1 Kedokteran Gigi (Profesi)', 'PROFESI'],
    ['S2 Kedokteran (Spesialis)', 'S2'],
    ['D3 Kebidanan', 'D3'],
    ['D4 Persandian', 'D4'],
    ['S1/D4', 'S1'],
    ['D4/S1 Akuntansi', 'D4'],
    ['SMA/SMK', 'SMA'],
    ['SMK', 'SMA'],
    ['smk teknik mesin', 'SMA'],
    ['SLTA sederajat', 'SMA'],
    ['SMP', 'SMP'],
    ['SD', 'SD'],
    ['S3 Ilmu Pemerintahan', 'S3'],
    ['S-1 Teknik Sipil', 'S1'],
    ['Sarjana Hukum', 'S1'],
    ['Magister Manajemen', 'S2'],
    ['D-III Analis Kesehatan', 'D3'],
    ['Diploma III Rekam Medis', 'D3'],
    ['DIV Kebidanan', 'D4'],
    ['D1 Komputer', 'D1'],
    ['D2 PGSD', 'D2'],
  ])('should read %j as %s', (text, level) => {
    expect(educationLevel(text)).toBe(level);
  });

  it('should give null when nothing can be read', () => {
    expect(educationLevel(null)).toBeNull();
    expect(educationLevel(undefined)).toBeNull();
    expect(educationLevel('')).toBeNull();
    expect(educationLevel('Teknik Informatika')).toBeNull();
    expect(educationLevel('Lulusan di bidang kesehatan')).toBeNull(); // "di" is not D1
    expect(educationLevel('Sistem Informasi')).toBeNull(); // no S1 inside words
  });
});

describe('pnsBaseSalary', () => {
  it('should take the step at or below the MKG, or the first step of a golongan that starts later', () => {
    expect(pnsBaseSalary(rules.pnsBase, 'III/a', 0)).toBe(2785700);
    expect(pnsBaseSalary(rules.pnsBase, 'III/a', 3)).toBe(2873500); // between 2 and 4: the lower step
    expect(pnsBaseSalary(rules.pnsBase, 'I/b', 0)).toBe(1840800); // I/b starts at MKG 3
    expect(pnsBaseSalary(rules.pnsBase, 'II/a', 1)).toBe(2218400);
    expect(pnsBaseSalary(rules.pnsBase, 'IV/e', 40)).toBe(6373200);
    expect(() => pnsBaseSalary(rules.pnsBase, 'V/a', 0)).toThrow(CalcInputError);
  });
});

describe('formationCost', () => {
  it('should cost a CPNS S1 at III/a: 2,785,700 + 10 % + 2 × 2 % + 185,000 a month, × 14', () => {
    const c = formationCost('cpns', 'S1 Akuntansi', rules);
    expect(c).toEqual({
      employmentType: 'cpns',
      educationLevel: 'S1',
      rank: 'III/a',
      baseSalary: 2785700,
      spouseAllowance: 278570,
      childAllowance: 111428,
      generalAllowance: 185000,
      monthly: 3360698,
      monthsPerYear: 14,
      annual: 47049772,
    });
  });

  it('should cost a CPNS D3 at II/c from its first step (MKG 3) and a profession at III/b', () => {
    const d3 = formationCost('cpns', 'D3 Kebidanan', rules);
    expect(d3).toMatchObject({ rank: 'II/c', baseSalary: 2485900, generalAllowance: 180000 });
    expect(d3.monthly).toBe(Math.round(2485900 * 1.14 + 180000));
    expect(formationCost('cpns', 'S1 Keperawatan (Ners)', rules)).toMatchObject({ educationLevel: 'PROFESI', rank: 'III/b', baseSalary: 2903600 });
    expect(formationCost('cpns', 'SD', rules)).toMatchObject({ rank: 'I/a', baseSalary: 1685700, generalAllowance: 175000 });
  });

  it('should cost a PPPK at the grade minimum without the general allowance', () => {
    const c = formationCost('pppk', 'S1 Pendidikan', rules);
    expect(c).toMatchObject({ employmentType: 'pppk', rank: 'IX', baseSalary: 3203600, generalAllowance: 0 });
    expect(c.spouseAllowance).toBeCloseTo(320360, 6);
    expect(c.childAllowance).toBeCloseTo(128144, 6);
    expect(c.monthly).toBe(3652104);
    expect(c.annual).toBe(3652104 * 14);
    expect(formationCost('pppk', 'D3 Farmasi', rules)).toMatchObject({ rank: 'VII', baseSalary: 2858800 });
  });

  it('should fall back to the rule default education when none can be read', () => {
    expect(formationCost('cpns', null, rules)).toMatchObject({ educationLevel: 'S1', rank: 'III/a' });
    expect(formationCost('pppk', 'Teknik Informatika', rules)).toMatchObject({ educationLevel: 'S1', rank: 'IX' });
  });

  it('should round money only in monthly and annual, from the exact sum', () => {
    // The seeded percentages give whole rupiah; odd ones give fractions (SMA → II/a, 2,184,000 at MKG 0).
    const odd: FormationCostRules = { ...rules, allowances: { ...rules.allowances, family: { spousePercent: 10.5, childPercent: 2.25, maxChildren: 2 } } };
    const c = formationCost('cpns', 'SMA', odd);
    expect(c.spouseAllowance).toBeCloseTo(229320, 6);
    expect(c.childAllowance).toBeCloseTo(98280, 6);
    const exact = 2184000 * (1 + 0.105 + 0.045) + 180000;
    expect(c.monthly).toBe(Math.round(exact));
    expect(c.annual).toBe(Math.round(exact * 14));
  });

  it('should read the assumptions from the rules: no spouse, children capped by maxChildren, MKG and months', () => {
    const noFamily: FormationCostRules = { ...rules, cost: { ...rules.cost, assumeSpouse: false, assumeChildren: 5, masaKerjaGolongan: 2, monthsPerYear: 13 } };
    const c = formationCost('cpns', 'S1', noFamily);
    expect(c).toMatchObject({ baseSalary: 2873500, spouseAllowance: 0, monthsPerYear: 13 });
    expect(c.childAllowance).toBeCloseTo(2873500 * 0.02 * 2, 6);
    expect(c.annual).toBe(Math.round((2873500 * 1.04 + 185000) * 13));
  });

  it('should reject what the rules cannot price', () => {
    const field = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (e) {
        return (e as CalcInputError).field;
      }
    };
    expect(field(() => formationCost('cpns', 'S1', { ...rules, cost: { ...rules.cost, pnsEntryRank: {} } }))).toBe('educationRequired');
    expect(field(() => formationCost('pppk', 'S1', { ...rules, cost: { ...rules.cost, pppkEntryGrade: { S1: 'XX' } } }))).toBe('salary.pppk_base');
    expect(field(() => formationCost('cpns', 'S1', { ...rules, allowances: { ...rules.allowances, general: { note: 'none' } } }))).toBe('salary.allowances');
    expect(field(() => formationCost('honorer' as never, 'S1', rules))).toBe('employmentType');
  });
});
