#!/usr/bin/env node
/**
 * Public feedback throughput (issue 7): at least 500 stored submissions a second over HTTP, none lost.
 *   node scripts/bench/performance-feedback.mjs [--employees N] [--requests N] [--duration S] [--connections C] [--addresses N] [--keep]
 * One server on a fresh temp DATA_DIR (embedded PostgreSQL, demo seed), stopped at the end:
 * - a bench service desk is created through the API (`POST /performance/ikm/services` as admin), and the flood limits
 *   of the rule `ikm.flood_protection` are raised through the API (`PATCH /reference-rules/{id}`, which clears the
 *   rule cache) so that one address may send the whole run — the checks still run on every submission;
 * - `POST /public/feedback` under autocannon: `--requests` (10,000) over `--connections` (50), every request with its own device id
 *   (and answers from a seeded PRNG), from `--addresses` client addresses (default 50, sent as X-Forwarded-For as a
 *   reverse proxy in front of the API would: citizens on their phones and a few offices). `--addresses 1` is the worst
 *   case for the per-address count: every submission then counts all the earlier ones of the hour from that address
 *   (bounded by the limit, 600 by default, but the bench raises it), so its cost grows with the run;
 * - the 201s are counted back in the database (rows of the bench service): none may be lost, none may be extra;
 * - baseline: `GET /api/health/live` for `--duration` seconds at the same connections, in the same run, same process.
 * Prints stored submissions a second, latencies, the count check and the baseline.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { summariseProfile } from './profile-summary.mjs';
import { DEMO_PASSWORD, distStamp, ensureBuilt, json, log, login, secs, startServer, tableRow } from './lib.mjs';

const TARGET = { storedPerSecond: 500 };

/** Preloaded into the API with --profile: the first SIGUSR2 starts the V8 CPU profiler, the second writes PROFILE_OUT. */
const PROFILER_PRELOAD = `
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
  } else {
    session.post('Profiler.stop', (err, res) => {
      if (!err) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(res.profile));
    });
  }
});
`;
const WARMUP_REQUESTS = 1000;

const USAGE = 'usage: node scripts/bench/performance-feedback.mjs [--employees N] [--requests N] [--duration S] [--connections C] [--addresses N] [--profile] [--keep]';
function parseArgs(argv) {
  const o = { employees: 1000, requests: 10_000, duration: 10, connections: 50, addresses: 50, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const num = () => {
      const v = Number(inline ?? argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} needs a positive number\n${USAGE}`);
      return Math.round(v);
    };
    if (flag === '--employees') o.employees = num();
    else if (flag === '--requests') o.requests = num();
    else if (flag === '--duration') o.duration = num();
    else if (flag === '--connections') o.connections = num();
    else if (flag === '--addresses') o.addresses = num();
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--profile') o.profile = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else log(`(ignoring ${argv[i]}: not an option of this bench)`);
  }
  return o;
}

/** mulberry32: the same answers on every run. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function call(base, method, path, token, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const b = await json(res);
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(b).slice(0, 400)}`);
  return b;
}

/** CPU time (user + system, ms) of a process, from /proc (Linux; clock ticks of 10 ms). */
function cpuOf(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}
/** CPU ms of the API process and of the embedded PostgreSQL (the postmaster and its backends): load-independent cost. */
function cpuNow(server) {
  const app = cpuOf(server.app.child.pid);
  const pidFile = join(server.dataDir, 'pg', 'postmaster.pid');
  let db = 0;
  if (existsSync(pidFile)) {
    const pm = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    db = cpuOf(pm);
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        if (ppid === pm) db += cpuOf(d);
      } catch {
        /* gone */
      }
    }
  }
  return { app, db };
}

const run = (opts) => new Promise((res, rej) => autocannon({ timeout: 10, ...opts }, (err, r) => (err ? rej(err) : res(r))));
const summarise = (r) => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  total: r.requests.total,
  ok: r['2xx'],
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
  duration: r.duration,
});

/**
 * POST /public/feedback with a new device id (and, with several addresses, X-Forwarded-For) on every request: exactly
 * `amount` requests, every one answered before this resolves (so the 201s can be compared with the rows stored).
 */
