/**
 * Loaders every Recruitment service shares: a round with its schedule and rules, a vacancy inside the caller's
 * subtree, and the SQL condition that scopes applications to it. Rounds are city-wide; vacancies belong to a unit.
 */
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/problem.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import type { RoundRules, RoundSchedule, RoundStatus, RoundType } from './recruitment.types.js';

export type Db = Pick<EntityManager, 'query'>;

export interface RoundRow {
  id: string;
  code: string;
  name: string;
  type: RoundType;
  year: number;
  status: RoundStatus;
  schedule: RoundSchedule;
  rules: RoundRules;
  publishedAt: Date | null;
  publishedByName: string | null;
  rankedAt: Date | null;
  version: number;
}

export interface VacancyRow {
  id: string;
  roundId: string;
  planLineId: string;
  positionId: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  code: string;
  quotas: Record<string, number>;
  quotaTotal: number;
  educationLevels: string[];
  majors: string[];
  gpaMin: number | null;
  ageMax: number | null;
  status: string;
  version: number;
}

export const roundNotFound = (id?: string) => new NotFoundError('ROUND_NOT_FOUND', 'Recruitment round', id);
export const vacancyNotFound = (id?: string) => new NotFoundError('VACANCY_NOT_FOUND', 'Vacancy', id);

const ROUND_COLUMNS = `r.id, r.code, r.name, r.type, r.year, r.status, r.schedule, r.rules, r.published_at AS "publishedAt",
  r.published_by_name AS "publishedByName", r.ranked_at AS "rankedAt", r.version`;

/** The round (404 when missing). `lock` takes a row lock for the rest of the transaction. */
export async function loadRound(db: Db, id: string, lock = false): Promise<RoundRow> {
  const rows = await db.query<RoundRow[]>(`SELECT ${ROUND_COLUMNS} FROM recruitment_rounds r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!rows[0]) throw roundNotFound(id);
  return rows[0];
}

export const VACANCY_SELECT = `SELECT v.id, v.round_id AS "roundId", v.plan_line_id AS "planLineId", v.position_id AS "positionId", p.title AS "positionTitle",
  v.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath", v.code, v.quotas, v.quota_total AS "quotaTotal",
  v.education_levels AS "educationLevels", v.majors, v.gpa_min::float8 AS "gpaMin", v.age_max AS "ageMax", v.status, v.version
  FROM recruitment_vacancies v JOIN positions p ON p.id = v.position_id JOIN org_units u ON u.id = v.unit_id`;

/** The vacancy, when it is inside the caller's subtree (404 otherwise; pass no principal for public reads). */
export async function loadVacancy(db: Db, id: string, p?: Principal): Promise<VacancyRow> {
  const rows = await db.query<VacancyRow[]>(`${VACANCY_SELECT} WHERE v.id = $1`, [id]);
  const v = rows[0];
  if (!v || (p && !inScope(p, v.unitPath))) throw vacancyNotFound(id);
  return v;
}

/**
 * The condition restricting applications (alias `a`) to vacancies in the caller's subtree; '' when city-wide.
 * Needs `JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units vu ON vu.id = v.unit_id` in the query.
 */
export function applicationScopeSql(p: Principal, params: unknown[]): string {
  return unitScopeSql(p, 'vu.path', params);
}
