/**
 * `npm run openapi`: boots the app without a database, writes openapi/openapi.json normalised
 * (sorted keys, 2-space JSON, trailing newline) and regenerates the client types (openapi/schema.d.ts).
 * `--check`: fails when the committed files differ from a fresh generation.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiFiles } from '../src/openapi/generate.js';
import { repoRoot } from '../src/config/config.js';

const check = process.argv.includes('--check');
const dir = resolve(repoRoot(), 'openapi');
const files = await generateOpenApiFiles();
let stale = false;
for (const [name, content] of Object.entries(files)) {
  const path = resolve(dir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    stale = true;
    process.stderr.write(`openapi/${name} is out of date: run npm run openapi and commit the result\n`);
  } else {
    writeFileSync(path, content);
    process.stdout.write(`wrote openapi/${name}\n`);
  }
}
if (check && !stale) process.stdout.write('openapi/ is up to date\n');
process.exit(stale ? 1 : 0);
