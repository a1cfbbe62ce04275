import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { ExportFile, XLSX_TYPE } from '../../common/files.js';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { FileFormatError, readTable } from '../employees/import/employee-file.js';
import { checkScore, checkScoreRows, ScoreColumn, scoreColumns, ScoreFileError, ScoreKind, ScoreRow, sortErrors, templateHeader } from './calc/score-file.js';
import { ApplicationScoresDto, CorrectScoresDto, ListScoreImportsQueryDto, ScoreImportDto, ScoreImportReportDto } from './dto/scores.dto.js';
import { Db, loadRound, RoundRow } from './recruitment.repo.js';
import {
  applicationNotFound,
  pppkIncomplete,
  resultPublished,
  scoreFieldInvalid,
  scoreFileEmpty,
  scoreFileUnreadable,
  scoreKindMismatch,
  scoreRowsInvalid,
  scoresAlreadyImported,
  skdIncomplete,
} from './scores.errors.js';

/** Whether the round has a published final result (scores are frozen from then on). */
export async function hasFinalResult(db: Db, roundId: string): Promise<boolean> {
  const rows = await db.query<{ one: number }[]>(`SELECT 1 AS one FROM recruitment_results WHERE round_id = $1 AND stage = 'final' LIMIT 1`, [roundId]);
  return rows.length > 0;
}

interface StoredScores {
  id: string;
  registrationNumber: string;
  roundId: string;
  stage: string;
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
  skdScored: boolean;
  skbComponents: Record<string, number> | null;
  skbScored: boolean;
  technical: number | null;
  managerial: number | null;
  interview: number | null;
}

const STORED_COLUMNS = `a.id, a.registration_number AS "registrationNumber", a.round_id AS "roundId", a.stage, a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp,
  a.skd_scored_at IS NOT NULL AS "skdScored", a.skb_components AS "skbComponents", a.skb_scored_at IS NOT NULL AS "skbScored",
  a.pppk_technical AS technical, a.pppk_managerial AS managerial, a.pppk_interview AS interview`;

/** The stored value of a score column (import keys → columns). */
function stored(a: StoredScores, kind: ScoreKind, key: string): number | null {
  if (kind === 'skd') return a[key as 'twk' | 'tiu' | 'tkp'];
  if (kind === 'pppk') return key === 'technical' ? a.technical : key === 'managerialSocioCultural' ? a.managerial : a.interview;
  const v = a.skbComponents?.[key];
  return v === undefined || v === null ? null : Number(v);
}

function alreadyScored(a: StoredScores, kind: ScoreKind): boolean {
  return kind === 'skd' ? a.skdScored : kind === 'skb' ? a.skbScored : a.technical !== null;
}

/** Which stage a row must be at: SKD after the administrative pass, SKB once shortlisted, PPPK after the administrative pass. */
function eligible(a: StoredScores, kind: ScoreKind): boolean {
  if (alreadyScored(a, kind)) return true;
  return kind === 'skb' ? a.stage === 'shortlisted' : a.stage === 'admin_passed';
}
const ELIGIBLE_TEXT: Record<ScoreKind, string> = {
  skd: 'only applications that passed the administrative selection (admin_passed) take SKD scores',
  skb: 'only shortlisted applications take SKB scores',
  pppk: 'only applications that passed the administrative selection (admin_passed) take PPPK scores',
};

const COPY_SPECIAL = /[\\\t\n\r]/;
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v);
  return COPY_SPECIAL.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

async function copyInto(client: PoolClient, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  async function* lines() {
    for (let i = 0; i < rows.length; i += 5000) {
      yield rows
        .slice(i, i + 5000)
        .map((r) => r.map(copyValue).join('\t') + '\n')
        .join('');
    }
  }
  await pipeline(Readable.from(lines()), stream);
}

const KIND_UPDATE: Record<ScoreKind, string> = {
  skd: `skd_twk = s.twk, skd_tiu = s.tiu, skd_tkp = s.tkp, skd_total = s.twk + s.tiu + s.tkp, skd_scored_at = now()`,
  skb: `skb_components = coalesce(a.skb_components, '{}'::jsonb) || s.comps, skb_scored_at = now()`,
  pppk: `pppk_technical = s.technical, pppk_managerial = s.managerial, pppk_interview = s.interview`,
};

