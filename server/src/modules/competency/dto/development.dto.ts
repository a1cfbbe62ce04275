import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsPositive, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

export const DEVELOPMENT_PLAN_STATUSES = ['draft', 'approved'] as const;

// ── certificates ─────────────────────────────────────────────────────────
export class CertificateCheckDto {
  @ApiProperty({ description: 'Always true: an unknown or withdrawn code answers 404' }) valid: boolean;
  @ApiProperty({ example: 'SMG-2026-7K3Q9X' }) code: string;
  @ApiProperty({ example: 'S*** R*****', description: 'The holder’s name, masked (first letter of each word; UU 27/2022)' }) holderName: string;
  @ApiProperty({ example: 'Pelatihan Komunikasi Efektif' }) programTitle: string;
  @ApiProperty({ example: 20, description: 'Lesson hours (JP, 45 minutes each)' }) jp: number;
  @ApiProperty({ example: '2026-03-02' }) sessionStartsOn: string;
  @ApiProperty({ example: '2026-03-04' }) sessionEndsOn: string;
  @ApiProperty({ example: '2026-03-04T09:00:00.000Z', description: 'When the participant completed the session' }) issuedAt: string;
  @ApiProperty({ example: 'Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang' }) issuer: string;
}

// ── recommendations ──────────────────────────────────────────────────────
export class RecommendationsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The employee (default: yourself). Staff: an employee of your subtree.' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 20, description: 'Most programs returned' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class RecommendedCompetencyDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Level the position requires' }) required: number;
  @ApiProperty({ description: 'Latest valid assessed level' }) assessed: number;
  @ApiProperty({ description: 'required − assessed' }) shortfall: number;
  @ApiProperty({ description: 'Levels the program raises' }) raised: number;
  @ApiProperty({ description: 'min(raised, shortfall)' }) closed: number;
}

export class RecommendationDto {
  @ApiProperty({ description: '1 = best' }) rank: number;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'soft_skill' }) type: string;
  @ApiProperty({ example: 'classroom' }) mode: string;
  @ApiProperty() jp: number;
  @ApiProperty({ description: 'Rupiah per participant' }) costPerParticipant: number;
  @ApiProperty({ description: 'Levels of the employee’s shortfall the program closes: Σ min(levels raised, shortfall)' }) gapClosed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Levels closed per million rupiah; null for a free program (ranked first)' }) gapClosedPerMillion: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Levels closed per JP' }) gapClosedPerJp: number | null;
  @ApiProperty({ type: [RecommendedCompetencyDto], description: 'Why: the competencies it closes and by how much' }) competencies: RecommendedCompetencyDto[];
  @ApiProperty({ example: 'Menutup 2 level: Komunikasi +1 (3 → 4), Kerja Sama +1 (2 → 3)' }) reason: string;
  @ApiProperty({ description: 'The program raises a soft-skill competency (or is a soft-skill program)' }) softSkill: boolean;
  @ApiProperty({ description: 'Ranked up because the latest final annual predicate is Butuh Perbaikan or worse (see `appraisal`)' }) appraisalBoost: boolean;
}

/** The appraisal that feeds the recommendations: the latest final annual predicate, when Butuh Perbaikan or worse. */
export class RecommendationAppraisalDto {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ enum: ['butuh_perbaikan', 'kurang', 'sangat_kurang'], enumName: 'RecommendationAppraisalPredicate' }) predicate: string;
  @ApiProperty({ example: 'Butuh Perbaikan' }) label: string;
  @ApiProperty({
    type: [String],
    example: ['harmonis', 'kolaboratif'],
    description: 'The BerAKHLAK values rated below expectations in that evaluation (keys, in BerAKHLAK order)',
  })
  lowBehaviours: string[];
}

export class UnassessedCompetencyDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() required: number;
}

export class SkippedProgramDto {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['completed', 'prerequisites'], enumName: 'RecommendationSkipReason' }) reason: string;
  @ApiProperty({ type: [String], description: 'Codes of the prerequisites not yet completed' }) missingPrerequisites: string[];
}

/**
 * Programs that close an employee’s largest competency gaps. When the employee’s latest final annual predicate is
 * Butuh Perbaikan or worse (performance module), `appraisal` says so and the soft-skill programs are ranked first.
 */
export class RecommendationListDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({
    type: RecommendationAppraisalDto,
    nullable: true,
    description: 'The latest final annual appraisal when its predicate is Butuh Perbaikan or worse (soft-skill programs ranked first); null otherwise',
  })
  appraisal: RecommendationAppraisalDto | null;
  @ApiProperty({ description: 'Σ shortfall over the assessed competencies of the position standard (levels)' }) totalShortfall: number;
  @ApiProperty({ type: [RecommendationDto], description: 'Active programs, best first: gap closed per cost, then per JP; programs closing nothing last' })
  items: RecommendationDto[];
  @ApiProperty({ type: [UnassessedCompetencyDto], description: 'Competencies of the standard never assessed: not counted as gaps (assess them first)' })
  unassessed: UnassessedCompetencyDto[];
  @ApiProperty({ type: [SkippedProgramDto], description: 'Programs left out: completed already, or prerequisites not completed' }) skipped: SkippedProgramDto[];
}

