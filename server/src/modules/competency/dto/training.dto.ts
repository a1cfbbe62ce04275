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
  IsNumber,
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

export const TRAINING_TYPES = ['technical', 'managerial', 'socio_cultural', 'soft_skill'] as const;
export const TRAINING_MODES = ['classroom', 'online', 'blended', 'e_learning', 'coaching', 'webinar'] as const;
export const SESSION_STATUSES = ['open', 'completed', 'cancelled'] as const;
export const ENROLMENT_STATUSES = ['requested', 'enrolled', 'waitlisted', 'declined', 'cancelled', 'completed', 'not_completed'] as const;
/** Kinds an employee or staff records by hand; `training` lines come from completed sessions only. */
export const ACTIVITY_INPUT_KINDS = ['coaching', 'e_learning', 'webinar', 'seminar', 'self_study', 'other'] as const;
export const ACTIVITY_KINDS = ['training', ...ACTIVITY_INPUT_KINDS] as const;
export const ACTIVITY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const NOT_COMPLETED_REASONS = ['attendance_below_threshold', 'post_test_missing', 'post_test_failed'] as const;

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

// ── programs ─────────────────────────────────────────────────────────────
export class ProgramRaiseInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId: string;
  @ApiProperty({ minimum: 1, maximum: 4, example: 1, description: 'Levels the program raises the competency by' }) @IsInt() @Min(1) @Max(4) levels: number;
}

export class ProgramRaiseDto extends ProgramRaiseInputDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class ProgramRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class TrainingProgramDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'PL-KOM-01' }) code: string;
  @ApiProperty({ example: 'Komunikasi Efektif dalam Pelayanan Publik' }) title: string;
  @ApiProperty({ enum: TRAINING_TYPES, enumName: 'TrainingType' }) type: string;
  @ApiProperty({ enum: TRAINING_MODES, enumName: 'TrainingMode' }) mode: string;
  @ApiProperty({ example: 24, description: 'Lesson hours (JP, 45 minutes each)' }) jp: number;
  @ApiProperty({ example: 1500000 }) costPerParticipant: number;
  @ApiProperty({ type: String, nullable: true }) provider: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [ProgramRaiseDto] }) raises: ProgramRaiseDto[];
  @ApiProperty({ type: [ProgramRefDto], description: 'Programs to complete first' }) prerequisites: ProgramRefDto[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Sessions of the program (any status)' }) sessionCount: number;
  @ApiProperty() version: number;
}

export class ListTrainingProgramsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TRAINING_TYPES, enumName: 'TrainingType' }) @IsOptional() @IsIn(TRAINING_TYPES) type?: string;
  @ApiPropertyOptional({ enum: TRAINING_MODES, enumName: 'TrainingMode' }) @IsOptional() @IsIn(TRAINING_MODES) mode?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Programs that raise this competency' }) @IsOptional() @IsUUID() competencyId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Active programs only (true) or inactive only (false); default both' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
  @ApiPropertyOptional({ description: 'Search code, title or provider' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['title', 'code', 'jp', 'cost'], enumName: 'TrainingProgramSort', default: 'title' })
  @IsOptional()
  @IsIn(['title', 'code', 'jp', 'cost'])
  sortBy?: 'title' | 'code' | 'jp' | 'cost';
}

