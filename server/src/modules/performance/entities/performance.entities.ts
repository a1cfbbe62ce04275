/**
 * Performance tables (issue 7): periods, SKP plans with targets (cascading from the leader's targets), progress
 * reports with evidence, the live event log, coaching dialogues, evaluations, the unit ratings and locks, and the
 * citizens' feedback (IKM). Owned by the migrations; mirrored here for the schema-diff test.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EmployeeEntity, OrgUnitEntity, PositionEntity } from '../../../database/entities/platform.entities.js';

/** A performance year with its checkpoints (monthly or quarterly). */
@Entity('performance_periods')
export class PerformancePeriodEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date' }) endsOn: string;
  /** monthly | quarterly */
  @Column({ type: 'varchar', length: 10 }) checkpoints: string;
  /** open | closed */
  @Column({ type: 'varchar', length: 10, default: 'open' }) status: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One employee's SKP for a period: draft → submitted → approved by the direct leader; revised only with a reason. */
@Entity('performance_plans')
@Unique('uq_performance_plans_period_employee', ['periodId', 'employeeId'])
export class PerformancePlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) periodId: string;
  @ManyToOne(() => PerformancePeriodEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'period_id' }) period?: Relation<PerformancePeriodEntity>;
  @Index() @Column({ type: 'uuid' }) employeeId: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity>;
  /** The employee's unit and position when the plan was made (the plan follows the unit's scope). */
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'uuid', nullable: true }) positionId: string | null;
  @ManyToOne(() => PositionEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity>;
  /** Materialised path of the unit (scope checks without a join). */
  @Column({ type: 'text' }) unitPath: string;
  /** The direct leader (head of the unit, or of its parent for heads) resolved when the plan was made or submitted. */
  @Index() @Column({ type: 'uuid', nullable: true }) leaderEmployeeId: string | null;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'leader_employee_id' }) leader?: Relation<EmployeeEntity>;
  /** draft | submitted | approved */
  @Column({ type: 'varchar', length: 12, default: 'draft' }) status: string;
  @Column({ type: 'int', default: 1 }) revision: number;
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) approvedByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A target (rencana hasil kerja) with its indicator (quantity, quality, time, cost) and weight. */
@Entity('performance_targets')
export class PerformanceTargetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PerformancePlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: Relation<PerformancePlanEntity>;
  /** The leader's target this one supports (cascading); null at the top of a unit's tree. */
  @Index() @Column({ type: 'uuid', nullable: true }) parentTargetId: string | null;
  @ManyToOne(() => PerformanceTargetEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'parent_target_id' }) parentTarget?: Relation<PerformanceTargetEntity>;
  @Column({ type: 'varchar', length: 300 }) title: string;
  /** The leader's expectations for this target. */
  @Column({ type: 'text', nullable: true }) expectation: string | null;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) quantity: string;
  @Column({ type: 'varchar', length: 60 }) quantityUnit: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 100 }) qualityPct: string;
  /** Time indicator: a deadline, or a number of months from the period start (the deadline is derived). */
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ type: 'int', nullable: true }) months: number | null;
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true }) cost: string | null;
  /** Weight in percent (a plan's weights add up to 100 before it is submitted). */
  @Column({ type: 'numeric', precision: 5, scale: 2 }) weight: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  /** Latest realised quantity (cumulative) from the latest report not returned; kept with each report. */
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) realised: string;
  @Column({ type: 'timestamptz', nullable: true }) lastReportedAt: Date | null;
  /** At risk when last computed (a change is pushed on the live stream). */
  @Column({ type: 'boolean', default: false }) atRisk: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** An approved plan's revision: what it was, why it changed, who changed it. */
@Entity('performance_plan_revisions')
export class PerformancePlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PerformancePlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: Relation<PerformancePlanEntity>;
  @Column({ type: 'int' }) revision: number;
  @Column({ type: 'text' }) reason: string;
  /** The approved plan (targets) before the revision. */
  @Column({ type: 'jsonb' }) before: unknown;
  @Column({ type: 'varchar', length: 200, nullable: true }) byName: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A progress report on a target: realised quantity (cumulative) or percentage, a note and evidence. */
