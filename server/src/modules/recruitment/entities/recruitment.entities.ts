/**
 * Recruitment tables: rounds with their published rules, vacancies opened from approved formation plan lines,
 * applicants and their applications through every stage, documents, appeals, score imports, interview panels
 * and published results. Owned by the migrations; mirrored here for the schema-diff test.
 */
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EmployeeEntity, OrgUnitEntity, PositionEntity, UserEntity } from '../../../database/entities/platform.entities.js';
import { FormationPlanLineEntity } from '../../needs/entities/needs.entities.js';

/** A selection round (CPNS or PPPK) for one year: its schedule and its rules as data. */
@Entity('recruitment_rounds')
export class RecruitmentRoundEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  /** cpns | pppk */
  @Column({ type: 'varchar', length: 4 }) type: string;
  @Column({ type: 'int' }) year: number;
  /** draft | published (rules public, registration by the schedule) | closed */
  @Column({ type: 'varchar', length: 12, default: 'draft' }) status: string;
  /** { registrationOpens, registrationCloses, adminSelectionEnds, appealOpens, appealCloses, appealAnswerBy, skdStarts, skdEnds, skbStarts, skbEnds, announcement } (ISO dates) */
  @Column({ type: 'jsonb' }) schedule: unknown;
  /** passing grades, shortlist, final-score weights, SKB components, interview rubric, age limits, documents… */
  @Column({ type: 'jsonb' }) rules: unknown;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) publishedByName: string | null;
  /** Last ranking run: when, by whom, and the figures. */
  @Column({ type: 'timestamptz', nullable: true }) rankedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) createdByName: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A change to a round's schedule or rules after registration opened: audited, with its reason. */
@Entity('recruitment_round_amendments')
export class RecruitmentRoundAmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => RecruitmentRoundEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'round_id' }) round?: Relation<RecruitmentRoundEntity>;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'jsonb' }) before: unknown;
  @Column({ type: 'jsonb' }) after: unknown;
  @Column({ type: 'varchar', length: 200, nullable: true }) byName: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A vacancy (formasi) of a round, opened from an approved formation plan line. */
@Entity('recruitment_vacancies')
@Unique('uq_recruitment_vacancies_round_line', ['roundId', 'planLineId'])
export class RecruitmentVacancyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => RecruitmentRoundEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'round_id' }) round?: Relation<RecruitmentRoundEntity>;
  @Index() @Column({ type: 'uuid' }) planLineId: string;
  @ManyToOne(() => FormationPlanLineEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'plan_line_id' }) planLine?: Relation<FormationPlanLineEntity>;
  @Column({ type: 'uuid' }) positionId: string;
  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'position_id' }) position?: Relation<PositionEntity>;
  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<OrgUnitEntity>;
  /** Short public code, unique in the round (e.g. "DINKES-PERAWAT-01"). */
  @Column({ type: 'varchar', length: 40 }) code: string;
  /** Seats per category: { umum, cumlaude, disabilitas, papua }. */
  @Column({ type: 'jsonb' }) quotas: unknown;
  @Column({ type: 'int' }) quotaTotal: number;
  /** Education levels accepted (e.g. ["S1", "D4"]). */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" }) educationLevels: string[];
  /** Majors accepted (empty = any major of those levels). */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" }) majors: string[];
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true }) gpaMin: string | null;
  /** Overrides the round's maximum age for this position (e.g. 40 for specialists). */
  @Column({ type: 'int', nullable: true }) ageMax: number | null;
  /** open | closed */
  @Column({ type: 'varchar', length: 8, default: 'open' }) status: string;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A person applying: identified by NIK, one application per round. */
@Entity('recruitment_applicants')
export class RecruitmentApplicantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'char', length: 16 }) nik: string;
  @Index() @Column({ type: 'varchar', length: 200 }) name: string;
  /** L | P (agrees with the NIK) */
  @Column({ type: 'char', length: 1 }) gender: string;
  @Column({ type: 'date' }) birthDate: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) birthPlace: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  /** SMA, D3, D4, S1, S2, S3, profesi… */
  @Column({ type: 'varchar', length: 10 }) educationLevel: string;
  @Column({ type: 'varchar', length: 120 }) major: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) institution: string | null;
  /** GPA (0–4) or diploma average (0–100) */
  @Column({ type: 'numeric', precision: 5, scale: 2 }) gpa: string;
  @Column({ type: 'int', nullable: true }) graduationYear: number | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** An application of an applicant to a vacancy of a round, carried through every stage. */
