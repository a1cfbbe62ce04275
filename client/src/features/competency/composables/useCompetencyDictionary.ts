import { api, unwrap } from '@/api';
import type { Competency } from '../types';

let cached: Promise<Competency[]> | null = null;
/**
 * The whole dictionary (a few hundred entries at most), for pickers: read once per visit, page by page, 200 at a time.
 * `fresh` reads it again (after the dictionary was edited).
 */
export function loadDictionary(fresh = false): Promise<Competency[]> {
  if (!cached || fresh) {
    cached = (async () => {
      const all: Competency[] = [];
      for (let page = 1; page < 20; page++) {
        const p = await unwrap(api.GET('/api/v1/competencies', { params: { query: { page, pageSize: 200 } } }));
        all.push(...p.items);
        if (all.length >= p.total || !p.items.length) break;
      }
      return all;
    })();
    cached.catch(() => (cached = null));
  }
  return cached;
}
