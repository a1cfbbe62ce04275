/** The workload-task editor's rows: what is sent to the live calculator, and what each save sends. */
import type { UpdateWorkloadTask, VolumePeriod, WorkloadCalculation, WorkloadTask } from './types';

/** One row of the editor: a stored task (with its id and version) or a new one. */
export interface TaskRow {
  /** Stable key for the table (the task id, or a local one for a new row). */
  key: string;
  id: string | null;
  version: number | null;
  description: string;
  outputUnit: string;
  volume: number | null;
  volumePeriod: VolumePeriod;
  minutesPerUnit: number | null;
}

let localSeq = 0;
export const newTaskRow = (): TaskRow => ({
  key: `new-${++localSeq}`,
  id: null,
  version: null,
  description: '',
  outputUnit: '',
  volume: null,
  volumePeriod: 'year',
  minutesPerUnit: null,
});

export const toTaskRow = (t: WorkloadTask): TaskRow => ({
  key: t.id,
  id: t.id,
  version: t.version,
  description: t.description,
  outputUnit: t.outputUnit,
  volume: t.volume,
  volumePeriod: t.volumePeriod ?? 'year',
  minutesPerUnit: t.minutesPerUnit,
});

const okNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Which fields of a row are not yet valid (empty list: it can be saved). */
export function taskProblems(row: TaskRow): ('description' | 'outputUnit' | 'volume' | 'minutesPerUnit')[] {
  const out: ('description' | 'outputUnit' | 'volume' | 'minutesPerUnit')[] = [];
  if (!row.description.trim()) out.push('description');
  if (!row.outputUnit.trim()) out.push('outputUnit');
  if (!okNumber(row.volume)) out.push('volume');
  if (!okNumber(row.minutesPerUnit)) out.push('minutesPerUnit');
  return out;
}

/**
 * The live calculation of the rows as they are on screen: every row with both numbers filled counts (its text may
 * still be empty), so the figures follow each keystroke.
 */
export function toWorkloadCalculation(rows: readonly TaskRow[], existing: number | null | undefined): WorkloadCalculation {
  return {
    tasks: rows
      .filter((r) => okNumber(r.volume) && okNumber(r.minutesPerUnit))
      .map((r) => ({ volume: r.volume as number, minutesPerUnit: r.minutesPerUnit as number, period: r.volumePeriod })),
    ...(typeof existing === 'number' ? { existing } : {}),
  };
}

/** What an edit of a stored task sends: the fields that changed, with the version read; null when nothing changed. */
export function taskPatch(stored: WorkloadTask, row: TaskRow): UpdateWorkloadTask | null {
  const patch: UpdateWorkloadTask = { version: stored.version };
  if (row.description.trim() !== stored.description) patch.description = row.description.trim();
  if (row.outputUnit.trim() !== stored.outputUnit) patch.outputUnit = row.outputUnit.trim();
  if (row.volume !== stored.volume && okNumber(row.volume)) patch.volume = row.volume;
  if (row.volumePeriod !== stored.volumePeriod) patch.volumePeriod = row.volumePeriod;
  if (row.minutesPerUnit !== stored.minutesPerUnit && okNumber(row.minutesPerUnit)) patch.minutesPerUnit = row.minutesPerUnit;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** Minutes of one row as entered (volume × minutes in its own period); the yearly figure comes from the server. */
export const rowMinutes = (r: TaskRow) => (okNumber(r.volume) && okNumber(r.minutesPerUnit) ? r.volume * r.minutesPerUnit : null);

/**
 * The number a PrimeVue InputNumber holds while it is being typed in (its `input` event): the component updates its
 * model only when the field is left, and the live calculators must follow every keystroke.
 */
export const typed = (e: { value?: unknown }): number | null => (typeof e.value === 'number' && Number.isFinite(e.value) ? e.value : null);
