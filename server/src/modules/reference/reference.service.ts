import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import { StaleVersionError } from '../../common/problem.js';
import { sqlRows } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday, isRealDate } from './calc/dates.js';
import { parseNik, parseNip } from './calc/identity.js';
import { retirement, RetirementAgeRule } from './calc/retirement.js';
import { effectiveRange, invalidNik, invalidNip, ruleMissing, ruleNotFound } from './reference.errors.js';
import {
  CreateReferenceRuleDto,
  ListReferenceRulesQueryDto,
  NikInfoDto,
  NipInfoDto,
  ReferenceRuleDto,
  RetirementCalcDto,
  RetirementResultDto,
  UpdateReferenceRuleDto,
} from './dto/reference.dto.js';

interface RuleRow {
  id: string;
  key: string;
  value: unknown;
  legal_basis: string;
  effective_from: string;
  effective_to: string | null;
  description: string | null;
  version: number;
  updated_at: Date;
}

const RETIREMENT_RULE = 'retirement.ages';

export interface RuleVersion<T> {
  key: string;
  value: T;
  effectiveFrom: string;
  legalBasis: string;
}

const toDto = (r: RuleRow, today = isoToday()): ReferenceRuleDto => ({
  id: r.id,
  key: r.key,
  value: r.value,
  legalBasis: r.legal_basis,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  description: r.description,
  current: r.effective_from <= today && (!r.effective_to || r.effective_to >= today),
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Dated reference rules: every calculation reads the version in force on its date. */
@Injectable()
export class ReferenceService {
  private cache = new Map<string, { at: number; rows: RuleRow[] }>();

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The version of `key` in force on `on` (default today). Cached for 30 s; cleared on every rule write. */
  async rule<T>(key: string, on: string = isoToday()): Promise<RuleVersion<T>> {
    let entry = this.cache.get(key);
    if (!entry || Date.now() - entry.at > 30_000) {
      const rows: RuleRow[] = await this.ds.query(
        `SELECT id, key, value, legal_basis, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, to_char(effective_to, 'YYYY-MM-DD') AS effective_to, description, version, updated_at
         FROM reference_rules WHERE key = $1 ORDER BY effective_from DESC`,
        [key],
      );
      entry = { at: Date.now(), rows };
      this.cache.set(key, entry);
    }
    const r = entry.rows.find((x) => x.effective_from <= on && (!x.effective_to || x.effective_to >= on));
    if (!r) throw ruleMissing(key, on);
    return { key: r.key, value: r.value as T, effectiveFrom: r.effective_from, legalBasis: r.legal_basis };
  }

  parseNip(nip: string, pppk = false): NipInfoDto {
    const r = parseNip(nip, { pppk });
    if (!r.ok) throw invalidNip(r.reason, r.code);
    return r.value;
  }

  parseNik(nik: string): NikInfoDto {
    const r = parseNik(nik);
    if (!r.ok) throw invalidNik(r.reason, r.code);
    return r.value;
  }

  async calculateRetirement(dto: RetirementCalcDto): Promise<RetirementResultDto> {
    const rule = await this.rule<RetirementAgeRule>('retirement.ages', dto.asOf ?? isoToday());
    const r = retirement(rule.value, { birthDate: dto.birthDate, positionKind: dto.positionKind, functionalLevel: dto.functionalLevel, isTeacher: dto.isTeacher });
    const [y, m, d] = dto.birthDate.split('-');
    return {
      retirementAge: r.retirementAge,
      retirementDate: r.retirementDate,
      basis: r.basis,
      // 29 February in a year without one: the age is reached on the 28th.
      ageReachedOn: `${Number(y) + r.retirementAge}-${m}-${isRealDate(Number(y) + r.retirementAge, Number(m), Number(d)) ? d : '28'}`,
      rule: { key: rule.key, effectiveFrom: rule.effectiveFrom, legalBasis: rule.legalBasis },
    };
  }

  async list(q: ListReferenceRulesQueryDto): Promise<Page<ReferenceRuleDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.key) where.push(`key LIKE $${params.push(`${q.key.replace(/[%_]/g, '\\$&')}%`)}`);
    if (q.onDate) {
      const i = params.push(q.onDate);
      where.push(`effective_from <= $${i} AND (effective_to IS NULL OR effective_to >= $${i})`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query(
        `SELECT id, key, value, legal_basis, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, to_char(effective_to, 'YYYY-MM-DD') AS effective_to, description, version, updated_at
         FROM reference_rules ${w} ORDER BY key ${q.sortOrder === 'desc' ? 'DESC' : 'ASC'}, effective_from DESC LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query(`SELECT count(*)::int AS n FROM reference_rules ${w}`, params),
    ]);
    return { items: rows.map((r: RuleRow) => toDto(r)), total: count[0].n, page, pageSize };
  }

  private async row(m: EntityManager | DataSource, id: string, lock = false): Promise<RuleRow> {
    const rows: RuleRow[] = await m.query(
      `SELECT id, key, value, legal_basis, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, to_char(effective_to, 'YYYY-MM-DD') AS effective_to, description, version, updated_at
       FROM reference_rules WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!rows[0]) throw ruleNotFound(id);
    return rows[0];
  }

  async get(id: string): Promise<ReferenceRuleDto> {
    return toDto(await this.row(this.ds, id));
  }

  async create(dto: CreateReferenceRuleDto): Promise<ReferenceRuleDto> {
    if (dto.effectiveTo && dto.effectiveTo < dto.effectiveFrom) throw effectiveRange();
    const out = await this.ds.transaction(async (m) => {
      const [{ id }]: { id: string }[] = await m.query(
        'INSERT INTO reference_rules (key, value, legal_basis, effective_from, effective_to, description) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [dto.key, JSON.stringify(dto.value), dto.legalBasis, dto.effectiveFrom, dto.effectiveTo ?? null, dto.description ?? null],
      );
      const created = toDto(await this.row(m, id));
      await this.audit.record(m, { action: 'create', entity: 'reference_rule', entityId: id, after: created });
      if (dto.key === RETIREMENT_RULE) await this.recomputeRetirementDates(m);
      return created;
    });
    this.cache.clear();
    return out;
  }

  async update(id: string, dto: UpdateReferenceRuleDto): Promise<ReferenceRuleDto> {
    const out = await this.ds.transaction(async (m) => {
      const before = await this.row(m, id, true);
      if (before.version !== dto.version) throw new StaleVersionError('Reference rule', dto.version);
      const effectiveTo = dto.effectiveTo !== undefined ? dto.effectiveTo : before.effective_to;
      if (effectiveTo && effectiveTo < before.effective_from) throw effectiveRange();
      const res = await sqlRows(
        m,
        `UPDATE reference_rules SET value = $3, legal_basis = $4, effective_to = $5, description = $6, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [
          id,
          dto.version,
          JSON.stringify(dto.value ?? before.value),
          dto.legalBasis ?? before.legal_basis,
          effectiveTo,
          dto.description !== undefined ? dto.description : before.description,
        ],
      );
      if (!res.length) throw new StaleVersionError('Reference rule', dto.version);
      const after = toDto(await this.row(m, id));
      await this.audit.record(m, { action: 'update', entity: 'reference_rule', entityId: id, before: toDto(before), after });
      if (before.key === RETIREMENT_RULE) await this.recomputeRetirementDates(m);
      return after;
    });
    this.cache.clear();
    return out;
  }

  /**
   * Employees keep their retirement date for fast projections: when the retirement rule changes,
   * every stored date is recomputed with the version in force today, in the transaction of the change.
   */
  private async recomputeRetirementDates(m: EntityManager): Promise<void> {
    const today = isoToday();
    const [r]: { value: RetirementAgeRule }[] = await m.query(
      `SELECT value FROM reference_rules WHERE key = $1 AND effective_from <= $2 AND (effective_to IS NULL OR effective_to >= $2) ORDER BY effective_from DESC LIMIT 1`,
      [RETIREMENT_RULE, today],
    );
    if (!r) return;
    const rows: { id: string; birth_date: string; kind: string | null; functional_level: string | null; is_teacher: boolean | null; retirement_age_override: number | null }[] =
      await m.query(
        `SELECT e.id, e.birth_date, p.kind, p.functional_level, p.is_teacher, p.retirement_age_override FROM employees e LEFT JOIN positions p ON p.id = e.position_id`,
      );
    const dates = rows.map(
      (e) =>
        retirement(r.value, {
          birthDate: e.birth_date,
          positionKind: e.kind ?? 'pelaksana',
          functionalLevel: e.functional_level,
          isTeacher: e.is_teacher ?? false,
          override: e.retirement_age_override,
        }).retirementDate,
    );
    await m.query(
      `UPDATE employees e SET retirement_date = v.d::date FROM unnest($1::uuid[], $2::text[]) AS v(id, d) WHERE e.id = v.id AND e.retirement_date IS DISTINCT FROM v.d::date`,
      [rows.map((e) => e.id), dates],
    );
  }

  async remove(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.row(m, id, true);
      await m.query('DELETE FROM reference_rules WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'reference_rule', entityId: id, before: toDto(before) });
      if (before.key === RETIREMENT_RULE) await this.recomputeRetirementDates(m);
    });
    this.cache.clear();
  }
}
