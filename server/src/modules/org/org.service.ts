import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import { Principal } from '../../common/principal.js';
import { StaleVersionError } from '../../common/problem.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, sqlRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { RetirementDatesService } from '../reference/retirement-dates.service.js';
import {
  functionalLevelRequired,
  moveIntoOwnSubtree,
  parentOutOfScope,
  positionInUse,
  positionNotFound,
  unitInUse,
  unitNotFound,
  unitOutOfScope,
  driverNotFound,
} from './org.errors.js';
import { UnitPathService } from './unit-path.service.js';
import {
  CreateOrgUnitDto,
  CreatePositionDto,
  CreateServiceDriverDto,
  ListOrgUnitsQueryDto,
  ListPositionsQueryDto,
  ListServiceDriversQueryDto,
  OrgUnitDto,
  OrgUnitTreeNodeDto,
  OrgUnitTreeQueryDto,
  PositionDto,
  ServiceDriverDto,
  UpdateOrgUnitDto,
  UpdatePositionDto,
  UpdateServiceDriverDto,
} from './dto/org.dto.js';

type Db = Pick<EntityManager, 'query'>;

export interface UnitRef {
  id: string;
  path: string;
  name: string;
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  sector: string;
  parent_id: string | null;
  region_code: string | null;
  path: string;
  depth: number;
  version: number;
  child_count?: number;
}

const unitDto = (r: UnitRow): OrgUnitDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  sector: r.sector,
  parentId: r.parent_id,
  regionCode: r.region_code,
  depth: r.depth,
  childCount: r.child_count ?? 0,
  version: r.version,
});

interface PositionRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  title: string;
  kind: string;
  functional_level: string | null;
  job_class: number | null;
  education_required: string | null;
  retirement_age_override: number | null;
  needs_method: string;
  is_teacher: boolean;
  employee_count: number;
  version: number;
}

const positionDto = (r: PositionRow): PositionDto => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  title: r.title,
  kind: r.kind,
  functionalLevel: r.functional_level,
  class: r.job_class,
  educationRequired: r.education_required,
  retirementAgeOverride: r.retirement_age_override,
  needsMethod: r.needs_method,
  isTeacher: r.is_teacher,
  employeeCount: r.employee_count ?? 0,
  version: r.version,
});

interface DriverRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  key: string;
  year: number;
  value: string;
  growth_rate: string;
  source: string | null;
  version: number;
}

const driverDto = (r: DriverRow): ServiceDriverDto => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  key: r.key,
  year: r.year,
  value: Number(r.value),
  growthRate: Number(r.growth_rate),
  source: r.source,
  version: r.version,
});

const UNIT_SELECT = `SELECT u.id, u.code, u.name, u.kind, u.sector, u.parent_id, u.region_code, u.path, u.depth, u.version,
  (SELECT count(*)::int FROM org_units c WHERE c.parent_id = u.id) AS child_count FROM org_units u`;

const POSITION_SELECT = `SELECT p.id, p.unit_id, u.name AS unit_name, u.path AS unit_path, p.title, p.kind, p.functional_level, p.job_class,
  p.education_required, p.retirement_age_override, p.needs_method, p.is_teacher, p.version,
  (SELECT count(*)::int FROM employees e WHERE e.position_id = p.id AND e.active) AS employee_count
  FROM positions p JOIN org_units u ON u.id = p.unit_id`;

const DRIVER_SELECT = `SELECT d.id, d.unit_id, u.name AS unit_name, u.path AS unit_path, d.key, d.year, d.value, d.growth_rate, d.source, d.version
  FROM service_drivers d JOIN org_units u ON u.id = d.unit_id`;

