import { randomUUID } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import type { DataSource } from 'typeorm';
import { createPeriod, createTeam, dayFromToday, Team, type TargetFields } from '../factories/performance.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON columns read back in assertions
type Json = any;

/**
 * The factory's createPlan, with the status parameter typed (the shared factory's `$7` is used both as a column value
 * and in `CASE WHEN $7 <> 'draft'`, which PostgreSQL refuses: "inconsistent types deduced for parameter $7").
 */
async function createPlan(
  ds: DataSource,
  opts: { periodId: string; employeeId: string; status?: 'draft' | 'submitted' | 'approved'; targets?: TargetFields[] },
): Promise<{ id: string; targetIds: string[] }> {
  const [emp] = await ds.query(`SELECT e.unit_id, e.position_id, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1`, [opts.employeeId]);
  const [leader] = await ds.query(
    `SELECT h.id FROM org_units hu JOIN positions hp ON hp.unit_id = hu.id AND hp.is_head JOIN employees h ON h.position_id = hp.id AND h.active AND h.id <> $1
      WHERE $2 LIKE hu.path || '%' ORDER BY hu.depth DESC LIMIT 1`,
    [opts.employeeId, emp.path],
  );
  const status = opts.status ?? 'approved';
  const [{ id }] = await ds.query(
    `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, leader_employee_id, status, submitted_at, approved_at, approved_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7::varchar, CASE WHEN $7::varchar <> 'draft' THEN now() END, CASE WHEN $7::varchar = 'approved' THEN now() END, CASE WHEN $7::varchar = 'approved' THEN 'Factory' END)
     RETURNING id`,
    [opts.periodId, opts.employeeId, emp.unit_id, emp.position_id, emp.path, leader?.id ?? null, status],
  );
  const targets = opts.targets ?? [{}];
  const targetIds: string[] = [];
  for (const [i, f] of targets.entries()) {
    const [{ id: tid }] = await ds.query(
      `INSERT INTO performance_targets (plan_id, parent_target_id, title, quantity, quantity_unit, weight, deadline, sort_order, realised)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        id,
        f.parentTargetId ?? null,
        f.title ?? `Target ${i + 1}`,
        f.quantity ?? 100,
        f.quantityUnit ?? 'kegiatan',
        f.weight ?? Math.round(100 / targets.length),
        f.deadline ?? null,
        i,
        f.realised ?? 0,
      ],
    );
    targetIds.push(tid);
  }
  return { id, targetIds };
}

interface Target {
  id: string;
  parentTargetId: string | null;
  title: string;
  expectation: string | null;
  quantity: number;
  quantityUnit: string;
  qualityPct: number;
  deadline: string | null;
  months: number | null;
  cost: number | null;
  weight: number;
  realised: number;
  realisedShare: number;
  expected: number;
  atRisk: boolean;
}
interface Plan {
  id: string;
  employeeId: string;
  unitId: string;
  leaderEmployeeId: string | null;
  status: string;
  revision: number;
  version: number;
  weightTotal: number;
  targetCount: number;
  returnReason: string | null;
  atRiskThreshold: number;
  targets: Target[];
  leaderTargets: { id: string; title: string }[];
  allowedActions: string[];
}

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
const input = (over: Partial<Target> = {}, drop: (keyof Target)[] = []) => {
  const t: Record<string, unknown> = { title: `Target ${randomUUID().slice(0, 6)}`, quantity: 100, quantityUnit: 'kegiatan', weight: 50, ...over };
  for (const k of drop) delete t[k];
  return t;
};
/** A target as sent back by its owner (id kept). */
const keep = (t: Target, over: Record<string, unknown> = {}) => ({
  id: t.id,
  parentTargetId: t.parentTargetId,
  title: t.title,
  expectation: t.expectation,
  quantity: t.quantity,
  quantityUnit: t.quantityUnit,
  qualityPct: t.qualityPct,
  deadline: t.deadline,
  months: t.months,
  cost: t.cost,
  weight: t.weight,
  ...over,
});

describe('performance plans', () => {
  let t: TestApp;
  let admin: string;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let team: Team;
  let sub: Team;
  let other: Team;
  let period: { id: string; startsOn: string; endsOn: string };
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    [admin, planner, opDinkes, opDisdik] = await Promise.all(['admin', 'planner.bkpp', 'operator.dinkes', 'operator.disdik'].map((u) => t.token(u)));
    team = await createTeam(t.ds, { staffCount: 3 });
    sub = await createTeam(t.ds, { parentCode: team.unit.code, staffCount: 1 });
    other = await createTeam(t.ds, { parentCode: 'DISDIK', staffCount: 1 });
    period = await createPeriod(t.ds);
    for (const m of [team.head, ...team.staff, sub.head, ...sub.staff, other.head, ...other.staff]) tok[m.employeeId] = await t.token(m.username);
  });
  afterAll(() => t.close());

  const as = (who: { employeeId: string }) => bearer(tok[who.employeeId]);
  const auditOf = (entityId: string) =>
    t.ds.query<{ action: string; before: Json; after: Json; unit_path: string | null }[]>(
      'SELECT action, before, after, unit_path FROM audit_events WHERE entity_id = $1 ORDER BY at, id',
      [entityId],
    );
  const eventsOf = (planId: string) =>
    t.ds.query<{ type: string; employee_id: string; unit_path: string; data: Json }[]>(
      `SELECT type, employee_id, unit_path, data FROM performance_events WHERE data->>'planId' = $1 ORDER BY id`,
      [planId],
    );
  const getPlan = async (id: string, auth: Record<string, string>, on?: string): Promise<Plan> =>
    (
      await t.http
        .get(`/api/v1/performance/plans/${id}${on ? `?on=${on}` : ''}`)
        .set(auth)
        .expect(200)
    ).body;
  const createOwn = async (who: { employeeId: string }, periodId = period.id): Promise<Plan> =>
    (await t.http.post('/api/v1/performance/plans').set(as(who)).send({ periodId }).expect(201)).body;
  const put = (id: string, auth: Record<string, string>, version: number, targets: unknown[]) =>
    t.http.put(`/api/v1/performance/plans/${id}/targets`).set(auth).send({ version, targets });

  // ── periods ──────────────────────────────────────────────────────────────

  describe('periods', () => {
    it('should create a period with the rule’s checkpoints and today’s checkpoint, audited; only planners and admins', async () => {
      const body = { year: 2026, name: `SKP uji ${randomUUID().slice(0, 6)}`, startsOn: dayFromToday(-40), endsOn: dayFromToday(300) };
      await t.http.post('/api/v1/performance/periods').set(as(team.staff[0])).send(body).expect(403);
      await t.http.post('/api/v1/performance/periods').set(bearer(opDinkes)).send(body).expect(403);
      const res = await t.http.post('/api/v1/performance/periods').set(bearer(planner)).send(body).expect(201);
      expect(res.body).toMatchObject({ name: body.name, startsOn: body.startsOn, endsOn: body.endsOn, checkpoints: 'monthly', status: 'open', version: 1 });
      expect(res.body.currentCheckpoint).toBeGreaterThanOrEqual(2);
      expect(res.body.currentCheckpoint).toBeLessThanOrEqual(3);
      expect((await auditOf(res.body.id)).map((a) => a.action)).toEqual(['create']);
      const list = await t.http.get('/api/v1/performance/periods').set(as(team.staff[0])).expect(200);
      expect(list.body.map((x: { id: string }) => x.id)).toContain(res.body.id);
      // as of a day before the period: no checkpoint
      const before = await t.http
        .get(`/api/v1/performance/periods/${res.body.id}?on=${dayFromToday(-41)}`)
        .set(bearer(admin))
        .expect(200);
      expect(before.body.currentCheckpoint).toBeNull();
    });

    it('should count quarters for a quarterly period', async () => {
      const res = await t.http
        .post('/api/v1/performance/periods')
        .set(bearer(admin))
        .send({ year: 2026, name: 'Triwulan uji', startsOn: dayFromToday(-100), endsOn: dayFromToday(260), checkpoints: 'quarterly' })
        .expect(201);
      expect(res.body.currentCheckpoint).toBe(2);
      expect(res.body.checkpointCount).toBe(4);
    });

    it('should name endsOn when it is before startsOn, and refuse a stale version', async () => {
      const bad = await t.http.post('/api/v1/performance/periods').set(bearer(planner)).send({ year: 2026, name: 'x', startsOn: '2026-12-31', endsOn: '2026-01-01' }).expect(400);
      expect(paths(bad.body)).toContain('endsOn');
      const created = (
        await t.http.post('/api/v1/performance/periods').set(bearer(planner)).send({ year: 2027, name: 'Ubah', startsOn: '2027-01-01', endsOn: '2027-12-31' }).expect(201)
      ).body;
      const ok = await t.http.patch(`/api/v1/performance/periods/${created.id}`).set(bearer(planner)).send({ version: 1, name: 'Ubah lagi' }).expect(200);
      expect(ok.body).toMatchObject({ name: 'Ubah lagi', version: 2 });
      const stale = await t.http.patch(`/api/v1/performance/periods/${created.id}`).set(bearer(planner)).send({ version: 1, name: 'Lama' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      await t.http.get(`/api/v1/performance/periods/${randomUUID()}`).set(bearer(planner)).expect(404);
      // a closed period takes no new plan
      await t.http.patch(`/api/v1/performance/periods/${created.id}`).set(bearer(planner)).send({ version: 2, status: 'closed' }).expect(200);
      const closed = await t.http.post('/api/v1/performance/plans').set(as(team.staff[2])).send({ periodId: created.id }).expect(409);
      expect(closed.body.code).toBe('PERIOD_CLOSED');
      const unknown = await t.http.post('/api/v1/performance/plans').set(as(team.staff[2])).send({ periodId: randomUUID() }).expect(404);
      expect(paths(unknown.body)).toContain('periodId');
      expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create', 'update', 'update']);
    });
  });

  // ── the plan cycle ───────────────────────────────────────────────────────

  describe('draft → targets → submit → approve → revise', () => {
    let headPlan: Plan;
    let plan: Plan;

    beforeAll(async () => {
      // the leader's own plan, for the staff to cascade from
      headPlan = await createOwn(team.head);
      const res = await put(headPlan.id, as(team.head), headPlan.version, [
        input({ title: 'Cakupan imunisasi unit', weight: 70 }),
        input({ title: 'Laporan unit', weight: 30 }),
      ]).expect(200);
      headPlan = res.body;
    });

    it('should create a draft plan for oneself with the direct leader and the leader’s targets to cascade from', async () => {
      plan = await createOwn(team.staff[0]);
      expect(plan).toMatchObject({ status: 'draft', revision: 1, employeeId: team.staff[0].employeeId, leaderEmployeeId: team.head.employeeId, targets: [] });
      expect(plan.leaderTargets.map((x) => x.id)).toEqual(headPlan.targets.map((x) => x.id));
      expect(plan.allowedActions).toEqual(expect.arrayContaining(['edit', 'submit']));
      const dup = await t.http.post('/api/v1/performance/plans').set(as(team.staff[0])).send({ periodId: period.id }).expect(409);
      expect(dup.body.code).toBe('PLAN_EXISTS');
      expect(paths(dup.body)).toContain('employeeId');
      expect((await auditOf(plan.id)).map((a) => a.action)).toEqual(['create']);
    });

    it('should not let an employee create a plan for someone else', async () => {
      const res = await t.http.post('/api/v1/performance/plans').set(as(team.staff[0])).send({ periodId: period.id, employeeId: team.staff[1].employeeId }).expect(404);
      expect(paths(res.body)).toContain('employeeId');
      await t.http.post('/api/v1/performance/plans').set(bearer(opDisdik)).send({ periodId: period.id, employeeId: team.staff[1].employeeId }).expect(404);
    });

    it('should refuse a parent target that is not in the leader’s plan, naming it', async () => {
      const stranger = await createPlan(t.ds, { periodId: period.id, employeeId: other.staff[0].employeeId, status: 'draft' });
      const res = await put(plan.id, as(team.staff[0]), plan.version, [input({ parentTargetId: stranger.targetIds[0] }), input()]).expect(422);
      expect(paths(res.body)).toContain('targets.0.parentTargetId');
      expect((await getPlan(plan.id, as(team.staff[0]))).targets).toHaveLength(0);
    });

    it('should name bad target fields with 400', async () => {
      for (const [field, value] of [
        ['quantity', 0],
        ['weight', 101],
        ['qualityPct', 120],
        ['months', 13],
      ] as const) {
        const res = await put(plan.id, as(team.staff[0]), plan.version, [input({ [field]: value })]).expect(400);
        expect(paths(res.body)).toContain(`targets.0.${field}`);
      }
      const both = await put(plan.id, as(team.staff[0]), plan.version, [input({ deadline: dayFromToday(30), months: 6 })]).expect(400);
      expect(paths(both.body)).toContain('targets.0.months');
      const outside = await put(plan.id, as(team.staff[0]), plan.version, [input({ deadline: dayFromToday(400) })]).expect(422);
      expect(paths(outside.body)).toContain('targets.0.deadline');
      const missing = await put(plan.id, as(team.staff[0]), plan.version, [input({}, ['quantityUnit'])]).expect(400);
      expect(paths(missing.body)).toContain('targets.0.quantityUnit');
    });

    it('should replace the targets of a draft, audited, and refuse a submit whose weights do not add up to 100', async () => {
      const res = await put(plan.id, as(team.staff[0]), plan.version, [
        input({ title: 'Imunisasi dasar', parentTargetId: headPlan.targets[0].id, weight: 60, quantity: 120, quantityUnit: 'anak', months: 12 }),
        input({ title: 'Penyuluhan', weight: 30, deadline: dayFromToday(60), cost: 1500000 }),
      ]).expect(200);
      plan = res.body;
      expect(plan.version).toBe(2);
      expect(plan.weightTotal).toBe(90);
      expect(plan.targets.map((x) => [x.title, x.parentTargetId, x.qualityPct])).toEqual([
        ['Imunisasi dasar', headPlan.targets[0].id, 100],
        ['Penyuluhan', null, 100],
      ]);
      const bad = await t.http.post(`/api/v1/performance/plans/${plan.id}/submit`).set(as(team.staff[0])).send({ version: plan.version }).expect(422);
      expect(bad.body.code).toBe('WEIGHTS_NOT_100');
      expect(paths(bad.body)).toEqual(['targets']);
      const audit = await auditOf(plan.id);
      expect(audit.map((a) => a.action)).toEqual(['create', 'update_targets']);
      expect(audit[1].after.targets).toHaveLength(2);
    });

    it('should keep target ids given back and refuse a stale version', async () => {
      const [a, b] = plan.targets;
      const res = await put(plan.id, as(team.staff[0]), plan.version, [keep(a), keep(b, { weight: 40 })]).expect(200);
      expect(res.body.targets.map((x: Target) => x.id)).toEqual([a.id, b.id]);
      expect(res.body.weightTotal).toBe(100);
      const stale = await put(plan.id, as(team.staff[0]), plan.version, [keep(a)]).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      plan = res.body;
    });

    it('should let the leader set expectations only', async () => {
      const [a, b] = plan.targets;
      const changed = await put(plan.id, as(team.head), plan.version, [keep(a, { weight: 50 }), keep(b)]).expect(403);
      expect(changed.body.code).toBe('LEADER_EXPECTATIONS_ONLY');
      expect(paths(changed.body)).toContain('targets.0.weight');
      const res = await put(plan.id, as(team.head), plan.version, [keep(a, { expectation: 'Tepat waktu, tercatat di register' }), keep(b)]).expect(200);
      plan = res.body;
      expect(plan.targets[0].expectation).toBe('Tepat waktu, tercatat di register');
      expect((await auditOf(plan.id)).map((a) => a.action)).toContain('set_expectations');
    });

    it('should submit (the owner only) to the direct leader with an event', async () => {
      const byLeader = await t.http.post(`/api/v1/performance/plans/${plan.id}/submit`).set(as(team.head)).send({ version: plan.version }).expect(403);
      expect(byLeader.body.code).toBe('NOT_PLAN_OWNER');
      const res = await t.http.post(`/api/v1/performance/plans/${plan.id}/submit`).set(as(team.staff[0])).send({ version: plan.version }).expect(200);
      plan = res.body;
      expect(plan).toMatchObject({ status: 'submitted', leaderEmployeeId: team.head.employeeId });
      expect(plan.allowedActions).toEqual([]);
      const events = await eventsOf(plan.id);
      expect(events.map((e) => e.type)).toEqual(['plan.submitted']);
      expect(events[0]).toMatchObject({
        employee_id: team.staff[0].employeeId,
        unit_path: team.unit.path,
        data: { planId: plan.id, employeeId: team.staff[0].employeeId, employeeName: team.staff[0].name },
      });
      // the leader's inbox
      const inbox = await t.http.get(`/api/v1/performance/plans?awaitingMe=true&periodId=${period.id}`).set(as(team.head)).expect(200);
      expect(inbox.body.items.map((x: Plan) => x.id)).toEqual([plan.id]);
      const again = await t.http.post(`/api/v1/performance/plans/${plan.id}/submit`).set(as(team.staff[0])).send({ version: plan.version }).expect(409);
      expect(again.body.code).toBe('PLAN_SUBMITTED');
    });

    it('should be approved by the direct leader only', async () => {
      await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(other.head)).send({ version: plan.version }).expect(404);
      await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(team.staff[1])).send({ version: plan.version }).expect(404);
      const self = await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(team.staff[0])).send({ version: plan.version }).expect(403);
      expect(self.body.code).toBe('NOT_DIRECT_LEADER');
      const op = await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(bearer(opDinkes)).send({ version: plan.version }).expect(403);
      expect(op.body.code).toBe('NOT_DIRECT_LEADER');
      const sideways = await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(sub.head)).send({ version: plan.version });
      expect([403, 404]).toContain(sideways.status);
      await t.http
        .post(`/api/v1/performance/plans/${plan.id}/approve`)
        .set(as(team.head))
        .send({ version: plan.version - 1 })
        .expect(409);
      const res = await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(team.head)).send({ version: plan.version }).expect(200);
      plan = res.body;
      expect(plan.status).toBe('approved');
      expect(plan.allowedActions).toEqual(['revise']);
      expect((await eventsOf(plan.id)).map((e) => e.type)).toEqual(['plan.submitted', 'plan.approved']);
      expect((await auditOf(plan.id)).map((a) => a.action).slice(-2)).toEqual(['submit', 'approve']);
      expect((await getPlan(plan.id, as(team.staff[0]))).allowedActions).toEqual(['revise']);
    });

    it('should refuse editing an approved plan (409) until it is revised with a reason', async () => {
      const edit = await put(
        plan.id,
        as(team.staff[0]),
        plan.version,
        plan.targets.map((x) => keep(x)),
      ).expect(409);
      expect(edit.body.code).toBe('PLAN_APPROVED');
      const noReason = await t.http.post(`/api/v1/performance/plans/${plan.id}/revise`).set(as(team.staff[0])).send({ version: plan.version }).expect(400);
      expect(paths(noReason.body)).toContain('reason');
      await t.http.post(`/api/v1/performance/plans/${plan.id}/revise`).set(as(team.staff[1])).send({ version: plan.version, reason: 'Bukan rencana saya' }).expect(404);
      const before = plan.targets;
      const res = await t.http
        .post(`/api/v1/performance/plans/${plan.id}/revise`)
        .set(as(team.staff[0]))
        .send({ version: plan.version, reason: 'Anggaran penyuluhan berubah' })
        .expect(200);
      plan = res.body;
      expect(plan).toMatchObject({ status: 'draft', revision: 2 });
      const revisions = await t.http.get(`/api/v1/performance/plans/${plan.id}/revisions`).set(as(team.head)).expect(200);
      expect(revisions.body).toHaveLength(1);
      expect(revisions.body[0]).toMatchObject({ revision: 1, reason: 'Anggaran penyuluhan berubah' });
      expect(revisions.body[0].before.targets.map((x: Target) => [x.id, x.weight])).toEqual(before.map((x) => [x.id, x.weight]));
      const audit = (await auditOf(plan.id)).filter((a) => a.action === 'revise');
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ status: 'draft', revision: 2, reason: 'Anggaran penyuluhan berubah' });
      expect(audit[0].before.targets).toHaveLength(2);
      const again = await t.http.post(`/api/v1/performance/plans/${plan.id}/revise`).set(as(team.staff[0])).send({ version: plan.version, reason: 'Sekali lagi' }).expect(409);
      expect(again.body.code).toBe('PLAN_NOT_APPROVED');
    });

    it('should resubmit the revised plan with the same target ids and be approved again', async () => {
      const [a, b] = plan.targets;
      const edited = (await put(plan.id, as(team.staff[0]), plan.version, [keep(a, { weight: 70 }), keep(b, { weight: 30, cost: 500000 })]).expect(200)).body as Plan;
      expect(edited.targets.map((x) => x.id)).toEqual([a.id, b.id]);
      const sub1 = (await t.http.post(`/api/v1/performance/plans/${plan.id}/submit`).set(as(team.staff[0])).send({ version: edited.version }).expect(200)).body as Plan;
      const ok = (await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(team.head)).send({ version: sub1.version }).expect(200)).body as Plan;
      expect(ok).toMatchObject({ status: 'approved', revision: 2 });
    });

    it('should return a submitted plan with a reason and an event', async () => {
      let p2 = await createOwn(team.staff[1]);
      p2 = (await put(p2.id, as(team.staff[1]), p2.version, [input({ weight: 100 })]).expect(200)).body;
      p2 = (await t.http.post(`/api/v1/performance/plans/${p2.id}/submit`).set(as(team.staff[1])).send({ version: p2.version }).expect(200)).body;
      const noReason = await t.http.post(`/api/v1/performance/plans/${p2.id}/return`).set(as(team.head)).send({ version: p2.version }).expect(400);
      expect(paths(noReason.body)).toContain('reason');
      const res = await t.http.post(`/api/v1/performance/plans/${p2.id}/return`).set(as(team.head)).send({ version: p2.version, reason: 'Target kurang terukur' }).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', returnReason: 'Target kurang terukur' });
      expect((await eventsOf(p2.id)).map((e) => e.type)).toEqual(['plan.submitted', 'plan.returned']);
      const early = await t.http.post(`/api/v1/performance/plans/${p2.id}/approve`).set(as(team.head)).send({ version: res.body.version }).expect(409);
      expect(early.body.code).toBe('PLAN_NOT_SUBMITTED');
    });

    it('should make the parent unit’s head the leader of a head, who cascades from that head’s targets', async () => {
      let hp = await createOwn(sub.head);
      expect(hp.leaderEmployeeId).toBe(team.head.employeeId);
      expect(hp.leaderTargets.map((x) => x.id)).toEqual(headPlan.targets.map((x) => x.id));
      hp = (await put(hp.id, as(sub.head), hp.version, [input({ parentTargetId: headPlan.targets[1].id, weight: 100 })]).expect(200)).body;
      hp = (await t.http.post(`/api/v1/performance/plans/${hp.id}/submit`).set(as(sub.head)).send({ version: hp.version }).expect(200)).body;
      expect(hp.leaderEmployeeId).toBe(team.head.employeeId);
      await t.http.post(`/api/v1/performance/plans/${hp.id}/approve`).set(as(team.head)).send({ version: hp.version }).expect(200);
      // the head's staff cascade from the head, not from the unit above
      const sp = await createOwn(sub.staff[0]);
      expect(sp.leaderEmployeeId).toBe(sub.head.employeeId);
      const wrong = await put(sp.id, as(sub.staff[0]), sp.version, [input({ parentTargetId: headPlan.targets[0].id, weight: 100 })]).expect(422);
      expect(paths(wrong.body)).toContain('targets.0.parentTargetId');
      await put(sp.id, as(sub.staff[0]), sp.version, [input({ parentTargetId: hp.targets[0].id, weight: 100 })]).expect(200);
    });

    it('should show the unit’s tree of targets rooted where the cascade leaves the subtree', async () => {
      const res = await t.http.get(`/api/v1/performance/target-tree?periodId=${period.id}&unitId=${team.unit.id}`).set(as(team.head)).expect(200);
      const roots = res.body as { targetId: string; employeeId: string; children: { targetId: string; employeeId: string; children: unknown[] }[] }[];
      const top = roots.find((r) => r.targetId === headPlan.targets[0].id)!;
      expect(top.employeeId).toBe(team.head.employeeId);
      expect(top.children.map((c) => c.employeeId)).toContain(team.staff[0].employeeId);
      const second = roots.find((r) => r.targetId === headPlan.targets[1].id)!;
      const subHead = second.children.find((c) => c.employeeId === sub.head.employeeId)!;
      expect(subHead.children.length).toBe(1);
      // a leader of another unit cannot read this subtree
      await t.http.get(`/api/v1/performance/target-tree?periodId=${period.id}&unitId=${team.unit.id}`).set(as(other.head)).expect(404);
      await t.http.get(`/api/v1/performance/target-tree?periodId=${period.id}&unitId=${team.unit.id}`).set(as(team.staff[0])).expect(403);
    });
  });

  // ── pace figures ─────────────────────────────────────────────────────────

  describe('target pace', () => {
    it('should compute realisedShare, expected and atRisk with the monitoring threshold', async () => {
      const member = team.staff[2];
      const deadline = dayFromToday(60);
      const made = await createPlan(t.ds, {
        periodId: period.id,
        employeeId: member.employeeId,
        targets: [
          { quantity: 100, realised: 0, weight: 40 },
          { quantity: 200, realised: 190, weight: 30 },
          { quantity: 50, realised: 10, weight: 30, deadline },
        ],
      });
      const plan = await getPlan(made.id, as(member));
      expect(plan.atRiskThreshold).toBeGreaterThan(0);
      for (const x of plan.targets) {
        expect(x.realisedShare).toBeCloseTo(x.realised / x.quantity, 4);
        expect(x.expected).toBeGreaterThan(0);
        expect(x.expected).toBeLessThanOrEqual(1);
        expect(x.atRisk).toBe(x.expected - x.realisedShare > plan.atRiskThreshold);
      }
      const [slow, fast, short] = plan.targets;
      expect(slow.atRisk).toBe(true);
      expect(fast.atRisk).toBe(false);
      // a nearer deadline expects more by now
      expect(short.expected).toBeGreaterThan(slow.expected);
      // as of the period start nothing is expected yet
      const early = await getPlan(made.id, as(member), period.startsOn);
      expect(early.targets.every((x) => !x.atRisk)).toBe(true);
      expect(early.targets[0].expected).toBeLessThan(slow.expected);
    });
  });

  // ── scoping ──────────────────────────────────────────────────────────────

  describe('scoping', () => {
    it('should show an employee only their own plans', async () => {
      const res = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}`).set(as(team.staff[0])).expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.every((x: Plan) => x.employeeId === team.staff[0].employeeId)).toBe(true);
      const others = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&employeeId=${team.staff[1].employeeId}`).set(as(team.staff[0])).expect(200);
      expect(others.body.total).toBe(0);
      const theirs = (await t.http.get(`/api/v1/performance/plans?periodId=${period.id}`).set(as(team.staff[1])).expect(200)).body.items[0];
      await t.http.get(`/api/v1/performance/plans/${theirs.id}`).set(as(team.staff[0])).expect(404);
    });

    it('should show a leader their subtree and not another unit', async () => {
      const res = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&pageSize=100`).set(as(team.head)).expect(200);
      const ids = new Set(res.body.items.map((x: Plan) => x.employeeId));
      for (const m of [team.head, team.staff[0], team.staff[1], sub.head, sub.staff[0]]) expect(ids.has(m.employeeId)).toBe(true);
      expect(res.body.total).toBe(res.body.items.length);
      const subHead = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&pageSize=100`).set(as(sub.head)).expect(200);
      // the sub-unit's head sees their unit and their own plan, not the parent unit's staff
      const subIds = new Set(subHead.body.items.map((x: Plan) => x.employeeId));
      expect(subIds.has(sub.staff[0].employeeId)).toBe(true);
      expect(subIds.has(team.staff[0].employeeId)).toBe(false);
      const otherRes = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&pageSize=100`).set(as(other.head)).expect(200);
      expect(otherRes.body.items.some((x: Plan) => x.unitId === team.unit.id)).toBe(false);
      const filtered = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&unitId=${sub.unit.id}`).set(bearer(opDinkes)).expect(200);
      expect(filtered.body.items.map((x: { unitId: string }) => x.unitId)).toEqual(filtered.body.items.map(() => sub.unit.id));
      expect(filtered.body.total).toBe(2);
      const disdik = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&unitId=${team.unit.id}`).set(bearer(opDisdik)).expect(200);
      expect(disdik.body.total).toBe(0);
    });

    it('should require authentication', async () => {
      await t.http.get('/api/v1/performance/plans').expect(401);
    });
  });

  // ── bulk template ────────────────────────────────────────────────────────

  describe('bulk template', () => {
    let bulkTeam: Team;
    let bulkSub: Team;
    let draft: { id: string; targetIds: string[] };
    const template = [
      { title: 'Asuhan keperawatan', quantity: 240, quantityUnit: 'pasien', weight: 60, months: 12 },
      { title: 'Dokumentasi asuhan', quantity: 12, quantityUnit: 'laporan', weight: 40, qualityPct: 90 },
    ];
    const plansOf = (unitPath: string) =>
      t.ds.query<{ id: string; employee_id: string; status: string; leader_employee_id: string | null; n: number }[]>(
        `SELECT pl.id, pl.employee_id, pl.status, pl.leader_employee_id, (SELECT count(*)::int FROM performance_targets x WHERE x.plan_id = pl.id) AS n
           FROM performance_plans pl WHERE pl.period_id = $1 AND pl.unit_path LIKE $2`,
        [period.id, `${unitPath}%`],
      );

    beforeAll(async () => {
      bulkTeam = await createTeam(t.ds, { staffCount: 3 });
      bulkSub = await createTeam(t.ds, { parentCode: bulkTeam.unit.code, staffCount: 1 });
      await createPlan(t.ds, { periodId: period.id, employeeId: bulkTeam.staff[0].employeeId, status: 'approved' });
      draft = await createPlan(t.ds, { periodId: period.id, employeeId: bulkTeam.staff[1].employeeId, status: 'draft' });
    });

    it('should count without writing in a dry run', async () => {
      const before = await plansOf(bulkTeam.unit.path);
      const res = await t.http
        .post('/api/v1/performance/plans/bulk')
        .set(bearer(opDinkes))
        .send({ periodId: period.id, unitId: bulkTeam.unit.id, positionTitle: 'perawat uji', targets: template, dryRun: true })
        .expect(200);
      expect(res.body).toMatchObject({ employees: 4, plansCreated: 2, plansExtended: 1, targetsAdded: 6, dryRun: true });
      expect(res.body.skipped).toEqual([{ employeeId: bulkTeam.staff[0].employeeId, name: bulkTeam.staff[0].name, reason: 'plan_approved' }]);
      expect(await plansOf(bulkTeam.unit.path)).toEqual(before);
    });

    it('should create missing drafts, append to drafts, skip approved plans, in one audited step', async () => {
      const res = await t.http
        .post('/api/v1/performance/plans/bulk')
        .set(bearer(planner))
        .send({ periodId: period.id, unitId: bulkTeam.unit.id, positionTitle: 'Perawat Uji', targets: template })
        .expect(200);
      expect(res.body).toMatchObject({ employees: 4, plansCreated: 2, plansExtended: 1, targetsAdded: 6, dryRun: false });
      const plans = await plansOf(bulkTeam.unit.path);
      const by = new Map(plans.map((x) => [x.employee_id, x]));
      expect(by.has(bulkTeam.head.employeeId)).toBe(false);
      expect(by.get(bulkTeam.staff[0].employeeId)).toMatchObject({ status: 'approved', n: 1 });
      expect(by.get(bulkTeam.staff[1].employeeId)).toMatchObject({ status: 'draft', n: 3 });
      expect(by.get(bulkTeam.staff[2].employeeId)).toMatchObject({ status: 'draft', n: 2, leader_employee_id: bulkTeam.head.employeeId });
      expect(by.get(bulkSub.staff[0].employeeId)).toMatchObject({ status: 'draft', n: 2, leader_employee_id: bulkSub.head.employeeId });
      // appended after the draft's own target, in the template's order
      const extended = await getPlan(draft.id, bearer(planner));
      expect(extended.targets.map((x) => x.title)).toEqual(['Target 1', 'Asuhan keperawatan', 'Dokumentasi asuhan']);
      expect(extended.targets[2].qualityPct).toBe(90);
      const audit = await t.ds.query<{ after: Json; unit_path: string }[]>(`SELECT after, unit_path FROM audit_events WHERE action = 'bulk_apply' AND after->>'unitId' = $1`, [
        bulkTeam.unit.id,
      ]);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ unit_path: bulkTeam.unit.path, after: { employees: 4, plansCreated: 2, plansExtended: 1, targetsAdded: 6, skipped: 1 } });
    });

    it('should apply to a unit’s holders by position id, and only in scope', async () => {
      const res = await t.http
        .post('/api/v1/performance/plans/bulk')
        .set(bearer(admin))
        .send({ periodId: period.id, unitId: bulkSub.unit.id, positionId: bulkSub.head.positionId, targets: [template[0]], dryRun: true })
        .expect(200);
      expect(res.body).toMatchObject({ employees: 1, plansCreated: 1, plansExtended: 0, targetsAdded: 1 });
      await t.http.post('/api/v1/performance/plans/bulk').set(bearer(opDisdik)).send({ periodId: period.id, unitId: bulkTeam.unit.id, targets: template }).expect(404);
      await t.http
        .post('/api/v1/performance/plans/bulk')
        .set(bearer(await t.token(bulkTeam.head.username)))
        .send({ periodId: period.id, unitId: bulkTeam.unit.id, targets: template })
        .expect(403);
      const bad = await t.http
        .post('/api/v1/performance/plans/bulk')
        .set(bearer(planner))
        .send({ periodId: period.id, unitId: bulkTeam.unit.id, targets: [{ ...template[0], id: randomUUID(), weight: 101 }] })
        .expect(400);
      expect(paths(bad.body)).toEqual(expect.arrayContaining(['targets.0.id', 'targets.0.weight']));
    });
  });
});
