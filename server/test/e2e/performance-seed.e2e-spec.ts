/**
 * The demo's performance data (seed/performance-seed.ts) as the test database holds it (600 employees): plans for
 * everyone, weights, cascading along the direct-leader rule, targets consistent with their reports, the kepala.poncol
 * login, the 2025 appraisal and the IKM responses. Other test files add employees and reports of their own, so the
 * checks keep to the seeded rows (created in the seed's transaction, reported before it).
 */
import { checkDistribution, type DistributionLimits, type UnitRating } from '../../src/modules/performance/calc/distribution.js';
import { pace } from '../../src/modules/performance/calc/pace.js';
import { NEEDS_COACHING, type Predicate } from '../../src/modules/performance/calc/predicate.js';
import { directLeaderOf } from '../../src/modules/performance/performance.repo.js';
import { isoToday } from '../../src/modules/reference/calc/dates.js';
import { RULE_SEEDS } from '../../src/modules/reference/rules.seed.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

describe('Performance demo data (seed)', () => {
  let t: TestApp;
  let seededAt: string; // full precision (microseconds), as text
  let period2026: string;
  let period2025: string;

  beforeAll(async () => {
    t = await createTestApp();
    [{ created_at: seededAt }] = await t.ds.query(`SELECT created_at::text AS created_at FROM org_units WHERE code = 'PEMKOT'`);
    [{ id: period2026 }] = await t.ds.query(`SELECT id FROM performance_periods WHERE year = 2026 AND name = 'SKP Tahun 2026' ORDER BY created_at LIMIT 1`);
    [{ id: period2025 }] = await t.ds.query(`SELECT id FROM performance_periods WHERE year = 2025 AND name = 'SKP Tahun 2025' ORDER BY created_at LIMIT 1`);
  });
  afterAll(() => t.close());

  it('should give every seeded active employee an approved 2026 plan with 3–6 targets whose weights add up to 100', async () => {
    const rows: { id: string; status: string | null; targets: number; weight: string | null }[] = await t.ds.query(
      `SELECT e.id, p.status, (SELECT count(*)::int FROM performance_targets x WHERE x.plan_id = p.id) AS targets,
              (SELECT sum(weight)::text FROM performance_targets x WHERE x.plan_id = p.id) AS weight
         FROM employees e LEFT JOIN performance_plans p ON p.employee_id = e.id AND p.period_id = $1
        WHERE e.active AND e.created_at = $2`,
      [period2026, seededAt],
    );
    expect(rows.length).toBeGreaterThanOrEqual(590);
    const bad = rows.filter((r) => r.status !== 'approved' || r.targets < 3 || r.targets > 6 || r.weight !== '100.00');
    expect(bad).toEqual([]);
  });

  it('should cascade every target from a target of the direct leader’s plan (the directLeaderOf rule)', async () => {
    const plans: { employee_id: string; leader_employee_id: string | null; expected: string | null }[] = await t.ds.query(
      `SELECT p.employee_id, p.leader_employee_id,
              (SELECT h.id FROM org_units hu
                 JOIN positions hp ON hp.unit_id = hu.id AND hp.is_head
                 JOIN employees h ON h.position_id = hp.id AND h.id <> p.employee_id AND h.created_at = $2
                WHERE u.path LIKE hu.path || '%'
                ORDER BY hu.depth DESC, h.appointment_date NULLS LAST, h.id LIMIT 1) AS expected
         FROM performance_plans p JOIN org_units u ON u.id = p.unit_id
        WHERE p.period_id = $1 AND p.created_at < $2`,
      [period2026, seededAt],
    );
    expect(plans.length).toBeGreaterThanOrEqual(590);
    expect(plans.filter((p) => p.leader_employee_id !== p.expected)).toEqual([]);
    expect(plans.filter((p) => p.leader_employee_id).length).toBeGreaterThan(plans.length * 0.5);

    const broken = await t.ds.query(
      `SELECT t.id, t.parent_target_id, p.leader_employee_id, pp.employee_id AS parent_owner, pp.period_id AS parent_period
         FROM performance_targets t JOIN performance_plans p ON p.id = t.plan_id
         LEFT JOIN performance_targets pt ON pt.id = t.parent_target_id
         LEFT JOIN performance_plans pp ON pp.id = pt.plan_id
        WHERE p.period_id = $1 AND p.created_at < $2
          AND (CASE WHEN p.leader_employee_id IS NULL THEN t.parent_target_id IS NOT NULL
                    ELSE pp.employee_id IS DISTINCT FROM p.leader_employee_id OR pp.period_id <> p.period_id END)`,
      [period2026, seededAt],
    );
    expect(broken).toEqual([]);
  });

  it('should keep each target’s realised, last report and at-risk flag in line with its reports', async () => {
    const rows: {
      id: string;
      quantity: string;
      realised: string;
      at_risk: boolean;
      end_on: string;
      latest: string | null;
      reports: number;
      last_at: Date | null;
      last_reported_at: Date | null;
    }[] = await t.ds.query(
      `SELECT t.id, t.quantity, t.realised, t.at_risk, t.last_reported_at,
                to_char(COALESCE(t.deadline, CASE WHEN t.months IS NOT NULL THEN (pe.starts_on + make_interval(months => t.months) - interval '1 day')::date END, pe.ends_on), 'YYYY-MM-DD') AS end_on,
                (SELECT r.realised FROM performance_reports r WHERE r.target_id = t.id AND r.status <> 'returned' ORDER BY r.created_at DESC, r.reported_on DESC LIMIT 1) AS latest,
                (SELECT count(*)::int FROM performance_reports r WHERE r.target_id = t.id) AS reports,
                (SELECT max(r.created_at) FROM performance_reports r WHERE r.target_id = t.id) AS last_at
           FROM performance_targets t JOIN performance_plans p ON p.id = t.plan_id JOIN performance_periods pe ON pe.id = p.period_id
          WHERE p.period_id = $1 AND p.created_at < $2
            AND NOT EXISTS (SELECT 1 FROM performance_reports r WHERE r.target_id = t.id AND r.created_at >= $2)`,
      [period2026, seededAt],
    );
    expect(rows.length).toBeGreaterThan(1500);
    expect(rows.filter((r) => Number(r.realised) !== Number(r.latest ?? 0))).toEqual([]);
    expect(rows.filter((r) => (r.last_at?.getTime() ?? null) !== (r.last_reported_at?.getTime() ?? null))).toEqual([]);
    const today = isoToday();
    if (today >= '2026-01-01') {
      const wrong = rows.filter(
        (r) => pace({ start: '2026-01-01', end: r.end_on, on: today, target: Number(r.quantity), realised: Number(r.realised) }, 0.15).atRisk !== r.at_risk,
      );
      expect(wrong).toEqual([]);
      const reported = rows.filter((r) => r.reports > 0).length;
      expect(reported).toBeGreaterThan(rows.length * 0.8);
    }
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM performance_reports WHERE plan_id IN (SELECT id FROM performance_plans WHERE period_id = $1)`, [period2026]);
    expect(n).toBeLessThan(rows.length * 8);
  });

  it('should let kepala.poncol sign in as the direct leader of pegawai.dinkes, whose approved plan has reports awaiting them', async () => {
    const me = await t.http
      .get('/api/v1/auth/me')
      .set(bearer(await t.token('kepala.poncol')))
      .expect(200);
    expect(me.body).toMatchObject({ role: 'leader', username: 'kepala.poncol' });
    expect(me.body.employeeId).toEqual(expect.any(String));
    const [unit] = await t.ds.query(`SELECT code FROM org_units WHERE id = $1`, [me.body.unitId]);
    expect(unit.code).toBe('PKM-PONCOL');
    const worker = await t.http
      .get('/api/v1/auth/me')
      .set(bearer(await t.token('pegawai.dinkes')))
      .expect(200);
    const leader = await directLeaderOf(t.ds, worker.body.employeeId);
    expect(leader?.employeeId).toBe(me.body.employeeId);
    const [plan] = await t.ds.query(`SELECT id, status, leader_employee_id FROM performance_plans WHERE period_id = $1 AND employee_id = $2`, [period2026, worker.body.employeeId]);
    expect(plan).toMatchObject({ status: 'approved', leader_employee_id: me.body.employeeId });
    if (isoToday() >= '2026-01-15') {
      const [{ total, pending }] = await t.ds.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending FROM performance_reports WHERE plan_id = $1 AND created_at < $2`,
        [plan.id, seededAt],
      );
      expect(total).toBeGreaterThan(0);
      expect(pending).toBeGreaterThan(0);
    }
  });

  it('should close 2025 with final annual evaluations, coaching for every predicate below Baik and a locked unit within the limits', async () => {
    const [period] = await t.ds.query(`SELECT status FROM performance_periods WHERE id = $1`, [period2025]);
    expect(period.status).toBe('closed');
    const evals: { employee_id: string; predicate: Predicate; coached: boolean }[] = await t.ds.query(
      `SELECT p.employee_id, e.predicate,
              EXISTS (SELECT 1 FROM performance_coaching c WHERE c.employee_id = p.employee_id AND c.period_id = p.period_id) AS coached
         FROM performance_evaluations e JOIN performance_plans p ON p.id = e.plan_id
        WHERE p.period_id = $1 AND e.checkpoint = 0 AND e.status = 'final'`,
      [period2025],
    );
    expect(evals.length).toBeGreaterThan(3);
    expect(evals.some((e) => NEEDS_COACHING.includes(e.predicate))).toBe(true);
    expect(evals.filter((e) => NEEDS_COACHING.includes(e.predicate) && !e.coached)).toEqual([]);

    const locked: { unit_id: string; rating: UnitRating; distribution: Record<Predicate, number> }[] = await t.ds.query(
      `SELECT unit_id, rating, distribution FROM performance_unit_ratings WHERE period_id = $1 AND locked_at IS NOT NULL`,
      [period2025],
    );
    expect(locked).toHaveLength(1);
    const limits = RULE_SEEDS.find((r) => r.key === 'performance.distribution_limits')!.value as DistributionLimits;
    const counts: { predicate: Predicate; n: number }[] = await t.ds.query(
      `SELECT e.predicate, count(*)::int AS n FROM performance_evaluations e JOIN performance_plans p ON p.id = e.plan_id
        WHERE p.period_id = $1 AND p.unit_id = $2 AND e.checkpoint = 0 AND e.status = 'final' GROUP BY 1`,
      [period2025, locked[0].unit_id],
    );
    const actual = Object.fromEntries(counts.map((c) => [c.predicate, c.n]));
    expect(checkDistribution(locked[0].rating, actual, limits).ok).toBe(true);
    expect(Object.fromEntries(Object.entries(locked[0].distribution).filter(([, v]) => v > 0))).toEqual(actual);
  });

  it('should hold IKM services for the puskesmas, kecamatan and kelurahan and responses of nine answers each', async () => {
    const [cover] = await t.ds.query(
      `SELECT (SELECT count(*)::int FROM org_units u WHERE u.kind IN ('puskesmas', 'kecamatan', 'kelurahan') AND u.created_at = $1
                  AND NOT EXISTS (SELECT 1 FROM ikm_services s WHERE s.unit_id = u.id)) AS uncovered,
              (SELECT count(*)::int FROM ikm_services WHERE code = 'PKM-PONCOL-UMUM') AS poncol`,
      [seededAt],
    );
    expect(cover).toEqual({ uncovered: 0, poncol: 1 });
    const [r] = await t.ds.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE array_length(answers, 1) <> 9)::int AS not_nine,
              count(*) FILTER (WHERE (SELECT count(a) FROM unnest(answers) a) < 5
                                  OR EXISTS (SELECT 1 FROM unnest(answers) a WHERE a NOT BETWEEN 1 AND 4))::int AS invalid,
              count(*) FILTER (WHERE comment IS NOT NULL)::int AS comments,
              count(*) FILTER (WHERE comment_status = 'published')::int AS published,
              count(*) FILTER (WHERE comment_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE ip_hash !~ '^[0-9a-f]{64}$' OR fingerprint !~ '^[0-9a-f]{64}$')::int AS bad_hashes
         FROM ikm_responses WHERE submitted_at < $1`,
      [seededAt],
    );
    expect(r.n).toBeGreaterThan(2_000);
    expect(r).toMatchObject({ not_nine: 0, invalid: 0, bad_hashes: 0 });
    expect(r.comments).toBeGreaterThan(r.n * 0.05);
    expect(r.published).toBeGreaterThan(0);
    expect(r.pending).toBeGreaterThan(0);
  });
});
