import { bearer, createTestApp, TestApp } from '../utils/app.js';

describe('GET /api/v1/recruitment/panelists', () => {
  let t: TestApp;
  let admin: string;
  let planner: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, planner] = await Promise.all([t.token('admin'), t.token('planner.bkpp')]);
  });
  afterAll(() => t.close());

  it('should list the active panel users to a planner, who may not read the user list itself', async () => {
    const username = `panel.daftar.${Date.now().toString(36)}`;
    const created = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ username, password: 'Panel#Daftar2026', displayName: 'Panelis Daftar', role: 'panel' })
      .expect(201);
    await t.http.get('/api/v1/users').set(bearer(planner)).expect(403);

    const res = await t.http.get('/api/v1/recruitment/panelists').set(bearer(planner)).expect(200);
    expect(res.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: created.body.id, username, displayName: 'Panelis Daftar' })]));
    const roles = await t.ds.query<{ role: string }[]>('SELECT DISTINCT role FROM users WHERE id = ANY($1::uuid[])', [res.body.map((u: { id: string }) => u.id)]);
    expect(roles).toEqual([{ role: 'panel' }]);

    // a deactivated panelist is no longer offered
    await t.ds.query('UPDATE users SET active = false WHERE id = $1', [created.body.id]);
    const after = await t.http.get('/api/v1/recruitment/panelists').set(bearer(planner)).expect(200);
    expect(after.body.map((u: { id: string }) => u.id)).not.toContain(created.body.id);
  });

  it('should refuse panel members and operators', async () => {
    await t.http
      .get('/api/v1/recruitment/panelists')
      .set(bearer(await t.token('operator.dinkes')))
      .expect(403);
    await t.http
      .get('/api/v1/recruitment/panelists')
      .set(bearer(await t.token('panel.seleksi')))
      .expect(403);
  });
});
