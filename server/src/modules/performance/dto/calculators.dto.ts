import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { PREDICATES, RATINGS } from '../calc/predicate.js';

/** Which reference rule a calculation used. */
export class PerformanceRuleVersionDto {
  @ApiProperty({ example: 'performance.predicate_matrix' }) key: string;
  @ApiProperty({ example: '2022-01-01', description: 'The date the version took effect' }) effectiveFrom: string;
  @ApiProperty({ example: 'PermenPAN-RB No. 6 Tahun 2022' }) legalBasis: string;
}

export class PredicateCalculationDto {
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating', description: 'Result rating (hasil kerja): above, meets or below expectations' })
  @IsIn(RATINGS)
  resultRating: string;
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating', description: 'Behaviour rating (perilaku kerja, BerAKHLAK)' })
  @IsIn(RATINGS)
  behaviourRating: string;
}

export class PredicateResultDto {
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating' }) resultRating: string;
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating' }) behaviourRating: string;
  @ApiProperty({ enum: PREDICATES, enumName: 'PerformancePredicate' }) predicate: string;
  @ApiProperty({ example: 'Baik' }) label: string;
  @ApiProperty({ description: 'Butuh Perbaikan or worse: a recorded coaching dialogue with a follow-up plan is required' }) coachingRequired: boolean;
  @ApiProperty({ type: PerformanceRuleVersionDto }) ruleVersion: PerformanceRuleVersionDto;
}

export class IkmCalculationDto {
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4, nullable: true }, minItems: 9, maxItems: 9 },
    example: [
      [4, 3, 3, 4, 3, 4, 4, null, 3],
      [3, 3, 4, 4, 3, 3, 4, 3, 3],
    ],
    description: 'Responses: nine answers each (1–4; null for an element left unanswered, left out of its mean). Either this or elementMeans.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100_000)
  responses?: (number | null)[][];

  @ApiPropertyOptional({ type: [Number], minItems: 9, maxItems: 9, example: [3.2, 3.1, 3.0, 3.4, 3.5, 3.3, 3.6, 2.9, 3.2], description: 'The nine element means (NRR, 1–4)' })
  @IsOptional()
  @IsArray()
  @IsNumber({}, { each: true })
  elementMeans?: number[];

  @ApiPropertyOptional({ example: 1000, description: 'Population served in the period (N): the response carries the minimum sample' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population?: number;
}

export class IkmElementDto {
  @ApiProperty({ example: 'persyaratan' }) key: string;
  @ApiProperty({ example: 3.2, description: 'Mean of the answers given (NRR), 4 decimals' }) mean: number;
  @ApiProperty({ description: 'Answers counted (0 when means were sent)' }) answered: number;
}

export class IkmResultDto {
  @ApiProperty({ type: [Number], description: 'The nine element means (NRR), 4 decimals' }) elementMeans: number[];
  @ApiProperty({ type: [IkmElementDto] }) elements: IkmElementDto[];
  @ApiProperty({ example: 3.2444, description: 'Σ NRR / 9, 4 decimals' }) index: number;
  @ApiProperty({ example: 81.11, description: 'index × 25, 2 decimals' }) convertedIndex: number;
  @ApiProperty({ example: 'B', enum: ['A', 'B', 'C', 'D'], enumName: 'IkmGrade' }) grade: string;
  @ApiProperty({ example: 'Baik' }) label: string;
  @ApiProperty({ description: 'Responses counted (0 when means were sent)' }) responses: number;
  @ApiProperty({ type: Number, nullable: true, example: 278, description: 'Krejcie & Morgan minimum sample for the population sent' }) minimumSample: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the responses reach the minimum sample' }) sampleSufficient: boolean | null;
  @ApiProperty({ type: PerformanceRuleVersionDto }) ruleVersion: PerformanceRuleVersionDto;
}
