/** Bring a database up to date: run pending migrations, then make sure the reference rules and the competency dictionary exist. */
import { DataSource } from 'typeorm';
import { seedCompetencyDictionary } from '../modules/competency/dictionary.seed.js';
import { RULE_SEEDS } from '../modules/reference/rules.seed.js';

export async function migrateDatabase(ds: DataSource): Promise<{ migrations: string[]; rulesAdded: number; competenciesAdded: number }> {
  const ran = await ds.runMigrations({ transaction: 'each' });
  const rulesAdded = await seedReferenceRules(ds);
  // The general competency dictionary (PermenPAN-RB 38/2017) and the city's soft skills: missing codes only.
  const competenciesAdded = await seedCompetencyDictionary(ds);
  return { migrations: ran.map((m) => m.name), rulesAdded, competenciesAdded };
}

/** Inserts each seeded rule version that is missing (by key + effectiveFrom); never overwrites an administrator's edit. */
export async function seedReferenceRules(ds: DataSource): Promise<number> {
  let added = 0;
  for (const r of RULE_SEEDS) {
    const res: unknown[] = await ds.query(
      `INSERT INTO reference_rules (key, value, legal_basis, effective_from, effective_to, description)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key, effective_from) DO NOTHING RETURNING id`,
      [r.key, JSON.stringify(r.value), r.legalBasis, r.effectiveFrom, r.effectiveTo ?? null, r.description],
    );
    added += res.length;
  }
  return added;
}

/** After a bulk load: fresh planner statistics and a visibility map, so counts are index-only scans from the first request. */
export async function vacuumAfterBulkLoad(ds: DataSource): Promise<void> {
  await ds.query('VACUUM (ANALYZE) org_units, positions, employees, service_drivers, competency_standards, competency_assessments, competency_assessment_items');
}
