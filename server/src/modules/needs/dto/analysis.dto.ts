import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { NEEDS_METHODS, SECTORS } from '../../org/dto/org.dto.js';
import { POSITION_KINDS } from '../../reference/dto/reference.dto.js';
import { RuleRefDto } from './calculators.dto.js';

export const GROUP_BYS = ['position', 'unit', 'sector', 'kind'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const ANALYSIS_SORTS = [
  'label',
  'unit',
  'sector',
  'kind',
  'method',
  'class',
  'existing',
  'demand',
  'supply',
  'gap',
  'shortage',
  'surplus',
  'retirements',
  'pressure',
  'priority',
] as const;
export type AnalysisSort = (typeof ANALYSIS_SORTS)[number];

export class AnalysisScopeQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Unit subtree (default: your unit, or the whole city)' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'First year of the projection (default: this year)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  baseYear?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 5, description: 'Years projected, base year included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  horizon?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Compute under a what-if scenario' })
  @IsOptional()
  @IsUUID()
  scenarioId?: string;
}

export class AnalysisQueryDto extends IntersectionType(PageQueryDto, AnalysisScopeQueryDto) {
  @ApiPropertyOptional({ enum: GROUP_BYS, enumName: 'AnalysisGroupBy', default: 'position' })
  @IsOptional()
  @IsIn(GROUP_BYS)
  groupBy?: GroupBy;

  @ApiPropertyOptional({ enum: SECTORS, enumName: 'Sector' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ enum: POSITION_KINDS, enumName: 'PositionKind' })
  @IsOptional()
  @IsIn(POSITION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: NEEDS_METHODS, enumName: 'NeedsMethod' })
  @IsOptional()
  @IsIn(NEEDS_METHODS)
  method?: string;

  @ApiPropertyOptional({ description: 'Only rows with a shortage in the base year' })
  @IsOptional()
  @IsIn(['true', 'false'])
  shortageOnly?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Search position title or unit name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ANALYSIS_SORTS, enumName: 'AnalysisSort', default: 'priority', description: 'Year columns sort by the base year' })
  @IsOptional()
  @IsIn(ANALYSIS_SORTS)
  sortBy?: AnalysisSort;
}

export class HeadcountByStatusDto {
  @ApiProperty() total: number;
  @ApiProperty() pns: number;
  @ApiProperty() cpns: number;
  @ApiProperty() pppk: number;
}

export class AnalysisRowDto {
  @ApiProperty({ description: 'Position id, unit id, sector or kind, by groupBy' }) key: string;
  @ApiProperty({ example: 'Perawat Terampil' }) label: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) positionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ type: String, nullable: true }) unitCode: string | null;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ type: String, nullable: true }) kind: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Kelas jabatan (positions only)' }) class: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Education required (positions only)' }) educationRequired: string | null;
  @ApiProperty({ example: 'workload', description: 'workload | ratio | wisn | fixed, or mixed for a group' }) method: string;
  @ApiProperty({ example: 'tasks', description: 'What the demand rests on: tasks, norm, study, family share, fixed, no_data, or mixed' }) basis: string;
  @ApiProperty({ description: 'Positions in the row' }) positions: number;
  @ApiProperty({ type: HeadcountByStatusDto, description: 'Active holders now' }) existing: HeadcountByStatusDto;
  @ApiProperty({ description: 'Required FTE in the base year, full precision (workload FTE, WISN staff; headcount for ratio and fixed)' }) requiredFte: number;
  @ApiProperty({
    type: [Number],
    description:
      'Required people per year: whole people by the position’s own method; a family’s entry position carries the family need less the other positions’ projected supply, which is an expected value and may be fractional',
  })
  demand: number[];
  @ApiProperty({ type: [Number], description: 'Projected supply per year (end of year), full precision' }) supply: number[];
  @ApiProperty({ type: [Number], description: 'Expected retirements per year (never more than the expected supply left after attrition)' })
  retirements: number[];
  @ApiProperty({ type: [Number], description: 'Expected leavers other than retirement (rule supply.attrition_rates)' }) attrition: number[];
  @ApiProperty({ type: [Number], description: 'Recruits from approved formation plans' }) recruits: number[];
  @ApiProperty({ type: [Number], description: 'supply − demand (+ surplus, − shortage)' }) gap: number[];
  @ApiProperty({ type: [Number], description: 'Σ of the positions’ shortages (never netted against surpluses)' }) shortage: number[];
  @ApiProperty({ type: [Number] }) surplus: number[];
  @ApiProperty({ description: 'Workload pressure (EJ, 1/WISN ratio, required/existing), capped' }) pressure: number;
  @ApiProperty({ description: 'Base-year shortage × sector weight × pressure' }) priority: number;
}

