import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsObject,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { parseIsoDate } from '../calc/dates.js';

export const POSITION_KINDS = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export const FUNCTIONAL_LEVELS = ['pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const;

@ValidatorConstraint({ name: 'isRealDate' })
export class IsRealDateConstraint implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    return typeof v === 'string' && parseIsoDate(v) !== null;
  }
  defaultMessage(): string {
    return '$property must be a real date written yyyy-mm-dd';
  }
}

export class NipInfoDto {
  @ApiProperty({ example: '1966-08-01' }) birthDate: string;
  @ApiProperty({ example: '1988-03', description: 'First appointment (CPNS), yyyy-mm' }) appointmentMonth: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender', nullable: true, type: String }) gender: 'L' | 'P' | null;
  @ApiProperty({ example: '001' }) sequence: string;
}

export class NipQueryDto {
  @ApiPropertyOptional({ description: 'PPPK numbers: skip the gender-digit rule' })
  @IsOptional()
  @IsIn(['true', 'false'])
  pppk?: 'true' | 'false';
}

export class NikInfoDto {
  @ApiProperty({ example: '33' }) provinceCode: string;
  @ApiProperty({ example: '33.74', description: 'Province.regency (Kemendagri notation)' }) regencyCode: string;
  @ApiProperty({ example: '33.74.01', description: 'Province.regency.district' }) districtCode: string;
  @ApiProperty({ enum: ['L', 'P'], enumName: 'Gender' }) gender: 'L' | 'P';
  @ApiProperty({ example: 17, description: 'Day of birth (women: already minus 40)' }) birthDay: number;
  @ApiProperty({ example: 8 }) birthMonth: number;
  @ApiProperty({ example: '85', description: 'Two-digit birth year (the century is not in the NIK)' }) birthYear2: string;
  @ApiProperty({ example: '0001' }) sequence: string;
}

export class RetirementCalcDto {
  @ApiProperty({ example: '1967-03-15' })
  @IsString()
  @Validate(IsRealDateConstraint)
  birthDate: string;

  @ApiProperty({ enum: POSITION_KINDS, enumName: 'PositionKind' })
  @IsIn(POSITION_KINDS)
  positionKind: string;

  @ApiPropertyOptional({ enum: FUNCTIONAL_LEVELS, enumName: 'FunctionalLevel' })
  @IsOptional()
  @IsIn(FUNCTIONAL_LEVELS)
  functionalLevel?: string;

  @ApiPropertyOptional({ description: 'Teachers (guru) retire at 60' })
  @IsOptional()
  @IsBoolean()
  isTeacher?: boolean;

  @ApiPropertyOptional({ description: 'Calculate with the rule in force on this date (default today)', example: '2026-01-01' })
  @IsOptional()
  @IsString()
  @Validate(IsRealDateConstraint)
  asOf?: string;
}

export class RuleVersionDto {
  @ApiProperty({ example: 'retirement.ages' }) key: string;
  @ApiProperty({ example: '2017-03-30' }) effectiveFrom: string;
  @ApiProperty() legalBasis: string;
}

export class RetirementResultDto {
  @ApiProperty({ example: 58 }) retirementAge: number;
  @ApiProperty({ example: '2025-04-01', description: 'TMT pensiun: first day of the month after the age is reached' }) retirementDate: string;
  @ApiProperty({ enum: ['position_override', 'teacher', 'functional_level', 'position_kind', 'default'], enumName: 'RetirementBasis' }) basis: string;
  @ApiProperty({ example: '2025-03-15', description: 'The day the retirement age is reached' }) ageReachedOn: string;
  @ApiProperty({ type: RuleVersionDto }) rule: RuleVersionDto;
}

export class ReferenceRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'abk.effective_minutes_per_year' }) key: string;
  @ApiProperty({ description: 'The rule (JSON)', type: 'object', additionalProperties: true }) value: unknown;
  @ApiProperty({ example: 'PermenPAN-RB No. 1 Tahun 2020' }) legalBasis: string;
  @ApiProperty({ example: '2020-01-01' }) effectiveFrom: string;
  @ApiProperty({ type: String, nullable: true, example: null }) effectiveTo: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'In force today' }) current: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ListReferenceRulesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Key or key prefix, e.g. `recruitment.`' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  key?: string;

  @ApiPropertyOptional({ description: 'Only versions in force on this date' })
  @IsOptional()
  @Validate(IsRealDateConstraint)
  onDate?: string;
}

const RULE_KEY = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

export class CreateReferenceRuleDto {
  @ApiProperty({ example: 'abk.effective_minutes_per_year', description: 'dotted lower-case key' })
  @IsString()
  @Matches(RULE_KEY, { message: 'key must be dotted lower-case words, e.g. abk.effective_minutes_per_year' })
  @MaxLength(80)
  key: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The rule value (JSON object)' })
  @IsDefined()
  @IsObject()
  value: Record<string, unknown>;

  @ApiProperty({ example: 'PermenPAN-RB No. 1 Tahun 2020' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  legalBasis: string;

  @ApiProperty({ example: '2027-01-01' })
  @Validate(IsRealDateConstraint)
  effectiveFrom: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Validate(IsRealDateConstraint)
  effectiveTo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class UpdateReferenceRuleDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  value?: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  legalBasis?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Validate(IsRealDateConstraint)
  effectiveTo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}
