/**
 * Employee spreadsheets: the columns an official keeps, read from CSV or XLSX into raw rows,
 * and each raw row checked into a clean record or a list of cell errors. Pure: no Nest, no database.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isoDate, isRealDate } from '../../reference/calc/dates.js';
import { checkEmployeeIdentity, checkRank } from '../employee-rules.js';

export interface ColumnSpec {
  field: keyof RawEmployee;
  header: string;
  aliases: string[];
  required: boolean;
  description: string;
  example: string;
}

export interface RawEmployee {
  nip: string;
  name: string;
  gender: string;
  birthDate: string;
  status: string;
  rank: string;
  unitCode: string;
  positionTitle: string;
  appointmentDate: string;
  education: string;
  active: string;
}

/** The template's columns (Indonesian headers first; English aliases accepted). */
export const COLUMNS: ColumnSpec[] = [
  { field: 'nip', header: 'nip', aliases: ['nip_baru'], required: true, description: 'NIP 18 digit', example: '199001152015032002' },
  { field: 'name', header: 'nama', aliases: ['name', 'nama_lengkap', 'nama_pegawai'], required: true, description: 'Nama lengkap dengan gelar', example: 'Dewi Lestari, S.Kep.' },
  { field: 'gender', header: 'jenis_kelamin', aliases: ['gender', 'jk', 'sex'], required: true, description: 'L atau P', example: 'P' },
  {
    field: 'birthDate',
    header: 'tanggal_lahir',
    aliases: ['birth_date', 'tgl_lahir', 'birthdate'],
    required: true,
    description: 'yyyy-mm-dd atau dd/mm/yyyy',
    example: '1990-01-15',
  },
  { field: 'status', header: 'status', aliases: ['status_pegawai', 'status_kepegawaian'], required: true, description: 'pns, cpns atau pppk', example: 'pns' },
  { field: 'rank', header: 'golongan', aliases: ['rank', 'gol', 'pangkat_golongan'], required: false, description: 'PNS I/a–IV/e, PPPK I–XVII', example: 'III/a' },
  {
    field: 'unitCode',
    header: 'kode_unit',
    aliases: ['unit_code', 'kode_unit_kerja', 'unit'],
    required: true,
    description: 'Kode unit kerja (lihat daftar unit)',
    example: 'PKM-PONCOL',
  },
  {
    field: 'positionTitle',
    header: 'jabatan',
    aliases: ['position', 'position_title', 'nama_jabatan'],
    required: false,
    description: 'Nama jabatan persis seperti di unit tersebut',
    example: 'Perawat Ahli Pertama',
  },
  {
    field: 'appointmentDate',
    header: 'tmt_pengangkatan',
    aliases: ['appointment_date', 'tmt_cpns', 'tmt'],
    required: false,
    description: 'Tanggal pengangkatan pertama',
    example: '2015-03-01',
  },
  { field: 'education', header: 'pendidikan', aliases: ['education', 'pendidikan_terakhir'], required: false, description: 'Pendidikan terakhir', example: 'S1 Keperawatan' },
  { field: 'active', header: 'aktif', aliases: ['active', 'status_aktif'], required: false, description: 'ya/tidak (kosong = ya)', example: 'ya' },
];

export interface CellError {
  /** Row number as the official sees it in the file (the header is row 1). */
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

export interface CleanEmployee {
  row: number;
  nip: string;
  name: string;
  gender: 'L' | 'P';
  birthDate: string;
  status: 'pns' | 'cpns' | 'pppk';
  rank: string | null;
  unitCode: string;
  positionTitle: string | null;
  appointmentDate: string | null;
  education: string | null;
  active: boolean;
}

export class FileFormatError extends Error {
  constructor(
    message: string,
    public readonly missingColumns: string[] = [],
  ) {
    super(message);
  }
}

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_');

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (typeof o.text === 'string') return o.text;
    return '';
  }
  return (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)).trim();
}

export type FileKind = 'csv' | 'xlsx';

export function detectKind(filename: string, buffer: Buffer): FileKind {
  if (buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b) return 'xlsx'; // ZIP container
  if (/\.xlsx$/i.test(filename)) throw new FileFormatError('The file is named .xlsx but is not an Excel workbook.');
  if (/\.xls$/i.test(filename)) throw new FileFormatError('Old .xls workbooks are not supported: save the file as .xlsx or .csv.');
  return 'csv';
}

/** Reads the first sheet (or the CSV) into a header map and rows of text cells. */
export async function readTable(filename: string, buffer: Buffer): Promise<{ headers: string[]; rows: string[][] }> {
  const kind = detectKind(filename, buffer);
  if (kind === 'xlsx') {
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it is slow to load
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new FileFormatError('The workbook could not be read; save it again as .xlsx.');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new FileFormatError('The workbook has no sheet.');
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as unknown[];
      rows[n - 1] = values.slice(1).map(cellText);
    });
    const [head = [], ...data] = Array.from(rows, (r) => r ?? []);
    return { headers: head.map(norm), rows: data };
  }
  const text = buffer.toString('utf8');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (e) {
    throw new FileFormatError(`The CSV could not be read: ${(e as Error).message}`);
  }
  const [head = [], ...data] = records;
  return { headers: head.map(norm), rows: data };
}