@Entity('performance_reports')
@Index('idx_performance_reports_target_at', ['targetId', 'createdAt'])
@Index('idx_performance_reports_plan_on', ['planId', 'reportedOn'])
export class PerformanceReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) targetId: string;
  @ManyToOne(() => PerformanceTargetEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'target_id' }) target?: Relation<PerformanceTargetEntity>;
  @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PerformancePlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: Relation<PerformancePlanEntity>;
  @Column({ type: 'uuid' }) employeeId: string;
  @Column({ type: 'date' }) reportedOn: string;
  /** Cumulative quantity realised so far (in the target's unit). */
  @Column({ type: 'numeric', precision: 14, scale: 2 }) realised: string;
  /** As given: quantity | percent (percent is converted to quantity with the target). */
  @Column({ type: 'varchar', length: 8 }) givenAs: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) evidenceLink: string | null;
  /** pending | accepted | returned */
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: string;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decidedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** An evidence file of a report (photo or PDF), checked by its first bytes, with its SHA-256. */
@Entity('performance_report_files')
export class PerformanceReportFileEntity {
  @PrimaryColumn({ type: 'uuid' }) reportId: string;
  @ManyToOne(() => PerformanceReportEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'report_id' }) report?: Relation<PerformanceReportEntity>;
  @Column({ type: 'varchar', length: 200 }) fileName: string;
  @Column({ type: 'varchar', length: 60 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'bytea' }) content: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/**
 * The live event log: one row per report, decision or at-risk change, written in the same transaction; one NOTIFY
 * per transaction carries the ids, every API process reads the rows and pushes them to the streams in scope.
 * The bigint id is the SSE event id (Last-Event-ID resumes from it on any process).
 */
@Entity('performance_events')
@Index('idx_performance_events_at', ['at'])
export class PerformanceEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) at: Date;
  @Column({ type: 'varchar', length: 40 }) type: string;
  /** The unit path the event concerns (streams whose scope is a prefix receive it). */
  @Column({ type: 'text' }) unitPath: string;
  @Column({ type: 'uuid', nullable: true }) employeeId: string | null;
  @Column({ type: 'jsonb' }) data: unknown;
}

/** A coaching dialogue opened by a leader for a person or a target: cause, actions, follow-up, outcome. */
@Entity('performance_coaching')
export class PerformanceCoachingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) employeeId: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity>;
  @Index() @Column({ type: 'uuid' }) periodId: string;
  @ManyToOne(() => PerformancePeriodEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'period_id' }) period?: Relation<PerformancePeriodEntity>;
  @Column({ type: 'uuid', nullable: true }) planId: string | null;
  @Column({ type: 'uuid', nullable: true }) targetId: string | null;
  @ManyToOne(() => PerformanceTargetEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'target_id' }) target?: Relation<PerformanceTargetEntity>;
  @Column({ type: 'text' }) unitPath: string;
  @Column({ type: 'uuid', nullable: true }) leaderEmployeeId: string | null;
  @Column({ type: 'text' }) cause: string;
  /** Agreed actions: [{ action, owner?, due? }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) actions: unknown;
  @Index() @Column({ type: 'date' }) followUpOn: string;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  /** open | closed */
  @Column({ type: 'varchar', length: 8, default: 'open' }) status: string;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) openedByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A checkpoint or annual evaluation of a plan: result and behaviour ratings (seven BerAKHLAK values), predicate. */
