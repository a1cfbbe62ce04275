import { describe, expect, it } from 'vitest';
import { blankInputs, incompleteRows, missingWorkingTime, newActivity, newCategory, newIndividual, toWisnInput } from './wisn';

describe('WISN study inputs', () => {
  it('should send complete rows only, with trimmed names and no empty ones', () => {
    const i = blankInputs();
    i.activities = [
      { ...newActivity(), name: ' Konsultasi ', volume: 15000, minutesPerUnit: 15 },
      { ...newActivity(), name: '', volume: 200, minutesPerUnit: 30 },
      { ...newActivity(), name: 'Setengah', volume: 10, minutesPerUnit: null },
    ];
    i.categoryAllowances = [{ ...newCategory(), name: 'Rapat staf', hours: 2, per: 'week' }, newCategory()];
    i.individualAllowances = [{ ...newIndividual(), name: 'Koordinator', hoursPerYear: 120, staff: 1 }];
    expect(toWisnInput(i)).toEqual({
      workingDaysPerYear: 260,
      publicHolidays: 15,
      annualLeave: 12,
      sickLeave: 10,
      otherLeave: 5,
      hoursPerDay: 7.5,
      activities: [
        { name: 'Konsultasi', volume: 15000, minutesPerUnit: 15 },
        { volume: 200, minutesPerUnit: 30 },
      ],
      categoryAllowances: [{ name: 'Rapat staf', hours: 2, per: 'week' }],
      individualAllowances: [{ name: 'Koordinator', hoursPerYear: 120, staff: 1 }],
    });
    expect(incompleteRows(i)).toBe(1);
  });
  it('should not calculate while a working-time figure is empty, and say which', () => {
    const i = { ...blankInputs(), sickLeave: null, hoursPerWeek: 40 };
    expect(missingWorkingTime(i)).toEqual(['sickLeave']);
    expect(toWisnInput(i)).toBeNull();
    expect(toWisnInput({ ...i, sickLeave: 10 })).toMatchObject({ hoursPerWeek: 40 });
  });
  it('should not send an activity with zero minutes (the calculator divides by it)', () => {
    const i = { ...blankInputs(), activities: [{ ...newActivity(), volume: 10, minutesPerUnit: 0 }] };
    expect(toWisnInput(i)?.activities).toEqual([]);
    expect(incompleteRows(i)).toBe(1);
  });
});
