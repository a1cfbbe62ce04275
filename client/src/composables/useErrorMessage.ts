import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api';
import type { ImportCellError } from '@/api';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/**
 * Turns any failure into a sentence for people: `errors.<CODE>` when the locale knows the code,
 * otherwise the server's `detail`, otherwise a generic message with the HTTP status.
 */
export function describeError(error: unknown, t: Translate, te: Exists): string {
  if (isApiError(error)) {
    const key = `errors.${error.code}`;
    if (te(key)) return t(key);
    if (error.detail) return error.detail;
    return t('errors.generic', { status: error.status || '?' });
  }
  if (error instanceof Error && error.name === 'AbortError') return t('errors.generic', { status: 'abort' });
  return t('errors.generic', { status: '?' });
}

/** A field error from the server: `errors.fields.<code>` when known, else the server's message. */
export function describeFieldError(e: { code: string; message: string }, t: Translate, te: Exists): string {
  const key = `errors.fields.${e.code}`;
  return te(key) ? t(key) : e.message;
}

/** A bad cell of an import file: `importErrors.<code>` when known, else the server's message. */
export function describeCellError(e: Pick<ImportCellError, 'code' | 'message'>, t: Translate, te: Exists): string {
  const key = `importErrors.${e.code}`;
  return te(key) ? t(key) : e.message;
}

export function useErrorMessage() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- vue-i18n types `te` as a method, but the composer returns closures (destructuring is its documented use)
  const { t, te } = useI18n();
  return {
    errorMessage: (e: unknown) => describeError(e, t, te),
    fieldErrorMessage: (e: { code: string; message: string }) => describeFieldError(e, t, te),
    cellErrorMessage: (e: Pick<ImportCellError, 'code' | 'message'>) => describeCellError(e, t, te),
    /** Correlation id to quote to the technical team, for server-side failures. */
    referenceOf: (e: unknown) => (isApiError(e) && e.status >= 500 ? e.correlationId : undefined),
  };
}
