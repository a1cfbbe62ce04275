import { MatrixError, PREDICATE_MATRIX_2022, predicate, type Predicate, type Rating } from './predicate.js';

describe('predicate (PermenPAN-RB 6/2022 matrix)', () => {
  it.each<[Rating, Rating, Predicate]>([
    ['above', 'below', 'kurang'],
    ['above', 'meets', 'baik'],
    ['above', 'above', 'sangat_baik'],
    ['meets', 'below', 'kurang'],
    ['meets', 'meets', 'baik'],
    ['meets', 'above', 'baik'],
    ['below', 'below', 'sangat_kurang'],
    ['below', 'meets', 'butuh_perbaikan'],
    ['below', 'above', 'butuh_perbaikan'],
  ])('should give result %s × behaviour %s → %s', (result, behaviour, expected) => {
    expect(predicate(result, behaviour)).toBe(expected);
  });

  it('should follow a configured matrix and refuse one with a broken cell', () => {
    const changed = { ...PREDICATE_MATRIX_2022, meets: { ...PREDICATE_MATRIX_2022.meets, above: 'sangat_baik' as Predicate } };
    expect(predicate('meets', 'above', changed)).toBe('sangat_baik');
    const broken = { ...PREDICATE_MATRIX_2022, below: { ...PREDICATE_MATRIX_2022.below, meets: 'lumayan' as Predicate } };
    expect(() => predicate('below', 'meets', broken)).toThrow(MatrixError);
  });
});
