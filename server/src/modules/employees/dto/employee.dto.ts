import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, Validate } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { IsRealDateConstraint, NipInfoDto } from '../../reference/dto/reference.dto.js';

export const EMPLOYEE_STATUSES = ['pns', 'cpns', 'pppk'] as const;
export const GENDERS = ['L', 'P'] as const;
export const PNS_RANKS = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] as const;
export const PPPK_RANKS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'] as const;
export const RANKS = [...PNS_RANKS, ...PPPK_RANKS] as const;

export class EmployeeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '196608011988031001',
    description: 'Null for a new CPNS appointed before BKN issued the NIP (set it later with PATCH)',
  })
  nip: string | null;
  @ApiProperty({ example: 'Sri Wahyuni, S.Kep.' }) name: string;
  @ApiProperty({ enum: GENDERS, enumName: 'Gender' }) gender: string;
  @ApiProperty({ example: '1966-08-01' }) birthDate: string;
  @ApiProperty({ enum: EMPLOYEE_STATUSES, enumName: 'EmployeeStatus' }) status: string;
  @ApiProperty({ type: String, nullable: true, example: 'III/a', description: 'Golongan (PNS I/a–IV/e, PPPK I–XVII)' }) rank: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) positionId: string | null;
  @ApiProperty({ type: String, nullable: true }) positionTitle: string | null;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true, example: '1988-03-01' }) appointmentDate: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'S1 Keperawatan' }) education: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2024-09-01', description: 'Derived: TMT pensiun by the retirement rule' }) retirementDate: string | null;
  @ApiProperty() version: number;
}

export class EmployeeDetailDto extends EmployeeDto {
  @ApiProperty({ type: NipInfoDto, nullable: true, description: 'The NIP broken down (null when it does not parse)' }) nipInfo: NipInfoDto | null;
  @ApiProperty({ type: Number, nullable: true, example: 58 }) retirementAge: number | null;
  @ApiProperty({ type: String, nullable: true }) unitPathNames: string | null;
}

export const EMPLOYEE_SORTS = ['name', 'nip', 'birthDate', 'retirementDate', 'unitName', 'status', 'rank'] as const;

export class ListEmployeesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Employees of this unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES, enumName: 'EmployeeStatus' })
  @IsOptional()
  @IsIn(EMPLOYEE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: string;

  @ApiPropertyOptional({ enum: ['true', 'false', 'all'], enumName: 'ActiveFilter', description: 'Active only (default), inactive only, or all' })
  @IsOptional()
  @IsIn(['true', 'false', 'all'])
  active?: 'true' | 'false' | 'all';

  @ApiPropertyOptional({ description: 'Search by name (contains) or NIP (prefix)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Retiring in this calendar year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  retirementYear?: number;

  @ApiPropertyOptional({ enum: EMPLOYEE_SORTS, enumName: 'EmployeeSort', default: 'name' })
  @IsOptional()
  @IsIn(EMPLOYEE_SORTS)
  sortBy?: (typeof EMPLOYEE_SORTS)[number];
}

export class ExportEmployeesQueryDto extends ListEmployeesQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], enumName: 'ExportFormat', default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

const NIP = /^\d{18}$/;

export class CreateEmployeeDto {
  @ApiProperty({ example: '199001152015032002', description: '18 digits; must agree with birthDate and gender' })
  @IsString()
  @Matches(NIP, { message: 'nip must be exactly 18 digits' })
  nip: string;

  @ApiProperty({ example: 'Dewi Lestari, S.Kep.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: GENDERS, enumName: 'Gender' })
  @IsIn(GENDERS)
  gender: string;

  @ApiProperty({ example: '1990-01-15' })
  @IsString()
  @Validate(IsRealDateConstraint)
  birthDate: string;

  @ApiProperty({ enum: EMPLOYEE_STATUSES, enumName: 'EmployeeStatus' })
  @IsIn(EMPLOYEE_STATUSES)
  status: string;

  @ApiPropertyOptional({ enum: RANKS, enumName: 'Rank', nullable: true, type: String })
  @IsOptional()
  @IsIn(RANKS)
  rank?: string | null;

  @ApiProperty({ format: 'uuid', description: 'A unit in your subtree' })
  @IsUUID()
  unitId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A position of that unit' })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2015-03-01' })
  @IsOptional()
  @Validate(IsRealDateConstraint)
  appointmentDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  education?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateEmployeeDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    example: '199001152015032002',
    description: 'Only for a record without a NIP (issued by BKN after the appointment): 18 digits, must agree with birthDate and gender',
  })
  @IsOptional()
  @IsString()
  @Matches(NIP, { message: 'nip must be exactly 18 digits' })
  nip?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Validate(IsRealDateConstraint)
  birthDate?: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES, enumName: 'EmployeeStatus' })
  @IsOptional()
  @IsIn(EMPLOYEE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: RANKS, enumName: 'Rank', nullable: true, type: String })
  @IsOptional()
  @IsIn(RANKS)
  rank?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Validate(IsRealDateConstraint)
  appointmentDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  education?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CountByKeyDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

export class UnitStatusCountDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() pns: number;
  @ApiProperty() cpns: number;
  @ApiProperty() pppk: number;
  @ApiProperty() total: number;
}

export class RetirementYearDto {
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty() count: number;
}

export class EmployeeStatsDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [CountByKeyDto] }) byStatus: CountByKeyDto[];
  @ApiProperty({ type: [UnitStatusCountDto], description: 'Per child unit of the chosen unit (or of your scope)' }) byUnit: UnitStatusCountDto[];
  @ApiProperty({ type: [RetirementYearDto], description: 'Retirements per year over the horizon, from this year' }) retirementsByYear: RetirementYearDto[];
}

export class EmployeeStatsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;
}
