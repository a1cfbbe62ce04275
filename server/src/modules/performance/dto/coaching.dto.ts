import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

export const COACHING_STATUSES = ['open', 'closed'] as const;

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

export class CoachingActionDto {
  @ApiProperty({ example: 'Jadwalkan ulang kunjungan rumah yang tertunda', description: 'An agreed action' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  action: string;

  @ApiPropertyOptional({ example: 'Pegawai', description: 'Who does it (free text: the employee, the leader, a colleague)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ example: '2026-12-15', description: 'By when (yyyy-mm-dd)' })
  @IsOptional()
  @IsoDate()
  due?: string;
}

export class CreateCoachingDto {
  @ApiProperty({ format: 'uuid', description: 'The employee coached (in your unit subtree, or one you lead directly)' })
  @IsUUID()
  employeeId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  periodId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The target the dialogue is about (opened from an at-risk target): a target of the employee’s plan in the period' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiProperty({ example: 'Kunjungan rumah tertunda karena kendaraan operasional rusak', description: 'The cause found together' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  cause: string;

  @ApiProperty({ type: [CoachingActionDto], description: 'The agreed actions (at least one)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CoachingActionDto)
  actions: CoachingActionDto[];

  @ApiProperty({ example: '2026-12-20', description: 'Follow-up date (yyyy-mm-dd): overdue once past while the dialogue is open' })
  @IsoDate()
  followUpOn: string;
}

export class UpdateCoachingDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Target bulan ini tercapai kembali', description: 'The outcome of the follow-up (required to close)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome?: string | null;

  @ApiPropertyOptional({ example: '2027-01-10', description: 'A new follow-up date' })
  @IsOptional()
  @IsoDate()
  followUpOn?: string;

  @ApiPropertyOptional({ description: 'The cause, corrected' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  cause?: string;

  @ApiPropertyOptional({ type: [CoachingActionDto], description: 'The agreed actions as edited (replace all; at least one)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CoachingActionDto)
  actions?: CoachingActionDto[];

  @ApiPropertyOptional({ enum: COACHING_STATUSES, enumName: 'CoachingStatus', description: 'closed requires an outcome (given now or before); open reopens' })
  @IsOptional()
  @IsIn(COACHING_STATUSES)
  status?: string;
}

export class ListCoachingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() targetId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Dialogues of the people of this unit subtree' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: COACHING_STATUSES, enumName: 'CoachingStatus' }) @IsOptional() @IsIn(COACHING_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only open dialogues whose follow-up date is past (as of `on`)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'As of this day (default today): decides what is overdue' })
  @IsOptional()
  @IsoDate()
  on?: string;
}

export class CoachingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ example: '198506152010012001' }) nip: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty() periodName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) planId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: String }) targetTitle: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The leader who coaches (the direct leader when opened by someone else)' })
  leaderEmployeeId: string | null;
  @ApiProperty({ nullable: true, type: String }) leaderName: string | null;
  @ApiProperty() cause: string;
  @ApiProperty({ type: [CoachingActionDto] }) actions: CoachingActionDto[];
  @ApiProperty({ example: '2026-12-20' }) followUpOn: string;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty({ enum: COACHING_STATUSES, enumName: 'CoachingStatus' }) status: string;
  @ApiProperty({ description: 'Open and the follow-up date is past (as of `on` or today)' }) overdue: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) openedByName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}
