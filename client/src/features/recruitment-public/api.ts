/** Every call of the recruitment pages, through the one typed API client. */
import { api, unwrap } from '@/api';
import type { RegistrationInput, ResultStage, RoundAnnouncements, VacancyAnnouncement } from './types';

export const listPublicRounds = () => unwrap(api.GET('/api/v1/public/recruitment/rounds', { params: { query: { pageSize: 100 } } }));

export const getPublicRound = (id: string) => unwrap(api.GET('/api/v1/public/recruitment/rounds/{id}', { params: { path: { id } } }));

export const register = (roundId: string, body: RegistrationInput) =>
  unwrap(api.POST('/api/v1/public/recruitment/rounds/{id}/applications', { params: { path: { id: roundId } }, body }));

export const uploadDocument = (registrationNumber: string, accessCode: string, kind: string, file: File) =>
  unwrap(
    api.POST('/api/v1/public/recruitment/applications/{registrationNumber}/documents', {
      params: { path: { registrationNumber }, header: { 'X-Access-Code': accessCode } },
      // the contract types the binary part as a string; the serializer sends the File itself
      body: { kind, file: file.name },
      bodySerializer: () => {
        const fd = new FormData();
        fd.append('kind', kind);
        fd.append('file', file, file.name);
        return fd;
      },
    }),
  );

export const checkStatus = (registrationNumber: string, birthDate: string) =>
  unwrap(api.GET('/api/v1/public/recruitment/status', { params: { query: { registrationNumber, birthDate } } }));

export const appeal = (registrationNumber: string, accessCode: string, reason: string) =>
  unwrap(api.POST('/api/v1/public/recruitment/appeals', { body: { registrationNumber, accessCode, reason } }));

/** The latest publication of each stage (the answer without vacancyId). */
export const getAnnouncements = (roundId: string) =>
  unwrap(api.GET('/api/v1/public/recruitment/rounds/{id}/announcements', { params: { path: { id: roundId } } })) as Promise<RoundAnnouncements>;

/** One vacancy's published list of a stage (the answer with vacancyId). */
export const getAnnouncementEntries = (roundId: string, vacancyId: string, stage?: ResultStage) =>
  unwrap(api.GET('/api/v1/public/recruitment/rounds/{id}/announcements', { params: { path: { id: roundId }, query: { vacancyId, stage } } })) as Promise<VacancyAnnouncement>;

// ── the panelist ───────────────────────────────────────────────────────────
export const listInterviews = () => unwrap(api.GET('/api/v1/recruitment/interviews', { params: { query: { pageSize: 200 } } }));

export const getInterview = (id: string) => unwrap(api.GET('/api/v1/recruitment/interviews/{id}', { params: { path: { id } } }));

export const declare = (id: string, noConflict: boolean, statement?: string) =>
  unwrap(api.POST('/api/v1/recruitment/interviews/{id}/declaration', { params: { path: { id } }, body: { noConflict, statement } }));

export const submitScores = (id: string, scores: Record<string, number>, note: string | undefined, version: number) =>
  unwrap(api.PUT('/api/v1/recruitment/interviews/{id}/scores', { params: { path: { id } }, body: { scores, note, version } }));
