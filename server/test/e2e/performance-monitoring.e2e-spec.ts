import { pace } from '../../src/modules/performance/calc/pace.js';
import { TARGET_PACE_SQL } from '../../src/modules/performance/monitoring.service.js';
import { targetWindow } from '../../src/modules/performance/calc/period.js';
import { createPeriod, createPlan, createTeam, Team } from '../factories/performance.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

const PERIOD = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
const ON = '2026-02-19'; // day 50 of the 100-day window 2026-01-01 … 2026-04-10: expected exactly 0.5
const DEADLINE = '2026-04-10';
const THRESHOLD = 0.15;

interface Person {
  employeeId: string;
  name: string;
  planStatus: string | null;
  targets: number;
  atRiskTargets: number;
  realisation: number | null;
  expected: number | null;
  behind: number | null;
  reportedThisCheckpoint: boolean;
  openCoaching: number;
  overdueFollowUps: number;
  unitId: string;
}

describe('Performance monitoring', () => {
  let t: TestApp;
  let a: Team; // the monitored team (five staff)
  let b: Team; // a team below a
  let c: Team; // a sibling team under DINKES
  let period: { id: string };
  const plans: Record<string, { id: string; targetIds: string[] }> = {};
  let leaderA: string;
  let leaderB: string;
  let leaderC: string;
  let planner: string;

  const get = (token: string, query: Record<string, string | number | boolean>) =>
    t.http
      .get('/api/v1/performance/monitoring')
      .query({ periodId: period.id, on: ON, ...query })
      .set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    a = await createTeam(t.ds, { staffCount: 5 });
    b = await createTeam(t.ds, { parentCode: a.unit.code, staffCount: 1 });
    c = await createTeam(t.ds, { staffCount: 1 });
    period = await createPeriod(t.ds, PERIOD);
    const one = (realised: number) => [{ quantity: 100, weight: 100, deadline: DEADLINE, realised }];
    plans.s0 = await createPlan(t.ds, { periodId: period.id, employeeId: a.staff[0].employeeId, targets: one(20) }); // behind 0.30
    plans.s1 = await createPlan(t.ds, { periodId: period.id, employeeId: a.staff[1].employeeId, targets: one(35) }); // behind 0.15: not at risk
    plans.s2 = await createPlan(t.ds, { periodId: period.id, employeeId: a.staff[2].employeeId, targets: one(34.99) }); // behind 0.1501: at risk
    plans.s3 = await createPlan(t.ds, { periodId: period.id, employeeId: a.staff[3].employeeId, targets: one(60) }); // ahead, reported
    plans.s4 = await createPlan(t.ds, { periodId: period.id, employeeId: a.staff[4].employeeId, status: 'draft', targets: one(0) });
    plans.head = await createPlan(t.ds, {
      periodId: period.id,
      employeeId: a.head.employeeId,
      targets: [
        { quantity: 10, weight: 60, deadline: DEADLINE, realised: 5 },
        { quantity: 200, weight: 40, realised: 30 },
      ],
    });
    plans.b0 = await createPlan(t.ds, { periodId: period.id, employeeId: b.staff[0].employeeId, targets: [{ quantity: 100, weight: 100, realised: 0 }] });
    plans.c0 = await createPlan(t.ds, { periodId: period.id, employeeId: c.staff[0].employeeId, targets: one(0) });
    const report = (key: string, employeeId: string, on: string, realised: number, status = 'pending', target = 0) =>
      t.ds.query(`INSERT INTO performance_reports (target_id, plan_id, employee_id, reported_on, realised, given_as, status) VALUES ($1, $2, $3, $4, $5, 'quantity', $6)`, [
        plans[key].targetIds[target],
        plans[key].id,
        employeeId,
        on,
        realised,
        status,
      ]);
    // `on` is a past day: the board reads the realised quantities as of `on` from the reports (January's here)
    await report('s0', a.staff[0].employeeId, '2026-01-15', 20); // last checkpoint only
    await report('s1', a.staff[1].employeeId, '2026-01-31', 35, 'accepted');
    await report('s1', a.staff[1].employeeId, '2026-02-12', 35, 'returned'); // returned: does not count
    await report('s2', a.staff[2].employeeId, '2026-01-31', 34.99, 'accepted');
    await report('s2', a.staff[2].employeeId, '2026-02-25', 34.99); // after `on`: does not count yet
    await report('s3', a.staff[3].employeeId, '2026-02-10', 60); // this checkpoint (February)
    await report('head', a.head.employeeId, '2026-01-31', 5, 'accepted', 0);
    await report('head', a.head.employeeId, '2026-01-31', 30, 'accepted', 1);
    await t.ds.query(
      `INSERT INTO performance_coaching (employee_id, period_id, unit_path, cause, follow_up_on, status) VALUES ($1, $2, $3, 'Jadwal posyandu bentrok', '2026-02-10', 'open'), ($1, $2, $3, 'Tindak lanjut', '2026-03-10', 'open')`,
      [a.staff[0].employeeId, period.id, a.unit.path],
    );
    leaderA = await t.token(a.head.username);
    leaderB = await t.token(b.head.username);
    leaderC = await t.token(c.head.username);
    planner = await t.token('planner.bkpp');
  });
  afterAll(() => t.close());

  it('should sort the person behind pace by more than the threshold first, then at risk, then not reported', async () => {
    const res = await get(leaderA, { unitId: a.unit.id, pageSize: 50 }).expect(200);
    expect(res.body).toMatchObject({
      period: { id: period.id, startsOn: PERIOD.startsOn, endsOn: PERIOD.endsOn, checkpoints: 'monthly' },
      on: ON,
      checkpoint: { index: 2, startsOn: '2026-02-01', endsOn: '2026-02-28' },
      threshold: THRESHOLD,
    });
    const items: Person[] = res.body.people.items;
    const order = items.map((x) => x.employeeId);
    expect(order.slice(0, 2)).toEqual([a.staff[0].employeeId, a.staff[2].employeeId]);
    const byId = Object.fromEntries(items.map((x) => [x.employeeId, x]));
    expect(byId[a.staff[0].employeeId]).toMatchObject({
      targets: 1,
      atRiskTargets: 1,
      realisation: 0.2,
      expected: 0.5,
      behind: 0.3,
      reportedThisCheckpoint: false,
      openCoaching: 2,
      overdueFollowUps: 1,
    });
    expect(byId[a.staff[1].employeeId]).toMatchObject({ atRiskTargets: 0, realisation: 0.35, expected: 0.5, behind: 0.15, reportedThisCheckpoint: false });
    expect(byId[a.staff[2].employeeId]).toMatchObject({ atRiskTargets: 1, realisation: 0.3499, behind: 0.1501, reportedThisCheckpoint: false });
    expect(byId[a.staff[3].employeeId]).toMatchObject({ atRiskTargets: 0, realisation: 0.6, reportedThisCheckpoint: true });
    expect(byId[a.staff[4].employeeId]).toMatchObject({ planStatus: 'draft', targets: 0, realisation: null, behind: null, reportedThisCheckpoint: false });
    // not reported (approved plans) before reported ones and those without an approved plan
    const notReported = [a.head.employeeId, a.staff[1].employeeId, b.staff[0].employeeId];
    expect(new Set(order.slice(2, 5))).toEqual(new Set(notReported));
    expect(order.indexOf(a.staff[3].employeeId)).toBeGreaterThan(4);
    // the head: weights 60/40 → realisation 0.6·0.5 + 0.4·0.15 = 0.36
    const w1 = pace({ start: PERIOD.startsOn, end: DEADLINE, on: ON, target: 10, realised: 5 }, THRESHOLD);
    const w2 = pace({ start: PERIOD.startsOn, end: PERIOD.endsOn, on: ON, target: 200, realised: 30 }, THRESHOLD);
    expect(byId[a.head.employeeId]).toMatchObject({ targets: 2, realisation: 0.36, expected: Math.round((0.6 * w1.expected + 0.4 * w2.expected) * 1e4) / 1e4 });
    expect(res.body.totals).toEqual({
      people: 8,
      withPlan: 7,
      approved: 6,
      reportedThisCheckpoint: 1,
      notReported: 5,
      atRiskPeople: 2,
      atRiskTargets: 2,
      overdueFollowUps: 1,
    });
  });

  it('should roll the units up along the path', async () => {
    const res = await get(leaderA, { unitId: a.unit.id }).expect(200);
    expect(res.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([a.unit.id, b.unit.id]);
    const [ua, ub] = res.body.units;
    expect(ua).toMatchObject({ unitName: a.unit.name, people: 8, withPlan: 7, reported: 1, notReported: 5, atRisk: 2 });
    expect(ub.depth).toBe(ua.depth + 1);
    const pb = pace({ start: PERIOD.startsOn, end: PERIOD.endsOn, on: ON, target: 100, realised: 0 }, THRESHOLD);
    expect(ub).toMatchObject({ people: 2, withPlan: 1, reported: 0, notReported: 1, atRisk: 0, realisation: 0, expected: pb.expected });
    // weighted over every approved target of the subtree
    const targets = [
      [100, 0.2, 0.5],
      [100, 0.35, 0.5],
      [100, 0.3499, 0.5],
      [100, 0.6, 0.5],
      [60, 0.5, 0.5],
      [40, 0.15, w(PERIOD.endsOn)],
      [100, 0, pb.expected],
    ];
    const sw = targets.reduce((s, x) => s + x[0], 0);
    expect(ua.realisation).toBeCloseTo(targets.reduce((s, x) => s + x[0] * x[1], 0) / sw, 4);
    expect(ua.expected).toBeCloseTo(targets.reduce((s, x) => s + x[0] * x[2], 0) / sw, 4);
    function w(end: string) {
      return pace({ start: PERIOD.startsOn, end, on: ON, target: 1, realised: 0 }, THRESHOLD).expected;
    }
  });

  it('should take the checkpoint and the pace from `on`', async () => {
    const res = await get(leaderA, { unitId: a.unit.id, on: '2026-04-20' }).expect(200);
    expect(res.body.checkpoint).toEqual({ index: 4, startsOn: '2026-04-01', endsOn: '2026-04-30' });
    const s1 = res.body.people.items.find((x: Person) => x.employeeId === a.staff[1].employeeId);
    expect(s1).toMatchObject({ expected: 1, realisation: 0.35, behind: 0.65, atRiskTargets: 1 });
    expect(res.body.totals.reportedThisCheckpoint).toBe(0);
  });

  it('should read the realised quantities as of a past `on` from the reports', async () => {
    const res = await get(leaderA, { unitId: a.unit.id, on: '2026-02-05' }).expect(200);
    const s3 = res.body.people.items.find((x: Person) => x.employeeId === a.staff[3].employeeId);
    const js = pace({ start: PERIOD.startsOn, end: DEADLINE, on: '2026-02-05', target: 100, realised: 0 }, THRESHOLD);
    expect(s3).toMatchObject({ realisation: 0, expected: js.expected, behind: js.behind, atRiskTargets: js.atRisk ? 1 : 0, lastReportAt: null, reportedThisCheckpoint: false });
    const s0 = res.body.people.items.find((x: Person) => x.employeeId === a.staff[0].employeeId);
    expect(s0).toMatchObject({ realisation: 0.2 });
  });

  it('should page the people and keep only the at-risk ones on request', async () => {
    const page = await get(leaderA, { unitId: a.unit.id, pageSize: 3, page: 2 }).expect(200);
    expect(page.body.people).toMatchObject({ total: 8, page: 2, pageSize: 3 });
    expect(page.body.people.items).toHaveLength(3);
    const risky = await get(leaderA, { unitId: a.unit.id, atRiskOnly: true }).expect(200);
    expect(risky.body.people.items.map((x: Person) => x.employeeId)).toEqual([a.staff[0].employeeId, a.staff[2].employeeId]);
    expect(risky.body.people.total).toBe(2);
  });

  it('should show a leader only their subtree', async () => {
    const own = await get(leaderB, {}).expect(200);
    const ids = own.body.people.items.map((x: Person) => x.employeeId);
    expect(ids).toEqual(expect.arrayContaining([b.head.employeeId, b.staff[0].employeeId]));
    expect(ids).not.toContain(a.staff[0].employeeId);
    expect(own.body.totals.people).toBe(2);
    expect(own.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([b.unit.id]);
    const fromA = await get(leaderA, {}).expect(200);
    expect(fromA.body.people.items.map((x: Person) => x.employeeId)).not.toContain(c.staff[0].employeeId);
    const outside = await get(leaderC, { unitId: a.unit.id }).expect(404);
    expect(outside.body.errors.map((e: { path: string }) => e.path)).toEqual(['unitId']);
    await get(leaderB, { unitId: a.unit.id }).expect(404);
    const city = await get(planner, { unitId: a.unit.id }).expect(200);
    expect(city.body.totals.people).toBe(8);
    const whole = await get(planner, { pageSize: 200 }).expect(200);
    expect(whole.body.units[0].depth).toBe(0);
    expect(whole.body.totals.people).toBe(whole.body.units[0].people);
    // the whole city: at risk first, then the approved plans not reported (the others have no plan in this period)
    const first = whole.body.people.items.slice(0, 6).map((x: Person) => x.employeeId);
    // c's staff (nothing realised, behind 0.5) is the most behind in the city
    expect(first.slice(0, 3)).toEqual([c.staff[0].employeeId, a.staff[0].employeeId, a.staff[2].employeeId]);
    expect(new Set(first.slice(3))).toEqual(new Set([a.head.employeeId, a.staff[1].employeeId, b.staff[0].employeeId]));
  });

  it('should refuse employees and bad input', async () => {
    await get(await t.token(a.staff[0].username), {}).expect(403);
    const bad = await get(leaderA, { on: '2026-02-30x' }).expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('on');
    const noPeriod = await t.http.get('/api/v1/performance/monitoring').query({ periodId: '00000000-0000-4000-8000-000000000000' }).set(bearer(leaderA)).expect(404);
    expect(noPeriod.body.errors[0].path).toBe('periodId');
  });

  it('should export the board as XLSX', async () => {
    const res = await t.http
      .get('/api/v1/performance/monitoring/export')
      .query({ periodId: period.id, on: ON, unitId: a.unit.id })
      .set(bearer(leaderA))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (x: Buffer) => chunks.push(x));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Unit', 'Pegawai']);
    expect(wb.getWorksheet('Pegawai')!.getRow(4).getCell(1).value).toBe(a.staff[0].name);
    expect(wb.getWorksheet('Pegawai')!.rowCount).toBe(3 + 8);
  });

  it('should compute in SQL exactly what calc/pace.ts computes (windows, clamping, rounding, the threshold boundary)', async () => {
    const p2 = await createPeriod(t.ds, PERIOD);
    const cases = [
      { quantity: 100, deadline: DEADLINE, months: null, realised: 35 },
      { quantity: 100, deadline: DEADLINE, months: null, realised: 34.99 },
      { quantity: 100, deadline: DEADLINE, months: null, realised: 35.01 },
      { quantity: 3, deadline: null, months: null, realised: 1 },
      { quantity: 7, deadline: null, months: 2, realised: 2.33 },
      { quantity: 12.5, deadline: null, months: 12, realised: 13 },
      { quantity: 80, deadline: '2025-12-01', months: null, realised: 0 },
      { quantity: 64, deadline: '2026-02-01', months: null, realised: 2 },
      { quantity: 1000, deadline: '2026-06-30', months: null, realised: 123.45 },
    ];
    const { id: planId } = await createPlan(t.ds, {
      periodId: p2.id,
      employeeId: c.head.employeeId,
      targets: cases.map((x) => ({ quantity: x.quantity, deadline: x.deadline, realised: x.realised, weight: 10 })),
    });
    const rows: { target_id: string; sort_order: number }[] = await t.ds.query('SELECT id AS target_id, sort_order FROM performance_targets WHERE plan_id = $1', [planId]);
    for (const [i, x] of cases.entries())
      if (x.months) await t.ds.query('UPDATE performance_targets SET months = $2 WHERE plan_id = $1 AND sort_order = $3', [planId, x.months, i]);
    const order = new Map(rows.map((r) => [r.target_id, r.sort_order]));
    for (const on of ['2025-12-15', '2026-01-01', ON, '2026-03-01', '2026-04-10', '2026-07-14', '2027-01-10']) {
      for (const threshold of [THRESHOLD, 0.1]) {
        const got: { target_id: string; expected: number; share: number; behind: number; at_risk: boolean }[] = await t.ds.query(
          `WITH plans AS (SELECT id, status FROM performance_plans WHERE id = $1)
           SELECT q.target_id, q.expected, q.share, q.behind, q.at_risk FROM (${TARGET_PACE_SQL}) q, (SELECT $4::text, $5::text, $6::text) unused`,
          [planId, on, threshold, null, null, null, PERIOD.startsOn, PERIOD.endsOn],
        );
        expect(got).toHaveLength(cases.length);
        for (const g of got) {
          const x = cases[order.get(g.target_id)!];
          const w = targetWindow({ starts_on: PERIOD.startsOn, ends_on: PERIOD.endsOn }, { deadline: x.deadline, months: x.months });
          const js = pace({ start: w.start, end: w.end, on, target: x.quantity, realised: x.realised }, threshold);
          expect({ on, threshold, i: order.get(g.target_id), expected: g.expected, realised: g.share, behind: g.behind, atRisk: g.at_risk }).toEqual({
            on,
            threshold,
            i: order.get(g.target_id),
            expected: js.expected,
            realised: js.realised,
            behind: js.behind,
            atRisk: js.atRisk,
          });
        }
      }
    }
  });
});
