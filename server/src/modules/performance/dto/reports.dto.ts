import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

/** Multipart fields arrive as strings: '' is "not given", numbers are parsed (JSON numbers pass through). */
const NumberField = () =>
  Transform(({ value }) => (value === '' || value === null ? undefined : typeof value === 'string' ? (/^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value) : value));
/** '' (an empty multipart field) is "not given". */
const TextField = () => Transform(({ value }) => (value === '' || value === null ? undefined : value));
const BoolQuery = () => Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value));

export const REPORT_STATUSES = ['pending', 'accepted', 'returned'] as const;
export const REPORT_DECISIONS = ['accept', 'return'] as const;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * A progress report: the realised quantity so far (cumulative) or a percentage of the target, a note and evidence
 * (a link here, or a file in the multipart form). Exactly one of realised and realisedPercent.
 */
export class CreateReportDto {
  @ApiPropertyOptional({ example: 42, description: 'Cumulative quantity realised so far, in the target’s unit (≥ 0, two decimals)' })
  @IsOptional()
  @NumberField()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999_999_999)
  realised?: number;

  @ApiPropertyOptional({ example: 35, description: 'Or: the share realised in percent of the target quantity (0–1000); stored as quantity × percent / 100' })
  @IsOptional()
  @NumberField()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  realisedPercent?: number;

  @ApiPropertyOptional({ example: '2026-05-20', description: 'Day the progress refers to (default today, WIB); within the period, not in the future' })
  @IsOptional()
  @TextField()
  @IsoDate()
  reportedOn?: string;

  @ApiPropertyOptional({ example: 'Posyandu Kelurahan Bulu Lor selesai, 48 balita ditimbang.' })
  @IsOptional()
  @TextField()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ example: 'https://drive.semarangkota.go.id/laporan/123', description: 'An http(s) link to the evidence' })
  @IsOptional()
  @TextField()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'evidenceLink must be an http or https URL' })
  @MaxLength(1000)
  evidenceLink?: string;
}

/** The multipart form of a report (the same fields plus the file). Documentation only. */
export const CREATE_REPORT_MULTIPART_SCHEMA = {
  type: 'object' as const,
  properties: {
    realised: { type: 'number' as const, description: 'Cumulative quantity realised so far (or give realisedPercent)' },
    realisedPercent: { type: 'number' as const, description: 'Share realised in percent of the target quantity' },
    reportedOn: { type: 'string' as const, format: 'date', description: 'Default today (WIB)' },
    note: { type: 'string' as const, maxLength: 4000 },
    evidenceLink: { type: 'string' as const, format: 'uri' },
    file: { type: 'string' as const, format: 'binary', description: 'Evidence: JPEG, PNG or PDF (by content), at most 5 MB' },
  },
};

export class EvidenceFileDto {
  @ApiProperty({ example: 'posyandu.jpg' }) fileName: string;
  @ApiProperty({ example: 'image/jpeg', enum: ['image/jpeg', 'image/png', 'application/pdf'] }) contentType: string;
  @ApiProperty({ example: 184_320 }) size: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
}

/** The target after the report (or decision): what the board shows. */
export class ReportTargetStateDto {
  @ApiProperty({ example: 42, description: 'Cumulative quantity realised (latest report not returned)' }) realised: number;
  @ApiProperty({ example: 0.42, description: 'realised ÷ quantity (4 decimals; above 1 when exceeded)' }) realisedShare: number;
  @ApiProperty({ example: 0.5014, description: 'Share of the target’s time window elapsed today (4 decimals)' }) expected: number;
  @ApiProperty({ description: 'Behind pace by more than the performance.monitoring threshold' }) atRisk: boolean;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ example: 'Dewi Lestari' }) employeeName: string;
  @ApiProperty({ example: 'Penimbangan balita di posyandu' }) targetTitle: string;
  @ApiProperty({ example: 100 }) quantity: number;
  @ApiProperty({ example: 'kegiatan' }) quantityUnit: string;
  @ApiProperty({ example: '2026-05-20' }) reportedOn: string;
  @ApiProperty({ example: 42, description: 'Cumulative quantity (converted from the percentage when givenAs = percent)' }) realised: number;
  @ApiProperty({ enum: ['quantity', 'percent'], enumName: 'ReportGivenAs' }) givenAs: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String }) evidenceLink: string | null;
  @ApiProperty({ nullable: true, type: EvidenceFileDto }) evidenceFile: EvidenceFileDto | null;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'The leader’s comment (required when returned)' }) comment: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedByName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: ReportTargetStateDto }) target: ReportTargetStateDto;
}

export class ListReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, enumName: 'ReportStatus' }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Only reports on plans whose direct leader is me (the approval inbox)' })
  @IsOptional()
  @BoolQuery()
  @IsBoolean()
  awaitingMe?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() targetId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() periodId?: string;
}

export class ReportDecisionDto {
  @ApiProperty({ enum: REPORT_DECISIONS, enumName: 'ReportDecision' }) @IsIn(REPORT_DECISIONS) decision: 'accept' | 'return';
  @ApiPropertyOptional({ example: 'Lampirkan daftar hadir posyandu.', description: 'Required to return a report' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
  @ApiProperty({ example: 1, description: 'The report’s version (409 STALE_VERSION when it changed)' }) @Type(() => Number) @IsInt() @Min(1) version: number;
}
