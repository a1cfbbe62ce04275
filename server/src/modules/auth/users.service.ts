import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, StaleVersionError, ValidationFailedError, FieldError } from '../../common/problem.js';
import { Page, pageParams } from '../../common/pagination.js';
import { sqlRows } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from './password.js';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserDto } from './dto/user.dto.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_id: string | null;
  unit_name?: string | null;
  employee_id: string | null;
  active: boolean;
  locked_until: Date | null;
  last_login_at: Date | null;
  version: number;
}

const toDto = (r: UserRow): UserDto => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unitId: r.unit_id,
  unitName: r.unit_name ?? null,
  employeeId: r.employee_id,
  active: r.active,
  locked: !!r.locked_until && new Date(r.locked_until).getTime() > Date.now(),
  lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  version: r.version,
});

const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.unit_id, o.name AS unit_name, u.employee_id, u.active, u.locked_until, u.last_login_at, u.version
  FROM users u LEFT JOIN org_units o ON o.id = u.unit_id`;

@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(q: ListUsersQueryDto): Promise<Page<UserDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.q) where.push(`(u.username ILIKE $${params.push(`%${q.q}%`)} OR u.display_name ILIKE $${params.length})`);
    if (q.role) where.push(`u.role = $${params.push(q.role)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query(`${SELECT} ${w} ORDER BY u.username ${q.sortOrder === 'desc' ? 'DESC' : 'ASC'} LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM users u ${w}`, params),
    ]);
    return { items: rows.map(toDto), total: count[0].n, page, pageSize };
  }

  async get(id: string): Promise<UserDto> {
    const rows: UserRow[] = await this.ds.query(`${SELECT} WHERE u.id = $1`, [id]);
    if (!rows[0]) throw new NotFoundError('USER_NOT_FOUND', 'User', id);
    return toDto(rows[0]);
  }

  private async checkLinks(m: EntityManager, role: string, unitId: string | null, employeeId: string | null): Promise<void> {
    const errors: FieldError[] = [];
    if ((role === 'operator' || role === 'leader') && !unitId) errors.push({ path: 'unitId', code: 'required', message: `unitId is required for the role ${role}` });
    if (role === 'employee' && !employeeId) errors.push({ path: 'employeeId', code: 'required', message: 'employeeId is required for the role employee' });
    if (unitId && !(await m.query('SELECT 1 FROM org_units WHERE id = $1', [unitId])).length)
      errors.push({ path: 'unitId', code: 'not_found', message: 'unitId does not refer to an existing unit' });
    if (employeeId && !(await m.query('SELECT 1 FROM employees WHERE id = $1', [employeeId])).length)
      errors.push({ path: 'employeeId', code: 'not_found', message: 'employeeId does not refer to an existing employee' });
    if (errors.length) throw new ValidationFailedError(errors);
  }

  async create(dto: CreateUserDto): Promise<UserDto> {
    const hash = await hashPassword(dto.password);
    return this.ds.transaction(async (m) => {
      await this.checkLinks(m, dto.role, dto.unitId ?? null, dto.employeeId ?? null);
      const [row]: { id: string }[] = await m.query(
        'INSERT INTO users (username, password_hash, display_name, role, unit_id, employee_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [dto.username, hash, dto.displayName, dto.role, dto.unitId ?? null, dto.employeeId ?? null],
      );
      const [created]: UserRow[] = await m.query(`${SELECT} WHERE u.id = $1`, [row.id]);
      await this.audit.record(m, { action: 'create', entity: 'user', entityId: row.id, after: toDto(created) });
      return toDto(created);
    });
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserDto> {
    const hash = dto.password ? await hashPassword(dto.password) : null;
    return this.ds.transaction(async (m) => {
      const [before]: UserRow[] = await m.query(`${SELECT} WHERE u.id = $1 FOR UPDATE OF u`, [id]);
      if (!before) throw new NotFoundError('USER_NOT_FOUND', 'User', id);
      if (before.version !== dto.version) throw new StaleVersionError('User', dto.version);
      const role = dto.role ?? before.role;
      const unitId = dto.unitId !== undefined ? dto.unitId : before.unit_id;
      const employeeId = dto.employeeId !== undefined ? dto.employeeId : before.employee_id;
      await this.checkLinks(m, role, unitId, employeeId);
      const res = await sqlRows(
        m,
        `UPDATE users SET display_name = $3, role = $4, unit_id = $5, employee_id = $6, active = $7,
           password_hash = coalesce($8, password_hash),
           failed_attempts = CASE WHEN $8::text IS NULL THEN failed_attempts ELSE 0 END,
           locked_until = CASE WHEN $8::text IS NULL THEN locked_until ELSE NULL END,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [id, dto.version, dto.displayName ?? before.display_name, role, unitId, employeeId, dto.active ?? before.active, hash],
      );
      if (!res.length) throw new StaleVersionError('User', dto.version);
      if (dto.active === false) await m.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id]);
      const [after]: UserRow[] = await m.query(`${SELECT} WHERE u.id = $1`, [id]);
      await this.audit.record(m, { action: 'update', entity: 'user', entityId: id, before: toDto(before), after: { ...toDto(after), ...(hash ? { passwordChanged: true } : {}) } });
      return toDto(after);
    });
  }
}
