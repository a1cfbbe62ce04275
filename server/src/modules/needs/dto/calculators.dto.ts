import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export const VOLUME_PERIODS = ['day', 'week', 'month', 'year'] as const;
export const WORKLOAD_ROUNDINGS = ['half_up', 'ceil'] as const;

/** The rule version a calculation used: key and the date that version took effect. */
export class RuleRefDto {
  @ApiProperty({ example: 'abk.effective_minutes_per_year' }) key: string;
  @ApiProperty({ example: '2020-01-01' }) effectiveFrom: string;
  @ApiProperty() legalBasis: string;
}

// ── workload ─────────────────────────────────────────────────────────────
export class WorkloadTaskInputDto {
  @ApiProperty({ example: 1200, description: 'Output volume in the period (a year unless `period` says otherwise)' })
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e12)
  volume: number;

  @ApiProperty({ example: 30, description: 'Standard minutes per output unit' })
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e7)
  minutesPerUnit: number;

  @ApiPropertyOptional({ enum: VOLUME_PERIODS, enumName: 'VolumePeriod', default: 'year' })
  @IsOptional()
  @IsIn(VOLUME_PERIODS)
  period?: 'day' | 'week' | 'month' | 'year';
}

export class WorkloadCalculationDto {
  @ApiProperty({ type: [WorkloadTaskInputDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => WorkloadTaskInputDto)
  tasks: WorkloadTaskInputDto[];

  @ApiPropertyOptional({ description: 'People holding the position now (for the difference and effectiveness)', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  existing?: number;

  @ApiPropertyOptional({ description: 'JKE in minutes a year (default: the rule in force, 75,000)', example: 75000 })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(1_000_000)
  effectiveMinutesPerYear?: number;

  @ApiPropertyOptional({ enum: WORKLOAD_ROUNDINGS, enumName: 'WorkloadRounding', description: 'Default: the rule in force (half_up)' })
  @IsOptional()
  @IsIn(WORKLOAD_ROUNDINGS)
  rounding?: 'half_up' | 'ceil';
}

export class WorkloadTaskResultDto {
  @ApiProperty() volume: number;
  @ApiProperty({ enum: VOLUME_PERIODS, enumName: 'VolumePeriod' }) period: string;
  @ApiProperty({ description: 'Volume converted to a year' }) annualVolume: number;
  @ApiProperty() minutesPerUnit: number;
  @ApiProperty({ description: 'annualVolume × minutesPerUnit' }) minutes: number;
}

export class EffectivenessCategoryDto {
  @ApiProperty({ example: 'A' }) grade: string;
  @ApiProperty({ example: 'Sangat Baik' }) label: string;
}

export class WorkloadResultDto {
  @ApiProperty({ type: [WorkloadTaskResultDto] }) tasks: WorkloadTaskResultDto[];
  @ApiProperty({ example: 84480 }) workloadMinutes: number;
  @ApiProperty({ example: 75000 }) effectiveMinutesPerYear: number;
  @ApiProperty({ example: 1.1264, description: 'Full precision' }) requiredFte: number;
  @ApiProperty({ example: 1 }) requiredHeadcount: number;
  @ApiProperty({ enum: WORKLOAD_ROUNDINGS, enumName: 'WorkloadRounding' }) rounding: string;
  @ApiProperty({ type: Number, nullable: true }) existing: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'existing − required headcount (+ surplus, − shortage)' }) difference: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'EJ = workload / (existing × JKE), full precision; null when nobody holds it' }) effectiveness: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'EJ rounded to 2 decimals (half up), the basis of the category' }) effectivenessRounded: number | null;
  @ApiProperty({ type: EffectivenessCategoryDto, nullable: true }) effectivenessCategory: EffectivenessCategoryDto | null;
  @ApiProperty({ type: [RuleRefDto], description: 'Rule versions used' }) rules: RuleRefDto[];
}

// ── WISN ─────────────────────────────────────────────────────────────────
export class WisnActivityDto {
  @ApiPropertyOptional({ example: 'Konsultasi rawat jalan' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: 15000, description: 'Annual volume' })
  @IsNumber()
  @Min(0)
  @Max(1e10)
  volume: number;

  @ApiProperty({ example: 15, description: 'Unit time in minutes' })
  @IsNumber()
  @Min(0.01)
  @Max(1e6)
  minutesPerUnit: number;
}

export const ALLOWANCE_PERIODS = ['day', 'week', 'month', 'year'] as const;

export class WisnCategoryAllowanceDto {
  @ApiPropertyOptional({ example: 'Rapat staf' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: 2, description: 'Hours spent per period by every staff member' })
  @IsNumber()
  @Min(0)
  @Max(10000)
  hours: number;

  @ApiProperty({ enum: ALLOWANCE_PERIODS, enumName: 'AllowancePeriod' })
  @IsIn(ALLOWANCE_PERIODS)
  per: 'day' | 'week' | 'month' | 'year';
}

