import type { RoundRules } from '../../src/modules/recruitment/recruitment.types.js';
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import {
  buildRules,
  createPanelist,
  insertApplication,
  insertResult,
  insertRound,
  insertVacancy,
  pastSchedule,
  type ApplicationFixture,
  type RoundFixture,
  type VacancyFixture,
} from '../factories/recruitment.js';

const API = '/api/v1/recruitment';
const NO_ID = '00000000-0000-4000-8000-000000000000';
/** 8 + 7 + 4 = 19 of 25 → 76; 10 + 10 + 5 → 100; 5 + 5 + 3 = 13 → 52. */
const S76 = { integrity: 8, communication: 7, motivation: 4 };
const S100 = { integrity: 10, communication: 10, motivation: 5 };
/** Integrity and communication out of 10, motivation out of 5; two panelists at least, 15 points of spread at most. */
const interviewRules = (over: Partial<RoundRules['interview']> = {}) =>
  buildRules({
    interview: {
      rubric: [
        { key: 'integrity', label: 'Integritas', max: 10 },
        { key: 'communication', label: 'Komunikasi', max: 10 },
        { key: 'motivation', label: 'Motivasi', max: 5 },
      ],
      minPanelists: 2,
      spreadLimit: 15,
      ...over,
    },
  });

describe('recruitment interviews', () => {
  let t: TestApp;
  let admin: string;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let kepala: string;
  let round: RoundFixture;
  let vacancy: VacancyFixture;
  let apps: ApplicationFixture[];
  let notShortlisted: ApplicationFixture;
  let pa: { id: string; username: string; token: string };
  let pb: { id: string; username: string; token: string };
  let pc: { id: string; username: string; token: string };

  const assignmentOf = async (applicationId: string, panelistId: string) => {
    const [row] = await t.ds.query(
      `SELECT id, version, scores, score, submitted_at, no_conflict_declared_at FROM recruitment_interviews WHERE application_id = $1 AND panelist_id = $2`,
      [applicationId, panelistId],
    );
    return row as { id: string; version: number; scores: unknown; score: string | null; submitted_at: Date | null; no_conflict_declared_at: Date | null } | undefined;
  };
  const declare = async (token: string, id: string) => (await t.http.post(`${API}/interviews/${id}/declaration`).set(bearer(token)).send({ noConflict: true }).expect(200)).body;
  const submit = (token: string, id: string, scores: Record<string, unknown>, version: number, note?: string) =>
    t.http
      .put(`${API}/interviews/${id}/scores`)
      .set(bearer(token))
      .send({ scores, version, ...(note ? { note } : {}) });
  const application = async (id: string) =>
    (await t.ds.query(`SELECT interview_score, interview_flagged FROM recruitment_applications WHERE id = $1`, [id]))[0] as {
      interview_score: string | null;
      interview_flagged: boolean;
    };

  /** A published round of 2026 (its schedule all past). */
  const createRound = (f: { type?: 'cpns' | 'pppk'; rules?: RoundRules } = {}) =>
    insertRound(t.ds, { type: f.type, year: 2026, rules: f.rules ?? interviewRules(), schedule: pastSchedule(2026) });
  const createVacancy = (r: RoundFixture) => insertVacancy(t.ds, r, { unitCode: 'DINKES', quotas: { umum: 1 } });
  /** `n` applications to the vacancy at `stage` (shortlisted unless told), each with SKD 100 + 120 + 180 passed. */
  const createApplications = async (r: RoundFixture, v: VacancyFixture, n = 1, stage = 'shortlisted') => {
    const out: ApplicationFixture[] = [];
    for (let i = 0; i < n; i++) {
      const set = { admin_result: 'ms', skd_twk: 100, skd_tiu: 120, skd_tkp: 180, skd_total: 400, skd_passed: true, shortlisted: stage === 'shortlisted' };
      out.push(
        await insertApplication(t.ds, {
          roundId: r.id,
          vacancyId: v.id,
          stage,
          birthDate: '1998-04-12',
          institution: 'Universitas Diponegoro',
          gpa: 3.45,
          graduationYear: 2020,
          set,
        }),
      );
    }
    return out;
  };

  beforeAll(async () => {
    t = await createTestApp();
    [admin, planner, opDinkes, opDisdik, kepala] = await Promise.all(['admin', 'planner.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes'].map((u) => t.token(u)));
    round = await createRound();
    vacancy = await createVacancy(round);
    apps = await createApplications(round, vacancy, 4);
    [notShortlisted] = await createApplications(round, vacancy, 1, 'skd_passed');
    pa = await createPanelist(t, admin, 'panel-a');
    pb = await createPanelist(t, admin, 'panel-b');
    pc = await createPanelist(t, admin, 'panel-c');
  });
  afterAll(() => t.close());

  describe('POST /api/v1/recruitment/rounds/{id}/interviews/assign', () => {
    it('should require authentication', async () => {
      await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(401);
    });

    it('should answer 403 to a panel member and to an operator', async () => {
      await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(pa.token))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(403);
      await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(opDinkes))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(403);
    });

    it('should answer 400 naming panelistIds when fewer than the minimum of distinct panelists is given, and assign nobody', async () => {
      const res = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pa.id] })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'panelistIds', code: 'min_panelists' })]);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM recruitment_interviews i JOIN recruitment_applications a ON a.id = i.application_id WHERE a.round_id = $1`, [
        round.id,
      ]);
      expect(n).toBe(0);
    });

    it('should answer 400 naming the entry when a panelist is not a panel user', async () => {
      const [plannerUser] = await t.ds.query(`SELECT id FROM users WHERE username = 'planner.bkpp'`);
      const res = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, plannerUser.id] })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'panelistIds.1', code: 'not_panel' })]);
    });

    it('should answer 422 naming the applications that are not shortlisted', async () => {
      const res = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pb.id], applicationIds: [apps[0].id, notShortlisted.id] })
        .expect(422);
      expect(res.body.code).toBe('APPLICATION_NOT_SHORTLISTED');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'applicationIds.1', code: 'not_shortlisted' })]);
      expect(await assignmentOf(apps[0].id, pa.id)).toBeUndefined();
    });

    it('should answer 409 for a PPPK round and 404 for an unknown round', async () => {
      const pppk = await createRound({ type: 'pppk' });
      const res = await t.http
        .post(`${API}/rounds/${pppk.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(409);
      expect(res.body.code).toBe('INTERVIEW_PPPK_ROUND');
      await t.http
        .post(`${API}/rounds/${NO_ID}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(404);
    });

    it('should assign every panelist to every shortlisted application, keep existing ones when repeated, and audit each call once', async () => {
      const first = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pb.id, pc.id], vacancyId: vacancy.id })
        .expect(200);
      expect(first.body).toEqual({ applications: 4, panelists: 3, created: 12, existing: 0, skippedConflicts: 0, belowMinimum: 0 });
      const again = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(admin))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(200);
      expect(again.body).toMatchObject({ applications: 4, created: 0, existing: 8 });
      expect(await assignmentOf(notShortlisted.id, pa.id)).toBeUndefined();
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'recruitment_round' AND entity_id = $1 AND action = 'assign_panel'`, [round.id]);
      expect(n).toBe(2);
    });
  });

  describe('GET /api/v1/recruitment/interviews', () => {
    it('should require authentication', async () => {
      await t.http.get(`${API}/interviews`).expect(401);
    });

    it('should list only the caller’s own assignments to a panel member', async () => {
      const res = await t.http.get(`${API}/interviews`).query({ roundId: round.id, pageSize: 200 }).set(bearer(pa.token)).expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.items.every((i: { panelistId: string }) => i.panelistId === pa.id)).toBe(true);
      expect(res.body.items[0]).toMatchObject({ vacancyCode: vacancy.code, declared: false, submitted: false, score: null });
      expect(res.body.items.map((i: { registrationNumber: string }) => i.registrationNumber).sort()).toEqual(apps.map((a) => a.registrationNumber).sort());
      expect(JSON.stringify(res.body)).not.toContain(apps[0].nik);
    });

    it('should list every assignment with panelist names to staff, and only their subtree to operators', async () => {
      const all = await t.http.get(`${API}/interviews`).query({ roundId: round.id, pageSize: 200 }).set(bearer(planner)).expect(200);
      expect(all.body.total).toBe(12);
      expect(new Set(all.body.items.map((i: { panelistName: string }) => i.panelistName)).size).toBe(3);
      const dinkes = await t.http.get(`${API}/interviews`).query({ roundId: round.id }).set(bearer(opDinkes)).expect(200);
      expect(dinkes.body.total).toBe(12);
      const disdik = await t.http.get(`${API}/interviews`).query({ roundId: round.id }).set(bearer(opDisdik)).expect(200);
      expect(disdik.body.total).toBe(0);
    });

    it('should filter by status', async () => {
      const res = await t.http.get(`${API}/interviews`).query({ roundId: round.id, status: 'submitted' }).set(bearer(planner)).expect(200);
      expect(res.body.total).toBe(0);
      await t.http.get(`${API}/interviews`).query({ status: 'done' }).set(bearer(planner)).expect(400);
    });
  });

  describe('blind scoring of one application', () => {
    let ia: string;
    let ib: string;

    beforeAll(async () => {
      ia = (await assignmentOf(apps[0].id, pa.id))!.id;
      ib = (await assignmentOf(apps[0].id, pb.id))!.id;
    });

    it('should answer 409 DECLARATION_REQUIRED when scoring before the declaration, and write nothing', async () => {
      const row = (await assignmentOf(apps[0].id, pb.id))!;
      const res = await submit(pb.token, ib, S76, row.version).expect(409);
      expect(res.body.code).toBe('DECLARATION_REQUIRED');
      expect((await assignmentOf(apps[0].id, pb.id))!.submitted_at).toBeNull();
    });

    it('should answer 404 when a panelist reads or acts on another panelist’s assignment', async () => {
      const res = await t.http.get(`${API}/interviews/${ib}`).set(bearer(pa.token)).expect(404);
      expect(res.body.code).toBe('INTERVIEW_NOT_FOUND');
      await t.http.post(`${API}/interviews/${ib}/declaration`).set(bearer(pa.token)).send({ noConflict: true }).expect(404);
      await submit(pa.token, ib, S76, 1).expect(404);
    });

    it('should let the first panelist declare and submit, giving the score and the application’s interview score', async () => {
      const d = await declare(pb.token, ib);
      expect(d).toMatchObject({ id: ib, noConflict: true, withdrawn: false });
      expect(d.declaredAt).toEqual(expect.any(String));
      const res = await submit(pb.token, ib, S76, d.version, 'Jawaban runtut, kurang contoh konkret').expect(200);
      expect(res.body).toMatchObject({ score: 76, scores: S76, othersHidden: false });
      expect(res.body.submittedAt).toEqual(expect.any(String));
      expect(await application(apps[0].id)).toEqual({ interview_score: '76.000', interview_flagged: false });
    });

    it('should hide the other panelists’ scores from a panelist who has not submitted', async () => {
      const res = await t.http.get(`${API}/interviews/${ia}`).set(bearer(pa.token)).expect(200);
      expect(res.body).toMatchObject({ othersHidden: true, others: null, scores: null, score: null });
      expect(res.body.rubric).toEqual([
        { key: 'integrity', label: 'Integritas', max: 10 },
        { key: 'communication', label: 'Komunikasi', max: 10 },
        { key: 'motivation', label: 'Motivasi', max: 5 },
      ]);
      expect(res.body.applicant).toMatchObject({ name: apps[0].name, registrationNumber: apps[0].registrationNumber, educationLevel: 'S1', major: 'Keperawatan' });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(apps[0].nik);
      expect(text).not.toMatch(/"nik"|maskedNik/i);
      expect(text).not.toContain(pb.id);
      expect(text).not.toContain('kurang contoh konkret');
      expect(text).not.toMatch(/"(mean|spread|skd\w*|interviewScore)"/i);
      expect(text).not.toContain('"score":76');
    });

    it('should answer 400 naming the field for an out-of-range score, and write nothing', async () => {
      const d = await declare(pa.token, ia);
      const res = await submit(pa.token, ia, { ...S100, integrity: 11 }, d.version).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'scores.integrity', code: 'max' })]);
      const missing = await submit(pa.token, ia, { integrity: 5, communication: 5, motivation: 2.555, charm: 3 }, d.version).expect(400);
      expect(missing.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['scores.charm', 'scores.motivation']);
      const row = (await assignmentOf(apps[0].id, pa.id))!;
      expect(row).toMatchObject({ scores: null, score: null, submitted_at: null, version: d.version });
      expect(await application(apps[0].id)).toEqual({ interview_score: '76.000', interview_flagged: false });
    });

    it('should answer 409 STALE_VERSION for an old version', async () => {
      const res = await submit(pa.token, ia, S100, 1).expect(409);
      expect(res.body.code).toBe('STALE_VERSION');
    });

    it('should show the other panelists once the panelist has submitted, with the mean and the spread flag', async () => {
      const { version } = (await assignmentOf(apps[0].id, pa.id))!;
      const res = await submit(pa.token, ia, S100, version).expect(200);
      expect(res.body).toMatchObject({ score: 100, othersHidden: false });
      const read = await t.http.get(`${API}/interviews/${ia}`).set(bearer(pa.token)).expect(200);
      expect(read.body.othersHidden).toBe(false);
      const others = read.body.others;
      const b = others.panelists.find((o: { panelistId: string }) => o.panelistId === pb.id);
      expect(b).toMatchObject({ scores: S76, score: 76, note: 'Jawaban runtut, kurang contoh konkret' });
      const c = others.panelists.find((o: { panelistId: string }) => o.panelistId === pc.id);
      expect(c).toMatchObject({ scores: null, score: null, submittedAt: null });
      expect(others.summary).toMatchObject({ assigned: 3, submitted: 2, mean: 88, spread: 24, flagged: true, spreadLimit: 15 });
      expect(await application(apps[0].id)).toEqual({ interview_score: '88.000', interview_flagged: true });
    });

    it('should answer 409 ALREADY_SUBMITTED to a second submission and keep the first', async () => {
      const { version } = (await assignmentOf(apps[0].id, pa.id))!;
      const res = await submit(pa.token, ia, S76, version).expect(409);
      expect(res.body.code).toBe('ALREADY_SUBMITTED');
      expect((await assignmentOf(apps[0].id, pa.id))!.score).toBe('100.000');
    });

    it('should give staff every assignment of the application with the mean, spread and flag', async () => {
      const res = await t.http.get(`${API}/applications/${apps[0].id}/interviews`).set(bearer(planner)).expect(200);
      expect(res.body.interviews).toHaveLength(3);
      expect(res.body.summary).toMatchObject({ assigned: 3, submitted: 2, mean: 88, spread: 24, flagged: true });
      expect(res.body).toMatchObject({ interviewScore: 88, interviewFlagged: true, registrationNumber: apps[0].registrationNumber });
      const leader = await t.http.get(`${API}/applications/${apps[0].id}/interviews`).set(bearer(kepala)).expect(200);
      expect(leader.body.interviews).toHaveLength(3);
    });

    it('should answer 403 to a panel member on staff-only routes', async () => {
      await t.http.get(`${API}/applications/${apps[0].id}/interviews`).set(bearer(pa.token)).expect(403);
      await t.http.delete(`${API}/interviews/${ib}`).set(bearer(pa.token)).expect(403);
    });

    it('should answer 404 to an operator of another unit, and serve the operator of the unit', async () => {
      const a = await t.http.get(`${API}/interviews/${ia}`).set(bearer(opDisdik)).expect(404);
      expect(a.body.code).toBe('INTERVIEW_NOT_FOUND');
      await t.http.get(`${API}/applications/${apps[0].id}/interviews`).set(bearer(opDisdik)).expect(404);
      const own = await t.http.get(`${API}/interviews/${ia}`).set(bearer(opDinkes)).expect(200);
      expect(own.body.others.panelists).toHaveLength(2);
    });

    it('should refuse to withdraw a submitted assignment, and withdraw a pending one', async () => {
      const res = await t.http.delete(`${API}/interviews/${ib}`).set(bearer(planner)).expect(409);
      expect(res.body.code).toBe('INTERVIEW_SUBMITTED');
      const ic = (await assignmentOf(apps[0].id, pc.id))!.id;
      await t.http.delete(`${API}/interviews/${ic}`).set(bearer(planner)).expect(204);
      expect(await assignmentOf(apps[0].id, pc.id)).toBeUndefined();
      await t.http.get(`${API}/interviews/${ic}`).set(bearer(pc.token)).expect(404);
    });
  });

  describe('spread at the limit', () => {
    it('should not flag a spread exactly at the limit', async () => {
      const ia = (await assignmentOf(apps[1].id, pa.id))!.id;
      const ib = (await assignmentOf(apps[1].id, pb.id))!.id;
      // 8 + 8 + 4 = 20 of 25 → 80; 7 + 6.25 + 3 = 16.25 → 65: spread 15 = the limit
      await submit(pa.token, ia, { integrity: 8, communication: 8, motivation: 4 }, (await declare(pa.token, ia)).version).expect(200);
      await submit(pb.token, ib, { integrity: 7, communication: 6.25, motivation: 3 }, (await declare(pb.token, ib)).version).expect(200);
      expect(await application(apps[1].id)).toEqual({ interview_score: '72.500', interview_flagged: false });
    });
  });

  describe('POST /api/v1/recruitment/interviews/{id}/declaration', () => {
    it('should withdraw the assignment when the panelist declares a conflict, audit it, and never assign that panelist again', async () => {
      const ic = (await assignmentOf(apps[2].id, pc.id))!.id;
      const res = await t.http
        .post(`${API}/interviews/${ic}/declaration`)
        .set(bearer(pc.token))
        .send({ noConflict: false, statement: 'Pelamar adalah keponakan saya' })
        .expect(200);
      expect(res.body).toMatchObject({ id: ic, noConflict: false, withdrawn: true, version: null });
      expect(await assignmentOf(apps[2].id, pc.id)).toBeUndefined();
      const [ev] = await t.ds.query(`SELECT after FROM audit_events WHERE entity = 'recruitment_application' AND entity_id = $1 AND action = 'interview_conflict_declared'`, [
        apps[2].id,
      ]);
      expect(ev.after).toMatchObject({ panelistId: pc.id, statement: 'Pelamar adalah keponakan saya' });
      const again = await t.http
        .post(`${API}/rounds/${round.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pc.id], applicationIds: [apps[2].id] })
        .expect(200);
      expect(again.body).toMatchObject({ applications: 1, created: 0, skippedConflicts: 1 });
      expect(await assignmentOf(apps[2].id, pc.id)).toBeUndefined();
    });

    it('should answer 403 to staff (only the assigned panelist declares)', async () => {
      const ia = (await assignmentOf(apps[2].id, pa.id))!.id;
      await t.http.post(`${API}/interviews/${ia}/declaration`).set(bearer(planner)).send({ noConflict: true }).expect(403);
      await t.http.post(`${API}/interviews/${ia}/declaration`).set(bearer(pa.token)).send({}).expect(400);
    });
  });

  describe('concurrent submissions', () => {
    it('should count both panelists when they submit at the same moment', async () => {
      const ia = (await assignmentOf(apps[3].id, pa.id))!.id;
      const ib = (await assignmentOf(apps[3].id, pb.id))!.id;
      const [va, vb] = [(await declare(pa.token, ia)).version, (await declare(pb.token, ib)).version];
      const [ra, rb] = await Promise.all([submit(pa.token, ia, S100, va), submit(pb.token, ib, S76, vb)]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect(await application(apps[3].id)).toEqual({ interview_score: '88.000', interview_flagged: true });
    });
  });

  describe('after the final result', () => {
    it('should answer 409 to a submission once the round’s final result is published', async () => {
      const r2 = await createRound({ rules: interviewRules({ spreadLimit: 10 }) });
      const v2 = await createVacancy(r2);
      const [app] = await createApplications(r2, v2, 1);
      await t.http
        .post(`${API}/rounds/${r2.id}/interviews/assign`)
        .set(bearer(planner))
        .send({ panelistIds: [pa.id, pb.id] })
        .expect(200);
      const ia = (await assignmentOf(app.id, pa.id))!.id;
      const { version } = await declare(pa.token, ia);
      await insertResult(t.ds, r2.id, 'final');
      const res = await submit(pa.token, ia, S100, version).expect(409);
      expect(res.body.code).toBe('RECRUITMENT_RESULT_PUBLISHED');
      expect((await assignmentOf(app.id, pa.id))!.submitted_at).toBeNull();
      expect(await application(app.id)).toEqual({ interview_score: null, interview_flagged: false });
    });
  });
});