function feedbackLoad(base, code, opt, seq, amount, statuses) {
  const rand = prng(20260 + seq.run++);
  const body = () => {
    const n = ++seq.n;
    const answers = Array.from({ length: 9 }, () => (rand() < 0.05 ? null : 1 + Math.floor(rand() * 4)));
    return { n, json: JSON.stringify({ serviceCode: code, answers, deviceId: `bench-${seq.run}-${n.toString(36).padStart(8, '0')}` }) };
  };
  return run({
    url: base,
    connections: opt.connections,
    amount,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/public/feedback',
        setupRequest: (req) => {
          const b = body();
          const headers = { ...req.headers, 'content-type': 'application/json' };
          if (opt.addresses > 1) headers['x-forwarded-for'] = `198.18.${Math.floor((b.n % opt.addresses) / 250)}.${(b.n % opt.addresses) % 250}`;
          return { ...req, headers, body: b.json };
        },
        onResponse: (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
      },
    ],
  });
}

async function main() {
  let opt;
  try {
    opt = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const cleanup = [];
  const results = { notes: [] };
  const started = Date.now();
  let failed = null;
  process.on('SIGINT', async () => {
    log('\ninterrupted: cleaning up …');
    for (const f of cleanup.reverse()) await f().catch(() => {});
    process.exit(130);
  });

  try {
    ensureBuilt(['run', 'build', '-w', 'server']);
    results.load0 = loadavg()[0];
    log(`server/dist built ${new Date(distStamp()).toISOString()}`);
    // --profile: a preload (NODE_OPTIONS does not take --cpu-prof) profiles the API between two SIGUSR2s.
    const profileDir = opt.profile ? mkdtempSync(join(tmpdir(), 'asn-bench-profile-')) : null;
    if (profileDir) writeFileSync(join(profileDir, 'preload.cjs'), PROFILER_PRELOAD);
    const server = await startServer('app', opt.employees, 300_000, opt, cleanup, {
      prefix: 'asn-bench-feedback-',
      env: profileDir ? { NODE_OPTIONS: `--require ${join(profileDir, 'preload.cjs')}`, PROFILE_OUT: join(profileDir, 'feedback.cpuprofile') } : {},
    });
    const profileSignal = async () => {
      if (!profileDir) return;
      server.app.child.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 1500));
    };
    results.startupMs = server.startupMs;
    const admin = await login(server.base, { username: 'admin', password: DEMO_PASSWORD });
    const db = new pg.Client({ connectionString: server.dbUrl });
    db.on('error', () => {});
    await db.connect();
    let dbOpen = true;
    const closeDb = async () => {
      if (dbOpen) await db.end().catch(() => {});
      dbOpen = false;
    };
    cleanup.push(closeDb);

    // A service desk of the first puskesmas (or any unit), created through the API.
    const [unit] = (await db.query(`SELECT id, name FROM org_units ORDER BY (kind = 'puskesmas') DESC, depth DESC, code LIMIT 1`)).rows;
    const code = `BENCH-${Date.now().toString(36).toUpperCase()}`;
    const service = await call(server.base, 'POST', '/api/v1/performance/ikm/services', admin, { unitId: unit.id, code, name: 'Bench desk', annualUsers: 100000 });
    log(`── service ${code} of ${unit.name} (${service.id})`);

    // Raise the flood limits for the run through the API (the checks still run on every submission).
    const rules = await call(server.base, 'GET', '/api/v1/reference-rules?key=ikm.flood_protection&pageSize=50', admin);
    const rule = rules.items.find((r) => r.key === 'ikm.flood_protection' && r.current);
    if (!rule) throw new Error('no ikm.flood_protection rule in force');
    const raised = { ...rule.value, perDevicePerDay: 1_000, perAddressPerHour: 10_000_000 };
    await call(server.base, 'PATCH', `/api/v1/reference-rules/${rule.id}`, admin, { version: rule.version, value: raised });
    log(`  ikm.flood_protection ${JSON.stringify(rule.value)} → ${JSON.stringify(raised)}`);

    const count = async () => Number((await db.query('SELECT count(*)::int AS n FROM ikm_responses WHERE service_id = $1', [service.id])).rows[0].n);
    const seq = { n: 0, run: 0 };

    // Warm-up (JIT, pool, plans), then the counted round, then the baseline.
    const warmStatuses = new Map();
    await feedbackLoad(server.base, code, opt, seq, WARMUP_REQUESTS, warmStatuses);
    const before = await count();
    log(`  warm-up ${WARMUP_REQUESTS} requests: ${before} stored (statuses ${JSON.stringify(Object.fromEntries(warmStatuses))})`);

    const statuses = new Map();
    await profileSignal();
    const cpu0 = cpuNow(server);
    const t0 = performance.now();
    const r = summarise(await feedbackLoad(server.base, code, opt, seq, opt.requests, statuses));
    const wallS = (performance.now() - t0) / 1000;
    const cpu1 = cpuNow(server);
    await profileSignal();
    const after = await count();
    const stored = after - before;
    results.feedback = {
      ...r,
      stored,
      wallS,
      statuses: Object.fromEntries(statuses),
      created: statuses.get(201) ?? 0,
      appCpuMs: (cpu1.app - cpu0.app) / Math.max(1, stored),
      dbCpuMs: (cpu1.db - cpu0.db) / Math.max(1, stored),
    };
    log(`  CPU per stored submission: API ${results.feedback.appCpuMs.toFixed(3)} ms, PostgreSQL ${results.feedback.dbCpuMs.toFixed(3)} ms`);
    log(
      `  feedback: ${r.total} requests in ${wallS.toFixed(1)} s, statuses ${JSON.stringify(results.feedback.statuses)}, errors ${r.errors}; ` +
        `${stored} rows stored (201s ${results.feedback.created}); p50 ${r.p50} ms, p99 ${r.p99} ms`,
    );
    const [{ hashes, devices }] = (
      await db.query('SELECT count(DISTINCT ip_hash)::int AS hashes, count(DISTINCT device_hash)::int AS devices FROM ikm_responses WHERE service_id = $1', [service.id])
    ).rows;
    log(`  distinct address hashes ${hashes}, device hashes ${devices}`);

    const b0 = cpuNow(server);
    results.baseline = summarise(await run({ url: `${server.base}/api/health/live`, connections: opt.connections, duration: opt.duration }));
    results.baseline.appCpuMs = (cpuNow(server).app - b0.app) / Math.max(1, results.baseline.total);
    log(`  baseline GET /api/health/live: ${Math.round(results.baseline.rps)} req/s, p50 ${results.baseline.p50} ms, p99 ${results.baseline.p99} ms`);

    // Restore the rule.
    const fresh = await call(server.base, 'GET', `/api/v1/reference-rules/${rule.id}`, admin);
    await call(server.base, 'PATCH', `/api/v1/reference-rules/${rule.id}`, admin, { version: fresh.version, value: rule.value });
    await closeDb();
    await server.stop();
    if (profileDir && existsSync(join(profileDir, 'feedback.cpuprofile'))) log(summariseProfile(join(profileDir, 'feedback.cpuprofile'), 25));
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

  log('');
  log(
    `══ asn-planner public feedback bench (${opt.requests.toLocaleString('en')} submissions, ${opt.connections} connections, ${opt.addresses} address(es), total ${secs(Date.now() - started)} s) ══`,
  );
  log(`  load average (1 min) at the start ${results.load0?.toFixed(1) ?? '–'}, at the end ${loadavg()[0].toFixed(1)}, on ${availableParallelism()} cores`);
  tableRow('figure', 'value', 'baseline', 'target', undefined);
  if (results.startupMs !== undefined) tableRow(`startup ${opt.employees.toLocaleString('en')}, spawn → ready`, `${secs(results.startupMs)} s`, '', '');
  const f = results.feedback;
  const b = results.baseline;
  if (f) {
    const perSecond = f.stored / f.wallS;
    const lost = f.created - f.stored;
    tableRow(
      'stored submissions / s (POST /public/feedback)',
      `${Math.round(perSecond)}`,
      b ? `live ${Math.round(b.rps)} req/s` : '',
      `≥ ${TARGET.storedPerSecond}`,
      perSecond >= TARGET.storedPerSecond,
    );
    tableRow('CPU ms per submission: API / PostgreSQL', `${f.appCpuMs.toFixed(2)} / ${f.dbCpuMs.toFixed(2)}`, b ? `live API ${b.appCpuMs.toFixed(2)}` : '', '(info)');
    tableRow('  → 1 core of API alone would store / s', `~${Math.round(1000 / f.appCpuMs)}`, '', '(info)');
    tableRow('feedback p50 / p99', `${f.p50} / ${f.p99} ms`, b ? `${b.p50} / ${b.p99} ms` : '', '(info)');
    tableRow('201 answers vs rows counted back', `${f.created} / ${f.stored}`, '', 'equal', lost === 0 && f.stored > 0);
    tableRow('other answers (non-201) + socket errors', `${f.total - f.created} + ${f.errors}`, '', '0', f.total - f.created === 0 && f.errors === 0);
  }
  if (failed) {
    log(`\n!! bench failed: ${failed.stack ?? failed}`);
    process.exit(1);
  }
}

main();
