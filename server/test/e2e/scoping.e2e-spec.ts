/**
 * Unit scoping: two operators of sibling units (Dinas Kesehatan, Dinas Pendidikan).
 * Every scoped resource outside the caller's subtree answers 404, on read and on write.
 */
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildEmployee, createDriver, createEmployee, createPosition, unitByCode } from '../factories/index.js';

describe('unit scoping between sibling units', () => {
  let t: TestApp;
  let dinkesToken: string;
  let disdikToken: string;
  let dinkes: { id: string; path: string };
  let disdik: { id: string; path: string };
  let disdikEmployee: { id: string; nip: string };
  let disdikPosition: { id: string };
  let disdikDriver: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    dinkesToken = await t.token('operator.dinkes');
    disdikToken = await t.token('operator.disdik');
    dinkes = await unitByCode(t.ds, 'DINKES');
    disdik = await unitByCode(t.ds, 'DISDIK');
    disdikPosition = await createPosition(t.ds, disdik.id);
    disdikEmployee = await createEmployee(t.ds, { unitId: disdik.id, positionId: disdikPosition.id });
    disdikDriver = await createDriver(t.ds, disdik.id);
  });
  afterAll(() => t.close());

  const resources = () => [
    { name: 'employees', path: `/api/v1/employees/${disdikEmployee.id}`, patch: { version: 1, name: 'Diubah' } },
    { name: 'positions', path: `/api/v1/positions/${disdikPosition.id}`, patch: { version: 1, title: 'Diubah' } },
    { name: 'org-units', path: `/api/v1/org-units/${disdik.id}`, patch: { version: 1, name: 'Diubah' } },
    { name: 'service-drivers', path: `/api/v1/service-drivers/${disdikDriver.id}`, patch: { version: 1, value: 1 } },
  ];

  it.each(['employees', 'positions', 'org-units', 'service-drivers'])('should answer 404 to GET %s of the sibling unit', async (name) => {
    const r = resources().find((x) => x.name === name)!;
    const res = await t.http.get(r.path).set(bearer(dinkesToken)).expect(404);
    expect(res.body.code).toMatch(/_NOT_FOUND$/);
    // The owner sees it.
    await t.http.get(r.path).set(bearer(disdikToken)).expect(200);
  });

  it.each(['employees', 'positions', 'org-units', 'service-drivers'])('should answer 404 to PATCH %s of the sibling unit and change nothing', async (name) => {
    const r = resources().find((x) => x.name === name)!;
    await t.http.patch(r.path).set(bearer(dinkesToken)).send(r.patch).expect(404);
    const after = await t.http.get(r.path).set(bearer(disdikToken)).expect(200);
    expect(after.body.version).toBe(1);
  });

  it.each(['employees', 'positions', 'service-drivers'])('should answer 404 to DELETE %s of the sibling unit and keep it', async (name) => {
    const r = resources().find((x) => x.name === name)!;
    await t.http.delete(r.path).set(bearer(dinkesToken)).expect(404);
    await t.http.get(r.path).set(bearer(disdikToken)).expect(200);
  });

  it('should answer 404 naming unitId when creating an employee in the sibling unit, and write nothing', async () => {
    const body = buildEmployee({ unitId: disdik.id });
    const res = await t.http.post('/api/v1/employees').set(bearer(dinkesToken)).send(body).expect(404);
    expect(res.body.errors[0].path).toBe('unitId');
    const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees WHERE nip = $1', [body.nip]);
    expect(n).toBe(0);
  });

  it('should answer 404 when creating a position or a driver in the sibling unit', async () => {
    await t.http.post('/api/v1/positions').set(bearer(dinkesToken)).send({ unitId: disdik.id, title: 'X', kind: 'pelaksana' }).expect(404);
    await t.http.post('/api/v1/service-drivers').set(bearer(dinkesToken)).send({ unitId: disdik.id, key: 'pupils', year: 2030, value: 5 }).expect(404);
    await t.http.post('/api/v1/org-units').set(bearer(dinkesToken)).send({ code: 'X-SIB', name: 'X', kind: 'uptd', sector: 'lainnya', parentId: disdik.id }).expect(404);
  });

  it('should list only employees of the own subtree', async () => {
    const res = await t.http.get('/api/v1/employees?pageSize=200').set(bearer(dinkesToken)).expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    const unitIds: string[] = [...new Set<string>(res.body.items.map((e: { unitId: string }) => e.unitId))];
    const paths: { path: string }[] = await t.ds.query('SELECT path FROM org_units WHERE id = ANY($1)', [unitIds]);
    for (const p of paths) expect(p.path.startsWith(dinkes.path)).toBe(true);
    const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1', [`${dinkes.path}%`]);
    expect(res.body.total).toBe(n);
  });

  it('should not find a sibling employee by NIP search', async () => {
    const res = await t.http.get(`/api/v1/employees?q=${disdikEmployee.nip}`).set(bearer(dinkesToken)).expect(200);
    expect(res.body.total).toBe(0);
    const own = await t.http.get(`/api/v1/employees?q=${disdikEmployee.nip}`).set(bearer(disdikToken)).expect(200);
    expect(own.body.total).toBe(1);
  });

  it('should answer 404 when filtering a list by a unit outside the subtree', async () => {
    await t.http.get(`/api/v1/employees?unitId=${disdik.id}`).set(bearer(dinkesToken)).expect(404);
    await t.http.get(`/api/v1/positions?unitId=${disdik.id}`).set(bearer(dinkesToken)).expect(404);
  });

  it('should show only the own subtree in the unit tree', async () => {
    const res = await t.http.get('/api/v1/org-units/tree').set(bearer(dinkesToken)).expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].id).toBe(dinkes.id);
    expect(res.body[0].children.length).toBeGreaterThan(30); // the puskesmas
  });

  it('should let a city-wide planner see both units', async () => {
    const planner = await t.token('planner.bkpp');
    await t.http.get(`/api/v1/employees/${disdikEmployee.id}`).set(bearer(planner)).expect(200);
    await t.http.get(`/api/v1/org-units/${dinkes.id}`).set(bearer(planner)).expect(200);
  });

  it('should let an employee see only their own record', async () => {
    const me = await t.http
      .get('/api/v1/auth/me')
      .set(bearer(await t.token('pegawai.dinkes')))
      .expect(200);
    const token = await t.token('pegawai.dinkes');
    await t.http.get(`/api/v1/employees/${me.body.employeeId}`).set(bearer(token)).expect(200);
    const list = await t.http.get('/api/v1/employees').set(bearer(token)).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].id).toBe(me.body.employeeId);
    const colleague: { id: string }[] = await t.ds.query('SELECT id FROM employees WHERE unit_id = (SELECT unit_id FROM employees WHERE id = $1) AND id <> $1 LIMIT 1', [
      me.body.employeeId,
    ]);
    if (colleague[0]) await t.http.get(`/api/v1/employees/${colleague[0].id}`).set(bearer(token)).expect(404);
  });
});
