import { randomUUID } from 'node:crypto';
import { ReferenceService } from '../../src/modules/reference/reference.service.js';
import type { DataSource } from 'typeorm';
import { createPeriod, createTeam, dayFromToday, type Team } from '../factories/performance.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

/** Documentation addresses (RFC 5737), sent only as X-Forwarded-For: each test its own "network". */
let addrN = 1;
const newAddress = () => `198.51.100.${addrN++}`;
const newDevice = () => `dev-${randomUUID()}`;
/**
 * A plan with targets written straight to the database. (The shared `createPlan` factory fails on PostgreSQL 15 with
 * "inconsistent types deduced for parameter $7": its status parameter is used both as a column value and in CASE.)
 */
async function createPlan(ds: DataSource, opts: { periodId: string; employeeId: string; status?: string; targets: { quantity: number; weight: number; realised?: number }[] }) {
  const status = opts.status ?? 'approved';
  const [{ id }] = await ds.query(
    `INSERT INTO performance_plans (period_id, employee_id, unit_id, position_id, unit_path, status, approved_at)
     SELECT $1, e.id, e.unit_id, e.position_id, u.path, $3::varchar, CASE WHEN $3::varchar = 'approved' THEN now() END
       FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $2 RETURNING id`,
    [opts.periodId, opts.employeeId, status],
  );
  for (const [i, f] of opts.targets.entries()) {
    await ds.query(`INSERT INTO performance_targets (plan_id, title, quantity, quantity_unit, weight, sort_order, realised) VALUES ($1, $2, $3, 'kegiatan', $4, $5, $6)`, [
      id,
      `Target ${i + 1}`,
      f.quantity,
      f.weight,
      i,
      f.realised ?? 0,
    ]);
  }
  return { id: id as string };
}

const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path);

/**
 * Ten responses whose per-element means are exactly the domain example (§9): 3.2, 3.1, 3.0, 3.4, 3.5, 3.3, 3.6, 2.9,
 * 3.2 → IKM 3.2444 → 81.11, B. Element j gets (sum − 30) fours and the rest threes; 2.9 is nine threes and one two.
 */
function exampleResponses(): number[][] {
  const sums = [32, 31, 30, 34, 35, 33, 36, 29, 32];
  return Array.from({ length: 10 }, (_, i) => sums.map((s) => (s >= 30 ? (i < s - 30 ? 4 : 3) : i < 30 - s ? 2 : 3)));
}

