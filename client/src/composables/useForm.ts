import { computed, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api';
import { describeError, describeFieldError } from './useErrorMessage';

/** A rule returns an error message (already translated) or null. */
export type Rule<T> = (value: unknown, values: T) => string | null;

/** Common rules; each takes `t` so messages follow the language. */
export function rules(t: (k: string, n?: Record<string, unknown>) => string) {
  /** Field values are text, numbers, booleans or lists of them (a list reads as its items joined by commas). */
  const str = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return v.map(str).join(',');
    return JSON.stringify(v) ?? '';
  };
  return {
    required:
      <T>(message = t('validation.required')): Rule<T> =>
      (v) =>
        (Array.isArray(v) ? v.length === 0 : str(v).trim() === '') ? message : null,
    minLength:
      <T>(n: number): Rule<T> =>
      (v) =>
        str(v) && str(v).length < n ? t('validation.minLength', { n }) : null,
    maxLength:
      <T>(n: number): Rule<T> =>
      (v) =>
        str(v).length > n ? t('validation.maxLength', { n }) : null,
    pattern:
      <T>(re: RegExp, message: string): Rule<T> =>
      (v) =>
        str(v) && !re.test(str(v)) ? message : null,
  };
}

/**
 * Form state that validates as the user types (a field shows its error once it has been edited,
 * or after a submit attempt) and shows the server's field errors (problem `errors[].path`) next to
 * the fields until the user edits them again.
 */
export function useForm<T extends Record<string, unknown>>(initial: T, fieldRules: () => Partial<Record<keyof T & string, Rule<T>[]>>) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- vue-i18n types `te` as a method, but the composer returns closures (destructuring is its documented use)
  const { t, te } = useI18n();
  const values = reactive({ ...initial }) as T;
  const touched = reactive<Record<string, boolean>>({});
  const server = ref<Record<string, { code: string; message: string }>>({});
  const submitted = ref(false);
  const submitting = ref(false);
  const formError = ref<unknown>(null);
  let silent = false;

  watch(
    () => ({ ...values }),
    (now, before) => {
      if (silent) return;
      for (const k of Object.keys(now)) {
        if (JSON.stringify(now[k]) !== JSON.stringify(before[k])) {
          touched[k] = true;
          if (server.value[k]) {
            const next = { ...server.value };
            delete next[k];
            server.value = next;
          }
        }
      }
    },
    { flush: 'sync' },
  );

  const clientErrors = computed(() => {
    const out: Record<string, string> = {};
    const all = fieldRules();
    for (const [k, list] of Object.entries(all) as [string, Rule<T>[] | undefined][]) {
      for (const rule of list ?? []) {
        const msg = rule(values[k], values);
        if (msg) {
          out[k] = msg;
          break;
        }
      }
    }
    return out;
  });

  /** What each field shows: the server's error first, else its own rule once touched or submitted. */
  const errors = computed(() => {
    const out: Record<string, string | undefined> = {};
    for (const [k, e] of Object.entries(server.value)) out[k] = describeFieldError(e, t, te);
    for (const [k, msg] of Object.entries(clientErrors.value)) if (!out[k] && (touched[k] || submitted.value)) out[k] = msg;
    return out;
  });

  const valid = computed(() => Object.keys(clientErrors.value).length === 0);
  const formMessage = computed(() => (formError.value ? describeError(formError.value, t, te) : null));

  function setServerErrors(list: { path: string; code: string; message: string }[]) {
    const out: Record<string, { code: string; message: string }> = {};
    for (const e of list) {
      const field = e.path in values ? e.path : e.path.split('.')[0];
      if (!(field in out)) out[field] = e;
    }
    server.value = out;
  }

  /** Runs `action` when the form is valid; maps a failure to field errors and a form message. Returns true on success. */
  async function submit(action: (v: T) => Promise<void>): Promise<boolean> {
    submitted.value = true;
    formError.value = null;
    if (!valid.value) return false;
    submitting.value = true;
    try {
      await action(values);
      return true;
    } catch (e) {
      formError.value = e;
      if (isApiError(e) && e.fieldErrors.length) setServerErrors(e.fieldErrors);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  function reset(next: T = initial) {
    silent = true;
    Object.assign(values, next);
    silent = false;
    for (const k of Object.keys(touched)) delete touched[k];
    server.value = {};
    submitted.value = false;
    formError.value = null;
  }

  // reactive: templates read `form.errors.x`, `form.submitting` without `.value`
  return reactive({ values, errors, valid, submitting, submitted, formError, formMessage, submit, reset, setServerErrors });
}
