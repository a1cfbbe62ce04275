import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { createEmployee, createPosition, unitByCode } from '../factories/index.js';

const levels = (name: string) => [1, 2, 3, 4, 5].map((level) => ({ level, description: `${name} level ${level}` }));
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** Each test books its sessions in its own band of future dates, so people never clash across tests by accident. */
let band = 0;
const nextBand = () => 400 + ++band * 20;

describe('training', () => {
  let t: TestApp;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let kepala: string;
  let pegawai: string;
  let competency: { id: string };
  let program: { id: string; code: string; jp: number; version: number };
  const suffix = Date.now().toString(36).toUpperCase();

  /** A session of `programId` starting `start` days from today, enrolment open now. */
  const sessionBody = (start: number, over: Record<string, unknown> = {}) => ({
    programId: program.id,
    startsOn: day(start),
    endsOn: day(start + 2),
    venue: 'Aula BKPP',
    trainer: 'Widyaiswara Uji',
    capacity: 10,
    enrolmentOpensOn: day(-1),
    enrolmentClosesOn: day(start - 1),
    ...over,
  });

  const createSession = async (token: string, body: Record<string, unknown>) => (await t.http.post('/api/v1/training/sessions').set(bearer(token)).send(body).expect(201)).body;

  /** Moves a session into the past (it ran from `days` + 2 days ago to yesterday): a test's time travel. */
  const runInPast = async (id: string) =>
    t.ds.query(`UPDATE training_sessions SET starts_on = $2, ends_on = $3, enrolment_opens_on = $4, enrolment_closes_on = $4 WHERE id = $1`, [id, day(-3), day(-1), day(-10)]);

  beforeAll(async () => {
    t = await createTestApp();
    [planner, opDinkes, opDisdik, kepala, pegawai] = await Promise.all(
      ['planner.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes', 'pegawai.dinkes'].map((u) => t.token(u)),
    );
    competency = (
      await t.http
        .post('/api/v1/competencies')
        .set(bearer(planner))
        .send({ code: `T-TRN-${suffix}`, name: 'Komunikasi Layanan Uji', type: 'technical', levels: levels('KL') })
        .expect(201)
    ).body;
    program = (
      await t.http
        .post('/api/v1/training/programs')
        .set(bearer(planner))
        .send({
          code: `PL-UJI-${suffix}`,
          title: 'Pelatihan Komunikasi Uji',
          type: 'soft_skill',
          mode: 'classroom',
          jp: 24,
          costPerParticipant: 1500000,
          provider: 'BKPP Kota Semarang',
          raises: [{ competencyId: competency.id, levels: 1 }],
        })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  describe('authentication', () => {
    it('should require authentication on every training route', async () => {
      await t.http.get('/api/v1/training/programs').expect(401);
      await t.http.get('/api/v1/training/sessions').expect(401);
      await t.http.post('/api/v1/training/sessions').send({}).expect(401);
      await t.http.get('/api/v1/training/hours').expect(401);
      await t.http.get('/api/v1/training/activities').expect(401);
      await t.http.post(`/api/v1/training/enrolments/${program.id}/approve`).expect(401);
    });
  });

  describe('/api/v1/training/programs', () => {
    it('should let planners build the catalogue, everyone read it, and refuse bad prerequisites', async () => {
      expect(program).toMatchObject({ jp: 24, costPerParticipant: 1500000, raises: [{ competencyId: competency.id, levels: 1, code: `T-TRN-${suffix}` }] });
      await t.http.post('/api/v1/training/programs').set(bearer(opDinkes)).send({ code: 'PL-X', title: 'X', type: 'technical', mode: 'online', jp: 2 }).expect(403);
      const list = await t.http.get(`/api/v1/training/programs?competencyId=${competency.id}`).set(bearer(pegawai)).expect(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([program.id]);
      const advanced = await t.http
        .post('/api/v1/training/programs')
        .set(bearer(planner))
        .send({ code: `PL-LANJUT-${suffix}`, title: 'Lanjutan', type: 'soft_skill', mode: 'blended', jp: 16, prerequisiteIds: [program.id] })
        .expect(201);
      expect(advanced.body.prerequisites).toEqual([{ id: program.id, code: program.code, title: 'Pelatihan Komunikasi Uji' }]);
      const self = await t.http
        .patch(`/api/v1/training/programs/${advanced.body.id}`)
        .set(bearer(planner))
        .send({ version: advanced.body.version, prerequisiteIds: [advanced.body.id] })
        .expect(422);
      expect(self.body.errors[0].path).toBe('prerequisiteIds.0');
      const cycle = await t.http
        .patch(`/api/v1/training/programs/${program.id}`)
        .set(bearer(planner))
        .send({ version: program.version, prerequisiteIds: [advanced.body.id] })
        .expect(422);
      expect(cycle.body.code).toBe('TRAINING_PREREQUISITE_INVALID');
      const stale = await t.http.patch(`/api/v1/training/programs/${program.id}`).set(bearer(planner)).send({ version: 99, title: 'X' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const unknown = await t.http
        .post('/api/v1/training/programs')
        .set(bearer(planner))
        .send({ code: `PL-UNK-${suffix}`, title: 'X', type: 'technical', mode: 'online', jp: 2, raises: [{ competencyId: '00000000-0000-4000-8000-000000000000', levels: 1 }] })
        .expect(422);
      expect(unknown.body.errors[0].path).toBe('raises.0.competencyId');
      const inUse = await t.http.delete(`/api/v1/training/programs/${program.id}`).set(bearer(planner)).expect(409);
      expect(inUse.body.code).toBe('TRAINING_PROGRAM_IN_USE');
      await t.http.delete(`/api/v1/training/programs/${advanced.body.id}`).set(bearer(planner)).expect(204);
    });
  });

  describe('bad input', () => {
    it('should refuse negative JP, a session ending before it starts and capacity 0, naming the field and writing nothing', async () => {
      const [{ n: before }] = await t.ds.query(
        'SELECT (SELECT count(*) FROM training_sessions) + (SELECT count(*) FROM training_programs) + (SELECT count(*) FROM development_activities) AS n',
      );
      const jp = await t.http
        .post('/api/v1/training/programs')
        .set(bearer(planner))
        .send({ code: `PL-NEG-${suffix}`, title: 'X', type: 'technical', mode: 'online', jp: -4 })
        .expect(400);
      expect(jp.body.errors.map((e: { path: string }) => e.path)).toContain('jp');
      const act = await t.http
        .post('/api/v1/training/activities')
        .set(bearer(pegawai))
        .send({ kind: 'webinar', title: 'Webinar', jp: -2, occurredOn: day(-5) })
        .expect(400);
      expect(act.body.errors.map((e: { path: string }) => e.path)).toContain('jp');
      const start = nextBand();
      const order = await t.http
        .post('/api/v1/training/sessions')
        .set(bearer(planner))
        .send(sessionBody(start, { endsOn: day(start - 1) }))
        .expect(400);
      expect(order.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'endsOn' }] });
      const cap = await t.http
        .post('/api/v1/training/sessions')
        .set(bearer(planner))
        .send(sessionBody(start, { capacity: 0 }))
        .expect(400);
      expect(cap.body.errors[0].path).toBe('capacity');
      const where = await t.http
        .post('/api/v1/training/sessions')
        .set(bearer(planner))
        .send(sessionBody(start, { venue: undefined }))
        .expect(400);
      expect(where.body.errors[0].path).toBe('venue');
      const window = await t.http
        .post('/api/v1/training/sessions')
        .set(bearer(planner))
        .send(sessionBody(start, { enrolmentClosesOn: day(start + 1) }))
        .expect(400);
      expect(window.body.errors[0].path).toBe('enrolmentClosesOn');
      const future = await t.http
        .post('/api/v1/training/activities')
        .set(bearer(pegawai))
        .send({ kind: 'webinar', title: 'W', jp: 2, occurredOn: day(30) })
        .expect(400);
      expect(future.body.errors[0].path).toBe('occurredOn');
      const [{ n: after }] = await t.ds.query(
        'SELECT (SELECT count(*) FROM training_sessions) + (SELECT count(*) FROM training_programs) + (SELECT count(*) FROM development_activities) AS n',
      );
      expect(after).toBe(before);
    });
  });

  describe('session life cycle', () => {
    it('should waitlist the third of three applicants at capacity 2, promote them when a seat frees, and complete with JP, certificate and a raised level', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const pos = await createPosition(t.ds, pkm.id, 'Jabatan Pelatihan Uji');
      await t.http
        .put(`/api/v1/positions/${pos.id}/competency-standard`)
        .set(bearer(opDinkes))
        .send({ revision: 0, items: [{ competencyId: competency.id, requiredLevel: 3 }] })
        .expect(200);
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => createEmployee(t.ds, { unitId: pkm.id, positionId: pos.id })));
      // b starts at level 2 (below the standard of 3)
      await t.http
        .post(`/api/v1/employees/${b.id}/assessments`)
        .set(bearer(opDinkes))
        .send({ source: 'test', assessedOn: day(-30), items: [{ competencyId: competency.id, level: 2 }] })
        .expect(201);
      let gap = await t.http.get(`/api/v1/competency/gaps?employeeId=${b.id}`).set(bearer(opDinkes)).expect(200);
      expect(gap.body.items[0].items[0]).toMatchObject({ required: 3, assessed: 2, gap: -1 });

      const start = nextBand();
      const s = await createSession(opDinkes, sessionBody(start, { capacity: 2, postTestPassScore: 70 }));
      const dinkes = await unitByCode(t.ds, 'DINKES');
      expect(s).toMatchObject({ organiserUnitId: dinkes.id, capacity: 2, seatsTaken: 0, days: 3, attendanceThreshold: 0.8, status: 'open', enrolmentOpen: true });

      const enrol = (id: string) => t.http.post(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: id });
      const ea = (await enrol(a.id).expect(201)).body;
      const eb = (await enrol(b.id).expect(201)).body;
      const ec = (await enrol(c.id).expect(201)).body;
      expect([ea.status, eb.status, ec.status]).toEqual(['enrolled', 'enrolled', 'waitlisted']);
      expect(ec.waitlistPosition).toBe(1);
      const dup = await enrol(a.id).expect(409);
      expect(dup.body.code).toBe('TRAINING_ALREADY_ENROLLED');
      let got = await t.http.get(`/api/v1/training/sessions/${s.id}`).set(bearer(pegawai)).expect(200);
      expect(got.body).toMatchObject({ seatsTaken: 2, seatsFree: 0, waitlisted: 1 });

      const cancelled = await t.http.post(`/api/v1/training/enrolments/${ea.id}/cancel`).set(bearer(opDinkes)).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      const people = await t.http.get(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDinkes)).expect(200);
      const byId = new Map(people.body.items.map((x: { id: string; status: string }) => [x.id, x.status]));
      expect(byId.get(ec.id)).toBe('enrolled');
      got = await t.http.get(`/api/v1/training/sessions/${s.id}`).set(bearer(opDinkes)).expect(200);
      expect(got.body).toMatchObject({ seatsTaken: 2, waitlisted: 0 });

      // the session runs: b attends all 3 days, c only 1 (1/3 < 0.8)
      await runInPast(s.id);
      const days = [day(-3), day(-2), day(-1)];
      for (const [i, d] of days.entries())
        await t.http
          .put(`/api/v1/training/sessions/${s.id}/attendance`)
          .set(bearer(opDinkes))
          .send({
            day: d,
            marks: [
              { enrolmentId: eb.id, present: true },
              { enrolmentId: ec.id, present: i === 0 },
            ],
          })
          .expect(200);
      const outside = await t.http
        .put(`/api/v1/training/sessions/${s.id}/attendance`)
        .set(bearer(opDinkes))
        .send({ day: day(0), marks: [{ enrolmentId: eb.id, present: true }] })
        .expect(422);
      expect(outside.body.errors[0].path).toBe('day');
      const notIn = await t.http
        .put(`/api/v1/training/sessions/${s.id}/attendance`)
        .set(bearer(opDinkes))
        .send({ day: days[0], marks: [{ enrolmentId: ea.id, present: true }] })
        .expect(422);
      expect(notIn.body.errors[0].path).toBe('marks.0.enrolmentId');
      const sheet = await t.http.get(`/api/v1/training/sessions/${s.id}/attendance`).set(bearer(opDinkes)).expect(200);
      expect(sheet.body.days).toEqual(days);
      const rows = new Map(sheet.body.rows.map((r: { enrolmentId: string; attendedDays: number; meetsThreshold: boolean }) => [r.enrolmentId, r]));
      expect(rows.get(eb.id)).toMatchObject({ attendedDays: 3, meetsThreshold: true });
      expect(rows.get(ec.id)).toMatchObject({ attendedDays: 1, meetsThreshold: false });

      const done = await t.http
        .post(`/api/v1/training/sessions/${s.id}/complete`)
        .set(bearer(opDinkes))
        .send({
          postTestScores: [
            { enrolmentId: eb.id, score: 85 },
            { enrolmentId: ec.id, score: 90 },
          ],
        })
        .expect(200);
      expect(done.body).toMatchObject({ completed: 1, notCompleted: 1, session: { status: 'completed' } });
      const ob = done.body.outcomes.find((o: { enrolmentId: string }) => o.enrolmentId === eb.id);
      const oc = done.body.outcomes.find((o: { enrolmentId: string }) => o.enrolmentId === ec.id);
      expect(ob).toMatchObject({ status: 'completed', jp: 24, raised: [{ competencyId: competency.id, from: 2, to: 3 }] });
      expect(ob.certificateCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(oc).toMatchObject({ status: 'not_completed', reasons: ['attendance_below_threshold'], certificateCode: null, jp: null });
      await t.http.post(`/api/v1/training/sessions/${s.id}/complete`).set(bearer(opDinkes)).send({}).expect(422);

      // the post-test raised b to the standard: the gap closes
      gap = await t.http.get(`/api/v1/competency/gaps?employeeId=${b.id}`).set(bearer(opDinkes)).expect(200);
      expect(gap.body.items[0].items[0]).toMatchObject({ required: 3, assessed: 3, gap: 0 });
      const history = await t.http.get(`/api/v1/employees/${b.id}/assessments`).set(bearer(opDinkes)).expect(200);
      expect(history.body[0]).toMatchObject({ source: 'training_post_test', current: true });

      // the JP ledger shows the session's JP for b, none for c
      const year = Number(day(-1).slice(0, 4));
      const hb = await t.http.get(`/api/v1/training/hours?employeeId=${b.id}&year=${year}`).set(bearer(opDinkes)).expect(200);
      expect(hb.body.items[0]).toMatchObject({ employeeId: b.id, jp: 24, owed: 20, remaining: 0, met: true, onPace: true });
      const hc = await t.http.get(`/api/v1/training/hours?employeeId=${c.id}&year=${year}`).set(bearer(opDinkes)).expect(200);
      expect(hc.body.items[0]).toMatchObject({ jp: 0, remaining: 20, met: false });
      const ledger = await t.http.get(`/api/v1/training/activities?employeeId=${b.id}`).set(bearer(opDinkes)).expect(200);
      expect(ledger.body.items[0]).toMatchObject({ kind: 'training', jp: 24, status: 'approved', enrolmentId: eb.id, year });
      const enrolments = await t.http.get(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDinkes)).expect(200);
      const ecAfter = enrolments.body.items.find((x: { id: string }) => x.id === ec.id);
      expect(ecAfter).toMatchObject({ status: 'not_completed', reasons: ['attendance_below_threshold'] });

      // audit: every step
      const ids = [ea.id, eb.id, ec.id];
      const events: { entity: string; action: string }[] = await t.ds.query(
        `SELECT entity, action FROM audit_events WHERE (entity = 'training_enrolment' AND entity_id = ANY($1::text[])) OR (entity = 'training_session' AND entity_id = $2) ORDER BY at, id`,
        [ids, s.id],
      );
      const actions = events.map((e) => `${e.entity}:${e.action}`);
      for (const a of [
        'training_session:create',
        'training_enrolment:enrol',
        'training_enrolment:waitlist',
        'training_enrolment:cancel',
        'training_enrolment:promote',
        'training_session:mark_attendance',
        'training_enrolment:complete',
        'training_enrolment:not_complete',
        'training_session:complete',
      ])
        expect(actions).toContain(a);
      const [{ n }] = await t.ds.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity IN ('development_activity', 'competency_assessment') AND after->>'employeeId' = $1`,
        [b.id],
      );
      expect(n).toBe(3); // the pre-training assessment, the ledger line, the post-test assessment
    });

    it('should never exceed the capacity under concurrent enrolments', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createEmployee(t.ds, { unitId: pkm.id })));
      const s = await createSession(planner, sessionBody(nextBand(), { capacity: 2 }));
      const res = await Promise.all(people.map((x) => t.http.post(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: x.id })));
      expect(res.map((r) => r.status)).toEqual(Array(6).fill(201));
      const statuses = res.map((r) => r.body.status).sort();
      expect(statuses).toEqual(['enrolled', 'enrolled', 'waitlisted', 'waitlisted', 'waitlisted', 'waitlisted']);
      const raise = await t.http.patch(`/api/v1/training/sessions/${s.id}`).set(bearer(planner)).send({ version: s.version, capacity: 3 }).expect(200);
      expect(raise.body).toMatchObject({ seatsTaken: 3, waitlisted: 3 });
      const lower = await t.http.patch(`/api/v1/training/sessions/${s.id}`).set(bearer(planner)).send({ version: raise.body.version, capacity: 1 }).expect(422);
      expect(lower.body.errors[0].path).toBe('capacity');
    });

    it('should refuse completion before the session ends', async () => {
      const s = await createSession(planner, sessionBody(nextBand()));
      const res = await t.http.post(`/api/v1/training/sessions/${s.id}/complete`).set(bearer(planner)).send({}).expect(422);
      expect(res.body.code).toBe('TRAINING_SESSION_NOT_OVER');
    });
  });

  describe('self-enrolment and approval', () => {
    it('should take an employee’s request to their leader, who approves it; the employee can cancel it', async () => {
      const s = await createSession(planner, sessionBody(nextBand(), { capacity: 5 }));
      const req = await t.http.post(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(pegawai)).send({}).expect(201);
      expect(req.body).toMatchObject({ status: 'requested', requestedByName: expect.any(String) });
      const mine = await t.http.get(`/api/v1/training/sessions/${s.id}`).set(bearer(pegawai)).expect(200);
      expect(mine.body.myEnrolment).toEqual({ id: req.body.id, status: 'requested' });
      await t.http.post(`/api/v1/training/enrolments/${req.body.id}/approve`).set(bearer(pegawai)).expect(403);
      await t.http.post(`/api/v1/training/enrolments/${req.body.id}/approve`).set(bearer(opDisdik)).expect(404);
      const inbox = await t.http.get('/api/v1/training/enrolments?status=requested&pageSize=200').set(bearer(kepala)).expect(200);
      expect(inbox.body.items.map((x: { id: string }) => x.id)).toContain(req.body.id);
      const ok = await t.http.post(`/api/v1/training/enrolments/${req.body.id}/approve`).set(bearer(kepala)).expect(200);
      expect(ok.body).toMatchObject({ status: 'enrolled', decidedByName: expect.any(String) });
      const again = await t.http.post(`/api/v1/training/enrolments/${req.body.id}/approve`).set(bearer(kepala)).expect(422);
      expect(again.body.code).toBe('TRAINING_ENROLMENT_TRANSITION_INVALID');
      const own = await t.http.get(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(pegawai)).expect(200);
      expect(own.body.total).toBe(1);
      await t.http.post(`/api/v1/training/enrolments/${req.body.id}/cancel`).set(bearer(pegawai)).expect(200);
      const actions = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'training_enrolment' AND entity_id = $1 ORDER BY at, id`, [req.body.id]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['request', 'approve', 'cancel']);
    });

    it('should refuse enrolment outside the window and without the prerequisites', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const emp = await createEmployee(t.ds, { unitId: pkm.id });
      const start = nextBand();
      const later = await createSession(planner, sessionBody(start, { enrolmentOpensOn: day(start - 5) }));
      const closed = await t.http.post(`/api/v1/training/sessions/${later.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: emp.id }).expect(422);
      expect(closed.body).toMatchObject({ code: 'TRAINING_ENROLMENT_CLOSED', errors: [{ path: 'sessionId' }] });
      const adv = await t.http
        .post('/api/v1/training/programs')
        .set(bearer(planner))
        .send({ code: `PL-ADV-${suffix}`, title: 'Komunikasi Lanjutan', type: 'soft_skill', mode: 'classroom', jp: 16, prerequisiteIds: [program.id] })
        .expect(201);
      const s = await createSession(planner, { ...sessionBody(start + 5), programId: adv.body.id });
      const pre = await t.http.post(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: emp.id }).expect(422);
      expect(pre.body).toMatchObject({ code: 'TRAINING_PREREQUISITE_MISSING', errors: [{ path: 'employeeId' }] });
    });
  });

  describe('scoping and double booking', () => {
    it('should let an operator enrol only people of their subtree and manage only their unit’s sessions', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const emp = await createEmployee(t.ds, { unitId: pkm.id });
      const s = await createSession(opDinkes, sessionBody(nextBand()));
      const res = await t.http.post(`/api/v1/training/sessions/${s.id}/enrolments`).set(bearer(opDisdik)).send({ employeeId: emp.id }).expect(404);
      expect(res.body.errors[0].path).toBe('employeeId');
      await t.http.patch(`/api/v1/training/sessions/${s.id}`).set(bearer(opDisdik)).send({ version: s.version, capacity: 20 }).expect(403);
      await t.http.post(`/api/v1/training/sessions/${s.id}/cancel`).set(bearer(opDisdik)).send({}).expect(403);
      const disdik = await unitByCode(t.ds, 'DISDIK');
      const foreign = await t.http
        .post('/api/v1/training/sessions')
        .set(bearer(opDinkes))
        .send(sessionBody(nextBand(), { organiserUnitId: disdik.id }))
        .expect(404);
      expect(foreign.body.errors[0].path).toBe('organiserUnitId');
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM training_enrolments WHERE employee_id = $1', [emp.id]);
      expect(n).toBe(0);
      const cancelled = await t.http.post(`/api/v1/training/sessions/${s.id}/cancel`).set(bearer(opDinkes)).send({ reason: 'Narasumber berhalangan' }).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
    });

    it('should refuse a person in two sessions whose dates overlap, naming sessionId', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const emp = await createEmployee(t.ds, { unitId: pkm.id });
      const start = nextBand();
      const s1 = await createSession(planner, sessionBody(start));
      const s2 = await createSession(planner, sessionBody(start + 2)); // starts the day s1 ends
      const s3 = await createSession(planner, sessionBody(start + 3)); // starts the day after
      await t.http.post(`/api/v1/training/sessions/${s1.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: emp.id }).expect(201);
      const clash = await t.http.post(`/api/v1/training/sessions/${s2.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: emp.id }).expect(422);
      expect(clash.body).toMatchObject({ code: 'TRAINING_DOUBLE_BOOKING', errors: [{ path: 'sessionId' }] });
      expect(clash.body.errors[0].message).toContain(s1.id);
      await t.http.post(`/api/v1/training/sessions/${s3.id}/enrolments`).set(bearer(opDinkes)).send({ employeeId: emp.id }).expect(201);
      // moving s3 one day earlier would double-book the person
      const moved = await t.http
        .patch(`/api/v1/training/sessions/${s3.id}`)
        .set(bearer(planner))
        .send({ version: s3.version, startsOn: day(start + 2) })
        .expect(422);
      expect(moved.body).toMatchObject({ code: 'TRAINING_DOUBLE_BOOKING', errors: [{ path: 'startsOn' }] });
    });
  });

  describe('JP ledger', () => {
    it('should take an employee’s webinar as pending, count it once their leader approves, and show employees only themselves', async () => {
      const year = Number(day(0).slice(0, 4));
      const before = await t.http.get(`/api/v1/training/hours?year=${year}`).set(bearer(pegawai)).expect(200);
      expect(before.body.total).toBe(1);
      expect(before.body).toMatchObject({ owed: 20, ruleKey: 'competency.development_hours' });
      const jp0 = before.body.items[0].jp;
      const occurredOn = `${year}-01-01` > day(-1) ? day(0) : day(-1);
      const act = await t.http
        .post('/api/v1/training/activities')
        .set(bearer(pegawai))
        .send({ kind: 'webinar', title: 'Webinar Manajemen Waktu', jp: 2.5, occurredOn, evidence: 'Sertifikat No. 12/WEB' })
        .expect(201);
      expect(act.body).toMatchObject({ status: 'pending', jp: 2.5, kind: 'webinar' });
      const pending = await t.http.get(`/api/v1/training/hours?year=${year}`).set(bearer(pegawai)).expect(200);
      expect(pending.body.items[0]).toMatchObject({ jp: jp0, pendingJp: expect.any(Number) });
      await t.http.post(`/api/v1/training/activities/${act.body.id}/approve`).set(bearer(pegawai)).send({}).expect(403);
      await t.http.post(`/api/v1/training/activities/${act.body.id}/approve`).set(bearer(opDisdik)).send({}).expect(404);
      const ok = await t.http.post(`/api/v1/training/activities/${act.body.id}/approve`).set(bearer(kepala)).send({}).expect(200);
      expect(ok.body.status).toBe('approved');
      const after = await t.http.get(`/api/v1/training/hours?year=${year}`).set(bearer(pegawai)).expect(200);
      expect(after.body.items[0].jp).toBeCloseTo(jp0 + 2.5, 5);
      const events = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'development_activity' AND entity_id = $1 ORDER BY at, id`, [act.body.id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'approve']);
    });

    it('should summarise a unit and list who is behind', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const all = await t.http.get(`/api/v1/training/hours?orgUnitId=${dinkes.id}&pageSize=200`).set(bearer(kepala)).expect(200);
      const s = all.body.summary;
      expect(all.body.total).toBe(s.employees);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1', [`${dinkes.path}%`]);
      expect(s.employees).toBe(n);
      const behind = await t.http.get(`/api/v1/training/hours?orgUnitId=${dinkes.id}&behindOnly=true&pageSize=200`).set(bearer(kepala)).expect(200);
      expect(behind.body.total).toBe(s.behind);
      expect(behind.body.items.every((x: { onPace: boolean; projected: number }) => !x.onPace && x.projected < 20)).toBe(true);
      await t.http.get(`/api/v1/training/hours?orgUnitId=${dinkes.id}`).set(bearer(opDisdik)).expect(404);
    });
  });
});