describe('Performance: citizens’ feedback (IKM) and the unit view', () => {
  let t: TestApp;
  let operator: string;
  let planner: string;
  let team: Team;
  let child: Team;
  let service: { id: string; code: string; version: number };
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

  const submit = (body: Record<string, unknown>, address = newAddress(), headers: Record<string, string> = {}) =>
    t.http
      .post('/api/v1/public/feedback')
      .set({ 'X-Forwarded-For': address, ...headers })
      .send(body);

  beforeAll(async () => {
    t = await createTestApp();
    operator = await t.token('operator.dinkes');
    planner = await t.token('planner.bkpp');
    team = await createTeam(t.ds, { staffCount: 2 });
    child = await createTeam(t.ds, { parentCode: team.unit.code, staffCount: 1 });
  });
  /** A second API process on the same database (opened by the cross-process test, closed last). */
  let second: TestApp | undefined;
  // The second app is closed after the first: passport's strategies are process-wide, so the app opened last
  // authenticates for both, and closing it first would leave the other one's signed-in routes failing.
  afterAll(async () => {
    await t.close();
    await second?.close();
  });

  describe('POST /api/v1/performance/ikm/services', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/performance/ikm/services').send({ unitId: team.unit.id, code: 'X-1', name: 'X' }).expect(401);
    });

    it('should create a service in the operator’s subtree, refuse a taken code and a unit outside the subtree', async () => {
      const code = `UJI-${team.unit.code.slice(5)}-UMUM`;
      const res = await t.http
        .post('/api/v1/performance/ikm/services')
        .set(bearer(operator))
        .send({ unitId: team.unit.id, code, name: 'Poli Umum', desk: 'Loket 1', annualUsers: 1000 })
        .expect(201);
      expect(res.body).toMatchObject({
        unitId: team.unit.id,
        code,
        name: 'Poli Umum',
        desk: 'Loket 1',
        annualUsers: 1000,
        active: true,
        responses: 0,
        formPath: `/umpan-balik/${code}`,
      });
      service = { id: res.body.id, code, version: res.body.version };
      const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'ikm_service' AND entity_id = $1`, [service.id]);
      expect(audit).toEqual([{ action: 'create' }]);

      const taken = await t.http.post('/api/v1/performance/ikm/services').set(bearer(operator)).send({ unitId: team.unit.id, code, name: 'Lagi' }).expect(409);
      expect(taken.body).toMatchObject({ code: 'SERVICE_CODE_TAKEN' });
      expect(paths(taken)).toEqual(['code']);

      const disdik = await t.token('operator.disdik');
      const outside = await t.http
        .post('/api/v1/performance/ikm/services')
        .set(bearer(disdik))
        .send({ unitId: team.unit.id, code: `${code}-2`, name: 'Lain' });
      expect(outside.status).toBe(404);
      expect(paths(outside)).toEqual(['unitId']);

      const bad = await t.http.post('/api/v1/performance/ikm/services').set(bearer(operator)).send({ unitId: team.unit.id, code: 'kecil huruf', name: 'Lain' }).expect(400);
      expect(paths(bad)).toContain('code');
    });

    it('should change a service with its version and refuse a stale one', async () => {
      const res = await t.http.patch(`/api/v1/performance/ikm/services/${service.id}`).set(bearer(operator)).send({ version: service.version, desk: 'Loket 2' }).expect(200);
      expect(res.body).toMatchObject({ desk: 'Loket 2', version: service.version + 1 });
      const stale = await t.http.patch(`/api/v1/performance/ikm/services/${service.id}`).set(bearer(operator)).send({ version: service.version, desk: 'Loket 3' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      service.version = res.body.version;
      const list = await t.http.get('/api/v1/performance/ikm/services').query({ unitId: team.unit.id }).set(bearer(operator)).expect(200);
      expect(list.body.items.map((s: { code: string }) => s.code)).toEqual([service.code]);
    });
  });

  describe('GET /api/v1/performance/ikm/services/{id}/qr', () => {
    it('should require authentication', async () => {
      await t.http.get(`/api/v1/performance/ikm/services/${service.id}/qr`).expect(401);
    });

    it('should answer an SVG QR code holding the public form’s URL on the origin the caller used', async () => {
      const res = await t.http
        .get(`/api/v1/performance/ikm/services/${service.id}/qr`)
        .set(bearer(operator))
        .set({ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'kinerja.semarangkota.go.id' })
        .buffer(true)
        .parse((r, cb) => {
          let s = '';
          r.on('data', (c: Buffer) => (s += c.toString()));
          r.on('end', () => cb(null, s));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = res.body as string;
      expect(svg).toMatch(/^<svg /);
      expect(svg).toContain(`<title>https://kinerja.semarangkota.go.id/umpan-balik/${service.code}</title>`);
      expect(svg).toMatch(/<path [^>]*d="M/);
    });
  });

  describe('GET /api/v1/public/services', () => {
    it('should list the units with active services without sign-in, and one service by its code', async () => {
      const res = await t.http.get('/api/v1/public/services').query({ q: service.code }).expect(200);
      expect(res.body).toEqual([
        { unitId: team.unit.id, unitName: team.unit.name, kind: 'bidang', services: [{ id: service.id, code: service.code, name: 'Poli Umum', desk: 'Loket 2' }] },
      ]);
      const one = await t.http.get(`/api/v1/public/services/${service.code.toLowerCase()}`).expect(200);
      expect(one.body).toMatchObject({ id: service.id, code: service.code, unitId: team.unit.id, comments: [] });
      expect(one.body.elements).toHaveLength(9);
      expect(one.body.elements[0]).toEqual({ key: 'persyaratan', label: 'Persyaratan pelayanan' });
      const missing = await t.http.get('/api/v1/public/services/TIDAK-ADA').expect(404);
      expect(missing.body.code).toBe('SERVICE_NOT_FOUND');
    });
  });

  describe('POST /api/v1/public/feedback', () => {
    it('should store a citizen’s answers with nothing personal (201), the address and device only as keyed hashes', async () => {
      const device = newDevice();
      const address = newAddress();
      const res = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], deviceId: device }, address).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), receivedAt: expect.any(String) });
      const [row] = await t.ds.query('SELECT * FROM ikm_responses WHERE id = $1', [res.body.id]);
      expect(row).toMatchObject({
        service_id: service.id,
        unit_id: team.unit.id,
        answers: [4, 4, 4, 4, 4, 4, 4, 4, 4],
        comment: null,
        comment_status: 'none',
        contact: null,
        contact_name: null,
      });
      expect(row.ip_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.device_hash).toMatch(/^[0-9a-f]{64}$/);
      const text = JSON.stringify(row);
      expect(text).not.toContain(address);
      expect(text).not.toContain(device);
      // Kept only when given (for a reply).
      const withContact = await submit({ serviceId: service.id, answers: [3, 3, 3, 3, 3, 3, 3, 3, 3], contactName: 'Budi', contact: '0812-0000-0000' }, address).expect(201);
      const [c] = await t.ds.query('SELECT contact_name, contact, device_hash FROM ikm_responses WHERE id = $1', [withContact.body.id]);
      expect(c).toEqual({ contact_name: 'Budi', contact: '0812-0000-0000', device_hash: null });
      // These two are not part of the report example: remove them.
      await t.ds.query('DELETE FROM ikm_responses WHERE id = ANY($1::uuid[])', [[res.body.id, withContact.body.id]]);
    });

    it('should name answers.4 for an answer of 5, answers for eight answers or fewer than five answered, and the unknown service', async () => {
      const five = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 5, 4, 4, 4, 4] }).expect(400);
      expect(five.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(paths(five)).toEqual(['answers.4']);
      const eight = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 4, 4, 4, 4] }).expect(400);
      expect(paths(eight)).toEqual(['answers']);
      expect(eight.body.errors[0].message).toMatch(/exactly 9/);
      const four = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, null, null, null, null, null] }).expect(400);
      expect(paths(four)).toEqual(['answers']);
      const text = await submit({ serviceCode: service.code, answers: ['4', 4, 4, 4, 4, 4, 4, 4, 4] }).expect(400);
      expect(paths(text)).toEqual(['answers.0']);
      const none = await submit({ answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] }).expect(400);
      expect(paths(none)).toEqual(['serviceId']);
      const device = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], deviceId: 'x' }).expect(400);
      expect(paths(device)).toEqual(['deviceId']);
      const unknown = await submit({ serviceCode: 'TIDAK-ADA', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] }).expect(404);
      expect(unknown.body).toMatchObject({ code: 'SERVICE_NOT_FOUND' });
      expect(paths(unknown)).toEqual(['serviceCode']);
    });

    it('should answer 409 DUPLICATE_FEEDBACK for the same answers from the same device within the window', async () => {
      const device = newDevice();
      const body = { serviceCode: service.code, answers: [1, 2, 1, 2, 1, 2, 1, 2, 1], comment: 'Antrean lama', deviceId: device };
      const first = await submit(body).expect(201);
      // From another address too: the device is the same.
      const dup = await submit(body).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_FEEDBACK' });
      await t.ds.query('DELETE FROM ikm_responses WHERE id = $1', [first.body.id]);
    });

    it('should answer 429 with Retry-After past the per-device limit while another device on the same address still succeeds', async () => {
      const address = newAddress();
      const device = newDevice();
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const answers = [1, 1, 1, 1, 1, 1, 1, 1, 1].map((a, j) => (j === i % 9 ? 2 : a) + (i >= 9 ? 1 : 0));
        const ok = await submit({ serviceCode: service.code, answers }, address, { 'X-Device-Id': device }).expect(201);
        ids.push(ok.body.id);
      }
      const limited = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 4, 4, 4, 4, 1] }, address, { 'X-Device-Id': device }).expect(429);
      expect(limited.body.code).toBe('FEEDBACK_DEVICE_LIMIT');
      const retry = Number(limited.headers['retry-after']);
      expect(retry).toBeGreaterThan(86_000);
      expect(retry).toBeLessThanOrEqual(86_400);
      const other = await submit({ serviceCode: service.code, answers: [4, 4, 4, 4, 4, 4, 4, 4, 1] }, address, { 'X-Device-Id': newDevice() }).expect(201);
      ids.push(other.body.id);
      await t.ds.query('DELETE FROM ikm_responses WHERE id = ANY($1::uuid[])', [ids]);
    });

    it('should count the limits and duplicates in the database, across two API processes, and let only one of two simultaneous copies in', async () => {
      second = await createTestApp();
      const other = second;
      const via = (app: TestApp, body: Record<string, unknown>, address: string) => app.http.post('/api/v1/public/feedback').set({ 'X-Forwarded-For': address }).send(body);
      const address = newAddress();
      const device = newDevice();
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const answers = [3, 3, 3, 3, 3, 3, 3, 3, 3].map((a, j) => (j === i % 9 ? 4 : a) - (i >= 9 ? 1 : 0));
        const res = await via(i % 2 ? other : t, { serviceCode: service.code, answers, deviceId: device }, address).expect(201);
        ids.push(res.body.id);
      }
      const limited = await via(other, { serviceCode: service.code, answers: [1, 1, 1, 1, 1, 1, 1, 1, 4], deviceId: device }, address).expect(429);
      expect(limited.body.code).toBe('FEEDBACK_DEVICE_LIMIT');
      // The same submission sent to both processes at once: one is stored, the other is a duplicate.
      const copy = { serviceCode: service.code, answers: [2, 3, 2, 3, 2, 3, 2, 3, 2], comment: 'Sama persis', deviceId: newDevice() };
      const both = await Promise.all([via(t, copy, newAddress()), via(other, copy, newAddress())]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      ids.push(...both.filter((r) => r.status === 201).map((r) => r.body.id));
      await t.ds.query('DELETE FROM ikm_responses WHERE id = ANY($1::uuid[])', [ids]);
    });

    it('should answer 429 FEEDBACK_ADDRESS_LIMIT once an address reaches its hourly limit, whatever the devices', async () => {
      const reference = t.app.get(ReferenceService);
      const clear = () => (reference as unknown as { cache: Map<string, unknown> }).cache.clear();
      const [{ id: ruleId }] = await t.ds.query(
        `INSERT INTO reference_rules (key, value, legal_basis, effective_from, description)
         VALUES ('ikm.flood_protection', '{"perDevicePerDay": 10, "perAddressPerHour": 3, "duplicateWindowMinutes": 60}', 'uji', $1, 'uji') RETURNING id`,
        [dayFromToday(-1)],
      );
      clear();
      const address = newAddress();
      const ids: string[] = [];
      try {
        for (let i = 0; i < 3; i++)
          ids.push((await submit({ serviceCode: service.code, answers: [2, 2, 2, 2, 2, 2, 2, 2, 2], deviceId: newDevice() }, address).expect(201)).body.id);
        const limited = await submit({ serviceCode: service.code, answers: [2, 2, 2, 2, 2, 2, 2, 2, 2], deviceId: newDevice() }, address).expect(429);
        expect(limited.body.code).toBe('FEEDBACK_ADDRESS_LIMIT');
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
        expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(3600);
        await submit({ serviceCode: service.code, answers: [2, 2, 2, 2, 2, 2, 2, 2, 2], deviceId: newDevice() }).expect(201);
      } finally {
        await t.ds.query('DELETE FROM reference_rules WHERE id = $1', [ruleId]);
        clear();
        await t.ds.query(`DELETE FROM ikm_responses WHERE service_id = $1`, [service.id]);
      }
    });
  });

  describe('GET /api/v1/performance/ikm', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/performance/ikm').query({ unitId: team.unit.id }).expect(401);
    });

    it('should grade the domain example (means 3.2 … 3.2 → 81.11 B) with the minimum sample and the trend', async () => {
      for (const answers of exampleResponses()) await submit({ serviceCode: service.code, answers, deviceId: newDevice() }).expect(201);
      const res = await t.http.get('/api/v1/performance/ikm').query({ unitId: team.unit.id, year }).set(bearer(operator)).expect(200);
      expect(res.body).toMatchObject({
        unitId: team.unit.id,
        unitName: team.unit.name,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        responses: 10,
        elementMeans: [3.2, 3.1, 3, 3.4, 3.5, 3.3, 3.6, 2.9, 3.2],
        answered: [10, 10, 10, 10, 10, 10, 10, 10, 10],
        index: 3.2444,
        convertedIndex: 81.11,
        grade: 'B',
        label: 'Baik',
        population: 1000,
        minimumSample: 278,
        enoughSample: false,
      });
      expect(res.body.elements).toHaveLength(9);
      expect(res.body.trend).toHaveLength(8);
      const last = res.body.trend[7];
      expect(last.period).toMatch(new RegExp(`^${year}-Q[1-4]$`));
      expect(last).toMatchObject({ responses: 10, convertedIndex: 81.11, grade: 'B' });
      expect(res.body.trend.slice(0, 7).every((p: { responses: number; grade: string | null }) => p.responses === 0 && p.grade === null)).toBe(true);
      // The same figures as the calculator given the same means.
      const calc = await t.http.post('/api/v1/performance/calculate/ikm').set(bearer(operator)).send({ elementMeans: res.body.elementMeans }).expect(200);
      expect(calc.body).toMatchObject({ index: res.body.index, convertedIndex: res.body.convertedIndex, grade: res.body.grade });
      // A parent unit's report includes its subtree; a leader elsewhere does not see it.
      const outsider = await createTeam(t.ds, { parentCode: 'DISDIK', staffCount: 0 });
      const other = await t.http
        .get('/api/v1/performance/ikm')
        .query({ unitId: team.unit.id })
        .set(bearer(await t.token(outsider.head.username)))
        .expect(404);
      expect(paths(other)).toEqual(['unitId']);
    });

    it('should leave the index empty when an element is unanswered, and say when the sample is enough', async () => {
      const code = `UJI-${child.unit.code.slice(5)}-KIA`;
      const created = await t.http.post('/api/v1/performance/ikm/services').set(bearer(operator)).send({ unitId: child.unit.id, code, name: 'KIA', annualUsers: 10 }).expect(201);
      for (let i = 0; i < 10; i++) {
        await submit({ serviceId: created.body.id, answers: [4, 4, 3, 3, 4, 4, 3, 3, null].map((a) => (a === null ? null : i % 2 ? a : 7 - a)), deviceId: newDevice() }).expect(
          201,
        );
      }
      const res = await t.http.get('/api/v1/performance/ikm').query({ unitId: child.unit.id, year }).set(bearer(planner)).expect(200);
      expect(res.body).toMatchObject({ responses: 10, index: null, convertedIndex: null, grade: null, label: null, population: 10, minimumSample: 10, enoughSample: true });
      expect(res.body.elementMeans[8]).toBeNull();
      expect(res.body.answered[8]).toBe(0);
      expect(res.body.elementMeans.slice(0, 8)).toEqual([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5]);
      // The parent (its own ten and the child's ten): the ninth element has the parent's answers only.
      const parent = await t.http.get('/api/v1/performance/ikm').query({ unitId: team.unit.id, year }).set(bearer(planner)).expect(200);
      expect(parent.body).toMatchObject({ responses: 20, population: 1010 });
      expect(parent.body.answered[8]).toBe(10);
      expect(parent.body.grade).not.toBeNull();
    });
  });

  describe('comments', () => {
    it('should keep a comment off the public page until published, show the reply, and hide it again (audited)', async () => {
      const posted = await submit({
        serviceCode: service.code,
        answers: [3, 3, 3, 3, 3, 3, 3, 3, 3],
        comment: 'Petugas ramah',
        contact: 'warga@example.id',
        deviceId: newDevice(),
      }).expect(201);
      const publicComments = async () => (await t.http.get(`/api/v1/public/services/${service.code}`).expect(200)).body.comments as { comment: string; reply: string | null }[];
      expect(await publicComments()).toEqual([]);

      const list = await t.http.get('/api/v1/performance/ikm/comments').query({ unitId: team.unit.id, status: 'pending' }).set(bearer(operator)).expect(200);
      expect(list.body.total).toBe(1);
      const item = list.body.items[0];
      expect(item).toMatchObject({ responseId: posted.body.id, comment: 'Petugas ramah', status: 'pending', contact: 'warga@example.id', serviceCode: service.code, version: 1 });

      const head = await t.token(team.head.username);
      const published = await t.http
        .patch(`/api/v1/performance/ikm/comments/${item.responseId}`)
        .set(bearer(head))
        .send({ status: 'published', reply: 'Terima kasih', version: 1 })
        .expect(200);
      expect(published.body).toMatchObject({ status: 'published', reply: 'Terima kasih', version: 2 });
      const shown = await publicComments();
      expect(shown).toEqual([{ submittedAt: expect.any(String), comment: 'Petugas ramah', reply: 'Terima kasih' }]);
      expect(JSON.stringify(shown)).not.toContain('warga@example.id');

      const stale = await t.http.patch(`/api/v1/performance/ikm/comments/${item.responseId}`).set(bearer(operator)).send({ status: 'hidden', version: 1 }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      await t.http.patch(`/api/v1/performance/ikm/comments/${item.responseId}`).set(bearer(operator)).send({ status: 'hidden', version: 2 }).expect(200);
      expect(await publicComments()).toEqual([]);

      const audit = await t.ds.query(`SELECT action, before, after FROM audit_events WHERE entity = 'ikm_response' AND entity_id = $1 ORDER BY at`, [item.responseId]);
      expect(audit.map((a: { action: string; after: { status: string } }) => [a.action, a.after.status])).toEqual([
        ['moderate', 'published'],
        ['moderate', 'hidden'],
      ]);
      // Outside the moderator's unit: 404.
      const disdik = await t.token('operator.disdik');
      await t.http.patch(`/api/v1/performance/ikm/comments/${item.responseId}`).set(bearer(disdik)).send({ status: 'published', version: 3 }).expect(404);
      await t.ds.query('DELETE FROM ikm_responses WHERE id = $1', [posted.body.id]);
    });
  });

  describe('GET /api/v1/public/ikm', () => {
    it('should publish the grade per unit and the city total, with an ETag', async () => {
      const res = await t.http.get('/api/v1/public/ikm').query({ year }).expect(200);
      expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
      const mine = res.body.units.find((u: { unitId: string }) => u.unitId === team.unit.id);
      expect(mine).toEqual({ unitId: team.unit.id, unitName: team.unit.name, kind: 'bidang', responses: 10, convertedIndex: 81.11, grade: 'B', label: 'Baik' });
      const childRow = res.body.units.find((u: { unitId: string }) => u.unitId === child.unit.id);
      expect(childRow).toMatchObject({ responses: 10, grade: null });
      expect(res.body.total.responses).toBeGreaterThanOrEqual(20);
      const names = res.body.units.map((u: { unitName: string }) => u.unitName);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      await t.http.get('/api/v1/public/ikm').query({ year }).set('If-None-Match', res.headers.etag).expect(304);
    });
  });

  describe('GET /api/v1/performance/units/{unitId}/summary', () => {
    it('should require authentication', async () => {
      await t.http.get(`/api/v1/performance/units/${team.unit.id}/summary`).expect(401);
    });

    it('should combine realisation against pace, predicates with the unit rating and lock, and the IKM, per child unit', async () => {
      const period = await createPeriod(t.ds);
      const on = dayFromToday(0);
      const p1 = await createPlan(t.ds, {
        periodId: period.id,
        employeeId: team.staff[0].employeeId,
        targets: [
          { quantity: 100, weight: 60, realised: 50 },
          { quantity: 10, weight: 40, realised: 0 },
        ],
      });
      const p2 = await createPlan(t.ds, { periodId: period.id, employeeId: team.staff[1].employeeId, targets: [{ quantity: 100, weight: 100, realised: 100 }] });
      await createPlan(t.ds, { periodId: period.id, employeeId: child.staff[0].employeeId, status: 'draft', targets: [{ quantity: 5, weight: 100 }] });
      const behaviours = JSON.stringify({});
      for (const [plan, predicate] of [
        [p1.id, 'baik'],
        [p2.id, 'sangat_baik'],
      ]) {
        await t.ds.query(
          `INSERT INTO performance_evaluations (plan_id, checkpoint, result_rating, behaviours, behaviour_rating, predicate, status, finalised_at)
           VALUES ($1, 0, 'meets', $2, 'meets', $3, 'final', now())`,
          [plan, behaviours, predicate],
        );
      }
      await t.ds.query(`INSERT INTO performance_unit_ratings (period_id, unit_id, rating, locked_at) VALUES ($1, $2, 'baik', now())`, [period.id, team.unit.id]);

      const res = await t.http.get(`/api/v1/performance/units/${team.unit.id}/summary`).query({ periodId: period.id, on }).set(bearer(planner)).expect(200);
      // Window: the whole period (no deadline), 365 days; day 183 → expected 183/365.
      const expected = Math.round((183 / 365) * 1e4) / 1e4;
      expect(res.body).toMatchObject({
        unit: { id: team.unit.id, name: team.unit.name },
        period: { id: period.id, startsOn: period.startsOn, endsOn: period.endsOn },
        on,
        threshold: 0.15,
        // Head + 2 staff here, head + 1 staff in the child unit.
        targets: { people: 5, withPlan: 3, approved: 2, targets: 3, realisation: 0.65, expected, atRisk: 1, atRiskPeople: 1 },
        predicates: { counts: { sangat_baik: 1, baik: 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 }, evaluated: 2, rating: 'baik', locked: true },
        ikm: { responses: 20 },
      });
      expect(res.body.ikm.grade).not.toBeNull();
      expect(res.body.children).toEqual([
        {
          unit: { id: child.unit.id, name: child.unit.name, kind: 'bidang', depth: expect.any(Number) },
          targets: { people: 2, withPlan: 1, approved: 0, targets: 0, realisation: null, expected: null, atRisk: 0, atRiskPeople: 0 },
          predicates: { counts: { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 }, evaluated: 0, rating: null, locked: false },
          ikm: { responses: 10, convertedIndex: null, grade: null },
        },
      ]);

      // The head of the unit sees it; a leader elsewhere gets 404; a missing period is named.
      await t.http
        .get(`/api/v1/performance/units/${team.unit.id}/summary`)
        .query({ periodId: period.id, on })
        .set(bearer(await t.token(team.head.username)))
        .expect(200);
      const outsider = await createTeam(t.ds, { parentCode: 'DISDIK', staffCount: 0 });
      const hidden = await t.http
        .get(`/api/v1/performance/units/${team.unit.id}/summary`)
        .query({ periodId: period.id })
        .set(bearer(await t.token(outsider.head.username)))
        .expect(404);
      expect(paths(hidden)).toEqual(['unitId']);
      const noPeriod = await t.http.get(`/api/v1/performance/units/${team.unit.id}/summary`).query({ periodId: randomUUID() }).set(bearer(planner)).expect(404);
      expect(paths(noPeriod)).toEqual(['periodId']);
    });
  });
});
