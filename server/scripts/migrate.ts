/** `npm run db:migrate`: apply pending migrations (and seed missing reference rules) on DATABASE_URL or the embedded database. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { migrateDatabase } from '../src/database/bootstrap.js';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (m) => process.stdout.write(`${m}\n`));
const ds = createDataSource(config.databaseUrl ?? embedded!.url, 1);
await ds.initialize();
try {
  const { migrations, rulesAdded } = await migrateDatabase(ds);
  process.stdout.write(migrations.length ? `Applied: ${migrations.join(', ')}\n` : 'No pending migrations\n');
  process.stdout.write(`Reference rules added: ${rulesAdded}\n`);
} finally {
  await ds.destroy();
  await embedded?.stop();
}
