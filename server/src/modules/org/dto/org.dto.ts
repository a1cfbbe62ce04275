import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { FUNCTIONAL_LEVELS, POSITION_KINDS } from '../../reference/dto/reference.dto.js';

export const UNIT_KINDS = ['sekretariat', 'dinas', 'badan', 'inspektorat', 'rsud', 'puskesmas', 'sekolah', 'kecamatan', 'kelurahan', 'uptd', 'bagian'] as const;
export const SECTORS = ['kesehatan', 'pendidikan', 'infrastruktur', 'pemerintahan', 'ekonomi', 'sosial', 'lainnya'] as const;
export const NEEDS_METHODS = ['workload', 'ratio', 'wisn', 'fixed'] as const;

// ── Org units ──────────────────────────────────────────────────────────────
export class OrgUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DINKES' }) code: string;
  @ApiProperty({ example: 'Dinas Kesehatan' }) name: string;
  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind' }) kind: string;
  @ApiProperty({ enum: SECTORS, enumName: 'Sector' }) sector: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '33.74.01' }) regionCode: string | null;
  @ApiProperty({ description: 'Depth in the tree (the city is 0)' }) depth: number;
  @ApiProperty({ description: 'Direct child units' }) childCount: number;
  @ApiProperty() version: number;
}

export class OrgUnitTreeNodeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind' }) kind: string;
  @ApiProperty({ enum: SECTORS, enumName: 'Sector' }) sector: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ description: 'Active employees in this unit and below' }) employeeCount: number;
  @ApiProperty({ type: () => [OrgUnitTreeNodeDto] }) children: OrgUnitTreeNodeDto[];
}

export class ListOrgUnitsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Direct children of this unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'This unit and everything below it' })
  @IsOptional()
  @IsUUID()
  withinUnitId?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: SECTORS, enumName: 'Sector' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ description: 'Search name or code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['name', 'code', 'kind', 'depth'], enumName: 'OrgUnitSort' })
  @IsOptional()
  @IsIn(['name', 'code', 'kind', 'depth'])
  sortBy?: 'name' | 'code' | 'kind' | 'depth';
}

export class OrgUnitTreeQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Root of the tree (default: your unit, or the city)' })
  @IsOptional()
  @IsUUID()
  rootId?: string;

  @ApiPropertyOptional({ description: 'Levels below the root to include (default all)', minimum: 0, maximum: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  depth?: number;
}

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'PKM-BARU' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{2,40}$/, { message: 'code must be 2-40 letters, digits, dots, dashes or underscores' })
  code: string;

  @ApiProperty({ example: 'Puskesmas Baru' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  @IsIn(UNIT_KINDS)
  kind: string;

  @ApiProperty({ enum: SECTORS, enumName: 'Sector' })
  @IsIn(SECTORS)
  sector: string;

  @ApiProperty({ format: 'uuid', description: 'The parent unit (inside your scope)' })
  @IsUUID()
  parentId: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '33.74.10' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { message: 'regionCode must be a Kemendagri code like 33.74.10 or 33.74.10.1001' })
  regionCode?: string | null;
}

export class UpdateOrgUnitDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{2,40}$/, { message: 'code must be 2-40 letters, digits, dots, dashes or underscores' })
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: SECTORS, enumName: 'Sector' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move under another unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { message: 'regionCode must be a Kemendagri code like 33.74.10' })
  regionCode?: string | null;
}

// ── Positions ──────────────────────────────────────────────────────────────
export class PositionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'Perawat Ahli Pertama' }) title: string;
  @ApiProperty({ enum: POSITION_KINDS, enumName: 'PositionKind' }) kind: string;
  @ApiProperty({ enum: FUNCTIONAL_LEVELS, enumName: 'FunctionalLevel', nullable: true, type: String }) functionalLevel: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Kelas jabatan 1–17' }) class: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'D3 Keperawatan' }) educationRequired: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Overrides the retirement-age rule' }) retirementAgeOverride: number | null;
  @ApiProperty({ enum: NEEDS_METHODS, enumName: 'NeedsMethod' }) needsMethod: string;
  @ApiProperty() isTeacher: boolean;
  @ApiProperty({ description: 'Active employees holding it' }) employeeCount: number;
  @ApiProperty() version: number;
}

export class ListPositionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Positions of this unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: POSITION_KINDS, enumName: 'PositionKind' })
  @IsOptional()
  @IsIn(POSITION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: NEEDS_METHODS, enumName: 'NeedsMethod' })
  @IsOptional()
  @IsIn(NEEDS_METHODS)
  needsMethod?: string;

  @ApiPropertyOptional({ description: 'Search the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['title', 'kind', 'class', 'unitName'], enumName: 'PositionSort' })
  @IsOptional()
  @IsIn(['title', 'kind', 'class', 'unitName'])
  sortBy?: 'title' | 'kind' | 'class' | 'unitName';
}

export class CreatePositionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 'Perawat Ahli Pertama' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: POSITION_KINDS, enumName: 'PositionKind' })
  @IsIn(POSITION_KINDS)
  kind: string;

  @ApiPropertyOptional({ enum: FUNCTIONAL_LEVELS, enumName: 'FunctionalLevel', nullable: true, type: String })
  @IsOptional()
  @IsIn(FUNCTIONAL_LEVELS)
  functionalLevel?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 17 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  class?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  educationRequired?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 50, maximum: 70 })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(70)
  retirementAgeOverride?: number | null;

  @ApiPropertyOptional({ enum: NEEDS_METHODS, enumName: 'NeedsMethod', default: 'workload' })
  @IsOptional()
  @IsIn(NEEDS_METHODS)
  needsMethod?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isTeacher?: boolean;
}

export class UpdatePositionDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: POSITION_KINDS, enumName: 'PositionKind' })
  @IsOptional()
  @IsIn(POSITION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: FUNCTIONAL_LEVELS, enumName: 'FunctionalLevel', nullable: true, type: String })
  @IsOptional()
  @IsIn(FUNCTIONAL_LEVELS)
  functionalLevel?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  class?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  educationRequired?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(70)
  retirementAgeOverride?: number | null;

  @ApiPropertyOptional({ enum: NEEDS_METHODS, enumName: 'NeedsMethod' })
  @IsOptional()
  @IsIn(NEEDS_METHODS)
  needsMethod?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isTeacher?: boolean;
}

// ── Service drivers ────────────────────────────────────────────────────────
export class ServiceDriverDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'population' }) key: string;
  @ApiProperty({ example: 2022 }) year: number;
  @ApiProperty({ example: 55064 }) value: number;
  @ApiProperty({ example: 0.0042, description: 'Yearly growth rate for projections' }) growthRate: number;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty() version: number;
}

export class ListServiceDriversQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Drivers of this unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: 'population' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  key?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;
}

const DRIVER_KEY = /^[a-z][a-z0-9_]{1,39}$/;

export class CreateServiceDriverDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 'population', description: 'population, pupils, classes, visits, road_km…' })
  @IsString()
  @Matches(DRIVER_KEY, { message: 'key must be lower_snake_case' })
  key: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @ApiProperty({ example: 55064 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  value: number;

  @ApiPropertyOptional({ example: 0.004, default: 0 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 5 })
  @Min(-0.5)
  @Max(1)
  growthRate?: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string | null;
}

export class UpdateServiceDriverDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  value?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 5 })
  @Min(-0.5)
  @Max(1)
  growthRate?: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string | null;
}
