import { checkRubricScores, isSpreadFlagged, panelistScore, panelSummary, toHundredths } from './interview.js';

const rubric = [
  { key: 'integrity', label: 'Integritas', max: 10 },
  { key: 'communication', label: 'Komunikasi', max: 10 },
  { key: 'motivation', label: 'Motivasi', max: 5 },
];

describe('interview calculations', () => {
  describe('toHundredths', () => {
    it('should give exact hundredths for values with up to 2 decimals, including binary fractions', () => {
      expect(toHundredths(0.29)).toBe(29);
      expect(toHundredths(7.05)).toBe(705);
      expect(toHundredths(10)).toBe(1000);
    });

    it('should answer null when a value has more than 2 decimals', () => {
      expect(toHundredths(7.005)).toBeNull();
      expect(toHundredths(1 / 3)).toBeNull();
    });
  });

  describe('checkRubricScores', () => {
    it('should accept every criterion within 0..max with at most 2 decimals', () => {
      expect(checkRubricScores(rubric, { integrity: 0, communication: 10, motivation: 4.75 })).toEqual([]);
    });

    it('should name a missing criterion as scores.<key>', () => {
      expect(checkRubricScores(rubric, { integrity: 8, communication: 7 })).toEqual([expect.objectContaining({ path: 'scores.motivation', code: 'required' })]);
    });

    it('should refuse a score above the criterion maximum and below 0', () => {
      const errors = checkRubricScores(rubric, { integrity: 10.01, communication: -1, motivation: 5 });
      expect(errors.map((e) => [e.path, e.code])).toEqual([
        ['scores.integrity', 'max'],
        ['scores.communication', 'min'],
      ]);
    });

    it('should refuse more than 2 decimals, a non-number and a key outside the rubric', () => {
      const errors = checkRubricScores(rubric, { integrity: 8.125, communication: '7', motivation: 3, charisma: 5 });
      expect(errors.map((e) => [e.path, e.code])).toEqual([
        ['scores.integrity', 'max_decimals'],
        ['scores.communication', 'is_number'],
        ['scores.charisma', 'unknown_field'],
      ]);
    });

    it('should refuse null and non-finite values', () => {
      const errors = checkRubricScores(rubric, { integrity: null, communication: Number.NaN, motivation: Infinity });
      expect(errors.map((e) => e.code)).toEqual(['required', 'is_number', 'is_number']);
    });
  });

  describe('panelistScore', () => {
    it('should be Σ scores / Σ max × 100 to 2 decimals', () => {
      // 8 + 7 + 4 = 19 of 25 → 76
      expect(panelistScore(rubric, { integrity: 8, communication: 7, motivation: 4 })).toBe(76);
      // 7.5 + 8.25 + 3 = 18.75 of 25 → 75
      expect(panelistScore(rubric, { integrity: 7.5, communication: 8.25, motivation: 3 })).toBe(75);
    });

    it('should round half-up at the second decimal', () => {
      const r = [
        { key: 'a', label: 'A', max: 8 },
        { key: 'b', label: 'B', max: 8 },
      ];
      // 1 of 16 = 6.25 exactly; 1.01 of 16 = 6.3125 → 6.31; 1.02 of 16 = 6.375 → 6.38 (half-up)
      expect(panelistScore(r, { a: 1, b: 0 })).toBe(6.25);
      expect(panelistScore(r, { a: 1.01, b: 0 })).toBe(6.31);
      expect(panelistScore(r, { a: 1.02, b: 0 })).toBe(6.38);
      // 2 of 3 = 66.666… → 66.67
      expect(panelistScore([{ key: 'a', label: 'A', max: 3 }], { a: 2 })).toBe(66.67);
    });

    it('should give 0 and 100 at the ends of the scale', () => {
      expect(panelistScore(rubric, { integrity: 0, communication: 0, motivation: 0 })).toBe(0);
      expect(panelistScore(rubric, { integrity: 10, communication: 10, motivation: 5 })).toBe(100);
    });
  });

  describe('panelSummary', () => {
    it('should be empty before any submission', () => {
      expect(panelSummary([], 15)).toEqual({ submitted: 0, mean: null, spread: null, flagged: false });
    });

    it('should never flag a single panelist', () => {
      expect(panelSummary([80], 0)).toEqual({ submitted: 1, mean: 80, spread: 0, flagged: false });
    });

    it('should give the mean to 3 decimals, half-up', () => {
      // (80 + 75.5 + 70.01) / 3 = 75.17
      expect(panelSummary([80, 75.5, 70.01], 15).mean).toBe(75.17);
      // (70 + 70.01 + 70.01) / 3 = 70.00666… → 70.007
      expect(panelSummary([70, 70.01, 70.01], 15).mean).toBe(70.007);
      // (70 + 70.01) / 2 = 70.005 exactly
      expect(panelSummary([70, 70.01], 15).mean).toBe(70.005);
      // (0.01 + 0 + 0 + 0 + 0 + 0 + 0 + 0) / 8 = 0.00125 → 0.001; (0.01 × 5 + 0 × 3) / 8 = 0.00625 → 0.006
      expect(panelSummary([0.01, 0, 0, 0, 0, 0, 0, 0], 15).mean).toBe(0.001);
      expect(panelSummary([0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0], 15).mean).toBe(0.006);
    });

    it('should not flag a spread exactly at the limit, and flag one hundredth above it', () => {
      expect(panelSummary([60, 75], 15)).toEqual({ submitted: 2, mean: 67.5, spread: 15, flagged: false });
      expect(panelSummary([60, 75.01], 15)).toMatchObject({ spread: 15.01, flagged: true });
      expect(panelSummary([59.99, 75], 15)).toMatchObject({ spread: 15.01, flagged: true });
    });

    it('should measure the spread as highest − lowest among all submissions', () => {
      expect(panelSummary([70, 90, 80], 15)).toMatchObject({ spread: 20, flagged: true });
      expect(panelSummary([70, 84, 80], 15)).toMatchObject({ spread: 14, flagged: false });
    });
  });

  describe('isSpreadFlagged', () => {
    it('should compare exactly for limits that are binary fractions', () => {
      expect(isSpreadFlagged(0.29, 0.29, 2)).toBe(false);
      expect(isSpreadFlagged(0.3, 0.29, 2)).toBe(true);
      expect(isSpreadFlagged(12.3, 12.3, 3)).toBe(false);
    });

    it('should need at least two submissions', () => {
      expect(isSpreadFlagged(50, 10, 1)).toBe(false);
      expect(isSpreadFlagged(50, 10, 2)).toBe(true);
    });
  });
});
