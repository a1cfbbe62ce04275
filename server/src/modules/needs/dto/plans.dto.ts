import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

export const PLAN_STATUSES = ['draft', 'submitted', 'verified', 'approved', 'rejected'] as const;
export const EMPLOYMENT_TYPES = ['cpns', 'pppk'] as const;
export const MAX_BUDGET = 1e15;

export class PlanPinDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  positionId: string;

  @ApiProperty({ description: 'Formations to keep for this position whatever the optimiser says', example: 2 })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity: number;
}

export class CreatePlanDto {
  @ApiProperty({ example: 'Usulan Formasi 2027' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 2027, description: 'The year the formations are for' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Unit subtree the plan covers (operators: required, inside their unit; default for planners: the city)' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Base year of the analysis (default: this year)' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  baseYear?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Draft under a what-if scenario' })
  @IsOptional()
  @IsUUID()
  scenarioId?: string;

  @ApiProperty({ example: 25000000000, description: 'Most the formations may cost a year, rupiah (> 0)' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(MAX_BUDGET)
  budgetCeiling: number;

  @ApiProperty({ example: 300, description: 'Most formations in the plan (> 0)' })
  @IsInt()
  @Min(1)
  @Max(100000)
  maxFormations: number;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType', default: 'cpns' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  defaultEmploymentType?: 'cpns' | 'pppk';

  @ApiPropertyOptional({ example: 5860000000000, description: 'Total city spending (belanja daerah), for the share against the 30 % cap' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(1e16)
  cityBudget?: number;

  @ApiPropertyOptional({ example: 1733000000000, description: 'Current personnel spending (belanja pegawai)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e16)
  currentPersonnelSpending?: number;

  @ApiPropertyOptional({ type: [PlanPinDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PlanPinDto)
  pins?: PlanPinDto[];

  @ApiPropertyOptional({ type: [String], description: 'Positions the optimiser must leave out' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  excludes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class OptimisePlanDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ example: 25000000000 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(MAX_BUDGET)
  budgetCeiling?: number;

  @ApiPropertyOptional({ example: 300 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  maxFormations?: number;
}

export class UpdatePlanDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(1e16)
  cityBudget?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e16)
  currentPersonnelSpending?: number | null;
}

export class AddPlanLineDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  planVersion: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  positionId: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity: number;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: 'cpns' | 'pppk';

  @ApiPropertyOptional({ example: 'S1 Keperawatan (Ners)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  educationRequired?: string;

  @ApiPropertyOptional({ description: 'Why it is added' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class UpdatePlanLineDto {
  @ApiProperty({ description: 'The line version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ description: 'Formations (0 keeps the line with nothing proposed); never more than the shortage' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  quantity?: number;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: 'cpns' | 'pppk';

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(60)
  educationRequired?: string | null;

  @ApiPropertyOptional({ description: 'Keep this quantity when the optimiser runs again' })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;

  @ApiPropertyOptional({ description: 'Leave this position out when the optimiser runs again (quantity becomes 0)' })
  @IsOptional()
  @IsBoolean()
  excluded?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class PlanTransitionDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ description: 'A note kept in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RejectPlanDto {
  @ApiProperty({ description: 'The plan version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ example: 'Formasi guru melebihi kuota nasional; kurangi 20.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class ListPlansQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: PLAN_STATUSES, enumName: 'PlanStatus' })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: 'Plans waiting for an action you may take (submitted → verify, verified → approve)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  inbox?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['year', 'name', 'status', 'updatedAt', 'formations', 'cost'], enumName: 'PlanSort' })
  @IsOptional()
  @IsIn(['year', 'name', 'status', 'updatedAt', 'formations', 'cost'])
  sortBy?: 'year' | 'name' | 'status' | 'updatedAt' | 'formations' | 'cost';
}

export class PlanLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() unitCode: string;
  @ApiProperty() sector: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: Number, nullable: true }) class: number | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' }) employmentType: string;
  @ApiProperty({ type: String, nullable: true }) educationRequired: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'III/a', description: 'Entry rank the cost is for' }) rank: string | null;
  @ApiProperty({ example: 59000000 }) annualCostPerPerson: number;
  @ApiProperty({ description: 'quantity × annualCostPerPerson' }) annualCost: number;
  @ApiProperty({ description: 'Shortage in the plan year: the most the line may propose' }) shortage: number;
  @ApiProperty() quantity: number;
  @ApiProperty({ description: 'Value of one formation (sector weight × pressure)' }) weight: number;
  @ApiProperty() pinned: boolean;
  @ApiProperty() excluded: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the line is there (optimiser or planner)' }) reason: string | null;
  @ApiProperty() version: number;
}

export class PersonnelSpendingDto {
  @ApiProperty({ example: 30 }) capPercent: number;
  @ApiProperty() cityBudget: number;
  @ApiProperty() currentPersonnelSpending: number;
  @ApiProperty({ example: 29.58 }) currentPercent: number;
  @ApiProperty({ description: 'With this plan’s yearly cost added' }) projectedPercent: number;
  @ApiProperty({ description: 'Rupiah left under the cap after this plan (negative: over)' }) headroom: number;
  @ApiProperty() withinCap: boolean;
}

export class OptimiserSummaryDto {
  @ApiProperty({ example: 'highs', description: 'highs (exact integer programme) or greedy' }) method: string;
  @ApiProperty({ example: 'optimal' }) status: string;
  @ApiProperty({ description: 'Σ weight × quantity' }) objective: number;
  @ApiProperty({ description: 'What greedy by weight per cost reaches' }) greedyObjective: number;
  @ApiProperty() candidates: number;
  @ApiProperty() ms: number;
  @ApiPropertyOptional({ description: 'Why the exact solver gave no answer (greedy was kept)' }) solverError?: string;
  @ApiPropertyOptional({ description: 'The solver’s answer was trimmed to fit the budget exactly' }) repaired?: boolean;
  @ApiProperty() at: string;
}

export class UncoveredLineDto {
  @ApiProperty({ format: 'uuid', description: 'The plan line: raise its quantity with updatePlanLine' }) lineId: string;
  @ApiProperty({ description: 'The line version, for updatePlanLine' }) version: number;
  @ApiProperty() quantity: number;
  @ApiProperty({ description: 'Shortage in the plan year when the plan was drafted' }) shortage: number;
  @ApiProperty() annualCostPerPerson: number;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' }) employmentType: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() unitName: string;
  @ApiProperty() sector: string;
  @ApiProperty({ description: 'Shortage left without a formation' }) uncovered: number;
  @ApiProperty({ description: 'Yearly cost to cover it' }) cost: number;
  @ApiProperty() weight: number;
}

export class PlanTotalsDto {
  @ApiProperty() formations: number;
  @ApiProperty() annualCost: number;
  @ApiProperty() budgetLeft: number;
  @ApiProperty() formationsLeft: number;
  @ApiProperty({ description: 'Σ shortage of the candidate lines' }) shortage: number;
  @ApiProperty({ description: 'Shortage the plan covers' }) covered: number;
  @ApiProperty() uncovered: number;
  @ApiProperty({ description: 'Yearly cost of covering the rest' }) uncoveredCost: number;
  @ApiProperty() weightedCovered: number;
  @ApiProperty() weightedShortage: number;
  @ApiProperty() cpns: number;
  @ApiProperty() pppk: number;
}

export class PlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId: string | null;
  @ApiProperty({ example: 'Pemerintah Kota Semarang' }) orgUnitName: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status: string;
  @ApiProperty({ description: 'Revision in its lineage (a copy of an approved plan is +1)' }) revision: number;
  @ApiProperty() budgetCeiling: number;
  @ApiProperty() maxFormations: number;
  @ApiProperty() formations: number;
  @ApiProperty() annualCost: number;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedByName: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export class PlanDto extends PlanSummaryDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) copiedFromId: string | null;
  @ApiProperty() baseYear: number;
  @ApiProperty() horizon: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scenarioId: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' }) defaultEmploymentType: string;
  @ApiProperty({ type: Number, nullable: true }) cityBudget: number | null;
  @ApiProperty({ type: Number, nullable: true }) currentPersonnelSpending: number | null;
  @ApiProperty({ type: PersonnelSpendingDto, nullable: true, description: 'Share of the city budget against the legal cap (when budget figures are given)' })
  personnelSpending: PersonnelSpendingDto | null;
  @ApiProperty({ type: PlanTotalsDto }) totals: PlanTotalsDto;
  @ApiProperty({ type: OptimiserSummaryDto, nullable: true }) optimiser: OptimiserSummaryDto | null;
  @ApiProperty({ type: [PlanLineDto] }) lines: PlanLineDto[];
  @ApiProperty({
    type: [UncoveredLineDto],
    description: 'Shortages the plan leaves uncovered, by weight (top 50): a snapshot of the candidates when the plan was drafted; raise a line to cover more',
  })
  uncovered: UncoveredLineDto[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty({ type: [String], description: 'Actions the caller may take now: edit, submit, verify, approve, reject, copy' }) allowedActions: string[];
  @ApiProperty() createdAt: string;
}

// ── scenarios ────────────────────────────────────────────────────────────
export class ScenarioParamsDto {
  @ApiPropertyOptional({ example: 0.01, description: 'Added to every driver’s yearly growth rate (0.01 = +1 point)' })
  @IsOptional()
  @IsNumber()
  @Min(-0.5)
  @Max(0.5)
  driverGrowthDelta?: number;

  @ApiPropertyOptional({ example: 1.5, description: 'Multiplies every attrition rate' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(20)
  attritionMultiplier?: number;

  @ApiPropertyOptional({ example: 2, description: 'Years added to every retirement age (retirement dates shift)' })
  @IsOptional()
  @IsInt()
  @Min(-10)
  @Max(10)
  retirementAgeDelta?: number;

  @ApiPropertyOptional({ example: 20000000000, description: 'Budget ceiling for a plan under this scenario' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(MAX_BUDGET)
  budgetCeiling?: number;

  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;
}

export class ScenarioDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId: string | null;
  @ApiProperty() orgUnitName: string;
  @ApiProperty() baseYear: number;
  @ApiProperty() horizon: number;
  @ApiProperty({ type: ScenarioParamsDto }) params: ScenarioParamsDto;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export class CreateScenarioDto {
  @ApiProperty({ example: 'Pensiun diperpanjang 2 tahun' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  baseYear?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;

  @ApiProperty({ type: ScenarioParamsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScenarioParamsDto)
  params: ScenarioParamsDto;
}

export class UpdateScenarioDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;

  @ApiPropertyOptional({ type: ScenarioParamsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScenarioParamsDto)
  params?: ScenarioParamsDto;
}

export class ScenarioSideDto {
  @ApiProperty({ description: 'Base or the scenario name' }) label: string;
  @ApiProperty({ type: [Number] }) demand: number[];
  @ApiProperty({ type: [Number] }) supply: number[];
  @ApiProperty({ type: [Number] }) retirements: number[];
  @ApiProperty({ type: [Number] }) shortage: number[];
  @ApiProperty({ type: [Number] }) surplus: number[];
  @ApiProperty({ type: [Number] }) gap: number[];
  @ApiProperty({ type: Number, nullable: true, description: 'Formations the optimiser would fund (when a budget is set)' }) formations: number | null;
  @ApiProperty({ type: Number, nullable: true }) covered: number | null;
  @ApiProperty({ type: Number, nullable: true }) annualCost: number | null;
}

export class ScenarioGroupDiffDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Base-year shortage, base' }) baseShortage: number;
  @ApiProperty() scenarioShortage: number;
  @ApiProperty({ description: 'Shortage in the last year, base' }) baseShortageEnd: number;
  @ApiProperty() scenarioShortageEnd: number;
  @ApiProperty({ description: 'scenarioShortageEnd − baseShortageEnd' }) difference: number;
}

export class ScenarioComparisonDto {
  @ApiProperty({ type: ScenarioDto }) scenario: ScenarioDto;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: ScenarioSideDto }) base: ScenarioSideDto;
  @ApiProperty({ type: ScenarioSideDto }) whatIf: ScenarioSideDto;
  @ApiProperty({ type: ScenarioSideDto, description: 'whatIf − base, per year' }) difference: ScenarioSideDto;
  @ApiProperty({ type: [ScenarioGroupDiffDto], description: 'Per sector' }) bySector: ScenarioGroupDiffDto[];
  @ApiProperty() computeMs: number;
}

export class ListScenariosQueryDto extends PageQueryDto {}
