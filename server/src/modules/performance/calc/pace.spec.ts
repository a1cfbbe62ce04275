import { pace, PaceInputError } from './pace.js';

const YEAR = { start: '2026-01-01', end: '2026-12-31', target: 120 };

describe('pace', () => {
  it('should expect the share of the window elapsed, inclusive of the day asked', () => {
    expect(pace({ ...YEAR, on: '2026-12-31', realised: 120 }, 0.15)).toEqual({ expected: 1, realised: 1, behind: 0, atRisk: false });
    // 30 June: 181 of 365 days
    expect(pace({ ...YEAR, on: '2026-06-30', realised: 60 }, 0.15).expected).toBe(0.4959);
    expect(pace({ ...YEAR, on: '2025-12-31', realised: 0 }, 0.15).expected).toBe(0);
    expect(pace({ ...YEAR, on: '2027-02-01', realised: 0 }, 0.15).expected).toBe(1);
  });

  it('should flag a target behind by more than the threshold, not one behind by exactly it', () => {
    // a 100-day window, day 50: expected 0.5
    const w = { start: '2026-01-01', end: '2026-04-10', on: '2026-02-19', target: 100 };
    expect(pace({ ...w, realised: 35 }, 0.15)).toMatchObject({ expected: 0.5, behind: 0.15, atRisk: false });
    expect(pace({ ...w, realised: 34 }, 0.15)).toMatchObject({ behind: 0.16, atRisk: true });
    expect(pace({ ...w, realised: 80 }, 0.15)).toMatchObject({ behind: -0.3, atRisk: false });
  });

  it('should refuse impossible inputs', () => {
    expect(() => pace({ ...YEAR, on: '2026-13-01', realised: 1 }, 0.15)).toThrow(PaceInputError);
    expect(() => pace({ ...YEAR, end: '2025-12-01', on: '2026-01-05', realised: 1 }, 0.15)).toThrow(PaceInputError);
    expect(() => pace({ ...YEAR, target: 0, on: '2026-01-05', realised: 1 }, 0.15)).toThrow(PaceInputError);
    expect(() => pace({ ...YEAR, on: '2026-01-05', realised: -1 }, 0.15)).toThrow(PaceInputError);
  });
});
