import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { api, unwrap, type EmployeeSort, type EmployeeStatus, type SortOrder } from '@/api';
import { useAsync } from '@/composables/useAsync';
import { useScopeStore } from '@/stores/scope';

export const EMPLOYEE_SORTS: readonly EmployeeSort[] = ['name', 'nip', 'birthDate', 'retirementDate', 'unitName', 'status', 'rank'];
export const PAGE_SIZES = [20, 50, 100, 200] as const;

export interface EmployeeFilters {
  q: string;
  status: EmployeeStatus | null;
  gender: 'L' | 'P' | null;
  active: 'true' | 'false';
  retirementYear: number | null;
  positionId: string | null;
}

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Reads the list state from the address bar, so a filtered list can be bookmarked, shared and reloaded. */
export function parseListQuery(query: LocationQuery) {
  const status = one(query.status);
  const gender = one(query.gender);
  const sort = one(query.sort);
  const year = Number(one(query.year));
  const size = Number(one(query.size));
  return {
    filters: {
      q: one(query.q) ?? '',
      status: status === 'pns' || status === 'cpns' || status === 'pppk' ? status : null,
      gender: gender === 'L' || gender === 'P' ? gender : null,
      active: one(query.active) === 'false' ? 'false' : 'true',
      retirementYear: Number.isInteger(year) && year > 1900 ? year : null,
      positionId: one(query.position),
    } satisfies EmployeeFilters,
    page: Math.max(1, Number(one(query.page)) || 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
    sortBy: (EMPLOYEE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as EmployeeSort) : 'name',
    sortOrder: (one(query.order) === 'desc' ? 'desc' : 'asc') as SortOrder,
  };
}

/** The employee list: server-side paging, sorting and filters, scoped to the selected unit, kept in the URL. */
export function useEmployeeList() {
  const route = useRoute();
  const router = useRouter();
  const scope = useScopeStore();
  const initial = parseListQuery(route.query);
  const filters = reactive<EmployeeFilters>({ ...initial.filters });
  const page = ref(initial.page);
  const pageSize = ref(initial.pageSize);
  const sortBy = ref<EmployeeSort>(initial.sortBy);
  const sortOrder = ref<SortOrder>(initial.sortOrder);
  const debouncedQ = ref(filters.q);

  /** The filters as the API takes them (the export uses the very same). */
  const apiFilters = computed(() => ({
    ...(scope.unitId ? { unitId: scope.unitId } : {}),
    ...(debouncedQ.value.trim() ? { q: debouncedQ.value.trim() } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.gender ? { gender: filters.gender } : {}),
    ...(filters.retirementYear ? { retirementYear: filters.retirementYear } : {}),
    ...(filters.positionId ? { positionId: filters.positionId } : {}),
    active: filters.active,
    sortBy: sortBy.value,
    sortOrder: sortOrder.value,
  }));

  const list = useAsync(() => unwrap(api.GET('/api/v1/employees', { params: { query: { ...apiFilters.value, page: page.value, pageSize: pageSize.value } } })));

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => filters.q,
    (q) => {
      clearTimeout(timer);
      timer = setTimeout(() => (debouncedQ.value = q), 300);
    },
  );
  // any filter or scope change starts again from page 1
  watch([debouncedQ, () => filters.status, () => filters.gender, () => filters.active, () => filters.retirementYear, () => filters.positionId, () => scope.unitId], () => {
    page.value = 1;
  });
  watch(
    [apiFilters, page, pageSize],
    () => {
      void list.run();
      const q: Record<string, string> = {};
      if (debouncedQ.value.trim()) q.q = debouncedQ.value.trim();
      if (filters.status) q.status = filters.status;
      if (filters.gender) q.gender = filters.gender;
      if (filters.active === 'false') q.active = 'false';
      if (filters.retirementYear) q.year = String(filters.retirementYear);
      if (filters.positionId) q.position = filters.positionId;
      if (page.value > 1) q.page = String(page.value);
      if (pageSize.value !== 50) q.size = String(pageSize.value);
      if (sortBy.value !== 'name') q.sort = sortBy.value;
      if (sortOrder.value === 'desc') q.order = 'desc';
      void router.replace({ query: q });
    },
    { immediate: true, deep: true },
  );

  function reset() {
    Object.assign(filters, { q: '', status: null, gender: null, active: 'true', retirementYear: null, positionId: null });
    debouncedQ.value = '';
  }
  const filtered = computed(() => !!(filters.q || filters.status || filters.gender || filters.active === 'false' || filters.retirementYear || filters.positionId));

  return { filters, page, pageSize, sortBy, sortOrder, apiFilters, list, reset, filtered, searchNow: () => (debouncedQ.value = filters.q) };
}
