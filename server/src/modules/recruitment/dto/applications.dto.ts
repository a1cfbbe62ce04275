import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { CATEGORIES, EDUCATION_LEVELS, STAGES } from '../recruitment.types.js';

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

export const ADMIN_RESULTS = ['ms', 'tms'] as const;
export const APPEAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const APPLICATION_SORTS = ['registrationNumber', 'name', 'createdAt', 'skdTotal', 'finalScore', 'rank'] as const;

// ── registration (public) ────────────────────────────────────────────────

export class RegisterApplicationDto {
  @ApiProperty({ example: '3374015708980001', description: 'NIK, 16 digits; its birth date and gender must agree with birthDate and gender' })
  @IsString()
  @MaxLength(16)
  nik: string;
  @ApiProperty({ example: 'Siti Rahmawati' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender' }) @IsIn(['L', 'P']) gender: 'L' | 'P';
  @ApiProperty({ example: '1998-08-17' }) @IsoDate() birthDate: string;
  @ApiPropertyOptional({ example: 'Semarang' }) @IsOptional() @IsString() @MaxLength(100) birthPlace?: string;
  @ApiPropertyOptional({ example: 'siti@example.com' }) @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '081234567890', description: 'Indonesian number: 0… or +62…, 9–15 digits' })
  @IsOptional()
  @Matches(/^(\+62|0)\d{8,13}$/, { message: 'phone must be an Indonesian number (0… or +62…, 9–15 digits)' })
  phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) address?: string;
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel' }) @IsIn(EDUCATION_LEVELS) educationLevel: string;
  @ApiProperty({ example: 'Kesehatan Masyarakat' }) @IsString() @IsNotEmpty() @MaxLength(120) major: string;
  @ApiPropertyOptional({ example: 'Universitas Diponegoro' }) @IsOptional() @IsString() @MaxLength(200) institution?: string;
  @ApiProperty({
    example: 3.42,
    description: 'GPA on 0–4 (two decimals); for educationLevel SMA the diploma average (nilai rata-rata ijazah) on 0–100',
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  gpa: number;
  @ApiPropertyOptional({ example: 2020 }) @IsOptional() @IsInt() @Min(1950) @Max(2100) graduationYear?: number;
  @ApiProperty({ format: 'uuid' }) @IsUUID() vacancyId: string;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) @IsIn(CATEGORIES) category: string;
}

export class RequiredDocumentDto {
  @ApiProperty({ example: 'ijazah' }) key: string;
  @ApiProperty({ example: 'Ijazah' }) label: string;
  @ApiProperty() required: boolean;
}

export class RegistrationDto {
  @ApiProperty({ example: 'CPNS2026-000123' }) registrationNumber: string;
  @ApiProperty({ example: 'K7Q2M9XA4B', description: 'Shown once: needed to upload documents and to appeal. Only its hash is stored.' }) accessCode: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage' }) stage: string;
  @ApiProperty({ type: [RequiredDocumentDto] }) requiredDocuments: RequiredDocumentDto[];
}

export class UploadDocumentDto {
  @ApiProperty({ example: 'ijazah', description: "One of the round's document keys" }) @IsString() @IsNotEmpty() @MaxLength(40) kind: string;
}

export class DocumentDto {
  @ApiProperty({ example: 'ijazah' }) kind: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class UploadedDocumentDto extends DocumentDto {
  @ApiProperty({ description: 'An earlier upload of the same kind was replaced' }) replaced: boolean;
}

// ── administrative selection ─────────────────────────────────────────────

export class AdminFailureDto {
  @ApiProperty({ example: 'AGE_ABOVE_MAX' }) code: string;
  @ApiProperty({ example: 'Usia 36 tahun pada 2026-01-31 melebihi batas maksimal 35 tahun.' }) message: string;
  @ApiPropertyOptional({ description: 'Document or checklist key' }) key?: string;
}

export class AdminCheckDto {
  @ApiProperty({ example: 'age' }) key: string;
  @ApiProperty({ example: 'Usia' }) label: string;
  @ApiProperty() passed: boolean;
  @ApiProperty() detail: string;
}

export class AdminDecisionDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    example: { ktp: true, ijazah: true, transkrip: false },
    description: "The committee's checklist: every document key of the round (required), plus optional extra checks (snake_case keys)",
  })
  @IsObject()
  checklist: Record<string, boolean>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @ApiProperty() @IsInt() @Min(1) version: number;
}

// ── appeals ──────────────────────────────────────────────────────────────

export class SubmitAppealDto {
  @ApiProperty({ example: 'CPNS2026-000123' }) @IsString() @IsNotEmpty() @MaxLength(24) registrationNumber: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) accessCode: string;
  @ApiProperty({ minLength: 20, maxLength: 2000 }) @IsString() @Length(20, 2000) reason: string;
}

export class PublicAppealDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPEAL_STATUSES, enumName: 'AppealStatus' }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) answeredAt: string | null;
  @ApiProperty({ example: '2026-02-20', description: 'The committee answers by this day' }) answerBy: string;
}

