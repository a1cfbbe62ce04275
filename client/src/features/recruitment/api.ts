/** Every call of the recruitment staff pages, through the one typed API client. */
import { api, unwrap } from '@/api';
import { downloadFrom } from '@/composables/useDownload';
import type { AppealStatus, Category, ResultStage, RoundRules, RoundSchedule, RoundStatus, RoundType, ScoreKind, Stage } from './types';

const path = (id: string) => ({ params: { path: { id } } });

// rounds
export interface RoundInput {
  code: string;
  name: string;
  type: RoundType;
  year: number;
  schedule: RoundSchedule;
  rules: RoundRules;
}
export const listRounds = (query: { page: number; pageSize: number; year?: number; type?: RoundType; status?: RoundStatus }) =>
  unwrap(api.GET('/api/v1/recruitment/rounds', { params: { query } }));
export const getRound = (id: string) => unwrap(api.GET('/api/v1/recruitment/rounds/{id}', path(id)));
/** The rules a new round starts from (the reference rules in force, with the module's defaults). */
export const getRuleDefaults = () => unwrap(api.GET('/api/v1/recruitment/rule-defaults'));
export const createRound = (body: RoundInput) => unwrap(api.POST('/api/v1/recruitment/rounds', { body }));
/** A draft's name, schedule and rules (the code, type and year are fixed once created). */
export const updateRound = (id: string, body: { name: string; schedule: RoundSchedule; rules: RoundRules; version: number }) =>
  unwrap(api.PATCH('/api/v1/recruitment/rounds/{id}', { ...path(id), body }));
export const publishRound = (id: string, version: number) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/publish', { ...path(id), body: { version } }));
export const closeRound = (id: string, version: number) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/close', { ...path(id), body: { version } }));
export const listAmendments = (id: string) => unwrap(api.GET('/api/v1/recruitment/rounds/{id}/amendments', path(id)));
export const amendRound = (id: string, body: { reason: string; schedule: RoundSchedule; rules: RoundRules; version: number }) =>
  unwrap(api.POST('/api/v1/recruitment/rounds/{id}/amendments', { ...path(id), body }));

// vacancies
export interface VacancyInput {
  planLineId: string;
  code?: string;
  quotas: Record<Category, number>;
  educationLevels: (typeof import('./types').EDUCATION_LEVELS)[number][];
  majors: string[];
  gpaMin?: number;
  ageMax?: number;
}
export const listPlanLines = (id: string) =>
  unwrap(api.GET('/api/v1/recruitment/rounds/{id}/plan-lines', { params: { path: { id }, query: { page: 1, pageSize: 200, available: 'true' } } }));
/** Every page of a list (the server's largest page, up to `maxPages` of them): for choices and look-ups, not for tables. */
export async function allPages<T>(fetch: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>, maxPages = 10): Promise<T[]> {
  const pageSize = 200;
  const first = await fetch(1, pageSize);
  const pages = Math.min(maxPages, Math.ceil(first.total / pageSize));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetch(i + 2, pageSize)));
  return [first, ...rest].flatMap((p) => p.items);
}
/** Every plan line of the round's year and type (opened or not): the vacancies' links to their plans. */
export const listAllPlanLines = (id: string) =>
  allPages((page, pageSize) => unwrap(api.GET('/api/v1/recruitment/rounds/{id}/plan-lines', { params: { path: { id }, query: { page, pageSize } } })));
export const listVacancies = (id: string, query: { page: number; pageSize: number; q?: string }) =>
  unwrap(api.GET('/api/v1/recruitment/rounds/{id}/vacancies', { params: { path: { id }, query } }));
/** Every vacancy of the round (the filters' choices). */
export const listAllVacancies = (id: string) => allPages((page, pageSize) => listVacancies(id, { page, pageSize }));
export const createVacancy = (id: string, body: VacancyInput) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/vacancies', { ...path(id), body }));
export const deleteVacancy = (id: string) => unwrap(api.DELETE('/api/v1/recruitment/vacancies/{id}', path(id)));

// applications
export interface ApplicationQuery {
  roundId?: string;
  vacancyId?: string;
  stage?: Stage;
  category?: Category;
  q?: string;
}
export const listApplications = (query: ApplicationQuery & { page: number; pageSize: number }) => unwrap(api.GET('/api/v1/recruitment/applications', { params: { query } }));
export const getApplication = (id: string) => unwrap(api.GET('/api/v1/recruitment/applications/{id}', path(id)));
export const decideAdmin = (id: string, body: { checklist: Record<string, boolean>; note?: string; version: number }) =>
  unwrap(api.POST('/api/v1/recruitment/applications/{id}/admin-decision', { ...path(id), body }));
