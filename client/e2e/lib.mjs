/** Shared by the browser e2e runner and the budget script: build, start the real server, drive Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(CLIENT, '..');
export const DIST = join(CLIENT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const require = createRequire(import.meta.url);

export function requireChromium() {
  if (existsSync(CHROMIUM)) return;
  console.error(`Chromium was not found at ${CHROMIUM}.\nInstall it with:  sudo apt-get install chromium\n(or point CHROMIUM_PATH at a Chromium binary)`);
  process.exit(2);
}

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

/** Builds the client when client/dist is missing or older than its sources (or always with force). */
export function buildClientIfStale({ force = false } = {}) {
  const index = join(DIST, 'index.html');
  const sources = Math.max(
    newest(join(CLIENT, 'src')),
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) => statSync(join(CLIENT, f)).mtimeMs),
    newest(join(CLIENT, 'public')),
  );
  if (!force && existsSync(index) && statSync(index).mtimeMs >= sources) return false;
  console.log('» building the client (vite build)…');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: CLIENT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('client build failed');
  return true;
}

export function buildServerIfMissing() {
  if (existsSync(join(ROOT, 'server/dist/src/main.js'))) return;
  console.log('» building the server (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('server build failed');
}

export const freePort = () =>
  new Promise((res, rej) => {
    const s = net.createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

/** A fresh PostgreSQL database (name contains "test") on the server at `url`; returns its URL and a drop(). */
async function freshDatabase(url) {
  const pg = require(require.resolve('pg', { paths: [join(ROOT, 'server')] }));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `asn_client_e2e_test_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function waitReady(origin, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) return false;
    try {
      const r = await fetch(`${origin}/api/health/ready`);
      if (r.ok) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server not ready within ${ms / 1000}s`);
}

/**
 * Starts the real API server (embedded PostgreSQL in a fresh temporary DATA_DIR, or a fresh database on
 * E2E_DATABASE_URL/DATABASE_URL), seeded with `employees`, serving client/dist: the browser talks to the server itself.
 */
export async function startStack({ employees = 15000, log = console.log } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'asn-client-e2e-'));
  chmodSync(dataDir, 0o755); // embedded PostgreSQL runs as the postgres user when started as root
  const dbUrl = process.env.E2E_DATABASE_URL || process.env.DATABASE_URL;
  const db = dbUrl ? await freshDatabase(dbUrl) : null;
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const start = (clientDist) => {
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_EMPLOYEES: String(employees), CLIENT_DIST: clientDist, LOG_LEVEL: 'warn' };
    if (db) env.DATABASE_URL = db.url;
    else delete env.DATABASE_URL;
    const child = spawn(process.execPath, [join(ROOT, 'server/dist/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.on('exit', (code, signal) => (output += `\n[server exited: code ${code}, signal ${signal}]\n`));
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    return child;
  };
  const t0 = Date.now();
  log(`» starting the API server on ${origin} (${db ? 'database ' + new URL(db.url).pathname.slice(1) : 'embedded PostgreSQL in ' + dataDir}, ${employees} employees)…`);
  const child = start(DIST);
  if (!(await waitReady(origin, child, 300_000))) throw new Error(`server exited:\n${output.slice(-2000)}`);
  // The journeys must run against the server's own serving of the client (history fallback included).
  const page = await fetch(`${origin}/masuk`, { headers: { accept: 'text/html' } }).catch(() => null);
  if (!page || !(page.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`the API server does not serve the built client at ${origin}/`);
  log(`  ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    if (db) await db.drop().catch((e) => log(`  could not drop the test database: ${e.message}`));
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { url: origin, apiOrigin: origin, stop, output: () => output };
}

/** Signs in through the API (for test set-up and checks, not for the journeys themselves). */
export async function apiLogin(origin, username, password = 'Semarang#2026') {
  const r = await fetch(`${origin}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const { accessToken } = await r.json();
  return async (path) => {
    const res = await fetch(`${origin}/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    // One documented exception: PrimeVue's Tree nests each child group inside its parent treeitem, so axe
    // reads the children's names as the parent's visible text (label-content-name-mismatch). The item's own
    // visible label is its aria-label, which is what WCAG 2.5.3 asks for.
    const waived = (v, n) => v.id === 'label-content-name-mismatch' && /^<li[^>]*role="treeitem"/.test(n.html);
    return r.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .filter((n) => !waived(v, n))
          .slice(0, 3)
          .map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.nodes.length > 0);
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
