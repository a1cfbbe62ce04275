#!/usr/bin/env node
/**
 * Browser e2e: builds the client when stale, starts the real server on a free port with a fresh database
 * (embedded PostgreSQL in a temporary DATA_DIR, or a fresh "…test…" database on E2E_DATABASE_URL/DATABASE_URL),
 * seeds 15,000 employees (E2E_SEED_EMPLOYEES to change), runs the journeys in headless Chromium with axe-core
 * on every page visited, saves a screenshot of each page under test-output/e2e/, and always stops the server.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { journeys } from './journeys.mjs';
import { axeViolations, buildClientIfStale, buildServerIfMissing, CHROMIUM, CHROMIUM_ARGS, requireChromium, ROOT, startStack } from './lib.mjs';

requireChromium();
const OUT = join(ROOT, 'test-output');
const SHOTS = join(OUT, 'e2e');
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

let stack;
let browser;
const results = [];
let shot = 0;
try {
  buildServerIfMissing();
  buildClientIfStale();
  stack = await startStack({ employees: Number(process.env.E2E_SEED_EMPLOYEES ?? 15000) });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const ctx = {
    page,
    base: stack.url,
    apiOrigin: stack.apiOrigin,
    expect(ok, what) {
      if (!ok) throw new Error(`expected: ${what}`);
    },
    /** Every page visited: a screenshot, and axe-core must find no serious or critical violation. */
    async visit(name, p = page) {
      await p.waitForLoadState('networkidle').catch(() => undefined);
      await p.waitForTimeout(250);
      await p.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
      const bad = await axeViolations(p);
      if (bad.length) throw new Error(`axe on ${name}: ${bad.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(' | ')}`).join('; ')}`);
    },
    newPage: (opts) =>
      context.newPage().then(async (p) => {
        if (opts?.viewport) await p.setViewportSize(opts.viewport);
        return p;
      }),
  };

  for (const [name, fn] of journeys(ctx)) {
    const t0 = Date.now();
    try {
      pageErrors.length = 0;
      await fn();
      if (pageErrors.length) throw new Error(`uncaught page errors: ${pageErrors.join('; ')}`);
      results.push({ name, ok: true, ms: Date.now() - t0 });
      console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    } catch (e) {
      results.push({ name, ok: false, ms: Date.now() - t0, error: e.message });
      console.log(`  ✗ ${name}\n      ${e.message.split('\n')[0]}`);
      await page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-FAILED.png`), fullPage: true }).catch(() => undefined);
    }
  }
  if (/server exited/.test(stack.output())) console.error(`the API server stopped during the run:\n${stack.output().slice(-3000)}`);
} catch (e) {
  console.error(`e2e set-up failed: ${e.stack ?? e}`);
  if (stack) console.error(stack.output().slice(-3000));
  results.push({ name: 'set-up', ok: false, error: String(e.message ?? e) });
} finally {
  await browser?.close().catch(() => undefined);
  await stack?.stop().catch((e) => console.error(`stopping the server: ${e.message}`));
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'client-e2e.json'), JSON.stringify({ passed, failed, journeys: results }, null, 2) + '\n');
console.log(`screenshots: ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
