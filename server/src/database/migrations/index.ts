import type { MigrationInterface } from 'typeorm';
import { Platform1764200000000 } from './1764200000000-platform.js';
import { EmployeeListIndexes1764300000000 } from './1764300000000-employee-list-indexes.js';
import { Needs1764400000000 } from './1764400000000-needs.js';
import { Competency1764500000000 } from './1764500000000-competency.js';
import { Training1764600000000 } from './1764600000000-training.js';
import { Recruitment1764700000000 } from './1764700000000-recruitment.js';
import { Performance1764800000000 } from './1764800000000-performance.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS: MigrationClass[] = [
  Platform1764200000000,
  EmployeeListIndexes1764300000000,
  Needs1764400000000,
  Competency1764500000000,
  Training1764600000000,
  Recruitment1764700000000,
  Performance1764800000000,
];
