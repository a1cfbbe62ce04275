/**
 * Needs module tables. The schema is owned by the migrations; these entities mirror it so that
 * the schema-diff test proves no migration is missing. Services query with SQL.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrgUnitEntity, PositionEntity, UserEntity } from '../../../database/entities/platform.entities.js';

/** One task of a position's workload analysis (ABK): volume in its period × standard minutes per output. */
@Entity('workload_tasks')
export class WorkloadTaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) positionId: string;
  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity>;
  @Column({ type: 'varchar', length: 300 }) description: string;
  @Column({ type: 'varchar', length: 100 }) outputUnit: string;
  @Column({ type: 'numeric', precision: 16, scale: 4 }) volume: string;
  /** day | week | month | year, converted to a year by the rule abk.volume_period_factors. */
  @Column({ type: 'varchar', length: 8, default: 'year' }) volumePeriod: string;
  @Column({ type: 'numeric', precision: 12, scale: 4 }) minutesPerUnit: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A ratio norm: links one position, or a job family in every unit of a kind ("Bidan" in every puskesmas),
 * to a service driver of the unit.
 */
@Entity('ratio_norms')
export class RatioNormEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Index() @Column({ type: 'uuid', nullable: true }) positionId: string | null;
  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE', nullable: true }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity> | null;
  /** Job family (position title without its functional level), with unitKind: applies in every unit of that kind. */
  @Column({ type: 'varchar', length: 200, nullable: true }) family: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) unitKind: string | null;
  /** Optional narrower filter: only units whose code starts with this (e.g. `SDN-` for primary schools). */
  @Column({ type: 'varchar', length: 40, nullable: true }) unitCodePrefix: string | null;
  /** per_driver | per_100k | class_teacher | subject_teacher */
  @Column({ type: 'varchar', length: 20 }) basis: string;
  @Column({ type: 'varchar', length: 40 }) driverKey: string;
  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true }) unitsPerStaff: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 4, nullable: true }) staffPer100k: string | null;
  /** Field of the rule ratio.health_per_100k to read when staffPer100k is empty (general_practitioner, dentist, nurse, midwife). */
  @Column({ type: 'varchar', length: 40, nullable: true }) ruleField: string | null;
  @Column({ type: 'varchar', length: 4, nullable: true }) schoolLevel: string | null;
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true }) lessonHoursPerClass: string | null;
  @Column({ type: 'int', nullable: true }) minimumPerUnit: number | null;
  /** ceil | half_up | floor; empty = the rule ratio.default_rounding. */
  @Column({ type: 'varchar', length: 8, nullable: true }) rounding: string | null;
  @Column({ type: 'text', nullable: true }) legalBasis: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A WISN (ABK-Kes) study of one health cadre (job family) in one unit and year. */
@Entity('wisn_studies')
@Unique('uq_wisn_studies_unit_family_year', ['unitId', 'family', 'year'])
export class WisnStudyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'varchar', length: 200 }) family: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) workingDaysPerYear: string;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) publicHolidays: string;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) annualLeave: string;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) sickLeave: string;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) otherLeave: string;
  @Column({ type: 'numeric', precision: 5, scale: 2 }) hoursPerDay: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) hoursPerWeek: string | null;
  /** [{ name, volume, minutesPerUnit }] */
  @Column({ type: 'jsonb', default: () => "'[]'" }) activities: unknown;
  /** [{ name, hours, per: day|week|month|year }] */
  @Column({ type: 'jsonb', default: () => "'[]'" }) categoryAllowances: unknown;
  /** [{ name, hoursPerYear, staff }] */
  @Column({ type: 'jsonb', default: () => "'[]'" }) individualAllowances: unknown;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A named what-if: driver growth, attrition, retirement age, budget and horizon. */
@Entity('needs_scenarios')
export class NeedsScenarioEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) orgUnitId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE', nullable: true }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'int' }) baseYear: number;
  @Column({ type: 'int' }) horizon: number;
  @Column({ type: 'jsonb', default: () => "'{}'" }) params: unknown;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'created_by' }) creator?: Relation<UserEntity> | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A formation plan for a year: draft → submitted → verified → approved | rejected. Approved plans are frozen. */
@Entity('formation_plans')
@Index('idx_formation_plans_year_status', ['year', 'status'])
export class FormationPlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'int' }) year: number;
  @Index() @Column({ type: 'uuid', nullable: true }) orgUnitId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'varchar', length: 12, default: 'draft' }) status: string;
  /** Revision number within a lineage: a copy of an approved plan is revision + 1. */
  @Column({ type: 'int', default: 1 }) revision: number;
  @Column({ type: 'uuid', nullable: true }) copiedFromId: string | null;
  @ManyToOne(() => FormationPlanEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'copied_from_id' }) copiedFrom?: Relation<FormationPlanEntity> | null;
  @Column({ type: 'int' }) baseYear: number;
  @Column({ type: 'int' }) horizon: number;
  @Column({ type: 'uuid', nullable: true }) scenarioId: string | null;
  @ManyToOne(() => NeedsScenarioEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'scenario_id' }) scenario?: Relation<NeedsScenarioEntity> | null;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) budgetCeiling: string;
  @Column({ type: 'int' }) maxFormations: number;
  @Column({ type: 'varchar', length: 6, default: 'cpns' }) defaultEmploymentType: string;
  @Column({ type: 'numeric', precision: 20, scale: 2, nullable: true }) cityBudget: string | null;
  @Column({ type: 'numeric', precision: 20, scale: 2, nullable: true }) currentPersonnelSpending: string | null;
  /** What the optimiser did: method, status, objective, greedy objective, time, uncovered shortage. */
  @Column({ type: 'jsonb', nullable: true }) optimiser: unknown;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @Column({ type: 'uuid', nullable: true }) submittedBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) submittedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) verifiedBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) verifiedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decidedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) rejectionReason: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One line of a formation plan: a number of formations for one position, as CPNS or PPPK. */
@Entity('formation_plan_lines')
@Unique('uq_formation_plan_lines_plan_position_type', ['planId', 'positionId', 'employmentType'])
export class FormationPlanLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => FormationPlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: Relation<FormationPlanEntity>;
  @Index() @Column({ type: 'uuid' }) positionId: string;
  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity>;
  @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  /** cpns | pppk */
  @Column({ type: 'varchar', length: 6 }) employmentType: string;
  @Column({ type: 'varchar', length: 60, nullable: true }) educationRequired: string | null;
  /** Entry rank (golongan) the cost is computed for: III/a, IX… */
  @Column({ type: 'varchar', length: 8, nullable: true }) rank: string | null;
  @Column({ type: 'numeric', precision: 16, scale: 2 }) annualCostPerPerson: string;
  /** Shortage in the plan year when the line was drafted: the most the line may propose. */
  @Column({ type: 'int' }) shortage: number;
  @Column({ type: 'int' }) quantity: number;
  /** Value of one formation to the optimiser (sector weight × pressure). */
  @Column({ type: 'numeric', precision: 12, scale: 6 }) weight: string;
  @Column({ type: 'boolean', default: false }) pinned: boolean;
  @Column({ type: 'boolean', default: false }) excluded: boolean;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

export const NEEDS_ENTITIES = [WorkloadTaskEntity, RatioNormEntity, WisnStudyEntity, NeedsScenarioEntity, FormationPlanEntity, FormationPlanLineEntity];
