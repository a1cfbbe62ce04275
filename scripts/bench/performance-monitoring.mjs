#!/usr/bin/env node
/**
 * `npm run bench:performance -- --only monitoring`: the monitoring board of issue 7 for the whole city.
 *   node scripts/bench/performance-monitoring.mjs [--employees N] [--runs R] [--keep]
 * Starts the built server on a fresh embedded PostgreSQL seeded with N employees (15,000). When the demo seed has not
 * made SKP plans for the period containing today (at least 90 % of the active employees), it makes them with SQL
 * (`INSERT … SELECT generate_series`): an approved plan per employee with 5 targets (weights 20, one in five with a
 * deadline mid-year), realised quantities around the expected pace (some behind), and progress reports about one per
 * target every three months plus this month for most people. Then, as planner.bkpp (city-wide), it times
 * `GET /api/v1/performance/monitoring` (page 1 of 50 people, and at-risk only), as kepala.dinkes (a subtree), the
 * board's own SQL alone (plain `pg`), and two baselines in the same rounds: `GET /api/health/ready` and the employee
 * list (`GET /api/v1/employees?pageSize=50`), plus a fixed CPU task in PostgreSQL (a count over generate_series(1, 10⁶)) as
 * a load probe: on a shared machine every figure scales with the load, the ratio to the probe much less.
 * Target: monitoring for the city < 500 ms (median).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

pg.types.setTypeParser(1082, (v) => v); // dates as yyyy-mm-dd, as the app reads them
import { DEMO_PASSWORD, ROOT, distStamp, ensureBuilt, getJson, log, login, median, quantile, secs, startServer, tableRow } from './lib.mjs';

const TARGET_MS = 500;
const PLANNER = { username: 'planner.bkpp', password: DEMO_PASSWORD };
const LEADER = { username: 'kepala.dinkes', password: DEMO_PASSWORD };
const WARMUP = 3;
const APP_POOL_SIZE = 10;
const MONITORING_JS = join(ROOT, 'server/dist/src/modules/performance/monitoring.service.js');

// ── options ──────────────────────────────────────────────────────────────
const USAGE = 'usage: node scripts/bench/performance-monitoring.mjs [--employees N] [--runs R] [--keep]';
function parseArgs(argv) {
  const o = { employees: 15000, runs: 15, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const num = () => {
      const v = Number(inline ?? argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} needs a positive number\n${USAGE}`);
      return Math.round(v);
    };
    if (flag === '--employees') o.employees = num();
    else if (flag === '--runs') o.runs = num();
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return o;
}

/** The city's calendar day (WIB), as the service's isoToday(). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const fmtMs = (v) => (v === undefined || Number.isNaN(v) ? '–' : v >= 10000 ? `${secs(v)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
const stats = (xs) => ({ median: median(xs), p90: quantile(xs, 0.9), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const fmtStats = (s) => `median ${fmtMs(s.median)}, p90 ${fmtMs(s.p90)}, min ${fmtMs(s.min)}, max ${fmtMs(s.max)}`;

// ── data ─────────────────────────────────────────────────────────────────

/**
 * The period containing today with plans for (almost) every active employee: the demo seed's when it made them,
 * else generated here with set-wise SQL. Answers the period and the row counts.
 */
