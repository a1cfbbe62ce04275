/**
 * The live hint of the registration form: what a NIK (16 digits) encodes — the birth date (day + 40 for women, month,
 * 2-digit year) and the gender — and whether the birth date and gender typed agree with it. The server checks the same
 * (reference/calc/identity.ts); this only helps the applicant see a typo before sending.
 */
export type Gender = 'L' | 'P';

export type NikHint =
  | { ok: true; gender: Gender; day: number; month: number; year2: number; /** the most likely full birth date (the century is not in the NIK) */ birthDate: string }
  | { ok: false; code: 'NIK_INCOMPLETE' | 'NIK_FORMAT' | 'NIK_REGION' | 'NIK_BIRTH_DATE' | 'NIK_SEQUENCE' };

const pad = (n: number) => String(n).padStart(2, '0');
const isRealDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/** Reads a NIK as it is being typed; `thisYear` decides the century (an applicant is at least 15). */
export function nikHint(raw: string, thisYear = new Date().getFullYear()): NikHint {
  const nik = raw.replace(/\s/g, '');
  if (/^\d{0,15}$/.test(nik)) return { ok: false, code: 'NIK_INCOMPLETE' };
  if (!/^\d{16}$/.test(nik)) return { ok: false, code: 'NIK_FORMAT' };
  if (Number(nik.slice(0, 2)) < 11 || nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return { ok: false, code: 'NIK_REGION' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year2 = Number(nik.slice(10, 12));
  const gender: Gender = day > 40 ? 'P' : 'L';
  if (day > 40) day -= 40;
  if (month < 1 || month > 12) return { ok: false, code: 'NIK_BIRTH_DATE' };
  const year = 2000 + year2 <= thisYear - 15 ? 2000 + year2 : 1900 + year2;
  if (!isRealDate(year, month, day)) return { ok: false, code: 'NIK_BIRTH_DATE' };
  if (nik.slice(12) === '0000') return { ok: false, code: 'NIK_SEQUENCE' };
  return { ok: true, gender, day, month, year2, birthDate: `${year}-${pad(month)}-${pad(day)}` };
}

/** What disagrees between a read NIK and the birth date (yyyy-mm-dd) and gender typed: [] when all agree or not typed yet. */
export function nikDisagreements(hint: NikHint, birthDate: string | null | undefined, gender: string | null | undefined): ('birthDate' | 'gender')[] {
  if (!hint.ok) return [];
  const out: ('birthDate' | 'gender')[] = [];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  if (m && (Number(m[3]) !== hint.day || Number(m[2]) !== hint.month || Number(m[1]) % 100 !== hint.year2)) out.push('birthDate');
  if (gender && gender !== hint.gender) out.push('gender');
  return out;
}
