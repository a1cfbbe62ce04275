#!/usr/bin/env node
/**
 * `npm run bench`: startup time, employee-list throughput against a bare Fastify + pg baseline, and a 100k-row import.
 *   node scripts/bench/run.mjs [--employees N] [--duration S] [--skip-list] [--skip-import] [--import-rows N] [--profile] [--jwt-keyobject] [--keep]
 * Starts the built server on a fresh temp DATA_DIR (embedded PostgreSQL), measures, stops everything, prints a summary.
 * See scripts/bench/README.md. The modules have their own benches: `bench:needs` (needs.mjs), `bench:competency`
 * (competency.mjs), `bench:recruitment` (recruitment.mjs: SKD import, shortlist + rank at 100k and 1M, announcements).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { makeCsv } from './import-file.mjs';
import { summariseProfile } from './profile-summary.mjs';
import pg from 'pg';
import { DEMO_PASSWORD, MAIN, ROOT, ensureBuilt, freePort, json, jwtPayload, log, login, makeDataDir, secs, startChild, waitReady } from './lib.mjs';

const BARE = join(ROOT, 'scripts/bench/bare-server.mjs');
const JWT_PRELOAD = join(ROOT, 'scripts/bench/jwt-keyobject-preload.cjs');

const TARGET = { startupS: 20, ratio: 0.5, p99Ms: 50, importS: 20 };
const CONNECTIONS = 50;
const POOL_SIZE = 10;
const WARMUP_S = 3;
const OPERATOR = { username: 'operator.dinkes', password: DEMO_PASSWORD };
const ADMIN = { username: 'admin', password: DEMO_PASSWORD };

// ── options ──────────────────────────────────────────────────────────────
const USAGE = 'usage: npm run bench -- [--employees N] [--duration S] [--skip-list] [--skip-import] [--import-rows N] [--profile] [--jwt-keyobject] [--keep]';
function parseArgs(argv) {
  const o = { employees: 15000, duration: 10, skipList: false, skipImport: false, importRows: 100000, profile: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const num = () => {
      const v = Number(inline ?? argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} needs a positive number\n${USAGE}`);
      return v;
    };
    if (flag === '--employees') o.employees = Math.round(num());
    else if (flag === '--duration') o.duration = num();
    else if (flag === '--import-rows') o.importRows = Math.round(num());
    else if (flag === '--skip-import') o.skipImport = true;
    else if (flag === '--skip-list') o.skipList = true;
    else if (flag === '--profile') o.profile = true;
    else if (flag === '--jwt-keyobject') o.jwtKeyObject = true;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return o;
}

// ── helpers (the generic ones are in lib.mjs) ─────────────────────────────
function cannon(url, headers, duration, connections = CONNECTIONS) {
  return new Promise((res, rej) => {
    autocannon({ url, connections, duration, headers, timeout: 10 }, (err, r) => (err ? rej(err) : res(r)));
  });
}

function summarise(r) {
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    bad: r.non2xx + r.errors + r.timeouts,
  };
}

async function postImport(base, token, csv, dryRun) {
  const fd = new FormData();
  fd.append('file', new Blob([csv], { type: 'text/csv' }), 'bench-import.csv');
  const t = performance.now();
  const res = await fetch(`${base}/api/v1/employees/import?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: fd });
  const body = await json(res);
  return { ms: performance.now() - t, status: res.status, body };
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
  const cleanup = [];
  let failed = null;
  const runStarted = Date.now();
  const onSignal = async () => {
    log('\ninterrupted: cleaning up …');
    for (const f of cleanup.reverse()) await f().catch(() => {});
    process.exit(130);
  };
  process.on('SIGINT', onSignal);

  try {
    // 1. build
    ensureBuilt();

    // 2. startup on a fresh data dir
    const dataDir = makeDataDir('asn-bench-');
    cleanup.push(async () => {
      if (opt.keep) log(`(kept ${dataDir})`);
      else rmSync(dataDir, { recursive: true, force: true });
    });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    log(`── startup: fresh DATA_DIR ${dataDir}, SEED_EMPLOYEES=${opt.employees}`);
    const t0 = performance.now();
    const profileDir = opt.profile ? mkdtempSync(join(tmpdir(), 'asn-bench-profile-')) : null;
    const nodeArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(opt.jwtKeyObject ? ['--require', JWT_PRELOAD] : [])];
    if (opt.jwtKeyObject) log('  (what-if: jwt.verify gets a cached KeyObject, see jwt-keyobject-preload.cjs)');
    const app = startChild('app', [...nodeArgs, MAIN], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_EMPLOYEES: String(opt.employees),
      DB_POOL_SIZE: String(POOL_SIZE),
      DATABASE_URL: '',
      NODE_ENV: 'production',
      // The API only: the built client (if any) is not served, so a client build in progress cannot change the figures.
      CLIENT_DIST: join(dataDir, 'no-client'),
      JWT_SECRET: randomBytes(48).toString('base64url'),
    });
    cleanup.push(async () => {
      const s = await app.stop();
      log(`app stopped (${s.signal ?? `exit ${s.code}`}) in ${s.ms} ms`);
      results.stopMs = s.ms;
      if (profileDir) {
        const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
        for (const f of files) log(summariseProfile(join(profileDir, f), 15));
        if (files.length) log(`(profile kept in ${profileDir}: open it in Chrome DevTools › Performance)`);
        if (!files.length) log(`no CPU profile was written to ${profileDir}`);
      }
    });
    await waitReady(app, base, 300_000);
    results.startupMs = performance.now() - t0;
    const pgPort = (await app.waitFor(/Embedded PostgreSQL on port (\d+)/))[1];
    const dbUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/asn_planner`;
    for (const l of app.lines) if (/ready in|units, .* employees|Embedded PostgreSQL/.test(l)) log(`  ${l}`);
    log(`startup (spawn → /api/health/ready 200): ${secs(results.startupMs)} s`);

    const db = new pg.Client({ connectionString: dbUrl, application_name: 'asn-bench' });
    db.on('error', (e) => log(`!! bench database connection: ${e.message}`));
    await db.connect();
    cleanup.push(() => db.end());

    // 3. employee list: app vs bare
    if (!opt.skipList) {
      const token = await login(base, OPERATOR);
      const { unitId } = jwtPayload(token);
      const unit = (await db.query('SELECT id, code, path FROM org_units WHERE id = $1', [unitId])).rows[0];
      const listPath = `/api/v1/employees?pageSize=50&unitId=${unitId}`;
      const barePort = await freePort();
      const bare = startChild('bare', [BARE], { PORT: String(barePort), DATABASE_URL: dbUrl, POOL_SIZE: String(POOL_SIZE), SCOPE_PATH: unit.path });
      cleanup.push(async () => {
        await bare.stop(5000);
      });
      log(`  ${(await bare.waitFor(/bare-server listening on \d+.*/))[0]}`);
      const bareUrl = `http://127.0.0.1:${barePort}/employees?pageSize=50&unitId=${unitId}`;
      const appUrl = `${base}${listPath}`;
      const auth = { authorization: `Bearer ${token}` };

      // Same answer from both?
      const [a, b] = await Promise.all([fetch(appUrl, { headers: auth }).then(json), fetch(bareUrl).then(json)]);
      if (!a?.items) throw new Error(`app list failed: ${JSON.stringify(a).slice(0, 300)}`);
      const same = JSON.stringify(a) === JSON.stringify(b);
      log(`── employees list as ${OPERATOR.username} (unit ${unit.code}, ${a.total} active employees in the subtree), pageSize=50`);
      log(`  app and bare answers identical: ${same ? 'yes' : 'NO'}`);
      if (!same) results.notes.push('app and bare list answers differ');

      log(`  warm-up ${WARMUP_S} s each …`);
      await cannon(bareUrl, {}, WARMUP_S);
      await cannon(appUrl, auth, WARMUP_S);
      // ABBA order: each server gets one early and one late slot; the best round (by req/s) counts.
      const order = ['bare', 'app', 'app', 'bare'];
      const rounds = { bare: [], app: [] };
      for (const [i, who] of order.entries()) {
        const r = summarise(await cannon(who === 'app' ? appUrl : bareUrl, who === 'app' ? auth : {}, opt.duration));
        rounds[who].push(r);
        log(`  round ${i + 1} ${who.padEnd(4)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  (${r.ok} ok, ${r.bad} errors/non-2xx)`);
        if (r.bad) results.notes.push(`${who} round ${i + 1}: ${r.bad} errors/non-2xx`);
        if (app.exited || bare.exited) throw new Error(`${app.exited ? 'the app' : 'the bare server'} exited during the list rounds`);
      }
      const best = (rs) => rs.reduce((x, y) => (y.rps > x.rps ? y : x));
      results.app = best(rounds.app);
      results.bare = best(rounds.bare);
      results.ratio = results.app.rps / results.bare.rps;
      log('');
      log(`  server  req/s    p50 ms  p99 ms   (best of ${rounds.app.length} rounds × ${opt.duration} s, ${CONNECTIONS} connections)`);
      for (const [n, r] of [['bare', results.bare], ['app', results.app]]) log(`  ${n.padEnd(6)}  ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}`);
      log(`  app/bare req/s = ${results.ratio.toFixed(2)} (target ≥ ${TARGET.ratio}); app p99 ${results.app.p99} ms (target < ${TARGET.p99Ms} ms)`);
      // Latency of one request at a time (no queueing): what a single user sees.
      for (const who of ['bare', 'app']) {
        results[`${who}1`] = summarise(await cannon(who === 'app' ? appUrl : bareUrl, who === 'app' ? auth : {}, 5, 1));
        const r = results[`${who}1`];
        log(`  1 connection ${who.padEnd(4)} ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`);
      }
      await bare.stop(5000);
    }

    // 4. import
    if (!opt.skipImport) {
      log(`── import: ${opt.importRows.toLocaleString('en')} rows as ${ADMIN.username}`);
      const adminToken = await login(base, ADMIN);
      const units = (
        await db.query(
          `SELECT u.code, count(e.id)::int AS n FROM org_units u LEFT JOIN employees e ON e.unit_id = u.id GROUP BY u.code ORDER BY u.code`,
        )
      ).rows
        .filter((u) => u.n > 0)
        .map((u) => ({ code: u.code, weight: u.n }));
      const positionsByCode = new Map();
      for (const r of (await db.query('SELECT u.code, p.title FROM positions p JOIN org_units u ON u.id = p.unit_id')).rows) {
        if (!positionsByCode.has(r.code)) positionsByCode.set(r.code, []);
        positionsByCode.get(r.code).push(r.title);
      }
      const maxSeq = (await db.query('SELECT coalesce(max(right(nip, 3)::int), 0) AS m FROM employees')).rows[0].m;
      const seqBase = Math.max(499, maxSeq);
      if (seqBase > 900) throw new Error(`the seed already uses NIP sequence numbers up to ${maxSeq}: no room for the import`);
      const tg = performance.now();
      const { csv, nips } = makeCsv(opt.importRows, units, positionsByCode, seqBase);
      const clash = (await db.query('SELECT count(*)::int AS n FROM employees WHERE nip = ANY($1)', [nips])).rows[0].n;
      const before = (await db.query('SELECT count(*)::int AS n FROM employees')).rows[0].n;
      log(
        `  generated ${(csv.length / 1e6).toFixed(1)} MB over ${units.length} units in ${secs(performance.now() - tg)} s; ` +
          `seed's highest NIP sequence ${maxSeq}, file uses ${seqBase + 1}+; NIPs already in the database: ${clash}`,
      );
      if (clash) throw new Error(`${clash} generated NIPs already exist`);

      const dry = await postImport(base, adminToken, csv, true);
      results.dryMs = dry.ms;
      log(`  dry run: HTTP ${dry.status} in ${secs(dry.ms)} s (server durationMs ${dry.body.durationMs}); wouldCreate ${dry.body.wouldCreate}, invalidRows ${dry.body.invalidRows}`);
      if (dry.status >= 300 || dry.body.wouldCreate !== opt.importRows) {
        throw new Error(`dry run unexpected: ${JSON.stringify(dry.body).slice(0, 800)}`);
      }
      const real = await postImport(base, adminToken, csv, false);
      results.importMs = real.ms;
      const after = (await db.query('SELECT count(*)::int AS n FROM employees')).rows[0].n;
      log(
        `  import:  HTTP ${real.status} in ${secs(real.ms)} s (server durationMs ${real.body.durationMs}); created ${real.body.created}, updated ${real.body.updated}, ` +
          `employees ${before} → ${after}`,
      );
      if (real.status >= 300 || real.body.created !== opt.importRows || after - before !== opt.importRows) {
        results.notes.push(`import did not create ${opt.importRows} rows`);
        throw new Error(`import unexpected: ${JSON.stringify(real.body).slice(0, 800)}`);
      }
    }
  } catch (e) {
    failed = e;
  } finally {
    // 5. stop everything
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
  const row = (label, value, target, pass) => log(`  ${label.padEnd(34)} ${value.padStart(12)}   ${target.padEnd(12)} ${pass === undefined ? '' : pass ? 'PASS' : 'MISS'}`);
  log('');
  log(`══ asn-planner bench (${opt.employees.toLocaleString('en')} seeded employees${opt.jwtKeyObject ? ', WHAT-IF jwt KeyObject' : ''}, total ${secs(Date.now() - runStarted)} s) ══`);
  if (results.startupMs !== undefined) row('startup, spawn → ready', `${secs(results.startupMs)} s`, `< ${TARGET.startupS} s`, results.startupMs < TARGET.startupS * 1000);
  if (results.app) {
    row('list app req/s (best round)', results.app.rps.toFixed(0), '', undefined);
    row('list bare req/s (best round)', results.bare.rps.toFixed(0), '', undefined);
    row('list app/bare req/s', results.ratio.toFixed(2), `≥ ${TARGET.ratio}`, results.ratio >= TARGET.ratio);
    row('list app p50', `${results.app.p50} ms`, '', undefined);
    row('list app p99', `${results.app.p99} ms`, `< ${TARGET.p99Ms} ms`, results.app.p99 < TARGET.p99Ms);
    if (results.app1) row('list app p50 / p99, 1 connection', `${results.app1.p50} / ${results.app1.p99} ms`, '', undefined);
    if (results.bare1) row('list bare p50 / p99, 1 connection', `${results.bare1.p50} / ${results.bare1.p99} ms`, '', undefined);
    if (results.app.p99 >= TARGET.p99Ms) {
      results.notes.push(
        `with ${CONNECTIONS} connections always busy, mean latency ≈ ${CONNECTIONS} / req/s (Little's law): p99 < ${TARGET.p99Ms} ms needs well over ${Math.round((CONNECTIONS * 1000) / TARGET.p99Ms)} req/s`,
      );
    }
  }
  if (results.dryMs !== undefined) row(`import ${opt.importRows.toLocaleString('en')} rows, dry run`, `${secs(results.dryMs)} s`, '', undefined);
  if (results.importMs !== undefined) row(`import ${opt.importRows.toLocaleString('en')} rows, dryRun=false`, `${secs(results.importMs)} s`, `< ${TARGET.importS} s`, results.importMs < TARGET.importS * 1000);
  if (results.stopMs !== undefined) row('shutdown (SIGTERM → exit)', `${secs(results.stopMs)} s`, '', undefined);
  for (const n of results.notes) log(`  note: ${n}`);
  if (failed) {
    log(`\nFAILED: ${failed.stack ?? failed}`);
    process.exitCode = 1;
  }
}

process.on('uncaughtException', (e) => {
  console.error('uncaught:', e);
  process.exit(1); // the 'exit' handler stops the children
});

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
