/**
 * Demo data for Kota Semarang.
 *   node dist/scripts/seed.js [--employees N] [--seed S] [--database-url URL] [--reset]
 * Without --database-url or DATABASE_URL it seeds the embedded PostgreSQL under DATA_DIR (stop `npm start` first).
 * Runs the migrations (and the reference-rule seed), refuses a database that already holds platform data
 * unless --reset (which truncates the platform tables, never audit_events), then seeds in one transaction.
 */
import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source.js';
import { migrateDatabase, vacuumAfterBulkLoad } from '../src/database/bootstrap.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';
import { loadConfigOrExit } from '../src/config/config.js';
import { DEMO_DEFAULT_SEED, DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../src/database/seed/demo-seed.js';

const USAGE = 'usage: node dist/scripts/seed.js [--employees N] [--seed S] [--database-url URL] [--reset]';

function parseArgs(argv: string[]): { employees: number; seed: number; url: string | undefined; reset: boolean } {
  const out = { employees: 15000, seed: DEMO_DEFAULT_SEED, url: process.env.DATABASE_URL, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--employees':
        out.employees = Number(value());
        break;
      case '--seed':
        out.seed = Number(value());
        break;
      case '--database-url':
        out.url = value();
        break;
      case '--reset':
        out.reset = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  if (!Number.isInteger(out.employees) || out.employees < 4) throw new Error('--employees must be an integer of at least 4');
  if (!Number.isInteger(out.seed) || out.seed < 0) throw new Error('--seed must be a non-negative integer');
  return out;
}

/**
 * Platform, needs-planning, competency and training data tables, in no particular order (TRUNCATE … CASCADE also empties tables
 * that reference them). The competency dictionary goes too: the seed puts the general entries back.
 */
const RESET_TABLES = [
  'ikm_responses',
  'ikm_services',
  'performance_events',
  'performance_unit_ratings',
  'performance_evaluations',
  'performance_coaching',
  'performance_report_files',
  'performance_reports',
  'performance_plan_revisions',
  'performance_targets',
  'performance_plans',
  'performance_periods',
  'recruitment_result_vacancies',
  'recruitment_results',
  'recruitment_interviews',
  'recruitment_score_imports',
  'recruitment_appeals',
  'recruitment_documents',
  'recruitment_applications',
  'recruitment_applicants',
  'recruitment_vacancies',
  'recruitment_round_amendments',
  'recruitment_rounds',
  'org_units',
  'positions',
  'employees',
  'service_drivers',
  'users',
  'refresh_tokens',
  'api_keys',
  'formation_plan_lines',
  'formation_plans',
  'needs_scenarios',
  'wisn_studies',
  'ratio_norms',
  'workload_tasks',
  'competency_assessment_items',
  'competency_assessments',
  'competency_standards',
  'competencies',
  'development_plans',
  'development_activities',
  'training_attendance',
  'training_enrolments',
  'training_sessions',
  'training_programs',
];

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}

const started = Date.now();
const embedded = args.url ? undefined : await startEmbeddedPostgres(loadConfigOrExit().dataDir, 0, (m) => console.log(m));
const ds = createDataSource(args.url ?? embedded!.url, 2);
await ds.initialize();
try {
  const migrated = await migrateDatabase(ds);
  if (migrated.migrations.length) console.log(`migrations run: ${migrated.migrations.join(', ')}`);
  if (migrated.rulesAdded) console.log(`reference rules added: ${migrated.rulesAdded}`);
  if (migrated.competenciesAdded) console.log(`competency dictionary entries added: ${migrated.competenciesAdded}`);

  if (args.reset) {
    // audit_events is append-only (a trigger refuses TRUNCATE) and is not referenced by these tables: it is kept.
    await ds.query(`TRUNCATE ${RESET_TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
    console.log(`reset: truncated ${RESET_TABLES.join(', ')} (audit_events kept)`);
  } else {
    const [row]: { units: string; employees: string; users: string }[] = await ds.query(
      `SELECT (SELECT count(*) FROM org_units) AS units, (SELECT count(*) FROM employees) AS employees, (SELECT count(*) FROM users) AS users`,
    );
    if (Number(row.units) || Number(row.employees) || Number(row.users)) {
      console.error(`the database is not empty (${row.units} units, ${row.employees} employees, ${row.users} users); rerun with --reset to replace its data`);
      process.exitCode = 1;
    }
  }

  if (!process.exitCode) {
    const res = await seedDemo(ds, { employees: args.employees, seed: args.seed, log: (m) => console.log(`  ${m}`) });
    await vacuumAfterBulkLoad(ds);
    console.log(
      `seeded ${res.units} units, ${res.positions} positions, ${res.employees} employees, ${res.drivers} service drivers, ${res.users} users, ` +
        `${res.competencyStandards} competency standards, ${res.competencyAssessments} competency assessments (${res.competencyAssessmentItems} levels), ` +
        `${res.trainingSessions} training sessions (${res.trainingEnrolments} enrolments), ${res.developmentActivities} JP ledger lines, ` +
        `${res.performance.plans} SKP plans (${res.performance.targets} targets, ${res.performance.reports} reports), ${res.performance.ikmResponses} IKM responses ` +
        `in ${(res.ms / 1000).toFixed(2)} s (seed ${args.seed}; total ${((Date.now() - started) / 1000).toFixed(2)} s with migrations)`,
    );
    console.log(`demo logins (password ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) console.log(`  ${l.username.padEnd(16)} ${l.role.padEnd(9)} ${(l.unitCode ?? '-').padEnd(11)} ${l.description}`);
  }
} finally {
  await ds.destroy();
  await embedded?.stop();
}
