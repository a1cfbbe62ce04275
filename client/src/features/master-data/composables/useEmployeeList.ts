import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { EmployeeSort } from '@/api';
import { usePagedQuery } from '@/composables/usePagedQuery';
import { useScopeStore } from '@/stores/scope';
import { employeeListQuery, loadEmployeeList, NO_EMPLOYEE_FILTERS, parseListQuery, toApiFilters } from '../employee-list';

export { PAGE_SIZES } from '../employee-list';

/** The employee list: server-side paging, sorting and filters, scoped to the selected unit, kept in the URL. */
export function useEmployeeList() {
  const route = useRoute();
  const router = useRouter();
  const scope = useScopeStore();
  const query = usePagedQuery({
    filters: NO_EMPLOYEE_FILTERS,
    debounce: ['q'],
    pageSize: 50,
    sort: { by: 'name' as EmployeeSort },
    initial: parseListQuery(route.query),
    deps: () => scope.unitId,
    fetch: ({ filters, page, pageSize, sortBy, sortOrder }) => loadEmployeeList(employeeListQuery(filters, scope.unitId, page, pageSize, sortBy, sortOrder)),
  });
  const { applied, page, pageSize, sortBy, sortOrder } = query;
  const apiFilters = computed(() => toApiFilters(applied.value, scope.unitId, sortBy.value, sortOrder.value));

  // the address bar follows what is shown, so a filtered list can be bookmarked, shared and reloaded
  watch(
    [applied, page, pageSize, sortBy, sortOrder],
    () => {
      const f = applied.value;
      const q: Record<string, string> = {};
      if (f.q) q.q = f.q;
      if (f.status) q.status = f.status;
      if (f.gender) q.gender = f.gender;
      if (f.active === 'false') q.active = 'false';
      if (f.retirementYear) q.year = String(f.retirementYear);
      if (f.positionId) q.position = f.positionId;
      if (page.value > 1) q.page = String(page.value);
      if (pageSize.value !== 50) q.size = String(pageSize.value);
      if (sortBy.value !== 'name') q.sort = sortBy.value;
      if (sortOrder.value === 'desc') q.order = 'desc';
      if (JSON.stringify(q) !== JSON.stringify(route.query)) void router.replace({ query: q });
    },
    { immediate: true },
  );

  return { ...query, apiFilters };
}
