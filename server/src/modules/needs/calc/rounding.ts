/**
 * Rounding of decimal figures despite binary floating-point noise.
 *
 * Calculations keep full precision; only the figure shown is rounded (domain.md). A double such as 1.005 is stored as
 * 1.00499999999999989…, so a naive `Math.round(x * 100) / 100` gives 1 where the regulation means 1.01. Every
 * function here first normalises its input to 12 significant digits, the precision at which the figures of this
 * domain are meaningful, and then rounds the decimal value exactly by shifting the decimal exponent in the number's
 * text (no multiplication, so no new noise).
 */

/** How a figure is rounded to a whole number (or to `digits` decimals). */
export type RoundingMode = 'half_up' | 'ceil' | 'floor';

/** Significant digits kept before rounding: enough for any figure of the domain, few enough to drop binary noise. */
export const SIGNIFICANT_DIGITS = 12;

/** `x` normalised to 12 significant digits (1.00499999999999989 → 1.005, 3.0000000000004 → 3). Non-finite values pass through. */
export function normalise(x: number): number {
  if (!Number.isFinite(x)) return x;
  const n = Number(x.toPrecision(SIGNIFICANT_DIGITS));
  return n === 0 ? 0 : n; // never -0
}

/** `x × 10^k` computed on the decimal text of x, exact for the decimal value x denotes. */
function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent] = x.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}

function roundScaled(x: number, digits: number, round: (scaled: number) => number): number {
  if (!Number.isFinite(x)) return x;
  if (!Number.isInteger(digits)) throw new RangeError(`digits must be an integer (got ${digits})`);
  const n = normalise(x);
  // Whole numbers: rounding the normalised value is exact (halves are exact in binary), no decimal text needed.
  const r = digits === 0 ? round(n) : shiftDecimal(round(shiftDecimal(n, digits)), -digits);
  return r === 0 ? 0 : r; // never -0
}

/**
 * Rounds half-up to `digits` decimals (negative digits round to tens, hundreds…): 0.895 → 0.90, 1.005 → 1.01, 2.5 → 3.
 * Halves of negative numbers round away from zero (−2.5 → −3), like a spreadsheet's ROUND, so that rounding is
 * symmetric for differences such as `existing − required`.
 */
export function roundHalfUp(x: number, digits = 0): number {
  return roundScaled(x, digits, (scaled) => Math.sign(scaled) * Math.round(Math.abs(scaled)));
}

/**
 * Rounds with a rule's mode: `half_up` (see roundHalfUp), `ceil` or `floor`, to `digits` decimals (default whole
 * numbers). Ceil and floor are normalised too, so 3.0000000000004 ceils to 3 and 2.9999999999997 floors to 3.
 */
export function roundWith(x: number, mode: RoundingMode, digits = 0): number {
  switch (mode) {
    case 'half_up':
      return roundHalfUp(x, digits);
    case 'ceil':
      return roundScaled(x, digits, Math.ceil);
    case 'floor':
      return roundScaled(x, digits, Math.floor);
    default:
      throw new RangeError(`unknown rounding mode ${String(mode)}`);
  }
}
