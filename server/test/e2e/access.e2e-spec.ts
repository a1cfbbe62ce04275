/** Every role's access: which routes each role may use (403 otherwise), and API keys by scope. */
import { createTestApp, bearer, TestApp } from '../utils/app.js';

describe('role access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const matrix: [string, string, string, number][] = [
    // role, method, path, expected status
    ['admin', 'GET', '/api/v1/users', 200],
    ['planner', 'GET', '/api/v1/users', 403],
    ['operator', 'GET', '/api/v1/users', 403],
    ['admin', 'GET', '/api/v1/api-keys', 200],
    ['planner', 'GET', '/api/v1/api-keys', 403],
    ['admin', 'GET', '/api/v1/audit-events', 200],
    ['planner', 'GET', '/api/v1/audit-events', 200],
    ['leader', 'GET', '/api/v1/audit-events', 200],
    ['operator', 'GET', '/api/v1/audit-events', 403],
    ['employee', 'GET', '/api/v1/audit-events', 403],
    ['planner', 'GET', '/api/v1/employees', 200],
    ['operator', 'GET', '/api/v1/employees', 200],
    ['leader', 'GET', '/api/v1/employees', 200],
    ['employee', 'GET', '/api/v1/employees', 200],
    ['panel', 'GET', '/api/v1/employees', 403],
    ['leader', 'GET', '/api/v1/positions', 200],
    ['employee', 'GET', '/api/v1/positions', 403],
    ['panel', 'GET', '/api/v1/positions', 403],
    ['employee', 'GET', '/api/v1/employees/export', 403],
    ['leader', 'GET', '/api/v1/employees/import/template', 403],
    ['operator', 'GET', '/api/v1/employees/import/template', 200],
    ['panel', 'GET', '/api/v1/reference-rules', 200],
    ['employee', 'GET', '/api/v1/org-units/tree', 200],
  ];
  const users: Record<string, string> = {
    admin: 'admin',
    planner: 'planner.bkpp',
    operator: 'operator.dinkes',
    leader: 'kepala.dinkes',
    employee: 'pegawai.dinkes',
    panel: 'panel.seleksi',
  };

  it.each(matrix)('%s: %s %s → %i', async (role, method, path, status) => {
    const res = await t.http[method.toLowerCase() as 'get'](path).set(bearer(await t.token(users[role])));
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.code).toBe('FORBIDDEN');
  });

  it('should forbid a leader to create an employee (read-only role)', async () => {
    const res = await t.http
      .post('/api/v1/employees')
      .set(bearer(await t.token('kepala.dinkes')))
      .send({})
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('should forbid a non-admin to add a reference rule', async () => {
    await t.http
      .post('/api/v1/reference-rules')
      .set(bearer(await t.token('planner.bkpp')))
      .send({ key: 'x.y', value: {}, legalBasis: 'x', effectiveFrom: '2030-01-01' })
      .expect(403);
  });

  describe('API keys', () => {
    it('should show the secret once, authenticate with X-API-Key within its scopes, and stop working when revoked', async () => {
      const admin = await t.token('admin');
      const created = await t.http
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: 'SIMPEG sync', scopes: ['employees:read'] })
        .expect(201);
      expect(created.body.secret).toMatch(/^asnk_/);
      const list = await t.http.get('/api/v1/api-keys').set(bearer(admin)).expect(200);
      const listed = list.body.items.find((k: { id: string }) => k.id === created.body.id);
      expect(listed).toBeDefined();
      expect(listed.secret).toBeUndefined();
      const [stored] = await t.ds.query('SELECT key_hash FROM api_keys WHERE id = $1', [created.body.id]);
      expect(stored.key_hash).not.toContain(created.body.secret);

      const key = { 'X-API-Key': created.body.secret };
      const emp = await t.http.get('/api/v1/employees?pageSize=5').set(key).expect(200);
      expect(emp.body.items.length).toBe(5);
      // Outside its scopes.
      const denied = await t.http.get('/api/v1/positions').set(key).expect(403);
      expect(denied.body.code).toBe('INSUFFICIENT_SCOPE');
      await t.http.post('/api/v1/employees').set(key).send({}).expect(403);
      await t.http.get('/api/v1/users').set(key).expect(403);
      const [used] = await t.ds.query('SELECT last_used_at FROM api_keys WHERE id = $1', [created.body.id]);
      expect(used.last_used_at).not.toBeNull();

      await t.http.delete(`/api/v1/api-keys/${created.body.id}`).set(bearer(admin)).expect(200);
      await t.http.get('/api/v1/employees').set(key).expect(401);
    });

    it('should scope a key with a unit to that subtree', async () => {
      const admin = await t.token('admin');
      const [dinkes] = await t.ds.query(`SELECT id FROM org_units WHERE code = 'DINKES'`);
      const [disdikEmp] = await t.ds.query(
        `SELECT e.id FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE u.path LIKE (SELECT path FROM org_units WHERE code = 'DISDIK') || '%' LIMIT 1`,
      );
      const created = await t.http
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: 'Dinkes dashboard', scopes: ['employees:read'], unitId: dinkes.id })
        .expect(201);
      await t.http.get(`/api/v1/employees/${disdikEmp.id}`).set({ 'X-API-Key': created.body.secret }).expect(404);
    });

    it('should name the bad scope when creating a key', async () => {
      const res = await t.http
        .post('/api/v1/api-keys')
        .set(bearer(await t.token('admin')))
        .send({ name: 'x', scopes: ['everything'] })
        .expect(400);
      expect(res.body.errors[0].path).toBe('scopes');
    });

    it('should reject an unknown key', async () => {
      await t.http.get('/api/v1/employees').set({ 'X-API-Key': 'asnk_nope' }).expect(401);
    });
  });
});
