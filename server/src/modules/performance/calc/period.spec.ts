import { checkpointAt, checkpointCount, checkpointOf, monthsEnd, targetWindow } from './period.js';

describe('period checkpoints', () => {
  const year = { starts_on: '2026-01-01', ends_on: '2026-12-31', checkpoints: 'monthly' as const };

  it('should step checkpoints by calendar months from a start in mid-month, the day clamped to short months', () => {
    const p = { starts_on: '2026-05-30', ends_on: '2027-05-29', checkpoints: 'monthly' as const };
    expect(checkpointAt(p, '2026-05-30')).toEqual({ index: 1, startsOn: '2026-05-30', endsOn: '2026-06-29' });
    expect(checkpointAt(p, '2026-06-30')).toEqual({ index: 2, startsOn: '2026-06-30', endsOn: '2026-07-29' });
    expect(checkpointAt(p, '2027-02-28')).toEqual({ index: 10, startsOn: '2027-02-28', endsOn: '2027-03-29' });
    expect(checkpointAt(p, '2027-05-29')).toEqual({ index: 12, startsOn: '2027-04-30', endsOn: '2027-05-29' });
    expect(checkpointCount(p)).toBe(12);
    // outside the period: clamped for the board, null for "the current checkpoint"
    expect(checkpointAt(p, '2026-01-01').index).toBe(1);
    expect(checkpointOf(p, '2026-05-29')).toBeNull();
  });

  it('should give the monthly and quarterly checkpoint of a day, null outside the period', () => {
    expect(checkpointOf(year, '2026-01-01')).toBe(1);
    expect(checkpointOf(year, '2026-03-31')).toBe(3);
    expect(checkpointOf(year, '2026-12-31')).toBe(12);
    expect(checkpointOf(year, '2025-12-31')).toBeNull();
    expect(checkpointOf(year, '2027-01-01')).toBeNull();
    const q = { ...year, checkpoints: 'quarterly' as const };
    expect(checkpointOf(q, '2026-03-31')).toBe(1);
    expect(checkpointOf(q, '2026-04-01')).toBe(2);
    expect(checkpointOf(q, '2026-12-31')).toBe(4);
    expect(checkpointCount(year)).toBe(12);
    expect(checkpointCount(q)).toBe(4);
  });
});

describe('target window', () => {
  const period = { starts_on: '2026-01-01', ends_on: '2026-12-31' };

  it('should end start + months − 1 day, clamped to the period', () => {
    expect(monthsEnd('2026-01-01', 1)).toBe('2026-01-31');
    expect(monthsEnd('2026-01-01', 6)).toBe('2026-06-30');
    expect(monthsEnd('2026-01-01', 12)).toBe('2026-12-31');
    expect(monthsEnd('2026-01-31', 1)).toBe('2026-02-27');
    expect(monthsEnd('2025-11-15', 3)).toBe('2026-02-14');
    expect(targetWindow(period, { deadline: null, months: 6 })).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(targetWindow({ starts_on: '2026-07-01', ends_on: '2026-12-31' }, { deadline: null, months: 12 })).toEqual({ start: '2026-07-01', end: '2026-12-31' });
  });

  it('should use the deadline, else the period end', () => {
    expect(targetWindow(period, { deadline: '2026-09-30', months: null })).toEqual({ start: '2026-01-01', end: '2026-09-30' });
    expect(targetWindow(period, { deadline: null, months: null })).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });
});
