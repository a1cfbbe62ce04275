/**
 * Every call of the Kinerja staff pages, through the one API client (bearer token, refresh-and-retry, problem+json
 * errors). The paths follow the published contract; the server's endpoints were being built alongside these pages, so
 * the calls go through a loosely typed view of the same client, typed with ./types (see there).
 */
import { api, unwrap } from '@/api';
import { downloadFrom } from '@/composables/useDownload';
import type {
  Coaching,
  CoachingAction,
  CoachingList,
  Distribution,
  Evaluation,
  EvaluationSheet,
  Monitoring,
  Period,
  Plan,
  PlanList,
  PlanStatus,
  PredicateResult,
  Rating,
  Report,
  ReportInput,
  ReportList,
  ReportStatus,
  TargetInput,
  UnitRating,
  UnitSummary,
  Behaviour,
  BehaviourScore,
} from './types';

type Query = Record<string, string | number | boolean | undefined | null>;
interface Init {
  params?: { path?: Record<string, string>; query?: Query };
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  parseAs?: 'blob' | 'json';
}
type Call = (path: string, init?: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/** The same client (same middleware), without the compile-time path list. */
const loose = api as unknown as { GET: Call; POST: Call; PUT: Call; PATCH: Call };

const P = '/api/v1/performance';
/** Query values as sent: empty ones left out, booleans as 'true'. */
function clean(q: Query): Query {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false));
}
const get = <T>(path: string, query: Query = {}, pathParams?: Record<string, string>) =>
  unwrap(loose.GET(path, { params: { path: pathParams, query: clean(query) } })) as Promise<T>;
const post = <T>(path: string, body: unknown, pathParams?: Record<string, string>) => unwrap(loose.POST(path, { params: { path: pathParams }, body })) as Promise<T>;
const put = <T>(path: string, body: unknown, pathParams?: Record<string, string>) => unwrap(loose.PUT(path, { params: { path: pathParams }, body })) as Promise<T>;
const patch = <T>(path: string, body: unknown, pathParams?: Record<string, string>) => unwrap(loose.PATCH(path, { params: { path: pathParams }, body })) as Promise<T>;
const id = (v: string) => ({ id: v });

// periods
export const listPeriods = () => get<Period[]>(`${P}/periods`);

// plans
export const listPlans = (q: { periodId?: string; unitId?: string; status?: PlanStatus; employeeId?: string; awaitingMe?: boolean; page?: number; pageSize?: number }) =>
  get<PlanList>(`${P}/plans`, q);
export const getPlan = (planId: string) => get<Plan>(`${P}/plans/{id}`, {}, id(planId));
export const createPlan = (body: { periodId: string; employeeId?: string }) => post<Plan>(`${P}/plans`, body);
export const saveTargets = (planId: string, body: { version: number; targets: TargetInput[] }) => put<Plan>(`${P}/plans/{id}/targets`, body, id(planId));
export const submitPlan = (planId: string, version: number) => post<Plan>(`${P}/plans/{id}/submit`, { version }, id(planId));
export const approvePlan = (planId: string, version: number) => post<Plan>(`${P}/plans/{id}/approve`, { version }, id(planId));
export const returnPlan = (planId: string, version: number, reason: string) => post<Plan>(`${P}/plans/{id}/return`, { version, reason }, id(planId));
export const revisePlan = (planId: string, version: number, reason: string) => post<Plan>(`${P}/plans/{id}/revise`, { version, reason }, id(planId));

// reports
/** The report form's body: JSON without a file, multipart/form-data with one (the photo taken on the phone). */
export function reportBody(input: ReportInput): FormData | Record<string, unknown> {
  const fields: Record<string, string | number> = {};
  if (input.realisedPercent != null) fields.realisedPercent = input.realisedPercent;
  else if (input.realised != null) fields.realised = input.realised;
  if (input.reportedOn) fields.reportedOn = input.reportedOn;
  if (input.note?.trim()) fields.note = input.note.trim();
  if (input.evidenceLink?.trim()) fields.evidenceLink = input.evidenceLink.trim();
  if (!input.file) return fields;
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, String(v));
  fd.append('file', input.file, input.file.name);
  return fd;
}
export const submitReport = (targetId: string, input: ReportInput) => {
  const body = reportBody(input);
  return unwrap(
    loose.POST(`${P}/targets/{id}/reports`, {
      params: { path: id(targetId) },
      body,
      // a FormData goes as it is (the browser sets the multipart boundary)
      ...(body instanceof FormData ? { bodySerializer: (b: unknown) => b } : {}),
    }),
  ) as Promise<Report>;
};
export const listTargetReports = (targetId: string) => get<Report[]>(`${P}/targets/{id}/reports`, {}, id(targetId));
export const listReports = (q: { status?: ReportStatus; awaitingMe?: boolean; employeeId?: string; page?: number; pageSize?: number }) => get<ReportList>(`${P}/reports`, q);
export const decideReport = (reportId: string, body: { decision: 'accept' | 'return'; comment?: string; version: number }) =>
  post<Report>(`${P}/reports/{id}/decision`, body, id(reportId));
