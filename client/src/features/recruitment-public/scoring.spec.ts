import { describe, expect, it } from 'vitest';
import { clampScore, interviewTotal, pageOf, partialTotal, perSeat, registrationOpen, shortHash, stageSteps, timeline, wibToday } from './scoring';

const rubric = [
  { key: 'integrity', label: 'Integritas', max: 25 },
  { key: 'communication', label: 'Komunikasi', max: 25 },
  { key: 'motivation', label: 'Motivasi', max: 50 },
];

describe('interview scores', () => {
  it('should keep a score within 0..max with at most two decimals', () => {
    expect(clampScore(30, 25)).toBe(25);
    expect(clampScore(-3, 25)).toBe(0);
    expect(clampScore(12.345, 25)).toBe(12.35);
    expect(clampScore(null, 25)).toBeNull();
    expect(clampScore(Number.NaN, 25)).toBeNull();
  });
  it('should total on 0–100 only once every criterion is scored', () => {
    expect(interviewTotal(rubric, { integrity: 20, communication: 15 })).toBeNull();
    expect(interviewTotal(rubric, { integrity: 20, communication: 15, motivation: 40 })).toBe(75);
    expect(interviewTotal(rubric, { integrity: 25, communication: 25, motivation: 50 })).toBe(100);
    expect(interviewTotal(rubric, { integrity: 0, communication: 0, motivation: 0 })).toBe(0);
    // 10 + 10 + 13 of 75 = 44 %
    expect(
      interviewTotal(
        rubric.map((c) => ({ ...c, max: 25 })),
        { integrity: 10, communication: 10, motivation: 13 },
      ),
    ).toBe(44);
    // 1 of 3 → 33.33; 2 of 3 → 66.67 (half-up)
    expect(interviewTotal([{ key: 'a', label: 'A', max: 3 }], { a: 1 })).toBe(33.33);
    expect(interviewTotal([{ key: 'a', label: 'A', max: 3 }], { a: 2 })).toBe(66.67);
    expect(interviewTotal([], {})).toBeNull();
  });
  it('should show a running total over what is scored so far', () => {
    expect(partialTotal(rubric, { integrity: 25 })).toEqual({ total: 25, scored: 1 });
    expect(partialTotal(rubric, {})).toEqual({ total: 0, scored: 0 });
  });
});

describe('stageSteps', () => {
  const states = (stage: string, type = 'cpns') => stageSteps(stage, type).map((s) => `${s.key}:${s.state}`);
  it('should show a new registration waiting for the administrative selection', () => {
    expect(states('registered')).toEqual(['registered:done', 'admin:current', 'skd:todo', 'shortlist:todo', 'final:todo', 'appointed:todo']);
  });
  it('should mark the step where an application stopped', () => {
    expect(states('admin_failed')).toEqual(['registered:done', 'admin:failed', 'skd:todo', 'shortlist:todo', 'final:todo', 'appointed:todo']);
    expect(states('skd_failed')).toEqual(['registered:done', 'admin:done', 'skd:failed', 'shortlist:todo', 'final:todo', 'appointed:todo']);
    expect(states('not_passed')).toEqual(['registered:done', 'admin:done', 'skd:done', 'shortlist:done', 'final:failed', 'appointed:todo']);
  });
  it('should skip SKD and the shortlist for PPPK and finish at the appointment', () => {
    expect(states('admin_passed', 'pppk')).toEqual(['registered:done', 'admin:done', 'final:current', 'appointed:todo']);
    expect(states('appointed', 'pppk')).toEqual(['registered:done', 'admin:done', 'final:done', 'appointed:done']);
    expect(states('passed')).toEqual(['registered:done', 'admin:done', 'skd:done', 'shortlist:done', 'final:done', 'appointed:current']);
  });
});

describe('small helpers', () => {
  it('should page a list and keep the page within range', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 1, 20)).toEqual({ rows: items.slice(0, 20), pages: 3, page: 1 });
    expect(pageOf(items, 3, 20).rows).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 9, 20).page).toBe(3);
    expect(pageOf([], 1, 20)).toEqual({ rows: [], pages: 1, page: 1 });
  });
  it('should shorten a hash and count applicants per seat', () => {
    expect(shortHash('a'.repeat(8) + 'b'.repeat(52) + 'cdef')).toBe('aaaaaaaa…cdef');
    expect(shortHash('abc')).toBe('abc');
    expect(perSeat(250, 3)).toBe(83.3);
    expect(perSeat(5, 0)).toBeNull();
  });
});

describe('schedule', () => {
  const s = {
    registrationOpens: '2026-11-20',
    registrationCloses: '2026-12-05',
    adminSelectionEnds: '2026-12-12',
    appealOpens: '2026-12-13',
    appealCloses: '2026-12-15',
    appealAnswerBy: '2026-12-18',
    skdStarts: '2027-01-05',
    skdEnds: '2027-01-10',
    skbStarts: '2027-01-20',
    skbEnds: '2027-01-25',
    announcement: '2027-02-01',
  };
  it('should take today in Semarang time', () => {
    expect(wibToday(Date.UTC(2026, 10, 27, 17, 0))).toBe('2026-11-28');
    expect(wibToday(Date.UTC(2026, 10, 27, 16, 59))).toBe('2026-11-27');
  });
  it('should open registration on both ends of the window', () => {
    expect(registrationOpen(s, '2026-11-19')).toBe(false);
    expect(registrationOpen(s, '2026-11-20')).toBe(true);
    expect(registrationOpen(s, '2026-12-05')).toBe(true);
    expect(registrationOpen(s, '2026-12-06')).toBe(false);
    expect(registrationOpen(null, '2026-12-01')).toBe(false);
  });
  it('should mark the timeline done, now or to come', () => {
    const rows = timeline(s, '2026-12-14');
    expect(rows.map((r) => `${r.key}:${r.state}`)).toEqual([
      'registration:done',
      'adminSelection:done',
      'appeal:now',
      'appealAnswer:todo',
      'skd:todo',
      'skb:todo',
      'announcement:todo',
    ]);
  });
});
