/**
 * Performance factories: a team (a new unit with its head and staff, each with a login), a period around today and
 * plans with targets written straight to the database, so a test of reports, monitoring or appraisal does not depend
 * on the plan endpoints. Everything is new per call: files sharing the test database never meet.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/password.js';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed.js';
import { buildNip, unitByCode } from './index.js';

let n = 0;
const tag = () => `${Date.now().toString(36)}${(++n).toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
let hashed: Promise<string> | undefined;

export interface TeamMember {
  employeeId: string;
  username: string;
  userId: string;
  name: string;
  positionId: string;
}

export interface Team {
  unit: { id: string; path: string; code: string; name: string };
  head: TeamMember;
  staff: TeamMember[];
}

/** Days from today (UTC) as yyyy-mm-dd. */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A new unit under `parentCode` with a head position (is_head) held by a leader login and `staffCount` staff with
 * employee logins (password DEMO_PASSWORD). The head's own leader is the head of the parent (when it has one).
 */
export async function createTeam(ds: DataSource, opts: { parentCode?: string; staffCount?: number; headRole?: string } = {}): Promise<Team> {
  const parent = await unitByCode(ds, opts.parentCode ?? 'DINKES');
  const [{ depth }] = await ds.query('SELECT depth FROM org_units WHERE id = $1', [parent.id]);
  const id = randomUUID();
  const t = tag();
  const unit = { id, code: `TEAM-${t}`.toUpperCase(), name: `Tim Uji ${t}`, path: `${parent.path}${id}/` };
  await ds.query(`INSERT INTO org_units (id, code, name, kind, sector, parent_id, path, depth) VALUES ($1, $2, $3, 'bidang', 'kesehatan', $4, $5, $6)`, [
    unit.id,
    unit.code,
    unit.name,
    parent.id,
    unit.path,
    depth + 1,
  ]);
  const headPos = randomUUID();
  const staffPos = randomUUID();
  await ds.query(`INSERT INTO positions (id, unit_id, title, kind, is_head) VALUES ($1, $3, 'Kepala Tim Uji', 'pengawas', true), ($2, $3, 'Perawat Uji', 'fungsional', false)`, [
    headPos,
    staffPos,
    unit.id,
  ]);
  hashed ??= hashPassword(DEMO_PASSWORD);
  const hash = await hashed;
  const member = async (positionId: string, role: string, label: string): Promise<TeamMember> => {
    const employeeId = randomUUID();
    const name = `${label} ${t}`;
    await ds.query(
      `INSERT INTO employees (id, nip, name, gender, birth_date, status, position_id, unit_id, appointment_date, active)
       VALUES ($1, $2, $3, 'P', '1985-06-15', 'pns', $4, $5, '2010-01-01', true)`,
      [employeeId, buildNip({ gender: 'P' }), name, positionId, unit.id],
    );
    const username = `${label.toLowerCase().replace(/\s+/g, '.')}.${t}`;
    const [{ id: userId }] = await ds.query(`INSERT INTO users (username, password_hash, display_name, role, unit_id, employee_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
      username,
      hash,
      name,
      role,
      unit.id,
      employeeId,
    ]);
    return { employeeId, username, userId, name, positionId };
  };
  const head = await member(headPos, opts.headRole ?? 'leader', 'Kepala');
  const staff: TeamMember[] = [];
  for (let i = 0; i < (opts.staffCount ?? 2); i++) staff.push(await member(staffPos, 'employee', `Staf ${i + 1}`));
  return { unit, head, staff };
}

/** A period containing today: from `startOffset` days ago to `length` days later (monthly checkpoints by default). */
export async function createPeriod(
  ds: DataSource,
  opts: { startsOn?: string; endsOn?: string; checkpoints?: 'monthly' | 'quarterly'; name?: string } = {},
): Promise<{ id: string; startsOn: string; endsOn: string }> {
  const startsOn = opts.startsOn ?? dayFromToday(-182);
  const endsOn = opts.endsOn ?? dayFromToday(182);
  const [{ id }] = await ds.query(`INSERT INTO performance_periods (year, name, starts_on, ends_on, checkpoints) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    Number(startsOn.slice(0, 4)),
    opts.name ?? `Periode Uji ${tag()}`,
    startsOn,
    endsOn,
    opts.checkpoints ?? 'monthly',
  ]);
  return { id, startsOn, endsOn };
}

export interface TargetFields {
  title?: string;
  quantity?: number;
  quantityUnit?: string;
  weight?: number;
  deadline?: string | null;
  parentTargetId?: string | null;
  realised?: number;
}

/**
 * A plan for an employee (status as given, approved by default) with targets; the leader is resolved like the service
 * does it (head of the unit, or of the parent for the head).
 */
export async function createPlan(
  ds: DataSource,
  opts: { periodId: string; employeeId: string; status?: 'draft' | 'submitted' | 'approved'; targets?: TargetFields[] },
): Promise<{ id: string; targetIds: string[] }> {
  const [emp] = await ds.query(`SELECT e.unit_id, e.position_id, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1`, [opts.employeeId]);
  const [leader] = await ds.query(
    `SELECT h.id FROM org_units hu
       JOIN positions hp ON hp.unit_id = hu.id AND hp.is_head
       JOIN employees h ON h.position_id = hp.id AND h.active AND h.id <> $1
      WHERE $2 LIKE hu.path || '%' ORDER BY hu.depth DESC LIMIT 1`,
    [opts.employeeId, emp.path],
  );
  const status = opts.status ?? 'approved';
  const [{ id }] = await ds.query(
    `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, leader_employee_id, status, submitted_at, approved_at, approved_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::varchar <> 'draft' THEN now() END, CASE WHEN $7::varchar = 'approved' THEN now() END, CASE WHEN $7::varchar = 'approved' THEN 'Factory' END)
     RETURNING id`,
    [opts.periodId, opts.employeeId, emp.unit_id, emp.position_id, emp.path, leader?.id ?? null, status],
  );
  const targets = opts.targets ?? [{}];
  const targetIds: string[] = [];
  for (const [i, f] of targets.entries()) {
    const [{ id: tid }] = await ds.query(
      `INSERT INTO performance_targets (plan_id, parent_target_id, title, quantity, quantity_unit, weight, deadline, sort_order, realised)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        id,
        f.parentTargetId ?? null,
        f.title ?? `Target ${i + 1}`,
        f.quantity ?? 100,
        f.quantityUnit ?? 'kegiatan',
        f.weight ?? Math.round(100 / targets.length),
        f.deadline ?? null,
        i,
        f.realised ?? 0,
      ],
    );
    targetIds.push(tid);
  }
  return { id, targetIds };
}
