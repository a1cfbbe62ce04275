import { api, unwrap } from '@/api';
import { useAsync } from '@/composables/useAsync';

/** Headline figures for a unit subtree (null = everything the user may see): by status, by unit, retirements per year. */
export function useEmployeeStats() {
  return useAsync((unitId: string | null, horizon: number) => unwrap(api.GET('/api/v1/employees/stats', { params: { query: { horizon, ...(unitId ? { unitId } : {}) } } })));
}
