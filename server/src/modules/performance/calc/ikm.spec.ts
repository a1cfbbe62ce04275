import { ikmFromMeans, ikmFromResponses, IkmInputError, minimumSample, type IkmScale } from './ikm.js';

const SCALE: IkmScale = {
  elements: ['persyaratan', 'prosedur', 'waktu_pelayanan', 'biaya', 'produk', 'kompetensi_pelaksana', 'perilaku_pelaksana', 'penanganan_pengaduan', 'sarana_prasarana'],
  conversionFactor: 25,
  grades: [
    { grade: 'A', label: 'Sangat Baik', min: 88.31, max: 100 },
    { grade: 'B', label: 'Baik', min: 76.61, max: 88.3 },
    { grade: 'C', label: 'Kurang Baik', min: 65.0, max: 76.6 },
    { grade: 'D', label: 'Tidak Baik', min: 25.0, max: 64.99 },
  ],
  sample: { chiSquare: 3.841, p: 0.25, marginSquared: 0.0025 },
};

/** Nine means whose converted index is exactly `converted` (all equal). */
const at = (converted: number) => new Array(9).fill(converted / 25) as number[];

describe('IKM (PermenPAN-RB 14/2017)', () => {
  it('should compute the domain example: 3.2444 → 81.11, B', () => {
    const r = ikmFromMeans([3.2, 3.1, 3.0, 3.4, 3.5, 3.3, 3.6, 2.9, 3.2], SCALE);
    expect(r).toMatchObject({ index: 3.2444, convertedIndex: 81.11, grade: 'B', label: 'Baik' });
  });

  it.each([
    [88.31, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65.0, 'C'],
    [64.99, 'D'],
  ])('should grade a converted index of %d as %s', (converted, grade) => {
    expect(ikmFromMeans(at(converted), SCALE).grade).toBe(grade);
  });

  it('should leave unanswered elements out of their mean, and refuse an element nobody answered', () => {
    const r = ikmFromResponses(
      [
        [4, 4, 3, 3, 4, 4, 4, null, 3],
        [3, 4, 3, 3, 4, 4, 4, 2, 3],
      ],
      SCALE,
    );
    expect(r.elementMeans).toEqual([3.5, 4, 3, 3, 4, 4, 4, 2, 3]);
    expect(r.answered).toEqual([2, 2, 2, 2, 2, 2, 2, 1, 2]);
    expect(() => ikmFromResponses([[4, 4, 3, 3, 4, 4, 4, null, 3]], SCALE)).toThrow(/element 8/);
  });

  it('should name the bad answer', () => {
    try {
      ikmFromResponses([[4, 4, 5, 3, 4, 4, 4, 4, 3]], SCALE);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(IkmInputError);
      expect((e as IkmInputError).path).toBe('responses.0.2');
    }
  });

  it('should give the Krejcie & Morgan minimum sample (N 1,000 → 278)', () => {
    expect(minimumSample(1000, SCALE.sample)).toBe(278);
    expect(minimumSample(1, SCALE.sample)).toBe(1);
  });
});
