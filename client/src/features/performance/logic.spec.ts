import { describe, expect, it } from 'vitest';
import { reportBody } from './api';
import {
  applyStreamEvent,
  expectedShare,
  FLASH_MS,
  isOverdue,
  medianRating,
  mergeRows,
  paceBar,
  pickPeriod,
  shareAfterReport,
  submitBlocker,
  targetWindowEnd,
  toTargetInput,
  weightsOk,
  weightTotal,
  type BoardRow,
} from './logic';
import type { MonitoringPerson, Target } from './types';

const person = (over: Partial<MonitoringPerson> = {}): MonitoringPerson => ({
  employeeId: 'e1',
  name: 'Sari',
  nip: '1990',
  unitId: 'u1',
  unitName: 'Puskesmas Poncol',
  positionTitle: 'Perawat',
  planId: 'p1',
  planStatus: 'approved',
  targets: 3,
  atRiskTargets: 0,
  realisation: 0.4,
  expected: 0.5,
  behind: 0.1,
  reportedThisCheckpoint: false,
  lastReportAt: null,
  openCoaching: 0,
  overdueFollowUps: 0,
  ...over,
});

describe('weights', () => {
  it('should add the weights up to two decimals and accept 100 ± 0.01 only', () => {
    expect(weightTotal([{ weight: 33.33 }, { weight: 33.33 }, { weight: 33.34 }])).toBe(100);
    expect(weightsOk(weightTotal([{ weight: 33.33 }, { weight: 33.33 }, { weight: 33.34 }]))).toBe(true);
    expect(weightsOk(99.99)).toBe(true);
    expect(weightsOk(100.01)).toBe(true);
    expect(weightsOk(99.98)).toBe(false);
    expect(weightsOk(100.5)).toBe(false);
    expect(weightTotal([{ weight: 0.1 }, { weight: 0.2 }])).toBe(0.3);
    expect(weightTotal([{ weight: Number.NaN }, { weight: 40 }])).toBe(40);
  });
  it('should say what blocks a submission: no targets, or weights that are not 100', () => {
    expect(submitBlocker([])).toBe('noTargets');
    expect(submitBlocker([{ weight: 60 }, { weight: 30 }])).toBe('weights');
    expect(submitBlocker([{ weight: 60 }, { weight: 40 }])).toBeNull();
  });
});

describe('pace', () => {
  it('should compute the expected share like the server (inclusive days, clamped)', () => {
    expect(expectedShare('2026-01-01', '2026-01-10', '2026-01-05')).toBe(0.5);
    expect(expectedShare('2026-01-01', '2026-01-10', '2025-12-31')).toBe(0);
    expect(expectedShare('2026-01-01', '2026-01-10', '2026-02-01')).toBe(1);
    expect(expectedShare('2026-01-01', '2026-12-31', '2026-07-02')).toBeCloseTo(183 / 365, 4);
  });
  it('should end a target window at its deadline, after its months, or at the period end', () => {
    expect(targetWindowEnd('2026-01-01', '2026-12-31', { deadline: '2026-06-30' })).toBe('2026-06-30');
    expect(targetWindowEnd('2026-01-01', '2026-12-31', { months: 3 })).toBe('2026-03-31');
    expect(targetWindowEnd('2026-01-01', '2026-12-31', { months: 12 })).toBe('2026-12-31');
    expect(targetWindowEnd('2026-01-01', '2026-12-31', {})).toBe('2026-12-31');
  });
  it('should draw the bar: fill capped at 100 %, the pace marker, and the state', () => {
    expect(paceBar(0.5, 0.5)).toMatchObject({ fill: 50, marker: 50, state: 'on_pace', behindPts: 0 });
    expect(paceBar(0.4, 0.5)).toMatchObject({ fill: 40, marker: 50, state: 'behind', behindPts: 10 });
    expect(paceBar(0.2, 0.5, true)).toMatchObject({ fill: 20, state: 'at_risk', behindPts: 30 });
    expect(paceBar(1.25, 0.5)).toMatchObject({ fill: 100, realisedPct: 125, state: 'done' });
    expect(paceBar(null, null)).toMatchObject({ fill: 0, marker: 0, state: 'on_pace' });
    // a done target is done even if it was flagged before the report arrived
    expect(paceBar(1, 0.9, true).state).toBe('done');
  });
  it('should preview the share a report brings a target to', () => {
    const target = { quantity: 12 };
    expect(shareAfterReport(target, { realised: 6 })).toBe(0.5);
    expect(shareAfterReport(target, { realisedPercent: 25 })).toBe(0.25);
    expect(shareAfterReport(target, {})).toBeNull();
  });
});

