/**
 * An employee without a NIP: a CPNS appointed from a recruitment round before BKN issued the number.
 * The list, the detail, the search, the sort and the exports carry it (nip null / empty), and a PATCH gives it its NIP once.
 */
import ExcelJS from 'exceljs';
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildEmployee, buildNip, unitByCode } from '../factories/index.js';

describe('employees without a NIP', () => {
  let t: TestApp;
  let token: string;
  let pkm: { id: string; path: string };
  let id: string;
  const name = `Calon Pegawai Tanpa NIP ${Date.now() % 1_000_000}`;
  const birthDate = '1998-04-12';

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.token('operator.dinkes');
    pkm = await unitByCode(t.ds, 'PKM-PONCOL');
    const [row] = await t.ds.query(
      `INSERT INTO employees (nip, name, gender, birth_date, status, rank, unit_id, appointment_date, retirement_date)
       VALUES (NULL, $1, 'P', $2, 'cpns', 'III/a', $3, '2026-11-01', '2056-05-01') RETURNING id`,
      [name, birthDate, pkm.id],
    );
    id = row.id;
  });
  afterAll(async () => {
    await t.ds.query('DELETE FROM employees WHERE id = $1', [id]);
    await t.close();
  });

  it('should list it with nip null, found by name, and sort it after the NIPs', async () => {
    const found = await t.http
      .get(`/api/v1/employees?q=${encodeURIComponent(name)}`)
      .set(bearer(token))
      .expect(200);
    expect(found.body.total).toBe(1);
    expect(found.body.items[0]).toMatchObject({ id, nip: null, name, status: 'cpns' });

    const asc = await t.http.get(`/api/v1/employees?unitId=${pkm.id}&status=cpns&sortBy=nip&sortOrder=asc&pageSize=200`).set(bearer(token)).expect(200);
    const nips = asc.body.items.map((e: { nip: string | null }) => e.nip);
    expect(nips).toContain(null);
    expect(nips.indexOf(null)).toBe(nips.length - nips.filter((n: string | null) => n === null).length);
    const desc = await t.http.get(`/api/v1/employees?unitId=${pkm.id}&status=cpns&sortBy=nip&sortOrder=desc&pageSize=200`).set(bearer(token)).expect(200);
    expect(desc.body.items.at(-1).nip).toBeNull();
  });

  it('should show the detail without a NIP breakdown', async () => {
    const res = await t.http.get(`/api/v1/employees/${id}`).set(bearer(token)).expect(200);
    expect(res.body).toMatchObject({ id, nip: null, nipInfo: null, birthDate, gender: 'P' });
  });

  it('should export it as CSV with an empty NIP cell and as XLSX', async () => {
    const q = `q=${encodeURIComponent(name)}`;
    const csv = await t.http.get(`/api/v1/employees/export?format=csv&${q}`).set(bearer(token)).buffer(true).expect(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1].split(',').slice(0, 3)).toEqual(['', name, 'P']);

    const xlsx = await t.http
      .get(`/api/v1/employees/export?format=xlsx&${q}`)
      .set(bearer(token))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value ?? '').toBe('');
    expect(ws.getRow(2).getCell(2).value).toBe(name);
  });

  it('should still require a NIP to create an employee', async () => {
    const { nip: _nip, ...body } = buildEmployee({ unitId: pkm.id });
    const res = await t.http.post('/api/v1/employees').set(bearer(token)).send(body).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('nip');
  });

  it('should give it a NIP by PATCH once, validated like any entered NIP, audited', async () => {
    const [{ version }] = await t.ds.query('SELECT version FROM employees WHERE id = $1', [id]);

    const badFormat = await t.http.patch(`/api/v1/employees/${id}`).set(bearer(token)).send({ version, nip: '1998' }).expect(400);
    expect(badFormat.body.errors).toEqual([expect.objectContaining({ path: 'nip' })]);
    const otherBirth = buildNip({ birthDate: '1998-04-13', gender: 'P', appointment: '2026-11' });
    const mismatch = await t.http.patch(`/api/v1/employees/${id}`).set(bearer(token)).send({ version, nip: otherBirth }).expect(400);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ path: 'birthDate', code: 'nip_mismatch' })]);
    const [still] = await t.ds.query('SELECT nip, version FROM employees WHERE id = $1', [id]);
    expect(still).toEqual({ nip: null, version });

    const nip = buildNip({ birthDate, gender: 'P', appointment: '2026-11' });
    const ok = await t.http.patch(`/api/v1/employees/${id}`).set(bearer(token)).send({ version, nip }).expect(200);
    expect(ok.body).toMatchObject({ id, nip, version: version + 1, name, status: 'cpns' });
    expect(ok.body.nipInfo).toMatchObject({ birthDate, gender: 'P', appointmentMonth: '2026-11' });
    const [audit] = await t.ds.query(`SELECT before, after FROM audit_events WHERE entity = 'employee' AND entity_id = $1 AND action = 'update'`, [id]);
    expect(audit.before.nip).toBeNull();
    expect(audit.after.nip).toBe(nip);

    const byNip = await t.http
      .get(`/api/v1/employees?q=${nip.slice(0, 14)}`)
      .set(bearer(token))
      .expect(200);
    expect(byNip.body.items.map((e: { id: string }) => e.id)).toContain(id);

    const again = await t.http
      .patch(`/api/v1/employees/${id}`)
      .set(bearer(token))
      .send({ version: version + 1, nip: buildNip({ birthDate, gender: 'P', appointment: '2026-11' }) })
      .expect(400);
    expect(again.body.errors).toEqual([expect.objectContaining({ path: 'nip', code: 'nip_immutable' })]);
    // the same NIP again is no change
    await t.http
      .patch(`/api/v1/employees/${id}`)
      .set(bearer(token))
      .send({ version: version + 1, nip })
      .expect(200);
  });
});
