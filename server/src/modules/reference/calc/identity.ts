/**
 * NIP and NIK structure (domain.md §5).
 * NIP: yyyymmdd (birth) + yyyymm (first appointment) + gender digit (1 male, 2 female) + nnn.
 * NIK: province(2) regency(2) district(2) day(+40 for women) month year2 sequence(4).
 */
import { isoDate, isRealDate } from './dates.js';

export type Gender = 'L' | 'P';

export interface NipInfo {
  birthDate: string;
  appointmentMonth: string;
  gender: Gender | null;
  sequence: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string; code: string };

export function parseNip(nip: string, options: { pppk?: boolean } = {}): ParseResult<NipInfo> {
  if (typeof nip !== 'string' || !/^\d{18}$/.test(nip)) {
    return { ok: false, code: 'NIP_FORMAT', reason: 'NIP must be exactly 18 digits' };
  }
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (!isRealDate(by, bm, bd) || by < 1900) {
    return { ok: false, code: 'NIP_BIRTH_DATE', reason: `digits 1-8 (${nip.slice(0, 8)}) are not a real birth date` };
  }
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  if (am < 1 || am > 12) {
    return { ok: false, code: 'NIP_APPOINTMENT_MONTH', reason: `digits 13-14 (${nip.slice(12, 14)}) are not a month 01-12` };
  }
  if (ay < by) {
    return { ok: false, code: 'NIP_APPOINTMENT_MONTH', reason: `appointment year ${ay} is before the birth year ${by}` };
  }
  const g = nip[14];
  let gender: Gender | null = null;
  if (!options.pppk) {
    if (g !== '1' && g !== '2') {
      return { ok: false, code: 'NIP_GENDER_DIGIT', reason: `digit 15 (${g}) must be 1 (male) or 2 (female)` };
    }
    gender = g === '1' ? 'L' : 'P';
  } else if (g === '1' || g === '2') {
    gender = g === '1' ? 'L' : 'P';
  }
  return {
    ok: true,
    value: { birthDate: isoDate(by, bm, bd), appointmentMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`, gender, sequence: nip.slice(15, 18) },
  };
}

export interface NikInfo {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  gender: Gender;
  birthDay: number;
  birthMonth: number;
  birthYear2: string;
  sequence: string;
}

export function parseNik(nik: string): ParseResult<NikInfo> {
  if (typeof nik !== 'string' || !/^\d{16}$/.test(nik)) {
    return { ok: false, code: 'NIK_FORMAT', reason: 'NIK must be exactly 16 digits' };
  }
  const province = nik.slice(0, 2);
  if (Number(province) < 11) return { ok: false, code: 'NIK_REGION', reason: `province code ${province} does not exist (codes start at 11)` };
  if (nik.slice(2, 4) === '00') return { ok: false, code: 'NIK_REGION', reason: 'regency code 00 does not exist' };
  if (nik.slice(4, 6) === '00') return { ok: false, code: 'NIK_REGION', reason: 'district code 00 does not exist' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year2 = nik.slice(10, 12);
  const gender: Gender = day > 40 ? 'P' : 'L';
  if (day > 40) day -= 40;
  if (month < 1 || month > 12) return { ok: false, code: 'NIK_BIRTH_DATE', reason: `digits 9-10 (${nik.slice(8, 10)}) are not a month 01-12` };
  // The century is not in the NIK: the day must exist in that month in 19yy or 20yy.
  const y = Number(year2);
  if (!isRealDate(1900 + y, month, day) && !isRealDate(2000 + y, month, day)) {
    return { ok: false, code: 'NIK_BIRTH_DATE', reason: `digits 7-8 (${nik.slice(6, 8)}) are not a day of month ${month} (women add 40)` };
  }
  if (nik.slice(12) === '0000') return { ok: false, code: 'NIK_SEQUENCE', reason: 'sequence 0000 is not issued' };
  return {
    ok: true,
    value: {
      provinceCode: province,
      regencyCode: `${province}.${nik.slice(2, 4)}`,
      districtCode: `${province}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      gender,
      birthDay: day,
      birthMonth: month,
      birthYear2: year2,
      sequence: nik.slice(12),
    },
  };
}

/** Does a NIK agree with a full birth date and gender? */
export function nikAgrees(nik: NikInfo, birthDate: string, gender: Gender): string[] {
  const problems: string[] = [];
  const [y, m, d] = birthDate.split('-').map(Number);
  if (nik.birthDay !== d || nik.birthMonth !== m || Number(nik.birthYear2) !== y % 100) problems.push('birthDate does not agree with the NIK');
  if (nik.gender !== gender) problems.push('gender does not agree with the NIK');
  return problems;
}
