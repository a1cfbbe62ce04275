import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

export const INTERVIEW_STATUSES = ['pending', 'submitted'] as const;

const SCORES_SCHEMA = { type: 'object', additionalProperties: { type: 'number' } } as const;

// ── requests ─────────────────────────────────────────────────────────────

export class AssignPanelistsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: "Users with the panel role; at least the round's minPanelists distinct" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  panelistIds: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the shortlisted applications of this vacancy' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these applications (each must be shortlisted)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  applicationIds?: string[];
}

export class ListInterviewsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roundId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() vacancyId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: the assignments of one panelist' }) @IsOptional() @IsUUID() panelistId?: string;
  @ApiPropertyOptional({ enum: INTERVIEW_STATUSES, enumName: 'InterviewStatus', description: 'pending = not yet submitted' })
  @IsOptional()
  @IsIn(INTERVIEW_STATUSES)
  status?: string;
}

export class DeclareNoConflictDto {
  @ApiProperty({ description: 'true: no conflict of interest with the applicant; false: a conflict, the assignment is withdrawn' })
  @IsBoolean()
  noConflict: boolean;

  @ApiPropertyOptional({ maxLength: 2000, description: 'The declaration or the nature of the conflict (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  statement?: string;
}

export class SubmitInterviewScoresDto {
  @ApiProperty({ ...SCORES_SCHEMA, example: { integrity: 8, communication: 7.5 }, description: 'One score per rubric criterion, 0..max, at most 2 decimals' })
  @IsObject()
  scores: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;

  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
}

// ── responses ────────────────────────────────────────────────────────────

export class AssignPanelistsResultDto {
  @ApiProperty({ description: 'Shortlisted applications covered' }) applications: number;
  @ApiProperty({ description: 'Distinct panelists' }) panelists: number;
  @ApiProperty({ description: 'New assignments' }) created: number;
  @ApiProperty({ description: 'Assignments that already existed (kept)' }) existing: number;
  @ApiProperty({ description: 'Pairs skipped because the panelist declared a conflict of interest with that applicant' }) skippedConflicts: number;
  @ApiProperty({ description: "Applications still below the round's minimum of panelists" }) belowMinimum: number;
}

export class RubricCriterionDto {
  @ApiProperty({ example: 'integrity' }) key: string;
  @ApiProperty({ example: 'Integritas' }) label: string;
  @ApiProperty({ example: 10, description: 'Highest score (lowest is 0)' }) max: number;
}

export class InterviewListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty({ format: 'uuid' }) panelistId: string;
  @ApiProperty() panelistName: string;
  @ApiProperty({ description: 'No conflict of interest declared' }) declared: boolean;
  @ApiProperty() submitted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'This panelist’s score (0–100) once submitted' }) score: number | null;
  @ApiProperty() version: number;
}

export class InterviewApplicantDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() name: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty() category: string;
  @ApiProperty() educationLevel: string;
  @ApiProperty() major: string;
  @ApiProperty({ type: String, nullable: true }) institution: string | null;
  @ApiProperty() gpa: number;
  @ApiProperty({ type: Number, nullable: true }) graduationYear: number | null;
}

export class PanelistScoresDto {
  @ApiProperty({ format: 'uuid', description: 'The assignment' }) id: string;
  @ApiProperty({ format: 'uuid' }) panelistId: string;
  @ApiProperty() panelistName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) declaredAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ ...SCORES_SCHEMA, nullable: true }) scores: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ scores / Σ max × 100 (2 decimals)' }) score: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() version: number;
}

export class PanelSummaryDto {
  @ApiProperty({ description: 'Assigned panelists' }) assigned: number;
  @ApiProperty({ description: 'Panelists who submitted' }) submitted: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the submitted scores (3 decimals): the interview score' }) mean: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Highest − lowest submitted score' }) spread: number | null;
  @ApiProperty({ description: 'Spread above the limit: the applicant needs review' }) flagged: boolean;
  @ApiProperty() spreadLimit: number;
  @ApiProperty() minPanelists: number;
}

export class InterviewOthersDto {
  @ApiProperty({ type: [PanelistScoresDto], description: 'The other panelists, with their scores once submitted' }) panelists: PanelistScoresDto[];
  @ApiProperty({ type: PanelSummaryDto }) summary: PanelSummaryDto;
}

export class InterviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundName: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: InterviewApplicantDto, description: 'No NIK and no scores of other stages' }) applicant: InterviewApplicantDto;
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty({ format: 'uuid' }) panelistId: string;
  @ApiProperty() panelistName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the panelist declared no conflict of interest' }) declaredAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ ...SCORES_SCHEMA, nullable: true, description: 'The scores of this assignment' }) scores: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'true while the panelist has not submitted: the other panelists’ scores are withheld' }) othersHidden: boolean;
  @ApiProperty({ type: InterviewOthersDto, nullable: true, description: 'The other panelists and the panel summary; null while hidden' }) others: InterviewOthersDto | null;
}

export class DeclarationResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() noConflict: boolean;
  @ApiProperty({ description: 'true: a conflict was declared and the assignment withdrawn; the committee assigns another panelist' }) withdrawn: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) declaredAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The assignment’s version to send with the scores (null once withdrawn)' }) version: number | null;
}

export class ApplicationInterviewsDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() stage: string;
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty({ type: [PanelistScoresDto] }) interviews: PanelistScoresDto[];
  @ApiProperty({ type: PanelSummaryDto }) summary: PanelSummaryDto;
  @ApiProperty({ type: Number, nullable: true, description: 'The application’s stored interview score (the mean)' }) interviewScore: number | null;
  @ApiProperty({ description: 'The application’s stored review flag' }) interviewFlagged: boolean;
}

export class PanelistDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'panel.seleksi' }) username: string;
  @ApiProperty({ example: 'Panitia Seleksi ASN' }) displayName: string;
  @ApiProperty({ type: String, nullable: true, description: 'The unit the user belongs to, when any' }) unitName: string | null;
}
