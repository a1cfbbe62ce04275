import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildEmployee, unitByCode } from '../factories/index.js';

describe('GET /api/v1/audit-events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('should require authentication', async () => {
    await t.http.get('/api/v1/audit-events').expect(401);
  });

  it('should filter by entity, actor and time, newest first, with before and after', async () => {
    const op = await t.token('operator.dinkes');
    const me = await t.http.get('/api/v1/auth/me').set(bearer(op)).expect(200);
    const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
    const from = new Date(Date.now() - 1000).toISOString();
    const created = await t.http
      .post('/api/v1/employees')
      .set(bearer(op))
      .send(buildEmployee({ unitId: pkm.id }))
      .expect(201);
    await t.http.patch(`/api/v1/employees/${created.body.id}`).set(bearer(op)).send({ version: 1, education: 'S2' }).expect(200);
    const res = await t.http
      .get(`/api/v1/audit-events?entity=employee&entityId=${created.body.id}&actorId=${me.body.id}&from=${encodeURIComponent(from)}`)
      .set(bearer(await t.token('planner.bkpp')))
      .expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(res.body.items[0].before.education).toBeNull();
    expect(res.body.items[0].after.education).toBe('S2');
  });

  it('should show a leader only the events of their subtree', async () => {
    const dinkes = await unitByCode(t.ds, 'DINKES');
    const disdik = await unitByCode(t.ds, 'DISDIK');
    const inside = await t.http
      .post('/api/v1/positions')
      .set(bearer(await t.token('operator.dinkes')))
      .send({ unitId: dinkes.id, title: 'Analis Uji Audit', kind: 'pelaksana' })
      .expect(201);
    const outside = await t.http
      .post('/api/v1/positions')
      .set(bearer(await t.token('operator.disdik')))
      .send({ unitId: disdik.id, title: 'Analis Uji Audit', kind: 'pelaksana' })
      .expect(201);
    const res = await t.http
      .get('/api/v1/audit-events?entity=position&pageSize=200')
      .set(bearer(await t.token('kepala.dinkes')))
      .expect(200);
    const seen = res.body.items.map((e: { entityId: string }) => e.entityId);
    expect(seen).toContain(inside.body.id);
    expect(seen).not.toContain(outside.body.id);
    const rows: { unit_path: string | null }[] = await t.ds.query('SELECT unit_path FROM audit_events WHERE id = ANY($1)', [res.body.items.map((e: { id: string }) => e.id)]);
    for (const r of rows) expect(r.unit_path?.startsWith(dinkes.path)).toBe(true);
  });

  it('should have no route that changes or deletes audit events', async () => {
    const admin = await t.token('admin');
    const [ev] = await t.ds.query('SELECT id FROM audit_events LIMIT 1');
    await t.http.delete(`/api/v1/audit-events/${ev.id}`).set(bearer(admin)).expect(404);
    await t.http.patch(`/api/v1/audit-events/${ev.id}`).set(bearer(admin)).send({}).expect(404);
  });

  it('should refuse UPDATE and DELETE on the table itself (append-only)', async () => {
    await expect(t.ds.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('should roll back the audit event with the write it belongs to', async () => {
    const op = await t.token('operator.dinkes');
    const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
    const body = buildEmployee({ unitId: pkm.id });
    await t.http.post('/api/v1/employees').set(bearer(op)).send(body).expect(201);
    const [{ before }] = await t.ds.query(`SELECT count(*)::int AS before FROM audit_events WHERE entity = 'employee'`);
    await t.http.post('/api/v1/employees').set(bearer(op)).send(body).expect(409);
    const [{ after }] = await t.ds.query(`SELECT count(*)::int AS after FROM audit_events WHERE entity = 'employee'`);
    expect(after).toBe(before);
  });
});
