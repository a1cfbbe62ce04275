#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (as written by `node --cpu-prof`, e.g. by `npm run bench -- --profile`):
 * self time by function and by package / source area.
 *   node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function area(url) {
  if (!url) return '(native/gc/idle)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const dist = /server\/dist\/(src\/(?:modules\/)?[^/]+(?:\/[^/]+)?)/.exec(url);
  if (dist) return `server:${dist[1]}`;
  if (url.startsWith('node:')) return url.split('/')[0];
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file, top = 15) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = prof;
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  let total = 0;
  const fn = new Map();
  const areas = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    total += us;
    const name = cf.functionName || '(anonymous)';
    const key = `${name}  ${cf.url ? `${cf.url.replace(/^.*\/(node_modules|server\/dist)\//, '$1/')}:${cf.lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const a = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : area(cf.url);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const lines = [];
  const fmt = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  lines.push(`profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  lines.push('  by area (self time):');
  for (const [k, v] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, top)) lines.push(`    ${fmt(v)}  ${k}`);
  lines.push('  by function (self time):');
  for (const [k, v] of [...fn].sort((x, y) => y[1] - x[1]).slice(0, top)) lines.push(`    ${fmt(v)}  ${k}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const t = args.indexOf('--top');
  if (!file) {
    console.error('usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  console.log(summariseProfile(file, t >= 0 ? Number(args[t + 1]) : 20));
}
