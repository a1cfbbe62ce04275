import ExcelJS from 'exceljs';
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildNip, createPosition, unitByCode } from '../factories/index.js';

const HEADER = 'nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_pengangkatan,pendidikan,aktif';

function row(nip: string, opts: Partial<{ name: string; gender: string; birth: string; status: string; rank: string; unit: string; position: string }> = {}): string {
  return [
    nip,
    opts.name ?? 'Pegawai Impor',
    opts.gender ?? 'L',
    opts.birth ?? '1988-04-12',
    opts.status ?? 'pns',
    opts.rank ?? 'III/a',
    opts.unit ?? 'PKM-PONCOL',
    opts.position ?? '',
    '2012-03-01',
    'S1',
    'ya',
  ].join(',');
}

describe('POST /api/v1/employees/import', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.token('operator.dinkes');
  });
  afterAll(() => t.close());

  const upload = (csv: string | Buffer, dryRun: boolean, name = 'pegawai.csv', tok = token) =>
    t.http
      .post(`/api/v1/employees/import?dryRun=${dryRun}`)
      .set(bearer(tok))
      .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv), name);
  const count = async (nips: string[]) => (await t.ds.query('SELECT count(*)::int AS n FROM employees WHERE nip = ANY($1)', [nips]))[0].n as number;

  it('should require authentication', async () => {
    await t.http.post('/api/v1/employees/import').expect(401);
  });

  it('should report every bad row with its row number, column and reason in a dry run, writing nothing', async () => {
    const good = buildNip({ birthDate: '1988-04-12' });
    const badDate = buildNip({ birthDate: '1989-01-01' });
    const csv = [HEADER, row(good), row(badDate, { birth: '1989-01-02' }), row(buildNip({ birthDate: '1988-04-12' }), { unit: 'DISDIK' }), row('12345')].join('\n');
    const res = await upload(csv, true).expect(200);
    expect(res.body).toMatchObject({ dryRun: true, totalRows: 4, validRows: 1, invalidRows: 3, wouldCreate: 1 });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'tanggal_lahir', code: 'nip_mismatch' }),
      expect.objectContaining({ row: 4, column: 'kode_unit', code: 'unknown_unit' }),
      expect.objectContaining({ row: 5, column: 'nip', code: 'nip_format' }),
    ]);
    expect(await count([good])).toBe(0);
  });

  it('should write nothing at all when one row is bad (422 with the report), then everything once fixed', async () => {
    const nips = [buildNip({ birthDate: '1990-01-01' }), buildNip({ birthDate: '1990-01-01' }), buildNip({ birthDate: '1990-01-01', gender: 'P' })];
    const bad = [HEADER, row(nips[0], { birth: '1990-01-01' }), row(nips[1], { birth: '1990-01-01', status: 'honorer' }), row(nips[2], { birth: '1990-01-01', gender: 'P' })].join(
      '\n',
    );
    const res = await upload(bad, false).expect(422);
    expect(res.body.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.report.errors).toEqual([expect.objectContaining({ row: 3, column: 'status' })]);
    expect(res.body.errors[0].path).toBe('rows.3.status');
    expect(await count(nips)).toBe(0);

    const fixed = bad.replace('honorer', 'pns');
    const ok = await upload(fixed, false).expect(200);
    expect(ok.body).toMatchObject({ created: 3, updated: 0, invalidRows: 0 });
    expect(await count(nips)).toBe(3);
    const [audit] = await t.ds.query(`SELECT after FROM audit_events WHERE action = 'import' AND after->>'fileHash' = $1`, [ok.body.fileHash]);
    expect(audit.after).toMatchObject({ created: 3, rows: 3 });

    // Repeating the same file duplicates nobody and changes nothing.
    const again = await upload(fixed, false).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await count(nips)).toBe(3);

    // A changed name updates by NIP.
    const renamed = fixed.replace(`${nips[0]},Pegawai Impor`, `${nips[0]},Nama Diganti`);
    const upd = await upload(renamed, false).expect(200);
    expect(upd.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('should link the position by title within the unit and compute the retirement date', async () => {
    const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
    const pos = await createPosition(t.ds, pkm.id, 'Bidan Impor Uji', 'pelaksana');
    const nip = buildNip({ birthDate: '1967-03-15', gender: 'P' });
    await upload([HEADER, row(nip, { birth: '15/03/1967', gender: 'P', position: pos.title })].join('\n'), false).expect(200);
    const [e] = await t.ds.query('SELECT position_id, retirement_date FROM employees WHERE nip = $1', [nip]);
    expect(e).toEqual({ position_id: pos.id, retirement_date: '2025-04-01' });
  });

  it('should read XLSX workbooks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(HEADER.split(','));
    const nip = buildNip({ birthDate: '1992-07-07' });
    ws.addRow([nip, 'Pegawai Excel', 'L', new Date(Date.UTC(1992, 6, 7)), 'pns', 'II/c', 'PKM-PONCOL', '', '2015-01-01', 'D3', 'ya']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(buf, false, 'pegawai.xlsx').expect(200);
    expect(res.body.created).toBe(1);
    expect(await count([nip])).toBe(1);
  });

  it('should refuse a file without the required columns, naming them', async () => {
    const res = await upload('nip,nama\n1,2', true).expect(400);
    expect(res.body.code).toBe('IMPORT_FILE_INVALID');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['jenis_kelamin', 'tanggal_lahir', 'status', 'kode_unit']));
  });

  it('should refuse a request without a file', async () => {
    const res = await t.http.post('/api/v1/employees/import?dryRun=true').set(bearer(token)).field('x', '1').expect(400);
    expect(res.body.errors[0].path).toBe('file');
  });

  it('should flag a NIP repeated within the file', async () => {
    const nip = buildNip({ birthDate: '1988-04-12' });
    const res = await upload([HEADER, row(nip), row(nip)].join('\n'), true).expect(200);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 3, column: 'nip', code: 'duplicate_in_file' })]);
  });

  it('should refuse to overwrite an employee of a sibling unit through the import', async () => {
    const [disdikEmp] = await t.ds.query(
      `SELECT e.nip, to_char(e.birth_date, 'YYYY-MM-DD') AS birth, e.gender FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE u.path LIKE (SELECT path FROM org_units WHERE code = 'DISDIK') || '%' AND e.status <> 'pppk' LIMIT 1`,
    );
    const res = await upload([HEADER, row(disdikEmp.nip, { birth: disdikEmp.birth, gender: disdikEmp.gender })].join('\n'), true).expect(200);
    expect(res.body.errors).toEqual([expect.objectContaining({ column: 'nip', code: 'outside_scope' })]);
  });

  describe('GET /api/v1/employees/import/template', () => {
    it('should serve the CSV template with the expected header', async () => {
      const res = await t.http.get('/api/v1/employees/import/template?format=csv').set(bearer(token)).buffer(true).expect(200);
      expect(res.headers['content-disposition']).toContain('template-impor-pegawai.csv');
      expect(res.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(HEADER);
    });
  });

  describe('GET /api/v1/employees/export', () => {
    it('should export exactly the filtered list as CSV', async () => {
      const q = 'status=pppk&sortBy=nip';
      const list = await t.http.get(`/api/v1/employees?${q}&pageSize=200`).set(bearer(token)).expect(200);
      const res = await t.http.get(`/api/v1/employees/export?format=csv&${q}`).set(bearer(token)).buffer(true).expect(200);
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines.length - 1).toBe(list.body.total);
      expect(lines.slice(1).map((l: string) => l.split(',')[0])).toEqual(list.body.items.map((e: { nip: string }) => e.nip));
    });

    it('should export XLSX that reads back with the same rows', async () => {
      const list = await t.http.get('/api/v1/employees?retirementYear=2028&pageSize=200').set(bearer(token)).expect(200);
      const res = await t.http
        .get('/api/v1/employees/export?format=xlsx&retirementYear=2028')
        .set(bearer(token))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      expect(wb.worksheets[0].rowCount - 1).toBe(list.body.total);
    });
  });
});
