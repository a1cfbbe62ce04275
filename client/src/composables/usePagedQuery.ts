import { computed, getCurrentScope, nextTick, onScopeDispose, reactive, ref, watch, type Ref } from 'vue';
import type { SortOrder } from '@/api';
import { useAsync } from './useAsync';
import { useContentReady } from './useContentReady';

/** How long a search box waits for the typing to stop before it asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** What the server is asked for: the filters as applied (search text debounced and trimmed), the page and the order. */
export interface PagedQueryState<F, S> {
  filters: F;
  page: number;
  pageSize: number;
  sortBy: S;
  sortOrder: SortOrder;
}

type StringKeys<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

export interface PagedQueryOptions<F extends object, S extends string, R> {
  /** Every filter with its default value (the value `reset()` goes back to; anything else counts as filtered). */
  filters: F;
  /** Filters typed into a search box: applied (trimmed) once the typing stops, or at once with `searchNow()`. */
  debounce?: readonly StringKeys<F>[];
  /** Rows per page (default 20). */
  pageSize?: number;
  /** The default order; absent when the list has one fixed order. */
  sort?: { by: S; order?: SortOrder };
  /** A starting state other than the defaults (e.g. read from the address bar); applied without waiting. */
  initial?: { filters?: Partial<F>; page?: number; pageSize?: number; sortBy?: S; sortOrder?: SortOrder };
  /** Other reactive inputs of the query (e.g. the selected unit): like a filter, a change starts again from page 1. */
  deps?: () => unknown;
  /** Loads one page. */
  fetch: (state: PagedQueryState<F, S>) => Promise<R>;
}

/**
 * The state every list view shares: filters (search text debounced), server-side page and order, loading and
 * error (through useAsync, so an answer to a superseded request never wins), and the bindings a lazy PrimeVue
 * DataTable or Paginator needs. Any filter change goes back to page 1; the first page is asked for at once, and
 * once it is on screen the surrounding layout is told (useContentReady).
 */
export function usePagedQuery<F extends object, R extends { items: unknown[]; total: number }, S extends string = never>(options: PagedQueryOptions<F, S, R>) {
  const defaults = { ...options.filters };
  const keys = Object.keys(defaults) as (keyof F & string)[];
  const debounced = new Set<keyof F & string>(options.debounce ?? []);
  const initial = options.initial ?? {};
  const start = { ...defaults, ...initial.filters };

  const filters = reactive({ ...start }) as F;
  const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  /** The debounced filters' applied values. */
  const settled = reactive(Object.fromEntries([...debounced].map((k) => [k, trim(start[k])]))) as Partial<F>;
  const page = ref(initial.page ?? 1);
  const pageSize = ref(initial.pageSize ?? options.pageSize ?? 20);
  const sortBy = ref(initial.sortBy ?? options.sort?.by) as Ref<S>;
  const sortOrder = ref<SortOrder>(initial.sortOrder ?? options.sort?.order ?? 'asc');

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settle = (k: keyof F & string) => {
    clearTimeout(timers.get(k));
    timers.delete(k);
    settled[k] = trim(filters[k]) as F[typeof k];
  };
  for (const k of debounced) {
    watch(
      () => filters[k],
      () => {
        clearTimeout(timers.get(k));
        timers.set(
          k,
          setTimeout(() => settle(k), SEARCH_DEBOUNCE_MS),
        );
      },
    );
  }
  if (getCurrentScope()) onScopeDispose(() => timers.forEach((t) => clearTimeout(t)));

  /** The filters as sent: debounced ones as settled, the others as they are. */
  const applied = computed(() => Object.fromEntries(keys.map((k) => [k, debounced.has(k) ? settled[k] : filters[k]])) as F);

  const list = useAsync(() => options.fetch({ filters: applied.value, page: page.value, pageSize: pageSize.value, sortBy: sortBy.value, sortOrder: sortOrder.value }));
  const deps = options.deps ?? (() => undefined);
  // declared before the loader's watcher, so a filter change on page 3 asks for page 1 once (not page 3, then 1)
  watch([applied, deps], () => (page.value = 1));
  const contentReady = useContentReady();
  let first = true;
  watch(
    [applied, deps, page, pageSize, sortBy, sortOrder],
    () => {
      const run = list.run();
      // once the first page is on screen, the layout may load its side panels
      if (first) void run.then(() => nextTick(contentReady));
      first = false;
    },
    { immediate: true },
  );

  const items = computed(() => (list.data.value?.items ?? []) as R['items']);
  const total = computed(() => list.data.value?.total ?? 0);
  const filtered = computed(() => keys.some((k) => !Object.is(filters[k], defaults[k])));

  /** A Paginator or DataTable page event. */
  function onPage(e: { first: number; rows: number }) {
    pageSize.value = e.rows;
    page.value = Math.floor(e.first / e.rows) + 1;
  }
  /** A column header click: sort by it, or flip the order when it already is the sort column. */
  function sort(field: S) {
    if (sortBy.value === field) sortOrder.value = sortOrder.value === 'asc' ? 'desc' : 'asc';
    else {
      sortBy.value = field;
      sortOrder.value = 'asc';
    }
  }
  /** A DataTable sort event. */
  function onTableSort(e: { sortField?: unknown; sortOrder?: number | null }) {
    if (typeof e.sortField === 'string') sortBy.value = e.sortField as S;
    sortOrder.value = e.sortOrder === -1 ? 'desc' : 'asc';
  }
  /** Applies the search text now (Enter in the search box). */
  function searchNow() {
    for (const k of debounced) settle(k);
  }
  /** Back to the default filters, applied at once. */
  function reset() {
    Object.assign(filters, defaults);
    searchNow();
  }

  /** The bindings of a lazy, server-paged DataTable: `<DataTable v-bind="table" @page="onPage" @sort="onTableSort">`. */
  const table = computed(() => ({
    value: items.value,
    lazy: true,
    paginator: true,
    rows: pageSize.value,
    first: (page.value - 1) * pageSize.value,
    totalRecords: total.value,
    loading: list.loading.value,
    ...(sortBy.value ? { sortField: sortBy.value, sortOrder: sortOrder.value === 'asc' ? 1 : -1 } : {}),
  }));

  return { filters, applied, page, pageSize, sortBy, sortOrder, list, items, total, filtered, table, onPage, sort, onTableSort, searchNow, reset, reload: () => list.run() };
}
