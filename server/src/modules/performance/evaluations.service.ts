import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import {
  checkpointOutOfRange,
  coachingRequired,
  evaluationFinal,
  evaluationNotFound,
  notDirectLeader,
  planNotApproved,
  resultRatingRequired,
  unitLocked,
  unitRatingRequired,
  versionRequired,
} from './appraisal.errors.js';
import { NEEDS_COACHING, PREDICATE_LABELS, type Predicate, type Rating } from './calc/predicate.js';
import { checkpointCount } from './calc/period.js';
import { BERAKHLAK, EvaluationDto, FinaliseEvaluationDto, PlanEvaluationDto, SaveEvaluationDto, type BehavioursOutDto } from './dto/evaluations.dto.js';
import { PerformanceCalculatorsService } from './performance-calculators.service.js';
import { directLeaderOf, emitPerformanceEvents, loadPeriod, loadPlan, type Db, type PeriodRow, type PlanRow } from './performance.repo.js';
import { loadUnitRating, resultFromUnitRating, unitAppraisalLock, type UnitRatingRow } from './unit-ratings.service.js';

interface EvaluationRow {
  id: string;
  plan_id: string;
  checkpoint: number;
  result_rating: Rating;
  behaviours: Record<string, { rating: Rating; note?: string | null }>;
  behaviour_rating: Rating;
  predicate: Predicate;
  note: string | null;
  status: 'draft' | 'final';
  finalised_at: Date | null;
  evaluator_name: string | null;
  updated_at: Date;
  version: number;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const RANK: Record<Rating, number> = { below: 0, meets: 1, above: 2 };

/** The behaviour rating by default: the median of the seven values (the middle one of the sorted ratings). */
export function medianRating(ratings: Rating[]): Rating {
  const sorted = [...ratings].sort((a, b) => RANK[a] - RANK[b]);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const behavioursOut = (b: EvaluationRow['behaviours']): BehavioursOutDto =>
  Object.fromEntries(BERAKHLAK.map((k) => [k, { rating: b?.[k]?.rating ?? 'meets', note: b?.[k]?.note ?? null }])) as unknown as BehavioursOutDto;

interface PlanContext {
  plan: PlanRow;
  period: PeriodRow;
  isHead: boolean;
  unitRating: UnitRatingRow | null;
}

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly calculators: PerformanceCalculatorsService,
  ) {}

  private toDto(r: EvaluationRow, ctx: PlanContext): EvaluationDto {
    const followed = ctx.isHead && !!ctx.unitRating && r.result_rating === resultFromUnitRating(ctx.unitRating.rating);
    return {
      id: r.id,
      checkpoint: r.checkpoint,
      resultRating: r.result_rating,
      resultFromUnitRating: followed,
      behaviours: behavioursOut(r.behaviours),
      behaviourRating: r.behaviour_rating,
      predicate: r.predicate,
      label: PREDICATE_LABELS[r.predicate] ?? r.predicate,
      coachingRequired: NEEDS_COACHING.includes(r.predicate),
      note: r.note,
      status: r.status,
      finalisedAt: iso(r.finalised_at),
      evaluatorName: r.evaluator_name,
      updatedAt: iso(r.updated_at)!,
      version: r.version,
    };
  }

  private async context(db: Db, p: Principal, planId: string, lock = false): Promise<PlanContext> {
    const plan = await loadPlan(db, planId, p, lock);
    const period = await loadPeriod(db, plan.period_id);
    const [pos] = plan.position_id ? await db.query('SELECT is_head FROM positions WHERE id = $1', [plan.position_id]) : [];
    const unitRating = await loadUnitRating(db, plan.period_id, plan.unit_id);
    return { plan, period, isHead: !!pos?.is_head, unitRating };
  }

  /** Planners and administrators (in scope), or the plan's direct leader (as recorded, or as it stands today). */
  private async mayEvaluate(db: Db, p: Principal, plan: PlanRow): Promise<boolean> {
    if (p.role === 'admin' || p.role === 'planner') return true;
    if (p.role !== 'leader' || !p.employeeId || plan.employee_id === p.employeeId) return false;
    if (plan.leader_employee_id === p.employeeId) return true;
    return (await directLeaderOf(db, plan.employee_id))?.employeeId === p.employeeId;
  }