describe('the live board', () => {
  const rows: BoardRow[] = [person({ employeeId: 'e1', name: 'Sari' }), person({ employeeId: 'e2', name: 'Budi', atRiskTargets: 1, behind: 0.3 })];
  const now = Date.parse('2026-05-04T03:00:00Z');

  it('should update the reporting person’s row in place on report.submitted and highlight it', () => {
    const ev = {
      id: '41',
      type: 'report.submitted',
      data: {
        reportId: 'r1',
        targetId: 't1',
        planId: 'p1',
        employeeId: 'e1',
        employeeName: 'Sari',
        unitId: 'u1',
        realised: 7,
        quantity: 12,
        expected: 0.33,
        realisedShare: 0.5833,
        atRisk: false,
      },
    };
    const res = applyStreamEvent(rows, ev, now);
    expect(res.employeeId).toBe('e1');
    expect(res.rows).not.toBe(rows);
    expect(res.rows[0]).toMatchObject({ reportedThisCheckpoint: true, lastEvent: 'report.submitted', flashUntil: now + FLASH_MS, lastReportAt: '2026-05-04T03:00:00.000Z' });
    expect(res.rows[0].live).toEqual({ realised: 7, quantity: 12, realisedShare: 0.5833, expected: 0.33, targetId: 't1', at: '2026-05-04T03:00:00.000Z' });
    // the other rows are the same objects, in the same order
    expect(res.rows[1]).toBe(rows[1]);
    expect(rows[0].live).toBeUndefined();
  });

  it('should count at-risk targets up and down with target.at_risk / target.back_on_track', () => {
    const up = applyStreamEvent(rows, { id: '42', type: 'target.at_risk', data: { targetId: 't1', employeeId: 'e1', behind: 0.22 } }, now);
    expect(up.rows[0]).toMatchObject({ atRiskTargets: 1, behind: 0.22, lastEvent: 'target.at_risk' });
    const down = applyStreamEvent(up.rows, { id: '43', type: 'target.back_on_track', data: { targetId: 't1', employeeId: 'e1' } }, now);
    expect(down.rows[0].atRiskTargets).toBe(0);
    expect(applyStreamEvent(down.rows, { id: '44', type: 'target.back_on_track', data: { employeeId: 'e1' } }, now).rows[0].atRiskTargets).toBe(0);
  });

  it('should flag a first at-risk target from the report itself, and count coaching opened', () => {
    const res = applyStreamEvent(rows, { id: '45', type: 'report.submitted', data: { employeeId: 'e1', realised: '2', quantity: 12, atRisk: true } }, now);
    expect(res.rows[0].atRiskTargets).toBe(1);
    expect(res.rows[0].live?.realised).toBe(2);
    expect(applyStreamEvent(rows, { id: '46', type: 'coaching.opened', data: { employeeId: 'e2' } }, now).rows[1].openCoaching).toBe(1);
  });

  it('should leave the board alone for someone who is not on it', () => {
    const res = applyStreamEvent(rows, { id: '47', type: 'report.submitted', data: { employeeId: 'e9', realised: 1 } }, now);
    expect(res).toEqual({ rows, employeeId: null });
    expect(applyStreamEvent(rows, { id: '48', type: 'report.submitted', data: {} }, now).employeeId).toBeNull();
  });

  it('should merge fresh figures without moving rows, keeping what the stream told', () => {
    const live = applyStreamEvent(rows, { id: '49', type: 'report.submitted', data: { employeeId: 'e1', realised: 7, quantity: 12 } }, now).rows;
    // the server now sorts Budi first and has a new person; Sari's realisation went up
    const merged = mergeRows(live, [
      person({ employeeId: 'e2', name: 'Budi', atRiskTargets: 2 }),
      person({ employeeId: 'e1', name: 'Sari', realisation: 0.58 }),
      person({ employeeId: 'e3', name: 'Citra' }),
    ]);
    expect(merged.map((r) => r.employeeId)).toEqual(['e1', 'e2', 'e3']);
    expect(merged[0]).toMatchObject({ realisation: 0.58, lastEvent: 'report.submitted' });
    expect(merged[0].live?.realised).toBe(7);
    expect(merged[1].atRiskTargets).toBe(2);
    // someone gone from the page is dropped
    expect(mergeRows(live, [person({ employeeId: 'e2' })]).map((r) => r.employeeId)).toEqual(['e2']);
  });
});

