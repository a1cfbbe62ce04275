/**
 * Exact decimal arithmetic for the recruitment scores (no Nest, no database).
 *
 * Scores and weights are decimals written by people (0.4, 0.6, 80.25…), but a double cannot hold most of them:
 * 0.4 × (420 / 550 × 100) + 0.6 × 80 in floating point is 78.5454…, fine here, yet a figure that lands exactly on a
 * half (…5) may come out as …4999999 and round the wrong way. So every input is read as the decimal its shortest text
 * denotes (`String(0.4)` = "0.4" → 4/10), the arithmetic is done on exact fractions of BigInts, and only the final
 * figure is rounded, half away from zero like PostgreSQL's `round(numeric, n)`: the SQL of the ranking gives the same
 * figures as these functions, to the digit.
 */

/** A calculation input that cannot give a figure (out of range, not a multiple of 5…), naming the field at fault. */
export class ScoreInputError extends Error {
  /** The input at fault, e.g. `twk`, `skbScore`, `skdWeight`. */
  readonly field: string;
  readonly code: string;

  constructor(field: string, code: string, message: string) {
    super(message);
    this.name = 'ScoreInputError';
    this.field = field;
    this.code = code;
  }
}

/** An exact rational number n / d (d > 0). */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

function norm(n: bigint, d: bigint): Ratio {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

/**
 * The exact decimal a number or a decimal text denotes: 0.4 → 2/5, "78.55" → 1571/20, 1e-7 → 1/10000000.
 * Numbers are read through their shortest round-trip text, i.e. the decimal the caller wrote.
 */
export function decimal(x: number | string | bigint): Ratio {
  if (typeof x === 'bigint') return { n: x, d: 1n };
  if (typeof x === 'number' && !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x).trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let n = BigInt(`${int || '0'}${frac}`);
  if (sign === '-') n = -n;
  const e = Number(exp) - frac.length;
  return e >= 0 ? norm(n * 10n ** BigInt(e), 1n) : norm(n, 10n ** BigInt(-e));
}

export const ratio = (n: number | bigint, d: number | bigint = 1): Ratio => norm(BigInt(n), BigInt(d));
export const add = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.d, a.d * b.n);
export const sum = (xs: Ratio[]): Ratio => xs.reduce(add, { n: 0n, d: 1n });

/** The rounded value as a bigint count of 10^-digits units, half away from zero (PostgreSQL `round(numeric, digits)`). */
export function roundUnits(r: Ratio, digits: number): bigint {
  if (!Number.isInteger(digits) || digits < 0) throw new RangeError(`digits must be a whole number ≥ 0 (got ${digits})`);
  const scaled = abs(r.n) * 10n ** BigInt(digits);
  const q = (2n * scaled + r.d) / (2n * r.d);
  return r.n < 0n ? -q : q;
}

/** `units × 10^-digits` as the nearest double, through its decimal text (so 7855 units at 2 digits is exactly 78.55). */
function unitsToNumber(units: bigint, digits: number): number {
  const n = Number(`${units}e-${digits}`);
  return n === 0 ? 0 : n; // never -0
}

/** The ratio rounded half away from zero to `digits` decimals: 1571/20 → 78.55, 50/3 → 16.67 (2 digits). */
export function roundRatio(r: Ratio, digits = 2): number {
  return unitsToNumber(roundUnits(r, digits), digits);
}

/** The ratio as text with exactly `digits` decimals after rounding half away from zero ("78.55", "0.50", "-1.00"). */
export function formatRatio(r: Ratio, digits = 2): string {
  const u = roundUnits(r, digits);
  const s = abs(u)
    .toString()
    .padStart(digits + 1, '0');
  const body = digits ? `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}` : s;
  return u < 0n ? `-${body}` : body;
}

/** A decimal number rounded half away from zero to `digits` decimals, exactly: 1.005 → 1.01, 2.675 → 2.68, −0.125 → −0.13. */
export function roundHalfUp(x: number | string, digits = 2): number {
  return roundRatio(decimal(x), digits);
}

/** The ratio as the nearest double (for intermediate figures shown with full precision). */
export function ratioToNumber(r: Ratio): number {
  // 17 significant digits through exact long division, then parsed: the nearest double to the true value.
  const neg = r.n < 0n;
  const n = abs(r.n);
  const int = n / r.d;
  let rem = n % r.d;
  let frac = '';
  for (let i = 0; i < 20 && rem; i++) {
    rem *= 10n;
    frac += (rem / r.d).toString();
    rem %= r.d;
  }
  const v = Number(`${int}.${frac || '0'}`);
  return neg && v !== 0 ? -v : v;
}

/** How many decimals a number carries as written (0.25 → 2, 80 → 0, 1e-7 → 7). */
export function decimalPlaces(x: number): number {
  const r = decimal(x);
  let d = r.d;
  let k = 0;
  while (d % 10n === 0n) {
    d /= 10n;
    k++;
  }
  // A denominator with a prime other than 2 and 5 cannot come from a decimal text; keep the count exact for 2^a·5^b.
  while (d % 2n === 0n || d % 5n === 0n) {
    d /= d % 2n === 0n ? 2n : 5n;
    k++;
  }
  return k;
}
