import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the employee list of a unit subtree, active employees only:
 * counting is an index-only scan per unit, and a page sorted by name walks the name index, checking the unit in the index.
 */
export class EmployeeListIndexes1764300000000 implements MigrationInterface {
  name = 'EmployeeListIndexes1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "idx_employees_active_unit" ON "employees" ("unit_id") WHERE active');
    await q.query('CREATE INDEX "idx_employees_active_name" ON "employees" ("name", "id") INCLUDE ("unit_id") WHERE active');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS "idx_employees_active_name"');
    await q.query('DROP INDEX IF EXISTS "idx_employees_active_unit"');
  }
}
