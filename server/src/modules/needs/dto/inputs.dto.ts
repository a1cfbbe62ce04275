import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { UNIT_KINDS } from '../../org/dto/org.dto.js';
import { VOLUME_PERIODS, WisnInputDto, WisnResultDto, WorkloadResultDto } from './calculators.dto.js';

// ── workload tasks ───────────────────────────────────────────────────────
export class WorkloadTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ example: 'Memverifikasi berkas usulan kenaikan pangkat' }) description: string;
  @ApiProperty({ example: 'berkas' }) outputUnit: string;
  @ApiProperty({ example: 20, description: 'Volume in its period, as entered' }) volume: number;
  @ApiProperty({ enum: VOLUME_PERIODS, enumName: 'VolumePeriod' }) volumePeriod: string;
  @ApiProperty({ example: 4700, description: 'Volume converted to a year by the rule' }) annualVolume: number;
  @ApiProperty({ example: 30 }) minutesPerUnit: number;
  @ApiProperty({ example: 141000, description: 'annualVolume × minutesPerUnit' }) annualMinutes: number;
  @ApiProperty() sortOrder: number;
  @ApiProperty() version: number;
}

export class PositionWorkloadDto {
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'The position’s needs method; tasks count only when it is `workload`' }) needsMethod: string;
  @ApiProperty({ description: 'Active employees holding the position' }) existing: number;
  @ApiProperty({ type: [WorkloadTaskDto] }) tasks: WorkloadTaskDto[];
  @ApiProperty({ type: WorkloadResultDto }) result: WorkloadResultDto;
}

export class CreateWorkloadTaskDto {
  @ApiProperty({ example: 'Memverifikasi berkas usulan kenaikan pangkat' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  description: string;

  @ApiProperty({ example: 'berkas' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  outputUnit: string;

  @ApiProperty({ example: 20 })
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e11)
  volume: number;

  @ApiPropertyOptional({ enum: VOLUME_PERIODS, enumName: 'VolumePeriod', default: 'year' })
  @IsOptional()
  @IsIn(VOLUME_PERIODS)
  volumePeriod?: 'day' | 'week' | 'month' | 'year';

  @ApiProperty({ example: 30 })
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e7)
  minutesPerUnit: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  sortOrder?: number;
}

export class UpdateWorkloadTaskDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  outputUnit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e11)
  volume?: number;

  @ApiPropertyOptional({ enum: VOLUME_PERIODS, enumName: 'VolumePeriod' })
  @IsOptional()
  @IsIn(VOLUME_PERIODS)
  volumePeriod?: 'day' | 'week' | 'month' | 'year';

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1e7)
  minutesPerUnit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  sortOrder?: number;
}

// ── ratio norms ──────────────────────────────────────────────────────────
export const NORM_BASES = ['per_driver', 'per_100k', 'class_teacher', 'subject_teacher'] as const;
export const NORM_ROUNDINGS = ['ceil', 'half_up', 'floor'] as const;
export const SCHOOL_LEVELS = ['sd', 'smp', 'sma', 'smk'] as const;

export class RatioNormDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Guru kelas SD per rombel' }) name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The one position it applies to' }) positionId: string | null;
  @ApiProperty({ type: String, nullable: true }) positionTitle: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Unit of that position' }) unitName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Guru Kelas', description: 'Job family it applies to (with unitKind)' }) family: string | null;
  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind', nullable: true, type: String }) unitKind: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SDN-' }) unitCodePrefix: string | null;
  @ApiProperty({ enum: NORM_BASES, enumName: 'NormBasis' }) basis: string;
  @ApiProperty({ example: 'pupils' }) driverKey: string;
  @ApiProperty({ type: Number, nullable: true }) unitsPerStaff: number | null;
  @ApiProperty({ type: Number, nullable: true }) staffPer100k: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'midwife' }) ruleField: string | null;
  @ApiProperty({ enum: SCHOOL_LEVELS, enumName: 'SchoolLevel', nullable: true, type: String }) schoolLevel: string | null;
  @ApiProperty({ type: Number, nullable: true }) lessonHoursPerClass: number | null;
  @ApiProperty({ type: Number, nullable: true }) minimumPerUnit: number | null;
  @ApiProperty({ enum: NORM_ROUNDINGS, enumName: 'NormRounding', nullable: true, type: String, description: 'null = the rule ratio.default_rounding' }) rounding: string | null;
  @ApiProperty({ type: String, nullable: true }) legalBasis: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Positions it applies to now' }) positionCount: number;
  @ApiProperty() version: number;
}

