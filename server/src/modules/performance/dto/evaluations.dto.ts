import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UNIT_RATINGS } from '../calc/distribution.js';
import { PREDICATES, RATINGS } from '../calc/predicate.js';

/** The seven BerAKHLAK core values, in this order. */
export const BERAKHLAK = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
export type BerakhlakKey = (typeof BERAKHLAK)[number];

export class BehaviourScoreDto {
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating', description: 'above, meets or below expectations' })
  @IsIn(RATINGS)
  rating: string;

  @ApiPropertyOptional({ example: 'Ramah dan sigap melayani pasien lansia', description: 'The evidence behind the rating' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

class BehaviourScoreOutDto {
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating' }) rating: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

const behaviour = (label: string) => (target: object, key: string) => {
  ApiProperty({ type: BehaviourScoreDto, description: label })(target, key);
  IsDefined({ message: `${key} is required (all seven BerAKHLAK values are rated)` })(target, key);
  IsObject()(target, key);
  ValidateNested()(target, key);
  Type(() => BehaviourScoreDto)(target, key);
};

/** The seven BerAKHLAK values, each rated with a note. */
export class BehavioursDto {
  @behaviour('Berorientasi Pelayanan') berorientasi_pelayanan: BehaviourScoreDto;
  @behaviour('Akuntabel') akuntabel: BehaviourScoreDto;
  @behaviour('Kompeten') kompeten: BehaviourScoreDto;
  @behaviour('Harmonis') harmonis: BehaviourScoreDto;
  @behaviour('Loyal') loyal: BehaviourScoreDto;
  @behaviour('Adaptif') adaptif: BehaviourScoreDto;
  @behaviour('Kolaboratif') kolaboratif: BehaviourScoreDto;
}

export class BehavioursOutDto {
  @ApiProperty({ type: BehaviourScoreOutDto }) berorientasi_pelayanan: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) akuntabel: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) kompeten: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) harmonis: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) loyal: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) adaptif: BehaviourScoreOutDto;
  @ApiProperty({ type: BehaviourScoreOutDto }) kolaboratif: BehaviourScoreOutDto;
}

export class SaveEvaluationDto {
  @ApiProperty({ example: 0, minimum: 0, maximum: 12, description: '0 = the annual evaluation; 1…12 (monthly) or 1…4 (quarterly) = a checkpoint of the period' })
  @IsInt()
  @Min(0)
  @Max(12)
  checkpoint: number;

  @ApiPropertyOptional({
    enum: RATINGS,
    enumName: 'PerformanceRating',
    description:
      'Result rating (hasil kerja). Required, except for the head of a unit: theirs follows the unit’s rating for the period (istimewa → above, baik → meets, others → below) and what is sent is ignored.',
  })
  @IsOptional()
  @IsIn(RATINGS)
  resultRating?: string;

  @ApiProperty({ type: BehavioursDto, description: 'The seven BerAKHLAK values, each rated (all seven required)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BehavioursDto)
  behaviours: BehavioursDto;

  @ApiPropertyOptional({ enum: RATINGS, enumName: 'PerformanceRating', description: 'Behaviour rating (perilaku kerja); default: the median of the seven ratings' })
  @IsOptional()
  @IsIn(RATINGS)
  behaviourRating?: string;

  @ApiPropertyOptional({ example: 'Capaian target imunisasi di atas rata-rata puskesmas' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ description: 'The version of the evaluation you read (required to change an existing one); a stale one gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class FinaliseEvaluationDto {
  @ApiProperty({ example: 0, minimum: 0, maximum: 12, description: '0 = annual' }) @IsInt() @Min(0) @Max(12) checkpoint: number;
  @ApiProperty({ description: 'The version of the evaluation you read; a stale one gets 409' }) @IsInt() @Min(1) version: number;
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '0 = annual; 1… = a checkpoint' }) checkpoint: number;
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating' }) resultRating: string;
  @ApiProperty({ description: 'true when the result rating was taken from the unit’s rating (the head of the unit)' }) resultFromUnitRating: boolean;
  @ApiProperty({ type: BehavioursOutDto }) behaviours: BehavioursOutDto;
  @ApiProperty({ enum: RATINGS, enumName: 'PerformanceRating' }) behaviourRating: string;
  @ApiProperty({ enum: PREDICATES, enumName: 'PerformancePredicate' }) predicate: string;
  @ApiProperty({ example: 'Baik' }) label: string;
  @ApiProperty({ description: 'Butuh Perbaikan or worse: a coaching dialogue is required before an annual one is finalised' }) coachingRequired: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: ['draft', 'final'], enumName: 'EvaluationStatus' }) status: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finalisedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) evaluatorName: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class PlanEvaluationDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty() periodName: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Checkpoints of the period (evaluations 1…n); 0 is the annual one' }) checkpoints: number;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() employeeName: string;
  @ApiProperty() nip: string;
  @ApiProperty({ nullable: true, type: String }) positionTitle: string | null;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leaderEmployeeId: string | null;
  @ApiProperty({ nullable: true, type: String }) leaderName: string | null;
  @ApiProperty({ enum: ['draft', 'submitted', 'approved'], enumName: 'PlanStatus' }) planStatus: string;
  @ApiProperty({ description: 'The employee holds the head position of the plan’s unit: the result rating follows the unit rating' }) isHead: boolean;
  @ApiProperty({ enum: UNIT_RATINGS, enumName: 'UnitRating', nullable: true, type: String }) unitRating: string | null;
  @ApiProperty({ description: 'The unit’s annual results are locked: no more changes' }) unitLocked: boolean;
  @ApiProperty({ description: 'Whether you may save and finalise evaluations of this plan' }) canEvaluate: boolean;
  @ApiProperty({ type: [EvaluationDto], description: 'Annual (0) first, then the checkpoints in order' }) evaluations: EvaluationDto[];
  @ApiProperty({ description: 'Coaching dialogues recorded for the employee in this period' }) coachingCount: number;
}

