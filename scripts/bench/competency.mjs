#!/usr/bin/env node
/**
 * `npm run bench:competency`: the Competency module's performance targets.
 *   node scripts/bench/competency.mjs [--employees N] [--runs R] [--large N | --no-large] [--keep]
 * - the city-wide gap heatmap, against its own SQL run by plain `pg` on the app's database;
 * - JP compliance of the city (training hours) and the city's gaps summary;
 * - the same over a 200,000-employee city on a second server.
 * Each server runs on a fresh temp DATA_DIR (embedded PostgreSQL, demo seed) and is stopped at the end. See scripts/bench/README.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { DEMO_PASSWORD, distStamp, ensureBuilt, getJson, log, login, median, quantile, secs, startServer, tableRow } from './lib.mjs';

const TARGET = { heatmapMs: 500, hoursMs: 300, largeMs: 5000 };
const PLANNER = { username: 'planner.bkpp', password: DEMO_PASSWORD };
const WARMUP = 3;
const APP_POOL_SIZE = 10;
const YEAR = 2026;
const HEATMAP_PATH = '/api/v1/competency/heatmap';
const HOURS_PATH = `/api/v1/training/hours?year=${YEAR}&pageSize=20`;
const GAPS_PATH = '/api/v1/competency/gaps?pageSize=20';

// ── options ──────────────────────────────────────────────────────────────
const USAGE = 'usage: npm run bench:competency -- [--employees N] [--runs R] [--large N | --no-large] [--keep]';
function parseArgs(argv) {
  const o = { employees: 15000, runs: 15, large: 200000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const num = () => {
      const v = Number(inline ?? argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} needs a positive number\n${USAGE}`);
      return Math.round(v);
    };
    if (flag === '--employees') o.employees = num();
    else if (flag === '--runs') o.runs = num();
    else if (flag === '--large') o.large = num();
    else if (flag === '--no-large') o.large = 0;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return o;
}

// ── the heatmap's SQL ────────────────────────────────────────────────────
/**
 * The queries of `CompetencyService.heatmap` (server/src/modules/competency/competency.service.ts, with
 * `latestLevelsFor({ pathParam: '$3' })` of the same file), copied as text so the baseline depends on nothing in the app: the cells (units directly below the
 * root × competencies), then the unit names, the competencies and the head counts in parallel, as the service runs them.
 * Parameters as the service passes them city-wide without a type filter: $1 = today (WIB date), $2 = the root's path,
 * $3 = the root's path + '%'. Keep in step with the service when it changes.
 */
const LATEST_LEVELS = `SELECT DISTINCT ON (a.employee_id, i.competency_id) a.employee_id, i.competency_id, i.level, a.assessed_on
  FROM competency_assessments a JOIN competency_assessment_items i ON i.assessment_id = a.id JOIN employees le ON le.id = a.employee_id JOIN org_units lu ON lu.id = le.unit_id
  WHERE a.assessed_on <= $1::date AND (a.valid_until IS NULL OR a.valid_until >= $1::date) AND lu.path LIKE $3
  ORDER BY a.employee_id, i.competency_id, a.assessed_on DESC, a.created_at DESC`;
const HEATMAP_CELLS = `WITH staff AS MATERIALIZED (
         SELECT e.id, e.position_id, split_part(substr(u.path, length($2) + 1), '/', 1) AS child
         FROM employees e JOIN org_units u ON u.id = e.unit_id
         WHERE e.active AND u.path LIKE $3 AND u.path <> $2),
       people AS (
         SELECT st.child, s.competency_id, count(*)::int AS people
         FROM staff st JOIN competency_standards s ON s.position_id = st.position_id JOIN competencies c ON c.id = s.competency_id
         GROUP BY 1, 2),
       latest AS (${LATEST_LEVELS}),
       assessed AS (
         SELECT st.child, l.competency_id, count(*)::int AS assessed, count(*) FILTER (WHERE l.level < s.required_level)::int AS below
         FROM latest l JOIN staff st ON st.id = l.employee_id JOIN competency_standards s ON s.position_id = st.position_id AND s.competency_id = l.competency_id
         GROUP BY 1, 2)
       SELECT p.child AS unit_id, p.competency_id, p.people, coalesce(a.assessed, 0)::int AS assessed, coalesce(a.below, 0)::int AS below
       FROM people p LEFT JOIN assessed a ON a.child = p.child AND a.competency_id = p.competency_id`;