export class CreateTrainingProgramDto {
  @ApiProperty({ example: 'PL-KOM-01' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2-40 capital letters, digits or dashes' })
  code: string;
  @ApiProperty({ example: 'Komunikasi Efektif dalam Pelayanan Publik' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ enum: TRAINING_TYPES, enumName: 'TrainingType' }) @IsIn(TRAINING_TYPES) type: string;
  @ApiProperty({ enum: TRAINING_MODES, enumName: 'TrainingMode' }) @IsIn(TRAINING_MODES) mode: string;
  @ApiProperty({ example: 24, description: 'Lesson hours (JP), more than 0, one decimal' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.1)
  @Max(99999)
  jp: number;
  @ApiPropertyOptional({ example: 1500000, default: 0 }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1e12) costPerParticipant?: number;
  @ApiPropertyOptional({ example: 'BPSDM Provinsi Jawa Tengah' }) @IsOptional() @IsString() @MaxLength(200) provider?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(8000) description?: string;
  @ApiPropertyOptional({ type: [ProgramRaiseInputDto], description: 'Competencies raised and by how many levels (each once)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ProgramRaiseInputDto)
  raises?: ProgramRaiseInputDto[];
  @ApiPropertyOptional({ type: [String], description: 'Programs to complete first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  prerequisiteIds?: string[];
}

export class UpdateTrainingProgramDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ enum: TRAINING_TYPES, enumName: 'TrainingType' }) @IsOptional() @IsIn(TRAINING_TYPES) type?: string;
  @ApiPropertyOptional({ enum: TRAINING_MODES, enumName: 'TrainingMode' }) @IsOptional() @IsIn(TRAINING_MODES) mode?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.1) @Max(99999) jp?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1e12) costPerParticipant?: number;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  provider?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(8000)
  description?: string | null;
  @ApiPropertyOptional({ type: [ProgramRaiseInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ProgramRaiseInputDto)
  raises?: ProgramRaiseInputDto[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) prerequisiteIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

// ── sessions ─────────────────────────────────────────────────────────────
export class MyEnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES, enumName: 'TrainingEnrolmentStatus' }) status: string;
}

export class TrainingSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programCode: string;
  @ApiProperty() programTitle: string;
  @ApiProperty({ enum: TRAINING_MODES, enumName: 'TrainingMode' }) mode: string;
  @ApiProperty({ description: 'JP of the program' }) jp: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Organising unit; null = BKPP, city-wide' }) organiserUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) organiserUnitName: string | null;
  @ApiProperty({ example: '2026-05-11' }) startsOn: string;
  @ApiProperty({ example: '2026-05-13' }) endsOn: string;
  @ApiProperty({ description: 'Days of the session, both ends included' }) days: number;
  @ApiProperty({ type: String, nullable: true }) venue: string | null;
  @ApiProperty({ type: String, nullable: true }) link: string | null;
  @ApiProperty({ type: String, nullable: true }) trainer: string | null;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Seats held (enrolled, or completed / not completed once the session is over)' }) seatsTaken: number;
  @ApiProperty() seatsFree: number;
  @ApiProperty({ description: 'People on the waiting list' }) waitlisted: number;
  @ApiProperty({ description: 'Requests waiting for a leader' }) requested: number;
  @ApiProperty() enrolmentOpensOn: string;
  @ApiProperty() enrolmentClosesOn: string;
  @ApiProperty({ description: 'Whether enrolment is open today' }) enrolmentOpen: boolean;
  @ApiProperty({ example: 0.8, description: 'Share of the days to attend (0–1)' }) attendanceThreshold: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Post-test pass mark (0–100); null = no post-test' }) postTestPassScore: number | null;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'TrainingSessionStatus' }) status: string;
  @ApiProperty({ type: MyEnrolmentDto, nullable: true, description: 'The caller’s own enrolment, if any' }) myEnrolment: MyEnrolmentDto | null;
  @ApiProperty() version: number;
}

export class ListTrainingSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-05-01', description: 'Sessions ending on or after this day (calendar)' }) @IsOptional() @IsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-05-31', description: 'Sessions starting on or before this day (calendar)' }) @IsOptional() @IsoDate() to?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() programId?: string;
  @ApiPropertyOptional({ enum: SESSION_STATUSES, enumName: 'TrainingSessionStatus' }) @IsOptional() @IsIn(SESSION_STATUSES) status?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions organised by this unit' }) @IsOptional() @IsUUID() organiserUnitId?: string;
}