// ── unit ratings and the distribution ─────────────────────────────────────

export class SetUnitRatingDto {
  @ApiProperty({ enum: UNIT_RATINGS, enumName: 'UnitRating', description: 'The unit’s own rating for the period (sets the distribution limits and its head’s result rating)' })
  @IsIn(UNIT_RATINGS)
  rating: string;

  @ApiPropertyOptional({ description: 'The version you read when changing an existing rating; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class LockUnitDto {
  @ApiPropertyOptional({ description: 'The version of the unit rating you read; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class UnitRatingDto {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: UNIT_RATINGS, enumName: 'UnitRating' }) rating: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lockedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lockedByName: string | null;
  @ApiProperty() version: number;
}

export class PredicateCountsDto {
  @ApiProperty() sangat_baik: number;
  @ApiProperty() baik: number;
  @ApiProperty() butuh_perbaikan: number;
  @ApiProperty() kurang: number;
  @ApiProperty() sangat_kurang: number;
}

export class DistributionLimitDto {
  @ApiProperty({ example: 'baik', description: 'The rule’s group: one predicate or several joined by `_or_`' }) group: string;
  @ApiProperty({ enum: PREDICATES, enumName: 'PerformancePredicate', isArray: true }) predicates: string[];
  @ApiProperty({ enum: ['min', 'max'], enumName: 'DistributionLimitKind' }) kind: string;
  @ApiProperty({ type: Number, nullable: true, example: 0.7, description: 'Share of the staff (0–1), null for a plain count' }) share: number | null;
  @ApiProperty({ example: 7, description: 'The count for this unit’s staff: at least (min, rounded up) or at most (max, rounded down)' }) count: number;
  @ApiProperty({ description: 'How many there are now (annual evaluations, draft or final)' }) actual: number;
}

export class DistributionViolationDto {
  @ApiProperty({ example: 'baik' }) group: string;
  @ApiProperty({ enum: PREDICATES, enumName: 'PerformancePredicate', isArray: true }) predicates: string[];
  @ApiProperty({ enum: ['min', 'max'], enumName: 'DistributionLimitKind' }) kind: string;
  @ApiProperty({ type: Number, nullable: true }) share: number | null;
  @ApiProperty({ example: 7, description: 'The count the rule asks for' }) limit: number;
  @ApiProperty({ example: 8 }) actual: number;
  @ApiProperty({ example: 1, description: 'How many people must move for the rule to hold' }) excess: number;
  @ApiProperty({ example: 'at most 7 of 10 may be Baik (70%); 8 are' }) message: string;
}

export class MissingEvaluationDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() name: string;
  @ApiProperty() nip: string;
  @ApiProperty({ enum: ['none', 'draft'], enumName: 'MissingEvaluationStatus', description: 'No annual evaluation yet, or a draft one' }) status: string;
}

export class UnitDistributionDto {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: UNIT_RATINGS, enumName: 'UnitRating', nullable: true, type: String, description: 'null until the unit is rated' }) rating: string | null;
  @ApiProperty({ description: 'The unit’s own staff: plans of the period in this unit (not the subtree)' }) staff: number;
  @ApiProperty({ description: 'Staff with an annual evaluation (draft or final)' }) evaluated: number;
  @ApiProperty({ description: 'Staff with a final annual evaluation' }) finalised: number;
  @ApiProperty({ type: PredicateCountsDto, description: 'Annual predicates (draft or final) of the unit’s staff' }) counts: PredicateCountsDto;
  @ApiProperty({ type: [DistributionLimitDto], description: 'The limits for the unit’s rating (reference rule performance.distribution_limits), as counts for its staff' })
  limits: DistributionLimitDto[];
  @ApiProperty({ type: [DistributionViolationDto], description: 'Limits the counts break (from checkDistribution over the staff)' }) violations: DistributionViolationDto[];
  @ApiProperty({ description: 'Rated, every staff member has a final annual evaluation and no limit is broken' }) canLock: boolean;
  @ApiProperty({ type: [MissingEvaluationDto], description: 'Staff without a final annual evaluation' }) missing: MissingEvaluationDto[];
  @ApiProperty() locked: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lockedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lockedByName: string | null;
  @ApiProperty({ type: PredicateCountsDto, nullable: true, description: 'The distribution stored at the lock' }) lockedCounts: PredicateCountsDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Version of the unit rating (null until rated)' }) version: number | null;
}
