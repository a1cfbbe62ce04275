import { createTestApp, bearer, TestApp } from '../utils/app.js';

describe('reference', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.token('planner.bkpp');
  });
  afterAll(() => t.close());

  describe('GET /api/v1/reference/nip/:nip', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/reference/nip/196608011988031001').expect(401);
    });

    it('should break down the example NIP of domain.md', async () => {
      const res = await t.http.get('/api/v1/reference/nip/196608011988031001').set(bearer(token)).expect(200);
      expect(res.body).toEqual({ birthDate: '1966-08-01', appointmentMonth: '1988-03', gender: 'L', sequence: '001' });
    });

    it.each([
      ['19660801198803100', 'nip_format'],
      ['196602301988031001', 'nip_birth_date'],
      ['196608011988131001', 'nip_appointment_month'],
      ['196608011988033001', 'nip_gender_digit'],
    ])('should answer 422 with the reason for %s', async (nip, code) => {
      const res = await t.http.get(`/api/v1/reference/nip/${nip}`).set(bearer(token)).expect(422);
      expect(res.body.code).toBe('INVALID_NIP');
      expect(res.body.errors[0]).toMatchObject({ path: 'nip', code });
      expect(res.body.detail.length).toBeGreaterThan(10);
    });
  });

  describe('GET /api/v1/reference/nik/:nik', () => {
    it('should break down a Semarang woman’s NIK (day + 40)', async () => {
      const res = await t.http.get('/api/v1/reference/nik/3374015708850001').set(bearer(token)).expect(200);
      expect(res.body).toEqual({
        provinceCode: '33',
        regencyCode: '33.74',
        districtCode: '33.74.01',
        gender: 'P',
        birthDay: 17,
        birthMonth: 8,
        birthYear2: '85',
        sequence: '0001',
      });
    });

    it('should answer 422 for an impossible day', async () => {
      const res = await t.http.get('/api/v1/reference/nik/3374017208850001').set(bearer(token)).expect(422);
      expect(res.body.code).toBe('INVALID_NIK');
    });
  });

  describe('POST /api/v1/needs/calculate/retirement', () => {
    it.each([
      [{ birthDate: '1967-03-15', positionKind: 'pelaksana' }, 58, '2025-04-01'],
      [{ birthDate: '1965-12-20', positionKind: 'jpt' }, 60, '2026-01-01'],
      [{ birthDate: '1970-05-01', positionKind: 'fungsional', functionalLevel: 'ahli_utama' }, 65, '2035-06-01'],
      [{ birthDate: '1970-05-31', positionKind: 'fungsional', functionalLevel: 'ahli_madya' }, 60, '2030-06-01'],
      [{ birthDate: '1970-05-31', positionKind: 'fungsional', functionalLevel: 'ahli_muda', isTeacher: true }, 60, '2030-06-01'],
      [{ birthDate: '1970-05-31', positionKind: 'fungsional', functionalLevel: 'terampil' }, 58, '2028-06-01'],
    ])('should calculate %j → age %i, TMT %s', async (body, age, date) => {
      const res = await t.http.post('/api/v1/needs/calculate/retirement').set(bearer(token)).send(body).expect(200);
      expect(res.body).toMatchObject({ retirementAge: age, retirementDate: date });
      expect(res.body.rule).toMatchObject({ key: 'retirement.ages', effectiveFrom: '2017-03-30' });
    });

    it('should name the bad fields', async () => {
      const res = await t.http.post('/api/v1/needs/calculate/retirement').set(bearer(token)).send({ birthDate: '1967-02-30', positionKind: 'boss' }).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['birthDate', 'positionKind']);
    });
  });

  describe('reference rules', () => {
    it('should list the seeded rules with their legal basis', async () => {
      const res = await t.http.get('/api/v1/reference-rules?key=abk.&pageSize=50').set(bearer(token)).expect(200);
      const jke = res.body.items.find((r: { key: string }) => r.key === 'abk.effective_minutes_per_year');
      expect(jke).toMatchObject({ value: { minutes: 75000 }, current: true });
      expect(jke.legalBasis).toContain('1 Tahun 2020');
    });

    it('should read a new version from its effective date on (a decree changing the retirement age)', async () => {
      const admin = await t.token('admin');
      const created = await t.http
        .post('/api/v1/reference-rules')
        .set(bearer(admin))
        .send({
          key: 'retirement.ages',
          value: { byKind: { jpt: 62, administrator: 60, pengawas: 60, pelaksana: 60 }, byFunctionalLevel: {}, teacher: 60, default: 60 },
          legalBasis: 'Uji: PP fiktif 2040',
          effectiveFrom: '2040-01-01',
        })
        .expect(201);
      const before = await t.http
        .post('/api/v1/needs/calculate/retirement')
        .set(bearer(token))
        .send({ birthDate: '1967-03-15', positionKind: 'pelaksana', asOf: '2039-12-31' })
        .expect(200);
      expect(before.body.retirementAge).toBe(58);
      const after = await t.http
        .post('/api/v1/needs/calculate/retirement')
        .set(bearer(token))
        .send({ birthDate: '1967-03-15', positionKind: 'pelaksana', asOf: '2040-01-01' })
        .expect(200);
      expect(after.body).toMatchObject({ retirementAge: 60, rule: { effectiveFrom: '2040-01-01' } });
      await t.http.delete(`/api/v1/reference-rules/${created.body.id}`).set(bearer(admin)).expect(204);
    });

    it('should recompute stored retirement dates when the retirement rule in force changes, and back', async () => {
      const admin = await t.token('admin');
      const [emp] = await t.ds.query(
        `SELECT e.id, e.retirement_date FROM employees e JOIN positions p ON p.id = e.position_id WHERE p.kind = 'pelaksana' AND p.retirement_age_override IS NULL AND NOT p.is_teacher LIMIT 1`,
      );
      const list = await t.http.get('/api/v1/reference-rules?key=retirement.ages').set(bearer(admin)).expect(200);
      const rule = list.body.items.find((r: { effectiveFrom: string }) => r.effectiveFrom === '2017-03-30');
      const value = rule.value as { byKind: Record<string, number> };
      const changed = await t.http
        .patch(`/api/v1/reference-rules/${rule.id}`)
        .set(bearer(admin))
        .send({ version: rule.version, value: { ...value, byKind: { ...value.byKind, pelaksana: 59 } } })
        .expect(200);
      const [moved] = await t.ds.query('SELECT retirement_date FROM employees WHERE id = $1', [emp.id]);
      expect(Number(moved.retirement_date.slice(0, 4))).toBe(Number(emp.retirement_date.slice(0, 4)) + 1);
      await t.http.patch(`/api/v1/reference-rules/${rule.id}`).set(bearer(admin)).send({ version: changed.body.version, value }).expect(200);
      const [back] = await t.ds.query('SELECT retirement_date FROM employees WHERE id = $1', [emp.id]);
      expect(back.retirement_date).toBe(emp.retirement_date);
    });

    it('should refuse a duplicate version and a stale update', async () => {
      const admin = await t.token('admin');
      const dup = await t.http
        .post('/api/v1/reference-rules')
        .set(bearer(admin))
        .send({ key: 'abk.rounding', value: { mode: 'ceil' }, legalBasis: 'x', effectiveFrom: '2020-01-01' })
        .expect(409);
      expect(dup.body.code).toBe('DUPLICATE');
      const list = await t.http.get('/api/v1/reference-rules?key=abk.rounding').set(bearer(admin)).expect(200);
      const rule = list.body.items[0];
      await t.http.patch(`/api/v1/reference-rules/${rule.id}`).set(bearer(admin)).send({ version: rule.version, description: 'dijelaskan' }).expect(200);
      const stale = await t.http.patch(`/api/v1/reference-rules/${rule.id}`).set(bearer(admin)).send({ version: rule.version, description: 'lagi' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });
  });
});
