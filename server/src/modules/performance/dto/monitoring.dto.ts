import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

export class MonitoringQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the period containing `on` (else the latest)' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit in your subtree (default: your unit; the whole city for city-wide roles)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: 'As of this day (default today, WIB): pace and checkpoint' }) @IsOptional() @IsoDate() on?: string;
  @ApiPropertyOptional({ description: 'Only people with at least one target behind pace by more than the threshold' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean()
  atRiskOnly?: boolean;
}

export class MonitoringPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: 'SKP 2026' }) name: string;
  @ApiProperty({ example: '2026-01-01' }) startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn: string;
  @ApiProperty({ enum: ['monthly', 'quarterly'], enumName: 'PerformanceCheckpoints' }) checkpoints: string;
  @ApiProperty({ enum: ['open', 'closed'], enumName: 'PerformancePeriodStatus' }) status: string;
}

export class MonitoringCheckpointDto {
  @ApiProperty({ example: 6, description: 'Index of the checkpoint containing `on` (1…12 monthly, 1…4 quarterly)' }) index: number;
  @ApiProperty({ example: '2026-06-01' }) startsOn: string;
  @ApiProperty({ example: '2026-06-30' }) endsOn: string;
}

export class MonitoringTotalsDto {
  @ApiProperty({ description: 'Active employees in the subtree' }) people: number;
  @ApiProperty({ description: 'With a plan in the period (any status)' }) withPlan: number;
  @ApiProperty({ description: 'With an approved plan (the ones expected to report)' }) approved: number;
  @ApiProperty({ description: 'Approved plans with a report (not returned) dated in this checkpoint' }) reportedThisCheckpoint: number;
  @ApiProperty({ description: 'Approved plans without a report this checkpoint' }) notReported: number;
  @ApiProperty({ description: 'People with at least one target at risk' }) atRiskPeople: number;
  @ApiProperty() atRiskTargets: number;
  @ApiProperty({ description: 'Open coaching dialogues whose follow-up date is before `on`' }) overdueFollowUps: number;
}

export class MonitoringUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'Dinas Kesehatan' }) unitName: string;
  @ApiProperty({ example: 1 }) depth: number;
  @ApiProperty({ description: 'Active employees of the unit and everything below it' }) people: number;
  @ApiProperty() withPlan: number;
  @ApiProperty({ description: 'Reported this checkpoint' }) reported: number;
  @ApiProperty({ description: 'Approved plans not reported this checkpoint' }) notReported: number;
  @ApiProperty({ description: 'People with at least one target at risk' }) atRisk: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.42, description: 'Weighted mean realisedShare of the approved targets (null without any)' }) realisation: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.5, description: 'Weighted mean expected share' }) expected: number | null;
}

export class MonitoringPersonDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ example: 'Dewi Lestari' }) name: string;
  @ApiProperty({ example: '198506152010012001' }) nip: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ nullable: true, type: String }) positionTitle: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) planId: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['draft', 'submitted', 'approved'] }) planStatus: string | null;
  @ApiProperty({ description: 'Targets of the approved plan' }) targets: number;
  @ApiProperty() atRiskTargets: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Weighted mean realisedShare (4 decimals)' }) realisation: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Weighted mean expected share on `on`' }) expected: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'expected − realisation (positive = behind)' }) behind: number | null;
  @ApiProperty() reportedThisCheckpoint: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastReportAt: string | null;
  @ApiProperty({ description: 'Open coaching dialogues in the period' }) openCoaching: number;
  @ApiProperty() overdueFollowUps: number;
}

export class MonitoringPeoplePageDto {
  @ApiProperty({ type: [MonitoringPersonDto] }) items: MonitoringPersonDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class MonitoringDto {
  @ApiProperty({ type: MonitoringPeriodDto }) period: MonitoringPeriodDto;
  @ApiProperty({ example: '2026-06-15' }) on: string;
  @ApiProperty({ type: MonitoringCheckpointDto }) checkpoint: MonitoringCheckpointDto;
  @ApiProperty({ example: 0.15, description: 'At-risk threshold (performance.monitoring rule): behind pace by more than this share' }) threshold: number;
  @ApiProperty({ type: MonitoringTotalsDto }) totals: MonitoringTotalsDto;
  @ApiProperty({ type: [MonitoringUnitDto], description: 'The selected unit (first) and its direct children, each rolled up over its subtree' }) units: MonitoringUnitDto[];
  @ApiProperty({ type: MonitoringPeoplePageDto, description: 'At risk first (most behind first), then not reported this checkpoint, then by name' })
  people: MonitoringPeoplePageDto;
}
