import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { SCORE_KINDS } from '../calc/score-file.js';
import type { ScoreKind } from '../calc/score-file.js';

export class ScoreImportQueryDto {
  @ApiProperty({
    enum: SCORE_KINDS,
    enumName: 'ScoreKind',
    description: 'skd: twk, tiu, tkp; skb: the round’s SKB components except interview; pppk: technical, managerialSocioCultural, interview',
  })
  @IsIn(SCORE_KINDS)
  kind: ScoreKind;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Check only; write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class ScoreTemplateQueryDto {
  @ApiProperty({ enum: SCORE_KINDS, enumName: 'ScoreKind' })
  @IsIn(SCORE_KINDS)
  kind: ScoreKind;

  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], enumName: 'ExportFormat', default: 'csv' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

export class ScoreImportErrorDto {
  @ApiProperty({ example: 3, description: 'Row in the file (the header is row 1)' }) row: number;
  @ApiProperty({ example: 'twk' }) column: string;
  @ApiProperty({ example: 'twk must be a multiple of 5' }) message: string;
}

export class ScoreImportReportDto {
  @ApiProperty({ enum: SCORE_KINDS, enumName: 'ScoreKind' }) kind: ScoreKind;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'SHA-256 of the uploaded file' }) fileSha256: string;
  @ApiProperty({ description: 'Data rows in the file' }) rows: number;
  @ApiProperty({ description: 'Rows whose scores changed (dry run: would change)' }) changed: number;
  @ApiProperty({ type: [ScoreImportErrorDto], description: 'Every bad cell (first 1,000)' }) errors: ScoreImportErrorDto[];
  @ApiProperty() errorCount: number;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'The same file (round, kind, hash) was imported before: nothing changed' }) alreadyImported: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The recorded import (real run, or the earlier one when already imported)' })
  importId: string | null;
  @ApiProperty() durationMs: number;
}

export class ScoreImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ enum: SCORE_KINDS, enumName: 'ScoreKind' }) kind: ScoreKind;
  @ApiProperty() fileName: string;
  @ApiProperty() fileSha256: string;
  @ApiProperty() rows: number;
  @ApiProperty() changed: number;
  @ApiProperty({ type: String, nullable: true }) importedByName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ListScoreImportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SCORE_KINDS, enumName: 'ScoreKind' })
  @IsOptional()
  @IsIn(SCORE_KINDS)
  kind?: ScoreKind;
}

export class CorrectScoresDto {
  @ApiProperty({ minLength: 10, example: 'Berita acara koreksi nilai BKN no. 12/2026: TIU salah input', description: 'Why the score changes (shown in the audit)' })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason: string;

  @ApiProperty({ description: 'The application version you read' }) @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 150, description: 'Multiple of 5' }) @IsOptional() @IsInt() @Min(0) twk?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 175, description: 'Multiple of 5' }) @IsOptional() @IsInt() @Min(0) tiu?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 225 }) @IsOptional() @IsInt() @Min(0) tkp?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: 'SKB components (0–100, ≤ 2 decimals) by the round’s keys, except interview' })
  @IsOptional()
  @IsObject()
  skbComponents?: Record<string, number>;

  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) technical?: number;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) managerialSocioCultural?: number;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) interview?: number;
}

export class ApplicationScoresDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ example: 'CPNS2026-000123' }) registrationNumber: string;
  @ApiProperty({ example: 'admin_passed' }) stage: string;
  @ApiProperty({ type: Number, nullable: true }) twk: number | null;
  @ApiProperty({ type: Number, nullable: true }) tiu: number | null;
  @ApiProperty({ type: Number, nullable: true }) tkp: number | null;
  @ApiProperty({ type: Number, nullable: true }) skdTotal: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) skdScoredAt: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, nullable: true }) skbComponents: Record<string, number> | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) skbScoredAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) technical: number | null;
  @ApiProperty({ type: Number, nullable: true }) managerialSocioCultural: number | null;
  @ApiProperty({ type: Number, nullable: true }) interview: number | null;
  @ApiProperty() version: number;
}
