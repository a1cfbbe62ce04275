import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import { Principal } from '../../common/principal.js';
import { FieldError, NotFoundError, StaleVersionError, ValidationFailedError } from '../../common/problem.js';
import { inScope, selfOnlySql, unitScopeSql } from '../../common/scope.js';
import { dir, preparedRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { UnitPathService } from '../org/unit-path.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { parseNip } from '../reference/calc/identity.js';
import { retirementAge } from '../reference/calc/retirement.js';
import { RetirementDatesService } from '../reference/retirement-dates.service.js';
import { checkEmployeeIdentity, checkRank } from './employee-rules.js';
import { CreateEmployeeDto, EmployeeDetailDto, EmployeeDto, EmployeeStatsDto, EmployeeStatsQueryDto, ListEmployeesQueryDto, UpdateEmployeeDto } from './dto/employee.dto.js';

type Db = Pick<EntityManager, 'query'>;

export interface EmployeeRow {
  id: string;
  /** Null for a new CPNS appointed before BKN issued the NIP. */
  nip: string | null;
  name: string;
  gender: string;
  birth_date: string;
  status: string;
  rank: string | null;
  position_id: string | null;
  position_title: string | null;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  appointment_date: string | null;
  education: string | null;
  active: boolean;
  retirement_date: string | null;
  version: number;
}

export const EMPLOYEE_SELECT = `SELECT e.id, e.nip, e.name, e.gender, e.birth_date, e.status, e.rank, e.position_id, p.title AS position_title,
  e.unit_id, u.name AS unit_name, u.path AS unit_path, e.appointment_date, e.education, e.active, e.retirement_date, e.version
  FROM employees e JOIN org_units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id`;

export const employeeDto = (r: EmployeeRow): EmployeeDto => ({
  id: r.id,
  nip: r.nip,
  name: r.name,
  gender: r.gender,
  birthDate: r.birth_date,
  status: r.status,
  rank: r.rank,
  positionId: r.position_id,
  positionTitle: r.position_title,
  unitId: r.unit_id,
  unitName: r.unit_name,
  appointmentDate: r.appointment_date,
  education: r.education,
  active: r.active,
  retirementDate: r.retirement_date,
  version: r.version,
});

/** Sort keys → [column in the filtered query, column of the page row]. */
const SORT_COLUMNS: Record<string, [string, string]> = {
  name: ['e.name', 'x.name'],
  nip: ['e.nip', 'x.nip'],
  birthDate: ['e.birth_date', 'x.birth_date'],
  retirementDate: ['e.retirement_date', 'x.retirement_date'],
  unitName: ['u.name', 'x.unit_name'],
  status: ['e.status', 'x.status'],
  rank: ['e.rank', 'x.rank'],
};

/** ORDER BY for the filtered rows (`filtered`, aliases e/u) or for the page rows (`page`, alias x). */
export function employeeOrderSql(q: { sortBy?: string; sortOrder?: string }, of: 'filtered' | 'page' = 'filtered'): string {
  const [filtered, page] = SORT_COLUMNS[q.sortBy ?? 'name'];
  return `ORDER BY ${of === 'filtered' ? filtered : page} ${dir(q.sortOrder)} NULLS LAST, ${of === 'filtered' ? 'e.id' : 'x.id'}`;
}

/**
 * One page of the employee list for a WHERE clause over employees e JOIN org_units u.
 * Sorts and cuts the page first, then looks up only that page's position titles. (The benchmark's baseline runs this same text.)
 */
export function employeePageSql(where: string, q: { sortBy?: string; sortOrder?: string }, limitParam: number, offsetParam: number): string {
  return `SELECT x.*, p.title AS position_title FROM (
      SELECT e.id, e.nip, e.name, e.gender, e.birth_date, e.status, e.rank, e.position_id, e.unit_id, u.name AS unit_name, u.path AS unit_path,
        e.appointment_date, e.education, e.active, e.retirement_date, e.version
      FROM employees e JOIN org_units u ON u.id = e.unit_id ${where} ${employeeOrderSql(q)} LIMIT $${limitParam} OFFSET $${offsetParam}
    ) x LEFT JOIN positions p ON p.id = x.position_id ${employeeOrderSql(q, 'page')}`;
}

export function employeeCountSql(where: string): string {
  return `SELECT count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id ${where}`;
}

const employeeNotFound = (id?: string) => new NotFoundError('EMPLOYEE_NOT_FOUND', 'Employee', id);
const nipImmutable = (nip: string) =>
  new ValidationFailedError([{ path: 'nip', code: 'nip_immutable', message: `this employee already has NIP ${nip}; a NIP is only given to a record that has none` }]);

@Injectable()
export class EmployeesService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly unitPaths: UnitPathService,
    private readonly retirement: RetirementDatesService,
  ) {}

  /** WHERE clause and parameters of a filtered, scoped employee list (shared by the page, the count and the export). */
  async filterSql(p: Principal, q: ListEmployeesQueryDto): Promise<{ where: string; params: unknown[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.unitId) {
      // The chosen unit is inside the scope, so its subtree condition replaces the scope's (one LIKE, a better plan).
      const path = await this.unitPaths.find(q.unitId);
      if (!path || !inScope(p, path)) throw new NotFoundError('ORG_UNIT_NOT_FOUND', 'Unit', q.unitId);
      where.push(`u.path LIKE $${params.push(`${path}%`)}`);
    } else {
      const scope = unitScopeSql(p, 'u.path', params);
      if (scope) where.push(scope);
    }
    const self = selfOnlySql(p, 'e.id', params);
    if (self) where.push(self);
    if (q.positionId) where.push(`e.position_id = $${params.push(q.positionId)}`);
    if (q.status) where.push(`e.status = $${params.push(q.status)}`);
    if (q.gender) where.push(`e.gender = $${params.push(q.gender)}`);
    // A literal, not a parameter: the partial indexes (WHERE active) stay usable in prepared (generic) plans.
    if (q.active !== 'all') where.push(q.active === 'false' ? 'NOT e.active' : 'e.active');
    if (q.q) {
      const term = q.q.trim();
      if (/^\d+$/.test(term)) where.push(`e.nip LIKE $${params.push(`${term}%`)}`);
      else where.push(`e.name ILIKE $${params.push(`%${term.replace(/[%_\\]/g, '\\$&')}%`)}`);
    }
    if (q.retirementYear) {
      const i = params.push(`${q.retirementYear}-01-01`);
      where.push(`e.retirement_date >= $${i}::date AND e.retirement_date < ($${i}::date + interval '1 year')`);
    }
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  async list(p: Principal, q: ListEmployeesQueryDto): Promise<Page<EmployeeDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const { where, params } = await this.filterSql(p, q);
    // LIMIT and OFFSET are parameters, so one prepared statement serves every page.
    const pageParamsList = [...params, pageSize, offset];
    const [rows, count] = await Promise.all([
      preparedRows<EmployeeRow>(this.ds, employeePageSql(where, q, params.length + 1, params.length + 2), pageParamsList),
      preparedRows<{ n: number }>(this.ds, employeeCountSql(where), params),
    ]);
    return { items: rows.map(employeeDto), total: count[0].n, page, pageSize };
  }

  private async row(p: Principal, id: string, db: Db, lock = false): Promise<EmployeeRow> {
    const rows: EmployeeRow[] = await db.query(`${EMPLOYEE_SELECT} WHERE e.id = $1 ${lock ? 'FOR UPDATE OF e' : ''}`, [id]);
    const r = rows[0];
    if (!r || !inScope(p, r.unit_path) || (p.role === 'employee' && p.employeeId !== r.id)) throw employeeNotFound(id);
    return r;
  }

  async get(p: Principal, id: string): Promise<EmployeeDetailDto> {
    const r = await this.row(p, id, this.ds);
    const nip = r.nip === null ? null : parseNip(r.nip, { pppk: r.status === 'pppk' });
    const names: { name: string }[] = await this.ds.query(
      `SELECT a.name FROM unnest(string_to_array(trim(both '/' from $1), '/')) WITH ORDINALITY AS t(id, n) JOIN org_units a ON a.id::text = t.id ORDER BY t.n`,
      [r.unit_path],
    );
    const pos: { kind: string; functional_level: string | null; is_teacher: boolean; retirement_age_override: number | null }[] = r.position_id
      ? await this.ds.query('SELECT kind, functional_level, is_teacher, retirement_age_override FROM positions WHERE id = $1', [r.position_id])
      : [];
    const age = retirementAge(await this.retirement.rule(), {
      positionKind: pos[0]?.kind ?? 'pelaksana',
      functionalLevel: pos[0]?.functional_level,
      isTeacher: pos[0]?.is_teacher,
      override: pos[0]?.retirement_age_override,
    }).retirementAge;
    return { ...employeeDto(r), nipInfo: nip?.ok ? nip.value : null, retirementAge: age, unitPathNames: names.map((n) => n.name).join(' › ') };
  }

  /**
   * Validates links (unit, position) and identity; returns the unit path and the position facts.
   * A record without a NIP (a new CPNS before BKN issues it) has no NIP to agree with; only its rank is checked.
   */
  private async checkRecord(
    m: Db,
    p: Principal,
    e: { nip: string | null; birthDate: string; gender: string; status: string; rank: string | null; unitId: string; positionId: string | null },
  ) {
    const nip = e.nip;
    const errors: FieldError[] = [...(nip === null ? [] : checkEmployeeIdentity({ ...e, nip })), ...checkRank(e.status, e.rank)];
    if (errors.length) throw new ValidationFailedError(errors);
    const unit = await this.org.unitFieldInScope(p, e.unitId, 'unitId', m);
    let position: { kind: string; functional_level: string | null; is_teacher: boolean; retirement_age_override: number | null } | null = null;
    if (e.positionId) {
      const rows: { unit_id: string; kind: string; functional_level: string | null; is_teacher: boolean; retirement_age_override: number | null }[] = await m.query(
        'SELECT unit_id, kind, functional_level, is_teacher, retirement_age_override FROM positions WHERE id = $1',
        [e.positionId],
      );
      if (!rows[0] || rows[0].unit_id !== unit.id) {
        throw new ValidationFailedError([{ path: 'positionId', code: 'not_found', message: 'positionId does not refer to a position of that unit' }]);
      }
      position = rows[0];
    }
    const rule = await this.retirement.rule();
    const retirementDate = this.retirement.dateFor(
      rule,
      e.birthDate,
      position
        ? { kind: position.kind, functionalLevel: position.functional_level, isTeacher: position.is_teacher, retirementAgeOverride: position.retirement_age_override }
        : null,
    );
    return { unit, retirementDate };
  }

  async create(p: Principal, dto: CreateEmployeeDto): Promise<EmployeeDetailDto> {
    const id = await this.ds.transaction(async (m) => {
      const { unit, retirementDate } = await this.checkRecord(m, p, {
        nip: dto.nip,
        birthDate: dto.birthDate,
        gender: dto.gender,
        status: dto.status,
        rank: dto.rank ?? null,
        unitId: dto.unitId,
        positionId: dto.positionId ?? null,
      });
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO employees (nip, name, gender, birth_date, status, rank, position_id, unit_id, appointment_date, education, active, retirement_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          dto.nip,
          dto.name,
          dto.gender,
          dto.birthDate,
          dto.status,
          dto.rank ?? null,
          dto.positionId ?? null,
          dto.unitId,
          dto.appointmentDate ?? null,
          dto.education ?? null,
          dto.active ?? true,
          retirementDate,
        ],
      );
      const row = await this.row(p, id, m);
      await this.audit.record(m, { action: 'create', entity: 'employee', entityId: id, after: employeeDto(row), unitPath: unit.path });
      return id;
    });
    return this.get(p, id);
  }

  async update(p: Principal, id: string, dto: UpdateEmployeeDto): Promise<EmployeeDetailDto> {
    await this.ds.transaction(async (m) => {
      const before = await this.row(p, id, m, true);
      if (before.version !== dto.version) throw new StaleVersionError('Employee', dto.version);
      // A NIP may be given once when the record has none (BKN issued it later); an existing NIP is not changed here.
      if (dto.nip !== undefined && before.nip !== null && dto.nip !== before.nip) throw nipImmutable(before.nip);
      const next = {
        nip: dto.nip ?? before.nip,
        birthDate: dto.birthDate ?? before.birth_date,
        gender: dto.gender ?? before.gender,
        status: dto.status ?? before.status,
        rank: dto.rank !== undefined ? dto.rank : before.rank,
        unitId: dto.unitId ?? before.unit_id,
        positionId: dto.positionId !== undefined ? dto.positionId : dto.unitId && dto.unitId !== before.unit_id ? null : before.position_id,
      };
      const { unit, retirementDate } = await this.checkRecord(m, p, next);
      await updateVersioned(m, 'employees', 'Employee', id, dto.version, {
        nip: next.nip,
        name: dto.name ?? before.name,
        gender: next.gender,
        birth_date: next.birthDate,
        status: next.status,
        rank: next.rank,
        unit_id: next.unitId,
        position_id: next.positionId,
        appointment_date: dto.appointmentDate !== undefined ? dto.appointmentDate : before.appointment_date,
        education: dto.education !== undefined ? dto.education : before.education,
        active: dto.active ?? before.active,
        retirement_date: retirementDate,
      });
      const after = await this.row(p, id, m);
      await this.audit.record(m, { action: 'update', entity: 'employee', entityId: id, before: employeeDto(before), after: employeeDto(after), unitPath: unit.path });
    });
    return this.get(p, id);
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.row(p, id, m, true);
      await m.query('UPDATE users SET employee_id = NULL WHERE employee_id = $1', [id]);
      await m.query('DELETE FROM employees WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'employee', entityId: id, before: employeeDto(before), unitPath: before.unit_path });
    });
  }

  /** Headline figures for dashboards: totals by status, by child unit, retirements per year. One SQL pass each. */
  async stats(p: Principal, q: EmployeeStatsQueryDto): Promise<EmployeeStatsDto> {
    const horizon = q.horizon ?? 5;
    let rootPath = p.unitPath;
    let rootId: string | null = p.unitId;
    if (q.unitId) {
      const u = await this.org.unitInScope(p, q.unitId);
      rootPath = u.path;
      rootId = u.id;
    }
    if (!rootId) {
      // City-wide: break down by the units right below the city.
      const roots: { id: string }[] = await this.ds.query('SELECT id FROM org_units WHERE parent_id IS NULL');
      rootId = roots.length === 1 ? roots[0].id : null;
    }
    const params: unknown[] = [];
    const scope = rootPath ? `AND u.path LIKE $${params.push(`${rootPath}%`)}` : '';
    const self = p.role === 'employee' ? `AND e.id = $${params.push(p.employeeId)}` : '';
    const base = `FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active ${scope} ${self}`;
    const year = Number(isoToday().slice(0, 4));
    const [byStatus, byRetirement] = await Promise.all([
      this.ds.query(`SELECT e.status AS key, count(*)::int AS n ${base} GROUP BY e.status ORDER BY e.status`, params),
      this.ds.query(
        `SELECT extract(year FROM e.retirement_date)::int AS y, count(*)::int AS n ${base}
           AND e.retirement_date >= make_date($${params.length + 1}, 1, 1) AND e.retirement_date < make_date($${params.length + 1} + $${params.length + 2}, 1, 1)
         GROUP BY 1 ORDER BY 1`,
        [...params, year, horizon],
      ),
    ]);
    // Per child unit of the root: roll each employee up to the child on their path.
    const childParams: unknown[] = [];
    const parentCond = rootId ? `c.parent_id = $${childParams.push(rootId)}` : 'c.parent_id IS NULL';
    const selfCond = p.role === 'employee' ? `AND e.id = $${childParams.push(p.employeeId)}` : '';
    const children: { unit_id: string; unit_name: string; pns: number; cpns: number; pppk: number }[] = await this.ds.query(
      `SELECT c.id AS unit_id, c.name AS unit_name,
          count(e.id) FILTER (WHERE e.status = 'pns')::int AS pns,
          count(e.id) FILTER (WHERE e.status = 'cpns')::int AS cpns,
          count(e.id) FILTER (WHERE e.status = 'pppk')::int AS pppk
        FROM org_units c
        LEFT JOIN org_units u ON u.path LIKE c.path || '%'
        LEFT JOIN employees e ON e.unit_id = u.id AND e.active ${selfCond}
        WHERE ${parentCond}
        GROUP BY c.id, c.name ORDER BY count(e.id) DESC, c.name`,
      childParams,
    );
    const statusLabel: Record<string, string> = { pns: 'PNS', cpns: 'CPNS', pppk: 'PPPK' };
    const total = byStatus.reduce((s: number, r: { n: number }) => s + r.n, 0);
    const perYear = new Map<number, number>(byRetirement.map((r: { y: number; n: number }) => [r.y, r.n]));
    return {
      total,
      byStatus: byStatus.map((r: { key: string; n: number }) => ({ key: r.key, label: statusLabel[r.key] ?? r.key, count: r.n })),
      byUnit: children.map((c) => ({ unitId: c.unit_id, unitName: c.unit_name, pns: c.pns, cpns: c.cpns, pppk: c.pppk, total: c.pns + c.cpns + c.pppk })),
      retirementsByYear: Array.from({ length: horizon }, (_, i) => ({ year: year + i, count: perYear.get(year + i) ?? 0 })),
    };
  }
}
