import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/config.js';
import { migrateDatabase } from '../../src/database/bootstrap.js';
import { createDataSource } from '../../src/database/data-source.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/database/seed/demo-seed.js';

/** The first test file migrates the run's database and loads a small Semarang; later files find it ready. */
async function ensureDatabase(url: string): Promise<void> {
  const ds = createDataSource(url, 1);
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(3374)');
    await migrateDatabase(ds);
    const [{ n }]: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM org_units');
    if (n === 0) await seedDemo(ds, { employees: 600 });
    await ds.query('SELECT pg_advisory_unlock(3374)');
  } finally {
    await ds.destroy();
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  ds: DataSource;
  /** An access token for a user (cached per username within the file). */
  token: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, opts: { serveClient?: boolean } = {}): Promise<TestApp> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the e2e project through jest (global setup)');
  await ensureDatabase(url);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '10000', ...env });
  const app = await createApp(config, { databaseUrl: url, serveClient: opts.serveClient ?? false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    ds: app.get(DataSource),
    token: async (username, password = DEMO_PASSWORD) => {
      const hit = tokens.get(username);
      if (hit) return hit;
      const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.accessToken);
      return res.body.accessToken as string;
    },
    close: () => app.close(),
  };
}

export const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
