/**
 * A round's rules and schedule as data: the defaults (from the reference rules in force), merging a partial change,
 * validation naming the field path, the phase a schedule is in on a day, the changes an amendment makes, and the
 * education levels a plan line's requirement accepts. Pure: no Nest, no database.
 */
import type { FieldError } from '../../../common/problem.js';
import { parseIsoDate } from '../../reference/calc/dates.js';
import {
  EDUCATION_LEVELS,
  SCHEDULE_KEYS,
  type EducationLevel,
  type RequiredDocument,
  type RoundRules,
  type RoundSchedule,
  type RoundStatus,
  type RubricCriterion,
  type SkbComponent,
  type SkdPassingGrades,
} from '../recruitment.types.js';

/** Where a round stands on a day, derived from its schedule (windows inclusive). */
export const ROUND_PHASES = ['upcoming', 'registration', 'administration', 'appeal', 'skd', 'skb', 'announcement', 'finished'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

/** Criteria the ranking may break ties on, in the order the round lists them (domain.md §6). */
export const TIE_BREAK_KEYS = ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'] as const;

export const RULE_KEYS: (keyof RoundRules)[] = [
  'passingGrades',
  'shortlist',
  'finalScore',
  'skbComponents',
  'pppk',
  'interview',
  'ageLimits',
  'gpaMin',
  'documents',
  'maxDocumentBytes',
  'tieBreak',
];

export const DEFAULT_SKB_COMPONENTS: SkbComponent[] = [
  { key: 'cat', label: 'CAT SKB', weight: 0.5 },
  { key: 'interview', label: 'Wawancara', weight: 0.3 },
  { key: 'practical', label: 'Praktik', weight: 0.2 },
];

export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { key: 'komunikasi', label: 'Kemampuan komunikasi', max: 100 },
  { key: 'integritas', label: 'Integritas dan etika', max: 100 },
  { key: 'pengetahuan_teknis', label: 'Pengetahuan teknis jabatan', max: 100 },
  { key: 'orientasi_pelayanan', label: 'Orientasi pelayanan publik', max: 100 },
  { key: 'kerja_sama', label: 'Kerja sama tim', max: 100 },
];

export const DEFAULT_DOCUMENTS: RequiredDocument[] = [
  { key: 'ktp', label: 'Kartu Tanda Penduduk (KTP)', required: true },
  { key: 'ijazah', label: 'Ijazah', required: true },
  { key: 'transkrip', label: 'Transkrip nilai', required: true },
  { key: 'pas_foto', label: 'Pas foto berlatar merah', required: true },
  { key: 'surat_lamaran', label: 'Surat lamaran bermeterai', required: true },
  { key: 'sertifikat_pendidik', label: 'Sertifikat pendidik (bila ada)', required: false },
];

