import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildEmployee, buildNip, createPosition, unitByCode } from '../factories/index.js';

describe('employees', () => {
  let t: TestApp;
  let token: string;
  let pkm: { id: string; path: string };

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.token('operator.dinkes');
    pkm = await unitByCode(t.ds, 'PKM-PONCOL');
  });
  afterAll(() => t.close());

  describe('GET /api/v1/employees', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/employees').expect(401);
    });

    it('should page, sort and count', async () => {
      const res = await t.http.get('/api/v1/employees?page=2&pageSize=10&sortBy=name&sortOrder=desc').set(bearer(token)).expect(200);
      expect(res.body).toMatchObject({ page: 2, pageSize: 10 });
      expect(res.body.items).toHaveLength(10);
      const names = res.body.items.map((e: { name: string }) => e.name);
      expect([...names].sort().reverse()).toEqual(names);
    });

    it('should name the bad query parameter', async () => {
      const res = await t.http.get('/api/v1/employees?pageSize=500&sortBy=salary').set(bearer(token)).expect(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['pageSize', 'sortBy']));
    });

    it('should filter by retirement year', async () => {
      const res = await t.http.get('/api/v1/employees?retirementYear=2027&pageSize=200').set(bearer(token)).expect(200);
      for (const e of res.body.items) expect(e.retirementDate.startsWith('2027')).toBe(true);
    });
  });

  describe('POST /api/v1/employees', () => {
    it('should create an employee with the derived retirement date and write an audit event in the same transaction', async () => {
      const pos = await createPosition(t.ds, pkm.id, 'Perawat Uji', 'pelaksana');
      const body = buildEmployee({ unitId: pkm.id, birthDate: '1967-03-15', gender: 'P', positionId: pos.id });
      const res = await t.http.post('/api/v1/employees').set(bearer(token)).set('x-request-id', 'create-emp-1').send(body).expect(201);
      expect(res.body).toMatchObject({ nip: body.nip, retirementDate: '2025-04-01', retirementAge: 58, unitId: pkm.id, version: 1 });
      expect(res.body.nipInfo).toMatchObject({ birthDate: '1967-03-15', gender: 'P' });
      const [audit] = await t.ds.query(`SELECT * FROM audit_events WHERE entity = 'employee' AND entity_id = $1 AND action = 'create'`, [res.body.id]);
      expect(audit.correlation_id).toBe('create-emp-1');
      expect(audit.after.nip).toBe(body.nip);
      expect(audit.actor_name).toBeTruthy();
    });

    it('should refuse a birth date that disagrees with the NIP, naming the field, and write nothing', async () => {
      const body = { ...buildEmployee({ unitId: pkm.id, birthDate: '1980-01-01' }), birthDate: '1980-01-02' };
      const res = await t.http.post('/api/v1/employees').set(bearer(token)).send(body).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'birthDate', code: 'nip_mismatch' })]);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees WHERE nip = $1', [body.nip]);
      expect(n).toBe(0);
    });

    it('should refuse a gender that disagrees with the NIP but not for PPPK', async () => {
      const nip = buildNip({ birthDate: '1991-02-03', gender: 'L' });
      const bad = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send({ ...buildEmployee({ unitId: pkm.id, birthDate: '1991-02-03' }), nip, gender: 'P' })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('gender');
      await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send({ ...buildEmployee({ unitId: pkm.id, birthDate: '1991-02-03' }), nip, gender: 'P', status: 'pppk', rank: 'IX' })
        .expect(201);
    });

    it('should name every invalid field (format, enum, date, unknown)', async () => {
      const res = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send({ nip: '123', name: '', gender: 'X', birthDate: '1990-02-30', status: 'honorer', unitId: 'not-a-uuid', salary: 1 })
        .expect(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['nip', 'name', 'gender', 'birthDate', 'status', 'unitId', 'salary']));
    });

    it('should answer 409 DUPLICATE naming nip when the NIP exists', async () => {
      const body = buildEmployee({ unitId: pkm.id });
      await t.http.post('/api/v1/employees').set(bearer(token)).send(body).expect(201);
      const res = await t.http.post('/api/v1/employees').set(bearer(token)).send(body).expect(409);
      expect(res.body).toMatchObject({ code: 'DUPLICATE', errors: [expect.objectContaining({ path: 'nip' })] });
    });

    it('should refuse a rank of the wrong scheme', async () => {
      const res = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send({ ...buildEmployee({ unitId: pkm.id }), rank: 'IX' })
        .expect(400);
      expect(res.body.errors[0].path).toBe('rank');
    });

    it('should answer 413 for a body over the limit', async () => {
      const res = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send({ name: 'x'.repeat(1_100_000) })
        .expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('PATCH /api/v1/employees/:id', () => {
    it('should update with the current version and refuse a stale one with 409', async () => {
      const created = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send(buildEmployee({ unitId: pkm.id }))
        .expect(201);
      const ok = await t.http.patch(`/api/v1/employees/${created.body.id}`).set(bearer(token)).send({ version: 1, name: 'Nama Baru' }).expect(200);
      expect(ok.body).toMatchObject({ name: 'Nama Baru', version: 2 });
      const stale = await t.http.patch(`/api/v1/employees/${created.body.id}`).set(bearer(token)).send({ version: 1, name: 'Tertimpa' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const now = await t.http.get(`/api/v1/employees/${created.body.id}`).set(bearer(token)).expect(200);
      expect(now.body.name).toBe('Nama Baru');
      const audits = await t.ds.query(`SELECT before->>'name' AS b, after->>'name' AS a FROM audit_events WHERE entity_id = $1 AND action = 'update'`, [created.body.id]);
      expect(audits).toEqual([{ b: created.body.name, a: 'Nama Baru' }]);
    });

    it('should require the version', async () => {
      const created = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send(buildEmployee({ unitId: pkm.id }))
        .expect(201);
      const res = await t.http.patch(`/api/v1/employees/${created.body.id}`).set(bearer(token)).send({ name: 'x' }).expect(400);
      expect(res.body.errors[0].path).toBe('version');
    });

    it('should answer 400 naming id for a malformed id', async () => {
      const res = await t.http.get('/api/v1/employees/123').set(bearer(token)).expect(400);
      expect(res.body.errors[0].path).toBe('id');
    });
  });

  describe('retirement dates follow the position', () => {
    it('should recompute holders when the position becomes a JPT (age 60)', async () => {
      const pos = await createPosition(t.ds, pkm.id, 'Kepala Uji', 'pelaksana');
      const emp = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send(buildEmployee({ unitId: pkm.id, birthDate: '1965-12-20', positionId: pos.id }))
        .expect(201);
      expect(emp.body.retirementDate).toBe('2024-01-01');
      const admin = await t.token('admin');
      await t.http.patch(`/api/v1/positions/${pos.id}`).set(bearer(admin)).send({ version: 1, kind: 'jpt' }).expect(200);
      const after = await t.http.get(`/api/v1/employees/${emp.body.id}`).set(bearer(token)).expect(200);
      expect(after.body.retirementDate).toBe('2026-01-01');
      expect(after.body.retirementAge).toBe(60);
    });
  });

  describe('GET /api/v1/employees/stats', () => {
    it('should count by status and give retirements for each of the next 5 years', async () => {
      const res = await t.http
        .get('/api/v1/employees/stats')
        .set(bearer(await t.token('planner.bkpp')))
        .expect(200);
      expect(res.body.retirementsByYear).toHaveLength(5);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees WHERE active');
      expect(res.body.total).toBe(n);
      expect(res.body.byStatus.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBe(n);
      expect(res.body.byUnit.reduce((s: number, x: { total: number }) => s + x.total, 0)).toBe(n);
    });
  });

  describe('DELETE /api/v1/employees/:id', () => {
    it('should delete and audit', async () => {
      const created = await t.http
        .post('/api/v1/employees')
        .set(bearer(token))
        .send(buildEmployee({ unitId: pkm.id }))
        .expect(201);
      await t.http.delete(`/api/v1/employees/${created.body.id}`).set(bearer(token)).expect(204);
      await t.http.get(`/api/v1/employees/${created.body.id}`).set(bearer(token)).expect(404);
      const [a] = await t.ds.query(`SELECT before->>'nip' AS nip FROM audit_events WHERE entity_id = $1 AND action = 'delete'`, [created.body.id]);
      expect(a.nip).toBe(created.body.nip);
    });
  });
});