interface ScoresRow {
  id: string;
  roundId: string;
  registrationNumber: string;
  stage: string;
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
  skdTotal: number | null;
  skdScoredAt: Date | null;
  skbComponents: Record<string, number> | null;
  skbScoredAt: Date | null;
  technical: number | null;
  managerialSocioCultural: number | null;
  interview: number | null;
  version: number;
}

const SCORES_SELECT = `SELECT a.id, a.round_id AS "roundId", a.registration_number AS "registrationNumber", a.stage, a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp,
  a.skd_total AS "skdTotal", a.skd_scored_at AS "skdScoredAt", a.skb_components AS "skbComponents", a.skb_scored_at AS "skbScoredAt",
  a.pppk_technical AS technical, a.pppk_managerial AS "managerialSocioCultural", a.pppk_interview AS interview, a.version
  FROM recruitment_applications a`;

function scoresDto(r: ScoresRow): ApplicationScoresDto {
  return {
    ...r,
    skdScoredAt: r.skdScoredAt ? new Date(r.skdScoredAt).toISOString() : null,
    skbScoredAt: r.skbScoredAt ? new Date(r.skbScoredAt).toISOString() : null,
  };
}

/** The scores an audit event shows (no timestamps: before and after compare cleanly). */
function auditScores(r: ScoresRow) {
  return {
    twk: r.twk,
    tiu: r.tiu,
    tkp: r.tkp,
    skdTotal: r.skdTotal,
    skbComponents: r.skbComponents,
    technical: r.technical,
    managerialSocioCultural: r.managerialSocioCultural,
    interview: r.interview,
  };
}

