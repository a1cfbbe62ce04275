/**
 * `npm start`: validated config → database (embedded PostgreSQL unless DATABASE_URL) → migrations
 * → Semarang demo data on first run → API + built client → printed URLs and demo logins.
 * SIGINT/SIGTERM: stop accepting, let in-flight requests finish, close the pool, stop the database.
 */
import 'reflect-metadata';
import { loadConfigOrExit } from './config/config.js';
import { createApp } from './app.factory.js';
import { createDataSource } from './database/data-source.js';
import { migrateDatabase, vacuumAfterBulkLoad } from './database/bootstrap.js';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded.js';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './database/seed/demo-seed.js';

const GRACE_MS = 10_000;

function say(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfigOrExit();

  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, say);
    url = embedded.url;
    say(`Embedded PostgreSQL on port ${embedded.port} (data in ${config.dataDir}/pg)`);
  }

  const ds = createDataSource(url, 2);
  await ds.initialize();
  const { migrations, rulesAdded } = await migrateDatabase(ds);
  if (migrations.length) say(`Applied migrations: ${migrations.join(', ')}`);
  if (rulesAdded) say(`Seeded ${rulesAdded} reference rules`);
  const [{ n }]: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM org_units');
  if (n === 0 && config.seedEmployees > 0) {
    say(`Loading the Semarang demo data (${config.seedEmployees.toLocaleString('en')} employees) …`);
    const s = await seedDemo(ds, { employees: config.seedEmployees });
    await vacuumAfterBulkLoad(ds);
    say(`  ${s.units} units, ${s.positions} positions, ${s.employees} employees, ${s.drivers} service drivers, ${s.users} users in ${s.ms} ms`);
  }
  await ds.destroy();

  const app = await createApp(config, { databaseUrl: url });
  await app.listen({ port: config.port, host: config.host });
  const fastify = app.getHttpAdapter().getInstance();
  const addr = fastify.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const base = `http://localhost:${port}`;
  say('');
  say(`asn-planner is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`  Portal:   ${base}/`);
  say(`  Swagger:  ${base}/api/docs`);
  say(`  Health:   ${base}/api/health/ready`);
  say(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const l of DEMO_LOGINS) say(`    ${l.role.padEnd(9)} ${l.username.padEnd(18)} ${l.description}`);
  say('Press Ctrl-C to stop.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: finishing in-flight requests …`);
    // Open event streams never finish by themselves: cut what is left after the grace period.
    const force = setTimeout(() => fastify.server.closeAllConnections(), GRACE_MS);
    force.unref();
    try {
      await app.close();
    } finally {
      clearTimeout(force);
      if (embedded) {
        say('Stopping the embedded PostgreSQL …');
        await embedded.stop();
      }
      say('Stopped.');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`asn-planner failed to start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
