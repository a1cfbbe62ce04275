/** Pure rules of the recruitment pages: the schedule's order, the weights, the phase of a round, deadlines, formats. */
import { SCHEDULE_KEYS, type RoundRules, type RoundSchedule, type ScheduleKey, type Stage } from './types';

/** A schedule being edited: a date may still be empty. */
export type ScheduleDraft = Record<ScheduleKey, string | null>;

export type ScheduleError = { code: 'required' } | { code: 'order'; after: ScheduleKey };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with each date of a schedule: missing, or before the previous date (the server's rule: each ≥ the
 * previous one). Only the first problem of each date is reported; an empty date is compared with nothing.
 */
export function scheduleErrors(s: Partial<ScheduleDraft>): Partial<Record<ScheduleKey, ScheduleError>> {
  const out: Partial<Record<ScheduleKey, ScheduleError>> = {};
  let last: { key: ScheduleKey; value: string } | null = null;
  for (const key of SCHEDULE_KEYS) {
    const v = s[key];
    if (!v || !ISO_DATE.test(v)) {
      out[key] = { code: 'required' };
      continue;
    }
    if (last && v < last.value) out[key] = { code: 'order', after: last.key };
    else last = { key, value: v };
  }
  return out;
}

export const scheduleValid = (s: Partial<ScheduleDraft>) => Object.keys(scheduleErrors(s)).length === 0;

/** The sum of weights given in percent, to 2 decimals (floating point never shows as 99.99999). */
export const percentTotal = (weights: readonly (number | null | undefined)[]) => Math.round(weights.reduce<number>((a, w) => a + (w ?? 0), 0) * 100) / 100;
/** Weights in percent that make 100 % (to the hundredth). */
export const percentsComplete = (weights: readonly (number | null | undefined)[]) => Math.abs(percentTotal(weights) - 100) < 0.005;
/** A share (0–1) as percent and back, without floating-point dust (0.3 → 30, 33.33 → 0.3333). */
export const toPercent = (share: number) => Math.round(share * 10000) / 100;
export const toShare = (percent: number) => Math.round(percent * 100) / 10000;

/** A key for a component or criterion from its label: `Tes praktik` → `tes_praktik`. */
export function keyFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

/** What is wrong with the rules as edited (keys of the messages under `recruitment.wizard.errors`). */
export function rulesErrors(r: RoundRules): Partial<Record<'skbComponents' | 'finalScore' | 'rubric' | 'ageLimits' | 'documents' | 'minPanelists', string>> {
  const out: Partial<Record<'skbComponents' | 'finalScore' | 'rubric' | 'ageLimits' | 'documents' | 'minPanelists', string>> = {};
  if (!r.skbComponents.length || !percentsComplete(r.skbComponents.map((c) => toPercent(c.weight)))) out.skbComponents = 'weights100';
  else if (r.skbComponents.some((c) => !c.key || !c.label.trim())) out.skbComponents = 'labels';
  else if (new Set(r.skbComponents.map((c) => c.key)).size !== r.skbComponents.length) out.skbComponents = 'duplicateKeys';
  if (!percentsComplete([toPercent(r.finalScore.skdWeight), toPercent(r.finalScore.skbWeight)])) out.finalScore = 'weights100';
  if (!r.interview.rubric.length || r.interview.rubric.some((c) => !c.key || !c.label.trim() || !(c.max > 0))) out.rubric = 'rubric';
  else if (new Set(r.interview.rubric.map((c) => c.key)).size !== r.interview.rubric.length) out.rubric = 'duplicateKeys';
  if (r.interview.minPanelists < 2) out.minPanelists = 'minPanelists';
  if (!(r.ageLimits.min > 0) || r.ageLimits.max < r.ageLimits.min) out.ageLimits = 'ageOrder';
  if (r.documents.some((d) => !d.key || !d.label.trim())) out.documents = 'labels';
  else if (new Set(r.documents.map((d) => d.key)).size !== r.documents.length) out.documents = 'duplicateKeys';
  return out;
}

/** The rules a new round starts from (domain.md §6, 2024); the server keeps what is sent. */
export function defaultRules(): RoundRules {
  return {
    passingGrades: {
      max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
      umum: { twk: 65, tiu: 80, tkp: 166 },
      cumlaude: { total: 311, tiu: 85 },
      disabilitas: { total: 286, tiu: 60 },
      papua: { total: 286, tiu: 60 },
    },
    shortlist: { multiplier: 3, tieAtCut: 'include_all' },
    finalScore: { skdWeight: 0.4, skbWeight: 0.6 },
    skbComponents: [
      { key: 'cat', label: 'CAT bidang', weight: 0.5 },
      { key: 'interview', label: 'Wawancara', weight: 0.3 },
      { key: 'practical', label: 'Praktik kerja', weight: 0.2 },
    ],
    pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
    interview: {
      rubric: [
        { key: 'integrity', label: 'Integritas', max: 5 },
        { key: 'communication', label: 'Komunikasi', max: 5 },
        { key: 'technical', label: 'Penguasaan bidang', max: 5 },
        { key: 'motivation', label: 'Motivasi', max: 5 },
      ],
      minPanelists: 2,
      spreadLimit: 20,
    },
    ageLimits: { min: 18, max: 35 },
    gpaMin: null,
    documents: [
      { key: 'ktp', label: 'KTP', required: true },
      { key: 'ijazah', label: 'Ijazah', required: true },
      { key: 'transkrip', label: 'Transkrip nilai', required: true },
      { key: 'foto', label: 'Pas foto', required: true },
      { key: 'surat_lamaran', label: 'Surat lamaran', required: true },
    ],
    maxDocumentBytes: 2 * 1024 * 1024,
    tieBreak: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'],
  };
}

