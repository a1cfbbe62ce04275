#!/usr/bin/env node
/**
 * Client budgets: builds the client, prints the gzip size of the JavaScript the sign-in page loads and of
 * every route chunk, then measures in headless Chromium, against the real server seeded with 15,000
 * employees, the time from navigation to a usable employee list (a page of 50 rows rendered) for a
 * signed-in operator, cold (a new browser profile: empty HTTP cache) and warm (a reload), each against its
 * target with PASS or MISS. Targets: sign-in < 200 KB gzip, largest route < 350 KB gzip, list < 1.5 s.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { apiLogin, buildServerIfMissing, CHROMIUM, CHROMIUM_ARGS, CLIENT, DIST, requireChromium, startStack } from '../../client/e2e/lib.mjs';

const TARGET = { signInKb: 200, routeKb: 350, listMs: 1500 };
const kb = (b) => b / 1024;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const fmt = (b) => `${kb(b).toFixed(1).padStart(7)} KB`;

requireChromium();
console.log('» building the client…');
const build = spawnSync('npx', ['vite', 'build', '--manifest'], { cwd: CLIENT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(1);

// ---- sizes from the Vite manifest ----
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gz = new Map();
const gzip = (file) => gz.get(file) ?? gz.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length).get(file);
/** A chunk and everything it imports statically (what the browser fetches to run it). */
const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
};
const bytes = (keys) => [...keys].filter((k) => manifest[k].file.endsWith('.js')).reduce((a, k) => a + gzip(manifest[k].file), 0);
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const keyOf = (name) => Object.keys(manifest).find((k) => k.endsWith(name));
const page = (...views) => views.reduce((acc, v) => closure(keyOf(v), acc), new Set(entry));

const signIn = page('SignInView.vue');
console.log(`\nJavaScript for the sign-in page (entry + static imports + the sign-in view), gzip:`);
console.log(`  ${fmt(bytes(signIn))}   target < ${TARGET.signInKb} KB   ${verdict(kb(bytes(signIn)) < TARGET.signInKb)}`);
const css = [...new Set(Object.values(manifest).flatMap((c) => (c.file.endsWith('.css') ? [c.file] : (c.css ?? []))))];
console.log(`\nCSS (the app's styles and the PrimeVue theme compiled at build time), gzip:`);
for (const f of css) console.log(`  ${fmt(gzip(f))}  ${f.replace(/^assets\//, '')}`);

console.log(`\nRoute chunks (each lazy chunk with its static imports, beyond the entry), gzip:`);
const routes = Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry)
  .map((k) => ({ name: k.replace(/^.*\//, ''), own: bytes([...closure(k)].filter((x) => !entry.has(x))) }))
  .sort((a, b) => b.own - a.own);
for (const r of routes) console.log(`  ${fmt(r.own)}  ${r.name}`);

console.log(`\nWhole pages (entry + layouts + view, everything a first visit downloads), gzip:`);
const pages = [
  ['sign-in', ['SignInView.vue']],
  ['home dashboard', ['AppLayout.vue', 'HomeView.vue']],
  ['employee list', ['AppLayout.vue', 'MasterDataLayout.vue', 'EmployeesView.vue']],
  ['employee import', ['AppLayout.vue', 'MasterDataLayout.vue', 'ImportView.vue']],
  ['audit log', ['AppLayout.vue', 'AuditLogView.vue']],
].map(([name, views]) => ({ name, size: bytes(page(...views)) }));
for (const p of pages) console.log(`  ${fmt(p.size)}  ${p.name}`);
const largest = routes[0];
console.log(`  largest route chunk: ${largest.name} ${fmt(largest.own)}   target < ${TARGET.routeKb} KB   ${verdict(kb(largest.own) < TARGET.routeKb)}`);

// ---- time to a usable employee list ----
buildServerIfMissing();
const stack = await startStack({ employees: 15000 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const timings = { cold: [], warm: [] };
try {
  const total = (await (await apiLogin(stack.apiOrigin, 'operator.dinkes'))('/employees?pageSize=1')).total;
  // "usable": 50 rows rendered and no loading mask; the page reports the moment (ms since navigation start)
  const USABLE = () =>
    document.querySelectorAll('[data-testid=employee-table] tbody tr:not(.empty-row)').length >= 50 && !document.querySelector('[data-testid=employee-table] [data-loading]')
      ? performance.now()
      : 0;
  const refreshToken = async () => {
    const r = await fetch(`${stack.apiOrigin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator.dinkes', password: 'Semarang#2026' }),
    });
    return (await r.json()).refreshToken;
  };
  let ctx;
  let pg;
  for (let i = 0; i < 3; i++) {
    // cold: a new browser profile (empty HTTP cache) of an operator who signed in earlier (refresh token stored)
    await ctx?.close();
    ctx = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const token = await refreshToken();
    await ctx.addInitScript((t) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('asn.refreshToken', t);
        sessionStorage.setItem('seeded', '1');
      }
    }, token);
    pg = await ctx.newPage();
    await pg.goto(`${stack.url}/data-induk/pegawai`);
    timings.cold.push(await (await pg.waitForFunction(USABLE, undefined, { timeout: 30000, polling: 'raf' })).jsonValue());
  }
  for (let i = 0; i < 5; i++) {
    // warm: the same operator reloads the list (HTTP cache primed)
    await pg.reload();
    timings.warm.push(await (await pg.waitForFunction(USABLE, undefined, { timeout: 30000, polling: 'raf' })).jsonValue());
  }
  await ctx.close();
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`\nTime from navigation to a usable employee list (operator.dinkes, ${total} employees in scope, 15,000 in the city, page of 50):`);
  for (const [label, runs] of [
    ['cold (empty cache)', timings.cold],
    ['warm (reload)     ', timings.warm],
  ]) {
    const m = median(runs);
    console.log(
      `  ${label}  median ${m.toFixed(0).padStart(5)} ms   target < ${TARGET.listMs} ms   ${verdict(m < TARGET.listMs)}   (runs ${runs.map((t) => t.toFixed(0)).join(', ')} ms)`,
    );
  }
} finally {
  await browser.close();
  await stack.stop();
}
