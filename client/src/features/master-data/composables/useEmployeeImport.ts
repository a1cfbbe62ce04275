import { computed, ref, shallowRef } from 'vue';
import { api, fetchWithUploadProgress, isApiError, unwrap, type ImportReport } from '@/api';

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'committing' | 'done';

const ACCEPTED = /\.(xlsx|csv)$/i;
export const isAcceptedFile = (f: File) => ACCEPTED.test(f.name);

/**
 * The two-step import: a dry run reports every bad row and writes nothing; the real run writes all
 * rows or none (a 422 then carries the same report). Upload progress comes from the request itself.
 */
export function useEmployeeImport() {
  const file = shallowRef<File | null>(null);
  const phase = ref<ImportPhase>('idle');
  const progress = ref(0);
  const report = shallowRef<ImportReport | null>(null);
  const error = ref<unknown>(null);

  async function send(dryRun: boolean): Promise<ImportReport> {
    const f = file.value!;
    progress.value = 0;
    return unwrap(
      api.POST('/api/v1/employees/import', {
        params: { query: { dryRun: dryRun ? 'true' : 'false' } },
        // the contract types the binary part as a string; the serializer sends the File itself
        body: { file: f.name },
        bodySerializer: () => {
          const fd = new FormData();
          fd.append('file', f, f.name);
          return fd;
        },
        fetch: fetchWithUploadProgress((fraction) => (progress.value = fraction)),
      }),
    );
  }

  function choose(f: File | null) {
    file.value = f;
    report.value = null;
    error.value = null;
    phase.value = 'idle';
  }

  async function check() {
    if (!file.value) return;
    phase.value = 'checking';
    error.value = null;
    report.value = null;
    try {
      report.value = await send(true);
      phase.value = 'checked';
    } catch (e) {
      error.value = e;
      phase.value = 'idle';
    }
  }

  async function commit() {
    if (!file.value || !report.value || report.value.errorCount > 0) return;
    phase.value = 'committing';
    error.value = null;
    try {
      report.value = await send(false);
      phase.value = 'done';
    } catch (e) {
      error.value = e;
      const body = isApiError(e) ? (e.problem?.report as ImportReport | undefined) : undefined;
      if (body) report.value = body;
      phase.value = 'checked';
    }
  }

  const busy = computed(() => phase.value === 'checking' || phase.value === 'committing');
  return { file, phase, progress, report, error, busy, choose, check, commit };
}
