/** Citizens' feedback (IKM): services, the public form, the report per unit and period, moderation, the unit view. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { UNIT_RATINGS } from '../calc/distribution.js';
import { PREDICATES } from '../calc/predicate.js';

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,59}$/;
const CODE_MESSAGE = 'code must be 2-60 capital letters, digits or dashes';
const DEVICE_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export const IKM_GRADES = ['A', 'B', 'C', 'D'];
export const COMMENT_STATUSES = ['pending', 'published', 'hidden'];

// ── services ─────────────────────────────────────────────────────────────

export class ListIkmServicesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit and the units below it (default: your unit, or the whole city)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Search in the code, name and desk' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) services' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: string;
}

export class CreateIkmServiceDto {
  @ApiProperty({ format: 'uuid', description: 'The unit that serves' }) @IsUUID() unitId: string;
  @ApiProperty({ example: 'PKM-PONCOL-UMUM', description: 'Short public code printed in the QR code (capital letters, digits, dashes)' })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;
  @ApiProperty({ example: 'Poli Umum' }) @IsString() @MinLength(2) @MaxLength(200) name: string;
  @ApiPropertyOptional({ example: 'Loket 1' }) @IsOptional() @IsString() @MaxLength(200) desk?: string;
  @ApiPropertyOptional({ example: 12000, description: 'Service users per year (the population N of the minimum sample)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  annualUsers?: number;
}

export class UpdateIkmServiceDto {
  @ApiProperty({ description: 'The version you read (409 STALE_VERSION when it changed meanwhile)' }) @IsInt() version: number;
  @ApiPropertyOptional({ example: 'PKM-PONCOL-UMUM' }) @IsOptional() @Matches(CODE_PATTERN, { message: CODE_MESSAGE }) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) desk?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100_000_000) annualUsers?: number | null;
  @ApiPropertyOptional({ description: 'An inactive service leaves the public list and refuses new feedback' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class IkmServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'PKM-PONCOL-UMUM' }) code: string;
  @ApiProperty({ example: 'Poli Umum' }) name: string;
  @ApiProperty({ type: String, nullable: true }) desk: string | null;
  @ApiProperty({ type: Number, nullable: true }) annualUsers: number | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Responses received so far' }) responses: number;
  @ApiProperty({ example: '/umpan-balik/PKM-PONCOL-UMUM', description: 'Path of the public form (the QR code points at it on this server)' }) formPath: string;
  @ApiProperty() version: number;
}

// ── the report ───────────────────────────────────────────────────────────

export class IkmReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit (its services and those of the units below it); default your unit, or the city' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Default: this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, description: 'A quarter of the year; the whole year when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;
}

export class IkmElementLabelDto {
  @ApiProperty({ example: 'persyaratan' }) key: string;
  @ApiProperty({ example: 'Persyaratan pelayanan' }) label: string;
}

export class IkmTrendPointDto {
  @ApiProperty({ example: '2026-Q1' }) period: string;
  @ApiProperty() responses: number;
  @ApiProperty({ type: Number, nullable: true, example: 81.11, description: 'Null without responses or with an element nobody answered' }) convertedIndex: number | null;
  @ApiProperty({ type: String, nullable: true, enum: IKM_GRADES, enumName: 'IkmGrade' }) grade: string | null;
}

export class IkmReportDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ description: 'Responses received in the period (WIB calendar days)' }) responses: number;
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'The nine element means (NRR, 4 decimals), null for an element nobody answered',
    example: [3.2, 3.1, 3, 3.4, 3.5, 3.3, 3.6, 2.9, 3.2],
  })
  elementMeans: (number | null)[];
  @ApiProperty({ type: [Number], description: 'Answers counted per element (unanswered left out)' }) answered: number[];
  @ApiProperty({ type: Number, nullable: true, example: 3.2444, description: 'Σ NRR / 9; null when an element has no answer' }) index: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 81.11 }) convertedIndex: number | null;
  @ApiProperty({ type: String, nullable: true, enum: IKM_GRADES, enumName: 'IkmGrade' }) grade: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Baik' }) label: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ annualUsers of the active services (a quarter: a quarter of it); null when unknown' }) population: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 278, description: 'Krejcie & Morgan minimum sample for the population' }) minimumSample: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'responses ≥ minimumSample (null when the population is unknown)' }) enoughSample: boolean | null;
  @ApiProperty({ type: [IkmTrendPointDto], description: 'The last 8 quarters up to the end of the period asked about, oldest first' }) trend: IkmTrendPointDto[];
  @ApiProperty({ type: [IkmElementLabelDto] }) elements: IkmElementLabelDto[];
}

// ── comments ─────────────────────────────────────────────────────────────

export class ListIkmCommentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit and the units below it' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: COMMENT_STATUSES, enumName: 'IkmCommentStatus', description: 'Default: every comment' })
  @IsOptional()
  @IsIn(COMMENT_STATUSES)
  status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() serviceId?: string;
}

export class IkmCommentDto {
  @ApiProperty({ format: 'uuid' }) responseId: string;
  @ApiProperty({ format: 'uuid' }) serviceId: string;
  @ApiProperty() serviceCode: string;
  @ApiProperty() serviceName: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt: string;
  @ApiProperty() comment: string;
  @ApiProperty({ enum: COMMENT_STATUSES, enumName: 'IkmCommentStatus' }) status: string;
  @ApiProperty({ type: String, nullable: true }) reply: string | null;
  @ApiProperty({ type: String, nullable: true }) moderatedByName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Left by the citizen for a reply (staff only)' }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contact: string | null;
  @ApiProperty({ type: [Number], nullable: true, description: 'The nine answers (null = unanswered)' }) answers: (number | null)[];
  @ApiProperty() version: number;
}

export class ModerateIkmCommentDto {
  @ApiProperty({ enum: ['published', 'hidden'], enumName: 'IkmModerationStatus' }) @IsIn(['published', 'hidden']) status: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'A public reply shown under the comment' }) @IsOptional() @IsString() @MaxLength(2000) reply?: string | null;
  @ApiProperty({ description: 'The version you read (409 STALE_VERSION when it changed meanwhile)' }) @IsInt() version: number;
}

// ── public ───────────────────────────────────────────────────────────────

export class ListPublicServicesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this unit and the units below it' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Search in the unit and service names and codes' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class PublicServiceItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'PKM-PONCOL-UMUM' }) code: string;
  @ApiProperty({ example: 'Poli Umum' }) name: string;
  @ApiProperty({ type: String, nullable: true }) desk: string | null;
}

export class PublicServiceUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'puskesmas' }) kind: string;
  @ApiProperty({ type: [PublicServiceItemDto] }) services: PublicServiceItemDto[];
}

export class PublicCommentDto {
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt: string;
  @ApiProperty() comment: string;
  @ApiProperty({ type: String, nullable: true }) reply: string | null;
}

export class PublicServiceDto extends PublicServiceItemDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'puskesmas' }) unitKind: string;
  @ApiProperty({ type: [IkmElementLabelDto], description: 'The nine elements to answer, in order' }) elements: IkmElementLabelDto[];
  @ApiProperty({ type: [PublicCommentDto], description: 'The latest published comments on this service (moderated), newest first' }) comments: PublicCommentDto[];
}

export class SubmitFeedbackDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The service (or serviceCode)' }) @IsOptional() @IsUUID() serviceId?: string;
  @ApiPropertyOptional({ example: 'PKM-PONCOL-UMUM', description: 'The service code from the QR code (or serviceId)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  serviceCode?: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 4, nullable: true },
    minItems: 9,
    maxItems: 9,
    example: [4, 3, 3, 4, null, 4, 4, 3, 3],
    description: 'Exactly nine answers (1–4), one per element in order; null for one left unanswered; at least five answered',
  })
  @IsArray()
  answers: (number | null)[];

  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
  @ApiPropertyOptional({ maxLength: 200, description: 'Only for a reply; stored only when given' }) @IsOptional() @IsString() @MaxLength(200) contactName?: string;
  @ApiPropertyOptional({ maxLength: 200, description: 'Phone or e-mail for a reply; stored only when given' }) @IsOptional() @IsString() @MaxLength(200) contact?: string;
  @ApiPropertyOptional({
    example: 'b3f1c0a2-5d8e-4c1b-9a7f-2e6d4c3b1a09',
    description: 'A random id the browser keeps (localStorage); also accepted as header X-Device-Id. Stored only as a keyed hash.',
  })
  @IsOptional()
  @Matches(DEVICE_PATTERN, { message: 'deviceId must be 8-100 letters, digits, dashes or underscores' })
  deviceId?: string;
}

export const DEVICE_ID_PATTERN = DEVICE_PATTERN;

export class FeedbackReceiptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt: string;
}

export class PublicIkmQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Default: this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class PublicIkmUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'puskesmas' }) kind: string;
  @ApiProperty() responses: number;
  @ApiProperty({ type: Number, nullable: true, example: 81.11 }) convertedIndex: number | null;
  @ApiProperty({ type: String, nullable: true, enum: IKM_GRADES, enumName: 'IkmGrade' }) grade: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Baik' }) label: string | null;
}

export class PublicIkmTotalDto {
  @ApiProperty() responses: number;
  @ApiProperty({ type: Number, nullable: true }) convertedIndex: number | null;
  @ApiProperty({ type: String, nullable: true, enum: IKM_GRADES, enumName: 'IkmGrade' }) grade: string | null;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
}

export class PublicIkmDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ type: [PublicIkmUnitDto], description: 'Units with responses in the year (their own services), by name' }) units: PublicIkmUnitDto[];
  @ApiProperty({ type: PublicIkmTotalDto, description: 'The whole city' }) total: PublicIkmTotalDto;
  @ApiProperty({ type: [IkmElementLabelDto] }) elements: IkmElementLabelDto[];
}

// ── unit performance view ────────────────────────────────────────────────

export class UnitSummaryQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the period containing `on` (the latest to start)' }) @IsOptional() @IsUUID() periodId?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: 'As of this day (default today, WIB)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a date yyyy-mm-dd' })
  on?: string;
}

export class UnitRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'puskesmas' }) kind: string;
  @ApiProperty() depth: number;
}

export class UnitSummaryPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() name: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
}

export class UnitTargetsSummaryDto {
  @ApiProperty({ description: 'Active employees in the unit and below' }) people: number;
  @ApiProperty({ description: 'Of them, with a plan in the period (any status)' }) withPlan: number;
  @ApiProperty({ description: 'Approved plans' }) approved: number;
  @ApiProperty({ description: 'Targets of approved plans' }) targets: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.42, description: 'Weighted mean realised share of the targets of approved plans (0–1, above 1 when exceeded)' })
  realisation: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.5, description: 'Weighted mean share expected by `on` (calc/pace.ts: days elapsed ÷ days in the target window)' })
  expected: number | null;
  @ApiProperty({ description: 'Targets behind the expected pace by more than the threshold on `on`' }) atRisk: number;
  @ApiProperty({ description: 'People with at least one target at risk' }) atRiskPeople: number;
}

export class UnitPredicatesSummaryDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { sangat_baik: 1, baik: 8, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
    description: `Final annual predicates (checkpoint 0) of the period in the unit and below, per predicate (${PREDICATES.join(', ')})`,
  })
  counts: Record<string, number>;
  @ApiProperty({ description: 'Final annual evaluations counted' }) evaluated: number;
  @ApiProperty({ type: String, nullable: true, enum: [...UNIT_RATINGS], enumName: 'UnitRating', description: "The unit's own rating for the period" }) rating: string | null;
  @ApiProperty({ description: "The unit's annual results are locked" }) locked: boolean;
}

export class UnitIkmSummaryDto {
  @ApiProperty() responses: number;
  @ApiProperty({ type: Number, nullable: true }) convertedIndex: number | null;
  @ApiProperty({ type: String, nullable: true, enum: IKM_GRADES, enumName: 'IkmGrade' }) grade: string | null;
}

export class UnitSummaryChildDto {
  @ApiProperty({ type: UnitRefDto }) unit: UnitRefDto;
  @ApiProperty({ type: UnitTargetsSummaryDto }) targets: UnitTargetsSummaryDto;
  @ApiProperty({ type: UnitPredicatesSummaryDto }) predicates: UnitPredicatesSummaryDto;
  @ApiProperty({ type: UnitIkmSummaryDto, description: 'Responses in the period (its dates) for the unit and below' }) ikm: UnitIkmSummaryDto;
}

export class UnitSummaryDto extends UnitSummaryChildDto {
  @ApiProperty({ type: UnitSummaryPeriodDto }) period: UnitSummaryPeriodDto;
  @ApiProperty({ example: '2026-06-30' }) on: string;
  @ApiProperty({ example: 0.15, description: 'The at-risk threshold in force (performance.monitoring)' }) threshold: number;
  @ApiProperty({ type: [UnitSummaryChildDto], description: 'The direct child units, by name' }) children: UnitSummaryChildDto[];
}
