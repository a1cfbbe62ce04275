/**
 * The rules of the citizens' feedback form, kept out of the views so they can be tested: the nine elements
 * (PermenPAN-RB 14/2017, in the order of the reference rule `ikm.scale`), what makes a set of answers sendable, the
 * device id kept on the phone, and what a failed submission means for the person holding the phone.
 */
import { isApiError } from '@/api';
import type { Answer } from './types';

/** The nine elements, in the order the server expects the answers (`ikm.scale.elements`). */
export const IKM_ELEMENTS = [
  'persyaratan',
  'prosedur',
  'waktu_pelayanan',
  'biaya',
  'produk',
  'kompetensi_pelaksana',
  'perilaku_pelaksana',
  'penanganan_pengaduan',
  'sarana_prasarana',
] as const;
export type IkmElement = (typeof IKM_ELEMENTS)[number];

/** At least this many elements must be answered (the others may be left out: "I don't know"). */
export const MIN_ANSWERED = 5;
export const COMMENT_MAX = 1000;
export const CONTACT_MAX = 200;

export const emptyAnswers = (): Answer[] => IKM_ELEMENTS.map(() => null);

export type AnswerProblem = { kind: 'count' } | { kind: 'tooFew'; answered: number; missing: number[] } | { kind: 'range'; index: number };

/**
 * Whether the answers can be sent: exactly nine, each 1–4 or left out, at least five answered. Returns null when fine,
 * else the problem (`missing` = the indexes still unanswered, the first to focus).
 */
export function checkAnswers(answers: readonly unknown[]): AnswerProblem | null {
  if (answers.length !== IKM_ELEMENTS.length) return { kind: 'count' };
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i];
    if (a !== null && !(Number.isInteger(a) && (a as number) >= 1 && (a as number) <= 4)) return { kind: 'range', index: i };
  }
  const answered = answers.filter((a) => a !== null).length;
  if (answered < MIN_ANSWERED) return { kind: 'tooFew', answered, missing: answers.flatMap((a, i) => (a === null ? [i] : [])) };
  return null;
}

/** The optional texts: trimmed, and left out of the body when empty (contact details are stored only when given). */
export function optionalText(value: string | null | undefined, max: number): string | undefined {
  const v = (value ?? '').trim();
  return v ? v.slice(0, max) : undefined;
}

// ── the device id ────────────────────────────────────────────────────────────
export const DEVICE_ID_KEY = 'asn.ikm.deviceId';
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
let memoryDeviceId: string | null = null;

function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A random id for this phone, made once and kept in localStorage (nothing personal: it only lets the server count
 * submissions per device). When storage is blocked (private browsing), one id for the life of the page.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  try {
    const kept = storage?.getItem(DEVICE_ID_KEY);
    if (kept && DEVICE_ID.test(kept)) return kept;
    const made = randomId();
    storage?.setItem(DEVICE_ID_KEY, made);
    if (storage && storage.getItem(DEVICE_ID_KEY) === made) return made;
  } catch {
    /* storage refused: fall back to memory */
  }
  return (memoryDeviceId ??= randomId());
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

// ── what a failure means ─────────────────────────────────────────────────────
export type FeedbackFailure =
  | { kind: 'duplicate' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'invalid'; elements: number[]; fields: string[] }
  | { kind: 'serviceNotFound' }
  | { kind: 'network' }
  | { kind: 'other' };

/** Reads a Retry-After value: seconds, or an HTTP date (relative to `now`). */
export function parseRetryAfter(value: string | number | null | undefined, now = Date.now()): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : null;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.ceil(Number(s));
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** `answers[4]`, `answers.4` → 4 (the element the server named), else null. */
export function elementOfPath(path: string): number | null {
  const m = /^answers(?:\[(\d+)\]|\.(\d+))/.exec(path);
  if (!m) return null;
  const i = Number(m[1] ?? m[2]);
  return i >= 0 && i < IKM_ELEMENTS.length ? i : null;
}

/** Maps a failed POST /public/feedback to what the form says (`retryAfter` = the response's Retry-After header). */
export function feedbackFailure(error: unknown, retryAfter?: string | null): FeedbackFailure {
  if (!isApiError(error)) return { kind: 'other' };
  if (error.status === 0 || error.code === 'NETWORK_ERROR') return { kind: 'network' };
  if (error.status === 409 && error.code === 'DUPLICATE_FEEDBACK') return { kind: 'duplicate' };
  if (error.status === 429) {
    const fromBody = error.problem?.retryAfter ?? error.problem?.retryAfterSeconds;
    return { kind: 'rateLimited', retryAfterSeconds: parseRetryAfter(retryAfter ?? null) ?? parseRetryAfter(fromBody as string | number | undefined) };
  }
  if (error.status === 404) return { kind: 'serviceNotFound' };
  if (error.status === 400 || error.status === 422) {
    const paths = error.fieldErrors.map((f) => f.path);
    const elements = [...new Set(paths.map(elementOfPath).filter((i): i is number => i !== null))].sort((a, b) => a - b);
    return { kind: 'invalid', elements, fields: paths.filter((p) => elementOfPath(p) === null) };
  }
  return { kind: 'other' };
}

/** A wait in words' parts: under a minute → seconds, under two hours → minutes (rounded up), else hours. */
export function waitParts(seconds: number): { unit: 'seconds' | 'minutes' | 'hours'; n: number } {
  if (seconds < 60) return { unit: 'seconds', n: Math.max(1, Math.ceil(seconds)) };
  if (seconds < 7200) return { unit: 'minutes', n: Math.ceil(seconds / 60) };
  return { unit: 'hours', n: Math.ceil(seconds / 3600) };
}

/** Grade colours (text on them passes contrast): A green, B teal-blue, C amber, D red; none grey. */
export const GRADE_COLOURS: Record<string, { bg: string; fg: string }> = {
  A: { bg: '#15803d', fg: '#ffffff' },
  B: { bg: '#1d4ed8', fg: '#ffffff' },
  C: { bg: '#b45309', fg: '#ffffff' },
  D: { bg: '#b91c1c', fg: '#ffffff' },
};
export const gradeColour = (grade: string | null | undefined) => (grade && GRADE_COLOURS[grade]) || { bg: '#6b7280', fg: '#ffffff' };
