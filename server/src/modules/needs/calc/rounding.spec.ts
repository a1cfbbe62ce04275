import { normalise, roundHalfUp, roundWith } from './rounding.js';

describe('roundHalfUp', () => {
  it.each([
    [0.895, 2, 0.9],
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [1.4999, 0, 1],
    [2.675, 2, 2.68],
    [1.1264, 2, 1.13],
    [2.49745, 4, 2.4975],
    [0.8949, 2, 0.89],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
  ])('should round %d to %i decimals as %d', (x, digits, expected) => {
    expect(roundHalfUp(x, digits)).toBe(expected);
  });

  it('should round the decimal value despite binary noise (naive rounding gets these wrong)', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the trap
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(67125 / 75000, 2)).toBe(0.9);
    expect(roundHalfUp(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundHalfUp(1.0049999999999999, 2)).toBe(1.01);
  });

  it('should round halves of negative numbers away from zero and never return -0', () => {
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(-0.796, 2)).toBe(-0.8);
    expect(Object.is(roundHalfUp(-0.4), 0)).toBe(true);
  });

  it('should keep large, tiny and non-finite values sensible', () => {
    expect(roundHalfUp(123456789.5)).toBe(123456790);
    expect(roundHalfUp(1e21 + 0.5)).toBe(1e21);
    expect(roundHalfUp(4e-7, 6)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(1e-6);
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfUp(Number.NaN)).toBeNaN();
  });

  it('should reject fractional digits', () => {
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });
});

describe('roundWith', () => {
  it('should normalise before ceil and floor', () => {
    expect(roundWith(3.0000000000004, 'ceil')).toBe(3);
    expect(roundWith(2.9999999999997, 'floor')).toBe(3);
    expect(Math.ceil(0.1 * 3 * 10)).toBe(4); // the trap: 3.0000000000000004
    expect(roundWith(0.1 * 3 * 10, 'ceil')).toBe(3);
  });

  it.each([
    [1.2, 'half_up', 1],
    [1.2, 'ceil', 2],
    [1.2, 'floor', 1],
    [1.5, 'half_up', 2],
    [1.5, 'floor', 1],
    [65.2056, 'ceil', 66],
    [-1.5, 'ceil', -1],
    [-1.5, 'floor', -2],
  ] as const)('should round %d with %s to %d', (x, mode, expected) => {
    expect(roundWith(x, mode)).toBe(expected);
  });

  it('should round to decimals too', () => {
    expect(roundWith(2.7961, 'ceil', 2)).toBe(2.8);
    expect(roundWith(2.7999, 'floor', 2)).toBe(2.79);
    expect(roundWith(0.895, 'half_up', 2)).toBe(0.9);
  });

  it('should reject an unknown mode', () => {
    expect(() => roundWith(1, 'banker' as never)).toThrow(RangeError);
  });
});

describe('normalise', () => {
  it('should keep 12 significant digits and drop -0', () => {
    expect(normalise(1.0049999999999999)).toBe(1.005);
    expect(normalise(0.30000000000000004)).toBe(0.3);
    expect(normalise(123456789012345)).toBe(123456789012000);
    expect(Object.is(normalise(-0), 0)).toBe(true);
  });
});
