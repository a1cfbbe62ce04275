/** Short names for the Recruitment schemas of the contract (generated from openapi/openapi.json; never hand-written). */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

export type RoundType = S['RoundType'];
export const ROUND_TYPES = ['cpns', 'pppk'] as const satisfies readonly RoundType[];
export type RoundStatus = S['RoundStatus'];
export const ROUND_STATUSES = ['draft', 'published', 'closed'] as const satisfies readonly RoundStatus[];
export type Category = S['RecruitmentCategory'];
export const CATEGORIES = ['umum', 'cumlaude', 'disabilitas', 'papua'] as const satisfies readonly Category[];
export type Stage = S['ApplicationStage'];
export const STAGES = [
  'registered',
  'admin_passed',
  'admin_failed',
  'skd_passed',
  'skd_failed',
  'shortlisted',
  'not_shortlisted',
  'passed',
  'not_passed',
  'appointed',
  'withdrawn',
] as const satisfies readonly Stage[];
export type EducationLevel = S['EducationLevel'];
export const EDUCATION_LEVELS = ['SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'PROFESI', 'S2', 'S3'] as const satisfies readonly EducationLevel[];
export type ScoreKind = S['ScoreKind'];
export const SCORE_KINDS = ['skd', 'skb', 'pppk'] as const satisfies readonly ScoreKind[];
export type ResultStage = S['ResultStage'];
export const RESULT_STAGES = ['administrative', 'skd', 'final'] as const satisfies readonly ResultStage[];
export type AppealStatus = S['AppealStatus'];
export const APPEAL_STATUSES = ['pending', 'accepted', 'rejected'] as const satisfies readonly AppealStatus[];

/** ISO dates (yyyy-mm-dd, WIB calendar days), each on or after the previous one. */
export const SCHEDULE_KEYS = [
  'registrationOpens',
  'registrationCloses',
  'adminSelectionEnds',
  'appealOpens',
  'appealCloses',
  'appealAnswerBy',
  'skdStarts',
  'skdEnds',
  'skbStarts',
  'skbEnds',
  'announcement',
] as const;
export type ScheduleKey = (typeof SCHEDULE_KEYS)[number];
export type RoundSchedule = Record<ScheduleKey, string>;

export type SkbComponent = S['SkbComponentDto'];
export type RubricCriterion = S['RubricCriterionDto'];
export type RequiredDocument = S['RequiredDocumentDto'];
export type RoundRules = S['RoundRulesDto'];
export type Quotas = Record<Category, number>;

export type Round = S['RoundDto'];
export type RoundSummary = S['RoundSummaryDto'];
export type RoundPhase = S['RoundPhase'];
export type Amendment = S['RoundAmendmentDto'];
export type PlanLineOption = S['RoundPlanLineDto'];
export type Vacancy = S['VacancyDto'];
export type ApplicationRow = S['ApplicationListItemDto'];
export type ApplicationDetail = S['ApplicationDetailDto'];
export type AdminCheck = S['AdminCheckDto'];
export type Appeal = S['AppealDto'];
export type ImportReport = S['ScoreImportReportDto'];
export type ScoreImport = S['ScoreImportDto'];
export type InterviewRow = S['InterviewListItemDto'];
export type AssignResult = S['AssignPanelistsResultDto'];
export type ShortlistResult = S['ShortlistResultDto'];
export type RankRun = S['RankResultDto'];
export type RankingRow = S['RankingEntryDto'];
export type Publication = S['ResultSummaryDto'];
export type Funnel = S['FunnelDto'];
export type Panelist = S['UserDto'];
