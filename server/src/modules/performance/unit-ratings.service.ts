import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';
import { sqlRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { distributionViolated, evaluationsMissing, groupKey, noStaff, unitLocked, unitNotFound, unitRatingRequired, violationMessage } from './appraisal.errors.js';
import { checkDistribution, type DistributionLimits, type UnitRating } from './calc/distribution.js';
import { PREDICATES, type Predicate, type Rating } from './calc/predicate.js';
import { DistributionLimitDto, LockUnitDto, SetUnitRatingDto, UnitDistributionDto, UnitRatingDto } from './dto/evaluations.dto.js';
import { loadPeriod, type Db } from './performance.repo.js';

export interface UnitRatingRow {
  id: string;
  period_id: string;
  unit_id: string;
  rating: UnitRating;
  locked_at: Date | null;
  locked_by_name: string | null;
  distribution: { counts?: Record<Predicate, number> } | null;
  version: number;
}

/** A head's result rating follows the unit's own rating: istimewa → above, baik → meets, others → below. */
export const resultFromUnitRating = (r: UnitRating): Rating => (r === 'istimewa' ? 'above' : r === 'baik' ? 'meets' : 'below');

/**
 * Serialises the writes of a unit's appraisal for a period: evaluation writes take it shared, the lock exclusive, so
 * no evaluation changes between the distribution check and the lock (held until the transaction ends).
 */
export async function unitAppraisalLock(db: Db, periodId: string, unitId: string, exclusive: boolean): Promise<void> {
  await db.query(`SELECT ${exclusive ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared'}(7007, hashtext($1))`, [`${periodId}:${unitId}`]);
}

export async function loadUnitRating(db: Db, periodId: string, unitId: string, lock = false): Promise<UnitRatingRow | null> {
  const [row] = await db.query(`SELECT * FROM performance_unit_ratings WHERE period_id = $1 AND unit_id = $2${lock ? ' FOR UPDATE' : ''}`, [periodId, unitId]);
  return row ?? null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
/** share × total without the float noise (as calc/distribution.ts). */
const times = (share: number, total: number) => Math.round(share * total * 1e9) / 1e9;

interface StaffRow {
  plan_id: string;
  employee_id: string;
  name: string;
  nip: string;
  status: 'draft' | 'final' | null;
  predicate: Predicate | null;
}

@Injectable()
export class UnitRatingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  private async loadUnit(db: Db, p: Principal, unitId: string): Promise<{ id: string; name: string; path: string }> {
    const [u] = await db.query('SELECT id, name, path FROM org_units WHERE id = $1', [unitId]);
    if (!u || !inScope(p, u.path)) throw unitNotFound(unitId);
    return u;
  }

  async setRating(p: Principal, periodId: string, unitId: string, dto: SetUnitRatingDto): Promise<UnitRatingDto> {
    return this.ds.transaction(async (m) => {
      await loadPeriod(m, periodId);
      const unit = await this.loadUnit(m, p, unitId);
      await unitAppraisalLock(m, periodId, unitId, true);
      const before = await loadUnitRating(m, periodId, unitId, true);
      if (before?.locked_at) throw unitLocked();
      if (before) {
        if (before.rating !== dto.rating) await updateVersioned(m, 'performance_unit_ratings', 'Unit rating', before.id, dto.version ?? before.version, { rating: dto.rating });
        else if (dto.version !== undefined && dto.version !== before.version) await updateVersioned(m, 'performance_unit_ratings', 'Unit rating', before.id, dto.version, {});
      } else {
        await m.query('INSERT INTO performance_unit_ratings (period_id, unit_id, rating) VALUES ($1, $2, $3)', [periodId, unitId, dto.rating]);
      }
      const after = (await loadUnitRating(m, periodId, unitId))!;
      if (before && before.rating !== after.rating) {
        // A head's result rating follows the unit's rating: a final annual evaluation of the unit's head that no
        // longer matches goes back to draft (audited), so the lock waits until it is evaluated again.
        const reopened = await sqlRows<{ id: string; plan_id: string; result_rating: string }>(
          m,
          `UPDATE performance_evaluations ev SET status = 'draft', finalised_at = NULL, version = ev.version + 1, updated_at = now()
             FROM performance_plans pl JOIN positions pos ON pos.id = pl.position_id AND pos.is_head
            WHERE ev.plan_id = pl.id AND pl.period_id = $1 AND pl.unit_id = $2 AND ev.checkpoint = 0 AND ev.status = 'final'
              AND ev.result_rating <> $3
          RETURNING ev.id, ev.plan_id, ev.result_rating`,
          [periodId, unitId, resultFromUnitRating(after.rating)],
        );
        for (const r of reopened)
          await this.audit.record(m, {
            action: 'reopen',
            entity: 'performance_evaluation',
            entityId: r.id,
            before: { status: 'final', resultRating: r.result_rating },
            after: { status: 'draft', reason: `unit rating changed from ${before.rating} to ${after.rating}` },
            unitPath: unit.path,
          });
      }
      if (!before || before.rating !== after.rating)
        await this.audit.record(m, {
          action: before ? 'update' : 'create',
          entity: 'performance_unit_rating',
          entityId: after.id,
          before: before ? { rating: before.rating } : undefined,
          after: { periodId, unitId, rating: after.rating },
          unitPath: unit.path,
        });
      return this.ratingDto(after, unit.name);
    });
  }

  private ratingDto(r: UnitRatingRow, unitName: string): UnitRatingDto {
    return { periodId: r.period_id, unitId: r.unit_id, unitName, rating: r.rating, lockedAt: iso(r.locked_at), lockedByName: r.locked_by_name, version: r.version };
  }

  async distribution(p: Principal, periodId: string, unitId: string): Promise<UnitDistributionDto> {
    await loadPeriod(this.ds, periodId);
    const unit = await this.loadUnit(this.ds, p, unitId);
    return this.compute(this.ds, periodId, unit);
  }

  /** The unit's own staff (plans of the period in the unit) with their annual evaluation, the counts and the check. */
  private async compute(db: Db, periodId: string, unit: { id: string; name: string }): Promise<UnitDistributionDto> {
    const [rating, staff] = await Promise.all([
      loadUnitRating(db, periodId, unit.id),
      db.query(
        `SELECT pl.id AS plan_id, pl.employee_id, e.name, e.nip, ev.status, ev.predicate
           FROM performance_plans pl
           JOIN employees e ON e.id = pl.employee_id
           LEFT JOIN performance_evaluations ev ON ev.plan_id = pl.id AND ev.checkpoint = 0
          WHERE pl.period_id = $1 AND pl.unit_id = $2
          ORDER BY e.name, e.id`,
        [periodId, unit.id],
      ) as Promise<StaffRow[]>,
    ]);
    const counts = Object.fromEntries(PREDICATES.map((x) => [x, 0])) as Record<Predicate, number>;
    for (const s of staff) if (s.predicate && PREDICATES.includes(s.predicate)) counts[s.predicate]++;
    const total = staff.length;
    const limits: DistributionLimitDto[] = [];
    let violations: UnitDistributionDto['violations'] = [];
    if (rating) {
      const rule = await this.reference.rule<DistributionLimits>('performance.distribution_limits');
      for (const [group, l] of Object.entries(rule.value[rating.rating] ?? {})) {
        const predicates = group.split('_or_');
        const actual = predicates.reduce((s, x) => s + (counts[x as Predicate] ?? 0), 0);
        if (l.min !== undefined) limits.push({ group, predicates, kind: 'min', share: l.min, count: Math.ceil(times(l.min, total)), actual });
        if (l.minCount !== undefined) limits.push({ group, predicates, kind: 'min', share: null, count: l.minCount, actual });
        if (l.max !== undefined) limits.push({ group, predicates, kind: 'max', share: l.max, count: Math.floor(times(l.max, total)), actual });
      }
      // the unit's staff is counted whole: people not yet evaluated are not a violation yet (they are `missing`)
      const check = checkDistribution(rating.rating, counts, rule.value);
      violations = check.violations.map((v) => ({ ...v, group: groupKey(v), message: violationMessage(v, check.total) }));
    }
    const missing = staff
      .filter((s) => s.status !== 'final')
      .map((s) => ({ planId: s.plan_id, employeeId: s.employee_id, name: s.name, nip: s.nip, status: s.status === 'draft' ? 'draft' : 'none' }));
    const evaluated = staff.filter((s) => s.status).length;
    const stored = rating?.distribution?.counts ?? null;
    return {
      periodId,
      unitId: unit.id,
      unitName: unit.name,
      rating: rating?.rating ?? null,
      staff: total,
      evaluated,
      finalised: staff.filter((s) => s.status === 'final').length,
      counts,
      limits,
      violations,
      canLock: !!rating && !rating.locked_at && total > 0 && missing.length === 0 && violations.length === 0,
      missing,
      locked: !!rating?.locked_at,
      lockedAt: iso(rating?.locked_at ?? null),
      lockedByName: rating?.locked_by_name ?? null,
      lockedCounts: stored,
      version: rating?.version ?? null,
    };
  }

  async lock(p: Principal, periodId: string, unitId: string, dto: LockUnitDto): Promise<UnitDistributionDto> {
    return this.ds.transaction(async (m) => {
      await loadPeriod(m, periodId);
      const unit = await this.loadUnit(m, p, unitId);
      await unitAppraisalLock(m, periodId, unitId, true);
      const rating = await loadUnitRating(m, periodId, unitId, true);
      if (!rating) throw unitRatingRequired('rating');
      if (rating.locked_at) throw unitLocked();
      const d = await this.compute(m, periodId, unit);
      if (d.staff === 0) throw noStaff();
      if (d.missing.length) throw evaluationsMissing(d.missing);
      if (d.violations.length) {
        const check = checkDistribution(rating.rating, d.counts, (await this.reference.rule<DistributionLimits>('performance.distribution_limits')).value);
        throw distributionViolated(check.violations, check.total, d.counts as unknown as Record<string, number>);
      }
      const stored = { rating: rating.rating, total: d.staff, counts: d.counts, lockedAt: new Date().toISOString() };
      await updateVersioned(m, 'performance_unit_ratings', 'Unit rating', rating.id, dto.version ?? rating.version, {
        locked_at: new Date(),
        locked_by_name: p.name,
        distribution: JSON.stringify(stored),
      });
      await this.audit.record(m, {
        action: 'lock',
        entity: 'performance_unit_rating',
        entityId: rating.id,
        before: { rating: rating.rating, locked: false },
        after: { periodId, unitId, ...stored },
        unitPath: unit.path,
      });
      return this.compute(m, periodId, unit);
    });
  }
}
