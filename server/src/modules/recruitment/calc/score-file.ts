/**
 * Score files (CAT results): the columns of each kind (SKD, SKB, PPPK) for a round's rules, and each row of the file
 * checked into clean scores or cell errors. Pure: no Nest, no database. Reading CSV/XLSX is the employees import's
 * `readTable` (headers normalised to lower case).
 */
import type { RoundRules } from '../recruitment.types.js';

export const SCORE_KINDS = ['skd', 'skb', 'pppk'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

/** One numeric column of a score file. */
export interface ScoreColumn {
  /** The header as the template writes it (matched case-insensitively, `_` and spaces ignored). */
  key: string;
  min: number;
  max: number;
  /** 0 = integers only. */
  decimals: number;
  /** Scores must be a multiple of this (TWK and TIU: 5 points a question). */
  step: number;
}

/** The first column of every score file. */
export const REGISTRATION_COLUMN = 'registrationNumber';
const REGISTRATION_ALIASES = ['registrationnumber', 'nopeserta', 'nomorpeserta', 'noregistrasi', 'nomorregistrasi', 'nopendaftaran', 'nomorpendaftaran'];

export interface ScoreFileError {
  /** Row in the file as the official sees it (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export interface ScoreRow {
  row: number;
  registrationNumber: string;
  /** Column key → value, in the kind's columns. */
  values: Record<string, number>;
}

/** The numeric columns of a kind under a round's rules. */
export function scoreColumns(kind: ScoreKind, rules: RoundRules): ScoreColumn[] {
  if (kind === 'skd') {
    const max = rules.passingGrades?.max ?? { twk: 150, tiu: 175, tkp: 225, total: 550 };
    return [
      { key: 'twk', min: 0, max: max.twk, decimals: 0, step: 5 },
      { key: 'tiu', min: 0, max: max.tiu, decimals: 0, step: 5 },
      { key: 'tkp', min: 0, max: max.tkp, decimals: 0, step: 1 },
    ];
  }
  if (kind === 'skb') {
    return (rules.skbComponents ?? []).filter((c) => c.key !== 'interview').map((c) => ({ key: c.key, min: 0, max: 100, decimals: 2, step: 0 }));
  }
  const max = rules.pppk?.max ?? { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 };
  return [
    { key: 'technical', min: 0, max: max.technical, decimals: 0, step: 1 },
    { key: 'managerialSocioCultural', min: 0, max: max.managerialSocioCultural, decimals: 0, step: 1 },
    { key: 'interview', min: 0, max: max.interview, decimals: 0, step: 1 },
  ];
}

/** The header row of a kind's template. */
export function templateHeader(kind: ScoreKind, rules: RoundRules): string[] {
  return [REGISTRATION_COLUMN, ...scoreColumns(kind, rules).map((c) => c.key)];
}

const squash = (h: string) => h.toLowerCase().replace(/[\s_\-.]/g, '');

/** Where each column sits in the file; missing columns are named (one error each, on the header row). */
export function mapScoreColumns(headers: string[], columns: ScoreColumn[]): { index: Map<string, number>; missing: string[] } {
  const squashed = headers.map(squash);
  const index = new Map<string, number>();
  const reg = squashed.findIndex((h) => REGISTRATION_ALIASES.includes(h));
  if (reg >= 0) index.set(REGISTRATION_COLUMN, reg);
  for (const c of columns) {
    const i = squashed.indexOf(squash(c.key));
    if (i >= 0) index.set(c.key, i);
  }
  const missing = [REGISTRATION_COLUMN, ...columns.map((c) => c.key)].filter((k) => !index.has(k));
  return { index, missing };
}

/**
 * A cell as a score: integers for SKD and PPPK sub-tests, up to 2 decimals for SKB components (a decimal comma is
 * accepted, as Indonesian spreadsheets write it). Returns the number or the reason it is refused.
 */
export function checkScore(raw: string, c: ScoreColumn): { ok: true; value: number } | { ok: false; message: string } {
  const v = raw.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!v) return { ok: false, message: `${c.key} is empty` };
  const pattern = c.decimals ? new RegExp(`^-?\\d+(\\.\\d{1,${c.decimals}})?$`) : /^-?\d+(\.0+)?$/;
  if (!pattern.test(v)) {
    return { ok: false, message: c.decimals ? `${c.key} must be a number with at most ${c.decimals} decimals` : `${c.key} must be a whole number` };
  }
  const n = Number(v);
  if (n < c.min || n > c.max) return { ok: false, message: `${c.key} must be between ${c.min} and ${c.max}` };
  if (c.step > 1 && n % c.step !== 0) return { ok: false, message: `${c.key} must be a multiple of ${c.step}` };
  return { ok: true, value: n };
}

/** A registration number as stored: trimmed, upper case. */
export const normaliseRegistration = (v: string) => v.trim().toUpperCase();

/**
 * Checks the rows of a score file: the columns present, each score in range, each registration number once.
 * Blank rows are skipped. Database checks (unknown number, other round, stage) come after, on the clean rows.
 */
export function checkScoreRows(headers: string[], rows: string[][], columns: ScoreColumn[]): { rows: ScoreRow[]; errors: ScoreFileError[]; totalRows: number } {
  const { index, missing } = mapScoreColumns(headers, columns);
  const errors: ScoreFileError[] = missing.map((column) => ({ row: 1, column, message: `column ${column} is missing` }));
  const clean: ScoreRow[] = [];
  const seen = new Map<string, number>();
  let totalRows = 0;
  const regIdx = index.get(REGISTRATION_COLUMN);
  rows.forEach((cells, i) => {
    if (cells.every((c) => !c || !c.trim())) return;
    totalRows++;
    const row = i + 2;
    let bad = false;
    const reg = regIdx === undefined ? '' : normaliseRegistration(cells[regIdx] ?? '');
    if (regIdx !== undefined) {
      if (!reg) {
        errors.push({ row, column: REGISTRATION_COLUMN, message: 'registrationNumber is empty' });
        bad = true;
      } else {
        const first = seen.get(reg);
        if (first !== undefined) {
          errors.push({ row, column: REGISTRATION_COLUMN, message: `registration number ${reg} appears already on row ${first}` });
          bad = true;
        } else seen.set(reg, row);
      }
    }
    const values: Record<string, number> = {};
    for (const c of columns) {
      const idx = index.get(c.key);
      if (idx === undefined) continue;
      const r = checkScore(cells[idx] ?? '', c);
      if (r.ok) values[c.key] = r.value;
      else {
        errors.push({ row, column: c.key, message: r.message });
        bad = true;
      }
    }
    if (!bad && !missing.length) clean.push({ row, registrationNumber: reg, values });
  });
  return { rows: clean, errors, totalRows };
}

/** Orders errors by row then column, as the report shows them. */
export function sortErrors(errors: ScoreFileError[]): ScoreFileError[] {
  return errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
}