/** 1 MiB per uploaded document. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;

/** The reference rules a round's defaults come from (values as stored under their keys). */
export interface RuleSources {
  /** recruitment.skd_passing_grades */
  skdPassingGrades: SkdPassingGrades;
  /** recruitment.shortlist */
  shortlist: { multiplier: number; tieAtCut: 'include_all' | 'strict' };
  /** recruitment.final_score */
  finalScore: { skdWeight: number; skbWeight: number };
  /** recruitment.tie_break */
  tieBreak: { order: string[] };
  /** recruitment.age_limits */
  ageLimits: { min: number; max: number };
  /** recruitment.pppk_scores */
  pppkScores: { max: { technical: number; managerialSocioCultural: number; interview: number; total: number } };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The rules a new round starts with. */
export function defaultRoundRules(src: RuleSources): RoundRules {
  const pg = src.skdPassingGrades;
  return {
    passingGrades: {
      max: { twk: pg.max.twk, tiu: pg.max.tiu, tkp: pg.max.tkp, total: pg.max.total },
      umum: { twk: pg.umum.twk, tiu: pg.umum.tiu, tkp: pg.umum.tkp },
      cumlaude: { total: pg.cumlaude.total, tiu: pg.cumlaude.tiu },
      disabilitas: { total: pg.disabilitas.total, tiu: pg.disabilitas.tiu },
      papua: { total: pg.papua.total, tiu: pg.papua.tiu },
    },
    shortlist: { multiplier: src.shortlist.multiplier, tieAtCut: src.shortlist.tieAtCut },
    finalScore: { skdWeight: src.finalScore.skdWeight, skbWeight: src.finalScore.skbWeight },
    skbComponents: clone(DEFAULT_SKB_COMPONENTS),
    pppk: { max: { ...src.pppkScores.max } },
    interview: { rubric: clone(DEFAULT_RUBRIC), minPanelists: 2, spreadLimit: 20 },
    ageLimits: { min: src.ageLimits.min, max: src.ageLimits.max },
    gpaMin: null,
    documents: clone(DEFAULT_DOCUMENTS),
    maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES,
    tieBreak: [...src.tieBreak.order],
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `patch` laid over `base`: objects merge key by key, anything else (arrays, numbers, null) replaces.
 * The result is not validated: run `validateRules` on it.
 */
export function mergeDeep<T>(base: T, patch: unknown): T {
  if (patch === undefined) return clone(base);
  if (!isPlainObject(base) || !isPlainObject(patch)) return clone(patch) as T;
  const out: Record<string, unknown> = clone(base);
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? mergeDeep(out[k], v) : clone(v);
  return out as T;
}

// ── validation ───────────────────────────────────────────────────────────

class Checker {
  readonly errors: FieldError[] = [];
  add(path: string, code: string, message: string): false {
    this.errors.push({ path, code, message: `${path} ${message}` });
    return false;
  }
  object(v: unknown, path: string, keys: readonly string[]): v is Record<string, unknown> {
    if (!isPlainObject(v)) return this.add(path, 'is_object', 'must be an object');
    for (const k of Object.keys(v)) if (!keys.includes(k)) this.add(`${path}.${k}`, 'unknown_field', 'is not a known field');
    return true;
  }
  number(v: unknown, path: string, min: number, max: number, opts: { integer?: boolean } = {}): v is number {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.add(path, opts.integer ? 'is_int' : 'is_number', `must be ${opts.integer ? 'an integer' : 'a number'}`);
    if (opts.integer && !Number.isInteger(v)) return this.add(path, 'is_int', 'must be an integer');
    if (v < min) return this.add(path, 'min', `must be at least ${min}`);
    if (v > max) return this.add(path, 'max', `must be at most ${max}`);
    return true;
  }
  string(v: unknown, path: string, maxLength: number, pattern?: RegExp, patternMessage?: string): v is string {
    if (typeof v !== 'string' || !v.trim()) return this.add(path, 'required', 'must be a non-empty string');
    if (v.length > maxLength) return this.add(path, 'max_length', `must be at most ${maxLength} characters`);
    if (pattern && !pattern.test(v)) return this.add(path, 'matches', patternMessage ?? 'has an invalid format');
    return true;
  }
  array(v: unknown, path: string, min: number, max: number): v is unknown[] {
    if (!Array.isArray(v)) return this.add(path, 'is_array', 'must be an array');
    if (v.length < min) return this.add(path, 'array_min_size', `must have at least ${min} item${min === 1 ? '' : 's'}`);
    if (v.length > max) return this.add(path, 'array_max_size', `must have at most ${max} items`);
    return true;
  }
  /** Each item's `key` once; reports the first repeat. */
  uniqueKeys(items: unknown[], path: string, field = 'key'): void {
    const seen = new Set<unknown>();
    items.forEach((it, i) => {
      const k = isPlainObject(it) ? it[field] : it;
      if (typeof k !== 'string') return;
      if (seen.has(k)) this.add(isPlainObject(it) ? `${path}.${i}.${field}` : `${path}.${i}`, 'duplicate', `repeats "${k}"`);
      seen.add(k);
    });
  }
  /** Weights summing to 1 (± 0.0001); a mismatch names the last weight. */
  sumsToOne(values: number[], lastPath: string, what: string): void {
    const sum = values.reduce((s, x) => s + x, 0);
    if (Math.abs(sum - 1) > 0.0001) this.add(lastPath, 'weights_sum', `makes the ${what} sum to ${Math.round(sum * 10000) / 10000}; they must sum to 1`);
  }
}

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const KEY_MESSAGE = 'must be lower-case letters, digits or underscores, starting with a letter (at most 40)';

function checkPassingGrades(c: Checker, v: unknown, path: string): void {
  if (!c.object(v, path, ['max', 'umum', 'cumlaude', 'disabilitas', 'papua'])) return;
  const max = { twk: 0, tiu: 0, tkp: 0, total: 0 };
  let maxOk = false;
  if (c.object(v.max, `${path}.max`, ['twk', 'tiu', 'tkp', 'total'])) {
    const m = v.max;
    maxOk = (['twk', 'tiu', 'tkp', 'total'] as const).map((k) => c.number(m[k], `${path}.max.${k}`, 1, 10000, { integer: true })).every(Boolean);
    if (maxOk) {
      Object.assign(max, m);
      if (max.total !== max.twk + max.tiu + max.tkp) maxOk = c.add(`${path}.max.total`, 'sum', `must equal twk + tiu + tkp (${max.twk + max.tiu + max.tkp})`);
    }
  }
  if (c.object(v.umum, `${path}.umum`, ['twk', 'tiu', 'tkp'])) {
    const u = v.umum;
    for (const k of ['twk', 'tiu', 'tkp'] as const) c.number(u[k], `${path}.umum.${k}`, 0, maxOk ? max[k] : 10000, { integer: true });
  }
  for (const cat of ['cumlaude', 'disabilitas', 'papua'] as const) {
    if (!c.object(v[cat], `${path}.${cat}`, ['total', 'tiu'])) continue;
    const g = v[cat];
    c.number(g.total, `${path}.${cat}.total`, 0, maxOk ? max.total : 10000, { integer: true });
    c.number(g.tiu, `${path}.${cat}.tiu`, 0, maxOk ? max.tiu : 10000, { integer: true });
  }
}

function checkSkbComponents(c: Checker, v: unknown, path: string): void {
  if (!c.array(v, path, 1, 10)) return;
  const weights: number[] = [];
  let ok = true;
  v.forEach((item, i) => {
    const p = `${path}.${i}`;
    if (!c.object(item, p, ['key', 'label', 'weight'])) return (ok = false);
    c.string(item.key, `${p}.key`, 40, KEY_PATTERN, KEY_MESSAGE);
    c.string(item.label, `${p}.label`, 100);
    if (c.number(item.weight, `${p}.weight`, 0, 1)) weights.push(item.weight);
    else ok = false;
  });
  c.uniqueKeys(v, path);
  if (ok) c.sumsToOne(weights, `${path}.${v.length - 1}.weight`, 'SKB component weights');
}

function checkInterview(c: Checker, v: unknown, path: string): void {
  if (!c.object(v, path, ['rubric', 'minPanelists', 'spreadLimit'])) return;
  if (c.array(v.rubric, `${path}.rubric`, 1, 20)) {
    v.rubric.forEach((item, i) => {
      const p = `${path}.rubric.${i}`;
      if (!c.object(item, p, ['key', 'label', 'max'])) return;
      c.string(item.key, `${p}.key`, 40, KEY_PATTERN, KEY_MESSAGE);
      c.string(item.label, `${p}.label`, 100);
      c.number(item.max, `${p}.max`, 1, 1000);
    });
    c.uniqueKeys(v.rubric, `${path}.rubric`);
  }
  c.number(v.minPanelists, `${path}.minPanelists`, 2, 10, { integer: true });
  c.number(v.spreadLimit, `${path}.spreadLimit`, 0.01, 100);
}

function checkDocuments(c: Checker, v: unknown, path: string): void {
  if (!c.array(v, path, 1, 30)) return;
  v.forEach((item, i) => {
    const p = `${path}.${i}`;
    if (!c.object(item, p, ['key', 'label', 'required'])) return;
    c.string(item.key, `${p}.key`, 40, KEY_PATTERN, KEY_MESSAGE);
    c.string(item.label, `${p}.label`, 200);
    if (typeof item.required !== 'boolean') c.add(`${p}.required`, 'is_boolean', 'must be true or false');
  });
  c.uniqueKeys(v, path);
}

/** Every problem of a complete rule set, each naming its path under `path` (e.g. `rules.skbComponents.1.weight`). */
export function validateRules(rules: unknown, path = 'rules'): FieldError[] {
  const c = new Checker();
  if (!c.object(rules, path, RULE_KEYS)) return c.errors;
  for (const k of RULE_KEYS) if (!(k in rules)) c.add(`${path}.${k}`, 'required', 'is required');
  const r = rules;
  if ('passingGrades' in r) checkPassingGrades(c, r.passingGrades, `${path}.passingGrades`);
  if ('shortlist' in r && c.object(r.shortlist, `${path}.shortlist`, ['multiplier', 'tieAtCut'])) {
    c.number(r.shortlist.multiplier, `${path}.shortlist.multiplier`, 1, 100, { integer: true });
    if (r.shortlist.tieAtCut !== 'include_all' && r.shortlist.tieAtCut !== 'strict') c.add(`${path}.shortlist.tieAtCut`, 'is_in', 'must be include_all or strict');
  }
  if ('finalScore' in r && c.object(r.finalScore, `${path}.finalScore`, ['skdWeight', 'skbWeight'])) {
    const a = c.number(r.finalScore.skdWeight, `${path}.finalScore.skdWeight`, 0, 1);
    const b = c.number(r.finalScore.skbWeight, `${path}.finalScore.skbWeight`, 0, 1);
    if (a && b) c.sumsToOne([r.finalScore.skdWeight as number, r.finalScore.skbWeight as number], `${path}.finalScore.skbWeight`, 'SKD and SKB weights');
  }
  if ('skbComponents' in r) checkSkbComponents(c, r.skbComponents, `${path}.skbComponents`);
  if ('pppk' in r && c.object(r.pppk, `${path}.pppk`, ['max'])) {
    const p = `${path}.pppk.max`;
    if (c.object(r.pppk.max, p, ['technical', 'managerialSocioCultural', 'interview', 'total'])) {
      const m = r.pppk.max;
      const ok = (['technical', 'managerialSocioCultural', 'interview', 'total'] as const).map((k) => c.number(m[k], `${p}.${k}`, 1, 10000, { integer: true })).every(Boolean);
      if (ok && (m.total as number) !== (m.technical as number) + (m.managerialSocioCultural as number) + (m.interview as number))
        c.add(`${p}.total`, 'sum', 'must equal technical + managerialSocioCultural + interview');
    }
  }
  if ('interview' in r) checkInterview(c, r.interview, `${path}.interview`);
  if ('ageLimits' in r && c.object(r.ageLimits, `${path}.ageLimits`, ['min', 'max'])) {
    const a = c.number(r.ageLimits.min, `${path}.ageLimits.min`, 15, 70, { integer: true });
    const b = c.number(r.ageLimits.max, `${path}.ageLimits.max`, 15, 70, { integer: true });
    if (a && b && (r.ageLimits.min as number) >= (r.ageLimits.max as number))
      c.add(`${path}.ageLimits.max`, 'min', `must be greater than ageLimits.min (${r.ageLimits.min as number})`);
  }
  if ('gpaMin' in r && r.gpaMin !== null) c.number(r.gpaMin, `${path}.gpaMin`, 0, 100);
  if ('documents' in r) checkDocuments(c, r.documents, `${path}.documents`);
  if ('maxDocumentBytes' in r) c.number(r.maxDocumentBytes, `${path}.maxDocumentBytes`, 10 * 1024, 10 * 1024 * 1024, { integer: true });
  if ('tieBreak' in r && c.array(r.tieBreak, `${path}.tieBreak`, 1, TIE_BREAK_KEYS.length)) {
    r.tieBreak.forEach((k, i) => {
      if (typeof k !== 'string' || !(TIE_BREAK_KEYS as readonly string[]).includes(k)) c.add(`${path}.tieBreak.${i}`, 'is_in', `must be one of ${TIE_BREAK_KEYS.join(', ')}`);
    });
    c.uniqueKeys(r.tieBreak, `${path}.tieBreak`);
  }
  return c.errors;
}

/**
 * A complete schedule: the 11 dates, each a real ISO date on or after the previous one. Only the first date out of
 * order is named (the later ones follow from it).
 */
export function validateSchedule(schedule: unknown, path = 'schedule'): FieldError[] {
  const c = new Checker();
  if (!c.object(schedule, path, SCHEDULE_KEYS)) return c.errors;
  const s = schedule;
  for (const k of SCHEDULE_KEYS) {
    const v = s[k];
    if (typeof v !== 'string' || !parseIsoDate(v)) c.add(`${path}.${k}`, 'is_iso8601', 'must be a date yyyy-mm-dd');
  }
  if (c.errors.length) return c.errors;
  for (let i = 1; i < SCHEDULE_KEYS.length; i++) {
    const prev = SCHEDULE_KEYS[i - 1];
    const k = SCHEDULE_KEYS[i];
    if ((s[k] as string) < (s[prev] as string)) {
      c.add(`${path}.${k}`, 'order', `(${s[k] as string}) must be on or after ${prev} (${s[prev] as string})`);
      break;
    }
  }
  return c.errors;
}

/** The phase of a schedule on `today`; a closed round is finished. */
export function roundPhase(s: RoundSchedule, today: string, status: RoundStatus = 'published'): RoundPhase {
  if (status === 'closed') return 'finished';
  if (today < s.registrationOpens) return 'upcoming';
  if (today <= s.registrationCloses) return 'registration';
  if (today < s.appealOpens) return 'administration';
  if (today <= s.appealAnswerBy) return 'appeal';
  if (today <= s.skdEnds) return 'skd';
  if (today <= s.skbEnds) return 'skb';
  if (today <= s.announcement) return 'announcement';
  return 'finished';
}

export interface ValueChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The leaves that differ between two values (objects compared key by key; arrays and scalars as a whole). */
export function diffValues(before: unknown, after: unknown, path: string): ValueChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], `${path}.${k}`));
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

