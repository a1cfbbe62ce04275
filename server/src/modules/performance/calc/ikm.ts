/**
 * Public satisfaction index (IKM/SKM, PermenPAN-RB 14/2017, domain.md §9): nine elements answered 1–4; per element the
 * mean of the answers given (NRR); IKM = Σ NRR / 9; converted = IKM × 25; the grade on the converted value rounded to
 * 2 decimals. The scale is the reference rule `ikm.scale`. Pure code.
 */
export interface IkmGrade {
  grade: string;
  label: string;
  min: number;
  max: number;
}
export interface IkmScale {
  elements: string[];
  conversionFactor: number;
  grades: IkmGrade[];
  sample: { chiSquare: number; p: number; marginSquared: number };
}

export interface IkmResult {
  elementMeans: number[];
  /** Answers counted per element (unanswered left out). */
  answered: number[];
  index: number;
  convertedIndex: number;
  grade: string;
  label: string;
}

export class IkmInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const round = (x: number, d: number) => {
  const f = 10 ** d;
  return Math.round((x + Number.EPSILON * Math.abs(x)) * f) / f;
};

/** The grade of a converted value (rounded to 2 decimals first): the band whose [min, max] holds it. */
export function ikmGrade(converted: number, scale: IkmScale): IkmGrade {
  const v = round(converted, 2);
  const g = scale.grades.find((x) => v >= x.min && v <= x.max);
  if (!g) throw new IkmInputError('elementMeans', `a converted index of ${v} is outside every grade band`);
  return g;
}

/** From the element means (NRR), one per element, each 1–4. */
export function ikmFromMeans(means: number[], scale: IkmScale, answered: number[] = means.map(() => 0)): IkmResult {
  const n = scale.elements.length;
  if (means.length !== n) throw new IkmInputError('elementMeans', `exactly ${n} element means are needed, one per element`);
  means.forEach((m, i) => {
    if (!Number.isFinite(m) || m < 1 || m > 4) throw new IkmInputError(`elementMeans.${i}`, `elementMeans.${i} must be between 1 and 4`);
  });
  const index = means.reduce((s, m) => s + m, 0) / n;
  const converted = index * scale.conversionFactor;
  const g = ikmGrade(converted, scale);
  return { elementMeans: means.map((m) => round(m, 4)), answered, index: round(index, 4), convertedIndex: round(converted, 2), grade: g.grade, label: g.label };
}

/**
 * From the responses: each a list of nine answers 1–4, null for an element left unanswered (it is left out of that
 * element's mean). An element nobody answered cannot be graded.
 */
export function ikmFromResponses(responses: (number | null)[][], scale: IkmScale): IkmResult {
  const n = scale.elements.length;
  if (!responses.length) throw new IkmInputError('responses', 'at least one response is needed');
  const sums = new Array<number>(n).fill(0);
  const counts = new Array<number>(n).fill(0);
  responses.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== n) throw new IkmInputError(`responses.${i}`, `responses.${i} must have ${n} answers (null for one left unanswered)`);
    r.forEach((a, j) => {
      if (a === null) return;
      if (!Number.isInteger(a) || a < 1 || a > 4) throw new IkmInputError(`responses.${i}.${j}`, `responses.${i}.${j} must be 1, 2, 3 or 4 (or null)`);
      sums[j] += a;
      counts[j]++;
    });
  });
  const empty = counts.findIndex((c) => c === 0);
  if (empty >= 0) throw new IkmInputError('responses', `no response answers element ${empty + 1} (${scale.elements[empty]}): it cannot be graded`);
  return ikmFromMeans(
    sums.map((s, j) => s / counts[j]),
    scale,
    counts,
  );
}

/** Krejcie & Morgan: s = χ²·N·P(1−P) / (d²(N − 1) + χ²·P(1−P)), rounded up (N 1,000 → 278). */
export function minimumSample(population: number, sample: IkmScale['sample']): number {
  if (!Number.isInteger(population) || population < 1) throw new IkmInputError('population', 'population must be a whole number ≥ 1');
  const { chiSquare: x, p, marginSquared: d2 } = sample;
  const s = (x * population * p) / (d2 * (population - 1) + x * p);
  return Math.ceil(round(s, 6));
}