  private async rows(db: Db, planId: string): Promise<EvaluationRow[]> {
    return db.query('SELECT * FROM performance_evaluations WHERE plan_id = $1 ORDER BY checkpoint', [planId]);
  }

  async get(p: Principal, planId: string): Promise<PlanEvaluationDto> {
    const ctx = await this.context(this.ds, p, planId);
    const { plan, period } = ctx;
    const [info] = await this.ds.query(
      `SELECT e.name, e.nip, pos.title AS position_title, u.name AS unit_name, le.name AS leader_name
         FROM employees e
         JOIN org_units u ON u.id = $2
         LEFT JOIN positions pos ON pos.id = $3
         LEFT JOIN employees le ON le.id = $4
        WHERE e.id = $1`,
      [plan.employee_id, plan.unit_id, plan.position_id, plan.leader_employee_id],
    );
    const [{ n }] = await this.ds.query('SELECT count(*)::int AS n FROM performance_coaching WHERE employee_id = $1 AND period_id = $2', [plan.employee_id, plan.period_id]);
    const locked = !!ctx.unitRating?.locked_at;
    return {
      planId: plan.id,
      periodId: period.id,
      periodName: period.name,
      year: period.year,
      checkpoints: checkpointCount(period),
      employeeId: plan.employee_id,
      employeeName: info?.name ?? '',
      nip: info?.nip ?? '',
      positionTitle: info?.position_title ?? null,
      unitId: plan.unit_id,
      unitName: info?.unit_name ?? '',
      leaderEmployeeId: plan.leader_employee_id,
      leaderName: info?.leader_name ?? null,
      planStatus: plan.status,
      isHead: ctx.isHead,
      unitRating: ctx.unitRating?.rating ?? null,
      unitLocked: locked,
      canEvaluate: plan.status === 'approved' && !locked && (await this.mayEvaluate(this.ds, p, plan)),
      evaluations: (await this.rows(this.ds, plan.id)).map((r) => this.toDto(r, ctx)),
      coachingCount: n,
    };
  }

  /** The result rating to store: a head's follows the unit rating (required for the annual one); others' as sent. */
  private resultRating(ctx: PlanContext, checkpoint: number, sent?: string): Rating {
    if (ctx.isHead && ctx.unitRating) return resultFromUnitRating(ctx.unitRating.rating);
    if (ctx.isHead && checkpoint === 0) throw unitRatingRequired('resultRating');
    if (!sent) throw resultRatingRequired();
    return sent as Rating;
  }

  private async predicateOf(result: Rating, behaviour: Rating): Promise<Predicate> {
    // the calculator's own code path (calc/predicate.ts with the reference rule in force)
    const r = await this.calculators.predicate({ resultRating: result, behaviourRating: behaviour });
    return r.predicate as Predicate;
  }

  /** Plan evaluable by the caller, approved, checkpoint in range, unit not locked (takes the unit's appraisal lock). */
  private async writable(m: Db, p: Principal, planId: string, checkpoint: number): Promise<PlanContext> {
    const plan = await loadPlan(m, planId, p, true);
    if (!(await this.mayEvaluate(m, p, plan))) throw notDirectLeader();
    if (plan.status !== 'approved') throw planNotApproved();
    const period = await loadPeriod(m, plan.period_id);
    const max = checkpointCount(period);
    if (checkpoint > max) throw checkpointOutOfRange(max);
    await unitAppraisalLock(m, plan.period_id, plan.unit_id, false);
    const unitRating = await loadUnitRating(m, plan.period_id, plan.unit_id);
    if (unitRating?.locked_at) throw unitLocked();
    const [pos] = plan.position_id ? await m.query('SELECT is_head FROM positions WHERE id = $1', [plan.position_id]) : [];
    return { plan, period, isHead: !!pos?.is_head, unitRating };
  }

