import { RULE_SEEDS } from '../../reference/rules.seed.js';
import {
  attendanceShare,
  CERTIFICATE_ALPHABET,
  certificateCode,
  completionDecision,
  firstOverlap,
  jpPace,
  placeFor,
  promoteFromWaitlist,
  raisedLevels,
  rangesOverlap,
  sessionDates,
  sessionDays,
} from './training.js';

const hours = RULE_SEEDS.find((r) => r.key === 'competency.development_hours')!.value as { jpPerYear: number; minutesPerJp: number };

describe('promoteFromWaitlist', () => {
  const queue = [
    { id: 'c', queuedAt: '2026-03-01T10:00:02Z' },
    { id: 'a', queuedAt: '2026-03-01T10:00:00Z' },
    { id: 'b', queuedAt: '2026-03-01T10:00:01Z' },
  ];

  it('should give a freed seat to the first in the queue by queuedAt', () => {
    expect(promoteFromWaitlist(2, 1, queue)).toEqual(['a']);
  });

  it('should fill every free seat in queue order when the capacity grows', () => {
    expect(promoteFromWaitlist(5, 2, queue)).toEqual(['a', 'b', 'c']);
    expect(promoteFromWaitlist(4, 2, queue)).toEqual(['a', 'b']);
  });

  it('should promote nobody when the session is full or over-full', () => {
    expect(promoteFromWaitlist(2, 2, queue)).toEqual([]);
    expect(promoteFromWaitlist(2, 3, queue)).toEqual([]);
    expect(promoteFromWaitlist(3, 0, [])).toEqual([]);
  });

  it('should break ties on the same instant by id, and accept Dates', () => {
    const t = new Date('2026-03-01T10:00:00Z');
    expect(
      promoteFromWaitlist(1, 0, [
        { id: 'z', queuedAt: t },
        { id: 'm', queuedAt: t },
      ]),
    ).toEqual(['m']);
  });

  it('should seat a new participant while seats remain, then waitlist', () => {
    expect(placeFor(2, 0)).toBe('enrolled');
    expect(placeFor(2, 1)).toBe('enrolled');
    expect(placeFor(2, 2)).toBe('waitlisted');
  });
});

describe('rangesOverlap', () => {
  const s = { startsOn: '2026-05-10', endsOn: '2026-05-12' };

  it('should detect ranges sharing at least one day, including touching ends', () => {
    expect(rangesOverlap(s, { startsOn: '2026-05-12', endsOn: '2026-05-14' })).toBe(true);
    expect(rangesOverlap(s, { startsOn: '2026-05-08', endsOn: '2026-05-10' })).toBe(true);
    expect(rangesOverlap(s, { startsOn: '2026-05-11', endsOn: '2026-05-11' })).toBe(true);
    expect(rangesOverlap(s, { startsOn: '2026-05-01', endsOn: '2026-05-31' })).toBe(true);
  });

  it('should not flag ranges that only follow each other', () => {
    expect(rangesOverlap(s, { startsOn: '2026-05-13', endsOn: '2026-05-14' })).toBe(false);
    expect(rangesOverlap(s, { startsOn: '2026-05-01', endsOn: '2026-05-09' })).toBe(false);
  });

  it('should be symmetric and find the first clash in a list', () => {
    const o = { startsOn: '2026-05-12', endsOn: '2026-05-20' };
    expect(rangesOverlap(s, o)).toBe(rangesOverlap(o, s));
    const others = [
      { id: 1, startsOn: '2026-04-01', endsOn: '2026-04-02' },
      { id: 2, startsOn: '2026-05-11', endsOn: '2026-05-11' },
      { id: 3, startsOn: '2026-05-12', endsOn: '2026-05-12' },
    ];
    expect(firstOverlap(s, others)?.id).toBe(2);
    expect(firstOverlap(s, others.slice(0, 1))).toBeNull();
  });
});

