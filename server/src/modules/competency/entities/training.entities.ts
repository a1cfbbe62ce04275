/**
 * Training tables of the Competency module: the catalogue, sessions, enrolments, attendance, the JP ledger and the
 * units' yearly development plans. Owned by the migrations; mirrored here for the schema-diff test.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EmployeeEntity, OrgUnitEntity } from '../../../database/entities/platform.entities.js';

/** A training program of the catalogue. */
@Entity('training_programs')
export class TrainingProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  /** technical | managerial | socio_cultural | soft_skill */
  @Column({ type: 'varchar', length: 20 }) type: string;
  /** classroom | online | blended | e_learning | coaching | webinar */
  @Column({ type: 'varchar', length: 20 }) mode: string;
  /** Lesson hours (JP, 45 minutes each). */
  @Column({ type: 'numeric', precision: 6, scale: 1 }) jp: string;
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) costPerParticipant: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) provider: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** [{ competencyId, levels }]: the competencies raised and by how many levels. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) raises: unknown;
  /** Programs to complete first. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) prerequisiteIds: string[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A scheduled run of a program: dates, place, capacity, enrolment window. */
@Entity('training_sessions')
@Index('idx_training_sessions_dates', ['startsOn', 'endsOn'])
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) programId: string;
  @ManyToOne(() => TrainingProgramEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Relation<TrainingProgramEntity>;
  /** The unit that organises it (its operators manage it); null = BKPP city-wide. */
  @Column({ type: 'uuid', nullable: true }) organiserUnitId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'organiser_unit_id' }) organiserUnit?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date' }) endsOn: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) venue: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) link: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) trainer: string | null;
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'date' }) enrolmentOpensOn: string;
  @Column({ type: 'date' }) enrolmentClosesOn: string;
  /** Share of the days a participant must attend to complete (0–1). */
  @Column({ type: 'numeric', precision: 4, scale: 3 }) attendanceThreshold: string;
  /** Post-test pass mark (0–100); null = no post-test. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) postTestPassScore: string | null;
  /** open | completed | cancelled */
  @Column({ type: 'varchar', length: 12, default: 'open' }) status: string;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A person in a session: requested (waiting for the leader), enrolled, waitlisted, completed… */
@Entity('training_enrolments')
@Unique('uq_training_enrolments_session_employee', ['sessionId', 'employeeId'])
export class TrainingEnrolmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'session_id' }) session?: Relation<TrainingSessionEntity>;
  @Index() @Column({ type: 'uuid' }) employeeId: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity>;
  /** requested | enrolled | waitlisted | declined | cancelled | completed | not_completed */
  @Column({ type: 'varchar', length: 16 }) status: string;
  /** Order on the waiting list (first come, first served). */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) queuedAt: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) requestedByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decidedByName: string | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) postTestScore: string | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24, nullable: true }) certificateCode: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Attendance of one enrolment on one day of its session. */
@Entity('training_attendance')
export class TrainingAttendanceEntity {
  @PrimaryColumn({ type: 'uuid' }) enrolmentId: string;
  @ManyToOne(() => TrainingEnrolmentEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'enrolment_id' }) enrolment?: Relation<TrainingEnrolmentEntity>;
  @PrimaryColumn({ type: 'date' }) day: string;
  @Column({ type: 'boolean' }) present: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) markedByName: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The JP ledger: every development activity of an employee (a completed session, coaching, e-learning, webinar…). */
@Entity('development_activities')
@Index('idx_development_activities_employee_year', ['employeeId', 'year'])
export class DevelopmentActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) employeeId: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity>;
  @Column({ type: 'int' }) year: number;
  /** training | coaching | e_learning | webinar | seminar | self_study | other */
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'numeric', precision: 6, scale: 1 }) jp: string;
  @Column({ type: 'date' }) occurredOn: string;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  /** pending | approved | rejected (a completed session is approved at once) */
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) decidedByName: string | null;
  /** Set when the activity is a completed session (one ledger line per enrolment). */
  @Index({ unique: true }) @Column({ type: 'uuid', nullable: true }) enrolmentId: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A unit's yearly development plan under its training budget, approved by its leader. */
@Entity('development_plans')
@Unique('uq_development_plans_unit_year', ['unitId', 'year'])
export class DevelopmentPlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'numeric', precision: 16, scale: 2 }) budget: string;
  /** draft | approved */
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status: string;
  /** [{ programId, employeeIds, participants, cost, gapClosed, reason }] as chosen (and edited). */
  @Column({ type: 'jsonb', default: () => "'[]'" }) lines: unknown;
  @Column({ type: 'jsonb', nullable: true }) summary: unknown;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) approvedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

export const TRAINING_ENTITIES = [
  TrainingProgramEntity,
  TrainingSessionEntity,
  TrainingEnrolmentEntity,
  TrainingAttendanceEntity,
  DevelopmentActivityEntity,
  DevelopmentPlanEntity,
];
