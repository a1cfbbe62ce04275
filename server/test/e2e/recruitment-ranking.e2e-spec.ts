import { randomInt } from 'node:crypto';
import { finalScoreExact } from '../../src/modules/recruitment/calc/final-score.js';
import { compareCpns, type CpnsCandidate, rankGroup } from '../../src/modules/recruitment/calc/ranking.js';
import { decimal, mul, roundRatio, sum } from '../../src/modules/recruitment/calc/rounding.js';
import type { Category, RoundType } from '../../src/modules/recruitment/recruitment.types.js';
import { unitByCode } from '../factories/index.js';
import { buildRules, insertApplication, insertResult, insertRound, insertVacancy, pastSchedule, type RoundFixture, type RulesPatch } from '../factories/recruitment.js';
import { bearer, createTestApp, type TestApp } from '../utils/app.js';

interface AppRow {
  registration_number: string;
  stage: string;
  skd_total: number | null;
  skd_passed: boolean | null;
  skd_failed_on: string[] | null;
  shortlisted: boolean | null;
  final_score: string | null;
  rank: number | null;
  version: number;
}

interface Entry {
  registrationNumber: string;
  rank: number;
  finalScore: number;
  stage: string;
  category: string;
  vacancyId: string;
  rankedAt: string;
}

/** An application as the ranking tests state it: scores by name, the admin result following the stage. */
interface RankedApplication {
  roundId: string;
  vacancyId: string;
  registrationNumber?: string;
  category?: Category;
  stage?: string;
  name?: string;
  gender?: 'L' | 'P';
  birthDate?: string;
  educationLevel?: string;
  gpa?: number;
  skd?: { twk: number; tiu: number; tkp: number } | null;
  skbComponents?: Record<string, number> | null;
  interviewScore?: number | null;
  shortlisted?: boolean | null;
  pppk?: { technical: number; managerialSocioCultural: number; interview: number } | null;
  adminDecidedAt?: string | null;
  skdScoredAt?: string | null;
  createdAt?: string;
}

