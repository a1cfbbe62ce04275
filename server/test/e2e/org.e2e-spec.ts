import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { unitByCode } from '../factories/index.js';

describe('organisation', () => {
  let t: TestApp;
  let planner: string;
  beforeAll(async () => {
    t = await createTestApp();
    planner = await t.token('planner.bkpp');
  });
  afterAll(() => t.close());

  describe('GET /api/v1/org-units', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/org-units').expect(401);
    });

    it('should hold the 16 kecamatan and 177 kelurahan of Kota Semarang', async () => {
      const kec = await t.http.get('/api/v1/org-units?kind=kecamatan&pageSize=50').set(bearer(planner)).expect(200);
      expect(kec.body.total).toBe(16);
      expect(kec.body.items.map((u: { regionCode: string }) => u.regionCode)).toContain('33.74.10');
      const kel = await t.http.get('/api/v1/org-units?kind=kelurahan&pageSize=1').set(bearer(planner)).expect(200);
      expect(kel.body.total).toBe(177);
    });

    it('should list a subtree with withinUnitId', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.get(`/api/v1/org-units?withinUnitId=${dinkes.id}&kind=puskesmas&pageSize=100`).set(bearer(planner)).expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(37);
    });
  });

  describe('GET /api/v1/org-units/tree', () => {
    it('should count employees per subtree', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.get(`/api/v1/org-units/tree?rootId=${dinkes.id}`).set(bearer(planner)).expect(200);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1', [`${dinkes.path}%`]);
      expect(res.body[0].employeeCount).toBe(n);
      const childSum = res.body[0].children.reduce((s: number, c: { employeeCount: number }) => s + c.employeeCount, 0);
      expect(childSum).toBeLessThanOrEqual(n);
    });
  });

  describe('units: create, move, delete', () => {
    it('should create a unit under a parent, move it with its subtree, refuse a cycle and delete it when empty', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const bappeda = await unitByCode(t.ds, 'BAPPEDA');
      const a = await t.http
        .post('/api/v1/org-units')
        .set(bearer(planner))
        .send({ code: 'UPTD-UJI', name: 'UPTD Uji', kind: 'uptd', sector: 'kesehatan', parentId: dinkes.id })
        .expect(201);
      const b = await t.http
        .post('/api/v1/org-units')
        .set(bearer(planner))
        .send({ code: 'UPTD-UJI-B', name: 'Seksi Uji', kind: 'bagian', sector: 'kesehatan', parentId: a.body.id })
        .expect(201);
      expect(b.body.depth).toBe(a.body.depth + 1);
      const cycle = await t.http.patch(`/api/v1/org-units/${a.body.id}`).set(bearer(planner)).send({ version: 1, parentId: b.body.id }).expect(422);
      expect(cycle.body.code).toBe('ORG_UNIT_CYCLE');
      await t.http.patch(`/api/v1/org-units/${a.body.id}`).set(bearer(planner)).send({ version: 1, parentId: bappeda.id }).expect(200);
      const [child] = await t.ds.query('SELECT path FROM org_units WHERE id = $1', [b.body.id]);
      expect(child.path.startsWith(bappeda.path)).toBe(true);
      const inUse = await t.http.delete(`/api/v1/org-units/${a.body.id}`).set(bearer(planner)).expect(409);
      expect(inUse.body.code).toBe('ORG_UNIT_IN_USE');
      await t.http.delete(`/api/v1/org-units/${b.body.id}`).set(bearer(planner)).expect(204);
      await t.http.delete(`/api/v1/org-units/${a.body.id}`).set(bearer(planner)).expect(204);
    });

    it('should answer 409 DUPLICATE naming code for an existing code', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.post('/api/v1/org-units').set(bearer(planner)).send({ code: 'DISDIK', name: 'x', kind: 'uptd', sector: 'lainnya', parentId: dinkes.id }).expect(409);
      expect(res.body.errors[0].path).toBe('code');
    });
  });

  describe('positions', () => {
    it('should require a functional level exactly for functional positions', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const res = await t.http.post('/api/v1/positions').set(bearer(planner)).send({ unitId: pkm.id, title: 'Dokter', kind: 'fungsional' }).expect(400);
      expect(res.body.errors[0].path).toBe('functionalLevel');
      const ok = await t.http
        .post('/api/v1/positions')
        .set(bearer(planner))
        .send({ unitId: pkm.id, title: 'Dokter Ahli Muda Uji', kind: 'fungsional', functionalLevel: 'ahli_muda', class: 11, needsMethod: 'wisn' })
        .expect(201);
      expect(ok.body).toMatchObject({ class: 11, functionalLevel: 'ahli_muda', needsMethod: 'wisn', employeeCount: 0 });
    });
  });

  describe('service drivers', () => {
    it('should hold the population per kecamatan from the real data', async () => {
      const res = await t.http.get('/api/v1/service-drivers?key=population&year=2022&pageSize=200').set(bearer(planner)).expect(200);
      const kecamatan = res.body.items.filter((d: { unitName: string }) => /Tembalang/.test(d.unitName));
      expect(kecamatan.length).toBeGreaterThan(0);
      const [{ total }] = await t.ds.query(
        `SELECT sum(d.value)::bigint AS total FROM service_drivers d JOIN org_units u ON u.id = d.unit_id WHERE d.key = 'population' AND d.year = 2022 AND u.kind = 'kecamatan'`,
      );
      expect(Number(total)).toBe(1659975);
    });
  });
});