describe('sessionDays', () => {
  it('should count both ends and list every date, across a month end', () => {
    expect(sessionDays('2026-05-10', '2026-05-10')).toBe(1);
    expect(sessionDays('2026-02-27', '2026-03-02')).toBe(4);
    expect(sessionDates('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('completionDecision', () => {
  it('should complete exactly at the threshold (4 of 5 days = 0.8)', () => {
    const r = completionDecision({ attendedDays: 4, totalDays: 5, threshold: 0.8, passScore: null, score: null });
    expect(r).toEqual({ completed: true, share: 0.8, postTestPassed: false, reasons: [] });
  });

  it('should not complete below the threshold, naming the reason', () => {
    const r = completionDecision({ attendedDays: 2, totalDays: 3, threshold: 0.8, passScore: null, score: null });
    expect(r.completed).toBe(false);
    expect(r.share).toBeCloseTo(0.6667, 4);
    expect(r.reasons).toEqual(['attendance_below_threshold']);
  });

  it('should require a passed post-test where one is set', () => {
    const base = { attendedDays: 3, totalDays: 3, threshold: 0.8, passScore: 70 };
    expect(completionDecision({ ...base, score: 70 })).toMatchObject({ completed: true, postTestPassed: true });
    expect(completionDecision({ ...base, score: 69.99 })).toMatchObject({ completed: false, postTestPassed: false, reasons: ['post_test_failed'] });
    expect(completionDecision({ ...base, score: null })).toMatchObject({ completed: false, reasons: ['post_test_missing'] });
  });

  it('should list every failed condition and not count a post-test passed by someone who did not complete', () => {
    const r = completionDecision({ attendedDays: 0, totalDays: 2, threshold: 0.5, passScore: 60, score: 90 });
    expect(r).toEqual({ completed: false, share: 0, postTestPassed: false, reasons: ['attendance_below_threshold'] });
    const both = completionDecision({ attendedDays: 0, totalDays: 2, threshold: 0.5, passScore: 60, score: 10 });
    expect(both.reasons).toEqual(['attendance_below_threshold', 'post_test_failed']);
  });

  it('should bound the share between 0 and 1', () => {
    expect(attendanceShare(3, 2)).toBe(1);
    expect(attendanceShare(1, 0)).toBe(0);
  });
});

describe('jpPace', () => {
  it('should read the rule: 20 JP a year, 45 minutes each', () => {
    expect(hours).toEqual({ jpPerYear: 20, minutesPerJp: 45 });
  });

  it('should project year-end JP at the current pace (JP so far / days elapsed × days in year)', () => {
    // 1 July 2026 is day 182 of 365: 10 JP → 10 / 182 × 365 = 20.05 → on pace
    const r = jpPace({ done: 10, owed: 20, year: 2026, asOf: '2026-07-01' });
    expect(r).toMatchObject({ daysElapsed: 182, daysInYear: 365, projected: 20.1, remaining: 10, met: false, onPace: true });
    const slow = jpPace({ done: 8, owed: 20, year: 2026, asOf: '2026-07-01' });
    expect(slow).toMatchObject({ projected: 16, onPace: false, remaining: 12 });
  });

  it('should count a leap year and treat met as on pace', () => {
    expect(jpPace({ done: 0, owed: 20, year: 2028, asOf: '2028-12-31' }).daysInYear).toBe(366);
    expect(jpPace({ done: 24, owed: 20, year: 2026, asOf: '2026-01-10' })).toMatchObject({ met: true, onPace: true, remaining: 0 });
  });

  it('should use the JP done for a past year and for a year not yet begun', () => {
    expect(jpPace({ done: 12, owed: 20, year: 2025, asOf: '2026-03-01' })).toMatchObject({ daysElapsed: 365, projected: 12, onPace: false });
    expect(jpPace({ done: 0, owed: 20, year: 2027, asOf: '2026-03-01' })).toMatchObject({ daysElapsed: 0, projected: 0, onPace: false });
  });
});

describe('raisedLevels', () => {
  const raises = [
    { competencyId: 'a', levels: 1 },
    { competencyId: 'b', levels: 2 },
    { competencyId: 'c', levels: 1 },
    { competencyId: 'd', levels: 3 },
  ];

  it('should raise each competency over the latest level, capped at 5', () => {
    const latest = new Map([
      ['a', 2],
      ['b', 4],
      ['d', 5],
    ]);
    expect(raisedLevels(raises, latest)).toEqual([
      { competencyId: 'a', from: 2, to: 3 },
      { competencyId: 'b', from: 4, to: 5 },
    ]);
  });

  it('should leave a never-assessed competency alone (no baseline)', () => {
    expect(raisedLevels(raises, { c: 1 })).toEqual([{ competencyId: 'c', from: 1, to: 2 }]);
    expect(raisedLevels(raises, {})).toEqual([]);
  });
});

describe('certificateCode', () => {
  it('should give 12 base32 characters from random bytes', () => {
    const bytes = Uint8Array.from({ length: 12 }, (_, i) => i * 23);
    const code = certificateCode(bytes);
    expect(code).toHaveLength(12);
    expect([...code].every((c) => CERTIFICATE_ALPHABET.includes(c))).toBe(true);
    expect(certificateCode(new Uint8Array(12))).toBe('000000000000');
    expect(() => certificateCode(new Uint8Array(4))).toThrow();
  });
});
