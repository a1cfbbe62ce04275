/** Short names for the Competency schemas of the contract (generated from openapi/openapi.json; never hand-written). */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

export type Competency = S['CompetencyDto'];
export type CompetencyType = S['CompetencyType'];
export type CompetencyLevel = S['CompetencyLevelDto'];
export type PositionStandard = S['PositionStandardDto'];
export type StandardItem = S['StandardItemDto'];
export type StandardItemInput = S['StandardItemInputDto'];
export type Assessment = S['AssessmentDto'];
export type AssessmentSource = S['AssessmentSource'];
export type EmployeeGap = S['EmployeeGapDto'];
export type GapItem = S['GapItemDto'];
export type GapSummary = S['GapSummaryDto'];
export type GapSort = S['GapSort'];
export type JpmFilter = S['JpmFilter'];
export type Heatmap = S['HeatmapDto'];
export type HeatmapCell = S['HeatmapCellDto'];
export type FunctionalLevel = S['FunctionalLevel'];
export type PositionKind = S['PositionKind'];

/** Enum values as runtime arrays (checked against the contract at compile time). */
export const COMPETENCY_TYPES = ['technical', 'managerial', 'socio_cultural'] as const satisfies readonly CompetencyType[];
export const ASSESSMENT_SOURCES = ['assessment_centre', 'test', 'supervisor', 'training_post_test'] as const satisfies readonly AssessmentSource[];
export const JPM_FILTERS = ['optimal', 'cukup_optimal', 'kurang_optimal', 'not_assessed'] as const satisfies readonly JpmFilter[];
export const FUNCTIONAL_LEVELS = ['pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const satisfies readonly FunctionalLevel[];
/** Competency levels 1–5. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type GapPage = S['GapPageDto'];
export type CompetencyPage = S['CompetencyPage'];

export type TrainingProgram = S['TrainingProgramDto'];
export type TrainingProgramPage = S['TrainingProgramPage'];
export type TrainingType = S['TrainingType'];
export type TrainingMode = S['TrainingMode'];
export type TrainingSession = S['TrainingSessionDto'];
export type TrainingSessionPage = S['TrainingSessionPage'];
export type TrainingSessionStatus = S['TrainingSessionStatus'];
export type TrainingEnrolment = S['TrainingEnrolmentDto'];
export type TrainingEnrolmentPage = S['TrainingEnrolmentPage'];
export type TrainingEnrolmentStatus = S['TrainingEnrolmentStatus'];
export type AttendanceSheet = S['AttendanceSheetDto'];
export type SessionCompletion = S['SessionCompletionDto'];
export type CertificateCheck = S['CertificateCheckDto'];
export type TrainingActivity = S['TrainingActivityDto'];
export type TrainingActivityPage = S['TrainingActivityPage'];
export type TrainingActivityInputKind = S['TrainingActivityInputKind'];
export type TrainingActivityStatus = S['TrainingActivityStatus'];
export type TrainingHoursPage = S['TrainingHoursPageDto'];
export type EmployeeHours = S['EmployeeHoursDto'];
export type TrainingHoursSort = S['TrainingHoursSort'];
export type RecommendationList = S['RecommendationListDto'];
export type DevelopmentPlan = S['DevelopmentPlanDto'];
export type DevelopmentPlanPage = S['DevelopmentPlanPage'];
export type DevelopmentPlanStatus = S['DevelopmentPlanStatus'];

export const TRAINING_TYPES = ['technical', 'managerial', 'socio_cultural', 'soft_skill'] as const satisfies readonly TrainingType[];
export const TRAINING_MODES = ['classroom', 'online', 'blended', 'e_learning', 'coaching', 'webinar'] as const satisfies readonly TrainingMode[];
export const SESSION_STATUSES = ['open', 'completed', 'cancelled'] as const satisfies readonly TrainingSessionStatus[];
export const ACTIVITY_KINDS = ['coaching', 'e_learning', 'webinar', 'seminar', 'self_study', 'other'] as const satisfies readonly TrainingActivityInputKind[];
export type TrainingProgramSort = S['TrainingProgramSort'];