export const exportApplications = (query: ApplicationQuery) =>
  downloadFrom(api.GET('/api/v1/recruitment/applications/export', { params: { query }, parseAs: 'blob' }), 'lamaran.xlsx');
/** A document as a blob URL the browser opens in a new tab (the request carries the session's token). */
export async function documentUrl(id: string, kind: string): Promise<string> {
  const { data, response } = await api.GET('/api/v1/recruitment/applications/{id}/documents/{kind}', { params: { path: { id, kind } }, parseAs: 'blob' });
  return URL.createObjectURL(data ?? new Blob([], { type: response.headers.get('content-type') ?? 'application/octet-stream' }));
}
/** The scores that change (after an import), with the reason the audit keeps and the application's version. */
export interface ScoreCorrection {
  reason: string;
  version: number;
  twk?: number;
  tiu?: number;
  tkp?: number;
  skbComponents?: Record<string, number>;
  technical?: number;
  managerialSocioCultural?: number;
  interview?: number;
}
export const correctScores = (id: string, body: ScoreCorrection) => unwrap(api.PATCH('/api/v1/recruitment/applications/{id}/scores', { ...path(id), body }));
export const appoint = (id: string, body: { appointmentDate: string; nip?: string }) => unwrap(api.POST('/api/v1/recruitment/applications/{id}/appoint', { ...path(id), body }));

// appeals
export const listAppeals = (query: { roundId?: string; status?: AppealStatus; page: number; pageSize: number }) =>
  unwrap(api.GET('/api/v1/recruitment/appeals', { params: { query } }));
export const answerAppeal = (id: string, body: { accepted: boolean; answer: string; version: number }) =>
  unwrap(api.POST('/api/v1/recruitment/appeals/{id}/answer', { ...path(id), body }));

// scores
export const importScores = (id: string, kind: ScoreKind, dryRun: boolean, file: File) =>
  unwrap(
    api.POST('/api/v1/recruitment/rounds/{id}/scores/import', {
      params: { path: { id }, query: { kind, dryRun: String(dryRun) as 'true' | 'false' } },
      // the contract types the binary part as a string; the serializer sends the File itself
      body: { file: file.name },
      bodySerializer: () => {
        const fd = new FormData();
        fd.append('file', file, file.name);
        return fd;
      },
    }),
  );
export const listImports = (id: string) => unwrap(api.GET('/api/v1/recruitment/rounds/{id}/scores/imports', { params: { path: { id }, query: { page: 1, pageSize: 50 } } }));
export const downloadTemplate = (id: string, kind: ScoreKind) =>
  downloadFrom(api.GET('/api/v1/recruitment/rounds/{id}/scores/template', { params: { path: { id }, query: { kind } }, parseAs: 'blob' }), `template-${kind}.xlsx`);

// interviews
export const listPanelists = () => unwrap(api.GET('/api/v1/recruitment/panelists'));
export const assignInterviews = (id: string, body: { panelistIds: string[]; vacancyId?: string }) =>
  unwrap(api.POST('/api/v1/recruitment/rounds/{id}/interviews/assign', { ...path(id), body }));
export const listInterviews = (query: { roundId?: string; vacancyId?: string; page: number; pageSize: number }) =>
  unwrap(api.GET('/api/v1/recruitment/interviews', { params: { query } }));

// ranking, results, funnel
export const runShortlist = (id: string) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/shortlist', path(id)));
export const runRanking = (id: string) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/rank', path(id)));
export const getRanking = (id: string, query: { vacancyId?: string; category?: Category; page: number; pageSize: number }) =>
  unwrap(api.GET('/api/v1/recruitment/rounds/{id}/ranking', { params: { path: { id }, query } }));
export const publishResults = (id: string, body: { stage: ResultStage; note?: string }) => unwrap(api.POST('/api/v1/recruitment/rounds/{id}/results', { ...path(id), body }));
export const listResults = (id: string) => unwrap(api.GET('/api/v1/recruitment/rounds/{id}/results', { params: { path: { id }, query: { page: 1, pageSize: 50 } } }));
export const getFunnel = (id: string, vacancyId?: string) =>
  unwrap(api.GET('/api/v1/recruitment/rounds/{id}/funnel', { params: { path: { id }, query: vacancyId ? { vacancyId } : {} } }));
export const exportFunnel = (id: string, vacancyId?: string) =>
  downloadFrom(
    api.GET('/api/v1/recruitment/rounds/{id}/funnel/export', { params: { path: { id }, query: vacancyId ? { vacancyId } : {} }, parseAs: 'blob' }),
    'corong-seleksi.xlsx',
  );
