import { add, decimal, decimalPlaces, div, formatRatio, mul, ratio, ratioToNumber, roundHalfUp, roundRatio } from './rounding.js';

describe('decimal', () => {
  it('should read the decimal a number is written as, not its binary approximation', () => {
    expect(decimal(0.4)).toEqual({ n: 2n, d: 5n });
    expect(decimal(0.1)).toEqual({ n: 1n, d: 10n });
    expect(decimal('78.55')).toEqual({ n: 1571n, d: 20n });
    expect(decimal(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(decimal(-2.5)).toEqual({ n: -5n, d: 2n });
    expect(decimal(1.5e21)).toEqual({ n: 1500000000000000000000n, d: 1n });
  });

  it('should refuse text that is not a number', () => {
    expect(() => decimal('abc')).toThrow(RangeError);
    expect(() => decimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('should round halves away from zero where floating point would not (1.005, 2.675, 1.255)', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1.255, 2)).toBe(1.26);
    expect(roundHalfUp(-0.125, 2)).toBe(-0.13);
    expect(roundHalfUp(0.125, 0)).toBe(0);
    expect(roundHalfUp(2.5, 0)).toBe(3);
  });

  it('should keep values that need no rounding', () => {
    expect(roundHalfUp(78.55, 2)).toBe(78.55);
    expect(roundHalfUp(0, 2)).toBe(0);
  });
});

describe('exact ratios', () => {
  it('should compute 0.1 + 0.2 as exactly 0.3', () => {
    expect(add(decimal(0.1), decimal(0.2))).toEqual(decimal(0.3));
  });

  it('should round a repeating fraction half up (50/3 → 16.67, 2/3 → 0.67) and format it with fixed decimals', () => {
    expect(roundRatio(ratio(50, 3), 2)).toBe(16.67);
    expect(formatRatio(ratio(2, 3), 2)).toBe('0.67');
    expect(formatRatio(ratio(1, 2), 2)).toBe('0.50');
    expect(formatRatio(ratio(-1), 2)).toBe('-1.00');
    expect(formatRatio(ratio(7, 2), 0)).toBe('4');
  });

  it('should multiply and divide exactly', () => {
    const skdScaled = div(mul(ratio(420), ratio(100)), ratio(550));
    expect(skdScaled).toEqual({ n: 840n, d: 11n });
    expect(ratioToNumber(skdScaled)).toBeCloseTo(76.363636363636, 10);
    expect(ratioToNumber(ratio(-1, 4))).toBe(-0.25);
  });

  it('should count the decimals a number carries', () => {
    expect([decimalPlaces(80), decimalPlaces(0.4), decimalPlaces(0.25), decimalPlaces(0.125), decimalPlaces(0.05), decimalPlaces(1e-7)]).toEqual([0, 1, 2, 3, 2, 7]);
  });
});
