import type { MigrationInterface } from 'typeorm';
import { Platform1764200000000 } from './1764200000000-platform.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS: MigrationClass[] = [Platform1764200000000];
