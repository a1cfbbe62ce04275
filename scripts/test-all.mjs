#!/usr/bin/env node
/**
 * `npm test`: every suite of every workspace, then one line `N passed, N failed` totalling them all.
 *   server unit (jest) · server API e2e (jest, real PostgreSQL) · lint and typecheck · client unit (vitest) · browser e2e (Chromium)
 * Options: --only <suite,...>  run some suites;  --summary <file>  also write the counts as JSON.
 * Each suite writes a JSON report under test-output/, read back here for the counts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const summaryFile = opt('--summary');
const jest = ['--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js')];
const clientPkg = join(root, 'client/package.json');
const clientScripts = existsSync(clientPkg) ? (JSON.parse(readFileSync(clientPkg, 'utf8')).scripts ?? {}) : {};

function run(cmd, argv, cwd, env = {}) {
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function jestCounts(file, status) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report (the run crashed)' };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const broken = r.numRuntimeErrorTestSuites ?? 0;
  return { passed: r.numPassedTests, failed: r.numFailedTests + broken + (status !== 0 && r.numFailedTests + broken === 0 ? 1 : 0) };
}

function vitestCounts(file, status) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report (the run crashed)' };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const failedSuites = (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + failedSuites + (status !== 0 && r.numFailedTests + failedSuites === 0 ? 1 : 0) };
}

function checkCounts(status) {
  return status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

const suites = [
  {
    name: 'server-unit',
    title: 'Server unit tests (jest)',
    run: () => {
      const file = join(out, 'server-unit.json');
      rmSync(file, { force: true });
      return jestCounts(file, run(process.execPath, [...jest, '--selectProjects', 'unit', '--json', '--outputFile', file], join(root, 'server')));
    },
  },
  {
    name: 'server-e2e',
    title: `Server API e2e (jest, PostgreSQL: ${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'embedded'})`,
    run: () => {
      const file = join(out, 'server-e2e.json');
      rmSync(file, { force: true });
      return jestCounts(file, run(process.execPath, [...jest, '--selectProjects', 'e2e', '--runInBand', '--json', '--outputFile', file], join(root, 'server')));
    },
  },
  {
    name: 'lint',
    title: 'Lint and format (eslint, prettier)',
    run: () => checkCounts(run('npm', ['run', 'lint', '--workspaces', '--if-present'], root)),
  },
  {
    name: 'typecheck',
    title: 'Typecheck (tsc, vue-tsc)',
    run: () => checkCounts(run('npm', ['run', 'typecheck', '--workspaces', '--if-present'], root)),
  },
  {
    name: 'client-unit',
    title: 'Client component tests (vitest)',
    skip: !clientScripts.test && 'the client has no tests yet',
    run: () => {
      const file = join(out, 'client-unit.json');
      rmSync(file, { force: true });
      return vitestCounts(file, run('npm', ['test', '-w', 'client'], root));
    },
  },
  {
    name: 'client-e2e',
    title: 'Browser e2e (Chromium against the real server)',
    skip: !clientScripts['test:e2e'] && 'the client has no browser tests yet',
    run: () => {
      const file = join(out, 'client-e2e.json');
      rmSync(file, { force: true });
      const status = run('npm', ['run', 'test:e2e', '-w', 'client'], root);
      if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report' };
      const r = JSON.parse(readFileSync(file, 'utf8'));
      return { passed: r.passed, failed: r.failed + (status !== 0 && r.failed === 0 ? 1 : 0) };
    },
  },
];

const results = [];
for (const s of suites) {
  if (only && !only.includes(s.name)) continue;
  if (s.skip) {
    results.push({ name: s.name, title: s.title, passed: 0, failed: 0, note: `skipped: ${s.skip}` });
    continue;
  }
  process.stdout.write(`\n━━ ${s.title} ━━\n`);
  const started = Date.now();
  const r = s.run();
  results.push({ name: s.name, title: s.title, ...r, seconds: Math.round((Date.now() - started) / 1000) });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write('\n━━ Summary ━━\n');
for (const r of results) {
  process.stdout.write(`  ${r.failed ? '✗' : '✓'} ${r.title}: ${r.passed} passed, ${r.failed} failed${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}${r.note ? ` — ${r.note}` : ''}\n`);
}
if (summaryFile) writeFileSync(resolve(summaryFile), JSON.stringify({ passed, failed, suites: results }, null, 2));
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
