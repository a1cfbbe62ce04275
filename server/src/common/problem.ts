/**
 * RFC 9457 problem details. Services throw DomainError (or a subclass from <module>.errors.ts);
 * the global ProblemFilter turns every error into an application/problem+json body.
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. `birthDate` or `tasks.0.volume`; for files `row 3 / nip`. */
  path: string;
  code: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly title: string,
    detail?: string,
    public readonly errors?: FieldError[],
    public readonly extra?: Record<string, unknown>,
    public readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, entity: string, id?: string) {
    super(404, code, `${entity} not found`, id ? `${entity} ${id} does not exist or is outside your unit.` : `${entity} does not exist or is outside your unit.`);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail = 'The request has invalid fields.') {
    super(400, 'VALIDATION_FAILED', 'Validation failed', detail, errors);
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldError[]) {
    super(422, code, 'Business rule violated', detail, errors);
  }
}

export class StaleVersionError extends DomainError {
  constructor(entity: string, sent: number) {
    super(409, 'STALE_VERSION', 'Stale version', `${entity} was changed by someone else since version ${sent}; reload it and try again.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldError[]) {
    super(409, code, 'Conflict', detail, errors);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your role may not do this.', code = 'FORBIDDEN') {
    super(403, code, 'Forbidden', detail);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail = 'Sign in or send a valid API key.', code = 'UNAUTHENTICATED') {
    super(401, code, 'Unauthenticated', detail, undefined, undefined, { 'WWW-Authenticate': 'Bearer' });
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(code: string, detail: string, retryAfterSeconds: number) {
    super(429, code, 'Too many requests', detail, undefined, { retryAfter: retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });
  }
}
