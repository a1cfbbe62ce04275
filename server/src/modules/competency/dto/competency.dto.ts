import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { FUNCTIONAL_LEVELS, POSITION_KINDS } from '../../reference/dto/reference.dto.js';

export const COMPETENCY_TYPES = ['technical', 'managerial', 'socio_cultural'] as const;
export const ASSESSMENT_SOURCES = ['assessment_centre', 'test', 'supervisor', 'training_post_test'] as const;

const Level = () => (target: object, key: string) => {
  IsInt()(target, key);
  Min(1)(target, key);
  Max(5)(target, key);
};

// ── calculator ───────────────────────────────────────────────────────────
export class JpmItemDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 3 }) @Level() required: number;
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 }) @Level() assessed: number;
}

export class JpmCalculationDto {
  @ApiProperty({ type: [JpmItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => JpmItemDto)
  items: JpmItemDto[];

  @ApiPropertyOptional({ description: 'Count each assessed level at most at its standard (default: the rule competency.jpm)' })
  @IsOptional()
  @IsBoolean()
  capAtStandard?: boolean;
}

export class JpmCategoryDto {
  @ApiProperty({ example: 'optimal' }) code: string;
  @ApiProperty({ example: 'Optimal' }) label: string;
}

export class JpmItemResultDto extends JpmItemDto {
  @ApiProperty({ description: 'assessed − required (negative: below standard)' }) gap: number;
  @ApiProperty({ description: 'The level counted (capped at the standard when capAtStandard)' }) counted: number;
}

export class JpmResultDto {
  @ApiProperty({ type: [JpmItemResultDto] }) items: JpmItemResultDto[];
  @ApiProperty() requiredTotal: number;
  @ApiProperty() assessedTotal: number;
  @ApiProperty() capAtStandard: boolean;
  @ApiProperty({ example: 96.2962962963, description: 'Full precision' }) jpmPercent: number;
  @ApiProperty({ example: 96.3, description: 'Rounded to 2 decimals, half up: the category is read on it' }) jpmPercentRounded: number;
  @ApiProperty({ type: JpmCategoryDto }) category: JpmCategoryDto;
  @ApiProperty() belowStandard: number;
  @ApiProperty({ example: 'competency.jpm' }) ruleKey: string;
  @ApiProperty({ example: '2019-01-01' }) ruleEffectiveFrom: string;
}

// ── dictionary ───────────────────────────────────────────────────────────
export class CompetencyLevelDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @Level() level: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) description: string;
}

export class CompetencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'M-KOM' }) code: string;
  @ApiProperty({ example: 'Komunikasi' }) name: string;
  @ApiProperty({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' }) type: string;
  @ApiProperty({ type: String, nullable: true, example: 'Perawat' }) jobFamily: string | null;
  @ApiProperty() softSkill: boolean;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [CompetencyLevelDto] }) levels: CompetencyLevelDto[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Position standards that use it' }) standardCount: number;
  @ApiProperty() version: number;
}

export class ListCompetenciesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' })
  @IsOptional()
  @IsIn(COMPETENCY_TYPES)
  type?: string;

  @ApiPropertyOptional({ example: 'Perawat' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobFamily?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['true', 'false'])
  softSkill?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Search code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateCompetencyDto {
  @ApiProperty({ example: 'T-ASKEP' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2-40 capital letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'Asuhan Keperawatan' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;

  @ApiProperty({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' }) @IsIn(COMPETENCY_TYPES) type: string;

  @ApiPropertyOptional({ example: 'Perawat' }) @IsOptional() @IsString() @MaxLength(200) jobFamily?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() softSkill?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;

  @ApiProperty({ type: [CompetencyLevelDto], description: 'Exactly the five levels 1–5' })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CompetencyLevelDto)
  levels: CompetencyLevelDto[];
}

export class UpdateCompetencyDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  jobFamily?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() softSkill?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  description?: string | null;
  @ApiPropertyOptional({ type: [CompetencyLevelDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CompetencyLevelDto)
  levels?: CompetencyLevelDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

// ── position standards ───────────────────────────────────────────────────
export class StandardItemInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId: string;
  @ApiProperty({ minimum: 1, maximum: 5, example: 3 }) @Level() requiredLevel: number;
}

export class StandardItemDto extends StandardItemInputDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' }) type: string;
  @ApiProperty() softSkill: boolean;
}

export class PositionStandardDto {
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [StandardItemDto] }) items: StandardItemDto[];
  @ApiProperty({ description: 'Changes whenever the standard changes: send it back with a replacement (409 when stale)' }) revision: number;
}

export class ReplaceStandardDto {
  @ApiProperty({ description: 'The revision you read (0 for a position without a standard); a stale one gets 409' })
  @IsInt()
  @Min(0)
  revision: number;

  @ApiProperty({ type: [StandardItemInputDto] })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => StandardItemInputDto)
  items: StandardItemInputDto[];
}

export class CopyStandardDto {
  @ApiProperty({ format: 'uuid', description: 'The position whose standard is copied' }) @IsUUID() fromPositionId: string;
  @ApiProperty({ description: 'The revision of the target you read; a stale one gets 409' }) @IsInt() @Min(0) revision: number;
}

export class BulkAssignStandardDto {
  @ApiProperty({ enum: POSITION_KINDS, enumName: 'PositionKind' }) @IsIn(POSITION_KINDS) positionKind: string;

  @ApiPropertyOptional({ enum: FUNCTIONAL_LEVELS, enumName: 'FunctionalLevel' }) @IsOptional() @IsIn(FUNCTIONAL_LEVELS) functionalLevel?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 17 }) @IsOptional() @IsInt() @Min(1) @Max(17) classFrom?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 17 }) @IsOptional() @IsInt() @Min(1) @Max(17) classTo?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only positions of this unit subtree (default: your scope)' }) @IsOptional() @IsUUID() orgUnitId?: string;

  @ApiProperty({ type: [StandardItemInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => StandardItemInputDto)
  items: StandardItemInputDto[];
}

export class BulkAssignResultDto {
  @ApiProperty({ description: 'Positions matched' }) positions: number;
  @ApiProperty({ description: 'Standard levels written (added or changed)' }) written: number;
}

// ── assessments ──────────────────────────────────────────────────────────
export class AssessmentItemInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @Level() level: number;
}