export class AppealDto extends PublicAppealDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [AdminFailureDto], description: 'The failures appealed against (as they stand now)' }) adminFailures: AdminFailureDto[];
  @ApiProperty({ type: String, nullable: true }) answeredByName: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Days left until answerBy (negative when overdue); null once answered' }) daysLeft: number | null;
  @ApiProperty({ description: 'Pending after answerBy' }) overdue: boolean;
  @ApiProperty() version: number;
}

export class ListAppealsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roundId?: string;
  @ApiPropertyOptional({ enum: APPEAL_STATUSES, enumName: 'AppealStatus' }) @IsOptional() @IsIn(APPEAL_STATUSES) status?: string;
}

export class AnswerAppealDto {
  @ApiProperty({ description: 'true: the application is restored (MS, admin_passed)' }) @IsBoolean() accepted: boolean;
  @ApiProperty({ minLength: 10, maxLength: 4000, description: "The committee's reason, shown to the applicant" }) @IsString() @Length(10, 4000) answer: string;
  @ApiProperty() @IsInt() @Min(1) version: number;
}

// ── public status ────────────────────────────────────────────────────────

export class StatusQueryDto {
  @ApiProperty({ example: 'CPNS2026-000123' }) @IsString() @IsNotEmpty() @MaxLength(24) registrationNumber: string;
  @ApiProperty({ example: '1998-08-17' }) @IsoDate() birthDate: string;
}

export class StatusRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['cpns', 'pppk'], enumName: 'RoundType' }) type: string;
  @ApiProperty() year: number;
}

export class StatusVacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
}

export class StatusAdminDto {
  @ApiProperty({ type: String, nullable: true, enum: ADMIN_RESULTS, enumName: 'AdminResult' }) result: string | null;
  @ApiProperty({ type: [AdminFailureDto] }) failures: AdminFailureDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
}

export class SkdScoresDto {
  @ApiProperty({ type: Number, nullable: true }) twk: number | null;
  @ApiProperty({ type: Number, nullable: true }) tiu: number | null;
  @ApiProperty({ type: Number, nullable: true }) tkp: number | null;
  @ApiProperty({ type: Number, nullable: true }) total: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) passed: boolean | null;
  @ApiProperty({ type: [String], description: 'Sub-tests (or total) below the passing grade' }) failedOn: string[];
  @ApiProperty({ type: Boolean, nullable: true }) shortlisted: boolean | null;
}

export class FinalScoresDto {
  @ApiProperty({ type: Object, nullable: true, description: 'SKB components { key: 0–100 }' }) skbComponents: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true }) skbScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) interviewScore: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'PPPK: technical' }) pppkTechnical: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'PPPK: managerial + socio-cultural' }) pppkManagerial: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'PPPK: interview' }) pppkInterview: number | null;
  @ApiProperty({ type: Number, nullable: true }) finalScore: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Rank within the vacancy and category' }) rank: number | null;
}

export class ApplicationStatusDto {
  @ApiProperty() registrationNumber: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: StatusRoundDto }) round: StatusRoundDto;
  @ApiProperty({ type: StatusVacancyDto }) vacancy: StatusVacancyDto;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: string;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage', description: 'As far as the published results tell (never ahead of a publication)' }) stage: string;
  @ApiProperty({ type: StatusAdminDto }) admin: StatusAdminDto;
  @ApiProperty({ type: [PublicAppealDto] }) appeals: PublicAppealDto[];
  @ApiProperty({ type: [DocumentDto], description: 'Documents uploaded (no content)' }) documents: DocumentDto[];
  @ApiProperty({ type: SkdScoresDto, nullable: true, description: 'Once an SKD (or final) result of the round is published' }) skd: SkdScoresDto | null;
  @ApiProperty({ type: FinalScoresDto, nullable: true, description: 'Once the final result of the round is published' }) final: FinalScoresDto | null;
  @ApiProperty({ type: [String], description: 'Stages of the round with a published result' }) publishedStages: string[];
}

// ── staff: applicants ────────────────────────────────────────────────────

export class ListApplicantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name (contains) or NIK (starts with)' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Applicants with an application in this round' }) @IsOptional() @IsUUID() roundId?: string;
}

export class ApplicantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '3374**********01', description: 'Full for admin and planner; masked for everyone else' }) nik: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender' }) gender: string;
  @ApiProperty() birthDate: string;
  @ApiProperty({ type: String, nullable: true }) birthPlace: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel' }) educationLevel: string;
  @ApiProperty() major: string;
  @ApiProperty({ type: String, nullable: true }) institution: string | null;
  @ApiProperty() gpa: number;
  @ApiProperty({ type: Number, nullable: true }) graduationYear: number | null;
  @ApiProperty({ description: 'Applications you may see' }) applicationCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

