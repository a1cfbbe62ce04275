/** The employee list's query: read from the address bar, sent to the API, and started early on a page load. */
import type { LocationQuery, RouteLocation } from 'vue-router';
import { api, unwrap, type EmployeeSort, type EmployeeStatus, type SortOrder } from '@/api';
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

export const NO_EMPLOYEE_FILTERS: EmployeeFilters = { q: '', status: null, gender: null, active: 'true', retirementYear: null, positionId: null };

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Reads the list state from the address bar, so a filtered list can be bookmarked, shared and reloaded. */
export function parseListQuery(query: LocationQuery) {
  const status = one(query.status);
  const gender = one(query.gender);
  const sort = one(query.sort);
  const year = Number(one(query.year));
  const size = Number(one(query.size));
  const order: SortOrder = one(query.order) === 'desc' ? 'desc' : 'asc';
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
    sortOrder: order,
  };
}

/** The list's filters and order as the API takes them (the list and the export send the very same). */
export function toApiFilters(f: EmployeeFilters, unitId: string | null, sortBy: EmployeeSort, sortOrder: SortOrder) {
  return {
    ...(unitId ? { unitId } : {}),
    ...(f.q ? { q: f.q } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.gender ? { gender: f.gender } : {}),
    ...(f.retirementYear ? { retirementYear: f.retirementYear } : {}),
    ...(f.positionId ? { positionId: f.positionId } : {}),
    active: f.active,
    sortBy,
    sortOrder,
  };
}

/** One page of the list as the API takes it. */
export function employeeListQuery(f: EmployeeFilters, unitId: string | null, page: number, pageSize: number, sortBy: EmployeeSort, sortOrder: SortOrder) {
  return { ...toApiFilters({ ...f, q: f.q.trim() }, unitId, sortBy, sortOrder), page, pageSize };
}
type EmployeeListQuery = ReturnType<typeof employeeListQuery>;

/** A page asked for before the list was on screen, and when (it is used only while fresh). */
let early: { key: string; at: number; page: ReturnType<typeof fetchPage> } | null = null;
const EARLY_MAX_AGE_MS = 10_000;
const fetchPage = (query: EmployeeListQuery) => unwrap(api.GET('/api/v1/employees', { params: { query } }));

/**
 * On a page load of the list (route `meta.prefetch`): asks for the page in the address bar as soon as the session
 * has a token, while the list's code is still on its way. The list takes that answer instead of asking again.
 */
export function prefetchEmployeeList(to: RouteLocation) {
  const s = parseListQuery(to.query);
  const query = employeeListQuery(s.filters, useScopeStore().unitId, s.page, s.pageSize, s.sortBy, s.sortOrder);
  const page = fetchPage(query);
  page.catch(() => undefined); // a failure is the list's to show, when it asks
  early = { key: JSON.stringify(query), at: Date.now(), page };
}

/** One page of the list: the prefetched answer when it is for this very query and fresh, else a new request. */
export function loadEmployeeList(query: EmployeeListQuery) {
  const hit = early && early.key === JSON.stringify(query) && Date.now() - early.at < EARLY_MAX_AGE_MS ? early.page : null;
  early = null;
  return hit ?? fetchPage(query);
}
