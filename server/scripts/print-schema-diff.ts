/** Developer tool: prints the SQL TypeORM would run to bring the database to the entities. */
import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source.js';

const url = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/test';
const ds = createDataSource(url);
await ds.initialize();
await ds.runMigrations();
const log = await ds.driver.createSchemaBuilder().log();
for (const q of log.upQueries) console.log(q.query + (q.parameters?.length ? ` -- ${JSON.stringify(q.parameters)}` : '') + ';');
await ds.destroy();
