import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

export const RESULT_STAGES = ['administrative', 'skd', 'final'] as const;
export type ResultStage = (typeof RESULT_STAGES)[number];

export class PublishResultDto {
  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' }) @IsIn(RESULT_STAGES) stage: ResultStage;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Shown with the publication (e.g. the decree number)' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ListResultsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RESULT_STAGES, enumName: 'ResultStage' }) @IsOptional() @IsIn(RESULT_STAGES) stage?: ResultStage;
}

export class ResultCountsDto {
  @ApiProperty({ description: 'Entries listed' }) entries: number;
  @ApiPropertyOptional({ description: 'administrative: MS' }) ms?: number;
  @ApiPropertyOptional({ description: 'administrative: TMS' }) tms?: number;
  @ApiPropertyOptional({ description: 'skd: passed the SKD; final: passed' }) passed?: number;
  @ApiPropertyOptional({ description: 'skd: shortlisted for the SKB' }) shortlisted?: number;
  @ApiPropertyOptional({ description: 'final: not passed' }) notPassed?: number;
}

export class ResultVacancySummaryDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ example: 'DINKES-PERAWAT-01' }) code: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'Seats' }) quotaTotal: number;
  @ApiProperty({ type: ResultCountsDto }) counts: ResultCountsDto;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of the vacancy’s entries' }) contentHash: string;
}

export class ResultRoundRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'cpns' }) type: string;
  @ApiProperty() year: number;
}

export class ResultSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ description: '1, 2, … within the round' }) seq: number;
  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' }) stage: ResultStage;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of every vacancy’s entries, in vacancy-code order' }) contentHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() publishedByName: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'Vacancies in the publication' }) vacancyCount: number;
}

export class ResultDto extends ResultSummaryDto {
  @ApiProperty({ type: ResultRoundRefDto }) round: ResultRoundRefDto;
  @ApiProperty({ type: [ResultVacancySummaryDto] }) vacancies: ResultVacancySummaryDto[];
}

/** One line of a published list (fields by stage; never the full NIK). */
export class AnnouncementEntryDto {
  @ApiPropertyOptional({ description: 'final: rank within the vacancy and category' }) rank?: number;
  @ApiProperty({ example: 'CPNS2026-000123' }) registrationNumber: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '3374**********03' }) maskedNik: string;
  @ApiProperty({ example: 'umum' }) category: string;
  @ApiPropertyOptional({ enum: ['MS', 'TMS'], enumName: 'AdminResult', description: 'administrative' }) result?: 'MS' | 'TMS';
  @ApiPropertyOptional({ type: Number, nullable: true }) twk?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) tiu?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) tkp?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'skd: SKD total' }) total?: number | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true }) passed?: boolean | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true }) shortlisted?: boolean | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'final: SKD total' }) skdTotal?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) skb?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) interview?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) technical?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) managerialSocioCultural?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) finalScore?: number | null;
  @ApiPropertyOptional({ enum: ['passed', 'not_passed'], enumName: 'ResultOutcome' }) outcome?: 'passed' | 'not_passed';
}

export class PublicationDto {
  @ApiProperty({ format: 'uuid' }) resultId: string;
  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' }) stage: ResultStage;
  @ApiProperty() seq: number;
  @ApiProperty() contentHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() publishedByName: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [ResultVacancySummaryDto] }) vacancies: ResultVacancySummaryDto[];
}

export class RoundAnnouncementsDto {
  @ApiProperty({ type: ResultRoundRefDto }) round: ResultRoundRefDto;
  @ApiProperty({ type: [PublicationDto], description: 'The latest publication of each stage' }) publications: PublicationDto[];
}

export class VacancyAnnouncementDto {
  @ApiProperty({ type: ResultRoundRefDto }) round: ResultRoundRefDto;
  @ApiProperty({ format: 'uuid' }) resultId: string;
  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' }) stage: ResultStage;
  @ApiProperty() seq: number;
  @ApiProperty({ description: 'Hash of the whole publication' }) resultHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() publishedByName: string;
  @ApiProperty({ type: ResultVacancySummaryDto }) vacancy: ResultVacancySummaryDto;
  @ApiProperty({ type: [AnnouncementEntryDto] }) entries: AnnouncementEntryDto[];
}

export class AnnouncementsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A vacancy: its published list' }) @IsOptional() @IsUUID() vacancyId?: string;
  @ApiPropertyOptional({ enum: RESULT_STAGES, enumName: 'ResultStage', description: 'With vacancyId: the stage (default the latest publication)' })
  @IsOptional()
  @IsIn(RESULT_STAGES)
  stage?: ResultStage;
}

export class AppointDto {
  @ApiProperty({ example: '2027-03-01', description: 'TMT CPNS (yyyy-mm-dd)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'appointmentDate must be a date yyyy-mm-dd' })
  appointmentDate: string;

  @ApiPropertyOptional({ example: '199803152027032001', description: '18 digits, when BKN has issued it; must agree with the birth date and gender' })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'nip must be 18 digits' })
  nip?: string;

  @ApiPropertyOptional({ example: 'III/a', description: 'Golongan; default the entry golongan of the applicant’s education (needs.formation_cost)' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  rank?: string;
}

export class AppointedApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty({ example: 'appointed' }) stage: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) employeeId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appointedAt: string | null;
}

export class AppointmentDto {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ type: AppointedApplicationDto }) application: AppointedApplicationDto;
}