describe('ratings, periods and inputs', () => {
  it('should take the middle of the seven behaviour ratings', () => {
    expect(medianRating(['above', 'above', 'above', 'meets', 'below', 'below', 'below'])).toBe('meets');
    expect(medianRating(['above', 'above', 'above', 'above', 'below', 'below', 'below'])).toBe('above');
    expect(medianRating(['below', 'below', 'below', 'below', 'above', 'above', 'above'])).toBe('below');
    expect(medianRating([])).toBeNull();
  });
  it('should open on the period around today, else the latest started', () => {
    const p2025 = { id: 'a', year: 2025, startsOn: '2025-01-01', endsOn: '2025-12-31' };
    const p2026 = { id: 'b', year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' };
    expect(pickPeriod([p2025, p2026], '2026-05-04')?.id).toBe('b');
    expect(pickPeriod([p2025, p2026], '2027-02-01')?.id).toBe('b');
    expect(pickPeriod([p2026], '2025-06-01')?.id).toBe('b');
    expect(pickPeriod([], '2026-05-04')).toBeNull();
  });
  it('should flag open follow-ups before today as overdue', () => {
    expect(isOverdue('2026-05-03', '2026-05-04')).toBe(true);
    expect(isOverdue('2026-05-04', '2026-05-04')).toBe(false);
    expect(isOverdue('2026-05-03', '2026-05-04', 'closed')).toBe(false);
  });
  it('should keep a target’s id and indicators when sending the targets again', () => {
    const t = {
      id: 't1',
      parentTargetId: null,
      parentTitle: null,
      title: 'Kunjungan rumah',
      expectation: null,
      quantity: 12,
      quantityUnit: 'kunjungan',
      qualityPct: 100,
      deadline: null,
      months: 6,
      cost: null,
      weight: 40,
    } as unknown as Target;
    expect(toTargetInput(t)).toEqual({ id: 't1', title: 'Kunjungan rumah', quantity: 12, quantityUnit: 'kunjungan', qualityPct: 100, months: 6, weight: 40 });
  });
  it('should send a report as JSON without a file and as multipart with one', () => {
    expect(reportBody({ realised: 7, note: ' ok ', evidenceLink: '' })).toEqual({ realised: 7, note: 'ok' });
    expect(reportBody({ realisedPercent: 50, realised: 3 })).toEqual({ realisedPercent: 50 });
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'bukti.jpg', { type: 'image/jpeg' });
    const fd = reportBody({ realised: 7, reportedOn: '2026-05-01', file: photo });
    expect(fd).toBeInstanceOf(FormData);
    const form = fd as FormData;
    expect(form.get('realised')).toBe('7');
    expect(form.get('reportedOn')).toBe('2026-05-01');
    expect((form.get('file') as File).name).toBe('bukti.jpg');
  });
});
