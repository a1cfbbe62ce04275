import ExcelJS from 'exceljs';
import { checkRow, FileFormatError, mapColumns, parseDateCell, readTable } from './employee-file.js';

const HEADER = ['nip', 'nama', 'jenis_kelamin', 'tanggal_lahir', 'status', 'golongan', 'kode_unit', 'jabatan', 'tmt_pengangkatan', 'pendidikan', 'aktif'];

describe('parseDateCell', () => {
  it.each([
    ['1990-01-15', '1990-01-15'],
    ['15/01/1990', '1990-01-15'],
    ['5-1-1990', '1990-01-05'],
    ['32874', '1990-01-01'],
    ['1990-02-30', null],
    ['31/04/1990', null],
    ['kemarin', null],
  ])('should read %s as %s', (v, expected) => {
    expect(parseDateCell(v)).toBe(expected);
  });
});

describe('readTable and mapColumns', () => {
  it('should read a semicolon CSV with a BOM and Indonesian headers', async () => {
    const csv = `\uFEFF${HEADER.join(';')}\n196608011988031001;Budi;L;1966-08-01;pns;III/a;DINKES;;;;\n`;
    const t = await readTable('x.csv', Buffer.from(csv));
    expect(t.headers[0]).toBe('nip');
    const map = mapColumns(t.headers);
    expect(map.get('unitCode')).toBe(6);
  });

  it('should accept English aliases', () => {
    const map = mapColumns(['nip', 'name', 'gender', 'birth_date', 'status', 'unit_code']);
    expect(map.get('birthDate')).toBe(3);
  });

  it('should name every missing required column', () => {
    try {
      mapColumns(['nip', 'nama']);
      throw new Error('expected a FileFormatError');
    } catch (e) {
      expect(e).toBeInstanceOf(FileFormatError);
      expect((e as FileFormatError).missingColumns).toEqual(['jenis_kelamin', 'tanggal_lahir', 'status', 'kode_unit']);
    }
  });

  it('should refuse a file named .xlsx that is not a workbook', async () => {
    await expect(readTable('x.xlsx', Buffer.from('a,b'))).rejects.toThrow(FileFormatError);
  });

  it('should read the first sheet of a workbook, dates included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.addRow(HEADER);
    ws.addRow(['196608011988031001', 'Budi', 'L', new Date(Date.UTC(1966, 7, 1)), 'pns', 'III/a', 'DINKES']);
    const t = await readTable('x.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(t.rows[0].slice(0, 4)).toEqual(['196608011988031001', 'Budi', 'L', '1966-08-01']);
  });
});

describe('checkRow', () => {
  const map = mapColumns(HEADER);
  const cells = (over: Partial<Record<string, string>> = {}) => {
    const base: Record<string, string> = {
      nip: '196608011988031001',
      nama: 'Budi',
      jenis_kelamin: 'L',
      tanggal_lahir: '1966-08-01',
      status: 'pns',
      golongan: 'III/a',
      kode_unit: 'DINKES',
      jabatan: '',
      tmt_pengangkatan: '1988-03-01',
      pendidikan: 'S1',
      aktif: '',
    };
    return HEADER.map((h) => over[h] ?? base[h]);
  };

  it('should clean a good row', () => {
    expect(checkRow(2, cells({ jenis_kelamin: 'Laki-laki' }), map)).toMatchObject({ ok: true, value: { row: 2, gender: 'L', active: true, rank: 'III/a' } });
  });

  it('should report each bad cell with row, column and value', () => {
    const r = checkRow(7, cells({ tanggal_lahir: '1966-08-02', status: 'honorer', aktif: 'mungkin', nama: '' }), map);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual(
        expect.arrayContaining([
          [7, 'nama', 'required'],
          [7, 'status', 'invalid'],
          [7, 'aktif', 'invalid'],
        ]),
      );
    }
  });

  it('should catch a birth date that disagrees with the NIP', () => {
    const r = checkRow(3, cells({ tanggal_lahir: '1966-08-02' }), map);
    expect(r).toMatchObject({ ok: false, errors: [{ row: 3, column: 'tanggal_lahir', code: 'nip_mismatch', value: '1966-08-02' }] });
  });

  it('should catch a PPPK rank on a PNS', () => {
    const r = checkRow(3, cells({ golongan: 'IX' }), map);
    expect(r).toMatchObject({ ok: false, errors: [{ column: 'golongan', code: 'rank_status' }] });
  });
});
