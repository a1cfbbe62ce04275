/** Every call of the IKM pages, through the one typed API client (language, token, problem+json errors). */
import { api, ApiError, unwrap } from '@/api';
import { apiErrorFromResponse } from '@/api/errors';
import { i18n } from '@/i18n';
import { feedbackFailure, type FeedbackFailure } from './feedback';
import type { CommentStatus, FeedbackInput, FeedbackReceipt, IkmServiceInput, IkmServicePatch, ModerateComment } from './types';

// ── public ───────────────────────────────────────────────────────────────────
/** Units with active services, grouped (`q` searches unit and service names and codes). */
export const listPublicServices = (q?: string, unitId?: string) => unwrap(api.GET('/api/v1/public/services', { params: { query: { q: q || undefined, unitId } } }));

export const getPublicService = (code: string) => unwrap(api.GET('/api/v1/public/services/{code}', { params: { path: { code } } }));

export type FeedbackResult = { ok: true; receipt: FeedbackReceipt } | { ok: false; failure: FeedbackFailure; error: unknown };

/**
 * Sends one citizen's answers. A plain fetch (no session is involved) so the Retry-After header of a 429 can be read;
 * the device id goes in the body and in `X-Device-Id`.
 */
export async function sendFeedback(body: FeedbackInput, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)): Promise<FeedbackResult> {
  let res: Response;
  try {
    res = await fetchFn('/api/v1/public/feedback', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': i18n.global.locale.value,
        ...(body.deviceId ? { 'x-device-id': body.deviceId } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch (e) {
    const error = ApiError.network(e);
    return { ok: false, failure: feedbackFailure(error), error };
  }
  if (!res.ok) {
    const error = await apiErrorFromResponse(res);
    return { ok: false, failure: feedbackFailure(error, res.headers.get('retry-after')), error };
  }
  return { ok: true, receipt: (await res.json()) as FeedbackReceipt };
}

/** The published grades of a year (per unit, and the city total). */
export const getPublicIkm = (year?: number) => unwrap(api.GET('/api/v1/public/ikm', { params: { query: { year } } }));

// ── staff ────────────────────────────────────────────────────────────────────
/** The services of a unit and below (all of them in scope without a unit; at most 200: a unit has a handful). */
export const listServices = (unitId?: string | null) =>
  unwrap(api.GET('/api/v1/performance/ikm/services', { params: { query: { unitId: unitId || undefined, pageSize: 200 } } })).then((p) => p.items);

export const getService = (id: string) => unwrap(api.GET('/api/v1/performance/ikm/services/{id}', { params: { path: { id } } }));

export const createService = (body: IkmServiceInput) => unwrap(api.POST('/api/v1/performance/ikm/services', { body }));

export const updateService = (id: string, body: IkmServicePatch) => unwrap(api.PATCH('/api/v1/performance/ikm/services/{id}', { params: { path: { id } }, body }));

/** The desk's QR code as SVG text. */
export const getServiceQr = (id: string) => unwrap<string>(api.GET('/api/v1/performance/ikm/services/{id}/qr', { params: { path: { id } }, parseAs: 'text' }));

export const getIkmReport = (unitId: string, year: number, quarter?: number | null) =>
  unwrap(api.GET('/api/v1/performance/ikm', { params: { query: { unitId, year, quarter: quarter || undefined } } }));

export const listComments = (q: { unitId?: string | null; status?: CommentStatus | null; page?: number; pageSize?: number }) =>
  unwrap(
    api.GET('/api/v1/performance/ikm/comments', {
      params: { query: { unitId: q.unitId || undefined, status: q.status || undefined, page: q.page ?? 1, pageSize: q.pageSize ?? 20 } },
    }),
  );

export const moderateComment = (responseId: string, body: ModerateComment) =>
  unwrap(api.PATCH('/api/v1/performance/ikm/comments/{responseId}', { params: { path: { responseId } }, body }));