const LEVEL_ALIASES: Record<string, EducationLevel> = { SMK: 'SMA', SLTA: 'SMA', SMU: 'SMA', DIII: 'D3', DIV: 'D4' };

/**
 * Education levels a plan line's requirement accepts: "S1/D4" → [S1, D4], "D3 Keperawatan" → [D3], "SMA/SMK" → [SMA],
 * "S1 Kedokteran (Profesi Dokter)" → [S1, PROFESI]; none recognised (e.g. "Sanitarian") → [] (any level).
 */
export function educationLevelsOf(text: string | null | undefined): EducationLevel[] {
  if (!text) return [];
  const found = new Set<EducationLevel>();
  for (const m of text.toUpperCase().matchAll(/\b(SMA|SMK|SLTA|SMU|D1|D2|D3|D4|DIII|DIV|S1|S2|S3|PROFESI)\b/g)) {
    const t = m[1];
    found.add(LEVEL_ALIASES[t] ?? (t as EducationLevel));
  }
  return EDUCATION_LEVELS.filter((l) => found.has(l));
}

/** A readable vacancy code from the unit code and the position title: "DINKES-PERAWAT-AHLI-PERTAMA" (≤ 36 characters). */
export function vacancyCodeBase(unitCode: string, title: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const unit = slug(unitCode).slice(0, 16) || 'UNIT';
  return `${unit}-${slug(title)}`.slice(0, 36).replace(/-+$/, '');
}
