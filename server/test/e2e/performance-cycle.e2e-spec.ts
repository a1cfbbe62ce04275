import { isoToday } from '../../src/modules/reference/calc/dates.js';
import { pace } from '../../src/modules/performance/calc/pace.js';
import { createPeriod, createTeam, dayFromToday, type Team, type TeamMember } from '../factories/performance.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

/**
 * Issue 7, "the whole cycle", through the HTTP API only (the factories make just the unit with its people and a
 * period around today): plans cascading from the head's approved targets → approval by the direct leader → progress
 * reports (JSON and a multipart photo) → one person falls behind pace → monitoring lists them first, the leader's inbox
 * has the pending reports; accept one, return one → coaching from the at-risk target → annual evaluations, the
 * below-Baik finalisation refused until a coaching record exists → unit rating → the lock refused for the distribution,
 * corrected, locked → no more evaluation changes. The audit trail and performance_events are checked along the way.
 */

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 foto kegiatan posyandu'), Buffer.alloc(256, 9)]);

const KEYS = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
type Rating = 'above' | 'meets' | 'below';
type Predicate = 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang';
const behaviours = (rating: Rating, overrides: Partial<Record<(typeof KEYS)[number], Rating>> = {}) =>
  Object.fromEntries(KEYS.map((k) => [k, { rating: overrides[k] ?? rating, note: `Catatan ${k}` }]));
/** PermenPAN-RB 6/2022 matrix (result × behaviour), domain.md §8: the cells this test uses. */
const PREDICATE_OF: Record<`${Rating}/${Rating}`, Predicate> = {
  'above/above': 'sangat_baik',
  'above/meets': 'baik',
  'above/below': 'kurang',
  'meets/above': 'baik',
  'meets/meets': 'baik',
  'meets/below': 'kurang',
  'below/above': 'butuh_perbaikan',
  'below/meets': 'butuh_perbaikan',
  'below/below': 'sangat_kurang',
};
/** domain.md §8: a unit rated Baik may have at most 70 % Baik (rounded down) and at least one Butuh Perbaikan or Kurang. */
const BAIK_MAX_SHARE = 0.7;

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

interface Target {
  id: string;
  parentTargetId: string | null;
  title: string;
  quantity: number;
  weight: number;
  realised: number;
  atRisk: boolean;
}
interface Plan {
  id: string;
  employeeId: string;
  leaderEmployeeId: string | null;
  status: string;
  version: number;
  targets: Target[];
  leaderTargets: { id: string; title: string }[];
}