@Entity('recruitment_applications')
@Unique('uq_recruitment_applications_round_applicant', ['roundId', 'applicantId'])
@Index('idx_recruitment_applications_vacancy_category', ['vacancyId', 'category'])
export class RecruitmentApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => RecruitmentRoundEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'round_id' }) round?: Relation<RecruitmentRoundEntity>;
  @Column({ type: 'uuid' }) vacancyId: string;
  @ManyToOne(() => RecruitmentVacancyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'vacancy_id' }) vacancy?: Relation<RecruitmentVacancyEntity>;
  @Index() @Column({ type: 'uuid' }) applicantId: string;
  @ManyToOne(() => RecruitmentApplicantEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'applicant_id' }) applicant?: Relation<RecruitmentApplicantEntity>;
  /** Public registration number, e.g. "CPNS2026-000123". */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 24 }) registrationNumber: string;
  /** sha256 of the applicant's access code (shown once at registration; needed for documents and appeals). */
  @Column({ type: 'char', length: 64 }) accessCodeHash: string;
  /** umum | cumlaude | disabilitas | papua */
  @Column({ type: 'varchar', length: 12 }) category: string;
  /**
   * Not indexed on purpose: ranking rewrites it for every application, in place (HOT) only when no index covers it.
   * registered | admin_passed | admin_failed | skd_passed | skd_failed | shortlisted | not_shortlisted | ranked | passed | not_passed | appointed | withdrawn */
  @Column({ type: 'varchar', length: 16, default: 'registered' }) stage: string;
  /** ms | tms (null until decided) */
  @Column({ type: 'varchar', length: 3, nullable: true }) adminResult: string | null;
  /** [{ code, message }] every requirement that failed */
  @Column({ type: 'jsonb', default: () => "'[]'" }) adminFailures: unknown;
  /** { [documentOrCheckKey]: boolean } the committee's checklist */
  @Column({ type: 'jsonb', default: () => "'{}'" }) adminChecklist: unknown;
  @Column({ type: 'text', nullable: true }) adminNote: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) adminDecidedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) adminDecidedAt: Date | null;
  // SKD (CPNS): TWK, TIU, TKP and their total
  @Column({ type: 'smallint', nullable: true }) skdTwk: number | null;
  @Column({ type: 'smallint', nullable: true }) skdTiu: number | null;
  @Column({ type: 'smallint', nullable: true }) skdTkp: number | null;
  @Column({ type: 'smallint', nullable: true }) skdTotal: number | null;
  @Column({ type: 'boolean', nullable: true }) skdPassed: boolean | null;
  @Column({ type: 'varchar', array: true, nullable: true }) skdFailedOn: string[] | null;
  @Column({ type: 'timestamptz', nullable: true }) skdScoredAt: Date | null;
  // PPPK: technical, managerial + socio-cultural, interview (total 670)
  @Column({ type: 'smallint', nullable: true }) pppkTechnical: number | null;
  @Column({ type: 'smallint', nullable: true }) pppkManagerial: number | null;
  @Column({ type: 'smallint', nullable: true }) pppkInterview: number | null;
  @Column({ type: 'boolean', nullable: true }) shortlisted: boolean | null;
  /** SKB components as imported or computed: { [componentKey]: 0–100 } */
  @Column({ type: 'jsonb', nullable: true }) skbComponents: unknown;
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true }) skbScore: string | null;
  @Column({ type: 'timestamptz', nullable: true }) skbScoredAt: Date | null;
  /** Mean of the panelists' interview scores (0–100). */
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true }) interviewScore: string | null;
  /** Spread between panelists above the round's limit: needs review. */
  @Column({ type: 'boolean', default: false }) interviewFlagged: boolean;
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true }) finalScore: string | null;
  /** Rank within the vacancy and category (1 = best). */
  @Column({ type: 'int', nullable: true }) rank: number | null;
  @Column({ type: 'timestamptz', nullable: true }) rankedAt: Date | null;
  @Index({ unique: true }) @Column({ type: 'uuid', nullable: true }) employeeId: string | null;
  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'employee_id' }) employee?: Relation<EmployeeEntity> | null;
  @Column({ type: 'timestamptz', nullable: true }) appointedAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A document uploaded with an application (PDF/JPEG), stored with its hash. */
@Entity('recruitment_documents')
@Unique('uq_recruitment_documents_application_kind', ['applicationId', 'kind'])
export class RecruitmentDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) applicationId: string;
  @ManyToOne(() => RecruitmentApplicationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'application_id' }) application?: Relation<RecruitmentApplicationEntity>;
  /** The round's required-document key (ktp, ijazah, transkrip, foto, surat_lamaran…) */
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 200 }) fileName: string;
  @Column({ type: 'varchar', length: 60 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'bytea' }) content: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** An applicant's appeal (sanggah) against the administrative result, and the committee's answer. */