export class WisnIndividualAllowanceDto {
  @ApiPropertyOptional({ example: 'Koordinator program imunisasi' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: 120 })
  @IsNumber()
  @Min(0)
  @Max(100000)
  hoursPerYear: number;

  @ApiProperty({ example: 1, description: 'Number of staff doing it' })
  @IsNumber()
  @Min(0)
  @Max(10000)
  staff: number;
}

export class WisnInputDto {
  @ApiProperty({ example: 260, description: 'A: working days a year' })
  @IsNumber()
  @Min(1)
  @Max(366)
  workingDaysPerYear: number;

  @ApiProperty({ example: 15, description: 'B: public holidays' })
  @IsNumber()
  @Min(0)
  @Max(366)
  publicHolidays: number;

  @ApiProperty({ example: 12, description: 'C: annual leave' })
  @IsNumber()
  @Min(0)
  @Max(366)
  annualLeave: number;

  @ApiProperty({ example: 10, description: 'D: sick leave' })
  @IsNumber()
  @Min(0)
  @Max(366)
  sickLeave: number;

  @ApiProperty({ example: 5, description: 'E: other absence (training…)' })
  @IsNumber()
  @Min(0)
  @Max(366)
  otherLeave: number;

  @ApiProperty({ example: 7.5 })
  @IsNumber()
  @Min(0.5)
  @Max(24)
  hoursPerDay: number;

  @ApiPropertyOptional({ example: 37.5, description: 'Default: hoursPerDay × 5' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(168)
  hoursPerWeek?: number;

  @ApiProperty({ type: [WisnActivityDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WisnActivityDto)
  activities: WisnActivityDto[];

  @ApiProperty({ type: [WisnCategoryAllowanceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WisnCategoryAllowanceDto)
  categoryAllowances: WisnCategoryAllowanceDto[];

  @ApiProperty({ type: [WisnIndividualAllowanceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WisnIndividualAllowanceDto)
  individualAllowances: WisnIndividualAllowanceDto[];
}

export class WisnCalculationDto extends WisnInputDto {
  @ApiPropertyOptional({ description: 'Staff of this cadre now', example: 2 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1_000_000)
  existing?: number;
}

export class WisnStandardWorkloadDto {
  @ApiPropertyOptional() name?: string;
  @ApiProperty() volume: number;
  @ApiProperty() minutesPerUnit: number;
  @ApiProperty() unitTimeHours: number;
  @ApiProperty({ description: 'AWT / unit time (SBK)' }) standardWorkload: number;
  @ApiProperty({ description: 'volume / standard workload' }) staff: number;
}

export class WisnCategoryAllowanceResultDto {
  @ApiPropertyOptional() name?: string;
  @ApiProperty() hours: number;
  @ApiProperty({ enum: ALLOWANCE_PERIODS, enumName: 'AllowancePeriod' }) per: string;
  @ApiProperty({ description: 'Share of working time, %' }) percent: number;
}

export class WisnIndividualAllowanceResultDto {
  @ApiPropertyOptional() name?: string;
  @ApiProperty() hoursPerYear: number;
  @ApiProperty() staff: number;
  @ApiProperty() totalHours: number;
}

export class WisnResultDto {
  @ApiProperty({ example: 218 }) availableDays: number;
  @ApiProperty({ example: 1635, description: 'AWT (ABK-Kes: WKT) in hours' }) availableHours: number;
  @ApiProperty({ type: [WisnStandardWorkloadDto] }) standardWorkloads: WisnStandardWorkloadDto[];
  @ApiProperty({ example: 2.4975, description: 'Staff for health services (ABK-Kes: JKT)' }) serviceStaff: number;
  @ApiProperty({ type: [WisnCategoryAllowanceResultDto] }) categoryAllowances: WisnCategoryAllowanceResultDto[];
  @ApiProperty({ example: 8.2691 }) categoryAllowancePercent: number;
  @ApiProperty({ example: 1.0901, description: 'CAF (ABK-Kes: FTP)' }) categoryAllowanceFactor: number;
  @ApiProperty({ type: [WisnIndividualAllowanceResultDto] }) individualAllowances: WisnIndividualAllowanceResultDto[];
  @ApiProperty({ example: 0.0734, description: 'IAF (ABK-Kes: STP)' }) individualAllowanceFactor: number;
  @ApiProperty({ example: 2.796, description: 'Full precision' }) requiredStaff: number;
  @ApiProperty({ example: 3, description: 'requiredStaff rounded up' }) requiredHeadcount: number;
  @ApiProperty({ type: Number, nullable: true }) existing: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'existing / required (< 1: shortage)' }) wisnRatio: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'existing − required' }) wisnDifference: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Workload pressure = 1 / WISN ratio' }) pressure: number | null;
  @ApiProperty({ type: [RuleRefDto] }) rules: RuleRefDto[];
}

// shared by list endpoints
export class YearQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Reference year for the rules (default: this year)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
