import { createHash } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { buildNip } from '../factories/index.js';
import { buildRules, insertApplication, insertRecruitmentFixture, SKB_WITH_PRAKTIK, type RecruitmentFixture } from '../factories/recruitment.js';

const RULES = buildRules({ skbComponents: SKB_WITH_PRAKTIK });

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
function canonical(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

type App = Awaited<ReturnType<typeof insertApplication>>;

describe('Recruitment results, announcements and appointment', () => {
  let t: TestApp;
  let planner: string;
  let operator: string;
  let fx: RecruitmentFixture;
  let winner: App;
  let runnerUp: App;
  let rejected: App;
  let finalId: string;

  const scored = (rank: number, stage: string, skd: [number, number, number], skb: number, final: number) => ({
    admin_result: 'ms',
    skd_twk: skd[0],
    skd_tiu: skd[1],
    skd_tkp: skd[2],
    skd_total: skd[0] + skd[1] + skd[2],
    skd_passed: true,
    skd_scored_at: new Date(),
    shortlisted: true,
    skb_components: { cat: skb, praktik: skb },
    skb_score: skb,
    skb_scored_at: new Date(),
    interview_score: skb,
    final_score: final,
    rank,
    ranked_at: new Date(),
  });

  beforeAll(async () => {
    t = await createTestApp();
    planner = await t.token('planner.bkpp');
    operator = await t.token('operator.dinkes');
    fx = await insertRecruitmentFixture(t.ds, { seats: 1, quantity: 2, planYear: 2027, rules: RULES });
    winner = await insertApplication(t.ds, {
      roundId: fx.roundId,
      vacancyId: fx.vacancyId,
      stage: 'passed',
      gender: 'P',
      birthDate: '1998-03-15',
      nikLastTwo: '03',
      set: scored(1, 'passed', [100, 95, 170], 80, 77.55),
    });
    runnerUp = await insertApplication(t.ds, { roundId: fx.roundId, vacancyId: fx.vacancyId, stage: 'not_passed', set: scored(2, 'not_passed', [90, 90, 170], 70, 70.1) });
    rejected = await insertApplication(t.ds, { roundId: fx.roundId, vacancyId: fx.vacancyId, stage: 'admin_failed', set: { admin_result: 'tms' } });
    // ranked after the last change of any application
    await t.ds.query(`UPDATE recruitment_applications SET updated_at = now() - interval '1 hour' WHERE round_id = $1`, [fx.roundId]);
    await t.ds.query(`UPDATE recruitment_rounds SET ranked_at = now() - interval '30 minutes' WHERE id = $1`, [fx.roundId]);
  });
  afterAll(() => t.close());

  const publish = (stage: string, tok = planner) => t.http.post(`/api/v1/recruitment/rounds/${fx.roundId}/results`).set(bearer(tok)).send({ stage, note: 'SK Panitia 1/2026' });

  describe('POST /api/v1/recruitment/rounds/{id}/results', () => {
    it('should require authentication', async () => {
      await t.http.post(`/api/v1/recruitment/rounds/${fx.roundId}/results`).send({ stage: 'final' }).expect(401);
    });

    it('should refuse an operator (403) and an unknown stage (400)', async () => {
      await publish('final', operator).expect(403);
      const bad = await publish('skb').expect(400);
      expect(bad.body.errors[0].path).toBe('stage');
    });

    it('should publish the administrative result with MS/TMS and masked NIKs', async () => {
      const res = await publish('administrative').expect(201);
      expect(res.body).toMatchObject({ seq: 1, stage: 'administrative', vacancyCount: 1, publishedByName: expect.any(String), note: 'SK Panitia 1/2026' });
      expect(res.body.vacancies[0]).toMatchObject({ vacancyId: fx.vacancyId, counts: { entries: 3, ms: 2, tms: 1 } });
      const [row] = await t.ds.query('SELECT entries FROM recruitment_result_vacancies WHERE result_id = $1', [res.body.id]);
      const rej = row.entries.find((e: { registrationNumber: string }) => e.registrationNumber === rejected.registrationNumber);
      expect(rej).toMatchObject({ result: 'TMS', name: rejected.name });
      expect(JSON.stringify(row.entries)).not.toContain(winner.nik);
    });

    it('should refuse the final result while the ranking is outdated (409 RANK_OUTDATED), then publish it with its hashes', async () => {
      await t.ds.query(`UPDATE recruitment_applications SET updated_at = now() WHERE id = $1`, [runnerUp.id]);
      const stale = await publish('final').expect(409);
      expect(stale.body.code).toBe('RANK_OUTDATED');
      await t.ds.query(`UPDATE recruitment_rounds SET ranked_at = now() + interval '1 second' WHERE id = $1`, [fx.roundId]);

      const res = await publish('final').expect(201);
      finalId = res.body.id;
      expect(res.body).toMatchObject({ seq: 2, stage: 'final', round: { id: fx.roundId, code: fx.roundCode } });
      expect(res.body.vacancies[0].counts).toEqual({ entries: 2, passed: 1, notPassed: 1 });
      const [row] = await t.ds.query('SELECT entries, content_hash FROM recruitment_result_vacancies WHERE result_id = $1 AND vacancy_id = $2', [finalId, fx.vacancyId]);
      expect(row.entries.map((e: { registrationNumber: string; rank: number; outcome: string }) => [e.registrationNumber, e.rank, e.outcome])).toEqual([
        [winner.registrationNumber, 1, 'passed'],
        [runnerUp.registrationNumber, 2, 'not_passed'],
      ]);
      expect(row.entries[0]).toMatchObject({ skdTotal: 365, skb: 80, interview: 80, finalScore: 77.55, maskedNik: '3374**********03' });
      // the hashes are reproducible from the published entries
      expect(row.content_hash).toBe(sha(canonical(row.entries)));
      expect(res.body.contentHash).toBe(sha(canonical([{ vacancyId: fx.vacancyId, code: fx.vacancyCode, entries: row.entries }])));
      const events = await t.ds.query(`SELECT after FROM audit_events WHERE action = 'publish' AND entity = 'recruitment_result' AND entity_id = $1`, [finalId]);
      expect(events[0].after).toMatchObject({ stage: 'final', seq: 2, contentHash: res.body.contentHash });
    });

    it('should never let a published result change, even through SQL', async () => {
      await expect(t.ds.query(`UPDATE recruitment_result_vacancies SET entries = '[]' WHERE result_id = $1`, [finalId])).rejects.toThrow(/immutable/);
      await expect(t.ds.query(`DELETE FROM recruitment_result_vacancies WHERE result_id = $1`, [finalId])).rejects.toThrow(/immutable/);
      await expect(t.ds.query(`UPDATE recruitment_results SET content_hash = $2 WHERE id = $1`, [finalId, '0'.repeat(64)])).rejects.toThrow(/immutable/);
      const [row] = await t.ds.query('SELECT jsonb_array_length(entries) AS n FROM recruitment_result_vacancies WHERE result_id = $1', [finalId]);
      expect(row.n).toBe(2);
    });
  });

  describe('GET /api/v1/recruitment/rounds/{id}/results and /recruitment/results/{id}', () => {
    it('should require authentication', async () => {
      await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/results`).expect(401);
    });

    it('should list the publications newest first and give one with its vacancy hashes', async () => {
      const list = await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/results`).set(bearer(operator)).expect(200);
      expect(list.body.items.map((r: { seq: number; stage: string }) => [r.seq, r.stage])).toEqual([
        [2, 'final'],
        [1, 'administrative'],
      ]);
      const one = await t.http.get(`/api/v1/recruitment/results/${finalId}`).set(bearer(planner)).expect(200);
      expect(one.body.vacancies[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
      await t.http.get(`/api/v1/recruitment/results/${fx.vacancyId}`).set(bearer(planner)).expect(404);
    });
  });

  describe('GET /api/v1/public/recruitment/rounds/{id}/announcements', () => {
    it('should list the latest publication of each stage without signing in', async () => {
      const res = await t.http.get(`/api/v1/public/recruitment/rounds/${fx.roundId}/announcements`).expect(200);
      expect(res.body.round).toMatchObject({ id: fx.roundId, code: fx.roundCode });
      expect(res.body.publications.map((p: { stage: string }) => p.stage)).toEqual(['administrative', 'final']);
      expect(res.body.publications[1]).toMatchObject({ resultId: finalId, seq: 2, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), publishedByName: expect.any(String) });
      expect(res.body.publications[1].vacancies[0]).toMatchObject({ vacancyId: fx.vacancyId, counts: { entries: 2, passed: 1, notPassed: 1 } });
    });

    it('should serve a vacancy’s list with names and masked NIK, cacheable, 304 on its ETag', async () => {
      const url = `/api/v1/public/recruitment/rounds/${fx.roundId}/announcements?vacancyId=${fx.vacancyId}`;
      const res = await t.http.get(url).expect(200);
      expect(res.body).toMatchObject({ resultId: finalId, stage: 'final', vacancy: { vacancyId: fx.vacancyId } });
      expect(res.body.entries[0]).toMatchObject({ rank: 1, registrationNumber: winner.registrationNumber, name: winner.name, maskedNik: '3374**********03', outcome: 'passed' });
      expect(res.body.entries[0].maskedNik).toMatch(/^3374\*{10}\d{2}$/);
      expect(res.text).not.toContain(winner.nik);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      expect(res.headers.etag).toBe(`"${res.body.vacancy.contentHash}"`);
      const again = await t.http.get(url).set('If-None-Match', res.headers.etag).expect(304);
      expect(again.text).toBeFalsy();
      const admin = await t.http.get(`${url}&stage=administrative`).expect(200);
      expect(admin.body.entries).toHaveLength(3);
      expect(admin.headers.etag).not.toBe(res.headers.etag);
    });

    it('should answer 404 for a draft round and for a vacancy not in the publication', async () => {
      const draft = await insertRecruitmentFixture(t.ds, { planYear: 2027, rules: RULES, status: 'draft' });
      await t.http.get(`/api/v1/public/recruitment/rounds/${draft.roundId}/announcements`).expect(404);
      await t.http.get(`/api/v1/public/recruitment/rounds/${fx.roundId}/announcements?vacancyId=${draft.vacancyId}`).expect(404);
      await t.http.get(`/api/v1/public/recruitment/rounds/${fx.roundId}/announcements?vacancyId=${fx.vacancyId}&stage=skd`).expect(404);
    });
  });

  describe('POST /api/v1/recruitment/applications/{id}/appoint', () => {
    const explain = async () => {
      const res = await t.http.get(`/api/v1/needs/analysis/positions/${fx.position.id}/explain?baseYear=2026&horizon=3`).set(bearer(planner)).expect(200);
      return res.body.row as { existing: { total: number; cpns: number }; recruits: number[] };
    };

    it('should require authentication', async () => {
      await t.http.post(`/api/v1/recruitment/applications/${winner.id}/appoint`).send({ appointmentDate: '2027-03-01' }).expect(401);
    });

    it('should appoint only a passed applicant', async () => {
      const res = await t.http.post(`/api/v1/recruitment/applications/${runnerUp.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01' }).expect(422);
      expect(res.body.code).toBe('APPLICATION_NOT_PASSED');
    });

    it('should refuse a NIP that does not agree with the applicant (400), writing nothing', async () => {
      const nip = buildNip({ birthDate: '1998-03-15', gender: 'L', appointment: '2027-03' });
      const res = await t.http.post(`/api/v1/recruitment/applications/${winner.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01', nip }).expect(400);
      expect(res.body.errors[0].path).toBe('nip');
      const [a] = await t.ds.query('SELECT stage, employee_id FROM recruitment_applications WHERE id = $1', [winner.id]);
      expect(a).toEqual({ stage: 'passed', employee_id: null });
    });

    it('should create the CPNS employee in the vacancy’s position and move the Needs supply from formation to headcount', async () => {
      const before = await explain();
      const nip = buildNip({ birthDate: '1998-03-15', gender: 'P', appointment: '2027-03' });
      const res = await t.http.post(`/api/v1/recruitment/applications/${winner.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01', nip }).expect(200);
      expect(res.body.application).toMatchObject({ id: winner.id, stage: 'appointed', employeeId: res.body.employeeId, appointedAt: expect.any(String) });
      const [emp] = await t.ds.query(
        `SELECT nip, name, gender, to_char(birth_date, 'YYYY-MM-DD') AS birth, status, rank, position_id, unit_id, education, active, retirement_date FROM employees WHERE id = $1`,
        [res.body.employeeId],
      );
      expect(emp).toMatchObject({
        nip,
        name: winner.name,
        gender: 'P',
        birth: '1998-03-15',
        status: 'cpns',
        rank: 'III/a',
        position_id: fx.position.id,
        unit_id: fx.unit.id,
        education: 'S1 Keperawatan',
        active: true,
      });
      expect(emp.retirement_date).not.toBeNull();
      const after = await explain();
      expect(after.existing.total).toBe(before.existing.total + 1);
      expect(after.existing.cpns).toBe(before.existing.cpns + 1);
      expect(before.recruits[1]).toBe(2);
      expect(after.recruits[1]).toBe(1);
      const events = await t.ds.query(`SELECT entity, action FROM audit_events WHERE entity_id = ANY($1) ORDER BY entity`, [[res.body.employeeId, winner.id]]);
      expect(events).toEqual([
        { entity: 'employee', action: 'create' },
        { entity: 'recruitment_application', action: 'appoint' },
      ]);
    });

    it('should refuse a second appointment (409) and more appointments than seats (409)', async () => {
      const twice = await t.http.post(`/api/v1/recruitment/applications/${winner.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01' }).expect(409);
      expect(twice.body.code).toBe('ALREADY_APPOINTED');
      const extra = await insertApplication(t.ds, { roundId: fx.roundId, vacancyId: fx.vacancyId, stage: 'passed' });
      const full = await t.http.post(`/api/v1/recruitment/applications/${extra.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01' }).expect(409);
      expect(full.body.code).toBe('VACANCY_FULL');
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM recruitment_applications WHERE vacancy_id = $1 AND employee_id IS NOT NULL', [fx.vacancyId]);
      expect(n).toBe(1);
    });

    it('should refuse an appointment before the final result is published (422)', async () => {
      const other = await insertRecruitmentFixture(t.ds, { planYear: 2027, rules: RULES });
      const app = await insertApplication(t.ds, { roundId: other.roundId, vacancyId: other.vacancyId, stage: 'passed' });
      const res = await t.http.post(`/api/v1/recruitment/applications/${app.id}/appoint`).set(bearer(planner)).send({ appointmentDate: '2027-03-01' }).expect(422);
      expect(res.body.code).toBe('RESULT_NOT_PUBLISHED');
    });
  });
});