  async save(p: Principal, planId: string, dto: SaveEvaluationDto): Promise<EvaluationDto> {
    return this.ds.transaction(async (m) => {
      const ctx = await this.writable(m, p, planId, dto.checkpoint);
      const result = this.resultRating(ctx, dto.checkpoint, dto.resultRating);
      const behaviours = Object.fromEntries(
        BERAKHLAK.map((k) => {
          const b = dto.behaviours[k];
          return [k, { rating: b.rating as Rating, note: b.note?.trim() || null }];
        }),
      );
      const behaviourRating = (dto.behaviourRating as Rating | undefined) ?? medianRating(BERAKHLAK.map((k) => behaviours[k].rating));
      const predicate = await this.predicateOf(result, behaviourRating);

      const [before]: EvaluationRow[] = await m.query('SELECT * FROM performance_evaluations WHERE plan_id = $1 AND checkpoint = $2 FOR UPDATE', [planId, dto.checkpoint]);
      const values = {
        result_rating: result,
        behaviours: JSON.stringify(behaviours),
        behaviour_rating: behaviourRating,
        predicate,
        note: dto.note?.trim() || null,
        status: 'draft',
        finalised_at: null,
        evaluator_name: p.name,
      };
      if (before) {
        if (dto.version === undefined) throw versionRequired();
        await updateVersioned(m, 'performance_evaluations', 'Evaluation', before.id, dto.version, values);
      } else {
        await m.query(
          `INSERT INTO performance_evaluations (plan_id, checkpoint, result_rating, behaviours, behaviour_rating, predicate, note, status, evaluator_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8)`,
          [planId, dto.checkpoint, result, values.behaviours, behaviourRating, predicate, values.note, p.name],
        );
      }
      const [after]: EvaluationRow[] = await m.query('SELECT * FROM performance_evaluations WHERE plan_id = $1 AND checkpoint = $2', [planId, dto.checkpoint]);
      await this.audit.record(m, {
        action: !before ? 'create' : before.status === 'final' ? 'reopen' : 'update',
        entity: 'performance_evaluation',
        entityId: after.id,
        before: before ? this.toDto(before, ctx) : undefined,
        after: { planId, employeeId: ctx.plan.employee_id, ...this.toDto(after, ctx) },
        unitPath: ctx.plan.unit_path,
      });
      return this.toDto(after, ctx);
    });
  }

  async finalise(p: Principal, planId: string, dto: FinaliseEvaluationDto): Promise<EvaluationDto> {
    return this.ds.transaction(async (m) => {
      const ctx = await this.writable(m, p, planId, dto.checkpoint);
      const [before]: EvaluationRow[] = await m.query('SELECT * FROM performance_evaluations WHERE plan_id = $1 AND checkpoint = $2 FOR UPDATE', [planId, dto.checkpoint]);
      if (!before) throw evaluationNotFound(dto.checkpoint);
      if (before.status === 'final') throw evaluationFinal();
      // a head's result follows the unit rating as it stands at finalising
      let result = before.result_rating;
      if (ctx.isHead && (ctx.unitRating || dto.checkpoint === 0)) result = this.resultRating(ctx, dto.checkpoint);
      const predicate = await this.predicateOf(result, before.behaviour_rating);
      if (dto.checkpoint === 0 && NEEDS_COACHING.includes(predicate)) {
        const [{ n }] = await m.query('SELECT count(*)::int AS n FROM performance_coaching WHERE employee_id = $1 AND period_id = $2', [ctx.plan.employee_id, ctx.plan.period_id]);
        if (!n) throw coachingRequired(PREDICATE_LABELS[predicate]);
      }
      await updateVersioned(m, 'performance_evaluations', 'Evaluation', before.id, dto.version, {
        result_rating: result,
        predicate,
        status: 'final',
        finalised_at: new Date(),
        evaluator_name: p.name,
      });
      const [after]: EvaluationRow[] = await m.query('SELECT * FROM performance_evaluations WHERE id = $1', [before.id]);
      await this.audit.record(m, {
        action: 'finalise',
        entity: 'performance_evaluation',
        entityId: after.id,
        before: this.toDto(before, ctx),
        after: { planId, employeeId: ctx.plan.employee_id, ...this.toDto(after, ctx) },
        unitPath: ctx.plan.unit_path,
      });
      await emitPerformanceEvents(m, [
        {
          type: 'evaluation.finalised',
          unitPath: ctx.plan.unit_path,
          employeeId: ctx.plan.employee_id,
          data: { planId, employeeId: ctx.plan.employee_id, checkpoint: after.checkpoint, predicate: after.predicate },
        },
      ]);
      return this.toDto(after, ctx);
    });
  }
}
