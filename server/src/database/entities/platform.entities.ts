/**
 * Platform tables. The schema is owned by the migrations; these entities mirror it so that
 * a test can prove no migration is missing (TypeORM's schema diff must come back empty).
 * Services query with SQL (lists and dashboards) and never return entities from controllers.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';

@Entity('org_units')
@Index('idx_org_units_path', { synchronize: false })
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 20 }) sector: string;
  @Index() @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) regionCode: string | null;
  /** Materialised path of ids, `/root/child/self/`; subtree = `path LIKE prefix%`. */
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int' }) depth: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('positions')
@Index('uq_positions_unit_head', { synchronize: false })
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) functionalLevel: string | null;
  @Column({ type: 'int', nullable: true }) jobClass: number | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) educationRequired: string | null;
  @Column({ type: 'int', nullable: true }) retirementAgeOverride: number | null;
  @Column({ type: 'varchar', length: 20, default: 'workload' }) needsMethod: string;
  @Column({ type: 'boolean', default: false }) isTeacher: boolean;
  /** The unit's head (kepala): its holder is the direct leader of the unit's staff (performance, issue 7). */
  @Column({ type: 'boolean', default: false }) isHead: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('employees')
@Index('idx_employees_unit_name', ['unitId', 'name'])
@Index('idx_employees_active_unit', { synchronize: false })
@Index('idx_employees_active_name', { synchronize: false })
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Null for a newly appointed CPNS until BKN issues the NIP. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 18, nullable: true }) nip: string | null;
  @Index() @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'char', length: 1 }) gender: string;
  @Column({ type: 'date' }) birthDate: string;
  @Column({ type: 'varchar', length: 6 }) status: string;
  @Column({ type: 'varchar', length: 8, nullable: true }) rank: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) positionId: string | null;
  @ManyToOne(() => PositionEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity> | null;
  @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'date', nullable: true }) appointmentDate: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) education: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Derived from birth date and position by the retirement rule; kept for fast projections. */
  @Index() @Column({ type: 'date', nullable: true }) retirementDate: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('service_drivers')
@Unique('uq_service_drivers_unit_key_year', ['unitId', 'key', 'year'])
export class ServiceDriverEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  @Column({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'numeric', precision: 16, scale: 2 }) value: string;
  /** Yearly growth rate used in projections, e.g. 0.012 = 1.2 % a year. */
  @Column({ type: 'numeric', precision: 8, scale: 5, default: 0 }) growthRate: string;
  @Column({ type: 'text', nullable: true }) source: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('reference_rules')
@Unique('uq_reference_rules_key_from', ['key', 'effectiveFrom'])
export class ReferenceRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'varchar', length: 80 }) key: string;
  @Column({ type: 'jsonb' }) value: unknown;
  @Column({ type: 'text' }) legalBasis: string;
  @Column({ type: 'date' }) effectiveFrom: string;
  @Column({ type: 'date', nullable: true }) effectiveTo: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 60 }) username: string;
  @Column({ type: 'text' }) passwordHash: string;
  @Column({ type: 'varchar', length: 200 }) displayName: string;
  @Column({ type: 'varchar', length: 20 }) role: string;
  @Column({ type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'uuid', nullable: true }) employeeId: string | null;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity> | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'int', default: 0 }) failedAttempts: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: Relation<UserEntity>;
  @Index() @Column({ type: 'uuid' }) familyId: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 16 }) prefix: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) keyHash: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) scopes: string[];
  @Column({ type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity> | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}

/** Append-only: a trigger refuses UPDATE and DELETE. */
@Entity('audit_events')
@Index('idx_audit_events_entity', ['entity', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) at: Date;
  @Column({ type: 'varchar', length: 10 }) actorType: string;
  @Index() @Column({ type: 'varchar', length: 80, nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) actorName: string | null;
  @Column({ type: 'varchar', length: 40 }) action: string;
  @Column({ type: 'varchar', length: 60 }) entity: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) entityId: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: unknown;
  @Column({ type: 'jsonb', nullable: true }) after: unknown;
  @Column({ type: 'varchar', length: 100, nullable: true }) correlationId: string | null;
  /** Path of the unit the record belongs to, so scoped readers see their subtree's events. */
  @Column({ type: 'text', nullable: true }) unitPath: string | null;
}

export const PLATFORM_ENTITIES = [
  OrgUnitEntity,
  PositionEntity,
  EmployeeEntity,
  ServiceDriverEntity,
  ReferenceRuleEntity,
  UserEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  AuditEventEntity,
];