/** Maps the file's headers onto the template's fields; unknown columns are ignored, missing required ones refused. */
export function mapColumns(headers: string[]): Map<keyof RawEmployee, number> {
  const map = new Map<keyof RawEmployee, number>();
  for (const c of COLUMNS) {
    const idx = headers.findIndex((h) => h === c.header || c.aliases.includes(h));
    if (idx >= 0) map.set(c.field, idx);
  }
  const missing = COLUMNS.filter((c) => c.required && !map.has(c.field)).map((c) => c.header);
  if (missing.length) throw new FileFormatError(`The file lacks required column(s): ${missing.join(', ')}. Download the template for the expected headers.`, missing);
  return map;
}

const GENDER: Record<string, 'L' | 'P'> = { l: 'L', p: 'P', m: 'L', f: 'P', 'laki-laki': 'L', laki_laki: 'L', 'laki laki': 'L', perempuan: 'P', pria: 'L', wanita: 'P' };
const YES = new Set(['', 'ya', 'y', 'yes', 'true', '1', 'aktif']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'nonaktif', 'tidak aktif']);

/** yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy or an Excel serial number → ISO date, or null. */
export function parseDateCell(v: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return isRealDate(+m[1], +m[2], +m[3]) ? isoDate(+m[1], +m[2], +m[3]) : null;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) return isRealDate(+m[3], +m[2], +m[1]) ? isoDate(+m[3], +m[2], +m[1]) : null;
  if (/^\d{5}(\.0+)?$/.test(v)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(v) * 86400000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** Checks one row; returns the clean record or the errors of its cells. */
export function checkRow(rowNumber: number, cells: string[], map: Map<keyof RawEmployee, number>): { ok: true; value: CleanEmployee } | { ok: false; errors: CellError[] } {
  const get = (f: keyof RawEmployee) => {
    const i = map.get(f);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const header = (f: keyof RawEmployee) => COLUMNS.find((c) => c.field === f)!.header;
  const errors: CellError[] = [];
  const err = (f: keyof RawEmployee, code: string, message: string) => errors.push({ row: rowNumber, column: header(f), value: get(f), code, message });

  for (const c of COLUMNS) if (c.required && !get(c.field)) err(c.field, 'required', `${c.header} is empty`);
  const nip = get('nip').replace(/\s/g, '');
  const gender = GENDER[get('gender').toLowerCase()];
  if (get('gender') && !gender) err('gender', 'invalid', 'jenis_kelamin must be L or P');
  const birthDate = get('birthDate') ? parseDateCell(get('birthDate')) : null;
  if (get('birthDate') && !birthDate) err('birthDate', 'invalid_date', 'tanggal_lahir is not a real date (yyyy-mm-dd or dd/mm/yyyy)');
  const status = get('status').toLowerCase();
  if (status && !['pns', 'cpns', 'pppk'].includes(status)) err('status', 'invalid', 'status must be pns, cpns or pppk');
  const rank = get('rank') || null;
  const appointmentDate = get('appointmentDate') ? parseDateCell(get('appointmentDate')) : null;
  if (get('appointmentDate') && !appointmentDate) err('appointmentDate', 'invalid_date', 'tmt_pengangkatan is not a real date');
  const activeRaw = get('active').toLowerCase();
  if (!YES.has(activeRaw) && !NO.has(activeRaw)) err('active', 'invalid', 'aktif must be ya or tidak');
  if (get('name').length > 200) err('name', 'too_long', 'nama is longer than 200 characters');

  if (nip && !/^\d{18}$/.test(nip)) err('nip', 'nip_format', 'NIP must be exactly 18 digits');
  else if (nip && gender && birthDate && ['pns', 'cpns', 'pppk'].includes(status)) {
    const fieldToColumn: Record<string, keyof RawEmployee> = { nip: 'nip', birthDate: 'birthDate', gender: 'gender' };
    for (const e of checkEmployeeIdentity({ nip, birthDate, gender, status })) err(fieldToColumn[e.path] ?? 'nip', e.code, e.message);
  }
  if (rank && status) for (const e of checkRank(status, rank)) err('rank', e.code, e.message);
  if (appointmentDate && birthDate && appointmentDate <= birthDate) err('appointmentDate', 'range', 'tmt_pengangkatan must be after tanggal_lahir');

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      row: rowNumber,
      nip,
      name: get('name'),
      gender: gender,
      birthDate: birthDate!,
      status: status as CleanEmployee['status'],
      rank,
      unitCode: get('unitCode'),
      positionTitle: get('positionTitle') || null,
      appointmentDate,
      education: get('education') || null,
      active: !NO.has(activeRaw),
    },
  };
}

export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => !c || !c.trim());
}
