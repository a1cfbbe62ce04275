import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { ExportFile, XLSX_TYPE } from '../../../common/files.js';
import { Principal } from '../../../common/principal.js';
import { DomainError } from '../../../common/problem.js';
import { inScope, unitScopeSql } from '../../../common/scope.js';
import { AuditService } from '../../audit/audit.service.js';
import { EventsService } from '../../events/events.service.js';
import { RetirementDatesService } from '../../reference/retirement-dates.service.js';
import { EMPLOYEE_SELECT, employeeOrderSql, EmployeeRow, EmployeesService } from '../employees.service.js';
import { ExportEmployeesQueryDto } from '../dto/employee.dto.js';
import { ImportReportDto } from '../dto/import.dto.js';
import { CellError, checkRow, CleanEmployee, COLUMNS, FileFormatError, isBlankRow, mapColumns, readTable } from './employee-file.js';

const COPY_SPECIAL = /[\\\t\n\r]/;

/** COPY text format: escape backslash, tab, newline, carriage return; null as \N. */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string' && !COPY_SPECIAL.test(v)) return v;
  return (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v))
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

async function copyInto(client: PoolClient, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const chunkSize = 2000;
  async function* lines() {
    for (let i = 0; i < rows.length; i += chunkSize) {
      yield (
        rows
          .slice(i, i + chunkSize)
          .map((r) => r.map(copyValue).join('\t'))
          .join('\n') + '\n'
      );
    }
  }
  await pipeline(Readable.from(lines()), stream);
}