// ── development plans ────────────────────────────────────────────────────
export class CreateDevelopmentPlanDto {
  @ApiProperty({ format: 'uuid', description: 'The unit (its whole subtree is planned)' }) @IsUUID() unitId: string;
  @ApiProperty({ example: 2027 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 150_000_000, description: 'Training budget in rupiah (> 0)' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(99_999_999_999_999)
  budget: number;
}

export class DevelopmentPlanLineInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The participants (employees of the plan’s unit subtree)' })
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  employeeIds: string[];
}

export class UpdateDevelopmentPlanDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ example: 120_000_000, description: 'A new budget (> 0)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(99_999_999_999_999)
  budget?: number;

  @ApiPropertyOptional({ type: [DevelopmentPlanLineInputDto], description: 'The lines as edited (replace all); cost, gap closed and reasons are recomputed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DevelopmentPlanLineInputDto)
  lines?: DevelopmentPlanLineInputDto[];

  @ApiPropertyOptional({ description: 'Draft the lines again from today’s gaps under the (new) budget; not with `lines`' })
  @IsOptional()
  @IsBoolean()
  redraft?: boolean;
}

export class ListDevelopmentPlansQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2027 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Plans of this unit subtree (default: your scope)' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: DEVELOPMENT_PLAN_STATUSES, enumName: 'DevelopmentPlanStatus' }) @IsOptional() @IsIn(DEVELOPMENT_PLAN_STATUSES) status?: string;
}

export class DevelopmentPlanParticipantDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Levels this participant’s attendance closes (given their other lines)' }) gapClosed: number;
}

export class DevelopmentPlanLineCompetencyDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Levels closed over the participants' }) levelsClosed: number;
  @ApiProperty({ description: 'Participants below standard on it' }) people: number;
}

export class DevelopmentPlanLineDto {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programCode: string;
  @ApiProperty() programTitle: string;
  @ApiProperty() jp: number;
  @ApiProperty({ description: 'Rupiah per participant' }) costPerParticipant: number;
  @ApiProperty() participants: number;
  @ApiProperty({ type: [DevelopmentPlanParticipantDto] }) employees: DevelopmentPlanParticipantDto[];
  @ApiProperty({ description: 'Rupiah: cost per participant × participants' }) cost: number;
  @ApiProperty({ description: 'Levels of shortfall the line closes' }) gapClosed: number;
  @ApiProperty({ type: [DevelopmentPlanLineCompetencyDto] }) competencies: DevelopmentPlanLineCompetencyDto[];
  @ApiProperty({ example: '3 peserta; menutup 5 level: Komunikasi 3 level (3 orang), Integritas 2 level (2 orang)' }) reason: string;
}

export class DevelopmentPlanSummaryDto {
  @ApiProperty({ description: 'Rupiah' }) cost: number;
  @ApiProperty({ description: 'Rupiah: budget − cost' }) budgetLeft: number;
  @ApiProperty({ description: 'Levels of shortfall closed' }) gapClosed: number;
  @ApiProperty({ description: 'Σ shortfall of the assessed people of the subtree when drafted (levels)' }) totalShortfall: number;
  @ApiProperty({ description: 'Seats (person × program)' }) participants: number;
  @ApiProperty({ description: 'Distinct people' }) people: number;
  @ApiProperty({ description: 'Active employees of the subtree when drafted' }) employees: number;
  @ApiProperty({ enum: ['highs', 'greedy', 'manual'], enumName: 'PlanMethod', description: 'How the lines were chosen (manual once edited by hand)' }) method: string;
  @ApiProperty({ description: 'Gap the marginal greedy would close with the same budget (the draft is never below it)' }) greedyGapClosed: number;
  @ApiProperty({ description: 'Person × program pairs that could close some gap' }) candidates: number;
  @ApiProperty({ description: 'Pairs of the plan whose prerequisites are not completed or that repeat a completed program (hand edits only)' }) ineligible: number;
}

export class DevelopmentPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Rupiah' }) budget: number;
  @ApiProperty({ enum: DEVELOPMENT_PLAN_STATUSES, enumName: 'DevelopmentPlanStatus' }) status: string;
  @ApiProperty({ type: [DevelopmentPlanLineDto], description: 'One line per program, with the participants chosen' }) lines: DevelopmentPlanLineDto[];
  @ApiProperty({ type: DevelopmentPlanSummaryDto }) summary: DevelopmentPlanSummaryDto;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DevelopmentPlanListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() year: number;
  @ApiProperty() budget: number;
  @ApiProperty({ enum: DEVELOPMENT_PLAN_STATUSES, enumName: 'DevelopmentPlanStatus' }) status: string;
  @ApiProperty() lines: number;
  @ApiProperty() cost: number;
  @ApiProperty() gapClosed: number;
  @ApiProperty({ type: String, nullable: true }) approvedByName: string | null;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export class ApproveDevelopmentPlanDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
}
