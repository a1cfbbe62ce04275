import { api, unwrap } from '@/api';
import type { TrainingProgram } from '../types';

/** Every active program (the catalogue is small), for pickers and filters. */
export async function loadPrograms(): Promise<TrainingProgram[]> {
  const all: TrainingProgram[] = [];
  for (let page = 1; page < 10; page++) {
    const p = await unwrap(api.GET('/api/v1/training/programs', { params: { query: { page, pageSize: 200, active: 'true' } } }));
    all.push(...p.items);
    if (all.length >= p.total || !p.items.length) break;
  }
  return all;
}