/** The phases of a round, in order, each with the schedule dates that bound it. */
export const PHASES = [
  { key: 'registration', from: 'registrationOpens', to: 'registrationCloses' },
  { key: 'adminSelection', from: 'registrationCloses', to: 'adminSelectionEnds' },
  { key: 'appeal', from: 'appealOpens', to: 'appealAnswerBy' },
  { key: 'skd', from: 'skdStarts', to: 'skdEnds' },
  { key: 'skb', from: 'skbStarts', to: 'skbEnds' },
  { key: 'announcement', from: 'announcement', to: 'announcement' },
] as const satisfies readonly { key: string; from: ScheduleKey; to: ScheduleKey }[];
export type PhaseKey = (typeof PHASES)[number]['key'];

/** Where each phase stands on `today` (inclusive windows): done, current or to come. */
export function phaseStates(s: RoundSchedule, today: string): { key: PhaseKey; from: string; to: string; state: 'done' | 'current' | 'upcoming' }[] {
  return PHASES.map((p) => {
    const from = s[p.from];
    const to = s[p.to];
    const state = today > to ? 'done' : today >= from ? 'current' : 'upcoming';
    return { key: p.key, from, to, state };
  });
}

/** Today in Semarang (WIB, UTC+7) as an ISO calendar date, like the server's `isoToday()`. */
export function wibToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from `today` to `deadline` (both ISO dates; negative once past). */
export function daysBetween(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A score (number or the API's decimal string) with up to `digits` decimals in Indonesian format; null → "—". */
export function formatScore(v: number | string | null | undefined, locale = 'id-ID', digits = 2): string {
  if (v === null || v === undefined || v === '') return '—';
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** A byte count as a short size (2 MB). */
export function formatBytes(n: number, locale = 'id-ID'): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  if (n >= 1024) return `${(n / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  return `${n} B`;
}

/** A duration in ms as "850 ms" or "2,4 s". */
export function formatDuration(ms: number, locale = 'id-ID'): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} s`;
}

/** A NIK as an operator may see it (province + regency, then the last two digits), like the public lists. */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 4)}${'*'.repeat(10)}${nik.slice(14)}` : '*'.repeat(nik.length);
}

/** The severity of a stage's tag: good news green, bad news red, still open neutral. */
export function stageSeverity(stage: Stage): 'success' | 'danger' | 'info' | 'secondary' | 'warn' | 'contrast' {
  if (stage === 'appointed') return 'contrast';
  if (stage === 'passed' || stage === 'admin_passed' || stage === 'skd_passed' || stage === 'shortlisted') return 'success';
  if (stage === 'admin_failed' || stage === 'skd_failed' || stage === 'not_shortlisted' || stage === 'not_passed') return 'danger';
  if (stage === 'withdrawn') return 'secondary';
  return 'info';
}

/** A 64-hex hash shortened for a table (the whole value stays in the title / copy field). */
export const shortHash = (h: string | null | undefined) => (h ? `${h.slice(0, 10)}…${h.slice(-6)}` : '—');

/** The next and previous item of a list around `id` (the workbench's keyboard navigation). */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string | null): { prev: T | null; next: T | null } {
  const i = id ? items.findIndex((x) => x.id === id) : -1;
  if (i < 0) return { prev: null, next: items[0] ?? null };
  return { prev: items[i - 1] ?? null, next: items[i + 1] ?? null };
}

/**
 * Applications whose panel disagrees: the spread (highest − lowest) of the submitted scores strictly above the limit,
 * with at least two submitted — the server's rule, applied to the assignments on screen.
 */
export function flaggedApplications<T extends { applicationId: string; submitted: boolean; score?: number | null }>(
  rows: readonly T[],
  spreadLimit: number,
): { row: T; spread: number }[] {
  const by = new Map<string, { row: T; scores: number[] }>();
  for (const r of rows) {
    const e = by.get(r.applicationId) ?? { row: r, scores: [] };
    if (r.submitted && r.score !== null && r.score !== undefined) e.scores.push(Math.round(r.score * 100));
    by.set(r.applicationId, e);
  }
  const out: { row: T; spread: number }[] = [];
  for (const { row, scores } of by.values()) {
    if (scores.length < 2) continue;
    const spread = Math.max(...scores) - Math.min(...scores);
    if (spread > Math.round(spreadLimit * 100)) out.push({ row, spread: spread / 100 });
  }
  return out;
}
