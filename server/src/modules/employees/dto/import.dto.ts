import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportCellErrorDto {
  @ApiProperty({ example: 3, description: 'Row number in the file (the header is row 1)' }) row: number;
  @ApiProperty({ example: 'tanggal_lahir' }) column: string;
  @ApiProperty({ example: '1990-02-30' }) value: string;
  @ApiProperty({ example: 'invalid_date' }) code: string;
  @ApiProperty({ example: 'tanggal_lahir is not a real date (yyyy-mm-dd or dd/mm/yyyy)' }) message: string;
}

export class ImportReportDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'SHA-256 of the uploaded file' }) fileHash: string;
  @ApiProperty() totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty() invalidRows: number;
  @ApiProperty({ description: 'Rows written as new employees (real run)' }) created: number;
  @ApiProperty({ description: 'Existing employees (same NIP) changed (real run)' }) updated: number;
  @ApiProperty({ description: 'Rows identical to what is stored (real run)' }) unchanged: number;
  @ApiPropertyOptional({ description: 'Dry run: rows that would be created' }) wouldCreate?: number;
  @ApiPropertyOptional({ description: 'Dry run: rows that would update an existing NIP' }) wouldUpdate?: number;
  @ApiProperty({ type: [ImportCellErrorDto], description: 'Every bad cell (first 1,000)' }) errors: ImportCellErrorDto[];
  @ApiProperty() errorCount: number;
  @ApiProperty() durationMs: number;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Check only; write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], enumName: 'ExportFormat', default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}
