import { describe, expect, it } from 'vitest';
import type { WorkloadTask } from './types';
import { newTaskRow, taskPatch, taskProblems, toTaskRow, toWorkloadCalculation } from './workload';

const stored: WorkloadTask = {
  id: 't1',
  positionId: 'p1',
  description: 'Memverifikasi berkas',
  outputUnit: 'berkas',
  volume: 20,
  volumePeriod: 'week',
  annualVolume: 940,
  minutesPerUnit: 30,
  annualMinutes: 28200,
  sortOrder: 0,
  version: 3,
};

describe('workload task rows', () => {
  it('should send every row with both numbers to the live calculator, half-typed text included', () => {
    const a = toTaskRow(stored);
    const b = { ...newTaskRow(), volume: 5, minutesPerUnit: 60 };
    const c = { ...newTaskRow(), description: 'Rapat', volume: 3 };
    expect(toWorkloadCalculation([a, b, c], 2)).toEqual({
      tasks: [
        { volume: 20, minutesPerUnit: 30, period: 'week' },
        { volume: 5, minutesPerUnit: 60, period: 'year' },
      ],
      existing: 2,
    });
    expect(toWorkloadCalculation([], null)).toEqual({ tasks: [] });
  });
  it('should name the fields a row still needs before it can be saved', () => {
    expect(taskProblems(newTaskRow())).toEqual(['description', 'outputUnit', 'volume', 'minutesPerUnit']);
    expect(taskProblems({ ...toTaskRow(stored), volume: -1 })).toEqual(['volume']);
    expect(taskProblems(toTaskRow(stored))).toEqual([]);
  });
  it('should patch only the changed fields with the version read', () => {
    const row = toTaskRow(stored);
    expect(taskPatch(stored, row)).toBeNull();
    expect(taskPatch(stored, { ...row, volume: 25, volumePeriod: 'month', description: ' Memverifikasi berkas ' })).toEqual({ version: 3, volume: 25, volumePeriod: 'month' });
    expect(taskPatch(stored, { ...row, outputUnit: 'dokumen' })).toEqual({ version: 3, outputUnit: 'dokumen' });
  });
  it('should give new rows their own keys', () => {
    expect(newTaskRow().key).not.toBe(newTaskRow().key);
  });
});
