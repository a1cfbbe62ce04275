/**
 * PostgreSQL text-format COPY data for the seeders: each row a line of tab-separated cells (`\N` for null, booleans
 * as t/f, backslash, tab and newlines escaped), batched into ~256 KB strings for a COPY stream.
 */
export type Cell = string | number | boolean | null;

function encode(v: Cell): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}

/** One row as a COPY line (with its newline). */
export const copyLine = (cells: readonly Cell[]): string => cells.map(encode).join('\t') + '\n';

/** Lines already encoded, batched. */
export function* chunkLines(lines: Iterable<string>): Generator<string> {
  let buf = '';
  for (const l of lines) {
    buf += l;
    if (buf.length > 1 << 18) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Rows encoded and batched. */
export function* copyText(rows: Iterable<readonly Cell[]>): Generator<string> {
  yield* chunkLines(
    (function* () {
      for (const row of rows) yield copyLine(row);
    })(),
  );
}
