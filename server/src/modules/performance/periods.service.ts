/**
 * Performance periods: a year with monthly or quarterly checkpoints (default from the rule `performance.monitoring`).
 * Checkpoint k of a day = whole months (monthly) or quarters (quarterly) since the period start, + 1.
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CreatePeriodDto, PeriodDto, UpdatePeriodDto } from './dto/periods.dto.js';
import { checkpointCount, checkpointOf } from './calc/period.js';
import { loadPeriod, type Db, type PeriodRow } from './performance.repo.js';
import { periodDatesInvalid } from './plans.errors.js';

export function periodDto(r: PeriodRow & { created_by_name?: string | null }, on: string = isoToday()): PeriodDto {
  return {
    id: r.id,
    year: r.year,
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    checkpoints: r.checkpoints,
    status: r.status,
    currentCheckpoint: checkpointOf(r, on),
    checkpointCount: checkpointCount(r),
    createdByName: r.created_by_name ?? null,
    version: r.version,
  };
}

@Injectable()
export class PeriodsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  async list(on?: string): Promise<PeriodDto[]> {
    const rows = await this.ds.query<PeriodRow[]>('SELECT * FROM performance_periods ORDER BY starts_on DESC, name, id');
    return rows.map((r) => periodDto(r, on ?? isoToday()));
  }

  async get(id: string, on?: string, db: Db = this.ds): Promise<PeriodDto> {
    return periodDto(await loadPeriod(db, id), on ?? isoToday());
  }

  async create(p: Principal, dto: CreatePeriodDto): Promise<PeriodDto> {
    if (dto.endsOn < dto.startsOn) throw periodDatesInvalid();
    const checkpoints = dto.checkpoints ?? (await this.reference.rule<{ checkpoints?: string }>('performance.monitoring', dto.startsOn)).value.checkpoints ?? 'monthly';
    return this.ds.transaction(async (m) => {
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO performance_periods (year, name, starts_on, ends_on, checkpoints, created_by_name) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.year, dto.name.trim(), dto.startsOn, dto.endsOn, checkpoints, p.name],
      );
      const out = await this.get(id, undefined, m);
      await this.audit.record(m, { action: 'create', entity: 'performance_period', entityId: id, after: out });
      return out;
    });
  }

  async update(p: Principal, id: string, dto: UpdatePeriodDto): Promise<PeriodDto> {
    return this.ds.transaction(async (m) => {
      const before = await loadPeriod(m, id);
      const startsOn = dto.startsOn ?? before.starts_on;
      const endsOn = dto.endsOn ?? before.ends_on;
      if (endsOn < startsOn) throw periodDatesInvalid();
      const sets: Record<string, unknown> = {};
      if (dto.name !== undefined) sets.name = dto.name.trim();
      if (dto.startsOn !== undefined) sets.starts_on = dto.startsOn;
      if (dto.endsOn !== undefined) sets.ends_on = dto.endsOn;
      if (dto.checkpoints !== undefined) sets.checkpoints = dto.checkpoints;
      if (dto.status !== undefined) sets.status = dto.status;
      await updateVersioned(m, 'performance_periods', 'The period', id, dto.version, sets);
      const out = await this.get(id, undefined, m);
      await this.audit.record(m, { action: 'update', entity: 'performance_period', entityId: id, before: periodDto(before), after: out }, p);
      return out;
    });
  }
}
