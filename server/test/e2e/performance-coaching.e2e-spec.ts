import { bearer, createTestApp, TestApp } from '../utils/app.js';
import type { DataSource } from 'typeorm';
import { createPeriod, createPlan as factoryPlan, createTeam, dayFromToday, type Team } from '../factories/performance.js';

/**
 * The shared factory's createPlan, with its status parameter typed: `$7` serves both as a column value and in
 * `CASE WHEN $7 <> 'draft'`, which PostgreSQL rejects ("inconsistent types deduced for parameter $7"). Harmless once
 * the factory casts it.
 */
const createPlan = (ds: DataSource, opts: Parameters<typeof factoryPlan>[1]) =>
  factoryPlan({ query: (sql: string, params?: unknown[]) => ds.query(sql.replace(/CASE WHEN \$7 /g, 'CASE WHEN $7::varchar '), params) } as unknown as DataSource, opts);

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

describe('Performance: coaching dialogues', () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let period: { id: string };
  let plan: { id: string; targetIds: string[] };
  let otherPlan: { id: string; targetIds: string[] };
  let leader: string;
  let otherLeader: string;
  let staff1: string;
  let staff2: string;
  let planner: string;
  let coachingId: string;
  let version: number;

  const action = [{ action: 'Jadwalkan ulang kunjungan rumah yang tertunda', owner: 'Pegawai', due: dayFromToday(5) }];

  beforeAll(async () => {
    t = await createTestApp();
    team = await createTeam(t.ds, { staffCount: 2 });
    other = await createTeam(t.ds, { staffCount: 1 });
    period = await createPeriod(t.ds);
    plan = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[0].employeeId, targets: [{ title: 'Kunjungan rumah', weight: 60 }, { weight: 40 }] });
    otherPlan = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[1].employeeId });
    leader = await t.token(team.head.username);
    otherLeader = await t.token(other.head.username);
    staff1 = await t.token(team.staff[0].username);
    staff2 = await t.token(team.staff[1].username);
    planner = await t.token('planner.bkpp');
  });
  afterAll(() => t.close());

  describe('POST /api/v1/performance/coaching', () => {
    it('should open a dialogue from an at-risk target, audited, with a coaching.opened event', async () => {
      const res = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({
          employeeId: team.staff[0].employeeId,
          periodId: period.id,
          targetId: plan.targetIds[0],
          cause: 'Kendaraan operasional rusak, kunjungan tertunda',
          actions: action,
          followUpOn: dayFromToday(7),
        })
        .expect(201);
      expect(res.body).toMatchObject({
        employeeId: team.staff[0].employeeId,
        employeeName: team.staff[0].name,
        periodId: period.id,
        planId: plan.id,
        targetId: plan.targetIds[0],
        targetTitle: 'Kunjungan rumah',
        leaderEmployeeId: team.head.employeeId,
        leaderName: team.head.name,
        status: 'open',
        overdue: false,
        outcome: null,
        followUpOn: dayFromToday(7),
        unitId: team.unit.id,
        version: 1,
      });
      expect(res.body.actions).toEqual(action);
      coachingId = res.body.id;
      version = res.body.version;
      const events = await t.ds.query(`SELECT type, unit_path, employee_id, data FROM performance_events WHERE data->>'coachingId' = $1`, [coachingId]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'coaching.opened', unit_path: team.unit.path, employee_id: team.staff[0].employeeId });
      expect(events[0].data).toMatchObject({ coachingId, employeeId: team.staff[0].employeeId, followUpOn: dayFromToday(7), status: 'open' });
      const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'performance_coaching' AND entity_id = $1`, [coachingId]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create']);
    });

    it('should open a dialogue for a person without a plan in the period', async () => {
      const other = await createPeriod(t.ds);
      const res = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(planner))
        .send({ employeeId: team.staff[1].employeeId, periodId: other.id, cause: 'Sering terlambat', actions: [{ action: 'Apel pagi bersama' }], followUpOn: dayFromToday(14) })
        .expect(201);
      expect(res.body).toMatchObject({ planId: null, targetId: null, leaderEmployeeId: team.head.employeeId, openedByName: expect.any(String) });
    });

    it('should refuse employees (403), a leader of another unit (404) and coaching yourself (403)', async () => {
      const body = { employeeId: team.staff[1].employeeId, periodId: period.id, cause: 'x', actions: action, followUpOn: dayFromToday(7) };
      await t.http.post('/api/v1/performance/coaching').set(bearer(staff1)).send(body).expect(403);
      const outside = await t.http.post('/api/v1/performance/coaching').set(bearer(otherLeader)).send(body).expect(404);
      expect(outside.body.code).toBe('EMPLOYEE_NOT_FOUND');
      const self = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...body, employeeId: team.head.employeeId })
        .expect(403);
      expect(self.body.code).toBe('SELF_COACHING');
    });

    it('should name bad input: a target of someone else, no actions, a bad date', async () => {
      const base = { employeeId: team.staff[0].employeeId, periodId: period.id, cause: 'x', actions: action, followUpOn: dayFromToday(7) };
      const wrongTarget = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...base, targetId: otherPlan.targetIds[0] })
        .expect(422);
      expect(wrongTarget.body.code).toBe('TARGET_NOT_OF_EMPLOYEE');
      expect(paths(wrongTarget.body)).toEqual(['targetId']);
      const noActions = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...base, actions: [] })
        .expect(400);
      expect(paths(noActions.body)).toContain('actions');
      const emptyAction = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...base, actions: [{ action: '' }] })
        .expect(400);
      expect(paths(emptyAction.body)).toContain('actions.0.action');
      const badDate = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...base, followUpOn: '2026-02-30' })
        .expect(400);
      expect(paths(badDate.body)).toContain('followUpOn');
      const noPeriod = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ ...base, periodId: '00000000-0000-4000-8000-000000000000' })
        .expect(404);
      expect(noPeriod.body.code).toBe('PERIOD_NOT_FOUND');
    });
  });

  describe('GET /api/v1/performance/coaching', () => {
    let lateId: string;

    beforeAll(async () => {
      const res = await t.http
        .post('/api/v1/performance/coaching')
        .set(bearer(leader))
        .send({ employeeId: team.staff[1].employeeId, periodId: period.id, cause: 'Laporan tidak dikirim', actions: action, followUpOn: dayFromToday(-3) })
        .expect(201);
      lateId = res.body.id;
      expect(res.body.overdue).toBe(true);
    });

    it('should list the overdue follow-ups (open, date past), as of today and as of a later day', async () => {
      const today = await t.http.get(`/api/v1/performance/coaching?overdue=true&periodId=${period.id}`).set(bearer(leader)).expect(200);
      expect(today.body.items.map((c: { id: string }) => c.id)).toEqual([lateId]);
      expect(today.body.items[0]).toMatchObject({ overdue: true, employeeId: team.staff[1].employeeId });

      const later = await t.http
        .get(`/api/v1/performance/coaching?overdue=true&periodId=${period.id}&on=${dayFromToday(10)}`)
        .set(bearer(leader))
        .expect(200);
      expect(later.body.items.map((c: { id: string }) => c.id).sort()).toEqual([coachingId, lateId].sort());
      expect(later.body.total).toBe(2);

      const notOverdue = await t.http.get(`/api/v1/performance/coaching?overdue=false&periodId=${period.id}`).set(bearer(leader)).expect(200);
      expect(notOverdue.body.items.map((c: { id: string }) => c.id)).toEqual([coachingId]);
    });

    it('should scope: the leader’s unit, an employee’s own, nothing of another unit', async () => {
      const mine = await t.http.get(`/api/v1/performance/coaching?periodId=${period.id}`).set(bearer(leader)).expect(200);
      expect(mine.body.total).toBe(2);
      const own = await t.http.get(`/api/v1/performance/coaching?periodId=${period.id}`).set(bearer(staff1)).expect(200);
      expect(own.body.items.map((c: { id: string }) => c.id)).toEqual([coachingId]);
      const outside = await t.http.get(`/api/v1/performance/coaching?periodId=${period.id}`).set(bearer(otherLeader)).expect(200);
      expect(outside.body.total).toBe(0);
      await t.http.get(`/api/v1/performance/coaching/${coachingId}`).set(bearer(otherLeader)).expect(404);
      await t.http.get(`/api/v1/performance/coaching/${coachingId}`).set(bearer(staff2)).expect(404);
      await t.http.get(`/api/v1/performance/coaching/${coachingId}`).set(bearer(staff1)).expect(200);
      await t.http.get(`/api/v1/performance/coaching?unitId=${team.unit.id}`).set(bearer(otherLeader)).expect(404);
      const byUnit = await t.http.get(`/api/v1/performance/coaching?unitId=${team.unit.id}&periodId=${period.id}`).set(bearer(planner)).expect(200);
      expect(byUnit.body.total).toBe(2);
    });

    it('should name a bad filter', async () => {
      const res = await t.http.get('/api/v1/performance/coaching?overdue=yes&on=tomorrow').set(bearer(leader)).expect(400);
      expect(paths(res.body)).toEqual(expect.arrayContaining(['overdue', 'on']));
    });
  });

  describe('PATCH /api/v1/performance/coaching/{id}', () => {
    it('should refuse closing without an outcome (422 naming outcome)', async () => {
      const res = await t.http.patch(`/api/v1/performance/coaching/${coachingId}`).set(bearer(leader)).send({ version, status: 'closed' }).expect(422);
      expect(res.body.code).toBe('OUTCOME_REQUIRED');
      expect(paths(res.body)).toEqual(['outcome']);
    });

    it('should move the follow-up, then close with the outcome, pushing coaching.updated', async () => {
      const moved = await t.http
        .patch(`/api/v1/performance/coaching/${coachingId}`)
        .set(bearer(leader))
        .send({ version, followUpOn: dayFromToday(21), actions: [...action, { action: 'Pinjam kendaraan puskesmas induk' }] })
        .expect(200);
      expect(moved.body).toMatchObject({ followUpOn: dayFromToday(21), status: 'open', version: version + 1 });
      expect(moved.body.actions).toHaveLength(2);
      await t.http.patch(`/api/v1/performance/coaching/${coachingId}`).set(bearer(leader)).send({ version, outcome: 'x' }).expect(409);

      const closed = await t.http
        .patch(`/api/v1/performance/coaching/${coachingId}`)
        .set(bearer(leader))
        .send({ version: moved.body.version, outcome: 'Kunjungan kembali sesuai jadwal', status: 'closed' })
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', outcome: 'Kunjungan kembali sesuai jadwal', overdue: false });
      expect(closed.body.closedAt).toEqual(expect.any(String));
      version = closed.body.version;

      const later = await t.http
        .get(`/api/v1/performance/coaching?overdue=true&periodId=${period.id}&on=${dayFromToday(30)}`)
        .set(bearer(leader))
        .expect(200);
      expect(later.body.items.map((c: { id: string }) => c.id)).not.toContain(coachingId);

      const events = await t.ds.query(`SELECT type, data FROM performance_events WHERE data->>'coachingId' = $1 ORDER BY id`, [coachingId]);
      expect(events.map((e: { type: string }) => e.type)).toEqual(['coaching.opened', 'coaching.updated', 'coaching.updated']);
      expect(events[2].data).toMatchObject({ status: 'closed' });
      const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'performance_coaching' AND entity_id = $1 ORDER BY at`, [coachingId]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'close']);
    });

    it('should change a closed dialogue only when reopened', async () => {
      const res = await t.http
        .patch(`/api/v1/performance/coaching/${coachingId}`)
        .set(bearer(leader))
        .send({ version, followUpOn: dayFromToday(40) })
        .expect(409);
      expect(res.body.code).toBe('COACHING_CLOSED');
      const reopened = await t.http
        .patch(`/api/v1/performance/coaching/${coachingId}`)
        .set(bearer(leader))
        .send({ version, status: 'open', followUpOn: dayFromToday(40) })
        .expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, followUpOn: dayFromToday(40) });
    });

    it('should refuse employees and other units', async () => {
      await t.http.patch(`/api/v1/performance/coaching/${coachingId}`).set(bearer(staff1)).send({ version: 99, outcome: 'x' }).expect(403);
      await t.http.patch(`/api/v1/performance/coaching/${coachingId}`).set(bearer(otherLeader)).send({ version: 99, outcome: 'x' }).expect(404);
    });
  });
});