@Injectable()
export class ScoresService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private checkKind(round: RoundRow, kind: ScoreKind): void {
    if ((kind === 'pppk') !== (round.type === 'pppk')) throw scoreKindMismatch(kind, round.type);
  }

  /**
   * Dry run: every check, a report, nothing written. Real run: any bad row → 422 with the report; a row that would change
   * a score an earlier import set → 409; otherwise the changed rows are written in one transaction (COPY into a temp
   * table, one UPDATE … FROM), recorded with the file's hash and one audit event. The same file again changes nothing.
   */
  async import(p: Principal, roundId: string, kind: ScoreKind, file: { originalname: string; buffer: Buffer }, dryRun: boolean): Promise<ScoreImportReportDto> {
    const started = Date.now();
    const round = await loadRound(this.ds, roundId);
    this.checkKind(round, kind);
    if (await hasFinalResult(this.ds, round.id)) throw resultPublished();
    const fileSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const fileName = (file.originalname || 'scores').slice(0, 200);
    const report: ScoreImportReportDto = {
      kind,
      fileName,
      fileSha256,
      rows: 0,
      changed: 0,
      errors: [],
      errorCount: 0,
      dryRun,
      alreadyImported: false,
      importId: null,
      durationMs: 0,
    };
    const previous = await this.ds.query<{ id: string; rows: number }[]>('SELECT id, rows FROM recruitment_score_imports WHERE round_id = $1 AND kind = $2 AND file_sha256 = $3', [
      round.id,
      kind,
      fileSha256,
    ]);
    if (previous[0]) {
      return { ...report, rows: previous[0].rows, alreadyImported: true, importId: previous[0].id, durationMs: Date.now() - started };
    }

    let table: { headers: string[]; rows: string[][] };
    try {
      table = await readTable(fileName, file.buffer);
    } catch (e) {
      if (e instanceof FileFormatError) throw scoreFileUnreadable(e.message);
      throw e;
    }
    const columns = scoreColumns(kind, round.rules);
    const checked = checkScoreRows(table.headers, table.rows, columns);
    if (checked.totalRows === 0) throw scoreFileEmpty();
    report.rows = checked.totalRows;
    const errors: ScoreFileError[] = checked.errors;

    const { changedRows, conflicts } = await this.checkAgainstStored(round, kind, columns, checked.rows, errors);
    sortErrors(errors);
    sortErrors(conflicts);
    report.changed = changedRows.length;
    const finish = (errs: ScoreFileError[]) => {
      report.errors = errs.slice(0, 1000);
      report.errorCount = errs.length;
      report.durationMs = Date.now() - started;
      return report;
    };
    if (dryRun) return finish(sortErrors([...errors, ...conflicts]));
    if (errors.length) {
      finish(errors);
      throw scoreRowsInvalid(new Set(errors.map((e) => e.row)).size, report.rows, errors, report);
    }
    if (conflicts.length) {
      finish(conflicts);
      throw scoresAlreadyImported(new Set(conflicts.map((e) => e.row)).size, conflicts, report);
    }

    const outcome = await this.ds.transaction(async (m) => {
      await loadRound(m, round.id, true); // one import of a round at a time
      if (await hasFinalResult(m, round.id)) throw resultPublished();
      const again = await m.query<{ id: string }[]>('SELECT id FROM recruitment_score_imports WHERE round_id = $1 AND kind = $2 AND file_sha256 = $3', [
        round.id,
        kind,
        fileSha256,
      ]);
      if (again[0]) return { importId: again[0].id, alreadyImported: true };
      if (changedRows.length) {
        const client = (m.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
        await m.query(
          `CREATE TEMP TABLE recruitment_score_import (id uuid, twk smallint, tiu smallint, tkp smallint, comps jsonb, technical smallint, managerial smallint, interview smallint) ON COMMIT DROP`,
        );
        await copyInto(
          client,
          'recruitment_score_import',
          ['id', 'twk', 'tiu', 'tkp', 'comps', 'technical', 'managerial', 'interview'],
          changedRows.map(({ id, values: v }) =>
            kind === 'skd'
              ? [id, v.twk, v.tiu, v.tkp, null, null, null, null]
              : kind === 'skb'
                ? [id, null, null, null, v, null, null, null]
                : [id, null, null, null, null, v.technical, v.managerialSocioCultural, v.interview],
          ),
        );
        await m.query('ANALYZE recruitment_score_import');
        await m.query(
          `UPDATE recruitment_applications a SET ${KIND_UPDATE[kind]}, version = a.version + 1, updated_at = now()
           FROM recruitment_score_import s WHERE a.id = s.id AND a.round_id = $1`,
          [round.id],
        );
      }
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO recruitment_score_imports (round_id, kind, file_name, file_sha256, rows, changed, imported_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [round.id, kind, fileName, fileSha256, report.rows, changedRows.length, p.name],
      );
      await this.audit.record(m, {
        action: 'import_scores',
        entity: 'recruitment_score_import',
        entityId: id,
        after: { roundId: round.id, roundCode: round.code, kind, fileName, fileSha256, rows: report.rows, changed: changedRows.length },
      });
      return { importId: id, alreadyImported: false };
    });
    report.importId = outcome.importId;
    report.alreadyImported = outcome.alreadyImported;
    if (outcome.alreadyImported) report.changed = 0;
    return finish([]);
  }

  /** Database checks of the clean rows: the number exists, in this round, at the right stage; and what would change. */
  private async checkAgainstStored(round: RoundRow, kind: ScoreKind, columns: ScoreColumn[], rows: ScoreRow[], errors: ScoreFileError[]) {
    const changedRows: { id: string; values: Record<string, number> }[] = [];
    const conflicts: ScoreFileError[] = [];
    if (!rows.length) return { changedRows, conflicts };
    // A large file: the round's applications through the vacancy index (one range scan instead of 100,000 probes of the
    // registration-number index); then the numbers not in the round, set-wise, to tell "another round" from "unknown".
    const byRegistration = (numbers: string[]) =>
      this.ds.query<StoredScores[]>(`SELECT ${STORED_COLUMNS} FROM recruitment_applications a WHERE a.registration_number = ANY($1::varchar[])`, [numbers]);
    const first =
      rows.length > 5000
        ? await this.ds.query<StoredScores[]>(
            `SELECT ${STORED_COLUMNS} FROM recruitment_applications a WHERE a.vacancy_id IN (SELECT id FROM recruitment_vacancies WHERE round_id = $1)`,
            [round.id],
          )
        : await byRegistration(rows.map((r) => r.registrationNumber));
    const byNumber = new Map(first.map((a) => [a.registrationNumber.toUpperCase(), a]));
    const outside = rows.filter((r) => !byNumber.has(r.registrationNumber)).map((r) => r.registrationNumber);
    if (outside.length && rows.length > 5000) for (const a of await byRegistration(outside)) byNumber.set(a.registrationNumber.toUpperCase(), a);
    for (const r of rows) {
      const a = byNumber.get(r.registrationNumber);
      if (!a) {
        errors.push({ row: r.row, column: 'registrationNumber', message: `registration number ${r.registrationNumber} is unknown` });
        continue;
      }
      if (a.roundId !== round.id) {
        errors.push({ row: r.row, column: 'registrationNumber', message: `registration number ${r.registrationNumber} belongs to another round` });
        continue;
      }
      if (!eligible(a, kind)) {
        errors.push({ row: r.row, column: 'registrationNumber', message: `${ELIGIBLE_TEXT[kind]}; ${r.registrationNumber} is ${a.stage}` });
        continue;
      }
      const scored = alreadyScored(a, kind);
      let differs = false;
      for (const c of columns) {
        const before = stored(a, kind, c.key);
        if (before === r.values[c.key]) continue;
        differs = true;
        if (scored && before !== null) {
          conflicts.push({
            row: r.row,
            column: c.key,
            message: `${r.registrationNumber} already has ${c.key} ${before} from an earlier import; this file says ${r.values[c.key]}`,
          });
        }
      }
      if (differs) changedRows.push({ id: a.id, values: r.values });
    }
    return { changedRows, conflicts };
  }

  async listImports(roundId: string, q: ListScoreImportsQueryDto): Promise<Page<ScoreImportDto>> {
    await loadRound(this.ds, roundId);
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [roundId];
    let where = 'WHERE round_id = $1';
    if (q.kind) {
      params.push(q.kind);
      where += ` AND kind = $${params.length}`;
    }
    const [items, [{ total }]] = await Promise.all([
      this.ds.query<(Omit<ScoreImportDto, 'createdAt'> & { createdAt: Date })[]>(
        `SELECT id, round_id AS "roundId", kind, file_name AS "fileName", file_sha256 AS "fileSha256", rows, changed, imported_by_name AS "importedByName", created_at AS "createdAt"
         FROM recruitment_score_imports ${where} ORDER BY created_at ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'}, id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM recruitment_score_imports ${where}`, params),
    ]);
    return { items: items.map((i) => ({ ...i, createdAt: new Date(i.createdAt).toISOString() })), total, page, pageSize };
  }

  /** The file to fill in: the header of the kind under the round's rules (CSV with a BOM, or XLSX). */
  async template(roundId: string, kind: ScoreKind, format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const round = await loadRound(this.ds, roundId);
    this.checkKind(round, kind);
    const header = templateHeader(kind, round.rules);
    const base = `template-nilai-${kind}-${round.code}`.replace(/[^A-Za-z0-9_.-]/g, '_');
    if (format === 'csv') return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${header.join(',')}\r\n`) };
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it is slow to load
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(kind.toUpperCase());
    ws.addRow(header).font = { bold: true };
    ws.getColumn(1).numFmt = '@';
    ws.columns.forEach((c) => (c.width = 22));
    return { filename: `${base}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  /** A score changed by hand after import: the reason and the before/after go to the audit. Frozen once the final result is published. */
  async correct(id: string, dto: CorrectScoresDto): Promise<ApplicationScoresDto> {
    await this.ds.transaction(async (m) => {
      const [before] = await m.query<ScoresRow[]>(`${SCORES_SELECT} WHERE a.id = $1 FOR UPDATE`, [id]);
      if (!before) throw applicationNotFound(id);
      const round = await loadRound(m, before.roundId);
      if (await hasFinalResult(m, round.id)) throw resultPublished();
      const skd = dto.twk !== undefined || dto.tiu !== undefined || dto.tkp !== undefined;
      const skb = dto.skbComponents !== undefined;
      const pppk = dto.technical !== undefined || dto.managerialSocioCultural !== undefined || dto.interview !== undefined;
      if (!skd && !skb && !pppk) throw scoreFieldInvalid('twk', 'send at least one score to correct', 'required');
      if ((skd || skb) && round.type === 'pppk') throw scoreKindMismatch(skd ? 'skd' : 'skb', round.type);
      if (pppk && round.type !== 'pppk') throw scoreKindMismatch('pppk', round.type);
      const sets: Record<string, unknown> = {};
      const check = (kind: ScoreKind, key: string, value: number) => {
        const col = scoreColumns(kind, round.rules).find((c) => c.key === key);
        if (!col)
          throw scoreFieldInvalid(
            kind === 'skb' ? `skbComponents.${key}` : key,
            `${key} is not an SKB component of this round (interview comes from the panel)`,
            'unknown_component',
          );
        const r = checkScore(String(value), col);
        if (!r.ok) throw scoreFieldInvalid(kind === 'skb' ? `skbComponents.${key}` : key, r.message, 'range');
        return r.value;
      };
      if (skd) {
        const twk = dto.twk !== undefined ? check('skd', 'twk', dto.twk) : before.twk;
        const tiu = dto.tiu !== undefined ? check('skd', 'tiu', dto.tiu) : before.tiu;
        const tkp = dto.tkp !== undefined ? check('skd', 'tkp', dto.tkp) : before.tkp;
        if (twk === null || tiu === null || tkp === null) throw skdIncomplete();
        Object.assign(sets, { skd_twk: twk, skd_tiu: tiu, skd_tkp: tkp, skd_total: twk + tiu + tkp, skd_scored_at: before.skdScoredAt ?? new Date() });
      }
      if (skb) {
        const comps: Record<string, number> = { ...(before.skbComponents ?? {}) };
        for (const [key, value] of Object.entries(dto.skbComponents ?? {})) {
          if (typeof value !== 'number') throw scoreFieldInvalid(`skbComponents.${key}`, `skbComponents.${key} must be a number`, 'is_number');
          comps[key] = check('skb', key, value);
        }
        Object.assign(sets, { skb_components: JSON.stringify(comps), skb_scored_at: before.skbScoredAt ?? new Date() });
      }
      if (pppk) {
        const technical = dto.technical !== undefined ? check('pppk', 'technical', dto.technical) : before.technical;
        const managerial = dto.managerialSocioCultural !== undefined ? check('pppk', 'managerialSocioCultural', dto.managerialSocioCultural) : before.managerialSocioCultural;
        const interview = dto.interview !== undefined ? check('pppk', 'interview', dto.interview) : before.interview;
        if (technical === null || managerial === null || interview === null) throw pppkIncomplete();
        Object.assign(sets, { pppk_technical: technical, pppk_managerial: managerial, pppk_interview: interview });
      }
      await updateVersioned(m, 'recruitment_applications', 'Application', id, dto.version, sets);
      const [after] = await m.query<ScoresRow[]>(`${SCORES_SELECT} WHERE a.id = $1`, [id]);
      const [unit] = await m.query<{ path: string }[]>(
        'SELECT u.path FROM recruitment_applications a JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units u ON u.id = v.unit_id WHERE a.id = $1',
        [id],
      );
      await this.audit.record(m, {
        unitPath: unit?.path ?? null,
        action: 'correct_scores',
        entity: 'recruitment_application',
        entityId: id,
        before: auditScores(before),
        after: { ...auditScores(after), reason: dto.reason },
      });
    });
    const [row] = await this.ds.query<ScoresRow[]>(`${SCORES_SELECT} WHERE a.id = $1`, [id]);
    return scoresDto(row);
  }
}