// ── staff: applications ──────────────────────────────────────────────────

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roundId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() vacancyId?: string;
  @ApiPropertyOptional({ enum: STAGES, enumName: 'ApplicationStage' }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) @IsOptional() @IsIn(CATEGORIES) category?: string;
  @ApiPropertyOptional({ enum: ADMIN_RESULTS, enumName: 'AdminResult' }) @IsOptional() @IsIn(ADMIN_RESULTS) adminResult?: string;
  @ApiPropertyOptional({ description: 'Name (contains) or registration number (starts with)' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: APPLICATION_SORTS, enumName: 'ApplicationSort', default: 'registrationNumber' })
  @IsOptional()
  @IsIn(APPLICATION_SORTS)
  sortBy?: (typeof APPLICATION_SORTS)[number];
}

export class ApplicationListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundCode: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ format: 'uuid' }) applicantId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Full for admin and planner; masked for everyone else' }) nik: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender' }) gender: string;
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel' }) educationLevel: string;
  @ApiProperty() major: string;
  @ApiProperty() gpa: number;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: string;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage' }) stage: string;
  @ApiProperty({ type: String, nullable: true, enum: ADMIN_RESULTS, enumName: 'AdminResult' }) adminResult: string | null;
  @ApiProperty({ description: 'Failed requirements named by the decision' }) adminFailureCount: number;
  @ApiProperty({ type: Number, nullable: true }) skdTotal: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) skdPassed: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) skbScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) finalScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty({ description: 'Documents uploaded' }) documentCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export class ApplicationVacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [String] }) educationLevels: string[];
  @ApiProperty({ type: [String] }) majors: string[];
  @ApiProperty({ type: Number, nullable: true }) gpaMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) ageMax: number | null;
}

export class ApplicationScoresDto extends FinalScoresDto {
  @ApiProperty({ type: Number, nullable: true }) skdTwk: number | null;
  @ApiProperty({ type: Number, nullable: true }) skdTiu: number | null;
  @ApiProperty({ type: Number, nullable: true }) skdTkp: number | null;
  @ApiProperty({ type: Number, nullable: true }) skdTotal: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) skdPassed: boolean | null;
  @ApiProperty({ type: [String] }) skdFailedOn: string[];
  @ApiProperty({ type: Boolean, nullable: true }) shortlisted: boolean | null;
  @ApiProperty() interviewFlagged: boolean;
}

export class InterviewSummaryDto {
  @ApiProperty({ description: 'Panelists assigned' }) assigned: number;
  @ApiProperty({ description: 'Panelists who submitted their scores' }) submitted: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the submitted scores (0–100)' }) mean: number | null;
  @ApiProperty({ description: 'Spread between panelists above the round limit' }) flagged: boolean;
}

export class TimelineEntryDto {
  @ApiProperty({ example: 'registered' }) event: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) by: string | null;
}

export class ApplicationDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty({ type: StatusRoundDto }) round: StatusRoundDto;
  @ApiProperty({ type: ApplicationVacancyDto }) vacancy: ApplicationVacancyDto;
  @ApiProperty({ type: ApplicantDto }) applicant: ApplicantDto;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: string;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage' }) stage: string;
  @ApiProperty({ description: 'Age in completed years on the closing date of registration' }) ageOnClosingDate: number;
  @ApiProperty({ type: [AdminCheckDto], description: 'The automatic checks, computed now' }) automaticChecks: AdminCheckDto[];
  @ApiProperty({ type: [AdminFailureDto], description: 'The automatic failures, computed now' }) automaticFailures: AdminFailureDto[];
  @ApiProperty({ type: [RequiredDocumentDto], description: "The round's documents (the checklist keys)" }) requiredDocuments: RequiredDocumentDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'boolean' }, description: "The committee's checklist as decided" }) adminChecklist: Record<string, boolean>;
  @ApiProperty({ type: String, nullable: true, enum: ADMIN_RESULTS, enumName: 'AdminResult' }) adminResult: string | null;
  @ApiProperty({ type: [AdminFailureDto] }) adminFailures: AdminFailureDto[];
  @ApiProperty({ type: String, nullable: true }) adminNote: string | null;
  @ApiProperty({ type: String, nullable: true }) adminDecidedByName: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) adminDecidedAt: string | null;
  @ApiProperty({ type: [DocumentDto] }) documents: DocumentDto[];
  @ApiProperty({ type: [AppealDto] }) appeals: AppealDto[];
  @ApiProperty({ type: ApplicationScoresDto }) scores: ApplicationScoresDto;
  @ApiProperty({ type: InterviewSummaryDto }) interviews: InterviewSummaryDto;
  @ApiProperty({ type: [TimelineEntryDto] }) timeline: TimelineEntryDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export class ApplicantApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundCode: string;
  @ApiProperty() roundName: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: string;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage' }) stage: string;
  @ApiProperty({ type: String, nullable: true, enum: ADMIN_RESULTS, enumName: 'AdminResult' }) adminResult: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ApplicantDetailDto extends ApplicantDto {
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: [ApplicantApplicationDto], description: 'Applications you may see, newest first' }) applications: ApplicantApplicationDto[];
}
