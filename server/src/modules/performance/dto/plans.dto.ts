import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { IsoDate } from './periods.dto.js';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved'] as const;
export const PLAN_ACTIONS = ['edit', 'submit', 'approve', 'return', 'revise'] as const;
export const MAX_TARGETS = 50;

const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

// ── inputs ───────────────────────────────────────────────────────────────

/** A target of a bulk template: no id, no parent (each holder cascades from their own leader). */
export class TemplateTargetInputDto {
  @ApiProperty({ example: 'Pelayanan imunisasi dasar lengkap' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiPropertyOptional({ description: 'The leader’s expectations for this target' }) @IsOptional() @IsString() @MaxLength(2000) expectation?: string;
  @ApiProperty({ example: 120, description: 'Quantity (above 0)' }) @IsNumber({ maxDecimalPlaces: 2 }) @IsPositive() @Max(999_999_999_999) quantity: number;
  @ApiProperty({ example: 'anak' }) @IsString() @IsNotEmpty() @MaxLength(60) quantityUnit: string;
  @ApiPropertyOptional({ example: 100, minimum: 0, maximum: 100, default: 100, description: 'Quality indicator in percent' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  qualityPct?: number;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'Time indicator: a deadline within the period (or `months`, not both)' }) @IsOptional() @IsoDate() deadline?: string;
  @ApiPropertyOptional({ example: 12, minimum: 1, maximum: 12, description: 'Time indicator: months from the period start' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  months?: number;
  @ApiPropertyOptional({ example: 0, minimum: 0, description: 'Cost indicator (Rupiah)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99_999_999_999_999)
  cost?: number;
  @ApiProperty({ example: 25, minimum: 0, maximum: 100, description: 'Weight in percent (the plan’s weights add up to 100 to submit it)' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  weight: number;
}

export class TargetInputDto extends TemplateTargetInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing target of the plan to keep (its reports stay with it); leave out for a new target' })
  @IsOptional()
  @IsUUID()
  id?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The leader’s target this one supports (a target of the leader’s plan in the same period)' })
  @IsOptional()
  @IsUUID()
  parentTargetId?: string | null;
}

export class PutTargetsDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ type: [TargetInputDto], description: 'The plan’s targets, in order: they replace the current ones (ids kept when given)' })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TargetInputDto)
  targets: TargetInputDto[];
}

export class CreatePerformancePlanDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() periodId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the caller’s own employee record' }) @IsOptional() @IsUUID() employeeId?: string;
}

export class PlanVersionDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
}

export class PlanReasonDto extends PlanVersionDto {
  @ApiProperty({ example: 'Target disesuaikan dengan perubahan anggaran', minLength: 5 }) @IsString() @MinLength(5) @MaxLength(2000) reason: string;
}

export class ListPerformancePlansQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Plans of this unit and below' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: PLAN_STATUSES, enumName: 'PerformancePlanStatus' }) @IsOptional() @IsIn(PLAN_STATUSES) status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ description: 'Only submitted plans waiting for my approval (I am their direct leader)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  awaitingMe?: boolean;
  @ApiPropertyOptional({ description: 'Search name or NIP' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class PlanQueryDto {
  @ApiPropertyOptional({ example: '2026-03-15', description: 'As of this day for the pace figures (default today, WIB)' }) @IsOptional() @IsoDate() on?: string;
}

export class TargetTreeQueryDto extends PlanQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() periodId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: your own unit' }) @IsOptional() @IsUUID() unitId?: string;
}

export class BulkPlansDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() periodId: string;
  @ApiProperty({ format: 'uuid', description: 'The holders in this unit and every unit below it' }) @IsUUID() unitId: string;
  @ApiPropertyOptional({ example: 'Perawat', description: 'Holders of positions with this title (case-insensitive), anywhere in the subtree' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  positionTitle?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Holders of this one position (instead of positionTitle)' }) @IsOptional() @IsUUID() positionId?: string;
  @ApiProperty({ type: [TemplateTargetInputDto], description: 'The targets appended to each plan' })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TemplateTargetInputDto)
  targets: TemplateTargetInputDto[];
  @ApiPropertyOptional({ default: false, description: 'Count only: nothing is written' }) @IsOptional() @IsBoolean() dryRun?: boolean;
}

// ── outputs ──────────────────────────────────────────────────────────────

export class PerformancePlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ type: String, nullable: true }) nip: string | null;
  @ApiProperty({ type: String, nullable: true }) positionTitle: string | null;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The direct leader (resolved when the plan was made or submitted)' }) leaderEmployeeId: string | null;
  @ApiProperty({ type: String, nullable: true }) leaderName: string | null;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PerformancePlanStatus' }) status: string;
  @ApiProperty({ example: 1, description: 'Starts at 1; +1 at each revision of the approved plan' }) revision: number;
  @ApiProperty() targetCount: number;
  @ApiProperty({ example: 100 }) weightTotal: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: Date | null;
  @ApiProperty() version: number;
}