/** The evidence file as a blob URL (the request carries the session's token), for a preview or a new tab. */
export async function evidenceUrl(reportId: string): Promise<{ url: string; type: string }> {
  const { data, response } = await loose.GET(`${P}/reports/{id}/evidence`, { params: { path: id(reportId) }, parseAs: 'blob' });
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { url: URL.createObjectURL((data as Blob | undefined) ?? new Blob([], { type })), type };
}

// monitoring
export interface MonitoringQuery {
  periodId?: string;
  unitId?: string;
  on?: string;
  atRiskOnly?: boolean;
  page?: number;
  pageSize?: number;
}
export const getMonitoring = (q: MonitoringQuery) => get<Monitoring>(`${P}/monitoring`, { ...q });
export const exportMonitoring = (q: MonitoringQuery) =>
  downloadFrom(
    loose.GET(`${P}/monitoring/export`, { params: { query: clean({ ...q, page: undefined, pageSize: undefined }) }, parseAs: 'blob' }) as Promise<{
      data?: Blob;
      response: Response;
    }>,
    'pemantauan-kinerja.xlsx',
  );

// coaching
export const listCoaching = (q: { employeeId?: string; periodId?: string; status?: 'open' | 'closed'; overdue?: boolean; page?: number; pageSize?: number }) =>
  get<CoachingList>(`${P}/coaching`, q);
export const openCoaching = (body: { employeeId: string; periodId: string; targetId?: string; cause: string; actions: CoachingAction[]; followUpOn: string }) =>
  post<Coaching>(`${P}/coaching`, body);
export const updateCoaching = (coachingId: string, body: { version: number; outcome?: string; followUpOn?: string; actions?: CoachingAction[]; status?: 'open' | 'closed' }) =>
  patch<Coaching>(`${P}/coaching/{id}`, body, id(coachingId));

// appraisal
export const getEvaluation = (planId: string) => get<EvaluationSheet>(`${P}/plans/{id}/evaluation`, {}, id(planId));
export const saveEvaluation = (
  planId: string,
  body: { checkpoint: number; resultRating?: Rating; behaviours: Record<Behaviour, BehaviourScore>; behaviourRating?: Rating; note?: string; version?: number },
) => put<Evaluation>(`${P}/plans/{id}/evaluation`, body, id(planId));
export const finaliseEvaluation = (planId: string, body: { checkpoint: number; version: number }) => post<Evaluation>(`${P}/plans/{id}/evaluation/finalise`, body, id(planId));
export const calculatePredicate = (resultRating: Rating, behaviourRating: Rating) =>
  unwrap(api.POST('/api/v1/performance/calculate/predicate', { body: { resultRating, behaviourRating } })) as Promise<PredicateResult>;
export const getDistribution = (periodId: string, unitId: string) => get<Distribution>(`${P}/periods/{id}/units/{unitId}/distribution`, {}, { id: periodId, unitId });
export const lockDistribution = (periodId: string, unitId: string, version?: number | null) =>
  post<Distribution>(`${P}/periods/{id}/units/{unitId}/lock`, version != null ? { version } : {}, { id: periodId, unitId });
export const setUnitRating = (periodId: string, unitId: string, rating: UnitRating) =>
  put<unknown>(`${P}/periods/{id}/units/{unitId}/rating`, { rating }, { id: periodId, unitId });

// city view
export const getUnitSummary = (unitId: string, periodId?: string) => get<UnitSummary>(`${P}/units/{unitId}/summary`, { periodId }, { unitId });
