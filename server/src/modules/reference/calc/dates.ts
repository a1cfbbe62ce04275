/** Calendar helpers on ISO dates (yyyy-mm-dd), free of time zones. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIsoDate(s: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? { y, m, d } : null;
}

/** Whole years between two ISO dates (age on a date). */
export function ageOn(birthDate: string, on: string): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(on);
  if (!b || !o) throw new Error('invalid date');
  let age = o.y - b.y;
  if (o.m < b.m || (o.m === b.m && o.d < b.d)) age--;
  return age;
}

/** One formatter for the process: building an Intl.DateTimeFormat costs about a millisecond of CPU per call. */
const WIB_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Asia/Jakarta (WIB), the city's calendar. */
export function isoToday(now: Date = new Date()): string {
  return WIB_DATE.format(now);
}
