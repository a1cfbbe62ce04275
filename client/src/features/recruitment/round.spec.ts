import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  defaultRules,
  flaggedApplications,
  formatScore,
  keyFromLabel,
  maskNik,
  neighbours,
  percentTotal,
  percentsComplete,
  phaseStates,
  rulesErrors,
  scheduleErrors,
  scheduleValid,
  toPercent,
  toShare,
  wibToday,
  type ScheduleDraft,
} from './round';
import type { RoundSchedule } from './types';

const schedule: RoundSchedule = {
  registrationOpens: '2026-08-01',
  registrationCloses: '2026-08-15',
  adminSelectionEnds: '2026-08-22',
  appealOpens: '2026-08-23',
  appealCloses: '2026-08-25',
  appealAnswerBy: '2026-08-30',
  skdStarts: '2026-09-05',
  skdEnds: '2026-09-20',
  skbStarts: '2026-10-01',
  skbEnds: '2026-10-15',
  announcement: '2026-10-30',
};

describe('schedule', () => {
  it('should accept dates in order, equal dates included', () => {
    expect(scheduleErrors(schedule)).toEqual({});
    expect(scheduleValid({ ...schedule, registrationCloses: '2026-08-01' })).toBe(true);
  });
  it('should name a missing date and a date before the previous one', () => {
    const s: ScheduleDraft = { ...schedule, adminSelectionEnds: null, appealCloses: '2026-08-22' };
    expect(scheduleErrors(s)).toEqual({ adminSelectionEnds: { code: 'required' }, appealCloses: { code: 'order', after: 'appealOpens' } });
  });
  it('should compare a date after a gap with the last good date', () => {
    const s: ScheduleDraft = { ...schedule, registrationCloses: '2026-07-01' };
    // registrationCloses is before registrationOpens; adminSelectionEnds compares with registrationOpens, not the bad date
    expect(scheduleErrors(s)).toEqual({ registrationCloses: { code: 'order', after: 'registrationOpens' } });
  });
  it('should reject a malformed date', () => {
    expect(scheduleErrors({ ...schedule, announcement: '30/10/2026' })).toEqual({ announcement: { code: 'required' } });
  });
});

describe('weights', () => {
  it('should sum percents without floating-point dust', () => {
    expect(percentTotal([33.33, 33.33, 33.34])).toBe(100);
    expect(percentsComplete([10.1, 20.2, 69.7])).toBe(true);
    expect(percentsComplete([50, 49.99])).toBe(false);
    expect(percentsComplete([50, null, 50])).toBe(true);
  });
  it('should convert shares and percents both ways', () => {
    expect(toPercent(0.3)).toBe(30);
    expect(toPercent(0.3333)).toBe(33.33);
    expect(toShare(33.33)).toBe(0.3333);
    expect(toShare(60)).toBe(0.6);
  });
  it('should accept the default rules and name each broken rule', () => {
    expect(rulesErrors(defaultRules())).toEqual({});
    const r = defaultRules();
    r.skbComponents[0].weight = 0.4;
    r.finalScore.skbWeight = 0.5;
    r.interview.minPanelists = 1;
    r.ageLimits = { min: 40, max: 35 };
    r.documents.push({ key: 'ktp', label: 'KTP lagi', required: false });
    expect(rulesErrors(r)).toEqual({ skbComponents: 'weights100', finalScore: 'weights100', minPanelists: 'minPanelists', ageLimits: 'ageOrder', documents: 'duplicateKeys' });
  });
  it('should make a key of a label', () => {
    expect(keyFromLabel('Tes Praktik Kerja')).toBe('tes_praktik_kerja');
    expect(keyFromLabel('  Ëtika & Integritas ')).toBe('etika_integritas');
  });
});

describe('phases and deadlines', () => {
  it('should tell which phase is current (inclusive windows)', () => {
    const on = (d: string) =>
      phaseStates(schedule, d)
        .map((p) => p.state[0])
        .join('');
    expect(on('2026-07-31')).toBe('uuuuuu');
    expect(on('2026-08-01')).toBe('cuuuuu');
    expect(on('2026-08-15')).toBe('ccuuuu');
    expect(on('2026-08-16')).toBe('dcuuuu');
    expect(on('2026-09-10')).toBe('dddcuu');
    expect(on('2026-10-30')).toBe('dddddc');
    expect(on('2026-10-31')).toBe('dddddd');
  });
  it('should count days to a deadline, negative once past', () => {
    expect(daysBetween('2026-08-28', '2026-08-30')).toBe(2);
    expect(daysBetween('2026-08-30', '2026-08-30')).toBe(0);
    expect(daysBetween('2026-09-02', '2026-08-30')).toBe(-3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('should take today in WIB', () => {
    expect(wibToday(new Date('2026-08-30T16:59:00Z'))).toBe('2026-08-30');
    expect(wibToday(new Date('2026-08-30T17:00:00Z'))).toBe('2026-08-31');
  });
});

describe('formats', () => {
  it('should format scores in Indonesian, decimals as strings too', () => {
    expect(formatScore('78.550')).toBe('78,55');
    expect(formatScore(420)).toBe('420');
    expect(formatScore(null)).toBe('—');
    expect(formatScore('x')).toBe('—');
    expect(formatScore(1234.5, 'en-US')).toBe('1,234.5');
  });
  it('should mask a NIK like the public lists', () => {
    expect(maskNik('3374015708850001')).toBe('3374**********01');
    expect(maskNik('123')).toBe('***');
  });
  it('should find the previous and next item', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(items, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items, 'a').prev).toBeNull();
    expect(neighbours(items, null)).toEqual({ prev: null, next: { id: 'a' } });
  });
});

describe('interview spread', () => {
  const row = (applicationId: string, score: number | null, submitted = true) => ({ applicationId, score, submitted });
  it('should flag a spread strictly above the limit with two submitted scores', () => {
    const rows = [row('a', 70), row('a', 90.01), row('b', 70), row('b', 90), row('c', 50), row('c', 99, false), row('d', 0.29), row('d', 0.58)];
    expect(flaggedApplications(rows, 20).map((f) => [f.row.applicationId, f.spread])).toEqual([['a', 20.01]]);
    expect(flaggedApplications(rows, 0.29).map((f) => f.row.applicationId)).toEqual(['a', 'b']);
  });
});
