import { describe, expect, it } from 'vitest';
import { nikDisagreements, nikHint } from './nik';

describe('nikHint', () => {
  it('should read a man’s birth date and gender', () => {
    expect(nikHint('3374011708950001', 2026)).toEqual({ ok: true, gender: 'L', day: 17, month: 8, year2: 95, birthDate: '1995-08-17' });
  });
  it('should read a woman’s day as day + 40 and pick the century that makes an adult', () => {
    expect(nikHint('3374015703040012', 2026)).toMatchObject({ ok: true, gender: 'P', day: 17, month: 3, birthDate: '2004-03-17' });
    expect(nikHint('3374015703120012', 2026)).toMatchObject({ ok: true, birthDate: '1912-03-17' });
  });
  it('should wait while the NIK is being typed and refuse what cannot be a NIK', () => {
    expect(nikHint('33740117', 2026)).toEqual({ ok: false, code: 'NIK_INCOMPLETE' });
    expect(nikHint('', 2026)).toEqual({ ok: false, code: 'NIK_INCOMPLETE' });
    expect(nikHint('33740117089500011', 2026)).toEqual({ ok: false, code: 'NIK_FORMAT' });
    expect(nikHint('33740117089A0001', 2026)).toEqual({ ok: false, code: 'NIK_FORMAT' });
    expect(nikHint('0974011708950001', 2026)).toEqual({ ok: false, code: 'NIK_REGION' });
    expect(nikHint('3374001708950001', 2026)).toEqual({ ok: false, code: 'NIK_REGION' });
    expect(nikHint('3374013113950001', 2026)).toEqual({ ok: false, code: 'NIK_BIRTH_DATE' });
    expect(nikHint('3374013102950001', 2026)).toEqual({ ok: false, code: 'NIK_BIRTH_DATE' });
    expect(nikHint('3374017102950001', 2026)).toEqual({ ok: false, code: 'NIK_BIRTH_DATE' });
    expect(nikHint('3374011708950000', 2026)).toEqual({ ok: false, code: 'NIK_SEQUENCE' });
  });
  it('should accept 29 February only in a leap year', () => {
    expect(nikHint('3374012902960001', 2026)).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    expect(nikHint('3374012902970001', 2026)).toEqual({ ok: false, code: 'NIK_BIRTH_DATE' });
  });
});

describe('nikDisagreements', () => {
  const hint = nikHint('3374015708950001', 2026);
  it('should find nothing when the birth date and gender agree or are not typed yet', () => {
    expect(nikDisagreements(hint, '1995-08-17', 'P')).toEqual([]);
    expect(nikDisagreements(hint, '', null)).toEqual([]);
    expect(nikDisagreements(nikHint('3374', 2026), '1990-01-01', 'L')).toEqual([]);
  });
  it('should name the birth date and the gender when they disagree', () => {
    expect(nikDisagreements(hint, '1995-08-18', 'P')).toEqual(['birthDate']);
    expect(nikDisagreements(hint, '1985-08-17', 'L')).toEqual(['birthDate', 'gender']);
  });
});
