#!/usr/bin/env node
/**
 * The baseline for `npm run bench`: bare Fastify + a pg Pool, no Nest, no auth, no validation.
 * GET /employees?unitId=…&pageSize=…&page=… runs exactly the two statements the app's employee list runs
 * (page + count, in parallel, same SQL text, same parameters) and answers the same JSON shape.
 *
 * Env: DATABASE_URL (required), PORT (0 = any), POOL_SIZE (default 10),
 *      SCOPE_PATH: the unit path of the principal the app request runs as (the app adds `u.path LIKE '<scope>%'`).
 * Prints `bare-server listening on <port>` when ready.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bare-server: DATABASE_URL is required\n');
  process.exit(2);
}
const scopePath = process.env.SCOPE_PATH || null;

// Same type parsing as server/src/database/data-source.ts: dates stay ISO strings.
pg.types.setTypeParser(1082, (v) => v);

// The SQL and the row mapping come from the built server, so both sides run the very same text.
// Fallback (copy of server/src/modules/employees/employees.service.ts) only if the import fails.
let employeePageSql;
let employeeCountSql;
let employeeDto;
const sqlSource = 'server/dist';
try {
  const dist = resolve(ROOT, 'server/dist/src/modules/employees/employees.service.js');
  if (!existsSync(dist)) throw new Error('no dist');
  await import('reflect-metadata');
  ({ employeePageSql, employeeCountSql, employeeDto } = await import(pathToFileURL(dist).href));
  if (typeof employeePageSql !== 'function' || typeof employeeCountSql !== 'function' || typeof employeeDto !== 'function') throw new Error('unexpected exports');
} catch (e) {
  process.stderr.write(`bare-server: the SQL comes from the built server; run npm run build first (${e.message})\n`);
  process.exit(2);
}

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL_SIZE || 10), application_name: 'asn-bench-bare' });
pool.on('error', (e) => process.stderr.write(`bare-server: idle client error: ${e.message}\n`));

// The unit's path is looked up once (the app looks it up on every request: that is part of what the bench measures).
const unitPaths = new Map();
async function unitPath(id) {
  let p = unitPaths.get(id);
  if (p === undefined) {
    const r = await pool.query('SELECT path FROM org_units WHERE id = $1', [id]);
    p = r.rows[0]?.path ?? null;
    unitPaths.set(id, p);
  }
  return p;
}

const names = new Map();
const statementName = (text) => {
  let n = names.get(text);
  if (!n) names.set(text, (n = `b${names.size}`));
  return n;
};

const app = Fastify({ logger: false });

app.get('/employees', async (req, reply) => {
  const q = req.query;
  const page = Math.max(1, Number(q.page ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(q.pageSize ?? 20) || 20));
  const offset = (page - 1) * pageSize;
  // Same WHERE, in the same order, as EmployeesService.filterSql for an operator with ?unitId=…
  // (a unit filter inside the scope replaces the scope's condition).
  const params = [];
  const where = [];
  if (q.unitId) {
    const path = await unitPath(q.unitId);
    if (!path || (scopePath && !path.startsWith(scopePath))) return reply.code(404).send({ code: 'UNIT_NOT_FOUND' });
    where.push(`u.path LIKE $${params.push(`${path}%`)}`);
  } else if (scopePath) where.push(`u.path LIKE $${params.push(`${scopePath}%`)}`);
  if (q.active !== 'all') where.push(q.active === 'false' ? 'NOT e.active' : 'e.active');
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Named prepared statements, as the app's preparedRows() does (same names are not needed, only the same mechanism).
  const pageText = employeePageSql(w, {}, params.length + 1, params.length + 2);
  const countText = employeeCountSql(w);
  const [rows, count] = await Promise.all([
    pool.query({ name: statementName(pageText), text: pageText, values: [...params, pageSize, offset] }),
    pool.query({ name: statementName(countText), text: countText, values: params }),
  ]);
  return { items: rows.rows.map(employeeDto), total: count.rows[0].n, page, pageSize };
});

app.get('/health', async () => ({ status: 'ok' }));

const shutdown = async () => {
  setTimeout(() => process.exit(0), 2000).unref();
  try {
    await app.close();
    await pool.end();
  } finally {
    process.exit(0);
  }
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT || 0), host: '127.0.0.1' });
process.stdout.write(`bare-server listening on ${app.server.address().port} (SQL from ${sqlSource})\n`);
