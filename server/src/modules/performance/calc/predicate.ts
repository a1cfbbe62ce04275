/**
 * The SKP predicate (PermenPAN-RB 6/2022, domain.md §8): the result rating (row) × the behaviour rating (column).
 * The matrix is the reference rule `performance.predicate_matrix`; pure code, no Nest, no database.
 */
export const RATINGS = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATINGS)[number];

export const PREDICATES = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** result → behaviour → predicate */
export type PredicateMatrix = Record<Rating, Record<Rating, Predicate>>;

/** The matrix of the regulation, as the reference rule holds it. */
export const PREDICATE_MATRIX_2022: PredicateMatrix = {
  above: { below: 'kurang', meets: 'baik', above: 'sangat_baik' },
  meets: { below: 'kurang', meets: 'baik', above: 'baik' },
  below: { below: 'sangat_kurang', meets: 'butuh_perbaikan', above: 'butuh_perbaikan' },
};

export const PREDICATE_LABELS: Record<Predicate, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

export class MatrixError extends Error {}

export function predicate(result: Rating, behaviour: Rating, matrix: PredicateMatrix = PREDICATE_MATRIX_2022): Predicate {
  const p = matrix[result]?.[behaviour];
  if (!p || !PREDICATES.includes(p)) throw new MatrixError(`the predicate matrix has no valid cell for result ${result} × behaviour ${behaviour}`);
  return p;
}

/** Predicates that call for a recorded coaching dialogue (and feed the competency recommendations). */
export const NEEDS_COACHING: readonly Predicate[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang'];
