import { describe, expect, it } from 'vitest';
import { budgetScale, budgetUse, clampQuantity, coverage, linePatch, niceCeil, planTimeline, workflowActions } from './plan';
import type { Plan, PlanLine } from './types';

const line = (over: Partial<PlanLine> = {}): PlanLine => ({
  id: 'l1',
  positionId: 'p1',
  positionTitle: 'Perawat Terampil',
  unitId: 'u1',
  unitName: 'Puskesmas Poncol',
  unitCode: 'PKM-PONCOL',
  sector: 'kesehatan',
  kind: 'fungsional',
  class: 7,
  employmentType: 'cpns',
  educationRequired: 'D3 Keperawatan',
  rank: 'II/c',
  annualCostPerPerson: 59_000_000,
  annualCost: 118_000_000,
  shortage: 4,
  quantity: 2,
  weight: 3.2,
  pinned: false,
  excluded: false,
  reason: null,
  version: 7,
  ...over,
});

const plan = (over: Partial<Plan> = {}) =>
  ({
    status: 'draft',
    createdByName: 'Perencana BKPP',
    createdAt: '2026-11-01T08:00:00Z',
    submittedByName: null,
    submittedAt: null,
    verifiedByName: null,
    verifiedAt: null,
    decidedByName: null,
    decidedAt: null,
    rejectionReason: null,
    budgetCeiling: 1_000_000_000,
    totals: { annualCost: 800_000_000, uncoveredCost: 400_000_000, shortage: 20, covered: 15 },
    ...over,
  }) as unknown as Plan;

describe('plan line edits', () => {
  it('should keep a quantity a whole number between 0 and the shortage', () => {
    expect(clampQuantity(7, line())).toBe(4);
    expect(clampQuantity(-1, line())).toBe(0);
    expect(clampQuantity(2.6, line())).toBe(3);
    expect(clampQuantity(null, line())).toBe(0);
    expect(clampQuantity(3, line({ shortage: 2.7 }))).toBe(2);
  });
  it('should send only what changed, with the version read, and pin a quantity set by hand', () => {
    expect(linePatch(line(), { quantity: 3 })).toEqual({ version: 7, quantity: 3, pinned: true });
    expect(linePatch(line(), { quantity: 2 })).toBeNull();
    expect(linePatch(line(), { quantity: 9 })).toEqual({ version: 7, quantity: 4, pinned: true });
    expect(linePatch(line({ pinned: true }), { quantity: 1 })).toEqual({ version: 7, quantity: 1 });
    expect(linePatch(line(), { employmentType: 'pppk' })).toEqual({ version: 7, employmentType: 'pppk' });
    expect(linePatch(line(), { educationRequired: '  D3 Keperawatan ' })).toBeNull();
    expect(linePatch(line(), { educationRequired: '' })).toEqual({ version: 7, educationRequired: null });
    expect(linePatch(line(), { reason: 'Puskesmas rawat inap' })).toEqual({ version: 7, reason: 'Puskesmas rawat inap' });
  });
  it('should clear the quantity and the pin when a line is excluded', () => {
    expect(linePatch(line({ pinned: true }), { excluded: true })).toEqual({ version: 7, excluded: true, quantity: 0, pinned: false });
    expect(linePatch(line({ excluded: true, quantity: 0 }), { excluded: false })).toEqual({ version: 7, excluded: false });
  });
});

describe('plan budget', () => {
  it('should round the slider scale to a nice number above the value and the full cost', () => {
    expect(niceCeil(3_400_000_000)).toBe(5_000_000_000);
    expect(niceCeil(1)).toBe(1);
    const s = budgetScale(25_000_000_000, 80_000_000_000);
    expect(s.min).toBe(0);
    expect(s.max).toBe(100_000_000_000);
    expect(s.max % s.step).toBe(0);
    expect(s.max / s.step).toBeGreaterThanOrEqual(200);
  });
  it('should measure the use of the ceiling and the coverage', () => {
    expect(budgetUse(plan())).toBe(0.8);
    expect(coverage(plan())).toBe(0.75);
    expect(coverage(plan({ totals: { shortage: 0, covered: 0 } } as Partial<Plan>))).toBe(1);
  });
});

describe('plan workflow', () => {
  it('should offer the server-allowed actions in a fixed order and ignore edit', () => {
    expect(workflowActions(['copy', 'reject', 'edit', 'approve'])).toEqual(['approve', 'reject', 'copy']);
    expect(workflowActions(undefined)).toEqual([]);
  });
  it('should show what happened and what is still to come', () => {
    expect(planTimeline(plan()).map((s) => `${s.kind}:${s.done}`)).toEqual(['created:true', 'submitted:false', 'verified:false', 'approved:false']);
    const approved = planTimeline(
      plan({
        status: 'approved',
        submittedByName: 'A',
        submittedAt: '2026-11-02T00:00:00Z',
        verifiedByName: 'A',
        verifiedAt: '2026-11-02T01:00:00Z',
        decidedByName: 'B',
        decidedAt: '2026-11-03T00:00:00Z',
      }),
    );
    expect(approved.every((s) => s.done)).toBe(true);
    expect(approved.at(-1)).toMatchObject({ kind: 'approved', by: 'B' });
  });
  it('should end a rejected plan with its reason and skip a verification that never happened', () => {
    const steps = planTimeline(
      plan({
        status: 'rejected',
        submittedByName: 'A',
        submittedAt: '2026-11-02T00:00:00Z',
        decidedByName: 'B',
        decidedAt: '2026-11-03T00:00:00Z',
        rejectionReason: 'Kurangi guru',
      }),
    );
    expect(steps.map((s) => s.kind)).toEqual(['created', 'submitted', 'rejected']);
    expect(steps.at(-1)).toMatchObject({ note: 'Kurangi guru', by: 'B', done: true });
  });
});
