import { checkDistribution, DistributionError, type DistributionLimits } from './distribution.js';

/** The reference rule performance.distribution_limits (PermenPAN-RB 6/2022). */
const LIMITS: DistributionLimits = {
  istimewa: { sangat_baik: { max: 0.7 } },
  baik: { baik: { max: 0.7 }, butuh_perbaikan_or_kurang: { minCount: 1 } },
  butuh_perbaikan: { butuh_perbaikan: { min: 0.6 }, sangat_baik: { max: 0.1 } },
  kurang: { kurang: { min: 0.6 }, butuh_perbaikan: { min: 0.1 }, sangat_baik: { max: 0.1 } },
  sangat_kurang: { sangat_kurang: { min: 0.6 }, kurang_or_butuh_perbaikan: { min: 0.1 }, sangat_baik: { max: 0 } },
  rounding: { min: 'ceil', max: 'floor' },
};

describe('checkDistribution', () => {
  it('should round a maximum down: 10 staff at most 70 % Baik → 7 pass, 8 break it', () => {
    expect(checkDistribution('baik', { sangat_baik: 2, baik: 7, butuh_perbaikan: 1 }, LIMITS).ok).toBe(true);
    const r = checkDistribution('baik', { sangat_baik: 1, baik: 8, kurang: 1 }, LIMITS);
    expect(r.violations).toEqual([{ predicates: ['baik'], kind: 'max', share: 0.7, limit: 7, actual: 8, excess: 1 }]);
  });

  it('should round a minimum up: 20 staff at least 60 % Butuh Perbaikan → 12 pass, 11 break it', () => {
    expect(checkDistribution('butuh_perbaikan', { butuh_perbaikan: 12, baik: 6, sangat_baik: 2 }, LIMITS).ok).toBe(true);
    const r = checkDistribution('butuh_perbaikan', { butuh_perbaikan: 11, baik: 7, sangat_baik: 2 }, LIMITS);
    expect(r.violations).toEqual([{ predicates: ['butuh_perbaikan'], kind: 'min', share: 0.6, limit: 12, actual: 11, excess: 1 }]);
    // 11 staff: 60 % is 6.6 → at least 7
    expect(checkDistribution('butuh_perbaikan', { butuh_perbaikan: 6, baik: 5 }, LIMITS).violations[0]).toMatchObject({ limit: 7, actual: 6 });
  });

  it('should ask a unit rated Baik for at least one Butuh Perbaikan or Kurang', () => {
    const r = checkDistribution('baik', { sangat_baik: 3, baik: 7 }, LIMITS);
    expect(r.violations).toEqual([{ predicates: ['butuh_perbaikan', 'kurang'], kind: 'min', share: null, limit: 1, actual: 0, excess: 1 }]);
  });

  it('should list every rule a distribution breaks, with its counts', () => {
    const r = checkDistribution('sangat_kurang', { sangat_kurang: 5, baik: 4, sangat_baik: 1 }, LIMITS);
    expect(r.total).toBe(10);
    expect(r.violations.map((v) => [v.predicates.join('+'), v.kind, v.limit, v.actual])).toEqual([
      ['sangat_kurang', 'min', 6, 5],
      ['kurang+butuh_perbaikan', 'min', 1, 0],
      ['sangat_baik', 'max', 0, 1],
    ]);
  });

  it('should hold an Istimewa unit to at most 70 % Sangat Baik', () => {
    expect(checkDistribution('istimewa', { sangat_baik: 7, baik: 3 }, LIMITS).ok).toBe(true);
    expect(checkDistribution('istimewa', { sangat_baik: 8, baik: 2 }, LIMITS).ok).toBe(false);
  });

  it('should refuse negative or fractional counts and unknown groups', () => {
    expect(() => checkDistribution('baik', { baik: -1 }, LIMITS)).toThrow(DistributionError);
    expect(() => checkDistribution('baik', { baik: 1.5 }, LIMITS)).toThrow(DistributionError);
    expect(() => checkDistribution('baik', { baik: 1 }, { baik: { luar_biasa: { max: 0.5 } } })).toThrow(DistributionError);
  });
});