export class AssessmentItemDto extends AssessmentItemInputDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_SOURCES, enumName: 'AssessmentSource' }) @IsIn(ASSESSMENT_SOURCES) source: string;
  @ApiProperty({ example: '2026-10-14' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) assessedOn: string;
  @ApiPropertyOptional({ example: '2028-10-14', description: 'After this date it no longer counts' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validUntil?: string;
  @ApiPropertyOptional({ example: 'Laporan asesmen UPT Penilaian Kompetensi, No. 800/123' }) @IsOptional() @IsString() @MaxLength(4000) evidence?: string;
  @ApiProperty({ type: [AssessmentItemInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => AssessmentItemInputDto)
  items: AssessmentItemInputDto[];
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ enum: ASSESSMENT_SOURCES, enumName: 'AssessmentSource' }) source: string;
  @ApiProperty() assessedOn: string;
  @ApiProperty({ type: String, nullable: true }) validUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence: string | null;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty({ description: 'Whether it still counts (valid and the latest for at least one competency)' }) current: boolean;
  @ApiProperty({ type: [AssessmentItemDto] }) items: AssessmentItemDto[];
}

// ── gaps ─────────────────────────────────────────────────────────────────
export class GapItemDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' }) type: string;
  @ApiProperty() required: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Latest valid assessed level; null when never assessed' }) assessed: number | null;
  @ApiProperty({ type: Number, nullable: true }) gap: number | null;
  @ApiProperty({ type: String, nullable: true }) assessedOn: string | null;
}

export class EmployeeGapDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a new CPNS until BKN issues the NIP' }) nip: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) positionId: string | null;
  @ApiProperty({ type: String, nullable: true }) positionTitle: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'Competencies in the position standard' }) required: number;
  @ApiProperty({ description: 'Of them, assessed' }) assessedCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'JPM % over the assessed competencies, 2 decimals; null when none is assessed' }) jpmPercent: number | null;
  @ApiProperty({ type: JpmCategoryDto, nullable: true }) category: JpmCategoryDto | null;
  @ApiProperty() belowStandard: number;
  @ApiProperty({ type: String, nullable: true, description: 'Date of the latest assessment counted' }) assessedOn: string | null;
  @ApiPropertyOptional({ type: [GapItemDto], description: 'Each competency (when asking for one employee)' }) items?: GapItemDto[];
}

export class GapsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One employee, with every competency' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The holders of one position' }) @IsOptional() @IsUUID() positionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit subtree (default: your scope)' }) @IsOptional() @IsUUID() orgUnitId?: string;
  @ApiPropertyOptional({ enum: ['optimal', 'cukup_optimal', 'kurang_optimal', 'not_assessed'], enumName: 'JpmFilter' })
  @IsOptional()
  @IsIn(['optimal', 'cukup_optimal', 'kurang_optimal', 'not_assessed'])
  category?: string;
  @ApiPropertyOptional({ enum: ['jpm', 'name', 'belowStandard'], enumName: 'GapSort', default: 'jpm' })
  @IsOptional()
  @IsIn(['jpm', 'name', 'belowStandard'])
  sortBy?: 'jpm' | 'name' | 'belowStandard';
}

export class GapSummaryDto {
  @ApiProperty() employees: number;
  @ApiProperty() optimal: number;
  @ApiProperty() cukupOptimal: number;
  @ApiProperty() kurangOptimal: number;
  @ApiProperty() notAssessed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean JPM % of the assessed' }) meanJpm: number | null;
}

export class GapPageDto {
  @ApiProperty({ type: [EmployeeGapDto] }) items: EmployeeGapDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: GapSummaryDto, description: 'Over every employee matching the scope (all pages)' }) summary: GapSummaryDto;
  @ApiProperty() capAtStandard: boolean;
}

export class HeatmapQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Rows are the units directly below this one (default: your unit, or the city)' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
  @ApiPropertyOptional({ enum: COMPETENCY_TYPES, enumName: 'CompetencyType' }) @IsOptional() @IsIn(COMPETENCY_TYPES) type?: string;
}

export class HeatmapUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() employees: number;
}

export class HeatmapCompetencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class HeatmapCellDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty({ description: 'People whose standard has the competency' }) people: number;
  @ApiProperty({ description: 'Of them, assessed' }) assessed: number;
  @ApiProperty({ description: 'Of the assessed, below standard' }) below: number;
  @ApiProperty({ type: Number, nullable: true, description: 'below / assessed (0–1); null when nobody is assessed' }) share: number | null;
}

export class HeatmapDto {
  @ApiProperty({ type: [HeatmapUnitDto] }) units: HeatmapUnitDto[];
  @ApiProperty({ type: [HeatmapCompetencyDto] }) competencies: HeatmapCompetencyDto[];
  @ApiProperty({ type: [HeatmapCellDto] }) cells: HeatmapCellDto[];
  @ApiProperty() computeMs: number;
}
