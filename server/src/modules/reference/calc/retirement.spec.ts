import { RULE_SEEDS } from '../rules.seed.js';
import { retirement, RetirementAgeRule, retirementDateFor } from './retirement.js';

const rule = RULE_SEEDS.find((r) => r.key === 'retirement.ages')!.value as RetirementAgeRule;

describe('retirement (PP 11/2017 art. 239)', () => {
  it('should retire an administrative employee born 15 Mar 1967 on 1 Apr 2025 (domain.md)', () => {
    expect(retirement(rule, { birthDate: '1967-03-15', positionKind: 'administrator' })).toEqual({ retirementAge: 58, retirementDate: '2025-04-01', basis: 'position_kind' });
  });

  it('should retire a JPT born 20 Dec 1965 on 1 Jan 2026 (domain.md)', () => {
    expect(retirement(rule, { birthDate: '1965-12-20', positionKind: 'jpt' })).toMatchObject({ retirementAge: 60, retirementDate: '2026-01-01' });
  });

  it.each([
    ['pemula', 58],
    ['terampil', 58],
    ['mahir', 58],
    ['penyelia', 58],
    ['ahli_pertama', 58],
    ['ahli_muda', 58],
    ['ahli_madya', 60],
    ['ahli_utama', 65],
  ])('should give functional level %s the age %i', (level, age) => {
    expect(retirement(rule, { birthDate: '1970-01-10', positionKind: 'fungsional', functionalLevel: level }).retirementAge).toBe(age);
  });

  it('should give teachers 60, or 65 at ahli utama', () => {
    expect(retirement(rule, { birthDate: '1970-01-10', positionKind: 'fungsional', functionalLevel: 'ahli_pertama', isTeacher: true })).toMatchObject({
      retirementAge: 60,
      basis: 'teacher',
    });
    expect(retirement(rule, { birthDate: '1970-01-10', positionKind: 'fungsional', functionalLevel: 'ahli_utama', isTeacher: true }).retirementAge).toBe(65);
  });

  it('should let a position override the rule', () => {
    expect(retirement(rule, { birthDate: '1970-01-10', positionKind: 'pelaksana', override: 63 })).toMatchObject({
      retirementAge: 63,
      retirementDate: '2033-02-01',
      basis: 'position_override',
    });
  });

  it('should read the ages from the rule it is given', () => {
    const changed: RetirementAgeRule = { ...rule, byKind: { ...rule.byKind, pelaksana: 60 } };
    expect(retirement(changed, { birthDate: '1967-03-15', positionKind: 'pelaksana' }).retirementDate).toBe('2027-04-01');
  });

  it('should roll December into January and keep month-end births in their month', () => {
    expect(retirementDateFor('1960-12-31', 58)).toBe('2019-01-01');
    expect(retirementDateFor('1968-01-31', 58)).toBe('2026-02-01');
    expect(retirementDateFor('1968-02-29', 58)).toBe('2026-03-01');
  });
});
