/**
 * Competency module tables. The schema is owned by the migrations; these entities mirror it so that the
 * schema-diff test proves no migration is missing. Services query with SQL.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EmployeeEntity, PositionEntity } from '../../../database/entities/platform.entities.js';

/** One entry of the competency dictionary: technical (per job family), managerial or socio-cultural, levels 1–5. */
@Entity('competencies')
export class CompetencyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  /** technical | managerial | socio_cultural */
  @Column({ type: 'varchar', length: 20 }) type: string;
  /** Job family of a technical competency (e.g. Perawat); null for the general ones. */
  @Column({ type: 'varchar', length: 200, nullable: true }) jobFamily: string | null;
  /** Soft skills (communication, time management…) are technical or managerial entries flagged here. */
  @Column({ type: 'boolean', default: false }) softSkill: boolean;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** [{ level: 1..5, description }] */
  @Column({ type: 'jsonb', default: () => "'[]'" }) levels: unknown;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The level a position requires of one competency. */
@Entity('competency_standards')
@Unique('uq_competency_standards_position_competency', ['positionId', 'competencyId'])
export class CompetencyStandardEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) positionId: string;
  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity>;
  @Index() @Column({ type: 'uuid' }) competencyId: string;
  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'competency_id' }) competency?: Relation<CompetencyEntity>;
  @Column({ type: 'smallint' }) requiredLevel: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One assessment of an employee (assessment centre, test, supervisor, training post-test); history is kept. */
@Entity('competency_assessments')
@Index('idx_competency_assessments_employee_date', ['employeeId', 'assessedOn'])
export class CompetencyAssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) employeeId: string;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity>;
  /** assessment_centre | test | supervisor | training_post_test */
  @Column({ type: 'varchar', length: 24 }) source: string;
  @Column({ type: 'date' }) assessedOn: string;
  /** After this date the assessment no longer counts; null = until a newer one. */
  @Column({ type: 'date', nullable: true }) validUntil: string | null;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The level an assessment found for one competency. */
@Entity('competency_assessment_items')
export class CompetencyAssessmentItemEntity {
  @PrimaryColumn({ type: 'uuid' }) assessmentId: string;
  @ManyToOne(() => CompetencyAssessmentEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'assessment_id' }) assessment?: Relation<CompetencyAssessmentEntity>;
  @PrimaryColumn({ type: 'uuid' }) @Index() competencyId: string;
  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'competency_id' }) competency?: Relation<CompetencyEntity>;
  @Column({ type: 'smallint' }) level: number;
}

export const COMPETENCY_ENTITIES = [CompetencyEntity, CompetencyStandardEntity, CompetencyAssessmentEntity, CompetencyAssessmentItemEntity];