@Injectable()
export class EmployeesImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly retirement: RetirementDatesService,
    private readonly employees: EmployeesService,
    private readonly events: EventsService,
  ) {}

  /**
   * Dry run: checks every row and reports each bad cell, writing nothing.
   * Real run: the same checks; if any row is bad nothing is written (422 with the report);
   * otherwise every row is upserted by NIP in one transaction (re-running the same file changes nothing).
   */
  async import(p: Principal, file: { originalname: string; buffer: Buffer }, dryRun: boolean): Promise<ImportReportDto> {
    const started = Date.now();
    const fileHash = createHash('sha256').update(file.buffer).digest('hex');
    let table: { headers: string[]; rows: string[][] };
    let map: ReturnType<typeof mapColumns>;
    try {
      table = await readTable(file.originalname, file.buffer);
      map = mapColumns(table.headers);
    } catch (e) {
      if (e instanceof FileFormatError) {
        throw new DomainError(
          400,
          'IMPORT_FILE_INVALID',
          'The file cannot be imported',
          e.message,
          e.missingColumns.length
            ? e.missingColumns.map((c) => ({ path: c, code: 'missing_column', message: `column ${c} is missing` }))
            : [{ path: 'file', code: 'unreadable', message: e.message }],
        );
      }
      throw e;
    }

    const errors: CellError[] = [];
    const clean: CleanEmployee[] = [];
    table.rows.forEach((cells, i) => {
      if (isBlankRow(cells)) return;
      const r = checkRow(i + 2, cells, map);
      if (r.ok) clean.push(r.value);
      else errors.push(...r.errors);
    });
    const totalRows = clean.length + new Set(errors.map((e) => e.row)).size;
    if (totalRows === 0) {
      throw new DomainError(400, 'IMPORT_FILE_EMPTY', 'The file cannot be imported', 'The file has no data rows.', [
        { path: 'file', code: 'empty', message: 'the file has no data rows' },
      ]);
    }

    // Database checks: unit codes in scope, positions of those units, NIPs repeated or held outside the scope.
    const params: unknown[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    const units: { id: string; code: string; path: string }[] = await this.ds.query(`SELECT u.id, u.code, u.path FROM org_units u ${scope ? `WHERE ${scope}` : ''}`, params);
    const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
    const positions: { id: string; unit_id: string; title: string; kind: string; functional_level: string | null; is_teacher: boolean; retirement_age_override: number | null }[] =
      await this.ds.query(
        `SELECT p.id, p.unit_id, p.title, p.kind, p.functional_level, p.is_teacher, p.retirement_age_override FROM positions p JOIN org_units u ON u.id = p.unit_id ${scope ? `WHERE ${scope}` : ''}`,
        params,
      );
    const positionByKey = new Map(positions.map((x) => [`${x.unit_id}|${x.title.toLowerCase()}`, x]));
    const existing: { nip: string; path: string }[] = await this.ds.query('SELECT e.nip, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.nip = ANY($1)', [
      clean.map((c) => c.nip),
    ]);
    const existingPath = new Map(existing.map((e) => [e.nip, e.path]));
    const rule = await this.retirement.rule();
    const seen = new Map<string, number>();
    const rows: unknown[][] = [];
    for (const c of clean) {
      const rowErrors: CellError[] = [];
      const unit = unitByCode.get(c.unitCode.toLowerCase());
      if (!unit) rowErrors.push({ row: c.row, column: 'kode_unit', value: c.unitCode, code: 'unknown_unit', message: `unit ${c.unitCode} does not exist or is outside your unit` });
      const pos = unit && c.positionTitle ? positionByKey.get(`${unit.id}|${c.positionTitle.toLowerCase()}`) : undefined;
      if (unit && c.positionTitle && !pos) {
        rowErrors.push({ row: c.row, column: 'jabatan', value: c.positionTitle, code: 'unknown_position', message: `unit ${c.unitCode} has no position "${c.positionTitle}"` });
      }
      const firstRow = seen.get(c.nip);
      if (firstRow) rowErrors.push({ row: c.row, column: 'nip', value: c.nip, code: 'duplicate_in_file', message: `NIP ${c.nip} appears already on row ${firstRow}` });
      else seen.set(c.nip, c.row);
      const held = existingPath.get(c.nip);
      if (held && !inScope(p, held))
        rowErrors.push({ row: c.row, column: 'nip', value: c.nip, code: 'outside_scope', message: 'this NIP is registered to an employee outside your unit' });
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      const retirementDate = this.retirement.dateFor(
        rule,
        c.birthDate,
        pos ? { kind: pos.kind, functionalLevel: pos.functional_level, isTeacher: pos.is_teacher, retirementAgeOverride: pos.retirement_age_override } : null,
      );
      rows.push([c.nip, c.name, c.gender, c.birthDate, c.status, c.rank, pos?.id ?? null, unit!.id, c.appointmentDate, c.education, c.active, retirementDate]);
    }
    errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    const invalidRows = new Set(errors.map((e) => e.row)).size;
    const report: ImportReportDto = {
      dryRun,
      fileName: file.originalname,
      fileHash,
      totalRows,
      validRows: totalRows - invalidRows,
      invalidRows,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: errors.slice(0, 1000),
      errorCount: errors.length,
      durationMs: 0,
    };
    if (dryRun) {
      const updates = rows.filter((r) => existingPath.has(r[0] as string)).length;
      report.wouldCreate = rows.length - updates;
      report.wouldUpdate = updates;
      report.durationMs = Date.now() - started;
      return report;
    }
    if (errors.length) {
      report.durationMs = Date.now() - started;
      throw new DomainError(
        422,
        'IMPORT_ROWS_INVALID',
        'Nothing was imported',
        `${invalidRows} of ${totalRows} rows have errors; fix them and import again. Nothing was written.`,
        errors.slice(0, 1000).map((e) => ({ path: `rows.${e.row}.${e.column}`, code: e.code, message: `row ${e.row}, ${e.column}: ${e.message}` })),
        { report },
      );
    }

    const counts = await this.ds.transaction(async (m) => {
      const client = (m.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
      await m.query(
        `CREATE TEMP TABLE employee_import (nip varchar(18), name varchar(200), gender char(1), birth_date date, status varchar(6), rank varchar(8),
           position_id uuid, unit_id uuid, appointment_date date, education varchar(60), active boolean, retirement_date date) ON COMMIT DROP`,
      );
      await copyInto(
        client,
        'employee_import',
        ['nip', 'name', 'gender', 'birth_date', 'status', 'rank', 'position_id', 'unit_id', 'appointment_date', 'education', 'active', 'retirement_date'],
        rows,
      );
      const [res]: { inserted: number; updated: number }[] = await m.query(
        `WITH up AS (
           INSERT INTO employees (nip, name, gender, birth_date, status, rank, position_id, unit_id, appointment_date, education, active, retirement_date)
           SELECT nip, name, gender, birth_date, status, rank, position_id, unit_id, appointment_date, education, active, retirement_date FROM employee_import
           ON CONFLICT (nip) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender, birth_date = EXCLUDED.birth_date, status = EXCLUDED.status,
             rank = EXCLUDED.rank, position_id = EXCLUDED.position_id, unit_id = EXCLUDED.unit_id, appointment_date = EXCLUDED.appointment_date,
             education = EXCLUDED.education, active = EXCLUDED.active, retirement_date = EXCLUDED.retirement_date,
             version = employees.version + 1, updated_at = now()
           WHERE (employees.name, employees.gender, employees.birth_date, employees.status, employees.rank, employees.position_id, employees.unit_id,
                  employees.appointment_date, employees.education, employees.active, employees.retirement_date)
             IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.gender, EXCLUDED.birth_date, EXCLUDED.status, EXCLUDED.rank, EXCLUDED.position_id, EXCLUDED.unit_id,
                  EXCLUDED.appointment_date, EXCLUDED.education, EXCLUDED.active, EXCLUDED.retirement_date)
           RETURNING (xmax = 0) AS inserted
         )
         SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
      );
      await this.audit.record(m, {
        action: 'import',
        entity: 'employee',
        entityId: null,
        after: { fileName: file.originalname, fileHash, rows: rows.length, created: res.inserted, updated: res.updated },
        unitPath: p.unitPath,
      });
      return res;
    });
    report.created = counts.inserted;
    report.updated = counts.updated;
    report.unchanged = rows.length - counts.inserted - counts.updated;
    report.durationMs = Date.now() - started;
    if (p.kind === 'user') {
      this.events.publish('import.completed', { entity: 'employee', fileHash, created: report.created, updated: report.updated, unchanged: report.unchanged }, [p.id]);
    }
    return report;
  }

  /** The import template: the headers, one example row, and (XLSX) a sheet explaining each column and listing the unit codes. */
  async template(p: Principal, format: 'xlsx' | 'csv'): Promise<ExportFile> {
    if (format === 'csv') {
      const body = stringify([COLUMNS.map((c) => c.header), COLUMNS.map((c) => c.example)]);
      return { filename: 'template-impor-pegawai.csv', contentType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${body}`) };
    }
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it is slow to load
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
    ws.addRow(COLUMNS.map((c) => c.example));
    ws.columns.forEach((col) => (col.width = 22));
    ws.getColumn(1).numFmt = '@';
    const help = wb.addWorksheet('Petunjuk');
    help.addRow(['kolom', 'wajib', 'keterangan', 'contoh']).font = { bold: true };
    for (const c of COLUMNS) help.addRow([c.header, c.required ? 'ya' : 'tidak', c.description, c.example]);
    help.columns.forEach((col) => (col.width = 30));
    const params: unknown[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    const units: { code: string; name: string }[] = await this.ds.query(`SELECT u.code, u.name FROM org_units u ${scope ? `WHERE ${scope}` : ''} ORDER BY u.code`, params);
    const unitSheet = wb.addWorksheet('Unit');
    unitSheet.addRow(['kode_unit', 'nama_unit']).font = { bold: true };
    for (const u of units) unitSheet.addRow([u.code, u.name]);
    unitSheet.columns.forEach((col) => (col.width = 40));
    return { filename: 'template-impor-pegawai.xlsx', contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  /** Exactly the filtered list, every page of it, as XLSX or CSV (the same columns as the import). */
  async export(p: Principal, q: ExportEmployeesQueryDto): Promise<ExportFile> {
    const { where, params } = await this.employees.filterSql(p, q);
    const rows: (EmployeeRow & { unit_code: string })[] = await this.ds.query(
      `${EMPLOYEE_SELECT.replace('u.path AS unit_path,', 'u.path AS unit_path, u.code AS unit_code,')} ${where} ${employeeOrderSql(q)}`,
      params,
    );
    const header = [...COLUMNS.map((c) => c.header), 'nama_unit', 'tmt_pensiun'];
    const line = (r: EmployeeRow & { unit_code: string }) => [
      r.nip ?? '', // a new CPNS has no NIP until BKN issues it
      r.name,
      r.gender,
      r.birth_date,
      r.status,
      r.rank ?? '',
      r.unit_code,
      r.position_title ?? '',
      r.appointment_date ?? '',
      r.education ?? '',
      r.active ? 'ya' : 'tidak',
      r.unit_name,
      r.retirement_date ?? '',
    ];
    const stamp = new Date().toISOString().slice(0, 10);
    if ((q.format ?? 'xlsx') === 'csv') {
      const body = stringify([header, ...rows.map(line)]);
      return { filename: `pegawai-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${body}`) };
    }
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it is slow to load
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(line(r));
    ws.getColumn(1).numFmt = '@';
    ws.columns.forEach((col, i) => (col.width = i === 1 ? 36 : 18));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    return { filename: `pegawai-${stamp}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}
