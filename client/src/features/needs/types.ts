/** Short names for the Needs schemas of the contract (generated from openapi/openapi.json; never hand-written). */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

export type Sector = S['Sector'];
export type NeedsMethod = S['NeedsMethod'];
export type PositionKind = S['PositionKind'];
export type UnitKind = S['UnitKind'];
export type RuleRef = S['RuleRefDto'];

export type AnalysisGroupBy = S['AnalysisGroupBy'];
export type AnalysisSort = S['AnalysisSort'];
export type AnalysisRow = S['AnalysisRowDto'];
export type AnalysisTotals = S['AnalysisTotalsDto'];
export type AnalysisPage = S['AnalysisPageDto'];
export type NeedsDashboard = S['NeedsDashboardDto'];
export type ExplainNode = S['ExplainNodeDto'];
export type PositionExplain = S['PositionExplainDto'];

export type VolumePeriod = S['VolumePeriod'];
export type WorkloadTask = S['WorkloadTaskDto'];
export type PositionWorkload = S['PositionWorkloadDto'];
export type WorkloadCalculation = S['WorkloadCalculationDto'];
export type WorkloadResult = S['WorkloadResultDto'];
export type UpdateWorkloadTask = S['UpdateWorkloadTaskDto'];

export type NormBasis = S['NormBasis'];
export type NormRounding = NonNullable<S['RatioNormDto']['rounding']>;
export type SchoolLevel = NonNullable<S['RatioNormDto']['schoolLevel']>;
export type RatioNorm = S['RatioNormDto'];
export type CreateRatioNorm = S['CreateRatioNormDto'];
export type UpdateRatioNorm = S['UpdateRatioNormDto'];

export type AllowancePeriod = S['AllowancePeriod'];
export type WisnCalculation = S['WisnCalculationDto'];
export type WisnResult = S['WisnResultDto'];
export type WisnStudy = S['WisnStudyDto'];
export type WisnStudySummary = S['WisnStudySummaryDto'];
export type WisnStudySort = S['WisnStudySort'];

export type PlanStatus = S['PlanStatus'];
export type EmploymentType = S['EmploymentType'];
export type PlanSummary = S['PlanSummaryDto'];
export type Plan = S['PlanDto'];
export type PlanLine = S['PlanLineDto'];
export type UpdatePlanLine = S['UpdatePlanLineDto'];
export type CreatePlan = S['CreatePlanDto'];
export type PlanSort = S['PlanSort'];

export type Scenario = S['ScenarioDto'];
export type ScenarioParams = S['ScenarioParamsDto'];
export type ScenarioComparison = S['ScenarioComparisonDto'];
export type ScenarioSide = S['ScenarioSideDto'];

/** Enum values as runtime arrays (checked against the contract at compile time). */
export const SECTORS = ['kesehatan', 'pendidikan', 'infrastruktur', 'pemerintahan', 'ekonomi', 'sosial', 'lainnya'] as const satisfies readonly Sector[];
export const NEEDS_METHODS = ['workload', 'ratio', 'wisn', 'fixed'] as const satisfies readonly NeedsMethod[];
export const POSITION_KINDS = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const satisfies readonly PositionKind[];
export const GROUP_BYS = ['position', 'unit', 'sector', 'kind'] as const satisfies readonly AnalysisGroupBy[];
export const VOLUME_PERIODS = ['day', 'week', 'month', 'year'] as const satisfies readonly VolumePeriod[];
export const ALLOWANCE_PERIODS = ['day', 'week', 'month', 'year'] as const satisfies readonly AllowancePeriod[];
export const NORM_BASES = ['per_driver', 'per_100k', 'class_teacher', 'subject_teacher'] as const satisfies readonly NormBasis[];
export const NORM_ROUNDINGS = ['ceil', 'half_up', 'floor'] as const satisfies readonly NormRounding[];
export const SCHOOL_LEVELS = ['sd', 'smp', 'sma', 'smk'] as const satisfies readonly SchoolLevel[];
export const UNIT_KINDS = [
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'rsud',
  'puskesmas',
  'sekolah',
  'kecamatan',
  'kelurahan',
  'uptd',
  'bagian',
] as const satisfies readonly UnitKind[];
export const PLAN_STATUSES = ['draft', 'submitted', 'verified', 'approved', 'rejected'] as const satisfies readonly PlanStatus[];
export const EMPLOYMENT_TYPES = ['cpns', 'pppk'] as const satisfies readonly EmploymentType[];
/** The `ruleField`s of a per-100k norm that the rule `ratio.health_per_100k` knows. */
export const HEALTH_RULE_FIELDS = ['general_practitioner', 'dentist', 'nurse', 'midwife'] as const;