describe('recruitment ranking', () => {
  let t: TestApp;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let leader: string;
  let employee: string;
  let dinkes: { id: string; path: string };
  let disdik: { id: string; path: string };

  /** A published round of 2026 (its schedule all past); SKB = CAT 60 % + interview 40 % unless the rules say otherwise. */
  const createRound = (f: { type?: RoundType; rules?: RulesPatch } = {}) =>
    insertRound(t.ds, {
      type: f.type,
      year: 2026,
      schedule: pastSchedule(2026),
      rules: buildRules({
        skbComponents: [
          { key: 'cat', label: 'CAT SKB', weight: 0.6 },
          { key: 'interview', label: 'Wawancara', weight: 0.4 },
        ],
        ...f.rules,
      }),
    });
  /** An applicant (a man born 1998-05-01 unless told) registered on 10 January, admin-decided on 1 February unless still registered. */
  const createApplication = (f: RankedApplication) => {
    const stage = f.stage ?? 'admin_passed';
    return insertApplication(t.ds, {
      roundId: f.roundId,
      vacancyId: f.vacancyId,
      registrationNumber: f.registrationNumber,
      category: f.category,
      stage,
      name: f.name,
      gender: f.gender ?? 'L',
      birthDate: f.birthDate ?? '1998-05-01',
      educationLevel: f.educationLevel,
      gpa: f.gpa,
      set: {
        admin_result: stage === 'registered' ? null : stage === 'admin_failed' ? 'tms' : 'ms',
        admin_decided_at: stage === 'registered' ? null : (f.adminDecidedAt ?? '2026-02-01T03:00:00Z'),
        skd_twk: f.skd?.twk ?? null,
        skd_tiu: f.skd?.tiu ?? null,
        skd_tkp: f.skd?.tkp ?? null,
        skd_scored_at: f.skd ? (f.skdScoredAt ?? '2026-03-12T03:00:00Z') : null,
        skb_components: f.skbComponents ?? null,
        interview_score: f.interviewScore ?? null,
        shortlisted: f.shortlisted ?? null,
        pppk_technical: f.pppk?.technical ?? null,
        pppk_managerial: f.pppk?.managerialSocioCultural ?? null,
        pppk_interview: f.pppk?.interview ?? null,
        created_at: f.createdAt ?? '2026-01-10T03:00:00Z',
      },
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    [planner, opDinkes, opDisdik, leader, employee] = await Promise.all(
      ['planner.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes', 'pegawai.dinkes'].map((u) => t.token(u)),
    );
    [dinkes, disdik] = await Promise.all([unitByCode(t.ds, 'DINKES'), unitByCode(t.ds, 'DISDIK')]);
  });
  afterAll(() => t.close());

  const apps = async (roundId: string): Promise<Map<string, AppRow>> => {
    const rows = await t.ds.query<AppRow[]>(
      `SELECT registration_number, stage, skd_total, skd_passed, skd_failed_on, shortlisted, final_score, rank, version FROM recruitment_applications WHERE round_id = $1`,
      [roundId],
    );
    return new Map(rows.map((r) => [r.registration_number, r]));
  };

  async function allEntries(roundId: string, token: string, query = ''): Promise<Entry[]> {
    const out: Entry[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/api/v1/recruitment/rounds/${roundId}/ranking?pageSize=200&page=${page}${query}`).set(bearer(token)).expect(200);
      out.push(...(res.body.items as Entry[]));
      if (out.length >= res.body.total || !res.body.items.length) return out;
    }
  }

  // ── calculators ─────────────────────────────────────────────────────────
  describe('POST /api/v1/recruitment/calculate/skd', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/recruitment/calculate/skd').send({ twk: 65, tiu: 80, tkp: 166, category: 'umum' }).expect(401);
    });

    it('should pass umum at exactly 65/80/166 and echo the reference rule version', async () => {
      const res = await t.http.post('/api/v1/recruitment/calculate/skd').set(bearer(employee)).send({ twk: 65, tiu: 80, tkp: 166, category: 'umum' }).expect(200);
      expect(res.body).toMatchObject({ total: 311, passed: true, failedOn: [], passingGrade: { twk: 65, tiu: 80, tkp: 166, total: null } });
      expect(res.body.ruleVersion).toMatchObject({ source: 'reference', key: 'recruitment.skd_passing_grades', effectiveFrom: '2024-01-01' });
    });

    it('should fail umum on TKP at 165 and cumlaude on TIU at 80 with a total of 315', async () => {
      const a = await t.http.post('/api/v1/recruitment/calculate/skd').set(bearer(employee)).send({ twk: 150, tiu: 175, tkp: 165, category: 'umum' }).expect(200);
      expect(a.body).toMatchObject({ passed: false, failedOn: ['tkp'] });
      const b = await t.http.post('/api/v1/recruitment/calculate/skd').set(bearer(employee)).send({ twk: 60, tiu: 80, tkp: 175, category: 'cumlaude' }).expect(200);
      expect(b.body).toMatchObject({ total: 315, passed: false, failedOn: ['tiu'] });
    });

    it('should refuse a TWK that is not a multiple of 5 with 400 naming twk', async () => {
      const res = await t.http.post('/api/v1/recruitment/calculate/skd').set(bearer(employee)).send({ twk: 64, tiu: 80, tkp: 166, category: 'umum' }).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('twk');
    });

    it("should use a round's own grades and maxima (422 naming the field above the round's maximum)", async () => {
      const round = await createRound({
        rules: {
          passingGrades: {
            max: { twk: 100, tiu: 175, tkp: 225, total: 500 },
            umum: { twk: 70, tiu: 80, tkp: 166 },
            cumlaude: { total: 311, tiu: 85 },
            disabilitas: { total: 286, tiu: 60 },
            papua: { total: 286, tiu: 60 },
          },
        },
      });
      const res = await t.http.post('/api/v1/recruitment/calculate/skd').set(bearer(planner)).send({ twk: 65, tiu: 80, tkp: 166, category: 'umum', roundId: round.id }).expect(200);
      expect(res.body).toMatchObject({ passed: false, failedOn: ['twk'], ruleVersion: { source: 'round', roundId: round.id, roundCode: round.code } });
      const over = await t.http
        .post('/api/v1/recruitment/calculate/skd')
        .set(bearer(planner))
        .send({ twk: 105, tiu: 80, tkp: 166, category: 'umum', roundId: round.id })
        .expect(422);
      expect(over.body.errors[0]).toMatchObject({ path: 'twk', code: 'max' });
    });
  });

  describe('POST /api/v1/recruitment/calculate/final-score', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/recruitment/calculate/final-score').send({ skdTotal: 420, skbScore: 80 }).expect(401);
    });

    it('should reproduce the domain example: SKD 420 → 76.36; SKB 80 → 78.55', async () => {
      const res = await t.http.post('/api/v1/recruitment/calculate/final-score').set(bearer(employee)).send({ skdTotal: 420, skbScore: 80 }).expect(200);
      expect(res.body).toMatchObject({ skdScaled: 76.36, finalScore: 78.55, skdWeight: 0.4, skbWeight: 0.6, skdMax: 550, ruleVersion: { key: 'recruitment.final_score' } });
    });

    it('should refuse an SKB above 100 with 400 naming skbScore', async () => {
      const res = await t.http.post('/api/v1/recruitment/calculate/final-score').set(bearer(employee)).send({ skdTotal: 420, skbScore: 100.5 }).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('skbScore');
    });
  });

  // ── a CPNS round from SKD to ranking ────────────────────────────────────
  describe('CPNS: shortlist and rank', () => {
    let round: RoundFixture;
    let vacancy: { id: string; code: string };
    const reg = (k: string) => `${round.prefix}-${k}`;

    beforeAll(async () => {
      round = await createRound();
      vacancy = await insertVacancy(t.ds, round, { unitId: dinkes.id, quotas: { umum: 1, cumlaude: 1 } });
      const base = { roundId: round.id, vacancyId: vacancy.id };
      const umum: [string, number, number, number, Partial<RankedApplication>?][] = [
        ['U1', 100, 120, 200, { gender: 'P' }], // 420
        ['U2', 90, 110, 190], // 390
        ['U3', 80, 100, 180, { gender: 'P', educationLevel: 'D3' }], // 360: the third place
        ['U4', 85, 95, 180], // 360: tied with the cut on SKD total (TIU lower)
        ['U5', 70, 100, 170], // 340: below the cut
        ['U6', 150, 175, 165], // fails on TKP
        ['U7', 60, 80, 166], // fails on TWK
      ];
      for (const [k, twk, tiu, tkp, over] of umum) await createApplication({ ...base, registrationNumber: reg(k), skd: { twk, tiu, tkp }, ...over });
      await createApplication({ ...base, registrationNumber: reg('U8'), stage: 'registered' });
      await createApplication({ ...base, registrationNumber: reg('U9'), stage: 'admin_failed' });
      await createApplication({ ...base, registrationNumber: reg('C1'), category: 'cumlaude', skd: { twk: 60, tiu: 85, tkp: 166 } }); // 311 with TIU 85
      await createApplication({ ...base, registrationNumber: reg('C2'), category: 'cumlaude', skd: { twk: 60, tiu: 80, tkp: 175 } }); // TIU 80 < 85
      await createApplication({ ...base, registrationNumber: reg('C3'), category: 'cumlaude', skd: { twk: 60, tiu: 85, tkp: 165 } }); // 310
    });

    describe('POST /api/v1/recruitment/rounds/{id}/shortlist', () => {
      it('should require authentication', async () => {
        await t.http.post(`/api/v1/recruitment/rounds/${round.id}/shortlist`).expect(401);
      });

      it('should refuse operators (managers only)', async () => {
        await t.http.post(`/api/v1/recruitment/rounds/${round.id}/shortlist`).set(bearer(opDinkes)).expect(403);
      });

      it('should pass SKD per category and shortlist 3 × seats, all tied at the cut included', async () => {
        const res = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/shortlist`).set(bearer(planner)).expect(200);
        expect(res.body).toMatchObject({ applications: 10, vacancies: 1, skdPassed: 6, skdFailed: 4, shortlisted: 5, notShortlisted: 1, tieAtCut: 'include_all', tiedAtCut: 1 });
        const a = await apps(round.id);
        const stage = (k: string) => a.get(reg(k))!.stage;
        expect(['U1', 'U2', 'U3', 'U4', 'C1'].map(stage)).toEqual(Array(5).fill('shortlisted'));
        expect(stage('U5')).toBe('not_shortlisted');
        expect(a.get(reg('U5'))).toMatchObject({ skd_total: 340, skd_passed: true, shortlisted: false });
        expect(a.get(reg('U6'))).toMatchObject({ stage: 'skd_failed', skd_passed: false, skd_failed_on: ['tkp'], shortlisted: false });
        expect(a.get(reg('U7'))!.skd_failed_on).toEqual(['twk']);
        expect(a.get(reg('C2'))!.skd_failed_on).toEqual(['tiu']);
        expect(a.get(reg('C3'))).toMatchObject({ stage: 'skd_failed', skd_total: 310, skd_failed_on: ['total'] });
        // not eligible: untouched
        expect(a.get(reg('U8'))).toMatchObject({ stage: 'registered', skd_total: null, version: 1 });
        expect(a.get(reg('U9'))).toMatchObject({ stage: 'admin_failed', skd_passed: null, version: 1 });
        const [ev] = await t.ds.query(`SELECT after FROM audit_events WHERE action = 'recruitment.shortlist' AND entity_id = $1`, [round.id]);
        expect(ev.after).toMatchObject({ shortlisted: 5, skdFailed: 4 });
      });

      it('should cut strictly at 3 × seats with the strict rule, by TIU among those tied on SKD total and TKP', async () => {
        const strict = await createRound({ rules: { shortlist: { multiplier: 3, tieAtCut: 'strict' } } });
        const v = await insertVacancy(t.ds, strict, { unitId: dinkes.id, quotas: { umum: 1 } });
        const scores: [string, number, number, number][] = [
          ['A', 100, 120, 200],
          ['B', 90, 110, 190],
          ['C', 80, 100, 180],
          ['D', 85, 95, 180],
        ];
        for (const [k, twk, tiu, tkp] of scores)
          await createApplication({ roundId: strict.id, vacancyId: v.id, registrationNumber: `${strict.prefix}-${k}`, skd: { twk, tiu, tkp } });
        const res = await t.http.post(`/api/v1/recruitment/rounds/${strict.id}/shortlist`).set(bearer(planner)).expect(200);
        expect(res.body).toMatchObject({ shortlisted: 3, notShortlisted: 1, tiedAtCut: 0, tieAtCut: 'strict' });
        expect((await apps(strict.id)).get(`${strict.prefix}-D`)!.stage).toBe('not_shortlisted');
        const again = await t.http.post(`/api/v1/recruitment/rounds/${strict.id}/shortlist`).set(bearer(planner)).expect(200);
        expect(again.body).toMatchObject({ shortlisted: 3, changed: 0 });
      });

      it('should refuse with 422 naming how many and which applications have no SKD scores, and change nothing', async () => {
        const r = await createRound();
        const v = await insertVacancy(t.ds, r, { unitId: dinkes.id, quotas: { umum: 1 } });
        await createApplication({ roundId: r.id, vacancyId: v.id, registrationNumber: `${r.prefix}-OK`, skd: { twk: 100, tiu: 100, tkp: 200 } });
        await createApplication({ roundId: r.id, vacancyId: v.id, registrationNumber: `${r.prefix}-M1` });
        await createApplication({ roundId: r.id, vacancyId: v.id, registrationNumber: `${r.prefix}-M2` });
        const res = await t.http.post(`/api/v1/recruitment/rounds/${r.id}/shortlist`).set(bearer(planner)).expect(422);
        expect(res.body).toMatchObject({ code: 'SKD_SCORES_MISSING', missing: 2, registrationNumbers: [`${r.prefix}-M1`, `${r.prefix}-M2`] });
        expect(res.body.detail).toContain('2 application(s)');
        expect(res.body.errors[0]).toMatchObject({ path: `${r.prefix}-M1`, message: 'missing twk, tiu, tkp' });
        expect((await apps(r.id)).get(`${r.prefix}-OK`)).toMatchObject({ stage: 'admin_passed', skd_total: null, version: 1 });
      });

      it('should answer 404 for an unknown round', async () => {
        await t.http.post(`/api/v1/recruitment/rounds/00000000-0000-4000-8000-000000000000/shortlist`).set(bearer(planner)).expect(404);
      });
    });

    describe('POST /api/v1/recruitment/rounds/{id}/rank', () => {
      it('should require authentication', async () => {
        await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).expect(401);
      });

      it('should refuse with 422 listing the shortlisted applications with a missing SKB component or interview score', async () => {
        await t.ds.query(`UPDATE recruitment_applications SET skb_components = '{"cat": 80}' WHERE registration_number = $1`, [reg('U1')]);
        const res = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).set(bearer(planner)).expect(422);
        expect(res.body).toMatchObject({ code: 'SKB_SCORES_MISSING', missing: 5 });
        expect(res.body.errors.find((e: { path: string }) => e.path === reg('U1')).message).toBe('missing interview');
        expect(res.body.errors.find((e: { path: string }) => e.path === reg('U2')).message).toBe('missing cat, interview');
        expect((await apps(round.id)).get(reg('U1'))).toMatchObject({ stage: 'shortlisted', final_score: null });
      });

      it('should rank per vacancy and category by the final score and the tie-break, within the seats passed', async () => {
        const skb: [string, number, number][] = [
          ['U1', 80, 80], // SKB 80, SKD 420 → 78.55 (the domain example)
          ['U2', 60, 60], // 390 → 64.36
          ['U3', 70, 70], // 360 → 68.18
          ['U4', 70, 70], // 360 → 68.18: tied on final, SKD total and TKP; TIU 95 < 100 → after U3
          ['C1', 75, 75], // 311 → 67.62
        ];
        for (const [k, cat, interview] of skb)
          await t.ds.query(`UPDATE recruitment_applications SET skb_components = $2, interview_score = $3, skb_scored_at = '2026-04-12T03:00:00Z' WHERE registration_number = $1`, [
            reg(k),
            JSON.stringify({ cat }),
            interview,
          ]);
        const res = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).set(bearer(planner)).expect(200);
        expect(res.body).toMatchObject({ applications: 5, vacancies: 1, passed: 2, notPassed: 3, changed: 5 });
        expect(res.body.durationMs).toBeGreaterThanOrEqual(0);
        const entries = await allEntries(round.id, planner);
        expect(entries.map((e) => [e.registrationNumber, e.category, e.rank, e.finalScore, e.stage])).toEqual([
          [reg('U1'), 'umum', 1, 78.55, 'passed'],
          [reg('U3'), 'umum', 2, 68.18, 'not_passed'],
          [reg('U4'), 'umum', 3, 68.18, 'not_passed'],
          [reg('U2'), 'umum', 4, 64.36, 'not_passed'],
          [reg('C1'), 'cumlaude', 1, 67.62, 'passed'],
        ]);
        const [r] = await t.ds.query(`SELECT ranked_at FROM recruitment_rounds WHERE id = $1`, [round.id]);
        expect(r.ranked_at).not.toBeNull();
        const [u1] = await t.ds.query(`SELECT skb_score FROM recruitment_applications WHERE registration_number = $1`, [reg('U1')]);
        expect(Number(u1.skb_score)).toBe(80);
      });

      it('should be deterministic: ranking twice gives the same order, and each run is audited once', async () => {
        const before = await allEntries(round.id, planner);
        const again = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).set(bearer(planner)).expect(200);
        expect(again.body).toMatchObject({ applications: 5, passed: 2, changed: 0 });
        const after = await allEntries(round.id, planner);
        const strip = (xs: Entry[]) => xs.map(({ rankedAt: _r, ...x }) => x);
        expect(strip(after)).toEqual(strip(before));
        const events = await t.ds.query(`SELECT after FROM audit_events WHERE action = 'recruitment.rank' AND entity_id = $1`, [round.id]);
        expect(events).toHaveLength(2);
        expect(events[0].after).toMatchObject({ applications: 5, passed: 2, notPassed: 3 });
      });

      it('should refuse a PPPK round at the shortlist with 409', async () => {
        const pppk = await createRound({ type: 'pppk' });
        const res = await t.http.post(`/api/v1/recruitment/rounds/${pppk.id}/shortlist`).set(bearer(planner)).expect(409);
        expect(res.body.code).toBe('ROUND_NOT_CPNS');
      });
    });

    describe('GET /api/v1/recruitment/rounds/{id}/ranking', () => {
      it('should require authentication', async () => {
        await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking`).expect(401);
      });

      it('should refuse employees', async () => {
        await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking`).set(bearer(employee)).expect(403);
      });

      it('should show the operator and leader of the unit the ranking of their vacancy, filtered by category', async () => {
        const op = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking?vacancyId=${vacancy.id}&category=cumlaude`).set(bearer(opDinkes)).expect(200);
        expect(op.body.total).toBe(1);
        expect(op.body.items[0]).toMatchObject({ registrationNumber: reg('C1'), vacancyCode: vacancy.code, seats: 1, skdTotal: 311, interviewScore: 75, skbScore: 75 });
        expect(op.body.items[0].nik).toBeUndefined();
        const lead = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking`).set(bearer(leader)).expect(200);
        expect(lead.body.total).toBe(5);
      });

      it('should let an API key with recruitment:read read the ranking, and refuse one without', async () => {
        const admin = await t.token('admin');
        const key = async (scopes: string[]) =>
          (
            await t.http
              .post('/api/v1/api-keys')
              .set(bearer(admin))
              .send({ name: `ranking ${scopes.join(',')}`, scopes })
              .expect(201)
          ).body.secret as string;
        const reader = await key(['recruitment:read']);
        const res = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking?vacancyId=${vacancy.id}`).set({ 'X-API-Key': reader }).expect(200);
        expect(res.body.total).toBe(5);
        await t.http.get(`/api/v1/recruitment/rounds/${round.id}/funnel`).set({ 'X-API-Key': reader }).expect(200);
        await t.http
          .get(`/api/v1/recruitment/rounds/${round.id}/ranking`)
          .set({ 'X-API-Key': await key(['employees:read']) })
          .expect(403);
        await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).set({ 'X-API-Key': reader }).expect(403);
      });

      it('should answer 404 to an operator of another unit asking for the vacancy, and show them nothing of it', async () => {
        const res = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking?vacancyId=${vacancy.id}`).set(bearer(opDisdik)).expect(404);
        expect(res.body.code).toBe('VACANCY_NOT_FOUND');
        const all = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/ranking`).set(bearer(opDisdik)).expect(200);
        expect(all.body.total).toBe(0);
      });
    });

    describe('GET /api/v1/recruitment/rounds/{id}/funnel', () => {
      it('should require authentication', async () => {
        await t.http.get(`/api/v1/recruitment/rounds/${round.id}/funnel`).expect(401);
      });

      it('should count each stage with its pass rate, the time in each stage and the breakdowns', async () => {
        const res = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/funnel?vacancyId=${vacancy.id}`).set(bearer(opDinkes)).expect(200);
        const f = res.body;
        expect(f).toMatchObject({ roundType: 'cpns', seats: 2, applicants: 12, applicantsPerSeat: 6 });
        expect(f.stages.map((s: { stage: string; count: number }) => [s.stage, s.count])).toEqual([
          ['registered', 12],
          ['admin_passed', 10],
          ['skd_passed', 6],
          ['shortlisted', 5],
          ['passed', 2],
          ['appointed', 0],
        ]);
        expect(f.stages[1].passRate).toBe(83.33);
        expect(f.stages[4]).toMatchObject({ passRate: 40, ofApplicants: 16.67 });
        const admin = f.timeInStage.find((x: { interval: string }) => x.interval === 'administrative');
        expect(admin).toMatchObject({ from: 'createdAt', to: 'adminDecidedAt', applications: 11, meanDays: 22 });
        expect(f.timeInStage.find((x: { interval: string }) => x.interval === 'skd')).toMatchObject({ applications: 10, meanDays: 39 });
        expect(f.byGender).toEqual([
          expect.objectContaining({ key: 'L', applicants: 10, passed: 1 }),
          expect.objectContaining({ key: 'P', applicants: 2, adminPassed: 2, skdPassed: 2, shortlisted: 2, passed: 1, passRate: 50 }),
        ]);
        expect(f.byEducation.map((e: { key: string }) => e.key)).toEqual(['D3', 'S1']);
        expect(f.byVacancy).toEqual([expect.objectContaining({ vacancyId: vacancy.id, seats: 2, applicants: 12, applicantsPerSeat: 6, passed: 2 })]);
      });

      it('should answer 404 to an operator of another unit for the vacancy and count nothing of it for the round', async () => {
        await t.http.get(`/api/v1/recruitment/rounds/${round.id}/funnel?vacancyId=${vacancy.id}`).set(bearer(opDisdik)).expect(404);
        const res = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/funnel`).set(bearer(opDisdik)).expect(200);
        expect(res.body).toMatchObject({ seats: 0, applicants: 0, applicantsPerSeat: null });
      });

      it('should export the funnel as XLSX with a sheet per breakdown', async () => {
        const res = await t.http
          .get(`/api/v1/recruitment/rounds/${round.id}/funnel/export`)
          .set(bearer(planner))
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(res.headers['content-type']).toContain('spreadsheetml');
        const { default: ExcelJS } = await import('exceljs');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.body);
        expect(wb.worksheets.map((w) => w.name)).toEqual(['Tahapan', 'Waktu per Tahap', 'Jenis Kelamin', 'Pendidikan', 'Formasi']);
        expect(wb.getWorksheet('Tahapan')!.getRow(4).values).toEqual([undefined, 'registered', 12, '', 100]);
      });
    });

    describe('after a final publication', () => {
      it('should refuse to rank or shortlist again (409) and change nothing', async () => {
        const before = await apps(round.id);
        await insertResult(t.ds, round.id, 'final');
        const res = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/rank`).set(bearer(planner)).expect(409);
        expect(res.body.code).toBe('ROUND_FINAL_PUBLISHED');
        await t.http.post(`/api/v1/recruitment/rounds/${round.id}/shortlist`).set(bearer(planner)).expect(409);
        expect(await apps(round.id)).toEqual(before);
      });
    });
  });

  // ── SQL and the pure rules agree ────────────────────────────────────────
  describe('ranking SQL against calc/', () => {
    it('should give the same final scores and order as the pure functions on random data', async () => {
      const r = await createRound({
        rules: {
          skbComponents: [
            { key: 'cat', label: 'CAT', weight: 0.35 },
            { key: 'practical', label: 'Praktik', weight: 0.25 },
            { key: 'interview', label: 'Wawancara', weight: 0.4 },
          ],
        },
      });
      const vs = [await insertVacancy(t.ds, r, { unitId: dinkes.id, quotas: { umum: 3 } }), await insertVacancy(t.ds, r, { unitId: disdik.id, quotas: { umum: 2 } })];
      const pick = <T>(xs: T[]) => xs[randomInt(0, xs.length)];
      const expected: (CpnsCandidate & { vacancyId: string })[] = [];
      for (let i = 0; i < 80; i++) {
        const v = vs[i % 2];
        // few distinct values so that ties reach deep into the tie-break order
        const twk = pick([80, 85]);
        const tiu = pick([100, 105]);
        const tkp = pick([180, 181]);
        const cat = pick([70, 70.5, 80.25]);
        const practical = pick([60, 75.75]);
        const interview = pick([70, 77.33, 80.125]);
        const gpa = pick([3.5, 3.75]);
        const birthDate = pick(['1995-01-01', '1996-06-30']);
        const registrationNumber = `${r.prefix}-${String(1000 - i).padStart(4, '0')}`;
        await createApplication({
          roundId: r.id,
          vacancyId: v.id,
          registrationNumber,
          stage: 'shortlisted',
          shortlisted: true,
          skd: { twk, tiu, tkp },
          skbComponents: { cat, practical },
          interviewScore: interview,
          gpa,
          birthDate,
        });
        const exactSkb = sum([mul(decimal(0.35), decimal(cat)), mul(decimal(0.25), decimal(practical)), mul(decimal(0.4), decimal(interview))]);
        const finalScore = roundRatio(finalScoreExact(twk + tiu + tkp, exactSkb, { skdWeight: 0.4, skbWeight: 0.6 }).final, 2);
        expected.push({ vacancyId: v.id, registrationNumber, finalScore, skdTotal: twk + tiu + tkp, twk, tiu, tkp, gpa, birthDate });
      }
      await t.http.post(`/api/v1/recruitment/rounds/${r.id}/rank`).set(bearer(planner)).expect(200);
      const entries = await allEntries(r.id, planner);
      for (const v of vs) {
        const seats = v === vs[0] ? 3 : 2;
        const want = rankGroup(
          expected.filter((e) => e.vacancyId === v.id),
          compareCpns,
          seats,
        ).map((e) => [e.registrationNumber, e.rank, e.finalScore, e.outcome]);
        const got = entries.filter((e) => e.vacancyId === v.id).map((e) => [e.registrationNumber, e.rank, e.finalScore, e.stage]);
        expect(got).toEqual(want);
      }
    });
  });

  // ── PPPK ────────────────────────────────────────────────────────────────
  describe('PPPK: rank without a passing grade', () => {
    it('should rank admin-passed applications by total / 670 × 100 and the PPPK tie-break', async () => {
      const r = await createRound({ type: 'pppk' });
      const v = await insertVacancy(t.ds, r, { unitId: dinkes.id, quotas: { umum: 2 } });
      const mk = (k: string, technical: number, managerialSocioCultural: number, interview: number, gpa = 3.5, stage = 'admin_passed') =>
        createApplication({ roundId: r.id, vacancyId: v.id, registrationNumber: `${r.prefix}-${k}`, pppk: { technical, managerialSocioCultural, interview }, gpa, stage });
      await mk('P1', 300, 160, 40); // 500
      await mk('P2', 300, 160, 40, 3.6); // 500, higher GPA
      await mk('P3', 310, 150, 40); // 500, higher technical
      await mk('P4', 400, 170, 40); // 610
      await mk('P5', 450, 180, 40, 3.5, 'admin_failed'); // not ranked
      const res = await t.http.post(`/api/v1/recruitment/rounds/${r.id}/rank`).set(bearer(planner)).expect(200);
      expect(res.body).toMatchObject({ applications: 4, vacancies: 1, passed: 2, notPassed: 2 });
      const entries = await allEntries(r.id, planner);
      expect(entries.map((e) => [e.registrationNumber.split('-').pop(), e.rank, e.finalScore, e.stage])).toEqual([
        ['P4', 1, 91.04, 'passed'],
        ['P3', 2, 74.63, 'passed'],
        ['P2', 3, 74.63, 'not_passed'],
        ['P1', 4, 74.63, 'not_passed'],
      ]);
      expect((await apps(r.id)).get(`${r.prefix}-P5`)).toMatchObject({ stage: 'admin_failed', rank: null });
    });

    it('should refuse with 422 when an admin-passed application has no PPPK scores', async () => {
      const r = await createRound({ type: 'pppk' });
      const v = await insertVacancy(t.ds, r, { unitId: dinkes.id, quotas: { umum: 1 } });
      await createApplication({ roundId: r.id, vacancyId: v.id, registrationNumber: `${r.prefix}-X` });
      const res = await t.http.post(`/api/v1/recruitment/rounds/${r.id}/rank`).set(bearer(planner)).expect(422);
      expect(res.body).toMatchObject({ code: 'PPPK_SCORES_MISSING', missing: 1, registrationNumbers: [`${r.prefix}-X`] });
    });
  });
});
