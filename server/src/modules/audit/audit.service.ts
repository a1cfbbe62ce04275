import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { pageParams, Page } from '../../common/pagination.js';
import { Principal } from '../../common/principal.js';
import { currentContext } from '../../common/request-context.js';
import { unitScopeSql } from '../../common/scope.js';
import { AuditEventDto, ListAuditEventsQueryDto } from './dto/audit.dto.js';

/** create, update, delete, approve, reject, submit, import, revoke, lock, amend… */
export type AuditAction = string;

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Path of the unit the record belongs to (for scoped readers). */
  unitPath?: string | null;
}

const SECRET_FIELDS = new Set(['passwordHash', 'password_hash', 'password', 'keyHash', 'key_hash', 'tokenHash', 'token_hash', 'secret']);

function redact(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(redact);
  if (typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = SECRET_FIELDS.has(k) ? '[redacted]' : redact(val);
    return out;
  }
  return v;
}

@Injectable()
export class AuditService {
  /**
   * Bumped by every audited write: when it is recorded and again when its transaction commits.
   * Caches of derived figures (the needs analysis) compare it before and after computing, so they never keep
   * a result computed from data that changed meanwhile.
   */
  private generation = 0;
  private readonly pending = new WeakSet<object>();

  constructor(private readonly ds: DataSource) {
    ds?.subscribers?.push({
      afterTransactionCommit: (e: { queryRunner: object }) => {
        if (this.pending.has(e.queryRunner)) {
          this.pending.delete(e.queryRunner);
          this.generation++;
        }
      },
    });
  }

  /** Changes whenever audited data may have changed (see `generation`). */
  get dataGeneration(): number {
    return this.generation;
  }

  /** Writes one audit event with the given manager, i.e. inside the caller's transaction. */
  async record(m: EntityManager, e: AuditInput, actor?: Principal | null): Promise<void> {
    const ctx = currentContext();
    const p = actor ?? ctx?.principal ?? null;
    this.generation++;
    if (m.queryRunner) this.pending.add(m.queryRunner);
    await m.query(
      `INSERT INTO audit_events (actor_type, actor_id, actor_name, action, entity, entity_id, before, after, correlation_id, unit_path)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p ? p.kind : 'system',
        p?.id ?? null,
        p?.name ?? null,
        e.action,
        e.entity,
        e.entityId ?? null,
        e.before === undefined ? null : JSON.stringify(redact(e.before)),
        e.after === undefined ? null : JSON.stringify(redact(e.after)),
        ctx?.correlationId ?? null,
        e.unitPath ?? null,
      ],
    );
  }

  async list(principal: Principal, q: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = unitScopeSql(principal, 'a.unit_path', params);
    if (scope) where.push(scope);
    if (q.entity) where.push(`a.entity = $${params.push(q.entity)}`);
    if (q.entityId) where.push(`a.entity_id = $${params.push(q.entityId)}`);
    if (q.actorId) where.push(`a.actor_id = $${params.push(q.actorId)}`);
    if (q.action) where.push(`a.action = $${params.push(q.action)}`);
    if (q.from) where.push(`a.at >= $${params.push(q.from)}`);
    if (q.to) where.push(`a.at < $${params.push(q.to)}`);
    if (q.correlationId) where.push(`a.correlation_id = $${params.push(q.correlationId)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = q.sortOrder === 'asc' ? 'ASC' : 'DESC';
    const [rows, count] = await Promise.all([
      this.ds.query(`SELECT a.* FROM audit_events a ${w} ORDER BY a.at ${order}, a.id ${order} LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM audit_events a ${w}`, params),
    ]);
    return { items: rows.map(toAuditDto), total: count[0].n, page, pageSize };
  }
}

interface AuditRow {
  id: string;
  at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  correlation_id: string | null;
}

function toAuditDto(r: AuditRow): AuditEventDto {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: (r.before as Record<string, unknown>) ?? null,
    after: (r.after as Record<string, unknown>) ?? null,
    correlationId: r.correlation_id,
  };
}
