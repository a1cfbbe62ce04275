import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { StaleVersionError } from './problem.js';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Rows of any statement. TypeORM's postgres driver answers UPDATE and DELETE with `[rows, rowCount]`
 * instead of the rows, so `UPDATE … RETURNING` goes through here.
 */
export async function sqlRows<T = Record<string, unknown>>(m: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const r: unknown = await m.query(sql, params);
  if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number') return r[0] as T[];
  return r as T[];
}

/**
 * Optimistic update: `UPDATE … SET … , version = version + 1 WHERE id = $1 AND version = $2`.
 * TypeORM's save() does not guard stale writes (conventions), so every editable aggregate updates through here.
 */
export async function updateVersioned(m: Queryable, table: string, entity: string, id: string, version: number, sets: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(sets);
  const params: unknown[] = [id, version, ...cols.map((c) => sets[c])];
  const assignments = cols.map((c, i) => `"${c}" = $${i + 3}`).join(', ');
  const res = await sqlRows(
    m,
    `UPDATE "${table}" SET ${assignments}${cols.length ? ', ' : ''}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
    params,
  );
  if (!res.length) throw new StaleVersionError(entity, version);
}

/** ORDER BY direction from a validated sortOrder. */
export const dir = (o?: string) => (o === 'desc' ? 'DESC' : 'ASC');

const statementNames = new Map<string, string>();

/**
 * A read on a hot path (lists, counts) as a named prepared statement on the pool TypeORM manages:
 * PostgreSQL plans it once per connection instead of on every request (planning cost as much as running
 * the employee list). Outside transactions only; the statement name is derived from the SQL text.
 */
export async function preparedRows<T = Record<string, unknown>>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = statementNames.get(text);
  if (!name) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  const pool = (ds.driver as unknown as { master: Pool }).master;
  return (await pool.query({ name, text, values })).rows as T[];
}
