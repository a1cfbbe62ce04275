import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeyScope, Principal } from '../../common/principal.js';
import { NotFoundError, ValidationFailedError } from '../../common/problem.js';
import { Page, pageParams } from '../../common/pagination.js';
import { sqlRows } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { UnitPathService } from '../org/unit-path.service.js';
import { newSecret, sha256 } from './tokens.js';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, ListApiKeysQueryDto } from './dto/api-key.dto.js';

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  unit_id: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toDto = (r: ApiKeyRow): ApiKeyDto => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes,
  unitId: r.unit_id,
  createdAt: new Date(r.created_at).toISOString(),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
});

@Injectable()
export class ApiKeysService {
  /** Last-used times are written at most once a minute per key, not on every request. */
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly unitPaths: UnitPathService,
  ) {}

  async authenticate(secret: string): Promise<Principal | null> {
    const rows: ApiKeyRow[] = await this.ds.query('SELECT * FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [sha256(secret)]);
    const k = rows[0];
    if (!k) return null;
    const now = Date.now();
    if (now - (this.lastTouched.get(k.id) ?? 0) > 60_000) {
      this.lastTouched.set(k.id, now);
      await this.ds.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [k.id]);
    }
    return {
      kind: 'api_key',
      id: k.id,
      name: k.name,
      role: 'integration',
      unitId: k.unit_id,
      unitPath: await this.unitPaths.pathOf(k.unit_id),
      employeeId: null,
      scopes: k.scopes as ApiKeyScope[],
    };
  }

  async list(q: ListApiKeysQueryDto): Promise<Page<ApiKeyDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const w = q.includeRevoked === 'true' ? '' : 'WHERE revoked_at IS NULL';
    const [rows, count] = await Promise.all([
      this.ds.query(`SELECT * FROM api_keys ${w} ORDER BY created_at ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'} LIMIT ${pageSize} OFFSET ${offset}`),
      this.ds.query(`SELECT count(*)::int AS n FROM api_keys ${w}`),
    ]);
    return { items: rows.map(toDto), total: count[0].n, page, pageSize };
  }

  async create(dto: CreateApiKeyDto, by: Principal): Promise<CreatedApiKeyDto> {
    const secret = newSecret('asnk_');
    return this.ds.transaction(async (m) => {
      if (dto.unitId) {
        const u: unknown[] = await m.query('SELECT 1 FROM org_units WHERE id = $1', [dto.unitId]);
        if (!u.length) throw new ValidationFailedError([{ path: 'unitId', code: 'not_found', message: 'unitId does not refer to an existing unit' }]);
      }
      const [row]: ApiKeyRow[] = await m.query('INSERT INTO api_keys (name, prefix, key_hash, scopes, unit_id, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *', [
        dto.name,
        secret.slice(0, 9),
        sha256(secret),
        dto.scopes,
        dto.unitId ?? null,
        by.kind === 'user' ? by.id : null,
      ]);
      const out = toDto(row);
      await this.audit.record(m, { action: 'create', entity: 'api_key', entityId: row.id, after: out });
      return { ...out, secret };
    });
  }

  async revoke(id: string): Promise<ApiKeyDto> {
    return this.ds.transaction(async (m) => {
      const [before]: ApiKeyRow[] = await m.query('SELECT * FROM api_keys WHERE id = $1 FOR UPDATE', [id]);
      if (!before) throw new NotFoundError('API_KEY_NOT_FOUND', 'API key', id);
      const [row] = await sqlRows<ApiKeyRow>(m, 'UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING *', [id]);
      await this.audit.record(m, { action: 'revoke', entity: 'api_key', entityId: id, before: toDto(before), after: toDto(row) });
      return toDto(row);
    });
  }
}
