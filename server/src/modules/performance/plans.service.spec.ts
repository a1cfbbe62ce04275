import { checkpointCount, checkpointOf, monthsBetween } from './periods.service.js';
import { monthsEnd, targetWindow } from './plans.service.js';

describe('period checkpoints', () => {
  const year = { starts_on: '2026-01-01', ends_on: '2026-12-31', checkpoints: 'monthly' as const };

  it('should count whole months since the start', () => {
    expect(monthsBetween('2026-01-01', '2026-01-31')).toBe(0);
    expect(monthsBetween('2026-01-01', '2026-02-01')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-02-14')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsBetween('2025-11-30', '2026-01-29')).toBe(1);
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
