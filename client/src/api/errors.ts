import type { FieldError, Problem } from './types';

/**
 * Every failed API call becomes an ApiError: the problem+json body (RFC 9457) typed, plus the
 * client-side cases (network down, unreadable body). `code` is stable and keys the message in
 * the locale files (`errors.<CODE>`); `detail` is the server's English fallback.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  readonly correlationId?: string;
  /** The whole problem body, including extension members (e.g. an import `report`). */
  readonly problem?: Problem & Record<string, unknown>;

  constructor(init: { status: number; code: string; detail?: string; fieldErrors?: FieldError[]; correlationId?: string; problem?: Problem & Record<string, unknown> }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? '';
    this.fieldErrors = init.fieldErrors ?? [];
    this.correlationId = init.correlationId;
    this.problem = init.problem;
  }

  /** Field errors keyed by path (first message wins), for forms. */
  fieldMap(): Record<string, FieldError> {
    const out: Record<string, FieldError> = {};
    for (const e of this.fieldErrors) if (!(e.path in out)) out[e.path] = e;
    return out;
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ status: 0, code: 'NETWORK_ERROR', detail: cause instanceof Error ? cause.message : String(cause) });
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

function isProblem(body: unknown): body is Problem & Record<string, unknown> {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string' && typeof (body as Problem).status === 'number';
}

/** Reads a failed response into an ApiError (problem+json when the server sent one; otherwise by status). */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await response.clone().text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (isProblem(body)) {
    return new ApiError({
      status: body.status || response.status,
      code: body.code,
      detail: body.detail,
      fieldErrors: Array.isArray(body.errors) ? body.errors : [],
      correlationId: body.correlationId,
      problem: body,
    });
  }
  return new ApiError({ status: response.status, code: `HTTP_${response.status}`, detail: response.statusText, correlationId: response.headers.get('x-request-id') ?? undefined });
}
