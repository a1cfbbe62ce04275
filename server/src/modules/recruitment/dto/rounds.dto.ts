import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { ROUND_PHASES } from '../calc/round-rules.js';
import { EDUCATION_LEVELS, ROUND_STATUSES, ROUND_TYPES } from '../recruitment.types.js';

const IsoDate = () => (target: object, key: string) => {
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${key} must be a date yyyy-mm-dd` })(target, key);
};

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const CODE_MESSAGE = 'code must be 2-40 capital letters, digits or dashes';

// ── schedule ─────────────────────────────────────────────────────────────

/** The round's dates (WIB calendar days, windows inclusive), each on or after the previous one. */
export class RoundScheduleDto {
  @ApiProperty({ example: '2026-08-01' }) @IsoDate() registrationOpens: string;
  @ApiProperty({ example: '2026-08-15', description: 'Also the day ages are counted on' }) @IsoDate() registrationCloses: string;
  @ApiProperty({ example: '2026-08-25' }) @IsoDate() adminSelectionEnds: string;
  @ApiProperty({ example: '2026-08-26', description: 'Appeals (sanggah) against the administrative result from this day' }) @IsoDate() appealOpens: string;
  @ApiProperty({ example: '2026-08-28' }) @IsoDate() appealCloses: string;
  @ApiProperty({ example: '2026-09-02', description: 'The committee answers every appeal by this day' }) @IsoDate() appealAnswerBy: string;
  @ApiProperty({ example: '2026-09-10' }) @IsoDate() skdStarts: string;
  @ApiProperty({ example: '2026-09-20' }) @IsoDate() skdEnds: string;
  @ApiProperty({ example: '2026-10-01' }) @IsoDate() skbStarts: string;
  @ApiProperty({ example: '2026-10-10' }) @IsoDate() skbEnds: string;
  @ApiProperty({ example: '2026-10-20' }) @IsoDate() announcement: string;
}

/** Some dates of the schedule; the others stay. The result must still be in order. */
export class RoundSchedulePatchDto {
  @ApiPropertyOptional({ example: '2026-08-01' }) @IsOptional() @IsoDate() registrationOpens?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() registrationCloses?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() adminSelectionEnds?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() appealOpens?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() appealCloses?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() appealAnswerBy?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() skdStarts?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() skdEnds?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() skbStarts?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() skbEnds?: string;
  @ApiPropertyOptional() @IsOptional() @IsoDate() announcement?: string;
}

// ── rules (shapes; validated as a whole by calc/round-rules.ts) ──────────

export class SkdSubtestsDto {
  @ApiProperty({ example: 65 }) twk: number;
  @ApiProperty({ example: 80 }) tiu: number;
  @ApiProperty({ example: 166 }) tkp: number;
}

export class SkdMaxDto extends SkdSubtestsDto {
  @ApiProperty({ example: 550, description: 'twk + tiu + tkp' }) total: number;
}

export class SkdTotalTiuDto {
  @ApiProperty({ example: 311 }) total: number;
  @ApiProperty({ example: 85 }) tiu: number;
}

export class SkdPassingGradesDto {
  @ApiProperty({ type: SkdMaxDto, description: 'Maximum per sub-test and total (150/175/225/550)' }) max: SkdMaxDto;
  @ApiProperty({ type: SkdSubtestsDto, description: 'General applicants: each sub-test on its own' }) umum: SkdSubtestsDto;
  @ApiProperty({ type: SkdTotalTiuDto, description: 'Best graduates: total and TIU' }) cumlaude: SkdTotalTiuDto;
  @ApiProperty({ type: SkdTotalTiuDto }) disabilitas: SkdTotalTiuDto;
  @ApiProperty({ type: SkdTotalTiuDto }) papua: SkdTotalTiuDto;
}

export class ShortlistRuleDto {
  @ApiProperty({ example: 3, description: 'Up to multiplier × seats go to the SKB (integer ≥ 1)' }) multiplier: number;
  @ApiProperty({ enum: ['include_all', 'strict'], enumName: 'ShortlistTieRule', description: 'Applicants tied with the last place: all taken, or cut strictly' })
  tieAtCut: 'include_all' | 'strict';
}

export class FinalScoreRuleDto {
  @ApiProperty({ example: 0.4 }) skdWeight: number;
  @ApiProperty({ example: 0.6, description: 'skdWeight + skbWeight = 1' }) skbWeight: number;
}

export class SkbComponentDto {
  @ApiProperty({ example: 'cat', description: '`interview` comes from the panel’s mean; the other keys from the SKB score file' }) key: string;
  @ApiProperty({ example: 'CAT SKB' }) label: string;
  @ApiProperty({ example: 0.5, description: 'Share of the SKB score; the weights sum to 1' }) weight: number;
}

export class PppkMaxDto {
  @ApiProperty({ example: 450 }) technical: number;
  @ApiProperty({ example: 180 }) managerialSocioCultural: number;
  @ApiProperty({ example: 40 }) interview: number;
  @ApiProperty({ example: 670 }) total: number;
}

export class PppkRuleDto {
  @ApiProperty({ type: PppkMaxDto }) max: PppkMaxDto;
}

export class RubricCriterionDto {
  @ApiProperty({ example: 'komunikasi' }) key: string;
  @ApiProperty({ example: 'Kemampuan komunikasi' }) label: string;
  @ApiProperty({ example: 100, description: 'Highest score a panelist may give (lowest 0)' }) max: number;
}

export class InterviewRuleDto {
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty({ example: 2, description: 'Panelists per applicant (at least 2)' }) minPanelists: number;
  @ApiProperty({ example: 20, description: 'Spread between panelists (0–100 scale) above which the applicant is flagged for review' }) spreadLimit: number;
}

export class AgeLimitsDto {
  @ApiProperty({ example: 18 }) min: number;
  @ApiProperty({ example: 35, description: 'On the day registration closes; a vacancy may raise it (ageMax)' }) max: number;
}

export class RequiredDocumentDto {
  @ApiProperty({ example: 'ktp' }) key: string;
  @ApiProperty({ example: 'Kartu Tanda Penduduk (KTP)' }) label: string;
  @ApiProperty() required: boolean;
}

/** A round's rules. On create and PATCH any part may be left out: it keeps the default (or current) value. */
export class RoundRulesDto {
  @ApiProperty({ type: SkdPassingGradesDto }) passingGrades: SkdPassingGradesDto;
  @ApiProperty({ type: ShortlistRuleDto }) shortlist: ShortlistRuleDto;
  @ApiProperty({ type: FinalScoreRuleDto }) finalScore: FinalScoreRuleDto;
  @ApiProperty({ type: [SkbComponentDto] }) skbComponents: SkbComponentDto[];
  @ApiProperty({ type: PppkRuleDto }) pppk: PppkRuleDto;
  @ApiProperty({ type: InterviewRuleDto }) interview: InterviewRuleDto;
  @ApiProperty({ type: AgeLimitsDto }) ageLimits: AgeLimitsDto;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Minimum GPA (0–4) or diploma average (0–100); null = none' }) gpaMin: number | null;
  @ApiProperty({ type: [RequiredDocumentDto] }) documents: RequiredDocumentDto[];
  @ApiProperty({ example: 1048576, description: 'Upload limit per document in bytes' }) maxDocumentBytes: number;
  @ApiProperty({ type: [String], example: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'], description: 'Tie-break order' }) tieBreak: string[];
}

const RULES_DESCRIPTION =
  'Rules; any part may be left out and keeps its current value (on create: the reference rules in force and the module defaults). Objects merge key by key; arrays replace. Every field is checked (weights sum to 1, grades within the maxima, keys unique…): 400 names its path, e.g. `rules.skbComponents.1.weight`.';

// ── rounds ───────────────────────────────────────────────────────────────

export class CreateRoundDto {
  @ApiProperty({ example: 'CPNS-2026' }) @IsString() @Matches(CODE_PATTERN, { message: CODE_MESSAGE }) code: string;
  @ApiProperty({ example: 'Seleksi CPNS Pemerintah Kota Semarang 2026' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ enum: ROUND_TYPES, enumName: 'RoundType' }) @IsIn(ROUND_TYPES) type: string;
  @ApiProperty({ example: 2026, description: 'Formation year: vacancies come from approved plans of this year' }) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiProperty({ type: RoundScheduleDto }) @ValidateNested() @Type(() => RoundScheduleDto) schedule: RoundScheduleDto;
  @ApiPropertyOptional({ type: RoundRulesDto, description: RULES_DESCRIPTION }) @IsOptional() @IsObject() rules?: Record<string, unknown>;
}

export class UpdateRoundDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: RoundSchedulePatchDto }) @IsOptional() @ValidateNested() @Type(() => RoundSchedulePatchDto) schedule?: RoundSchedulePatchDto;
  @ApiPropertyOptional({ type: RoundRulesDto, description: RULES_DESCRIPTION }) @IsOptional() @IsObject() rules?: Record<string, unknown>;
}

export class RoundVersionDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
}

export class ListRoundsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2999) year?: number;
  @ApiPropertyOptional({ enum: ROUND_TYPES, enumName: 'RoundType' }) @IsOptional() @IsIn(ROUND_TYPES) type?: string;
  @ApiPropertyOptional({ enum: ROUND_STATUSES, enumName: 'RoundStatus' }) @IsOptional() @IsIn(ROUND_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Search code or name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class ListPublicRoundsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2999) year?: number;
  @ApiPropertyOptional({ enum: ROUND_TYPES, enumName: 'RoundType' }) @IsOptional() @IsIn(ROUND_TYPES) type?: string;
}

export class RoundCountsDto {
  @ApiProperty({ description: 'Vacancies (formasi) opened' }) vacancies: number;
  @ApiProperty({ description: 'Seats over every vacancy and category' }) seats: number;
  @ApiProperty({ description: 'Applications (withdrawn ones excluded)' }) applications: number;
}

export class RoundSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'CPNS-2026' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROUND_TYPES, enumName: 'RoundType' }) type: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' }) status: string;
  @ApiProperty({ enum: ROUND_PHASES, enumName: 'RoundPhase', description: 'Where the schedule stands today (a closed round is finished)' }) phase: string;
  @ApiProperty({ type: RoundScheduleDto }) schedule: RoundScheduleDto;
  @ApiProperty({ type: RoundCountsDto }) counts: RoundCountsDto;
  @ApiProperty({ description: 'Amendments made after publication' }) amendments: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedByName: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class RoundDto extends RoundSummaryDto {
  @ApiProperty({ type: RoundRulesDto }) rules: RoundRulesDto;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last ranking run' }) rankedAt: string | null;
  @ApiProperty({ type: [String], description: 'What you may do now: edit, delete, publish, close, amend, open_vacancies, edit_vacancies' }) allowedActions: string[];
}

// ── amendments ───────────────────────────────────────────────────────────

export class CreateRoundAmendmentDto {
  @ApiProperty({ description: 'The version of the round you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ example: 'Jadwal SKD diundur karena ketersediaan lokasi ujian dari BKN', description: 'Why (at least 10 characters); shown on the public page' })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  reason: string;
  @ApiPropertyOptional({ type: RoundSchedulePatchDto }) @IsOptional() @ValidateNested() @Type(() => RoundSchedulePatchDto) schedule?: RoundSchedulePatchDto;
  @ApiPropertyOptional({ type: RoundRulesDto, description: RULES_DESCRIPTION }) @IsOptional() @IsObject() rules?: Record<string, unknown>;
}

/** Any JSON value, null included (OpenAPI 3.0: the nullable flag sits on a branch, next to its type). */
const ANY_VALUE = {
  oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
};

export class ValueChangeDto {
  @ApiProperty({ example: 'schedule.skdStarts', description: 'Path of the changed field' }) path: string;
  @ApiProperty({ ...ANY_VALUE, example: '2026-09-10' }) before: unknown;
  @ApiProperty({ ...ANY_VALUE, example: '2026-09-17' }) after: unknown;
}

export class PublicRoundAmendmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [ValueChangeDto] }) changes: ValueChangeDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RoundAmendmentDto extends PublicRoundAmendmentDto {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ type: String, nullable: true }) byName: string | null;
}

// ── plan lines and vacancies ─────────────────────────────────────────────

export class ListRoundPlanLinesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Lines of this unit and its subtree' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Search position title or unit name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only lines with seats left to open' }) @IsOptional() @IsIn(['true', 'false']) available?: 'true' | 'false';
}

export class RoundPlanLineDto {
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() planName: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ROUND_TYPES, enumName: 'RoundType' }) employmentType: string;
  @ApiProperty({ type: String, nullable: true, example: 'D3 Keperawatan' }) educationRequired: string | null;
  @ApiProperty({ type: [String], enum: EDUCATION_LEVELS, enumName: 'EducationLevel', description: 'Levels read from educationRequired (the vacancy default)' })
  educationLevels: string[];
  @ApiProperty({ description: 'Formations approved on the line' }) quantity: number;
  @ApiProperty({ description: 'Seats already opened from the line, in any round' }) opened: number;
  @ApiProperty({ description: 'quantity − opened' }) remaining: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The vacancy of this round opened from the line, if any' }) vacancyId: string | null;
}

export class VacancyQuotasInputDto {
  @ApiProperty({ example: 2, description: 'General seats' }) @IsInt() @Min(0) @Max(10000) umum: number;
  @ApiPropertyOptional({ example: 0, description: 'Best graduates (cumlaude)' }) @IsOptional() @IsInt() @Min(0) @Max(10000) cumlaude?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000) disabilitas?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000) papua?: number;
}

export class VacancyQuotasDto {
  @ApiProperty({ example: 2 }) umum: number;
  @ApiProperty({ example: 0 }) cumlaude: number;
  @ApiProperty({ example: 0 }) disabilitas: number;
  @ApiProperty({ example: 0 }) papua: number;
}

export class CreateVacancyDto {
  @ApiProperty({ format: 'uuid', description: 'A line of an approved formation plan of the round’s year and type' }) @IsUUID() planLineId: string;
  @ApiPropertyOptional({ example: 'DINKES-PERAWAT-01', description: 'Unique in the round; default from the unit code and the position title' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;
  @ApiProperty({ type: VacancyQuotasInputDto, description: 'Seats per category: together at least 1, at most what remains on the line' })
  @ValidateNested()
  @Type(() => VacancyQuotasInputDto)
  quotas: VacancyQuotasInputDto;
  @ApiPropertyOptional({ type: [String], enum: EDUCATION_LEVELS, enumName: 'EducationLevel', description: 'Default: the levels of the line’s education requirement' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EDUCATION_LEVELS.length)
  @IsIn(EDUCATION_LEVELS, { each: true })
  educationLevels?: string[];
  @ApiPropertyOptional({ type: [String], example: ['Keperawatan', 'Ilmu Keperawatan'], description: 'Majors accepted; empty = any major of those levels' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  majors?: string[];
  @ApiPropertyOptional({ example: 3, description: 'Minimum GPA for this vacancy (overrides the round’s)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99.99)
  gpaMin?: number;
  @ApiPropertyOptional({ example: 40, description: 'Maximum age for this position (e.g. 40 for specialists)' }) @IsOptional() @IsInt() @Min(18) @Max(70) ageMax?: number;
}

export class UpdateVacancyDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ example: 'DINKES-PERAWAT-01' }) @IsOptional() @IsString() @Matches(CODE_PATTERN, { message: CODE_MESSAGE }) code?: string;
  @ApiPropertyOptional({ type: VacancyQuotasInputDto }) @IsOptional() @ValidateNested() @Type(() => VacancyQuotasInputDto) quotas?: VacancyQuotasInputDto;
  @ApiPropertyOptional({ type: [String], enum: EDUCATION_LEVELS, enumName: 'EducationLevel' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EDUCATION_LEVELS.length)
  @IsIn(EDUCATION_LEVELS, { each: true })
  educationLevels?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  majors?: string[];
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99.99)
  gpaMin?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(18)
  @Max(70)
  ageMax?: number | null;
}

export class ListVacanciesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Vacancies of this unit and its subtree' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Search code, position title or unit name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['code', 'unit', 'position', 'seats', 'applicants', 'applicantsPerSeat'], enumName: 'VacancySort', default: 'code' })
  @IsOptional()
  @IsIn(['code', 'unit', 'position', 'seats', 'applicants', 'applicantsPerSeat'])
  sortBy?: string;
}

export class VacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) planLineId: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: 'DINKES-PERAWAT-AHLI-PERTAMA' }) code: string;
  @ApiProperty({ type: VacancyQuotasDto }) quotas: VacancyQuotasDto;
  @ApiProperty({ description: 'Seats over every category' }) quotaTotal: number;
  @ApiProperty({ type: [String], enum: EDUCATION_LEVELS, enumName: 'EducationLevel' }) educationLevels: string[];
  @ApiProperty({ type: [String] }) majors: string[];
  @ApiProperty({ type: Number, nullable: true }) gpaMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) ageMax: number | null;
  @ApiProperty({ enum: ['open', 'closed'], enumName: 'VacancyStatus' }) status: string;
  @ApiProperty({ description: 'Applications (withdrawn ones excluded)' }) applicants: number;
  @ApiProperty({ example: 12.5, description: 'Applicants per seat (2 decimals)' }) applicantsPerSeat: number;
  @ApiProperty() version: number;
}

// ── public ───────────────────────────────────────────────────────────────

export class PublicRoundSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROUND_TYPES, enumName: 'RoundType' }) type: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' }) status: string;
  @ApiProperty({ enum: ROUND_PHASES, enumName: 'RoundPhase' }) phase: string;
  @ApiProperty({ type: RoundScheduleDto }) schedule: RoundScheduleDto;
  @ApiProperty({ type: RoundCountsDto }) counts: RoundCountsDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
}

export class PublicVacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: VacancyQuotasDto }) quotas: VacancyQuotasDto;
  @ApiProperty() quotaTotal: number;
  @ApiProperty({ type: [String], enum: EDUCATION_LEVELS, enumName: 'EducationLevel' }) educationLevels: string[];
  @ApiProperty({ type: [String] }) majors: string[];
  @ApiProperty({ type: Number, nullable: true }) gpaMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) ageMax: number | null;
  @ApiProperty() applicants: number;
  @ApiProperty() applicantsPerSeat: number;
}

export class PublicRoundDto extends PublicRoundSummaryDto {
  @ApiProperty({ type: RoundRulesDto, description: 'The rules in force (as published, with every amendment applied)' }) rules: RoundRulesDto;
  @ApiProperty({ type: [PublicRoundAmendmentDto], description: 'Changes after publication, oldest first, each with its reason' }) amendments: PublicRoundAmendmentDto[];
  @ApiProperty({ type: [PublicVacancyDto] }) vacancies: PublicVacancyDto[];
}
