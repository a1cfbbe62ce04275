import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { CATEGORIES, type Category, ROUND_TYPES, STAGES } from '../recruitment.types.js';

// ── shortlist and rank runs ─────────────────────────────────────────────
export class ShortlistResultDto {
  @ApiProperty({ description: 'Applications evaluated (admin passed or a later SKD stage)' }) applications: number;
  @ApiProperty({ description: 'Vacancies with at least one of them' }) vacancies: number;
  @ApiProperty() skdPassed: number;
  @ApiProperty() skdFailed: number;
  @ApiProperty() shortlisted: number;
  @ApiProperty() notShortlisted: number;
  @ApiProperty({ example: 3, description: 'Places per seat of a category' }) multiplier: number;
  @ApiProperty({ enum: ['include_all', 'strict'], enumName: 'ShortlistTieRule' }) tieAtCut: string;
  @ApiProperty({ description: 'Applications taken beyond the places because their SKD total equals the last place (include_all)' }) tiedAtCut: number;
  @ApiProperty({ description: 'Applications whose SKD result, shortlist or stage changed (a repeated run changes none)' }) changed: number;
  @ApiProperty({ description: 'Time the run took, in milliseconds' }) durationMs: number;
}

export class RankResultDto {
  @ApiProperty({ description: 'Applications ranked' }) applications: number;
  @ApiProperty({ description: 'Vacancies ranked' }) vacancies: number;
  @ApiProperty({ description: 'Ranked within the seats of their vacancy and category' }) passed: number;
  @ApiProperty() notPassed: number;
  @ApiProperty({ description: 'Applications whose score, rank or stage changed (a repeated run on the same data changes none)' }) changed: number;
  @ApiProperty({ format: 'date-time' }) rankedAt: string;
  @ApiProperty({ description: 'Time the run took, in milliseconds' }) durationMs: number;
}

// ── ranking list ─────────────────────────────────────────────────────────
export class RankingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One vacancy of the round (404 outside your unit)' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiPropertyOptional({ enum: CATEGORIES, enumName: 'RecruitmentCategory' })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;
}

export class RankingEntryDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: 1, description: 'Rank within the vacancy and category (1 = best)' }) rank: number;
  @ApiProperty({ example: 'CPNS2026-000123' }) registrationNumber: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender' }) gender: string;
  @ApiProperty({ example: '1998-05-01', description: 'A tie-break key (the older applicant first)' }) birthDate: string;
  @ApiProperty({ example: 'S1' }) educationLevel: string;
  @ApiProperty({ example: 3.51 }) gpa: number;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyCode: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: string;
  @ApiProperty({ description: 'Seats of the category in the vacancy' }) seats: number;
  @ApiProperty({ enum: STAGES, enumName: 'ApplicationStage' }) stage: string;
  @ApiProperty({ type: Number, nullable: true }) twk: number | null;
  @ApiProperty({ type: Number, nullable: true }) tiu: number | null;
  @ApiProperty({ type: Number, nullable: true }) tkp: number | null;
  @ApiProperty({ type: Number, nullable: true }) skdTotal: number | null;
  @ApiProperty({ type: Object, nullable: true, description: 'SKB components as imported: { key: 0–100 }' }) skbComponents: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The panel mean' }) interviewScore: number | null;
  @ApiProperty({ description: "The panelists' spread is above the round's limit" }) interviewFlagged: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ weight × component (3 decimals)' }) skbScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) pppkTechnical: number | null;
  @ApiProperty({ type: Number, nullable: true }) pppkManagerialSocioCultural: number | null;
  @ApiProperty({ type: Number, nullable: true }) pppkInterview: number | null;
  @ApiProperty({ type: Number, nullable: true }) pppkTotal: number | null;
  @ApiProperty({ example: 78.55, description: 'Rounded half-up to 2 decimals' }) finalScore: number;
  @ApiProperty({ format: 'date-time' }) rankedAt: string;
}

// ── funnel ───────────────────────────────────────────────────────────────
export class FunnelQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One vacancy of the round (404 outside your unit); default: the round (your subtree)' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;
}

export const FUNNEL_STAGES = ['registered', 'admin_passed', 'skd_passed', 'shortlisted', 'passed', 'appointed'] as const;

export class FunnelStageDto {
  @ApiProperty({ enum: FUNNEL_STAGES, enumName: 'FunnelStage' }) stage: string;
  @ApiProperty({ description: 'Applications that reached the stage' }) count: number;
  @ApiProperty({ type: Number, nullable: true, example: 62.5, description: 'Percent of the previous stage (null for the first, or when it is empty)' })
  passRate: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12.5, description: 'Percent of all applicants' }) ofApplicants: number | null;
}

export class FunnelDurationDto {
  @ApiProperty({ enum: ['administrative', 'skd', 'skb', 'ranking', 'selection', 'appointment'], enumName: 'FunnelInterval' }) interval: string;
  @ApiProperty({ example: 'createdAt', description: 'The timestamp the interval starts at' }) from: string;
  @ApiProperty({ example: 'adminDecidedAt' }) to: string;
  @ApiProperty({ description: 'Applications with both timestamps' }) applications: number;
  @ApiProperty({ type: Number, nullable: true, example: 6.25, description: 'Mean days between the two (2 decimals)' }) meanDays: number | null;
}

export class FunnelBreakdownDto {
  @ApiProperty({ example: 'P', description: 'Gender (L/P) or education level' }) key: string;
  @ApiProperty() applicants: number;
  @ApiProperty() adminPassed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'CPNS only' }) skdPassed: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'CPNS only' }) shortlisted: number | null;
  @ApiProperty() passed: number;
  @ApiProperty() appointed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Percent of its applicants who passed' }) passRate: number | null;
}

export class FunnelVacancyDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() code: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty() seats: number;
  @ApiProperty() applicants: number;
  @ApiProperty({ type: Number, nullable: true }) applicantsPerSeat: number | null;
  @ApiProperty() passed: number;
  @ApiProperty() appointed: number;
}

export class FunnelDto {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundCode: string;
  @ApiProperty({ enum: ROUND_TYPES, enumName: 'RoundType' }) roundType: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) vacancyId: string | null;
  @ApiProperty({ description: 'Seats of the vacancies counted (the vacancy, or the round within your subtree)' }) seats: number;
  @ApiProperty() applicants: number;
  @ApiProperty({ type: Number, nullable: true, example: 42.5 }) applicantsPerSeat: number | null;
  @ApiProperty({ type: [FunnelStageDto], description: 'CPNS: registered → admin passed → SKD passed → shortlisted → passed → appointed; PPPK without the SKD stages' })
  stages: FunnelStageDto[];
  @ApiProperty({ type: [FunnelDurationDto] }) timeInStage: FunnelDurationDto[];
  @ApiProperty({ type: [FunnelBreakdownDto] }) byGender: FunnelBreakdownDto[];
  @ApiProperty({ type: [FunnelBreakdownDto] }) byEducation: FunnelBreakdownDto[];
  @ApiProperty({ type: [FunnelVacancyDto] }) byVacancy: FunnelVacancyDto[];
}
