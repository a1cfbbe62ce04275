import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDivisibleBy, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CATEGORIES, type Category } from '../recruitment.types.js';

export const SKD_FAILURE_KEYS = ['twk', 'tiu', 'tkp', 'total'] as const;

/** Where the rules of a calculation came from: a round's published rules, or a reference rule in force today. */
export class RecruitmentRuleVersionDto {
  @ApiProperty({ enum: ['round', 'reference'], enumName: 'RecruitmentRuleSource' }) source: 'round' | 'reference';
  @ApiProperty({ example: 'recruitment.skd_passing_grades', description: 'Reference rule key, or `rules.<section>` of the round' }) key: string;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-01', description: 'Reference rule: the date its version took effect' }) effectiveFrom: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Reference rule: its legal basis' }) legalBasis: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) roundId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CPNS-2026' }) roundCode: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The round version whose rules were used' }) roundVersion: number | null;
}

// ── SKD ──────────────────────────────────────────────────────────────────
export class SkdCalculationDto {
  @ApiProperty({ example: 110, minimum: 0, maximum: 150, description: 'TWK: 30 questions, 5 or 0 points (a multiple of 5)' })
  @IsInt()
  @Min(0)
  @Max(150)
  @IsDivisibleBy(5, { message: 'twk must be a multiple of 5' })
  twk: number;

  @ApiProperty({ example: 130, minimum: 0, maximum: 175, description: 'TIU: 35 questions, 5 or 0 points (a multiple of 5)' })
  @IsInt()
  @Min(0)
  @Max(175)
  @IsDivisibleBy(5, { message: 'tiu must be a multiple of 5' })
  tiu: number;

  @ApiProperty({ example: 180, minimum: 0, maximum: 225, description: 'TKP: 45 questions, 1–5 points each' })
  @IsInt()
  @Min(0)
  @Max(225)
  tkp: number;

  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' })
  @IsIn(CATEGORIES)
  category: Category;

  @ApiPropertyOptional({ format: 'uuid', description: "Use this round's passing grades (default: the reference rule in force today)" })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class SkdPassingGradeDto {
  @ApiProperty({ type: Number, nullable: true, example: 65, description: 'umum only' }) twk: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 80 }) tiu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 166, description: 'umum only' }) tkp: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Special categories only' }) total: number | null;
}

export class SkdMaxDto {
  @ApiProperty({ example: 150 }) twk: number;
  @ApiProperty({ example: 175 }) tiu: number;
  @ApiProperty({ example: 225 }) tkp: number;
  @ApiProperty({ example: 550 }) total: number;
}

export class SkdResultDto {
  @ApiProperty() twk: number;
  @ApiProperty() tiu: number;
  @ApiProperty() tkp: number;
  @ApiProperty({ enum: CATEGORIES, enumName: 'RecruitmentCategory' }) category: Category;
  @ApiProperty({ example: 420, description: 'TWK + TIU + TKP' }) total: number;
  @ApiProperty({ type: SkdMaxDto }) max: SkdMaxDto;
  @ApiProperty() passed: boolean;
  @ApiProperty({ enum: SKD_FAILURE_KEYS, enumName: 'SkdFailure', isArray: true, description: 'Every grade not reached, in the order twk, tiu, tkp, total' })
  failedOn: string[];
  @ApiProperty({ type: SkdPassingGradeDto, description: "The category's passing grade" }) passingGrade: SkdPassingGradeDto;
  @ApiProperty({ type: RecruitmentRuleVersionDto }) ruleVersion: RecruitmentRuleVersionDto;
}

// ── final score ──────────────────────────────────────────────────────────
export class FinalScoreCalculationDto {
  @ApiProperty({ example: 420, minimum: 0, maximum: 550, description: 'SKD total (TWK + TIU + TKP)' })
  @IsInt()
  @Min(0)
  @Max(550)
  skdTotal: number;

  @ApiProperty({ example: 80, minimum: 0, maximum: 100, description: 'SKB score on 0–100 (up to 3 decimals)' })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  skbScore: number;

  @ApiPropertyOptional({ format: 'uuid', description: "Use this round's weights (default: the reference rule in force today)" })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class FinalScoreResultDto {
  @ApiProperty({ example: 420 }) skdTotal: number;
  @ApiProperty({ example: 80 }) skbScore: number;
  @ApiProperty({ example: 550 }) skdMax: number;
  @ApiProperty({ example: 76.36, description: 'SKD / skdMax × 100, rounded half-up to 2 decimals (shown; the final score uses the unrounded value)' })
  skdScaled: number;
  @ApiProperty({ example: 30.545454545454547, description: 'skdWeight × SKD / skdMax × 100, full precision' }) skdPart: number;
  @ApiProperty({ example: 48, description: 'skbWeight × SKB, full precision' }) skbPart: number;
  @ApiProperty({ example: 78.55, description: 'skdPart + skbPart, rounded half-up to 2 decimals' }) finalScore: number;
  @ApiProperty({ example: 0.4 }) skdWeight: number;
  @ApiProperty({ example: 0.6 }) skbWeight: number;
  @ApiProperty({ type: RecruitmentRuleVersionDto }) ruleVersion: RecruitmentRuleVersionDto;
}