/** Organisation: the unit tree, positions and service drivers, all scoped to the caller's subtree. */
@Injectable()
export class OrgService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly unitPaths: UnitPathService,
    private readonly retirement: RetirementDatesService,
  ) {}

  // ── helpers other modules use ────────────────────────────────────────────

  /** A unit inside the caller's scope, or 404 (also for units that exist elsewhere). */
  async unitInScope(p: Principal, id: string, db: Db = this.ds): Promise<UnitRef> {
    const rows: UnitRef[] = await db.query('SELECT id, path, name FROM org_units WHERE id = $1', [id]);
    if (!rows[0] || !inScope(p, rows[0].path)) throw unitNotFound(id);
    return rows[0];
  }

  /** Like unitInScope, but a missing unit in a request body is a 400 naming the field. */
  async unitFieldInScope(p: Principal, id: string, field: string, db: Db = this.ds): Promise<UnitRef> {
    const rows: UnitRef[] = await db.query('SELECT id, path, name FROM org_units WHERE id = $1', [id]);
    if (!rows[0] || !inScope(p, rows[0].path)) throw field === 'parentId' ? parentOutOfScope(field) : unitOutOfScope(field);
    return rows[0];
  }

  // ── units ────────────────────────────────────────────────────────────────

  async listUnits(p: Principal, q: ListOrgUnitsQueryDto): Promise<Page<OrgUnitDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (q.parentId) where.push(`u.parent_id = $${params.push(q.parentId)}`);
    if (q.withinUnitId) {
      const within = await this.unitInScope(p, q.withinUnitId);
      where.push(`u.path LIKE $${params.push(`${within.path}%`)}`);
    }
    if (q.kind) where.push(`u.kind = $${params.push(q.kind)}`);
    if (q.sector) where.push(`u.sector = $${params.push(q.sector)}`);
    if (q.q) where.push(`(u.name ILIKE $${params.push(`%${q.q}%`)} OR u.code ILIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = { name: 'u.name', code: 'u.code', kind: 'u.kind', depth: 'u.depth' }[q.sortBy ?? 'depth'];
    const [rows, count] = await Promise.all([
      this.ds.query(`${UNIT_SELECT} ${w} ORDER BY ${sort} ${dir(q.sortOrder)}, u.name ASC, u.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM org_units u ${w}`, params),
    ]);
    return { items: rows.map(unitDto), total: count[0].n, page, pageSize };
  }

  async unitTree(p: Principal, q: OrgUnitTreeQueryDto): Promise<OrgUnitTreeNodeDto[]> {
    let rootPath: string | null = p.unitPath;
    let rootDepth = 0;
    if (q.rootId) {
      const root = await this.unitInScope(p, q.rootId);
      rootPath = root.path;
    }
    const params: unknown[] = [];
    let where = '';
    if (rootPath) {
      params.push(`${rootPath}%`);
      where = 'WHERE u.path LIKE $1';
      rootDepth = rootPath.split('/').filter(Boolean).length - 1;
    }
    if (q.depth !== undefined) {
      where += `${where ? ' AND' : 'WHERE'} u.depth <= $${params.push(rootDepth + q.depth)}`;
    }
    // Employee counts per subtree in one pass: count per unit, then roll up along the paths in JS.
    const rows: (UnitRow & { own: number })[] = await this.ds.query(
      `SELECT u.id, u.code, u.name, u.kind, u.sector, u.parent_id, u.path, u.depth,
         coalesce(c.n, 0)::int AS own
       FROM org_units u
       LEFT JOIN (SELECT e.unit_id, count(*) AS n FROM employees e WHERE e.active GROUP BY e.unit_id) c ON c.unit_id = u.id
       ${where} ORDER BY u.depth, u.name`,
      params,
    );
    const nodes = new Map<string, OrgUnitTreeNodeDto>();
    const roots: OrgUnitTreeNodeDto[] = [];
    for (const r of rows) nodes.set(r.id, { id: r.id, code: r.code, name: r.name, kind: r.kind, sector: r.sector, parentId: r.parent_id, employeeCount: 0, children: [] });
    // Subtree employee counts: add each unit's own count to itself and every ancestor present.
    for (const r of rows) {
      if (!r.own) continue;
      for (const id of r.path.split('/').filter(Boolean)) {
        const n = nodes.get(id);
        if (n) n.employeeCount += r.own;
      }
    }
    for (const r of rows) {
      const node = nodes.get(r.id)!;
      const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async getUnit(p: Principal, id: string): Promise<OrgUnitDto> {
    const rows: UnitRow[] = await this.ds.query(`${UNIT_SELECT} WHERE u.id = $1`, [id]);
    if (!rows[0] || !inScope(p, rows[0].path)) throw unitNotFound(id);
    return unitDto(rows[0]);
  }

  async createUnit(p: Principal, dto: CreateOrgUnitDto): Promise<OrgUnitDto> {
    return this.ds.transaction(async (m) => {
      const parent = await this.unitFieldInScope(p, dto.parentId, 'parentId', m);
      const id = randomUUID();
      const path = `${parent.path}${id}/`;
      await m.query(`INSERT INTO org_units (id, code, name, kind, sector, parent_id, region_code, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        id,
        dto.code,
        dto.name,
        dto.kind,
        dto.sector,
        parent.id,
        dto.regionCode ?? null,
        path,
        path.split('/').filter(Boolean).length - 1,
      ]);
      const [row]: UnitRow[] = await m.query(`${UNIT_SELECT} WHERE u.id = $1`, [id]);
      await this.audit.record(m, { action: 'create', entity: 'org_unit', entityId: id, after: unitDto(row), unitPath: path });
      return unitDto(row);
    });
  }

  async updateUnit(p: Principal, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnitDto> {
    const out = await this.ds.transaction(async (m) => {
      const [before]: UnitRow[] = await m.query(`${UNIT_SELECT} WHERE u.id = $1 FOR UPDATE OF u`, [id]);
      if (!before || !inScope(p, before.path)) throw unitNotFound(id);
      if (before.version !== dto.version) throw new StaleVersionError('Unit', dto.version);
      const sets: Record<string, unknown> = {};
      if (dto.code !== undefined) sets.code = dto.code;
      if (dto.name !== undefined) sets.name = dto.name;
      if (dto.kind !== undefined) sets.kind = dto.kind;
      if (dto.sector !== undefined) sets.sector = dto.sector;
      if (dto.regionCode !== undefined) sets.region_code = dto.regionCode;
      let newPath: string | undefined;
      if (dto.parentId !== undefined && dto.parentId !== before.parent_id) {
        // Moving a unit: only within the caller's scope, never under itself; the whole subtree's paths follow.
        if (p.unitPath && before.path === p.unitPath) throw unitNotFound(id);
        const parent = await this.unitFieldInScope(p, dto.parentId, 'parentId', m);
        if (parent.path.startsWith(before.path)) throw moveIntoOwnSubtree();
        newPath = `${parent.path}${id}/`;
        sets.parent_id = parent.id;
      }
      await updateVersioned(m, 'org_units', 'Unit', id, dto.version, sets);
      if (newPath) {
        const delta = newPath.split('/').length - before.path.split('/').length;
        await m.query(`UPDATE org_units SET path = $2 || substr(path, length($1) + 1), depth = depth + $3 WHERE path LIKE $4`, [before.path, newPath, delta, `${before.path}%`]);
      }
      const [after]: UnitRow[] = await m.query(`${UNIT_SELECT} WHERE u.id = $1`, [id]);
      await this.audit.record(m, { action: 'update', entity: 'org_unit', entityId: id, before: unitDto(before), after: unitDto(after), unitPath: after.path });
      return unitDto(after);
    });
    this.unitPaths.invalidate();
    return out;
  }

  async deleteUnit(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [before]: UnitRow[] = await m.query(`${UNIT_SELECT} WHERE u.id = $1 FOR UPDATE OF u`, [id]);
      if (!before || !inScope(p, before.path) || before.path === p.unitPath) throw unitNotFound(id);
      const [use]: { n: number }[] = await m.query(
        `SELECT (SELECT count(*) FROM org_units WHERE parent_id = $1) + (SELECT count(*) FROM positions WHERE unit_id = $1)
              + (SELECT count(*) FROM employees WHERE unit_id = $1) + (SELECT count(*) FROM users WHERE unit_id = $1) AS n`,
        [id],
      );
      if (Number(use.n) > 0) throw unitInUse();
      await m.query('DELETE FROM org_units WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'org_unit', entityId: id, before: unitDto(before), unitPath: before.path });
    });
    this.unitPaths.invalidate();
  }

  // ── positions ────────────────────────────────────────────────────────────

  private async positionRow(p: Principal, id: string, db: Db, lock = false): Promise<PositionRow> {
    const rows: PositionRow[] = await db.query(`${POSITION_SELECT} WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`, [id]);
    if (!rows[0] || !inScope(p, rows[0].unit_path)) throw positionNotFound(id);
    return rows[0];
  }

  /** A position inside the caller's scope, for other modules; 404 outside. */
  async positionInScope(p: Principal, id: string, db: Db = this.ds): Promise<PositionDto & { unitPath: string }> {
    const r = await this.positionRow(p, id, db);
    return { ...positionDto(r), unitPath: r.unit_path };
  }

  async listPositions(p: Principal, q: ListPositionsQueryDto): Promise<Page<PositionDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (q.unitId) {
      const unit = await this.unitInScope(p, q.unitId);
      where.push(`u.path LIKE $${params.push(`${unit.path}%`)}`);
    }
    if (q.kind) where.push(`p.kind = $${params.push(q.kind)}`);
    if (q.needsMethod) where.push(`p.needs_method = $${params.push(q.needsMethod)}`);
    if (q.q) where.push(`p.title ILIKE $${params.push(`%${q.q}%`)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = { title: 'p.title', kind: 'p.kind', class: 'p.job_class', unitName: 'u.name' }[q.sortBy ?? 'title'];
    const [rows, count] = await Promise.all([
      this.ds.query(`${POSITION_SELECT} ${w} ORDER BY ${sort} ${dir(q.sortOrder)} NULLS LAST, p.title, p.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM positions p JOIN org_units u ON u.id = p.unit_id ${w}`, params),
    ]);
    return { items: rows.map(positionDto), total: count[0].n, page, pageSize };
  }

  async getPosition(p: Principal, id: string): Promise<PositionDto> {
    return positionDto(await this.positionRow(p, id, this.ds));
  }

  private checkLevel(kind: string, level: string | null | undefined): void {
    if ((kind === 'fungsional') !== !!level) throw functionalLevelRequired();
  }

  async createPosition(p: Principal, dto: CreatePositionDto): Promise<PositionDto> {
    this.checkLevel(dto.kind, dto.functionalLevel);
    return this.ds.transaction(async (m) => {
      const unit = await this.unitFieldInScope(p, dto.unitId, 'unitId', m);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO positions (unit_id, title, kind, functional_level, job_class, education_required, retirement_age_override, needs_method, is_teacher)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          unit.id,
          dto.title,
          dto.kind,
          dto.functionalLevel ?? null,
          dto.class ?? null,
          dto.educationRequired ?? null,
          dto.retirementAgeOverride ?? null,
          dto.needsMethod ?? 'workload',
          dto.isTeacher ?? false,
        ],
      );
      const row = await this.positionRow(p, id, m);
      await this.audit.record(m, { action: 'create', entity: 'position', entityId: id, after: positionDto(row), unitPath: unit.path });
      return positionDto(row);
    });
  }

  async updatePosition(p: Principal, id: string, dto: UpdatePositionDto): Promise<PositionDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.positionRow(p, id, m, true);
      const kind = dto.kind ?? before.kind;
      const level = dto.functionalLevel !== undefined ? dto.functionalLevel : before.functional_level;
      this.checkLevel(kind, level);
      const sets: Record<string, unknown> = {
        title: dto.title ?? before.title,
        kind,
        functional_level: level,
        job_class: dto.class !== undefined ? dto.class : before.job_class,
        education_required: dto.educationRequired !== undefined ? dto.educationRequired : before.education_required,
        retirement_age_override: dto.retirementAgeOverride !== undefined ? dto.retirementAgeOverride : before.retirement_age_override,
        needs_method: dto.needsMethod ?? before.needs_method,
        is_teacher: dto.isTeacher ?? before.is_teacher,
      };
      await updateVersioned(m, 'positions', 'Position', id, dto.version, sets);
      // The retirement rule depends on the position: its holders' retirement dates follow.
      await this.retirement.recomputeForPosition(m, id);
      const after = await this.positionRow(p, id, m);
      await this.audit.record(m, { action: 'update', entity: 'position', entityId: id, before: positionDto(before), after: positionDto(after), unitPath: before.unit_path });
      return positionDto(after);
    });
  }

  async deletePosition(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.positionRow(p, id, m, true);
      const [use]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM employees WHERE position_id = $1', [id]);
      if (use.n > 0) throw positionInUse();
      await m.query('DELETE FROM positions WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'position', entityId: id, before: positionDto(before), unitPath: before.unit_path });
    });
  }

  // ── service drivers ──────────────────────────────────────────────────────

  private async driverRow(p: Principal, id: string, db: Db, lock = false): Promise<DriverRow> {
    const rows: DriverRow[] = await db.query(`${DRIVER_SELECT} WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`, [id]);
    if (!rows[0] || !inScope(p, rows[0].unit_path)) throw driverNotFound(id);
    return rows[0];
  }

  async listDrivers(p: Principal, q: ListServiceDriversQueryDto): Promise<Page<ServiceDriverDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    if (scope) where.push(scope);
    if (q.unitId) {
      const unit = await this.unitInScope(p, q.unitId);
      where.push(`u.path LIKE $${params.push(`${unit.path}%`)}`);
    }
    if (q.key) where.push(`d.key = $${params.push(q.key)}`);
    if (q.year) where.push(`d.year = $${params.push(q.year)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query(`${DRIVER_SELECT} ${w} ORDER BY u.name ${dir(q.sortOrder)}, d.key, d.year DESC LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM service_drivers d JOIN org_units u ON u.id = d.unit_id ${w}`, params),
    ]);
    return { items: rows.map(driverDto), total: count[0].n, page, pageSize };
  }

  async getDriver(p: Principal, id: string): Promise<ServiceDriverDto> {
    return driverDto(await this.driverRow(p, id, this.ds));
  }

  async createDriver(p: Principal, dto: CreateServiceDriverDto): Promise<ServiceDriverDto> {
    return this.ds.transaction(async (m) => {
      const unit = await this.unitFieldInScope(p, dto.unitId, 'unitId', m);
      const [{ id }] = await sqlRows<{ id: string }>(
        m,
        'INSERT INTO service_drivers (unit_id, key, year, value, growth_rate, source) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [unit.id, dto.key, dto.year, dto.value, dto.growthRate ?? 0, dto.source ?? null],
      );
      const row = await this.driverRow(p, id, m);
      await this.audit.record(m, { action: 'create', entity: 'service_driver', entityId: id, after: driverDto(row), unitPath: unit.path });
      return driverDto(row);
    });
  }

  async updateDriver(p: Principal, id: string, dto: UpdateServiceDriverDto): Promise<ServiceDriverDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.driverRow(p, id, m, true);
      await updateVersioned(m, 'service_drivers', 'Service driver', id, dto.version, {
        value: dto.value ?? before.value,
        growth_rate: dto.growthRate ?? before.growth_rate,
        source: dto.source !== undefined ? dto.source : before.source,
      });
      const after = await this.driverRow(p, id, m);
      await this.audit.record(m, { action: 'update', entity: 'service_driver', entityId: id, before: driverDto(before), after: driverDto(after), unitPath: before.unit_path });
      return driverDto(after);
    });
  }

  async deleteDriver(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.driverRow(p, id, m, true);
      await m.query('DELETE FROM service_drivers WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'service_driver', entityId: id, before: driverDto(before), unitPath: before.unit_path });
    });
  }
}
