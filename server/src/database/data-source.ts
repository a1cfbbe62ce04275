/** The one DataSource definition, shared by the app, the CLI scripts and the tests. */
import pg from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { PLATFORM_ENTITIES } from './entities/platform.entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { NEEDS_ENTITIES } from '../modules/needs/entities/needs.entities.js';
import { COMPETENCY_ENTITIES } from '../modules/competency/entities/competency.entities.js';
import { TRAINING_ENTITIES } from '../modules/competency/entities/training.entities.js';
import { RECRUITMENT_ENTITIES } from '../modules/recruitment/entities/recruitment.entities.js';
import { PERFORMANCE_ENTITIES } from '../modules/performance/entities/performance.entities.js';
import { SnakeNamingStrategy } from './naming.js';

export const ENTITIES = [...PLATFORM_ENTITIES, ...NEEDS_ENTITIES, ...COMPETENCY_ENTITIES, ...TRAINING_ENTITIES, ...RECRUITMENT_ENTITIES, ...PERFORMANCE_ENTITIES];

// Dates stay ISO strings (yyyy-mm-dd): no time zone shifts through JS Date.
pg.types.setTypeParser(1082, (v: string) => v);

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    extra: { max: poolSize, application_name: 'asn-planner' },
  };
}

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