export class CreateTrainingSessionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Organising unit (operators: their subtree, default their unit; planners: default city-wide)' })
  @IsOptional()
  @IsUUID()
  organiserUnitId?: string;
  @ApiProperty({ example: '2026-05-11' }) @IsoDate() startsOn: string;
  @ApiProperty({ example: '2026-05-13', description: 'Not before startsOn' }) @IsoDate() endsOn: string;
  @ApiPropertyOptional({ example: 'Aula BKPP, Jl. Pemuda 148', description: 'Venue or link (at least one)' }) @IsOptional() @IsString() @MaxLength(200) venue?: string;
  @ApiPropertyOptional({ example: 'https://zoom.us/j/123' }) @IsOptional() @IsString() @MaxLength(500) link?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) trainer?: string;
  @ApiProperty({ minimum: 1, example: 30 }) @IsInt() @Min(1) @Max(10000) capacity: number;
  @ApiProperty({ example: '2026-04-01' }) @IsoDate() enrolmentOpensOn: string;
  @ApiProperty({ example: '2026-05-04', description: 'Between enrolmentOpensOn and startsOn' }) @IsoDate() enrolmentClosesOn: string;
  @ApiPropertyOptional({ example: 0.8, description: 'Share of days to attend, 0–1 (default: the rule, 0.8)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001)
  @Max(1)
  attendanceThreshold?: number;
  @ApiPropertyOptional({ example: 70, description: 'Post-test pass mark 0–100; omit for no post-test' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  postTestPassScore?: number;
}

export class UpdateTrainingSessionDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsoDate() startsOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() endsOn?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  venue?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(500)
  link?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  trainer?: string | null;
  @ApiPropertyOptional({ minimum: 1, description: 'Raising it promotes the waiting list' }) @IsOptional() @IsInt() @Min(1) @Max(10000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsoDate() enrolmentOpensOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() enrolmentClosesOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0.001) @Max(1) attendanceThreshold?: number;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  postTestPassScore?: number | null;
}

export class CancelTrainingSessionDto {
  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ example: 'Narasumber berhalangan' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

// ── enrolments ───────────────────────────────────────────────────────────
export class EnrolDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whom to enrol (operators, planners); omit to request a seat for yourself' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
}

export class DecideEnrolmentDto {
  @ApiPropertyOptional({ example: 'Jadwal pelayanan penuh' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class TrainingEnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() programTitle: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a new CPNS until BKN issues the NIP' }) nip: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES, enumName: 'TrainingEnrolmentStatus' }) status: string;
  @ApiProperty({ description: 'Order on the waiting list (first come, first served)' }) queuedAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Place on the waiting list (1 = next), when waitlisted' }) waitlistPosition: number | null;
  @ApiProperty({ type: String, nullable: true }) requestedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ description: 'Days marked present' }) attendedDays: number;
  @ApiProperty({ type: Number, nullable: true }) postTestScore: number | null;
  @ApiProperty({ type: String, nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Certificate verification code, when completed' }) certificateCode: string | null;
  @ApiProperty({ enum: NOT_COMPLETED_REASONS, enumName: 'NotCompletedReason', isArray: true, description: 'Why it was not completed' }) reasons: string[];
  @ApiProperty() version: number;
}

export class ListTrainingEnrolmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES, enumName: 'TrainingEnrolmentStatus', description: 'e.g. requested: the approval inbox' })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: string;
}

// ── attendance ───────────────────────────────────────────────────────────
export class AttendanceMarkInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() enrolmentId: string;
  @ApiProperty() @IsBoolean() present: boolean;
}

export class MarkAttendanceDto {
  @ApiProperty({ example: '2026-05-11', description: 'A day of the session, not in the future' }) @IsoDate() day: string;
  @ApiProperty({ type: [AttendanceMarkInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkInputDto)
  marks: AttendanceMarkInputDto[];
}

export class AttendanceCellDto {
  @ApiProperty() day: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null = not marked (counts as absent)' }) present: boolean | null;
}

export class AttendanceRowDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a new CPNS until BKN issues the NIP' }) nip: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES, enumName: 'TrainingEnrolmentStatus' }) status: string;
  @ApiProperty({ type: [AttendanceCellDto] }) days: AttendanceCellDto[];
  @ApiProperty() attendedDays: number;
  @ApiProperty({ description: 'attended / session days (0–1)' }) share: number;
  @ApiProperty({ description: 'Whether the share meets the threshold so far' }) meetsThreshold: boolean;
}

export class AttendanceSheetDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: [String], example: ['2026-05-11', '2026-05-12'] }) days: string[];
  @ApiProperty() attendanceThreshold: number;
  @ApiProperty({ type: [AttendanceRowDto] }) rows: AttendanceRowDto[];
}

// ── completion ───────────────────────────────────────────────────────────
export class PostTestScoreInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() enrolmentId: string;
  @ApiProperty({ minimum: 0, maximum: 100, example: 82.5 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100) score: number;
}

export class CompleteTrainingSessionDto {
  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ type: [PostTestScoreInputDto], description: 'Post-test scores (sessions with a pass mark)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => PostTestScoreInputDto)
  postTestScores?: PostTestScoreInputDto[];
}

export class RaisedLevelDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

export class CompletionOutcomeDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['completed', 'not_completed'], enumName: 'CompletionStatus' }) status: string;
  @ApiProperty() attendedDays: number;
  @ApiProperty() share: number;
  @ApiProperty({ type: Number, nullable: true }) postTestScore: number | null;
  @ApiProperty({ enum: NOT_COMPLETED_REASONS, enumName: 'NotCompletedReason', isArray: true }) reasons: string[];
  @ApiProperty({ type: String, nullable: true }) certificateCode: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'JP added to the ledger' }) jp: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The post-test assessment recorded' }) assessmentId: string | null;
  @ApiProperty({ type: [RaisedLevelDto] }) raised: RaisedLevelDto[];
}

