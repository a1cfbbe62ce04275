import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const CHECKPOINT_KINDS = ['monthly', 'quarterly'] as const;
export const PERIOD_STATUSES = ['open', 'closed'] as const;

export const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

export class PeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: 'SKP 2026' }) name: string;
  @ApiProperty({ example: '2026-01-01' }) startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn: string;
  @ApiProperty({ enum: CHECKPOINT_KINDS, enumName: 'PerformanceCheckpoints' }) checkpoints: string;
  @ApiProperty({ enum: PERIOD_STATUSES, enumName: 'PerformancePeriodStatus' }) status: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    description: 'Checkpoint index of today (or `on`): months (monthly) or quarters (quarterly) since startsOn, from 1; null outside the period',
  })
  currentCheckpoint: number | null;
  @ApiProperty({ example: 12, description: 'Number of checkpoints in the period' }) checkpointCount: number;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty() version: number;
}

export class PeriodQueryDto {
  @ApiPropertyOptional({ example: '2026-03-15', description: 'As of this day (default today, WIB)' }) @IsOptional() @IsoDate() on?: string;
}

export class CreatePeriodDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiProperty({ example: 'SKP 2026' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: '2026-01-01' }) @IsoDate() startsOn: string;
  @ApiProperty({ example: '2026-12-31', description: 'On or after startsOn' }) @IsoDate() endsOn: string;
  @ApiPropertyOptional({ enum: CHECKPOINT_KINDS, enumName: 'PerformanceCheckpoints', description: 'Default from the reference rule `performance.monitoring`' })
  @IsOptional()
  @IsIn(CHECKPOINT_KINDS)
  checkpoints?: string;
}

export class UpdatePeriodDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() startsOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() endsOn?: string;
  @ApiPropertyOptional({ enum: CHECKPOINT_KINDS, enumName: 'PerformanceCheckpoints' }) @IsOptional() @IsIn(CHECKPOINT_KINDS) checkpoints?: string;
  @ApiPropertyOptional({ enum: PERIOD_STATUSES, enumName: 'PerformancePeriodStatus', description: 'A closed period’s plans no longer change' })
  @IsOptional()
  @IsIn(PERIOD_STATUSES)
  status?: string;
}