@Entity('recruitment_appeals')
export class RecruitmentAppealEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) applicationId: string;
  @ManyToOne(() => RecruitmentApplicationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'application_id' }) application?: Relation<RecruitmentApplicationEntity>;
  @Column({ type: 'text' }) reason: string;
  /** pending | accepted | rejected */
  @Index() @Column({ type: 'varchar', length: 10, default: 'pending' }) status: string;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) answeredByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A score file applied to a round (SKD, SKB or PPPK CAT results): its hash makes a re-import a no-op. */
@Entity('recruitment_score_imports')
@Unique('uq_recruitment_score_imports_round_kind_hash', ['roundId', 'kind', 'fileSha256'])
export class RecruitmentScoreImportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => RecruitmentRoundEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'round_id' }) round?: Relation<RecruitmentRoundEntity>;
  /** skd | skb | pppk */
  @Column({ type: 'varchar', length: 4 }) kind: string;
  @Column({ type: 'varchar', length: 200 }) fileName: string;
  @Column({ type: 'char', length: 64 }) fileSha256: string;
  @Column({ type: 'int' }) rows: number;
  /** Rows whose scores changed (a repeated file changes none). */
  @Column({ type: 'int' }) changed: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) importedByName: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A panelist assigned to interview one shortlisted application: conflict-of-interest declaration and blind scores. */
@Entity('recruitment_interviews')
@Unique('uq_recruitment_interviews_application_panelist', ['applicationId', 'panelistId'])
export class RecruitmentInterviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) applicationId: string;
  @ManyToOne(() => RecruitmentApplicationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'application_id' }) application?: Relation<RecruitmentApplicationEntity>;
  @Index() @Column({ type: 'uuid' }) panelistId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'panelist_id' }) panelist?: Relation<UserEntity>;
  @Column({ type: 'timestamptz', nullable: true }) noConflictDeclaredAt: Date | null;
  /** { [criterionKey]: score } on the rubric's scale */
  @Column({ type: 'jsonb', nullable: true }) scores: unknown;
  /** The panelist's score on 0–100. */
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true }) score: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A published result of a round: an immutable snapshot (the database refuses updates and deletes). */
@Entity('recruitment_results')
@Unique('uq_recruitment_results_round_seq', ['roundId', 'seq'])
export class RecruitmentResultEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => RecruitmentRoundEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'round_id' }) round?: Relation<RecruitmentRoundEntity>;
  /** 1, 2, … a correction is a new publication that supersedes the previous one. */
  @Column({ type: 'int' }) seq: number;
  /** administrative | skd | final */
  @Column({ type: 'varchar', length: 16 }) stage: string;
  /** The round, its rules and a summary per vacancy (counts and each vacancy's hash). */
  @Column({ type: 'jsonb' }) snapshot: unknown;
  @Column({ type: 'char', length: 64 }) contentHash: string;
  @Column({ type: 'varchar', length: 200 }) publishedByName: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) publishedAt: Date;
}

/** One vacancy's published list within a publication (what the public announcement page serves). */
@Entity('recruitment_result_vacancies')
@Unique('uq_recruitment_result_vacancies_result_vacancy', ['resultId', 'vacancyId'])
export class RecruitmentResultVacancyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) resultId: string;
  @ManyToOne(() => RecruitmentResultEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'result_id' }) result?: Relation<RecruitmentResultEntity>;
  @Index() @Column({ type: 'uuid' }) vacancyId: string;
  @ManyToOne(() => RecruitmentVacancyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'vacancy_id' }) vacancy?: Relation<RecruitmentVacancyEntity>;
  /** [{ rank, registrationNumber, name, maskedNik, category, scores…, outcome }] */
  @Column({ type: 'jsonb' }) entries: unknown;
  @Column({ type: 'char', length: 64 }) contentHash: string;
}

export const RECRUITMENT_ENTITIES = [
  RecruitmentRoundEntity,
  RecruitmentRoundAmendmentEntity,
  RecruitmentVacancyEntity,
  RecruitmentApplicantEntity,
  RecruitmentApplicationEntity,
  RecruitmentDocumentEntity,
  RecruitmentAppealEntity,
  RecruitmentScoreImportEntity,
  RecruitmentInterviewEntity,
  RecruitmentResultEntity,
  RecruitmentResultVacancyEntity,
];
