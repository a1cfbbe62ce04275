/** `npm run db:migrate`: apply pending migrations (and seed missing reference rules) on DATABASE_URL or the embedded database. */
import 'reflect-metadata';
import { loadConfigOrExit } from '../src/config/config.js';
import { migrateDatabase } from '../src/database/bootstrap.js';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';

const config = loadConfigOrExit();
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