const HEATMAP_UNITS = 'SELECT id, name FROM org_units WHERE id = ANY($1::uuid[]) ORDER BY name';
const HEATMAP_COMPETENCIES = `SELECT id, code, name FROM competencies WHERE id = ANY($1::uuid[]) ORDER BY array_position(ARRAY['managerial','socio_cultural','technical'], type::text), code`;
const HEATMAP_HEADS = `SELECT split_part(substr(u.path, length($1) + 1), '/', 1) AS child, count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id
         WHERE e.active AND u.path LIKE $2 AND u.path <> $1 GROUP BY 1`;
/** The city's calendar day (WIB), as the service's `today()` (isoToday of server/src/modules/reference/calc/dates.ts). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The heatmap's queries over the pool: wall ms of the whole, of the cells query alone, and the cell count. */
async function runHeatmapSql(pool, rootPath) {
  const t = performance.now();
  const { rows: cells } = await pool.query(HEATMAP_CELLS, [today(), rootPath, `${rootPath}%`]);
  const cellsMs = performance.now() - t;
  const unitIds = [...new Set(cells.map((c) => c.unit_id))];
  const compIds = [...new Set(cells.map((c) => c.competency_id))];
  await Promise.all([pool.query(HEATMAP_UNITS, [unitIds]), pool.query(HEATMAP_COMPETENCIES, [compIds]), pool.query(HEATMAP_HEADS, [rootPath, `${rootPath}%`])]);
  return { ms: performance.now() - t, cellsMs, cells };
}