export class ListRatioNormsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: string;

  @ApiPropertyOptional({ description: 'Search name or family' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

class NormFieldsDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 150, description: 'per_driver: driver units one staff member serves' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0.0001)
  @Max(1e10)
  unitsPerStaff?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 120, description: 'per_100k: staff per 100,000 (else the rule ratio.health_per_100k[ruleField])' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0.0001)
  @Max(100000)
  staffPer100k?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'midwife' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(['general_practitioner', 'dentist', 'nurse', 'midwife'])
  ruleField?: string | null;

  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, enumName: 'SchoolLevel', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(SCHOOL_LEVELS)
  schoolLevel?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 4, description: 'subject_teacher: weekly lesson hours (JP) of the subject per class' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0.5)
  @Max(60)
  lessonHoursPerClass?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(10000)
  minimumPerUnit?: number | null;

  @ApiPropertyOptional({ enum: NORM_ROUNDINGS, enumName: 'NormRounding', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(NORM_ROUNDINGS)
  rounding?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  legalBasis?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateRatioNormDto extends NormFieldsDto {
  @ApiProperty({ example: 'Guru kelas SD per rombel' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: NORM_BASES, enumName: 'NormBasis' })
  @IsIn(NORM_BASES)
  basis: 'per_driver' | 'per_100k' | 'class_teacher' | 'subject_teacher';

  @ApiProperty({ example: 'pupils' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  driverKey: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Either a position (inside your scope)…' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ example: 'Bidan', description: '…or a job family with a unit kind (planners and admins)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  family?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: string;

  @ApiPropertyOptional({ example: 'SDN-' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  unitCodePrefix?: string;
}

export class UpdateRatioNormDto extends NormFieldsDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: NORM_BASES, enumName: 'NormBasis' })
  @IsOptional()
  @IsIn(NORM_BASES)
  basis?: 'per_driver' | 'per_100k' | 'class_teacher' | 'subject_teacher';

  @ApiPropertyOptional({ example: 'pupils', description: 'Service driver key of the unit: population, pupils, classes, visits…' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  driverKey?: string;
}

// ── WISN studies ─────────────────────────────────────────────────────────
export class WisnStudyDto extends WisnInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() unitCode: string;
  @ApiProperty({ example: 'Perawat', description: 'Health cadre (job family)' }) family: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ description: 'Positions of the family in the unit' }) positionCount: number;
  @ApiProperty({ type: WisnResultDto, description: 'The WISN result with the cadre’s current staff as existing' }) result: WisnResultDto;
  @ApiProperty() version: number;
}

export class WisnStudySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() unitCode: string;
  @ApiProperty() family: string;
  @ApiProperty() year: number;
  @ApiProperty() existing: number;
  @ApiProperty() requiredStaff: number;
  @ApiProperty({ type: Number, nullable: true }) wisnRatio: number | null;
  @ApiProperty() version: number;
}

export class ListWisnStudiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'This unit and everything below it' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: 'Perawat' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  family?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: ['unit', 'family', 'year', 'wisnRatio'], enumName: 'WisnStudySort' })
  @IsOptional()
  @IsIn(['unit', 'family', 'year', 'wisnRatio'])
  sortBy?: 'unit' | 'family' | 'year' | 'wisnRatio';
}

export class CreateWisnStudyDto extends WisnInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 'Perawat' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  family: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class UpdateWisnStudyDto extends WisnInputDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}