async function ensureData(pool, notes) {
  const on = today();
  const [{ active }] = (await pool.query('SELECT count(*)::int AS active FROM employees WHERE active')).rows;
  let { rows: periods } = await pool.query(
    `SELECT p.*, (SELECT count(*)::int FROM performance_plans pl WHERE pl.period_id = p.id) AS plans
       FROM performance_periods p WHERE p.starts_on <= $1 AND p.ends_on >= $1 ORDER BY plans DESC LIMIT 1`,
    [on],
  );
  let generated = false;
  const t0 = performance.now();
  if (!periods.length || periods[0].plans < 0.9 * active) {
    generated = true;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (!periods.length) {
        const y = Number(on.slice(0, 4));
        const { rows } = await client.query(
          `INSERT INTO performance_periods (year, name, starts_on, ends_on, checkpoints, status) VALUES ($1, $2, $3, $4, 'monthly', 'open') RETURNING *, 0 AS plans`,
          [y, `SKP ${y} (bench)`, `${y}-01-01`, `${y}-12-31`],
        );
        periods = rows;
      }
      const p = periods[0];
      await client.query(
        `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, status, submitted_at, approved_at, approved_by_name)
         SELECT $1, e.id, e.unit_id, e.position_id, u.path, 'approved', now(), now(), 'bench'
           FROM employees e JOIN org_units u ON u.id = e.unit_id
          WHERE e.active AND NOT EXISTS (SELECT 1 FROM performance_plans x WHERE x.period_id = $1 AND x.employee_id = e.id)`,
        [p.id],
      );
      // 5 targets per plan without targets; realised = quantity × expected share today × a factor 0.55–1.24
      // (about one target in eight behind by more than 15 points)
      await client.query(
        `INSERT INTO performance_targets (plan_id, title, quantity, quantity_unit, weight, deadline, sort_order, realised, last_reported_at, at_risk)
         SELECT pl.id, 'Target ' || g, q.quantity, 'kegiatan', 20, q.deadline, g, round(q.quantity * s.expected * s.factor, 2), now() - interval '3 days', s.expected * (1 - s.factor) > 0.15
           FROM performance_plans pl
          CROSS JOIN generate_series(1, 5) g
          CROSS JOIN LATERAL (
            SELECT (12 + abs(hashtext(pl.id::text || g)) % 240)::numeric AS quantity,
                   CASE WHEN g = 5 THEN ($2::date + 181) END AS deadline
          ) q
          CROSS JOIN LATERAL (
            SELECT LEAST(1, GREATEST(0, ($4::date - $2::date + 1)::numeric / (COALESCE(q.deadline, $3::date) - $2::date + 1))) AS expected,
                   0.55 + (abs(hashtext(pl.id::text || g || 'r')) % 70) / 100.0 AS factor
          ) s
          WHERE pl.period_id = $1 AND NOT EXISTS (SELECT 1 FROM performance_targets t WHERE t.plan_id = pl.id)`,
        [p.id, p.starts_on, p.ends_on, on],
      );
      // reports: one per target every three months up to this month (cumulative), this month's for ~85 % of the people
      await client.query(
        `INSERT INTO performance_reports (target_id, plan_id, employee_id, reported_on, realised, given_as, status, created_by_name)
         SELECT t.id, t.plan_id, pl.employee_id, LEAST($3::date, ($2::date + make_interval(months => m - 1))::date + 14),
                round(t.realised * m / c.cur, 2), 'quantity', CASE WHEN m = c.cur THEN 'pending' ELSE 'accepted' END, 'bench'
           FROM performance_targets t
           JOIN performance_plans pl ON pl.id = t.plan_id
          CROSS JOIN (SELECT (extract(year FROM age($3::date, $2::date)) * 12 + extract(month FROM age($3::date, $2::date)))::int + 1 AS cur) c
          CROSS JOIN LATERAL generate_series(1, c.cur) m
          WHERE pl.period_id = $1 AND m % 3 = c.cur % 3 AND (m < c.cur OR abs(hashtext(pl.id::text)) % 100 < 85)
            AND NOT EXISTS (SELECT 1 FROM performance_reports r WHERE r.plan_id = pl.id)`,
        [p.id, p.starts_on, on],
      );
      await client.query('COMMIT');
      await client.query('ANALYZE performance_plans; ANALYZE performance_targets; ANALYZE performance_reports');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
  const p = periods[0];
  const { rows: c } = await pool.query(
    `SELECT (SELECT count(*)::int FROM performance_plans WHERE period_id = $1) AS plans,
            (SELECT count(*)::int FROM performance_targets t JOIN performance_plans pl ON pl.id = t.plan_id WHERE pl.period_id = $1) AS targets,
            (SELECT count(*)::int FROM performance_reports r JOIN performance_plans pl ON pl.id = r.plan_id WHERE pl.period_id = $1) AS reports`,
    [p.id],
  );
  const counts = { active, ...c[0], generated, setupMs: performance.now() - t0 };
  log(
    `  data (${generated ? `generated with SQL in ${secs(counts.setupMs)} s` : 'from the demo seed'}): period ${p.name} ${p.starts_on}…${p.ends_on}, ` +
      `${counts.active} active employees, ${counts.plans} plans, ${counts.targets} targets (${(counts.targets / Math.max(1, counts.plans)).toFixed(1)} per plan), ${counts.reports} reports`,
  );
  if (counts.plans < 0.9 * active) notes.push(`only ${counts.plans} plans for ${active} active employees`);
  return { period: p, counts };
}

// ── measure ──────────────────────────────────────────────────────────────

async function measure(server, runs, notes) {
  const pool = new pg.Pool({ connectionString: server.dbUrl, max: 2, application_name: 'asn-bench-monitoring' });
  pool.on('error', (e) => log(`  (pg pool: ${e.message})`));
  try {
    const { period, counts } = await ensureData(pool, notes);
    const planner = await login(server.base, PLANNER);
    const leader = await login(server.base, LEADER).catch((e) => {
      notes.push(`no leader login (${e.message.slice(0, 80)})`);
      return null;
    });
    const q = `periodId=${period.id}&pageSize=50`;
    const paths = {
      city: `/api/v1/performance/monitoring?${q}`,
      cityAtRisk: `/api/v1/performance/monitoring?${q}&atRiskOnly=true`,
      leader: `/api/v1/performance/monitoring?${q}`,
      employees: '/api/v1/employees?pageSize=50',
    };
    // the board's SQL alone, with the parameters the service passes for the city (when the build exports it)
    let sqlOnly = null;
    if (existsSync(MONITORING_JS)) {
      try {
        await import('reflect-metadata');
        const mod = await import(pathToFileURL(MONITORING_JS).href);
        // the statement the service runs for the whole city today (older builds: the general one)
        const text = mod.monitoringSql ? mod.monitoringSql(false, true) : mod.MONITORING_SQL;
        if (text && mod.checkpointOf) {
          const { rows: rule } = await pool.query(
            `SELECT value FROM reference_rules WHERE key = 'performance.monitoring' AND effective_from <= $1 AND (effective_to IS NULL OR effective_to >= $1) ORDER BY effective_from DESC LIMIT 1`,
            [today()],
          );
          const threshold = Number(rule[0]?.value?.atRiskThreshold ?? 0.15);
          const cp = mod.checkpointOf(period, today());
          const params = [period.id, today(), threshold, cp.startsOn, cp.endsOn, '%', period.starts_on, period.ends_on, false, 50, 0, null, 0];
          sqlOnly = async () => {
            const t = performance.now();
            await pool.query(text, params);
            return performance.now() - t;
          };
        }
      } catch (e) {
        notes.push(`cannot load the board's SQL from server/dist (${e.message.slice(0, 100)})`);
      }
    }
    const health = async () => {
      const t = performance.now();
      const r = await fetch(`${server.base}/api/health/ready`);
      await r.text();
      return performance.now() - t;
    };
    for (let i = 0; i < WARMUP; i++) {
      await health();
      await getJson(server.base, paths.employees, planner);
      await getJson(server.base, paths.city, planner);
      await getJson(server.base, paths.cityAtRisk, planner);
      if (leader) await getJson(server.base, paths.leader, leader);
      if (sqlOnly) await sqlOnly();
    }
    // a fixed CPU task in PostgreSQL in the same rounds: how loaded the machine is while the figures are taken
    const probe = async () => {
      const t = performance.now();
      await pool.query('SELECT count(*) FROM generate_series(1, 1000000)');
      return performance.now() - t;
    };
    const m = { health: [], employees: [], city: [], cityAtRisk: [], leader: [], sql: [], probe: [] };
    let cityBody;
    let leaderBody;
    for (let i = 0; i < runs; i++) {
      m.health.push(await health());
      m.employees.push((await getJson(server.base, paths.employees, planner)).ms);
      const c = await getJson(server.base, paths.city, planner);
      m.city.push(c.ms);
      cityBody = c.body;
      m.cityAtRisk.push((await getJson(server.base, paths.cityAtRisk, planner)).ms);
      if (leader) {
        const l = await getJson(server.base, paths.leader, leader);
        m.leader.push(l.ms);
        leaderBody = l.body;
      }
      if (sqlOnly) m.sql.push(await sqlOnly());
      m.probe.push(await probe());
    }
    // the export once (informational)
    const te = performance.now();
    const ex = await fetch(`${server.base}/api/v1/performance/monitoring/export?periodId=${period.id}`, { headers: { authorization: `Bearer ${planner}` } });
    const exBody = Buffer.from(await ex.arrayBuffer());
    const exportMs = performance.now() - te;
    if (!ex.ok) notes.push(`export: HTTP ${ex.status}`);

    const t = cityBody?.totals ?? {};
    log(
      `  city on ${cityBody?.on} (checkpoint ${cityBody?.checkpoint?.index}, ${cityBody?.checkpoint?.startsOn}…${cityBody?.checkpoint?.endsOn}, threshold ${cityBody?.threshold}): ` +
        `${t.people} people, ${t.withPlan} with a plan, ${t.approved} approved, reported ${t.reportedThisCheckpoint}, not reported ${t.notReported}, ` +
        `at risk ${t.atRiskPeople} people / ${t.atRiskTargets} targets, overdue follow-ups ${t.overdueFollowUps}; ${cityBody?.units?.length} unit rows, ` +
        `people page ${cityBody?.people?.items?.length} of ${cityBody?.people?.total}`,
    );
    const first = cityBody?.people?.items?.[0];
    if (first)
      log(
        `  first person: ${first.name} (${first.unitName}), ${first.atRiskTargets} at risk, realisation ${first.realisation} vs expected ${first.expected}, behind ${first.behind}`,
      );
    if (leaderBody) log(`  ${LEADER.username}: ${leaderBody.totals.people} people in the subtree, ${leaderBody.units.length} unit rows`);
    log(`  export (XLSX, every person): ${fmtMs(exportMs)}, ${(exBody.length / 1024).toFixed(0)} KB`);
    if (t.people !== counts.active) notes.push(`the board counts ${t.people} people, the database ${counts.active} active employees`);
    if (!t.atRiskPeople) notes.push('nobody at risk: the data has no one behind pace');
    const r = Object.fromEntries(
      Object.entries(m)
        .filter(([, v]) => v.length)
        .map(([k, v]) => [k, stats(v)]),
    );
    log(`  monitoring city HTTP      ${fmtStats(r.city)}  (${runs} runs)`);
    log(`  monitoring city at-risk   ${fmtStats(r.cityAtRisk)}`);
    if (r.leader) log(`  monitoring ${LEADER.username.padEnd(14)}${fmtStats(r.leader)}`);
    if (r.sql) log(`  board SQL alone (pg)      ${fmtStats(r.sql)}`);
    log(`  baseline health/ready     ${fmtStats(r.health)}`);
    log(`  baseline employees list   ${fmtStats(r.employees)}`);
    log(`  load probe (PostgreSQL count of generate_series(1, 10⁶)) ${fmtStats(r.probe)}: monitoring city = ${(r.city.median / r.probe.median).toFixed(1)} × probe`);
    return { ...r, exportMs, counts };
  } finally {
    await pool.end();
  }
}

// ── main ─────────────────────────────────────────────────────────────────
async function main() {
  let opt;
  try {
    opt = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const notes = [];
  const cleanup = [];
  let failed = null;
  let r;
  let startupMs;
  const runStarted = Date.now();
  const load0 = loadavg()[0];
  process.on('SIGINT', async () => {
    log('\ninterrupted: cleaning up …');
    for (const f of cleanup.reverse()) await f().catch(() => {});
    process.exit(130);
  });
  let stamp;
  try {
    ensureBuilt(['run', 'build', '-w', 'server']);
    stamp = distStamp();
    log(`server/dist built ${new Date(stamp).toISOString()}`);
    const s = await startServer('app', opt.employees, 600_000, opt, cleanup, { prefix: 'asn-bench-monitoring-', poolSize: APP_POOL_SIZE });
    startupMs = s.startupMs;
    log(`── city-wide as ${PLANNER.username}, a subtree as ${LEADER.username}`);
    r = await measure(s, opt.runs, notes);
    await s.stop();
  } catch (e) {
    failed = e;
  } finally {
    log('── stopping');
    for (const f of cleanup.reverse()) {
      try {
        await f();
      } catch (e) {
        log(`cleanup: ${e.message}`);
      }
    }
  }
  const k = (n) => n.toLocaleString('en');
  log('');
  log(`══ asn-planner performance monitoring bench (${k(opt.employees)} seeded employees, ${opt.runs} runs, total ${secs(Date.now() - runStarted)} s) ══`);
  log(`  load average (1 min) at the start ${load0.toFixed(1)}, at the end ${loadavg()[0].toFixed(1)}, on ${availableParallelism()} cores`);
  tableRow('figure', 'value', 'baseline', 'target', undefined);
  if (startupMs !== undefined) tableRow(`startup ${k(opt.employees)}, spawn → ready`, `${secs(startupMs)} s`, '', '');
  if (r) {
    const c = r.counts;
    tableRow(`data: plans / targets / reports`, `${k(c.plans)} / ${k(c.targets)} / ${k(c.reports)}`, c.generated ? 'generated' : 'demo seed', '');
    tableRow('monitoring city HTTP median', fmtMs(r.city.median), `employees ${fmtMs(r.employees.median)}`, `< ${TARGET_MS} ms`, r.city.median < TARGET_MS);
    tableRow('monitoring city HTTP p90', fmtMs(r.city.p90), `employees ${fmtMs(r.employees.p90)}`, `< ${TARGET_MS} ms`, r.city.p90 < TARGET_MS);
    tableRow('monitoring city atRiskOnly median / p90', `${fmtMs(r.cityAtRisk.median)} / ${fmtMs(r.cityAtRisk.p90)}`, `health ${fmtMs(r.health.median)}`, '(info)');
    if (r.leader) tableRow(`monitoring ${LEADER.username} median / p90`, `${fmtMs(r.leader.median)} / ${fmtMs(r.leader.p90)}`, '', '(info)');
    if (r.sql) tableRow('board SQL alone median / p90', `${fmtMs(r.sql.median)} / ${fmtMs(r.sql.p90)}`, '', '(info)');
    tableRow('export XLSX (every person), once', fmtMs(r.exportMs), '', '(info)');
    tableRow('load probe: PG count(generate_series 10⁶)', fmtMs(r.probe.median), `city ÷ probe ${(r.city.median / r.probe.median).toFixed(1)}`, '(info)');
  }
  if (stamp && distStamp() !== stamp) notes.push(`server/dist was rebuilt during the run (${new Date(distStamp()).toISOString()}): the figures may mix versions`);
  for (const n of [...new Set(notes)]) log(`  note: ${n}`);
  if (failed) {
    log(`\nFAILED: ${failed.stack ?? failed}`);
    process.exitCode = 1;
  }
}

process.on('uncaughtException', (e) => {
  console.error('uncaught:', e);
  process.exit(1);
});

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
