import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { SEARCH_DEBOUNCE_MS, usePagedQuery, type PagedQueryState } from './usePagedQuery';

interface Filters {
  q: string;
  kind: string | null;
}
type Sort = 'name' | 'date';
type Page = { items: string[]; total: number };

/** A paged query whose every request is recorded and answered by `answer` (default: one row, 120 in all). */
function setup(extra: Partial<Parameters<typeof usePagedQuery<Filters, Page, Sort>>[0]> = {}, answer?: (s: PagedQueryState<Filters, Sort>) => Promise<Page>) {
  const asked: PagedQueryState<Filters, Sort>[] = [];
  const fetch = vi.fn((s: PagedQueryState<Filters, Sort>) => {
    asked.push(structuredClone(s));
    return answer ? answer(s) : Promise.resolve({ items: [`row p${s.page}`], total: 120 });
  });
  const scope = effectScope();
  const query = scope.run(() => usePagedQuery<Filters, Page, Sort>({ filters: { q: '', kind: null }, debounce: ['q'], pageSize: 50, sort: { by: 'name' }, fetch, ...extra }))!;
  return { query, asked, fetch, stop: () => scope.stop() };
}
const settle = async () => {
  await nextTick();
  await vi.runAllTimersAsync();
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('usePagedQuery', () => {
  it('should ask for the first page at once with the defaults when it starts', async () => {
    const { query, asked } = setup();
    expect(asked).toEqual([{ filters: { q: '', kind: null }, page: 1, pageSize: 50, sortBy: 'name', sortOrder: 'asc' }]);
    expect(query.list.loading.value).toBe(true);
    await settle();
    expect(query.list.loading.value).toBe(false);
    expect(query.items.value).toEqual(['row p1']);
    expect(query.total.value).toBe(120);
    expect(query.table.value).toMatchObject({ value: ['row p1'], lazy: true, rows: 50, first: 0, totalRecords: 120, sortField: 'name', sortOrder: 1 });
  });

  it('should start from the initial state without waiting when one is given', () => {
    const { asked } = setup({ initial: { filters: { q: '  budi ' }, page: 3, pageSize: 100, sortBy: 'date', sortOrder: 'desc' } });
    expect(asked).toEqual([{ filters: { q: 'budi', kind: null }, page: 3, pageSize: 100, sortBy: 'date', sortOrder: 'desc' }]);
  });

  it('should send search text trimmed only once the typing stops', async () => {
    const { query, asked } = setup();
    await settle();
    query.filters.q = 'bu';
    await nextTick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
    query.filters.q = 'budi ';
    await nextTick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
    await nextTick();
    expect(asked).toHaveLength(1);
    expect(query.filtered.value).toBe(true);
    await settle();
    expect(asked).toHaveLength(2);
    expect(asked[1].filters).toEqual({ q: 'budi', kind: null });
  });

  it('should ask for page 1 once when a filter changes on a later page', async () => {
    const { query, asked } = setup();
    query.onPage({ first: 100, rows: 50 });
    await settle();
    expect(asked.map((s) => s.page)).toEqual([1, 3]);
    query.filters.kind = 'jpt';
    await settle();
    expect(asked.slice(2)).toEqual([{ filters: { q: '', kind: 'jpt' }, page: 1, pageSize: 50, sortBy: 'name', sortOrder: 'asc' }]);
  });

  it('should go back to page 1 when another input of the query changes', async () => {
    const unit = ref<string | null>(null);
    const { query, asked } = setup({ deps: () => unit.value });
    query.onPage({ first: 50, rows: 50 });
    await settle();
    unit.value = 'u1';
    await settle();
    expect(asked.map((s) => s.page)).toEqual([1, 2, 1]);
    expect(query.page.value).toBe(1);
  });

  it('should flip the order when the sort column is clicked again and follow DataTable sort events', async () => {
    const { query, asked } = setup();
    query.sort('name');
    await settle();
    query.sort('date');
    await settle();
    query.onTableSort({ sortField: 'name', sortOrder: -1 });
    await settle();
    expect(asked.map((s) => `${s.sortBy} ${s.sortOrder}`)).toEqual(['name asc', 'name desc', 'date asc', 'name desc']);
  });

  it('should apply the search at once on searchNow and return to the defaults on reset', async () => {
    const { query, asked } = setup();
    query.filters.q = ' siti';
    query.filters.kind = 'jpt';
    query.searchNow();
    await nextTick();
    expect(asked.at(-1)!.filters).toEqual({ q: 'siti', kind: 'jpt' });
    query.reset();
    await nextTick();
    expect(query.filtered.value).toBe(false);
    expect(asked.at(-1)!.filters).toEqual({ q: '', kind: null });
    await settle();
    expect(asked).toHaveLength(3);
  });

  it('should keep the error of a failed load until a reload succeeds', async () => {
    let fail = true;
    const { query } = setup({}, () => (fail ? Promise.reject(new Error('down')) : Promise.resolve({ items: ['ok'], total: 1 })));
    await settle();
    expect((query.list.error.value as Error).message).toBe('down');
    expect(query.list.loading.value).toBe(false);
    fail = false;
    await query.reload();
    expect(query.list.error.value).toBeNull();
    expect(query.items.value).toEqual(['ok']);
  });

  it('should never send a search typed after the list was closed', async () => {
    const { query, asked, stop } = setup();
    query.filters.q = 'late';
    await nextTick();
    stop();
    await settle();
    expect(asked).toHaveLength(1);
  });
});
