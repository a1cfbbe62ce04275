import type { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { createPeriod, createPlan as factoryPlan, createTeam, dayFromToday, type Team } from '../factories/performance.js';

/**
 * The shared factory's createPlan, with its status parameter typed: `$7` serves both as a column value and in
 * `CASE WHEN $7 <> 'draft'`, which PostgreSQL rejects ("inconsistent types deduced for parameter $7"). Harmless once
 * the factory casts it.
 */
const createPlan = (ds: DataSource, opts: Parameters<typeof factoryPlan>[1]) =>
  factoryPlan({ query: (sql: string, params?: unknown[]) => ds.query(sql.replace(/CASE WHEN \$7 /g, 'CASE WHEN $7::varchar '), params) } as unknown as DataSource, opts);

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

const KEYS = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
type Rating = 'above' | 'meets' | 'below';

/** The seven values all rated `rating`, with `overrides` for some. */
const behaviours = (rating: Rating, overrides: Partial<Record<(typeof KEYS)[number], Rating>> = {}) =>
  Object.fromEntries(KEYS.map((k) => [k, { rating: overrides[k] ?? rating, note: `Catatan ${k}` }]));

/** PermenPAN-RB 6/2022: result (row) × behaviour (column). */
const CELLS: [Rating, Rating, string][] = [
  ['above', 'above', 'sangat_baik'],
  ['above', 'meets', 'baik'],
  ['above', 'below', 'kurang'],
  ['meets', 'above', 'baik'],
  ['meets', 'meets', 'baik'],
  ['meets', 'below', 'kurang'],
  ['below', 'above', 'butuh_perbaikan'],
  ['below', 'meets', 'butuh_perbaikan'],
  ['below', 'below', 'sangat_kurang'],
];

describe('Performance: appraisal (evaluations, unit ratings, distribution, lock) and the competency feed', () => {
  let t: TestApp;
  let period: { id: string };
  let team: Team;
  let other: Team;
  let planA: { id: string };
  let planB: { id: string };
  let draftPlan: { id: string };
  let leader: string;
  let otherLeader: string;
  let staff0: string;
  let planner: string;
  let kepalaDinkes: string;

  const put = (token: string, planId: string, body: Record<string, unknown>) => t.http.put(`/api/v1/performance/plans/${planId}/evaluation`).set(bearer(token)).send(body);
  const finalise = (token: string, planId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/performance/plans/${planId}/evaluation/finalise`).set(bearer(token)).send(body);
  const coach = (token: string, employeeId: string) =>
    t.http
      .post('/api/v1/performance/coaching')
      .set(bearer(token))
      .send({ employeeId, periodId: period.id, cause: 'Capaian di bawah ekspektasi', actions: [{ action: 'Pendampingan mingguan' }], followUpOn: dayFromToday(30) })
      .expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    period = await createPeriod(t.ds);
    team = await createTeam(t.ds, { staffCount: 3 });
    other = await createTeam(t.ds, { staffCount: 1 });
    planA = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[0].employeeId });
    planB = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[1].employeeId });
    draftPlan = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[2].employeeId, status: 'draft' });
    leader = await t.token(team.head.username);
    otherLeader = await t.token(other.head.username);
    staff0 = await t.token(team.staff[0].username);
    planner = await t.token('planner.bkpp');
    kepalaDinkes = await t.token('kepala.dinkes');
  });
  afterAll(() => t.close());

  describe('PUT /api/v1/performance/plans/{id}/evaluation', () => {
    let version: number | undefined;

    it.each(CELLS)('result %s × behaviour %s → %s (the same as the calculator)', async (result, behaviour, expected) => {
      const res = await put(leader, planA.id, { checkpoint: 1, resultRating: result, behaviours: behaviours(behaviour), ...(version ? { version } : {}) }).expect(200);
      expect(res.body).toMatchObject({ checkpoint: 1, resultRating: result, behaviourRating: behaviour, predicate: expected, status: 'draft', resultFromUnitRating: false });
      expect(res.body.behaviours.kolaboratif).toEqual({ rating: behaviour, note: 'Catatan kolaboratif' });
      expect(res.body.coachingRequired).toBe(['butuh_perbaikan', 'kurang', 'sangat_kurang'].includes(expected));
      version = res.body.version;
      const calc = await t.http.post('/api/v1/performance/calculate/predicate').set(bearer(leader)).send({ resultRating: result, behaviourRating: behaviour }).expect(200);
      expect(calc.body.predicate).toBe(res.body.predicate);
    });

    it('should default the behaviour rating to the median of the seven values, unless given', async () => {
      // below ×3, meets ×1, above ×3 → sorted, the middle one is meets
      const mixed = behaviours('above', { berorientasi_pelayanan: 'below', akuntabel: 'below', kompeten: 'below', harmonis: 'meets' });
      const median = await put(leader, planA.id, { checkpoint: 2, resultRating: 'above', behaviours: mixed }).expect(200);
      expect(median.body).toMatchObject({ behaviourRating: 'meets', predicate: 'baik', evaluatorName: team.head.name });
      // below ×4, above ×3 → below
      const low = await put(leader, planA.id, {
        checkpoint: 2,
        resultRating: 'above',
        behaviours: behaviours('above', { berorientasi_pelayanan: 'below', akuntabel: 'below', kompeten: 'below', harmonis: 'below' }),
        version: median.body.version,
      }).expect(200);
      expect(low.body).toMatchObject({ behaviourRating: 'below', predicate: 'kurang' });
      const given = await put(leader, planA.id, { checkpoint: 2, resultRating: 'above', behaviours: mixed, behaviourRating: 'above', version: low.body.version }).expect(200);
      expect(given.body).toMatchObject({ behaviourRating: 'above', predicate: 'sangat_baik' });
    });

    it('should ask for the version to change an existing evaluation, and refuse a stale one', async () => {
      const missing = await put(leader, planA.id, { checkpoint: 2, resultRating: 'meets', behaviours: behaviours('meets') }).expect(400);
      expect(paths(missing.body)).toEqual(['version']);
      const stale = await put(leader, planA.id, { checkpoint: 2, resultRating: 'meets', behaviours: behaviours('meets'), version: 1 }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('should name bad input: a missing value, a bad rating, a checkpoint out of range', async () => {
      const { kolaboratif: _omit, ...six } = behaviours('meets');
      const missing = await put(leader, planB.id, { checkpoint: 1, resultRating: 'meets', behaviours: six }).expect(400);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(paths(missing.body)).toContain('behaviours.kolaboratif');
      const good = await put(leader, planB.id, { checkpoint: 1, resultRating: 'good', behaviours: behaviours('meets') }).expect(400);
      expect(paths(good.body)).toEqual(['resultRating']);
      const badValue = await put(leader, planB.id, { checkpoint: 1, resultRating: 'meets', behaviours: { ...behaviours('meets'), loyal: { rating: 'good' } } }).expect(400);
      expect(paths(badValue.body)).toEqual(['behaviours.loyal.rating']);
      const noResult = await put(leader, planB.id, { checkpoint: 1, behaviours: behaviours('meets') }).expect(400);
      expect(paths(noResult.body)).toEqual(['resultRating']);
      const tooFar = await put(leader, planB.id, { checkpoint: 13, resultRating: 'meets', behaviours: behaviours('meets') }).expect(400);
      expect(paths(tooFar.body)).toEqual(['checkpoint']);
      const unknown = await put(leader, planB.id, { checkpoint: 1, resultRating: 'meets', behaviours: { ...behaviours('meets'), jujur: { rating: 'meets' } } }).expect(400);
      expect(paths(unknown.body)).toContain('behaviours.jujur');
    });

    it('should scope: a leader of another unit gets 404, an employee 403, a leader above who is not the direct leader 403', async () => {
      const body = { checkpoint: 1, resultRating: 'meets', behaviours: behaviours('meets') };
      await put(otherLeader, planB.id, body).expect(404);
      await t.http.get(`/api/v1/performance/plans/${planB.id}/evaluation`).set(bearer(otherLeader)).expect(404);
      await put(staff0, planA.id, body).expect(403);
      await finalise(staff0, planA.id, { checkpoint: 1, version: 1 }).expect(403);
      const above = await put(kepalaDinkes, planB.id, body).expect(403);
      expect(above.body.code).toBe('NOT_DIRECT_LEADER');
      const draft = await put(leader, draftPlan.id, body).expect(409);
      expect(draft.body.code).toBe('PLAN_NOT_APPROVED');
    });
  });

  describe('GET /api/v1/performance/plans/{id}/evaluation', () => {
    it('should show the plan’s evaluations (annual first, then checkpoints) to the leader and the employee', async () => {
      const res = await t.http.get(`/api/v1/performance/plans/${planA.id}/evaluation`).set(bearer(leader)).expect(200);
      expect(res.body).toMatchObject({
        planId: planA.id,
        periodId: period.id,
        employeeId: team.staff[0].employeeId,
        employeeName: team.staff[0].name,
        unitId: team.unit.id,
        leaderEmployeeId: team.head.employeeId,
        isHead: false,
        unitRating: null,
        unitLocked: false,
        canEvaluate: true,
        coachingCount: 0,
      });
      expect(res.body.checkpoints).toBeGreaterThanOrEqual(12);
      expect(res.body.evaluations.map((e: { checkpoint: number }) => e.checkpoint)).toEqual([1, 2]);
      const own = await t.http.get(`/api/v1/performance/plans/${planA.id}/evaluation`).set(bearer(staff0)).expect(200);
      expect(own.body.canEvaluate).toBe(false);
      await t.http.get(`/api/v1/performance/plans/${planB.id}/evaluation`).set(bearer(staff0)).expect(404);
    });
  });

  describe('the head of a unit', () => {
    let headTeam: Team;
    let headPlan: { id: string };

    beforeAll(async () => {
      headTeam = await createTeam(t.ds, { staffCount: 1 });
      headPlan = await createPlan(t.ds, { periodId: period.id, employeeId: headTeam.head.employeeId });
    });

    it('should need the unit rating for the annual evaluation, then follow it (istimewa → above)', async () => {
      const unrated = await put(planner, headPlan.id, { checkpoint: 0, resultRating: 'below', behaviours: behaviours('above') }).expect(422);
      expect(unrated.body.code).toBe('UNIT_RATING_REQUIRED');
      expect(paths(unrated.body)).toEqual(['resultRating']);

      const rated = await t.http.put(`/api/v1/performance/periods/${period.id}/units/${headTeam.unit.id}/rating`).set(bearer(planner)).send({ rating: 'istimewa' }).expect(200);
      expect(rated.body).toMatchObject({ periodId: period.id, unitId: headTeam.unit.id, rating: 'istimewa', lockedAt: null });

      const res = await put(planner, headPlan.id, { checkpoint: 0, resultRating: 'below', behaviours: behaviours('above') }).expect(200);
      expect(res.body).toMatchObject({ resultRating: 'above', resultFromUnitRating: true, behaviourRating: 'above', predicate: 'sangat_baik' });
      // without sending a result rating at all
      const again = await put(planner, headPlan.id, { checkpoint: 0, behaviours: behaviours('meets'), version: res.body.version }).expect(200);
      expect(again.body).toMatchObject({ resultRating: 'above', predicate: 'baik' });

      const view = await t.http.get(`/api/v1/performance/plans/${headPlan.id}/evaluation`).set(bearer(planner)).expect(200);
      expect(view.body).toMatchObject({ isHead: true, unitRating: 'istimewa' });

      // the unit rating changes before finalising: the head's result follows it (butuh_perbaikan → below)
      await t.http
        .put(`/api/v1/performance/periods/${period.id}/units/${headTeam.unit.id}/rating`)
        .set(bearer(planner))
        .send({ rating: 'butuh_perbaikan', version: rated.body.version })
        .expect(200);
      await coach(planner, headTeam.head.employeeId);
      const fin = await finalise(planner, headPlan.id, { checkpoint: 0, version: again.body.version }).expect(200);
      expect(fin.body).toMatchObject({ resultRating: 'below', predicate: 'butuh_perbaikan', status: 'final' });
    });

    it('should let only planners and administrators rate units, and name a bad rating', async () => {
      await t.http.put(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`).set(bearer(leader)).send({ rating: 'baik' }).expect(403);
      const bad = await t.http.put(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`).set(bearer(planner)).send({ rating: 'great' }).expect(400);
      expect(paths(bad.body)).toEqual(['rating']);
    });
  });

  describe('POST /api/v1/performance/plans/{id}/evaluation/finalise', () => {
    it('should need a coaching record before an annual Butuh Perbaikan, then finalise it with an event', async () => {
      const draft = await put(leader, planB.id, {
        checkpoint: 0,
        resultRating: 'below',
        behaviours: behaviours('meets', { harmonis: 'below', kolaboratif: 'below' }),
        note: 'Target tahunan tidak tercapai',
      }).expect(200);
      expect(draft.body).toMatchObject({ predicate: 'butuh_perbaikan', behaviourRating: 'meets', coachingRequired: true });

      const refused = await finalise(leader, planB.id, { checkpoint: 0, version: draft.body.version }).expect(422);
      expect(refused.body.code).toBe('COACHING_REQUIRED');
      expect(paths(refused.body)).toEqual(['coaching']);

      await coach(leader, team.staff[1].employeeId);
      const fin = await finalise(leader, planB.id, { checkpoint: 0, version: draft.body.version }).expect(200);
      expect(fin.body).toMatchObject({ status: 'final', predicate: 'butuh_perbaikan' });
      expect(fin.body.finalisedAt).toEqual(expect.any(String));

      const events = await t.ds.query(`SELECT type, unit_path, employee_id, data FROM performance_events WHERE type = 'evaluation.finalised' AND data->>'planId' = $1`, [planB.id]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ unit_path: team.unit.path, employee_id: team.staff[1].employeeId });
      expect(events[0].data).toEqual({ planId: planB.id, employeeId: team.staff[1].employeeId, checkpoint: 0, predicate: 'butuh_perbaikan' });
      const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'performance_evaluation' AND entity_id = $1 ORDER BY at`, [fin.body.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'finalise']);

      const again = await finalise(leader, planB.id, { checkpoint: 0, version: fin.body.version }).expect(409);
      expect(again.body.code).toBe('EVALUATION_FINAL');
      const view = await t.http.get(`/api/v1/performance/plans/${planB.id}/evaluation`).set(bearer(leader)).expect(200);
      expect(view.body.coachingCount).toBe(1);
    });

    it('should finalise a Baik checkpoint without coaching, and answer 404 for an evaluation not saved yet', async () => {
      const cp = await put(leader, planB.id, { checkpoint: 3, resultRating: 'meets', behaviours: behaviours('meets') }).expect(200);
      await finalise(leader, planB.id, { checkpoint: 3, version: cp.body.version }).expect(200);
      const none = await finalise(leader, planB.id, { checkpoint: 4, version: 1 }).expect(404);
      expect(none.body.code).toBe('EVALUATION_NOT_FOUND');
    });
  });

  describe('competency feed: GET /api/v1/training/recommendations', () => {
    it('should carry the latest final annual Butuh Perbaikan with the low behaviours and rank soft-skill programs first', async () => {
      const res = await t.http.get(`/api/v1/training/recommendations?employeeId=${team.staff[1].employeeId}&limit=200`).set(bearer(planner)).expect(200);
      expect(res.body.appraisal).toEqual({
        periodId: period.id,
        year: expect.any(Number),
        predicate: 'butuh_perbaikan',
        label: 'Butuh Perbaikan',
        lowBehaviours: ['harmonis', 'kolaboratif'],
      });
      const items: { rank: number; softSkill: boolean; appraisalBoost: boolean }[] = res.body.items;
      expect(items.some((i) => i.softSkill)).toBe(true);
      const firstHard = items.findIndex((i) => !i.softSkill);
      if (firstHard >= 0) expect(items.slice(firstHard).every((i) => !i.softSkill)).toBe(true);
      expect(items.filter((i) => i.softSkill).every((i) => i.appraisalBoost)).toBe(true);
      expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1));
      // the existing fields stay
      expect(res.body).toMatchObject({ employeeId: team.staff[1].employeeId, employeeName: team.staff[1].name, totalShortfall: expect.any(Number) });
      expect(res.body).toHaveProperty('unassessed');
      expect(res.body).toHaveProperty('skipped');
    });

    it('should carry no appraisal (and boost nothing) without a final annual predicate below Baik', async () => {
      const res = await t.http.get(`/api/v1/training/recommendations?employeeId=${team.staff[0].employeeId}&limit=200`).set(bearer(planner)).expect(200);
      expect(res.body.appraisal).toBeNull();
      expect(res.body.items.every((i: { appraisalBoost: boolean }) => !i.appraisalBoost)).toBe(true);
    });
  });

  describe('distribution check and lock', () => {
    let unitTeam: Team;
    const plans: { id: string; employeeId: string }[] = [];
    const versions = new Map<string, number>();
    let ratingVersion: number;
    let unitLeader: string;
    const base = () => `/api/v1/performance/periods/${period.id}/units/${unitTeam.unit.id}`;

    beforeAll(async () => {
      // 10 people: the head and 9 staff
      unitTeam = await createTeam(t.ds, { staffCount: 9 });
      for (const m of [unitTeam.head, ...unitTeam.staff])
        plans.push({ id: (await createPlan(t.ds, { periodId: period.id, employeeId: m.employeeId })).id, employeeId: m.employeeId });
      unitLeader = await t.token(unitTeam.head.username);
    });

    it('should show a unit rated baik with 8 Baik of 10 as a violation (at most 7), with the counts', async () => {
      const rated = await t.http.put(`${base()}/rating`).set(bearer(planner)).send({ rating: 'baik' }).expect(200);
      ratingVersion = rated.body.version;
      // the head follows the unit rating (baik → meets): Baik
      const head = await put(planner, plans[0].id, { checkpoint: 0, behaviours: behaviours('meets') }).expect(200);
      expect(head.body).toMatchObject({ resultRating: 'meets', predicate: 'baik' });
      versions.set(plans[0].id, head.body.version);
      // staff 1–7: Baik; staff 8: Sangat Baik; staff 9: Butuh Perbaikan
      for (const [i, p] of plans.slice(1).entries()) {
        const [result, behaviour]: [Rating, Rating] = i < 7 ? ['meets', 'meets'] : i === 7 ? ['above', 'above'] : ['below', 'meets'];
        const res = await put(unitLeader, p.id, { checkpoint: 0, resultRating: result, behaviours: behaviours(behaviour) }).expect(200);
        versions.set(p.id, res.body.version);
      }
      const d = await t.http.get(`${base()}/distribution`).set(bearer(unitLeader)).expect(200);
      expect(d.body).toMatchObject({
        unitId: unitTeam.unit.id,
        rating: 'baik',
        staff: 10,
        evaluated: 10,
        finalised: 0,
        counts: { sangat_baik: 1, baik: 8, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
        locked: false,
        canLock: false,
      });
      expect(d.body.violations).toEqual([
        { group: 'baik', predicates: ['baik'], kind: 'max', share: 0.7, limit: 7, actual: 8, excess: 1, message: 'at most 7 of 10 may be Baik (70%); 8 are' },
      ]);
      expect(d.body.limits).toEqual(
        expect.arrayContaining([
          { group: 'baik', predicates: ['baik'], kind: 'max', share: 0.7, count: 7, actual: 8 },
          { group: 'butuh_perbaikan_or_kurang', predicates: ['butuh_perbaikan', 'kurang'], kind: 'min', share: null, count: 1, actual: 1 },
        ]),
      );
      expect(d.body.missing).toHaveLength(10);
      expect(d.body.missing[0]).toMatchObject({ status: 'draft' });
      await t.http.get(`${base()}/distribution`).set(bearer(otherLeader)).expect(404);
      await t.http.get(`${base()}/distribution`).set(bearer(staff0)).expect(403);
    });

    it('should refuse the lock while evaluations are not final (422 EVALUATIONS_MISSING)', async () => {
      const res = await t.http.post(`${base()}/lock`).set(bearer(planner)).send({}).expect(422);
      expect(res.body.code).toBe('EVALUATIONS_MISSING');
      expect(paths(res.body)).toEqual(['evaluations']);
      await t.http.post(`${base()}/lock`).set(bearer(unitLeader)).send({}).expect(403);
    });

    it('should refuse the lock with the violation named distribution.baik and the counts', async () => {
      await coach(unitLeader, plans[9].employeeId);
      for (const [i, p] of plans.entries()) {
        const res = await finalise(i === 0 ? planner : unitLeader, p.id, { checkpoint: 0, version: versions.get(p.id) }).expect(200);
        versions.set(p.id, res.body.version);
      }
      const res = await t.http.post(`${base()}/lock`).set(bearer(planner)).send({}).expect(409);
      expect(res.body.code).toBe('DISTRIBUTION_VIOLATED');
      expect(res.body.errors).toEqual([{ path: 'distribution.baik', code: 'max', message: 'at most 7 of 10 may be Baik (70%); 8 are' }]);
      expect(res.body.counts).toMatchObject({ baik: 8, sangat_baik: 1, butuh_perbaikan: 1 });
      expect(res.body.violations[0]).toMatchObject({ group: 'baik', limit: 7, actual: 8 });
    });

    it('should lock once fixed, store the distribution, and refuse any change afterwards (409 UNIT_LOCKED)', async () => {
      // one Baik becomes Butuh Perbaikan: saving over a final evaluation reopens it as a draft
      const fix = plans[1];
      const reopened = await put(unitLeader, fix.id, { checkpoint: 0, resultRating: 'below', behaviours: behaviours('meets'), version: versions.get(fix.id) }).expect(200);
      expect(reopened.body).toMatchObject({ status: 'draft', predicate: 'butuh_perbaikan', finalisedAt: null });
      await coach(unitLeader, fix.employeeId);
      const fin = await finalise(unitLeader, fix.id, { checkpoint: 0, version: reopened.body.version }).expect(200);
      versions.set(fix.id, fin.body.version);

      const ok = await t.http.get(`${base()}/distribution`).set(bearer(planner)).expect(200);
      expect(ok.body).toMatchObject({ violations: [], missing: [], canLock: true, counts: { baik: 7, butuh_perbaikan: 2, sangat_baik: 1 } });

      const locked = await t.http.post(`${base()}/lock`).set(bearer(planner)).send({ version: ratingVersion }).expect(200);
      expect(locked.body).toMatchObject({ locked: true, canLock: false, lockedCounts: { sangat_baik: 1, baik: 7, butuh_perbaikan: 2, kurang: 0, sangat_kurang: 0 } });
      expect(locked.body.lockedAt).toEqual(expect.any(String));
      const [row] = await t.ds.query('SELECT locked_at, locked_by_name, distribution FROM performance_unit_ratings WHERE period_id = $1 AND unit_id = $2', [
        period.id,
        unitTeam.unit.id,
      ]);
      expect(row.locked_at).not.toBeNull();
      expect(row.distribution).toMatchObject({ rating: 'baik', total: 10, counts: { baik: 7 } });
      const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'performance_unit_rating' AND after->>'unitId' = $1 ORDER BY at`, [unitTeam.unit.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'lock']);

      const change = await put(unitLeader, plans[2].id, { checkpoint: 0, resultRating: 'above', behaviours: behaviours('above'), version: versions.get(plans[2].id) }).expect(409);
      expect(change.body.code).toBe('UNIT_LOCKED');
      const checkpoint = await put(unitLeader, plans[2].id, { checkpoint: 1, resultRating: 'meets', behaviours: behaviours('meets') }).expect(409);
      expect(checkpoint.body.code).toBe('UNIT_LOCKED');
      const rerate = await t.http.put(`${base()}/rating`).set(bearer(planner)).send({ rating: 'istimewa' }).expect(409);
      expect(rerate.body.code).toBe('UNIT_LOCKED');
      const relock = await t.http.post(`${base()}/lock`).set(bearer(planner)).send({}).expect(409);
      expect(relock.body.code).toBe('UNIT_LOCKED');
      const view = await t.http.get(`/api/v1/performance/plans/${plans[2].id}/evaluation`).set(bearer(unitLeader)).expect(200);
      expect(view.body).toMatchObject({ unitLocked: true, canEvaluate: false, unitRating: 'baik' });
    });

    it('should refuse locking an unrated unit (422 naming rating)', async () => {
      const res = await t.http.post(`/api/v1/performance/periods/${period.id}/units/${other.unit.id}/lock`).set(bearer(planner)).send({}).expect(422);
      expect(res.body.code).toBe('UNIT_RATING_REQUIRED');
      expect(paths(res.body)).toEqual(['rating']);
      const d = await t.http.get(`/api/v1/performance/periods/${period.id}/units/${other.unit.id}/distribution`).set(bearer(planner)).expect(200);
      expect(d.body).toMatchObject({ rating: null, staff: 0, violations: [], limits: [], canLock: false, version: null });
    });
  });
});
