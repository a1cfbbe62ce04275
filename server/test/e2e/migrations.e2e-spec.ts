/** Migrations own the schema: after running them, TypeORM must find nothing left to change in the entities. */
import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source.js';
import { migrateDatabase } from '../../src/database/bootstrap.js';

describe('migrations', () => {
  it('should leave no schema difference with the entities (a missing migration fails here)', async () => {
    const ds = createDataSource(process.env.E2E_DATABASE_URL!, 1);
    await ds.initialize();
    try {
      await migrateDatabase(ds);
      const log = await ds.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
      const pending = await ds.showMigrations();
      expect(pending).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