export class SessionCompletionDto {
  @ApiProperty({ type: TrainingSessionDto }) session: TrainingSessionDto;
  @ApiProperty() completed: number;
  @ApiProperty() notCompleted: number;
  @ApiProperty({ type: [CompletionOutcomeDto] }) outcomes: CompletionOutcomeDto[];
}

// ── JP ledger ────────────────────────────────────────────────────────────
export class TrainingActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'TrainingActivityKind' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() jp: number;
  @ApiProperty() occurredOn: string;
  @ApiProperty({ type: String, nullable: true }) evidence: string | null;
  @ApiProperty({ enum: ACTIVITY_STATUSES, enumName: 'TrainingActivityStatus' }) status: string;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for a completed session' }) enrolmentId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() version: number;
}

export class ListTrainingActivitiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit subtree (default: your scope)' }) @IsOptional() @IsUUID() orgUnitId?: string;
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES, enumName: 'TrainingActivityStatus' }) @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACTIVITY_KINDS, enumName: 'TrainingActivityKind' }) @IsOptional() @IsIn(ACTIVITY_KINDS) kind?: string;
}

export class CreateTrainingActivityDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose activity (staff, for people of their subtree); omit for your own' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
  @ApiProperty({ enum: ACTIVITY_INPUT_KINDS, enumName: 'TrainingActivityInputKind' }) @IsIn(ACTIVITY_INPUT_KINDS) kind: string;
  @ApiProperty({ example: 'Webinar Manajemen Waktu bagi ASN' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiProperty({ example: 2, description: 'Lesson hours (JP, 45 minutes each), more than 0' }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.1) @Max(1000) jp: number;
  @ApiProperty({ example: '2026-03-14', description: 'Not in the future' }) @IsoDate() occurredOn: string;
  @ApiPropertyOptional({ example: 'Sertifikat webinar No. 12/WEB/2026, https://…' }) @IsOptional() @IsString() @MaxLength(4000) evidence?: string;
}

export class DecideActivityDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class TrainingHoursQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Default: this year' }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit subtree (default: your scope)' }) @IsOptional() @IsUUID() orgUnitId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only people who will not reach the JP owed by year end at their current pace' })
  @IsOptional()
  @IsIn(['true', 'false'])
  behindOnly?: 'true' | 'false';
  @ApiPropertyOptional({ enum: ['jp', 'name', 'projected', 'remaining'], enumName: 'TrainingHoursSort', default: 'jp' })
  @IsOptional()
  @IsIn(['jp', 'name', 'projected', 'remaining'])
  sortBy?: 'jp' | 'name' | 'projected' | 'remaining';
}

export class EmployeeHoursDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a new CPNS until BKN issues the NIP' }) nip: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'JP approved in the year' }) jp: number;
  @ApiProperty({ description: 'JP recorded and waiting for approval' }) pendingJp: number;
  @ApiProperty({ example: 20 }) owed: number;
  @ApiProperty() remaining: number;
  @ApiProperty({ description: 'Reached the JP owed' }) met: boolean;
  @ApiProperty({ description: 'JP at year end at the current pace' }) projected: number;
  @ApiProperty({ description: 'Met, or projected to meet by year end' }) onPace: boolean;
}

export class HoursSummaryDto {
  @ApiProperty() employees: number;
  @ApiProperty({ description: 'Reached the JP owed' }) meeting: number;
  @ApiProperty({ description: 'Not on pace to reach it by year end' }) behind: number;
  @ApiProperty({ type: Number, nullable: true }) meanJp: number | null;
  @ApiProperty({ description: 'Share of employees meeting (0–1)' }) meetingShare: number;
}

export class TrainingHoursPageDto {
  @ApiProperty({ type: [EmployeeHoursDto] }) items: EmployeeHoursDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'The date the pace is read on' }) asOf: string;
  @ApiProperty() daysElapsed: number;
  @ApiProperty() daysInYear: number;
  @ApiProperty({ example: 20 }) owed: number;
  @ApiProperty({ type: HoursSummaryDto, description: 'Over every employee of the scope (all pages, before behindOnly)' }) summary: HoursSummaryDto;
  @ApiProperty({ example: 'competency.development_hours' }) ruleKey: string;
  @ApiProperty() ruleEffectiveFrom: string;
}