export class AnalysisTotalsDto {
  @ApiProperty() positions: number;
  @ApiProperty({ type: HeadcountByStatusDto }) existing: HeadcountByStatusDto;
  @ApiProperty() requiredFte: number;
  @ApiProperty({ type: [Number] }) demand: number[];
  @ApiProperty({ type: [Number] }) supply: number[];
  @ApiProperty({ type: [Number] }) retirements: number[];
  @ApiProperty({ type: [Number] }) attrition: number[];
  @ApiProperty({ type: [Number] }) recruits: number[];
  @ApiProperty({ type: [Number] }) gap: number[];
  @ApiProperty({ type: [Number] }) shortage: number[];
  @ApiProperty({ type: [Number] }) surplus: number[];
  @ApiProperty() priority: number;
}

export class AnalysisPageDto {
  @ApiProperty({ type: [AnalysisRowDto] }) items: AnalysisRowDto[];
  @ApiProperty({ description: 'Rows matching the filters' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [Number], example: [2026, 2027, 2028, 2029, 2030] }) years: number[];
  @ApiProperty() baseYear: number;
  @ApiProperty() horizon: number;
  @ApiProperty({ enum: GROUP_BYS, enumName: 'AnalysisGroupBy' }) groupBy: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scenarioId: string | null;
  @ApiProperty({ type: AnalysisTotalsDto, description: 'Sums over every row matching the filters (all pages)' }) totals: AnalysisTotalsDto;
  @ApiProperty({ type: [RuleRefDto] }) rules: RuleRefDto[];
  @ApiProperty({ description: 'Server time the figures took to compute, ms (for a cached result: when it was computed)' }) computeMs: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set when the figures were reused from a computation made this long ago (at most NEEDS_CACHE_SECONDS; any audited write clears it)',
  })
  cachedAt: string | null;
}

export class ExplainNodeDto {
  @ApiProperty({ example: 'Beban kerja' }) label: string;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiPropertyOptional({ example: 'menit' }) unit?: string;
  @ApiPropertyOptional({ example: 'Σ volume × menit' }) formula?: string;
  @ApiPropertyOptional({ type: RuleRefDto }) rule?: RuleRefDto;
  @ApiPropertyOptional({ example: 'half_up' }) rounding?: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: () => [ExplainNodeDto] }) children: ExplainNodeDto[];
}

export class ExplainQueryDto extends PickType(AnalysisScopeQueryDto, ['baseYear', 'horizon', 'scenarioId'] as const) {}

export class PositionExplainDto {
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() method: string;
  @ApiProperty() basis: string;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: AnalysisRowDto }) row: AnalysisRowDto;
  @ApiProperty({ type: ExplainNodeDto, description: 'From inputs to result' }) tree: ExplainNodeDto;
}

export class NeedsDashboardDto {
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: AnalysisTotalsDto }) totals: AnalysisTotalsDto;
  @ApiProperty({ type: [AnalysisRowDto], description: 'Per sector' }) bySector: AnalysisRowDto[];
  @ApiProperty({ type: [AnalysisRowDto], description: 'Units with the largest base-year shortage (top 15)' }) topUnits: AnalysisRowDto[];
  @ApiProperty({ type: [AnalysisRowDto], description: 'Worst-covered services: positions with the highest priority (top 15)' }) worstCovered: AnalysisRowDto[];
  @ApiProperty({ type: [AnalysisRowDto], description: 'Per position kind' }) byKind: AnalysisRowDto[];
  @ApiProperty({ description: 'Doctors, nurses and midwives per 1,000 population in the subtree (WHO SDG threshold beside it)', type: Number, nullable: true })
  healthWorkersPer1000: number | null;
  @ApiProperty({ type: Number, nullable: true }) whoThresholdPer1000: number | null;
  @ApiProperty() computeMs: number;
}
