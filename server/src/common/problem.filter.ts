import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, FieldError, ProblemBody } from './problem.js';
import { currentCorrelationId } from './request-context.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

interface PgLikeError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
  table?: string;
  driverError?: PgLikeError;
}

export interface ProblemResult {
  body: ProblemBody;
  headers: Record<string, string>;
}

/** Columns named in a PostgreSQL error detail, e.g. `Key (nip)=(1966...) already exists.` → nip. */
function columnFromDetail(detail?: string): string | undefined {
  const m = detail && /Key \(([^)]+)\)/.exec(detail);
  return m
    ? m[1]
        .split(',')[0]
        .trim()
        .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
    : undefined;
}

function fromPg(err: PgLikeError): { status: number; code: string; detail: string; errors?: FieldError[] } | undefined {
  const e = err.driverError ?? err;
  switch (e.code) {
    case '23505': {
      const path = columnFromDetail(e.detail) ?? 'id';
      return { status: 409, code: 'DUPLICATE', detail: `A record with this ${path} already exists.`, errors: [{ path, code: 'unique', message: `${path} must be unique` }] };
    }
    case '23503': {
      const path = columnFromDetail(e.detail) ?? 'id';
      return {
        status: 409,
        code: 'REFERENCED',
        detail: `The record is referenced by or refers to a missing ${path}.`,
        errors: [{ path, code: 'reference', message: `${path} refers to a record that does not exist or is still in use` }],
      };
    }
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return { status: 400, code: 'VALIDATION_FAILED', detail: 'A value has the wrong format.' };
    case '23514':
      return { status: 422, code: 'CHECK_VIOLATION', detail: `A value breaks the rule ${e.constraint ?? ''}.`.trim() };
    case '40001':
    case '40P01':
      return { status: 409, code: 'CONCURRENT_UPDATE', detail: 'Another change happened at the same time; try again.' };
    default:
      return undefined;
  }
}

export function buildProblem(err: unknown, instance: string, correlationId: string): ProblemResult {
  const headers: Record<string, string> = {};
  let status = 500;
  let code = 'INTERNAL_ERROR';
  let title = TITLES[500];
  let detail = 'An unexpected error occurred. Quote the correlation id when you report it.';
  let errors: FieldError[] | undefined;
  let extra: Record<string, unknown> | undefined;

  // Fastify's own errors (body parsing, size limits) arrive wrapped in an HttpException by Nest.
  const cause = err instanceof HttpException ? (err as { cause?: unknown }).cause : undefined;
  if (cause && typeof cause === 'object' && typeof (cause as { statusCode?: unknown }).statusCode === 'number') {
    return buildProblem(cause, instance, correlationId);
  }
  if (err instanceof DomainError) {
    status = err.status;
    code = err.code;
    title = err.title;
    detail = err.message;
    errors = err.errors;
    extra = err.extra;
    Object.assign(headers, err.headers ?? {});
  } else if (err instanceof HttpException) {
    status = err.getStatus();
    code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    title = TITLES[status] ?? 'Error';
    const resp = err.getResponse();
    const msg = typeof resp === 'string' ? resp : (resp as { message?: unknown }).message;
    detail = status >= 500 ? detail : Array.isArray(msg) ? msg.join('; ') : typeof msg === 'string' ? msg : err.message;
    if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE)/.test(detail)) code = 'ROUTE_NOT_FOUND';
  } else if (err && typeof err === 'object') {
    const pg = fromPg(err);
    const fst = err as { statusCode?: number; code?: string; message?: string };
    if (pg) {
      ({ status, code, detail, errors } = pg);
      title = TITLES[status];
    } else if (typeof fst.statusCode === 'number' && fst.statusCode >= 400 && fst.statusCode < 500) {
      // Fastify's own errors: body parsing, size limit, media type, rate limit.
      status = fst.statusCode;
      title = TITLES[status] ?? 'Bad request';
      code =
        fst.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : fst.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : fst.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fst.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fst.message ?? '').includes('JSON')
              ? 'MALFORMED_JSON'
              : (HTTP_CODES[status] ?? 'BAD_REQUEST');
      detail = fst.message ?? title;
      if (code === 'MALFORMED_JSON') errors = [{ path: 'body', code: 'json', message: 'The body is not valid JSON' }];
    }
  }
  const body: ProblemBody = {
    type: `https://asn-planner.semarangkota.go.id/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance,
    code,
    correlationId,
    ...(errors ? { errors } : {}),
    ...(extra ?? {}),
  };
  return { body, headers };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    sendProblem(exception, req, reply, this.logger);
  }
}

export function sendProblem(exception: unknown, req: FastifyRequest, reply: FastifyReply, logger?: { error: (m: string, s?: string) => void }): void {
  const correlationId = currentCorrelationId() ?? String(req.id);
  const { body, headers } = buildProblem(exception, req.url, correlationId);
  if (body.status >= 500) {
    const e = exception as Error;
    if (logger) logger.error(`[${correlationId}] ${e?.message ?? String(exception)}`, e?.stack);
    else req.log.error({ err: exception, correlationId }, 'unhandled error');
  }
  if (reply.sent) return;
  reply
    .status(body.status)
    .headers({ ...headers, 'content-type': 'application/problem+json; charset=utf-8', 'x-request-id': correlationId })
    .send(JSON.stringify(body));
}
