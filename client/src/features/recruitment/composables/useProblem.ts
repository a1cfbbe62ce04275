import { useToast } from 'primevue/usetoast';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api';
import { useErrorMessage } from '@/composables/useErrorMessage';
import { isStale } from '../conflict';

/**
 * How the recruitment pages answer a failed change: field errors (problem `errors[].path`) kept for the fields to
 * show, a stale version said as such (the caller reloads), anything else as a toast with the code's message.
 */
export function useProblem() {
  const { t } = useI18n();
  const toast = useToast();
  const { errorMessage, fieldErrorMessage } = useErrorMessage();
  const fieldErrors = ref<Record<string, string>>({});

  /** Returns 'stale' when the record changed meanwhile (reload it), 'fields' when the form shows the errors, else 'other'. */
  function handle(e: unknown): 'stale' | 'fields' | 'other' {
    if (isStale(e)) {
      toast.add({ severity: 'warn', summary: t('recruitment.common.staleReloaded'), life: 8000 });
      return 'stale';
    }
    if (isApiError(e) && e.fieldErrors.length) {
      fieldErrors.value = Object.fromEntries(e.fieldErrors.map((f) => [f.path, fieldErrorMessage(f)]));
      toast.add({ severity: 'error', summary: errorMessage(e), life: 8000 });
      return 'fields';
    }
    toast.add({ severity: 'error', summary: errorMessage(e), life: 8000 });
    return 'other';
  }
  /** The server's error for a field path (or for any path under it, e.g. `rules.skbComponents.1.weight`). */
  function fieldError(path: string): string | undefined {
    const all = fieldErrors.value;
    if (all[path]) return all[path];
    const k = Object.keys(all).find((p) => p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
    return k ? all[k] : undefined;
  }
  const success = (summary: string) => toast.add({ severity: 'success', summary, life: 4000 });
  return { handle, fieldError, fieldErrors, success, errorMessage, clear: () => (fieldErrors.value = {}) };
}
