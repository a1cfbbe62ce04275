import { isoToday } from '../../src/modules/reference/calc/dates.js';
import { pace } from '../../src/modules/performance/calc/pace.js';
import { createPeriod, createPlan, createTeam, dayFromToday, Team } from '../factories/performance.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 foto posyandu'), Buffer.alloc(64, 7)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64, 1)]);

const paths = (body: { errors?: { path: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.path))];

describe('Performance progress reports', () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let period: { id: string; startsOn: string; endsOn: string };
  let plan: { id: string; targetIds: string[] };
  let colleaguePlan: { id: string; targetIds: string[] };
  let draftPlan: { id: string; targetIds: string[] };
  let staff: string;
  let colleague: string;
  let head: string;
  let otherHead: string;
  let kepalaDinkes: string;

  const report = (token: string, targetId: string) => t.http.post(`/api/v1/performance/targets/${targetId}/reports`).set(bearer(token));
  /** The events of a report's transaction: its own and the target's at-risk change written right after (call it right after the write). */
  const events = async (reportId: string, targetId: string) =>
    t.ds.query<{ type: string; data: Record<string, unknown> }[]>(
      `SELECT type, data FROM performance_events
        WHERE id >= (SELECT min(id) FROM performance_events WHERE data->>'reportId' = $1)
          AND (data->>'reportId' = $1 OR (type LIKE 'target.%' AND data->>'targetId' = $2))
        ORDER BY id`,
      [reportId, targetId],
    );
  const expectedShare = () => pace({ start: period.startsOn, end: period.endsOn, on: isoToday(), target: 100, realised: 0 }, 0.15).expected;

  beforeAll(async () => {
    t = await createTestApp();
    team = await createTeam(t.ds, { staffCount: 2 });
    other = await createTeam(t.ds, { staffCount: 1 });
    period = await createPeriod(t.ds);
    plan = await createPlan(t.ds, {
      periodId: period.id,
      employeeId: team.staff[0].employeeId,
      targets: [
        { quantity: 100, weight: 40 },
        { quantity: 80, weight: 30 },
        { quantity: 100, weight: 30 },
      ],
    });
    colleaguePlan = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[1].employeeId, targets: [{ quantity: 100, weight: 100 }] });
    draftPlan = await createPlan(t.ds, { periodId: period.id, employeeId: other.staff[0].employeeId, status: 'draft', targets: [{ quantity: 10, weight: 100 }] });
    staff = await t.token(team.staff[0].username);
    colleague = await t.token(team.staff[1].username);
    head = await t.token(team.head.username);
    otherHead = await t.token(other.head.username);
    kepalaDinkes = await t.token('kepala.dinkes');
  });
  afterAll(() => t.close());

  describe('POST /performance/targets/{id}/reports', () => {
    it('should store a JSON report with a link, update the target and write one report.submitted event', async () => {
      const res = await report(staff, plan.targetIds[0]).send({ realised: 52, note: 'Posyandu Mei', evidenceLink: 'https://drive.example.go.id/laporan/1' }).expect(201);
      expect(res.body).toMatchObject({
        targetId: plan.targetIds[0],
        planId: plan.id,
        employeeId: team.staff[0].employeeId,
        reportedOn: isoToday(),
        realised: 52,
        givenAs: 'quantity',
        note: 'Posyandu Mei',
        evidenceLink: 'https://drive.example.go.id/laporan/1',
        evidenceFile: null,
        status: 'pending',
        version: 1,
        target: { realised: 52, realisedShare: 0.52, expected: expectedShare(), atRisk: false },
      });
      const [target] = await t.ds.query('SELECT realised, at_risk, last_reported_at FROM performance_targets WHERE id = $1', [plan.targetIds[0]]);
      expect(Number(target.realised)).toBe(52);
      expect(target.last_reported_at).not.toBeNull();
      const ev = await events(res.body.id, plan.targetIds[0]);
      expect(ev.map((e) => e.type)).toEqual(['report.submitted']);
      expect(ev[0].data).toMatchObject({
        reportId: res.body.id,
        targetId: plan.targetIds[0],
        planId: plan.id,
        employeeName: team.staff[0].name,
        unitId: team.unit.id,
        realised: 52,
        quantity: 100,
        atRisk: false,
      });
      const [audit] = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'performance_report' AND entity_id = $1`, [res.body.id]);
      expect(audit.action).toBe('report');
    });

    it('should accept a JPEG photo and a PNG by their first bytes (multipart), and let the leader download it', async () => {
      const jpg = await report(staff, plan.targetIds[2])
        .field('realised', '51')
        .field('note', 'foto kegiatan')
        .attach('file', JPEG, { filename: 'kegiatan.jpg', contentType: 'image/jpeg' })
        .expect(201);
      expect(jpg.body).toMatchObject({
        realised: 51,
        givenAs: 'quantity',
        note: 'foto kegiatan',
        evidenceFile: { fileName: 'kegiatan.jpg', contentType: 'image/jpeg', size: JPEG.length },
      });
      expect(jpg.body.evidenceFile.sha256).toMatch(/^[0-9a-f]{64}$/);
      const png = await report(staff, plan.targetIds[2])
        .field('realisedPercent', '55')
        .attach('file', PNG, { filename: 'layar.png', contentType: 'application/octet-stream' })
        .expect(201);
      expect(png.body).toMatchObject({ realised: 55, givenAs: 'percent', evidenceFile: { contentType: 'image/png' } });
      const file = await t.http
        .get(`/api/v1/performance/reports/${jpg.body.id}/evidence`)
        .set(bearer(head))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
      expect(file.headers['content-disposition']).toContain('kegiatan.jpg');
      expect(Buffer.compare(file.body as Buffer, JPEG)).toBe(0);
      await t.http.get(`/api/v1/performance/reports/${jpg.body.id}/evidence`).set(bearer(otherHead)).expect(404);
      await t.http.get(`/api/v1/performance/reports/${jpg.body.id}/evidence`).set(bearer(colleague)).expect(404);
      const none = await t.http.get(`/api/v1/performance/reports/${png.body.id}/evidence`).set(bearer(staff)).expect(200);
      expect(none.headers['content-type']).toBe('image/png');
    });

    it('should refuse an .exe renamed .jpg with 415 naming the file, and store nothing', async () => {
      const before = await t.ds.query('SELECT count(*)::int AS n FROM performance_reports WHERE target_id = $1', [plan.targetIds[2]]);
      const res = await report(staff, plan.targetIds[2]).field('realised', '60').attach('file', EXE, { filename: 'foto.jpg', contentType: 'image/jpeg' }).expect(415);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('EVIDENCE_TYPE_UNSUPPORTED');
      expect(paths(res.body)).toEqual(['file']);
      const after = await t.ds.query('SELECT count(*)::int AS n FROM performance_reports WHERE target_id = $1', [plan.targetIds[2]]);
      expect(after[0].n).toBe(before[0].n);
    });

    it('should refuse a file above 5 MB with 413 naming the file', async () => {
      const big = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
      const res = await report(staff, plan.targetIds[2]).field('realised', '60').attach('file', big, { filename: 'besar.jpg', contentType: 'image/jpeg' }).expect(413);
      expect(paths(res.body)).toContain('file');
    });

    it('should answer 404 naming the target when an employee reports on someone else’s target', async () => {
      const res = await report(colleague, plan.targetIds[0]).send({ realised: 5 }).expect(404);
      expect(res.body.code).toBe('TARGET_NOT_FOUND');
      expect(paths(res.body)).toEqual(['targetId']);
      expect(res.body.detail).toContain(plan.targetIds[0]);
      await report(staff, '00000000-0000-4000-8000-000000000000').send({ realised: 5 }).expect(404);
    });

    it('should answer 403 when a leader who sees the plan reports for someone, and 404 for a leader outside the unit', async () => {
      const res = await report(head, plan.targetIds[0]).send({ realised: 5 }).expect(403);
      expect(res.body.code).toBe('NOT_PLAN_OWNER');
      await report(otherHead, plan.targetIds[0]).send({ realised: 5 }).expect(404);
    });

    it('should answer 409 on a draft plan', async () => {
      const res = await report(await t.token(other.staff[0].username), draftPlan.targetIds[0])
        .send({ realised: 1 })
        .expect(409);
      expect(res.body.code).toBe('PLAN_NOT_APPROVED');
      expect(paths(res.body)).toEqual(['planStatus']);
    });

    it('should convert a percentage to the quantity (80 × 35 % = 28)', async () => {
      const res = await report(staff, plan.targetIds[1]).send({ realisedPercent: 35 }).expect(201);
      expect(res.body).toMatchObject({ realised: 28, givenAs: 'percent', target: { realised: 28, realisedShare: 0.35 } });
    });

    it('should name the fields of bad input', async () => {
      expect(paths((await report(staff, plan.targetIds[1]).send({ note: 'tanpa angka' }).expect(400)).body)).toEqual(['realised']);
      expect(paths((await report(staff, plan.targetIds[1]).send({ realised: 1, realisedPercent: 2 }).expect(400)).body)).toEqual(['realised']);
      expect(paths((await report(staff, plan.targetIds[1]).send({ realised: 1, evidenceLink: 'ftp://x.example/y' }).expect(400)).body)).toEqual(['evidenceLink']);
      expect(paths((await report(staff, plan.targetIds[1]).send({ realised: -1 }).expect(400)).body)).toEqual(['realised']);
      expect(
        paths(
          (
            await report(staff, plan.targetIds[1])
              .send({ realised: 1, reportedOn: dayFromToday(3) })
              .expect(400)
          ).body,
        ),
      ).toEqual(['reportedOn']);
      expect(paths((await report(staff, plan.targetIds[1]).send({ realised: 1, reportedOn: '2001-01-01' }).expect(400)).body)).toEqual(['reportedOn']);
      expect(paths((await report(staff, plan.targetIds[1]).field('realised', 'banyak').expect(400)).body)).toEqual(['realised']);
      await report(staff, 'not-a-uuid').send({ realised: 1 }).expect(400);
    });
  });

  describe('at risk, decisions and history', () => {
    let low: string;
    let high: string;

    it('should flag the target at risk and back on track, each with its event in the report’s transaction', async () => {
      const target = colleaguePlan.targetIds[0];
      const r1 = await report(colleague, target)
        .send({ realised: 10, reportedOn: dayFromToday(-2) })
        .expect(201);
      expect(r1.body.target).toMatchObject({ realised: 10, atRisk: true });
      low = r1.body.id;
      const ev1 = await events(low, target);
      expect(ev1.map((e) => e.type)).toEqual(['report.submitted', 'target.at_risk']);
      expect(ev1[1].data).toMatchObject({ targetId: target, planId: colleaguePlan.id, employeeId: team.staff[1].employeeId, employeeName: team.staff[1].name, realisedShare: 0.1 });
      expect(ev1[1].data.behind).toBeCloseTo(expectedShare() - 0.1, 4);
      const r2 = await report(colleague, target).send({ realised: 60 }).expect(201);
      expect(r2.body.target).toMatchObject({ realised: 60, atRisk: false });
      high = r2.body.id;
      expect((await events(high, target)).map((e) => e.type)).toEqual(['report.submitted', 'target.back_on_track']);
      const [row] = await t.ds.query('SELECT at_risk FROM performance_targets WHERE id = $1', [target]);
      expect(row.at_risk).toBe(false);
    });

    it('should list the leader’s inbox and the employee’s own history', async () => {
      const inbox = await t.http.get('/api/v1/performance/reports?status=pending&awaitingMe=true&pageSize=100').set(bearer(head)).expect(200);
      const ids = inbox.body.items.map((r: { id: string }) => r.id);
      expect(ids).toEqual(expect.arrayContaining([low, high]));
      expect(inbox.body.items.every((r: { status: string }) => r.status === 'pending')).toBe(true);
      expect(inbox.body.items[0]).toHaveProperty('employeeName');
      const mine = await t.http.get('/api/v1/performance/reports?pageSize=100').set(bearer(colleague)).expect(200);
      expect(mine.body.items.every((r: { employeeId: string }) => r.employeeId === team.staff[1].employeeId)).toBe(true);
      expect(mine.body.total).toBe(2);
      const outsider = await t.http.get('/api/v1/performance/reports?pageSize=100').set(bearer(otherHead)).expect(200);
      expect(outsider.body.items.map((r: { id: string }) => r.id)).not.toContain(low);
      const hist = await t.http.get(`/api/v1/performance/targets/${colleaguePlan.targetIds[0]}/reports`).set(bearer(colleague)).expect(200);
      expect(hist.body.map((r: { id: string }) => r.id)).toEqual([high, low]);
      await t.http.get(`/api/v1/performance/targets/${colleaguePlan.targetIds[0]}/reports`).set(bearer(staff)).expect(404);
    });

    it('should require a comment to return (400 naming comment) and let only leaders in reach decide', async () => {
      const res = await t.http.post(`/api/v1/performance/reports/${high}/decision`).set(bearer(head)).send({ decision: 'return', version: 1 }).expect(400);
      expect(paths(res.body)).toEqual(['comment']);
      await t.http.post(`/api/v1/performance/reports/${high}/decision`).set(bearer(colleague)).send({ decision: 'accept', version: 1 }).expect(403);
      await t.http.post(`/api/v1/performance/reports/${high}/decision`).set(bearer(otherHead)).send({ decision: 'accept', version: 1 }).expect(404);
      const stale = await t.http.post(`/api/v1/performance/reports/${high}/decision`).set(bearer(head)).send({ decision: 'accept', version: 7 }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('should return a report with a comment: the target falls back to the previous report and is at risk again', async () => {
      const res = await t.http
        .post(`/api/v1/performance/reports/${high}/decision`)
        .set(bearer(head))
        .send({ decision: 'return', comment: 'Lampirkan daftar hadir.', version: 1 })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'returned',
        comment: 'Lampirkan daftar hadir.',
        decidedByName: expect.any(String),
        version: 2,
        target: { realised: 10, atRisk: true },
      });
      expect(res.body.decidedAt).not.toBeNull();
      const ev = (await t.ds.query(`SELECT type, data FROM performance_events WHERE data->>'targetId' = $1 ORDER BY id DESC LIMIT 2`, [colleaguePlan.targetIds[0]])).reverse();
      expect(ev.map((e: { type: string }) => e.type)).toEqual(['report.returned', 'target.at_risk']);
      expect(ev[0].data).toMatchObject({ reportId: high, comment: 'Lampirkan daftar hadir.', employeeId: team.staff[1].employeeId });
      const again = await t.http.post(`/api/v1/performance/reports/${high}/decision`).set(bearer(head)).send({ decision: 'accept', version: 2 }).expect(409);
      expect(again.body.code).toBe('REPORT_DECIDED');
    });

    it('should let a leader above in the tree accept', async () => {
      const res = await t.http.post(`/api/v1/performance/reports/${low}/decision`).set(bearer(kepalaDinkes)).send({ decision: 'accept', version: 1 }).expect(200);
      expect(res.body).toMatchObject({ status: 'accepted', comment: null, target: { realised: 10 } });
      const [ev] = await t.ds.query(`SELECT type FROM performance_events WHERE data->>'reportId' = $1 ORDER BY id DESC LIMIT 1`, [low]);
      expect(ev.type).toBe('report.accepted');
    });
  });
});