const fmtMs = (v) => (v === undefined || Number.isNaN(v) ? '–' : v >= 10000 ? `${secs(v)} s` : `${Math.round(v)} ms`);
const stats = (xs) => ({ median: median(xs), p90: quantile(xs, 0.9), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const fmtStats = (s) => `median ${fmtMs(s.median)}, p90 ${fmtMs(s.p90)}, min ${fmtMs(s.min)}, max ${fmtMs(s.max)}`;
const pct = (x) => `${(100 * x).toFixed(1)} %`;

/**
 * 3 warm-ups, then `runs` rounds of: heatmap (app), heatmap SQL (pg), hours, gaps, one after the other, so every
 * figure sees the same machine. `notes` collects anything suspicious in the answers.
 */
async function measure(server, runs, notes) {
  const token = await login(server.base, PLANNER);
  const pool = new pg.Pool({ connectionString: server.dbUrl, max: 3, application_name: 'asn-bench-competency' });
  // A connection still closing when the server stops gets "terminating connection due to administrator command":
  // harmless here, but without a listener the pool would throw it as an uncaught error.
  pool.on('error', (e) => log(`  (pg pool: ${e.message})`));
  try {
    const { rows: roots } = await pool.query('SELECT path FROM org_units WHERE parent_id IS NULL ORDER BY path LIMIT 1');
    const rootPath = roots[0]?.path ?? '/';
    for (let i = 0; i < WARMUP; i++) {
      await getJson(server.base, HEATMAP_PATH, token);
      await runHeatmapSql(pool, rootPath);
      await getJson(server.base, HOURS_PATH, token);
      await getJson(server.base, GAPS_PATH, token);
    }
    const heat = [];
    const heatCompute = [];
    const sql = [];
    const sqlCells = [];
    const hours = [];
    const gaps = [];
    let heatBody;
    let sqlCellRows;
    let hoursBody;
    let gapsBody;
    for (let i = 0; i < runs; i++) {
      const h = await getJson(server.base, HEATMAP_PATH, token);
      heat.push(h.ms);
      heatCompute.push(h.body.computeMs);
      heatBody = h.body;
      if (typeof h.body.computeMs !== 'number') notes.push(`${server.name}: heatmap answer has no computeMs`);
      else if (h.body.computeMs > h.ms + 1) notes.push(`${server.name}: heatmap computeMs ${h.body.computeMs} above the wall time ${Math.round(h.ms)}`);
      const s = await runHeatmapSql(pool, rootPath);
      sql.push(s.ms);
      sqlCells.push(s.cellsMs);
      sqlCellRows = s.cells;
      const r = await getJson(server.base, HOURS_PATH, token);
      hours.push(r.ms);
      hoursBody = r.body;
      const g = await getJson(server.base, GAPS_PATH, token);
      gaps.push(g.ms);
      gapsBody = g.body;
    }
    // the answers against the data
    const { rows: counts } = await pool.query(
      `SELECT (SELECT count(*)::int FROM employees WHERE active) AS active, (SELECT count(*)::int FROM competency_assessments) AS assessments,
              (SELECT count(*)::int FROM development_activities WHERE year = $1) AS ledger, (SELECT count(*)::int FROM training_sessions) AS sessions,
              (SELECT count(*)::int FROM training_enrolments) AS enrolments`,
      [YEAR],
    );
    const c = counts[0];
    const cells = heatBody?.cells ?? [];
    log(`  data: ${c.active} active employees, ${c.assessments} assessments, ${c.sessions} training sessions, ${c.enrolments} enrolments, ${c.ledger} JP ledger lines in ${YEAR}`);
    log(`  heatmap: ${heatBody?.units?.length ?? 0} units × ${heatBody?.competencies?.length ?? 0} competencies, ${cells.length} cells (SQL ${sqlCellRows?.length} rows)`);
    if (cells.length !== sqlCellRows?.length) notes.push(`${server.name}: heatmap ${cells.length} cells ≠ ${sqlCellRows?.length} rows of its SQL`);
    if (!cells.length) notes.push(`${server.name}: heatmap has no cells`);
    const heads = (heatBody?.units ?? []).reduce((sum, u) => sum + (u.employees ?? 0), 0);
    if (heads !== c.active) notes.push(`${server.name}: heatmap units hold ${heads} employees ≠ ${c.active} active`);
    const hs = hoursBody?.summary ?? {};
    if (hoursBody)
      log(
        `  hours ${YEAR} (asOf ${hoursBody.asOf}, day ${hoursBody.daysElapsed}/${hoursBody.daysInYear}, owed ${hoursBody.owed} JP): ${hs.employees} employees, ` +
          `met ${hs.meeting} (${pct(hs.meetingShare)}), behind ${hs.behind} (${pct(hs.behind / hs.employees)}), on pace ${pct((hs.employees - hs.meeting - hs.behind) / hs.employees)}, mean ${hs.meanJp} JP`,
      );
    if (hs.employees !== c.active) notes.push(`${server.name}: hours summary ${hs.employees} employees ≠ ${c.active} active`);
    if (!c.ledger) notes.push(`${server.name}: no JP ledger lines in ${YEAR} (training seed missing?)`);
    const gs = gapsBody?.summary ?? {};
    if (gapsBody)
      log(
        `  gaps: ${gs.employees} employees: optimal ${gs.optimal}, cukup ${gs.cukupOptimal}, kurang ${gs.kurangOptimal}, not assessed ${gs.notAssessed}, mean JPM ${gs.meanJpm} %`,
      );
    if (gs.employees !== c.active) notes.push(`${server.name}: gaps summary ${gs.employees} employees ≠ ${c.active} active`);
    const r = { heat: stats(heat), heatCompute: stats(heatCompute), sql: stats(sql), sqlCells: stats(sqlCells), hours: stats(hours), gaps: stats(gaps) };
    log(`  heatmap HTTP wall   ${fmtStats(r.heat)}  (${runs} runs)`);
    log(`  heatmap computeMs   ${fmtStats(r.heatCompute)}`);
    log(`  heatmap SQL only    ${fmtStats(r.sql)}  (cells query ${fmtStats(r.sqlCells)})`);
    log(`  hours HTTP wall     ${fmtStats(r.hours)}`);
    log(`  gaps HTTP wall      ${fmtStats(r.gaps)}`);
    return r;
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
  const results = { notes: [] };
  const notes = results.notes;
  const cleanup = [];
  let failed = null;
  const runStarted = Date.now();
  process.on('SIGINT', async () => {
    log('\ninterrupted: cleaning up …');
    for (const f of cleanup.reverse()) await f().catch(() => {});
    process.exit(130);
  });
  const serverOpts = (name) => ({ prefix: `asn-bench-competency-${name}-`, poolSize: APP_POOL_SIZE });

  try {
    ensureBuilt(['run', 'build', '-w', 'server']);
    results.load0 = loadavg()[0];
    results.distStamp = distStamp();
    log(`server/dist built ${new Date(results.distStamp).toISOString()}`);

    const s1 = await startServer('app', opt.employees, 300_000, opt, cleanup, serverOpts('app'));
    results.startupMs = s1.startupMs;
    log(`── city-wide as ${PLANNER.username}: ${HEATMAP_PATH}, ${HOURS_PATH}, ${GAPS_PATH}`);
    results.demo = await measure(s1, opt.runs, notes);
    await s1.stop();
    results.stopMs = s1.stopMs;

    if (opt.large) {
      const s2 = await startServer('large', opt.large, 1_800_000, opt, cleanup, serverOpts('large'));
      results.largeStartupMs = s2.startupMs;
      log(`── city-wide over ${opt.large.toLocaleString('en')} employees`);
      results.large = await measure(s2, opt.runs, notes);
      await s2.stop();
      results.largeStopMs = s2.stopMs;
    }
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

  // summary
  const k = (n) => n.toLocaleString('en');
  log('');
  log(
    `══ asn-planner competency bench (${k(opt.employees)} seeded employees, ${opt.runs} runs${opt.large ? `, large ${k(opt.large)}` : ''}, total ${secs(Date.now() - runStarted)} s) ══`,
  );
  log(`  load average (1 min) at the start ${results.load0?.toFixed(1) ?? '–'}, at the end ${loadavg()[0].toFixed(1)}, on ${availableParallelism()} cores`);
  tableRow('figure', 'value', 'baseline', 'target', undefined);
  const rows = (label, r, heatTarget, hoursTarget) => {
    tableRow(`${label} heatmap HTTP median`, fmtMs(r.heat.median), `SQL ${fmtMs(r.sql.median)}`, `< ${fmtMs(heatTarget)}`, r.heat.median < heatTarget);
    tableRow(`${label} heatmap HTTP p90`, fmtMs(r.heat.p90), `SQL ${fmtMs(r.sql.p90)}`, '');
    tableRow(`${label} heatmap computeMs median`, fmtMs(r.heatCompute.median), `cells ${fmtMs(r.sqlCells.median)}`, '');
    tableRow(`${label} hours ${YEAR} HTTP median`, fmtMs(r.hours.median), '', `< ${fmtMs(hoursTarget)}`, r.hours.median < hoursTarget);
    tableRow(`${label} hours ${YEAR} HTTP p90`, fmtMs(r.hours.p90), '', '');
    tableRow(`${label} gaps summary HTTP median / p90`, `${fmtMs(r.gaps.median)} / ${fmtMs(r.gaps.p90)}`, '', '(info)');
  };
  if (results.startupMs !== undefined) tableRow(`startup ${k(opt.employees)}, spawn → ready`, `${secs(results.startupMs)} s`, '', '');
  if (results.demo) rows(k(opt.employees), results.demo, TARGET.heatmapMs, TARGET.hoursMs);
  if (results.stopMs !== undefined) tableRow(`shutdown ${k(opt.employees)}`, `${secs(results.stopMs)} s`, '', '');
  if (results.largeStartupMs !== undefined) tableRow(`startup ${k(opt.large)}, spawn → ready`, `${secs(results.largeStartupMs)} s`, '', '');
  if (results.large) rows(k(opt.large), results.large, TARGET.largeMs, TARGET.largeMs);
  if (results.largeStopMs !== undefined) tableRow(`shutdown ${k(opt.large)}`, `${secs(results.largeStopMs)} s`, '', '');
  if (results.distStamp && distStamp() !== results.distStamp)
    notes.push(`server/dist was rebuilt during the run (${new Date(distStamp()).toISOString()}): the figures may mix versions`);
  for (const n of [...new Set(notes)]) log(`  note: ${n}`);
  if (failed) {
    log(`\nFAILED: ${failed.stack ?? failed}`);
    process.exitCode = 1;
  }
}

process.on('uncaughtException', (e) => {
  console.error('uncaught:', e);
  process.exit(1); // the 'exit' handler in lib.mjs stops the children
});

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
