/**
 * The Performance (Kinerja) contract as the staff pages use it: short names for the generated schemas of
 * `openapi/openapi.json` where they are unambiguous; the plan shapes are written out from the contract because their
 * schema names (PerformancePlanDto, PerformancePlanSummaryDto, PlanListDto) are shared with the needs module's plans in the generated file.
 */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

export const PREDICATES = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predicate = (typeof PREDICATES)[number];
/** Below Baik: finalising an annual predicate like this needs a coaching record. */
export const PREDICATES_BELOW_BAIK: readonly Predicate[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang'];
export const RATINGS = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATINGS)[number];
/** The seven BerAKHLAK core values, in their order. */
export const BEHAVIOURS = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
export const UNIT_RATINGS = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type UnitRating = (typeof UNIT_RATINGS)[number];
export const PLAN_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const REPORT_STATUSES = ['pending', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type Checkpoints = 'monthly' | 'quarterly';

export type Period = S['PeriodDto'];
export type Target = S['TargetDto'];
export type EvidenceFile = S['EvidenceFileDto'];
export type Report = S['ReportDto'];
export type ReportList = S['ReportPage'];
export type Monitoring = S['MonitoringDto'];
export type MonitoringPerson = S['MonitoringPersonDto'];
export type MonitoringUnit = S['MonitoringUnitDto'];
export type Coaching = S['CoachingDto'];
export type CoachingAction = S['CoachingActionDto'];
export type CoachingList = S['CoachingPage'];
export type Evaluation = S['EvaluationDto'];
export type EvaluationSheet = S['PlanEvaluationDto'];
export type PredicateResult = S['PredicateResultDto'];
export type Distribution = S['UnitDistributionDto'];
export type DistributionViolation = S['DistributionViolationDto'];
export type UnitSummary = S['UnitSummaryDto'];
export type UnitSummaryChild = S['UnitSummaryChildDto'];
export interface BehaviourScore {
  rating: Rating;
  note?: string;
}

/** A plan in a list (performance `PerformancePlanSummaryDto` of the contract). */
export interface PlanSummary {
  id: string;
  periodId: string;
  employeeId: string;
  employeeName: string;
  nip: string | null;
  positionTitle: string | null;
  unitId: string;
  unitName: string;
  leaderEmployeeId: string | null;
  leaderName: string | null;
  status: PlanStatus;
  revision: number;
  targetCount: number;
  weightTotal: number;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number;
  returnReason?: string | null;
}
export interface PlanList {
  items: PlanSummary[];
  total: number;
  page: number;
  pageSize: number;
}
/** A plan with its targets (performance `PerformancePlanDto`). */
export interface Plan extends PlanSummary {
  targets: Target[];
  leaderTargets: { id: string; title: string }[];
  allowedActions?: ('edit' | 'submit' | 'approve' | 'return' | 'revise')[];
  on?: string;
  atRiskThreshold?: number;
}
export interface TargetInput {
  id?: string;
  parentTargetId?: string | null;
  title: string;
  expectation?: string;
  quantity: number;
  quantityUnit: string;
  qualityPct?: number;
  deadline?: string;
  months?: number;
  cost?: number;
  weight: number;
}
/** What the employee sends: a realised quantity or a percentage, plus evidence (a file or a link). */
export interface ReportInput {
  realised?: number;
  realisedPercent?: number;
  reportedOn?: string;
  note?: string;
  evidenceLink?: string;
  file?: File | null;
}

/** A live event of `GET /performance/stream` (the data of each type per the contract). */
export interface StreamEvent {
  id: string | null;
  type: string;
  data: Record<string, unknown>;
}