export class PlanListDto {
  @ApiProperty({ type: [PerformancePlanSummaryDto] }) items: PerformancePlanSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class TargetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) parentTargetId: string | null;
  @ApiProperty({ type: String, nullable: true }) parentTitle: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) expectation: string | null;
  @ApiProperty() quantity: number;
  @ApiProperty() quantityUnit: string;
  @ApiProperty() qualityPct: number;
  @ApiProperty({ type: String, nullable: true }) deadline: string | null;
  @ApiProperty({ type: Number, nullable: true }) months: number | null;
  @ApiProperty({ type: Number, nullable: true }) cost: number | null;
  @ApiProperty() weight: number;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ description: 'Cumulative quantity realised (latest report not returned)' }) realised: number;
  @ApiProperty({ example: 0.42, description: 'realised ÷ quantity' }) realisedShare: number;
  @ApiProperty({ example: 0.5, description: 'Share expected by today (or `on`) at an even pace from the period start to the deadline' }) expected: number;
  @ApiProperty({ description: 'Behind the expected pace by more than the `performance.monitoring` threshold' }) atRisk: boolean;
  @ApiProperty({ example: '2026-12-31', description: 'The last day of the target’s window (deadline, start + months, or the period end)' }) windowEndsOn: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReportedAt: Date | null;
  @ApiProperty() version: number;
}

export class LeaderTargetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class PerformancePlanDto extends PerformancePlanSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'Why the leader returned the plan (until it is submitted again)' }) returnReason: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedByName: string | null;
  @ApiProperty({ example: '2026-03-15', description: 'The day the pace figures are computed for' }) on: string;
  @ApiProperty({ example: 0.15, description: 'At-risk threshold of the rule `performance.monitoring`' }) atRiskThreshold: number;
  @ApiProperty({ type: [TargetDto] }) targets: TargetDto[];
  @ApiProperty({ type: [LeaderTargetDto], description: 'The targets of the leader’s plan in the same period (to cascade from)' }) leaderTargets: LeaderTargetDto[];
  @ApiProperty({ enum: PLAN_ACTIONS, isArray: true, enumName: 'PerformancePlanAction', description: 'What you may do with the plan now' }) allowedActions: string[];
}

export class PlanRevisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ description: 'The revision number that was approved before this change' }) revision: number;
  @ApiProperty() reason: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The approved plan before the revision: { status, approvedAt, approvedByName, targets: [...] }' })
  before: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) byName: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class TargetTreeNodeDto {
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PerformancePlanStatus' }) planStatus: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ type: String, nullable: true }) positionTitle: string | null;
  @ApiProperty() realisedShare: number;
  @ApiProperty() expected: number;
  @ApiProperty() atRisk: boolean;
  @ApiProperty({ type: () => [TargetTreeNodeDto] }) children: TargetTreeNodeDto[];
}

export class BulkSkippedDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['plan_submitted', 'plan_approved'], enumName: 'PerformanceBulkSkipReason' }) reason: string;
}

export class BulkPlansResultDto {
  @ApiProperty({ description: 'Active holders matched' }) employees: number;
  @ApiProperty({ description: 'Draft plans created' }) plansCreated: number;
  @ApiProperty({ description: 'Existing draft plans the targets were appended to' }) plansExtended: number;
  @ApiProperty({ description: 'Targets written (or that would be, in a dry run)' }) targetsAdded: number;
  @ApiProperty({ type: [BulkSkippedDto], description: 'Holders whose plan is submitted or approved (left unchanged)' }) skipped: BulkSkippedDto[];
  @ApiProperty() dryRun: boolean;
}
