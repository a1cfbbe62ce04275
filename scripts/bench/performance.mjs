#!/usr/bin/env node
/**
 * `npm run bench:performance`: the three Performance benchmarks of issue 7, one after the other, each on its own
 * fresh embedded PostgreSQL and API process, each printing its figures beside a baseline measured in the same run:
 *   performance-stream.mjs     2,000 open event streams, 200 reports a second: report → event p95 (< 100 ms), memory per stream
 *   performance-feedback.mjs   public feedback: stored submissions a second (≥ 500), counted back (none lost)
 *   performance-monitoring.mjs monitoring for the whole city, 15,000 employees × ~5 targets, 12 checkpoints (< 500 ms)
 * `--only stream|feedback|monitoring` runs one; other arguments are passed through.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const i = args.indexOf('--only');
const only = i >= 0 ? args.splice(i, 2)[1] : null;
const parts = ['stream', 'feedback', 'monitoring'].filter((p) => !only || p === only);
if (only && !parts.length) {
  console.error(`--only takes stream, feedback or monitoring (got ${only})`);
  process.exit(2);
}
let failed = 0;
for (const p of parts) {
  console.log(`\n══ performance-${p} ══`);
  const r = spawnSync(process.execPath, [join(here, `performance-${p}.mjs`), ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`performance-${p} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