describe('Performance: the whole cycle through the API (plan → approve → reports → at risk → coaching → evaluation → lock)', () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let period: { id: string; startsOn: string; endsOn: string };
  let planner: string;
  let kepalaDinkes: string;
  let kepalaDinkesEmployeeId: string;
  const tok: Record<string, string> = {};
  const as = (m: TeamMember) => bearer(tok[m.employeeId]);

  let headPlan: Plan;
  const plans = new Map<string, Plan>(); // employeeId → approved plan (staff)
  /** Staff[0] falls behind; staff[1] gets a below-Baik predicate without any coaching yet. */
  let behind: TeamMember;
  let lowNoCoaching: TeamMember;
  let expected: number; // share of the period elapsed today (every target's window is the whole period)
  const onPace = () => Math.min(100, Math.ceil(expected * 100)); // a percentage at or above the pace
  const behindRealised = 5; // of 100

  const reportIds: string[] = [];
  const headReports: { id: string; version: number }[] = [];
  let acceptedReport: { id: string; version: number };
  let returnedReport: { id: string; version: number; fallBackTo: number; targetId: string };
  let coachingFromTarget: { id: string };

  const submitPlan = async (owner: TeamMember, targets: Record<string, unknown>[]): Promise<Plan> => {
    const created = await t.http.post('/api/v1/performance/plans').set(as(owner)).send({ periodId: period.id }).expect(201);
    expect(created.body).toMatchObject({ employeeId: owner.employeeId, status: 'draft' });
    const put = await t.http.put(`/api/v1/performance/plans/${created.body.id}/targets`).set(as(owner)).send({ version: created.body.version, targets }).expect(200);
    const sub = await t.http.post(`/api/v1/performance/plans/${created.body.id}/submit`).set(as(owner)).send({ version: put.body.version }).expect(200);
    expect(sub.body.status).toBe('submitted');
    return sub.body;
  };
  const report = (who: TeamMember, targetId: string) => t.http.post(`/api/v1/performance/targets/${targetId}/reports`).set(as(who));
  const evaluation = (auth: Record<string, string>, planId: string, body: Record<string, unknown>) =>
    t.http.put(`/api/v1/performance/plans/${planId}/evaluation`).set(auth).send(body);
  const finalise = (auth: Record<string, string>, planId: string, version: number) =>
    t.http.post(`/api/v1/performance/plans/${planId}/evaluation/finalise`).set(auth).send({ checkpoint: 0, version });
  const audit = async (entity: string, entityId: string) =>
    (await t.http.get(`/api/v1/audit-events?entity=${entity}&entityId=${entityId}&pageSize=100`).set(bearer(planner)).expect(200)).body.items as {
      action: string;
      after: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    team = await createTeam(t.ds, { staffCount: 10 });
    other = await createTeam(t.ds, { staffCount: 1 });
    period = await createPeriod(t.ds);
    [planner, kepalaDinkes] = await Promise.all([t.token('planner.bkpp'), t.token('kepala.dinkes')]);
    for (const m of [team.head, ...team.staff, other.head, ...other.staff]) tok[m.employeeId] = await t.token(m.username);
    kepalaDinkesEmployeeId = (await t.http.get('/api/v1/auth/me').set(bearer(kepalaDinkes)).expect(200)).body.employeeId;
    [behind, lowNoCoaching] = team.staff;
    expected = pace({ start: period.startsOn, end: period.endsOn, on: isoToday(), target: 100, realised: 0 }, 0.15).expected;
  });
  afterAll(() => t.close());

  // ── plans ────────────────────────────────────────────────────────────────

  it('the head plans, submits and is approved by their own leader (the head of the unit above)', async () => {
    const submitted = await submitPlan(team.head, [
      { title: 'Cakupan pelayanan kesehatan unit', quantity: 1000, quantityUnit: 'layanan', weight: 60 },
      { title: 'Laporan kinerja unit', quantity: 12, quantityUnit: 'laporan', weight: 40 },
    ]);
    expect(kepalaDinkesEmployeeId).toBeTruthy();
    expect(submitted.leaderEmployeeId).toBe(kepalaDinkesEmployeeId);
    // the head cannot approve their own plan; the leader above can
    await t.http.post(`/api/v1/performance/plans/${submitted.id}/approve`).set(as(team.head)).send({ version: submitted.version }).expect(403);
    const approved = await t.http.post(`/api/v1/performance/plans/${submitted.id}/approve`).set(bearer(kepalaDinkes)).send({ version: submitted.version }).expect(200);
    expect(approved.body.status).toBe('approved');
    headPlan = approved.body;
    expect(headPlan.targets.map((x) => x.weight)).toEqual([60, 40]);
  });

  it('each staff member plans targets cascading from the head’s approved targets and submits', async () => {
    for (const [i, s] of team.staff.entries()) {
      const created = await t.http.post('/api/v1/performance/plans').set(as(s)).send({ periodId: period.id }).expect(201);
      expect(created.body.leaderEmployeeId).toBe(team.head.employeeId);
      expect(created.body.leaderTargets.map((x: { id: string }) => x.id)).toEqual(headPlan.targets.map((x) => x.id));
      const targets = [
        { title: `Pelayanan pasien ${i + 1}`, parentTargetId: headPlan.targets[0].id, quantity: 100, quantityUnit: 'pasien', weight: 70 },
        { title: `Laporan bulanan ${i + 1}`, parentTargetId: headPlan.targets[1].id, quantity: 20, quantityUnit: 'laporan', weight: 30 },
      ];
      const put = await t.http.put(`/api/v1/performance/plans/${created.body.id}/targets`).set(as(s)).send({ version: created.body.version, targets }).expect(200);
      expect(put.body.targets.map((x: Target) => [x.parentTargetId, x.quantity, x.weight])).toEqual(targets.map((x) => [x.parentTargetId, x.quantity, x.weight]));
      expect(put.body.weightTotal).toBe(100);
      const sub = await t.http.post(`/api/v1/performance/plans/${created.body.id}/submit`).set(as(s)).send({ version: put.body.version }).expect(200);
      expect(sub.body.status).toBe('submitted');
      plans.set(s.employeeId, sub.body);
    }
    // the unit's tree of targets: the head's targets with the staff targets under them
    const tree = await t.http.get(`/api/v1/performance/target-tree?periodId=${period.id}&unitId=${team.unit.id}`).set(as(team.head)).expect(200);
    const roots = tree.body as { targetId: string; children: { employeeId: string }[] }[];
    expect(roots.map((r) => r.targetId).sort()).toEqual(headPlan.targets.map((x) => x.id).sort());
    for (const r of roots) expect(r.children.map((c) => c.employeeId).sort()).toEqual(team.staff.map((s) => s.employeeId).sort());
  });

  it('the direct leader approves from the inbox; another unit’s leader cannot (404)', async () => {
    const inbox = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&awaitingMe=true&pageSize=100`).set(as(team.head)).expect(200);
    expect(inbox.body.items.map((x: { employeeId: string }) => x.employeeId).sort()).toEqual(team.staff.map((s) => s.employeeId).sort());
    const first = plans.get(team.staff[0].employeeId)!;
    const stranger = await t.http.post(`/api/v1/performance/plans/${first.id}/approve`).set(as(other.head)).send({ version: first.version }).expect(404);
    expect(stranger.headers['content-type']).toMatch(/application\/problem\+json/);
    for (const s of team.staff) {
      const plan = plans.get(s.employeeId)!;
      const res = await t.http.post(`/api/v1/performance/plans/${plan.id}/approve`).set(as(team.head)).send({ version: plan.version }).expect(200);
      expect(res.body.status).toBe('approved');
      plans.set(s.employeeId, res.body);
    }
    const after = await t.http.get(`/api/v1/performance/plans?periodId=${period.id}&awaitingMe=true`).set(as(team.head)).expect(200);
    expect(after.body.total).toBe(0);
    const trail = await audit('performance_plan', first.id);
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'update_targets', 'submit', 'approve']));
  });

  // ── reports ──────────────────────────────────────────────────────────────

  it('everyone reports progress on pace (JSON quantity, JSON percent, one multipart photo); one person falls behind', async () => {
    // the head reports on their own targets too (else their untouched targets would be behind pace)
    for (const [i, target] of headPlan.targets.entries()) {
      const res = await report(team.head, target.id)
        .send({ realisedPercent: onPace(), note: `Rekap unit ${i + 1}` })
        .expect(201);
      expect(res.body).toMatchObject({ givenAs: 'percent', realised: Math.round(target.quantity * onPace()) / 100, status: 'pending' });
      expect(res.body.target.atRisk).toBe(false);
      headReports.push({ id: res.body.id, version: res.body.version });
    }
    for (const [i, s] of team.staff.entries()) {
      const [main, monthly] = plans.get(s.employeeId)!.targets;
      if (s === behind) {
        const res = await report(s, main.id).send({ realised: behindRealised, note: 'Kendaraan operasional rusak' }).expect(201);
        expect(res.body).toMatchObject({ realised: behindRealised, givenAs: 'quantity', status: 'pending', employeeId: s.employeeId });
        expect(res.body.target).toMatchObject({ realised: behindRealised, realisedShare: behindRealised / main.quantity, expected, atRisk: true });
        reportIds.push(res.body.id);
      } else if (i === 2) {
        // from a phone: multipart with a photo as evidence
        const res = await report(s, main.id)
          .field('realised', String(onPace()))
          .field('note', 'Foto kegiatan terlampir')
          .attach('file', JPEG, { filename: 'kegiatan.jpg', contentType: 'image/jpeg' })
          .expect(201);
        expect(res.body).toMatchObject({ realised: onPace(), givenAs: 'quantity', note: 'Foto kegiatan terlampir' });
        expect(res.body.evidenceFile).toMatchObject({ fileName: 'kegiatan.jpg', contentType: 'image/jpeg', size: JPEG.length });
        expect(res.body.target.atRisk).toBe(false);
        const file = await t.http.get(`/api/v1/performance/reports/${res.body.id}/evidence`).set(as(team.head)).buffer(true).expect(200);
        expect(file.headers['content-type']).toMatch(/image\/jpeg/);
        expect(Buffer.compare(Buffer.from(file.body), JPEG)).toBe(0);
        acceptedReport = { id: res.body.id, version: res.body.version };
        reportIds.push(res.body.id);
      } else {
        const res = await report(s, main.id)
          .send({ realised: onPace(), evidenceLink: `https://drive.semarangkota.go.id/bukti/${i}` })
          .expect(201);
        expect(res.body).toMatchObject({ realised: onPace(), evidenceLink: `https://drive.semarangkota.go.id/bukti/${i}` });
        expect(res.body.target.atRisk).toBe(false);
        reportIds.push(res.body.id);
      }
      const pct = await report(s, monthly.id).send({ realisedPercent: onPace() }).expect(201);
      expect(pct.body).toMatchObject({ givenAs: 'percent', realised: (monthly.quantity * onPace()) / 100 });
      expect(pct.body.target.atRisk).toBe(false);
      reportIds.push(pct.body.id);
    }
    // staff[3] reports their monthly target again, a little further on: the leader will return this one
    const s3 = team.staff[3];
    const monthly3 = plans.get(s3.employeeId)!.targets[1];
    const again = await report(s3, monthly3.id).send({ realised: monthly3.quantity, note: 'Semua laporan selesai' }).expect(201);
    expect(again.body.target.realised).toBe(monthly3.quantity);
    returnedReport = { id: again.body.id, version: again.body.version, fallBackTo: (monthly3.quantity * onPace()) / 100, targetId: monthly3.id };
    reportIds.push(again.body.id);
    // someone else's target: 404 naming the target
    const foreign = await report(team.staff[4], plans.get(behind.employeeId)!.targets[0].id).send({ realised: 1 }).expect(404);
    expect(paths(foreign.body)).toEqual(['targetId']);
  });

  it('wrote the report and at-risk rows to performance_events', async () => {
    const staffIds = team.staff.map((s) => s.employeeId);
    const submitted = await t.ds.query(`SELECT data FROM performance_events WHERE type = 'report.submitted' AND employee_id = ANY($1::uuid[])`, [staffIds]);
    expect(submitted.map((r: { data: { reportId: string } }) => r.data.reportId).sort()).toEqual([...reportIds].sort());
    const behindTarget = plans.get(behind.employeeId)!.targets[0];
    const risk = await t.ds.query(`SELECT type, unit_path, data FROM performance_events WHERE type LIKE 'target.%' AND employee_id = ANY($1::uuid[]) ORDER BY id`, [staffIds]);
    expect(risk).toHaveLength(1);
    expect(risk[0]).toMatchObject({ type: 'target.at_risk', unit_path: team.unit.path });
    expect(risk[0].data).toMatchObject({ targetId: behindTarget.id, employeeId: behind.employeeId, employeeName: behind.name, expected, realisedShare: behindRealised / 100 });
    expect(risk[0].data.behind).toBeCloseTo(expected - behindRealised / 100, 4);
  });

  // ── monitoring and the leader's inbox ────────────────────────────────────

  it('monitoring lists the person behind pace first; the leader’s inbox shows the pending reports', async () => {
    const res = await t.http.get(`/api/v1/performance/monitoring?periodId=${period.id}&unitId=${team.unit.id}`).set(as(team.head)).expect(200);
    const m = res.body;
    const people = team.staff.length + 1;
    expect(m.totals).toMatchObject({ people, withPlan: people, approved: people, reportedThisCheckpoint: people, notReported: 0, atRiskPeople: 1, atRiskTargets: 1 });
    expect(m.people.total).toBe(people);
    const first = m.people.items[0];
    const share = (70 * (behindRealised / 100) + 30 * (onPace() / 100)) / 100;
    expect(first).toMatchObject({
      employeeId: behind.employeeId,
      name: behind.name,
      planId: plans.get(behind.employeeId)!.id,
      targets: 2,
      atRiskTargets: 1,
      reportedThisCheckpoint: true,
    });
    expect(first.realisation).toBeCloseTo(share, 3);
    expect(first.behind).toBeCloseTo(expected - share, 3);
    expect(m.people.items.slice(1).every((p: { atRiskTargets: number }) => p.atRiskTargets === 0)).toBe(true);
    const atRiskOnly = await t.http.get(`/api/v1/performance/monitoring?periodId=${period.id}&unitId=${team.unit.id}&atRiskOnly=true`).set(as(team.head)).expect(200);
    expect(atRiskOnly.body.people.items.map((p: { employeeId: string }) => p.employeeId)).toEqual([behind.employeeId]);
    // another unit's leader does not see this unit
    await t.http.get(`/api/v1/performance/monitoring?periodId=${period.id}&unitId=${team.unit.id}`).set(as(other.head)).expect(404);

    const inbox = await t.http.get(`/api/v1/performance/reports?status=pending&awaitingMe=true&periodId=${period.id}&pageSize=100`).set(as(team.head)).expect(200);
    expect(inbox.body.total).toBe(reportIds.length);
    expect(inbox.body.items.map((r: { id: string }) => r.id).sort()).toEqual([...reportIds].sort());
    // the head's own reports wait for their leader, not for themselves
    const above = await t.http.get(`/api/v1/performance/reports?status=pending&awaitingMe=true&periodId=${period.id}&pageSize=100`).set(bearer(kepalaDinkes)).expect(200);
    expect(above.body.items.filter((r: { employeeId: string }) => r.employeeId === team.head.employeeId)).toHaveLength(headPlan.targets.length);
  });

  it('the leader accepts one report and returns another with a comment (the target falls back to the previous report)', async () => {
    // nobody decides on their own report, and employees decide nothing
    const own = await t.http
      .post(`/api/v1/performance/reports/${headReports[0].id}/decision`)
      .set(as(team.head))
      .send({ decision: 'accept', version: headReports[0].version })
      .expect(403);
    expect(own.body.code).toBe('NOT_DIRECT_LEADER');
    await t.http.post(`/api/v1/performance/reports/${acceptedReport.id}/decision`).set(as(team.staff[5])).send({ decision: 'accept', version: acceptedReport.version }).expect(403);
    await t.http.post(`/api/v1/performance/reports/${acceptedReport.id}/decision`).set(as(other.head)).send({ decision: 'accept', version: acceptedReport.version }).expect(404);
    // the head's own report is decided by the leader above
    await t.http
      .post(`/api/v1/performance/reports/${headReports[0].id}/decision`)
      .set(bearer(kepalaDinkes))
      .send({ decision: 'accept', version: headReports[0].version })
      .expect(200);
    const ok = await t.http
      .post(`/api/v1/performance/reports/${acceptedReport.id}/decision`)
      .set(as(team.head))
      .send({ decision: 'accept', version: acceptedReport.version })
      .expect(200);
    expect(ok.body).toMatchObject({ status: 'accepted', decidedByName: team.head.name });
    const noComment = await t.http
      .post(`/api/v1/performance/reports/${returnedReport.id}/decision`)
      .set(as(team.head))
      .send({ decision: 'return', version: returnedReport.version })
      .expect(400);
    expect(paths(noComment.body)).toEqual(['comment']);
    const comment = 'Lampirkan rekap laporan yang ditandatangani.';
    const back = await t.http
      .post(`/api/v1/performance/reports/${returnedReport.id}/decision`)
      .set(as(team.head))
      .send({ decision: 'return', comment, version: returnedReport.version })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'returned', comment });
    expect(back.body.target).toMatchObject({ realised: returnedReport.fallBackTo, atRisk: false });
    // a decided report is not decided again
    const twice = await t.http
      .post(`/api/v1/performance/reports/${acceptedReport.id}/decision`)
      .set(as(team.head))
      .send({ decision: 'accept', version: ok.body.version })
      .expect(409);
    expect(twice.body.code).toBe('REPORT_DECIDED');
    const inbox = await t.http.get(`/api/v1/performance/reports?status=pending&awaitingMe=true&periodId=${period.id}&pageSize=100`).set(as(team.head)).expect(200);
    expect(inbox.body.total).toBe(reportIds.length - 2);

    expect((await audit('performance_report', acceptedReport.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['report', 'accept']));
    expect((await audit('performance_report', returnedReport.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['report', 'return']));
    const decided = await t.ds.query(`SELECT type, data FROM performance_events WHERE data->>'reportId' = ANY($1::text[]) AND type <> 'report.submitted' ORDER BY id`, [
      [acceptedReport.id, returnedReport.id],
    ]);
    expect(decided.map((e: { type: string; data: { reportId: string; comment: string | null } }) => [e.type, e.data.reportId, e.data.comment])).toEqual([
      ['report.accepted', acceptedReport.id, null],
      ['report.returned', returnedReport.id, comment],
    ]);
  });

  // ── coaching ─────────────────────────────────────────────────────────────

  it('the leader opens a coaching dialogue from the at-risk target', async () => {
    const target = plans.get(behind.employeeId)!.targets[0];
    const res = await t.http
      .post('/api/v1/performance/coaching')
      .set(as(team.head))
      .send({
        employeeId: behind.employeeId,
        periodId: period.id,
        targetId: target.id,
        cause: 'Kendaraan operasional rusak sehingga kunjungan tertunda',
        actions: [{ action: 'Pinjam kendaraan puskesmas induk', owner: 'Kepala', due: dayFromToday(7) }, { action: 'Jadwal ulang kunjungan' }],
        followUpOn: dayFromToday(14),
      })
      .expect(201);
    expect(res.body).toMatchObject({ employeeId: behind.employeeId, targetId: target.id, planId: plans.get(behind.employeeId)!.id, status: 'open', overdue: false });
    expect(res.body.actions).toHaveLength(2);
    coachingFromTarget = res.body;
    const m = await t.http.get(`/api/v1/performance/monitoring?periodId=${period.id}&unitId=${team.unit.id}&atRiskOnly=true`).set(as(team.head)).expect(200);
    expect(m.body.people.items[0]).toMatchObject({ employeeId: behind.employeeId, openCoaching: 1, overdueFollowUps: 0 });
    const ev = await t.ds.query(`SELECT type, data FROM performance_events WHERE type = 'coaching.opened' AND data->>'coachingId' = $1`, [coachingFromTarget.id]);
    expect(ev).toHaveLength(1);
    expect(ev[0].data).toMatchObject({ employeeId: behind.employeeId, status: 'open' });
  });

  // ── appraisal ────────────────────────────────────────────────────────────

  /** The annual ratings given (result/behaviour) per staff member: one sangat_baik, one below Baik without coaching. */
  const given = new Map<string, { result: Rating; behaviour: Rating; version?: number }>();
  const staffRatings = (s: TeamMember, i: number): { result: Rating; behaviour: Rating } =>
    s === behind
      ? { result: 'below', behaviour: 'meets' }
      : s === lowNoCoaching
        ? { result: 'meets', behaviour: 'below' }
        : i === 9
          ? { result: 'above', behaviour: 'above' }
          : { result: 'meets', behaviour: 'meets' };
  const counted = () => {
    const counts: Record<Predicate, number> = { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
    for (const g of given.values()) counts[PREDICATE_OF[`${g.result}/${g.behaviour}`]]++;
    return counts;
  };

  it('annual evaluations for everyone: the below-Baik one without coaching is refused (422 COACHING_REQUIRED) until a dialogue is recorded', async () => {
    for (const [i, s] of team.staff.entries()) {
      const r = staffRatings(s, i);
      // the behaviour rating defaults to the median of the seven: one value off the others does not move it
      const values = behaviours(r.behaviour, { kolaboratif: r.behaviour === 'above' ? 'meets' : 'above' });
      const res = await evaluation(as(team.head), plans.get(s.employeeId)!.id, {
        checkpoint: 0,
        resultRating: r.result,
        behaviours: values,
        note: `Evaluasi tahunan ${i + 1}`,
      }).expect(200);
      const predicate = PREDICATE_OF[`${r.result}/${r.behaviour}`];
      expect(res.body).toMatchObject({ checkpoint: 0, resultRating: r.result, behaviourRating: r.behaviour, predicate, status: 'draft' });
      expect(res.body.coachingRequired).toBe(['butuh_perbaikan', 'kurang', 'sangat_kurang'].includes(predicate));
      given.set(s.employeeId, { ...r, version: res.body.version });
    }
    // the below-Baik one without any coaching: refused, naming `coaching`
    const low = plans.get(lowNoCoaching.employeeId)!;
    const refused = await finalise(as(team.head), low.id, given.get(lowNoCoaching.employeeId)!.version!).expect(422);
    expect(refused.body.code).toBe('COACHING_REQUIRED');
    expect(paths(refused.body)).toEqual(['coaching']);
    // every other one is finalised (the one behind pace has the dialogue opened from their target)
    for (const s of team.staff.filter((x) => x !== lowNoCoaching)) {
      const g = given.get(s.employeeId)!;
      const res = await finalise(as(team.head), plans.get(s.employeeId)!.id, g.version!).expect(200);
      expect(res.body).toMatchObject({ status: 'final', predicate: PREDICATE_OF[`${g.result}/${g.behaviour}`] });
      g.version = res.body.version;
    }
    // the leader records a dialogue for the person (not from a target), then the finalisation goes through
    await t.http
      .post('/api/v1/performance/coaching')
      .set(as(team.head))
      .send({
        employeeId: lowNoCoaching.employeeId,
        periodId: period.id,
        cause: 'Sikap kerja sama perlu diperbaiki',
        actions: [{ action: 'Mentoring bulanan' }],
        followUpOn: dayFromToday(30),
      })
      .expect(201);
    const done = await finalise(as(team.head), low.id, given.get(lowNoCoaching.employeeId)!.version!).expect(200);
    expect(done.body).toMatchObject({ status: 'final', predicate: 'kurang' });
    given.get(lowNoCoaching.employeeId)!.version = done.body.version;
    const view = await t.http.get(`/api/v1/performance/plans/${low.id}/evaluation`).set(as(lowNoCoaching)).expect(200);
    expect(view.body.coachingCount).toBe(1);
  });

  it('the head’s annual evaluation waits for the unit rating, which the planner sets; it then follows the rating', async () => {
    const body = { checkpoint: 0, resultRating: 'above', behaviours: behaviours('meets') };
    const early = await evaluation(bearer(kepalaDinkes), headPlan.id, body).expect(422);
    expect(early.body.code).toBe('UNIT_RATING_REQUIRED');
    expect(paths(early.body)).toEqual(['resultRating']);
    // only planners set it
    await t.http.put(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`).set(as(team.head)).send({ rating: 'baik' }).expect(403);
    const rating = await t.http.put(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`).set(bearer(planner)).send({ rating: 'baik' }).expect(200);
    expect(rating.body).toMatchObject({ unitId: team.unit.id, rating: 'baik', lockedAt: null });
    // baik → meets, whatever was sent
    const res = await evaluation(bearer(kepalaDinkes), headPlan.id, body).expect(200);
    expect(res.body).toMatchObject({ resultRating: 'meets', resultFromUnitRating: true, behaviourRating: 'meets', predicate: PREDICATE_OF['meets/meets'] });
    const fin = await finalise(bearer(kepalaDinkes), headPlan.id, res.body.version).expect(200);
    expect(fin.body.status).toBe('final');
    // the unit's rating changes after the head's result was final: that result no longer follows it, so it is
    // reopened (audited) and must be finalised again — a lock cannot count a stale head predicate
    const rating2 = `/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`;
    await t.http.put(rating2).set(bearer(planner)).send({ rating: 'kurang' }).expect(200);
    const reopened = await t.http.get(`/api/v1/performance/plans/${headPlan.id}/evaluation`).set(bearer(kepalaDinkes)).expect(200);
    expect(reopened.body.unitRating).toBe('kurang');
    const annual = reopened.body.evaluations.find((e: { checkpoint: number }) => e.checkpoint === 0);
    expect(annual).toMatchObject({ status: 'draft' });
    const [reopenAudit] = await t.ds.query(
      `SELECT a.after FROM audit_events a JOIN performance_evaluations ev ON ev.id::text = a.entity_id
        WHERE a.entity = 'performance_evaluation' AND a.action = 'reopen' AND ev.plan_id = $1 AND ev.checkpoint = 0`,
      [headPlan.id],
    );
    expect(reopenAudit?.after?.reason).toContain('kurang');
    await t.http.put(rating2).set(bearer(planner)).send({ rating: 'baik' }).expect(200);
    const again = await finalise(bearer(kepalaDinkes), headPlan.id, annual.version).expect(200);
    expect(again.body).toMatchObject({ status: 'final', resultRating: 'meets', predicate: PREDICATE_OF['meets/meets'] });
    given.set(team.head.employeeId, { result: 'meets', behaviour: 'meets', version: again.body.version });
  });

  it('the lock is refused while the distribution breaks the limits (409 DISTRIBUTION_VIOLATED with the counts)', async () => {
    const counts = counted();
    const total = team.staff.length + 1;
    const allowed = Math.floor(BAIK_MAX_SHARE * total);
    expect(counts.baik).toBeGreaterThan(allowed); // the set-up breaks the rule on purpose
    const dist = await t.http.get(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/distribution`).set(as(team.head)).expect(200);
    expect(dist.body).toMatchObject({ rating: 'baik', staff: total, missing: [], locked: false, canLock: false });
    expect(dist.body.counts).toEqual(counts);
    const res = await t.http.post(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/lock`).set(bearer(planner)).send({}).expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('DISTRIBUTION_VIOLATED');
    expect(paths(res.body)).toEqual(['distribution.baik']);
    expect(res.body.errors[0].message).toContain(`at most ${allowed} of ${total}`);
    expect(res.body.errors[0].message).toContain(`${counts.baik} are`);
    expect(res.body.counts).toEqual(counts);
  });

  it('the leader corrects an evaluation, the lock succeeds, and later evaluation changes answer 409 UNIT_LOCKED', async () => {
    // one Baik becomes Sangat Baik: saving over a final evaluation reopens it, then it is finalised again
    const s = team.staff.find((x, i) => x !== behind && x !== lowNoCoaching && staffRatings(x, i).result === 'meets' && staffRatings(x, i).behaviour === 'meets')!;
    const plan = plans.get(s.employeeId)!;
    const g = given.get(s.employeeId)!;
    const reopened = await evaluation(as(team.head), plan.id, {
      checkpoint: 0,
      resultRating: 'above',
      behaviours: behaviours('above'),
      version: g.version,
      note: 'Koreksi setelah kalibrasi',
    }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'draft', predicate: PREDICATE_OF['above/above'] });
    const fin = await finalise(as(team.head), plan.id, reopened.body.version).expect(200);
    given.set(s.employeeId, { result: 'above', behaviour: 'above', version: fin.body.version });

    const counts = counted();
    const total = team.staff.length + 1;
    expect(counts.baik).toBeLessThanOrEqual(Math.floor(BAIK_MAX_SHARE * total));
    const locked = await t.http.post(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/lock`).set(bearer(planner)).send({}).expect(200);
    expect(locked.body).toMatchObject({ rating: 'baik', staff: total, violations: [], missing: [], locked: true });
    expect(locked.body.counts).toEqual(counts);
    expect(locked.body.lockedCounts).toEqual(counts);

    // no more changes: saving, finalising, the unit rating, the lock again
    const later = await evaluation(as(team.head), plan.id, { checkpoint: 0, resultRating: 'meets', behaviours: behaviours('meets'), version: fin.body.version }).expect(409);
    expect(later.body.code).toBe('UNIT_LOCKED');
    const headLater = await evaluation(bearer(kepalaDinkes), headPlan.id, {
      checkpoint: 0,
      behaviours: behaviours('above'),
      version: given.get(team.head.employeeId)!.version,
    }).expect(409);
    expect(headLater.body.code).toBe('UNIT_LOCKED');
    const rerate = await t.http.put(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/rating`).set(bearer(planner)).send({ rating: 'istimewa' }).expect(409);
    expect(rerate.body.code).toBe('UNIT_LOCKED');
    const relock = await t.http.post(`/api/v1/performance/periods/${period.id}/units/${team.unit.id}/lock`).set(bearer(planner)).send({}).expect(409);
    expect(relock.body.code).toBe('UNIT_LOCKED');
    const view = await t.http.get(`/api/v1/performance/plans/${plan.id}/evaluation`).set(as(team.head)).expect(200);
    expect(view.body).toMatchObject({ unitLocked: true, canEvaluate: false });
    expect(view.body.evaluations.find((e: { checkpoint: number }) => e.checkpoint === 0)).toMatchObject({ predicate: 'sangat_baik', status: 'final' });

    // every finalisation pushed its live event (the corrected one twice, and the head's twice: reopened by the re-rating)
    const finalised = await t.ds.query(`SELECT data FROM performance_events WHERE type = 'evaluation.finalised' AND unit_path = $1 ORDER BY id`, [team.unit.path]);
    expect(finalised).toHaveLength(total + 2);
    expect(new Set(finalised.map((e: { data: { planId: string } }) => e.data.planId)).size).toBe(total);
    expect(finalised.at(-1).data).toMatchObject({ planId: plan.id, employeeId: s.employeeId, checkpoint: 0, predicate: 'sangat_baik' });

    // the audit trail of the lock (and the refused one left nothing behind)
    const [{ id: ratingId }] = await t.ds.query('SELECT id FROM performance_unit_ratings WHERE period_id = $1 AND unit_id = $2', [period.id, team.unit.id]);
    const trail = await audit('performance_unit_rating', ratingId);
    const locks = trail.filter((a) => a.action === 'lock');
    expect(locks).toHaveLength(1);
    expect(locks[0].after).toMatchObject({ unitId: team.unit.id, rating: 'baik', total, counts });
  });

  it('the employee sees their own final result and their history, nothing of the others', async () => {
    const own = await t.http
      .get(`/api/v1/performance/plans/${plans.get(behind.employeeId)!.id}/evaluation`)
      .set(as(behind))
      .expect(200);
    expect(own.body.evaluations.find((e: { checkpoint: number }) => e.checkpoint === 0)).toMatchObject({ predicate: 'butuh_perbaikan', status: 'final' });
    await t.http
      .get(`/api/v1/performance/plans/${plans.get(lowNoCoaching.employeeId)!.id}/evaluation`)
      .set(as(behind))
      .expect(404);
    const history = await t.http.get('/api/v1/performance/reports?pageSize=100').set(as(behind)).expect(200);
    expect(history.body.items.every((r: { employeeId: string }) => r.employeeId === behind.employeeId)).toBe(true);
    expect(history.body.total).toBe(2);
    await t.http.get(`/api/v1/performance/monitoring?periodId=${period.id}`).set(as(behind)).expect(403);
  });
});
