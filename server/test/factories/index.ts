/** Factories: tests state only the fields they care about; the rest is filled with valid defaults. */
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';

let counter = 0;
const next = () => ++counter + Math.floor(Math.random() * 1000) * 1000;

export async function unitByCode(ds: DataSource, code: string): Promise<{ id: string; path: string; name: string }> {
  const [u] = await ds.query('SELECT id, path, name FROM org_units WHERE code = $1', [code]);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
}

/** A valid NIP for a birth date and gender: yyyymmdd + appointment yyyymm + gender digit + sequence. */
/**
 * Each test file starts its NIPs at a random point of 240,000 combinations (appointment year 2000–2019 × month ×
 * sequence 000–999) and counts up from there: unique within a file, and files sharing the test database rarely meet.
 */
const nipBase = randomInt(0, 240_000);
let nipCounter = 0;

export function buildNip(opts: { birthDate?: string; gender?: 'L' | 'P'; appointment?: string; seq?: number } = {}): string {
  const birth = (opts.birthDate ?? '1985-06-15').replace(/-/g, '');
  const n = (nipBase + nipCounter++) % 240_000;
  const seq = String((opts.seq ?? n) % 1000).padStart(3, '0');
  const month = String((Math.floor(n / 1000) % 12) + 1).padStart(2, '0');
  const year = String(2000 + (Math.floor(n / 12_000) % 20));
  const appointment = opts.appointment ? opts.appointment.replace('-', '') : `${year}${month}`;
  return `${birth}${appointment}${opts.gender === 'P' ? '2' : '1'}${seq}`;
}

export interface EmployeeFields {
  unitId: string;
  name?: string;
  birthDate?: string;
  gender?: 'L' | 'P';
  status?: 'pns' | 'cpns' | 'pppk';
  positionId?: string | null;
  nip?: string;
}

export function buildEmployee(f: EmployeeFields) {
  const birthDate = f.birthDate ?? '1985-06-15';
  const gender = f.gender ?? 'L';
  return {
    nip: f.nip ?? buildNip({ birthDate, gender }),
    name: f.name ?? `Pegawai Uji ${next()}`,
    gender,
    birthDate,
    status: f.status ?? 'pns',
    unitId: f.unitId,
    ...(f.positionId !== undefined ? { positionId: f.positionId } : {}),
  };
}

/** Inserts an employee directly (for fixtures the test is not about). */
export async function createEmployee(ds: DataSource, f: EmployeeFields): Promise<{ id: string; nip: string }> {
  const e = buildEmployee(f);
  const [row] = await ds.query(
    `INSERT INTO employees (nip, name, gender, birth_date, status, unit_id, position_id, retirement_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, nip`,
    [e.nip, e.name, e.gender, e.birthDate, e.status, e.unitId, f.positionId ?? null, null],
  );
  return row;
}

export async function createPosition(ds: DataSource, unitId: string, title = `Jabatan Uji ${next()}`, kind = 'pelaksana'): Promise<{ id: string; title: string }> {
  const [row] = await ds.query(`INSERT INTO positions (unit_id, title, kind) VALUES ($1, $2, $3) RETURNING id, title`, [unitId, title, kind]);
  return row;
}

export async function createDriver(ds: DataSource, unitId: string, key = `driver_${next()}`): Promise<{ id: string }> {
  const [row] = await ds.query(`INSERT INTO service_drivers (unit_id, key, year, value) VALUES ($1, $2, 2025, 100) RETURNING id`, [unitId, key]);
  return row;
}