@Entity('performance_evaluations')
@Unique('uq_performance_evaluations_plan_checkpoint', ['planId', 'checkpoint'])
export class PerformanceEvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PerformancePlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: Relation<PerformancePlanEntity>;
  /** 0 = annual; 1…12 (monthly) or 1…4 (quarterly) = a checkpoint. */
  @Column({ type: 'smallint' }) checkpoint: number;
  /** above | meets | below */
  @Column({ type: 'varchar', length: 6 }) resultRating: string;
  /** { berorientasi_pelayanan: { rating, note }, … } for the seven values. */
  @Column({ type: 'jsonb' }) behaviours: unknown;
  @Column({ type: 'varchar', length: 6 }) behaviourRating: string;
  @Column({ type: 'varchar', length: 16 }) predicate: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** draft | final */
  @Column({ type: 'varchar', length: 6, default: 'draft' }) status: string;
  @Column({ type: 'timestamptz', nullable: true }) finalisedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) evaluatorName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A unit's own rating for a period (it sets the distribution limits and its head's result rating) and its lock. */
@Entity('performance_unit_ratings')
@Unique('uq_performance_unit_ratings_period_unit', ['periodId', 'unitId'])
export class PerformanceUnitRatingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) periodId: string;
  @ManyToOne(() => PerformancePeriodEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'period_id' }) period?: Relation<PerformancePeriodEntity>;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  /** istimewa | baik | butuh_perbaikan | kurang | sangat_kurang */
  @Column({ type: 'varchar', length: 16 }) rating: string;
  @Column({ type: 'timestamptz', nullable: true }) lockedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) lockedByName: string | null;
  /** The distribution at the lock (counts per predicate). */
  @Column({ type: 'jsonb', nullable: true }) distribution: unknown;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A public service of a unit (a service desk): citizens rate it, reaching it by a QR code with its code. */
@Entity('ikm_services')
export class IkmServiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  /** Short public code printed in the desk's QR code (e.g. "PKM-PONCOL-UMUM"). */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 60 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) desk: string | null;
  /** Service users per year (the population N of the minimum sample). */
  @Column({ type: 'int', nullable: true }) annualUsers: number | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A citizen's answers (nine elements, 1–4, null = not answered). No personal data unless contact details are left
 * for a reply; the address and the device are kept only as keyed hashes for flood protection.
 */
@Entity('ikm_responses')
@Index('idx_ikm_responses_unit_at', ['unitId', 'submittedAt'])
@Index('idx_ikm_responses_ip_at', ['ipHash', 'submittedAt'])
@Index('idx_ikm_responses_device_at', ['deviceHash', 'submittedAt'])
export class IkmResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) serviceId: string;
  @ManyToOne(() => IkmServiceEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'service_id' }) service?: Relation<IkmServiceEntity>;
  @Column({ type: 'uuid' }) unitId: string;
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) submittedAt: Date;
  /** Nine answers, 1–4 or null. */
  @Column({ type: 'smallint', array: true }) answers: (number | null)[];
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** none (no comment) | pending | published | hidden */
  @Column({ type: 'varchar', length: 10, default: 'none' }) commentStatus: string;
  @Column({ type: 'text', nullable: true }) reply: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) moderatedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) contactName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) contact: string | null;
  /** continuous (after a service) | survey (the formal periodic survey) */
  @Column({ type: 'varchar', length: 10, default: 'continuous' }) source: string;
  @Column({ type: 'char', length: 64 }) ipHash: string;
  @Column({ type: 'char', length: 64, nullable: true }) deviceHash: string | null;
  /** Hash of service + device (or address) + answers + comment: the same submission twice is a duplicate. */
  @Index() @Column({ type: 'char', length: 64 }) fingerprint: string;
  @VersionColumn({ default: 1 }) version: number;
}

export const PERFORMANCE_ENTITIES = [
  PerformancePeriodEntity,
  PerformancePlanEntity,
  PerformanceTargetEntity,
  PerformancePlanRevisionEntity,
  PerformanceReportEntity,
  PerformanceReportFileEntity,
  PerformanceEventEntity,
  PerformanceCoachingEntity,
  PerformanceEvaluationEntity,
  PerformanceUnitRatingEntity,
  IkmServiceEntity,
  IkmResponseEntity,
];
