import { createHash, randomInt } from 'node:crypto';
import type { RoundSchedule, RoundStatus } from '../../src/modules/recruitment/recruitment.types.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { unitByCode } from '../factories/index.js';
import {
  buildNik,
  buildRegistration,
  buildRules,
  buildSchedule,
  insertApplication,
  insertRound,
  insertVacancy,
  JPEG,
  PDF,
  setSchedule,
  wibDay,
  type ApplicationFields,
  type RoundFixture,
  type VacancyFixture,
} from '../factories/recruitment.js';

const API = '/api/v1';
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
/** Three required documents and an optional one, 200 KiB each at most, GPA 3.00 at least. */
const RULES = buildRules({
  gpaMin: 3,
  documents: [
    { key: 'ktp', label: 'KTP', required: true },
    { key: 'ijazah', label: 'Ijazah', required: true },
    { key: 'transkrip', label: 'Transkrip Nilai', required: true },
    { key: 'sertifikat', label: 'Sertifikat Pendukung', required: false },
  ],
  maxDocumentBytes: 200 * 1024,
});
const ALL_TRUE = { ktp: true, ijazah: true, transkrip: true, sertifikat: true };

describe('recruitment applications', () => {
  let t: TestApp;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let dinkes: { id: string; path: string; name: string };
  let round: RoundFixture;
  let vacancy: VacancyFixture;

  /** A published round with registration open today (from 5 days ago to 5 days ahead) unless `schedule` says otherwise. */
  const newRound = (f: { schedule?: Partial<RoundSchedule>; status?: RoundStatus } = {}) =>
    insertRound(t.ds, { rules: RULES, schedule: buildSchedule(-5, f.schedule), status: f.status });
  /** A DINKES vacancy for S1/D4 Kesehatan Masyarakat or Keperawatan: 2 umum seats and 1 cumlaude. */
  const newVacancy = (r: RoundFixture) =>
    insertVacancy(t.ds, r, { unitId: dinkes.id, quotas: { umum: 2, cumlaude: 1 }, educationLevels: ['S1', 'D4'], majors: ['Kesehatan Masyarakat', 'Keperawatan'] });
  /** A registered application inserted directly, numbered far from the API's own sequence; its access code is `TESTCODE01`. */
  const newApplication = (r: RoundFixture, vacancyId: string, f: Partial<ApplicationFields> = {}) =>
    insertApplication(t.ds, {
      roundId: r.id,
      vacancyId,
      registrationNumber: `${r.type.toUpperCase()}${r.year}-9${String(randomInt(0, 99999)).padStart(5, '0')}`,
      accessCode: 'TESTCODE01',
      stage: 'registered',
      gender: 'L',
      birthDate: '1997-03-05',
      ...f,
    });

  const register = (roundId: string, body: Record<string, unknown>) => t.http.post(`${API}/public/recruitment/rounds/${roundId}/applications`).send(body);
  const upload = (number: string, code: string, kind: string, file: Buffer, name = 'dok.pdf', type = 'application/pdf') =>
    t.http
      .post(`${API}/public/recruitment/applications/${number}/documents`)
      .set('X-Access-Code', code)
      .field('kind', kind)
      .attach('file', file, { filename: name, contentType: type });
  const appByNumber = async (n: string) => (await t.ds.query(`SELECT * FROM recruitment_applications WHERE registration_number = $1`, [n]))[0];
  /** Registers through the API and uploads the given documents. */
  const registered = async (r: RoundFixture, v: VacancyFixture, over: Record<string, unknown> = {}, docs = ['ktp', 'ijazah', 'transkrip']) => {
    const body = buildRegistration(v.id, over);
    const res = await register(r.id, body).expect(201);
    for (const kind of docs) await upload(res.body.registrationNumber, res.body.accessCode, kind, PDF).expect(201);
    const row = await appByNumber(res.body.registrationNumber);
    return { ...res.body, id: row.id as string, version: row.version as number, body };
  };
  const decide = (token: string, id: string, checklist: Record<string, boolean>, version: number, note?: string) =>
    t.http
      .post(`${API}/recruitment/applications/${id}/admin-decision`)
      .set(bearer(token))
      .send({ checklist, version, ...(note ? { note } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    [planner, opDinkes, opDisdik] = await Promise.all(['planner.bkpp', 'operator.dinkes', 'operator.disdik'].map((u) => t.token(u)));
    dinkes = await unitByCode(t.ds, 'DINKES');
    round = await newRound();
    vacancy = await newVacancy(round);
  });
  afterAll(() => t.close());

  describe('authentication', () => {
    it('should require authentication on every staff route', async () => {
      await t.http.get(`${API}/recruitment/applicants`).expect(401);
      await t.http.get(`${API}/recruitment/applications`).expect(401);
      await t.http.get(`${API}/recruitment/applications/export`).expect(401);
      await t.http.get(`${API}/recruitment/appeals`).expect(401);
      await t.http.post(`${API}/recruitment/applications/${round.id}/admin-decision`).send({}).expect(401);
      await t.http.post(`${API}/recruitment/appeals/${round.id}/answer`).send({}).expect(401);
    });
  });

  describe('POST /api/v1/public/recruitment/rounds/:id/applications', () => {
    it('should register, return the access code once and store only its hash', async () => {
      const body = buildRegistration(vacancy.id);
      const res = await register(round.id, body).expect(201);
      expect(res.body.registrationNumber).toMatch(new RegExp(`^CPNS${round.year}-\\d{6}$`));
      expect(res.body.accessCode).toMatch(/^[A-Z2-7]{10}$/);
      expect(res.body).toMatchObject({ roundId: round.id, vacancyId: vacancy.id, stage: 'registered' });
      expect(res.body.requiredDocuments.map((d: { key: string }) => d.key)).toEqual(['ktp', 'ijazah', 'transkrip', 'sertifikat']);
      const row = await appByNumber(res.body.registrationNumber);
      expect(row.access_code_hash).toBe(sha(res.body.accessCode));
      const [audit] = await t.ds.query(`SELECT after FROM audit_events WHERE entity = 'recruitment_application' AND entity_id = $1 AND action = 'register'`, [row.id]);
      expect(audit.after.nik).toBe(`${body.nik.slice(0, 4)}**********${body.nik.slice(14)}`);
      expect(JSON.stringify(audit.after)).not.toContain(body.nik);
    });

    it('should number registrations sequentially without gaps or duplicates when they arrive together', async () => {
      const r = await newRound();
      const v = await newVacancy(r);
      const res = await Promise.all([1, 2, 3, 4, 5].map(() => register(r.id, buildRegistration(v.id))));
      expect(res.map((x) => x.status)).toEqual([201, 201, 201, 201, 201]);
      const numbers = res.map((x) => x.body.registrationNumber as string).sort();
      expect(numbers).toEqual([1, 2, 3, 4, 5].map((n) => `CPNS${r.year}-${String(n).padStart(6, '0')}`));
    });

    it('should refuse a birth date or gender that disagrees with the NIK (400 naming the field) and write nothing', async () => {
      const body = buildRegistration(vacancy.id, { birthDate: '1998-08-17', gender: 'P' });
      const wrongDate = await register(round.id, { ...body, birthDate: '1998-08-18' }).expect(400);
      expect(wrongDate.body.errors).toEqual([expect.objectContaining({ path: 'birthDate', code: 'nik_mismatch' })]);
      const wrongGender = await register(round.id, { ...body, gender: 'L' }).expect(400);
      expect(wrongGender.body.errors).toEqual([expect.objectContaining({ path: 'gender', code: 'nik_mismatch' })]);
      const badNik = await register(round.id, { ...body, nik: '3374011399980001' }).expect(400);
      expect(badNik.body.errors[0]).toMatchObject({ path: 'nik', code: 'nik_birth_date' });
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM recruitment_applicants WHERE nik = $1`, [body.nik]);
      expect(n).toBe(0);
    });

    it('should check the fields: email, phone, education level, GPA scale (0–4, SMA 0–100)', async () => {
      const bad = await register(round.id, buildRegistration(vacancy.id, { email: 'bukan-email', phone: '12', educationLevel: 'SMP' })).expect(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['educationLevel', 'email', 'phone']);
      const gpa = await register(round.id, buildRegistration(vacancy.id, { gpa: 4.5 })).expect(400);
      expect(gpa.body.errors[0].path).toBe('gpa');
      await register(round.id, buildRegistration(vacancy.id, { educationLevel: 'SMA', major: 'IPA', gpa: 85.5 })).expect(201);
    });

    it('should refuse a second application of the same NIK in the round (409, without the other number) and change nothing', async () => {
      const body = buildRegistration(vacancy.id);
      const first = await register(round.id, body).expect(201);
      const res = await register(round.id, { ...body, name: 'Nama Lain', phone: '089999999999' }).expect(409);
      expect(res.body.code).toBe('APPLICATION_EXISTS');
      expect(res.body.detail).toContain('NIK sudah terdaftar pada seleksi ini');
      expect(JSON.stringify(res.body)).not.toContain(first.body.registrationNumber);
      const rows = await t.ds.query(
        `SELECT p.name, p.phone, count(a.id)::int AS apps FROM recruitment_applicants p JOIN recruitment_applications a ON a.applicant_id = p.id WHERE p.nik = $1 GROUP BY p.id`,
        [body.nik],
      );
      expect(rows).toEqual([{ name: body.name, phone: body.phone, apps: 1 }]);
    });

    it('should keep one applicant across rounds and update their contact and education', async () => {
      const other = await newRound();
      const v2 = await newVacancy(other);
      const body = buildRegistration(vacancy.id);
      await register(round.id, body).expect(201);
      await register(other.id, { ...body, vacancyId: v2.id, phone: '08111111111', gpa: 3.8 }).expect(201);
      const rows = await t.ds.query(`SELECT phone, gpa::float8 AS gpa FROM recruitment_applicants WHERE nik = $1`, [body.nik]);
      expect(rows).toEqual([{ phone: '08111111111', gpa: 3.8 }]);
    });

    it('should refuse outside the registration window (409 naming it), a draft round (404), no seats (422), a vacancy of another round (422)', async () => {
      const closed = await newRound({ schedule: { registrationOpens: wibDay(-10), registrationCloses: wibDay(-1) } });
      const vc = await newVacancy(closed);
      const res = await register(closed.id, buildRegistration(vc.id)).expect(409);
      expect(res.body.code).toBe('REGISTRATION_CLOSED');
      expect(res.body.detail).toContain(wibDay(-1));
      const draft = await newRound({ status: 'draft' });
      await register(draft.id, buildRegistration(vacancy.id)).expect(404);
      const seats = await register(round.id, buildRegistration(vacancy.id, { category: 'disabilitas' })).expect(422);
      expect(seats.body.errors[0].path).toBe('category');
      const foreign = await register(round.id, buildRegistration(vc.id)).expect(422);
      expect(foreign.body.code).toBe('VACANCY_NOT_IN_ROUND');
    });
  });

  describe('POST /api/v1/public/recruitment/applications/:number/documents', () => {
    it('should store a PDF with its hash, replace it on a second upload and audit both hashes', async () => {
      const reg = (await register(round.id, buildRegistration(vacancy.id)).expect(201)).body;
      const first = await upload(reg.registrationNumber, reg.accessCode, 'ktp', PDF).expect(201);
      expect(first.body).toMatchObject({ kind: 'ktp', contentType: 'application/pdf', size: PDF.length, sha256: sha(PDF), replaced: false });
      const second = await upload(reg.registrationNumber, reg.accessCode, 'ktp', JPEG, 'ktp.jpg', 'image/jpeg').expect(201);
      expect(second.body).toMatchObject({ contentType: 'image/jpeg', sha256: sha(JPEG), replaced: true });
      const app = await appByNumber(reg.registrationNumber);
      const docs = await t.ds.query(`SELECT kind, sha256 FROM recruitment_documents WHERE application_id = $1`, [app.id]);
      expect(docs).toEqual([{ kind: 'ktp', sha256: sha(JPEG) }]);
      const [audit] = await t.ds.query(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'replace_document'`, [app.id]);
      expect(audit.before.sha256).toBe(sha(PDF));
      expect(audit.after.sha256).toBe(sha(JPEG));
    });

    it('should answer the same 404 for a wrong access code and an unknown number', async () => {
      const reg = (await register(round.id, buildRegistration(vacancy.id)).expect(201)).body;
      const wrong = await upload(reg.registrationNumber, 'AAAAAAAAAA', 'ktp', PDF).expect(404);
      const unknown = await upload(`CPNS${round.year}-999998`, reg.accessCode, 'ktp', PDF).expect(404);
      expect(wrong.body.code).toBe('APPLICATION_NOT_FOUND');
      expect({ ...wrong.body, instance: null, correlationId: null }).toEqual({ ...unknown.body, instance: null, correlationId: null });
    });

    it('should refuse a file that is not a PDF or JPEG by its content (415) and one above the round limit (413)', async () => {
      const reg = (await register(round.id, buildRegistration(vacancy.id)).expect(201)).body;
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      const fake = await upload(reg.registrationNumber, reg.accessCode, 'ijazah', png, 'ijazah.pdf', 'application/pdf').expect(415);
      expect(fake.body.code).toBe('DOCUMENT_TYPE_UNSUPPORTED');
      const big = Buffer.concat([PDF, Buffer.alloc(round.rules.maxDocumentBytes, 0x20)]);
      const large = await upload(reg.registrationNumber, reg.accessCode, 'ijazah', big).expect(413);
      expect(large.body.code).toBe('DOCUMENT_TOO_LARGE');
      const kind = await upload(reg.registrationNumber, reg.accessCode, 'paspor', PDF).expect(400);
      expect(kind.body.errors[0].path).toBe('kind');
      const app = await appByNumber(reg.registrationNumber);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM recruitment_documents WHERE application_id = $1`, [app.id]);
      expect(n).toBe(0);
    });
  });

  describe('POST /api/v1/recruitment/applications/:id/admin-decision', () => {
    it('should decide MS when every check and checklist item passes, audited with before and after', async () => {
      const a = await registered(round, vacancy);
      const res = await decide(opDinkes, a.id, ALL_TRUE, a.version, 'Lengkap').expect(200);
      expect(res.body).toMatchObject({ stage: 'admin_passed', adminResult: 'ms', adminFailures: [], adminNote: 'Lengkap' });
      expect(res.body.automaticChecks.every((c: { passed: boolean }) => c.passed)).toBe(true);
      const [audit] = await t.ds.query(`SELECT before, after, actor_name FROM audit_events WHERE entity_id = $1 AND action = 'admin_decision'`, [a.id]);
      expect(audit.before).toMatchObject({ stage: 'registered', adminResult: null });
      expect(audit.after).toMatchObject({ stage: 'admin_passed', adminResult: 'ms' });
    });

    it('should decide TMS naming every failed requirement', async () => {
      const a = await registered(round, vacancy, { birthDate: '1980-02-03', major: 'Farmasi', gpa: 2.9 }, ['ktp', 'ijazah']);
      const res = await decide(planner, a.id, { ...ALL_TRUE, ijazah: false, keabsahan_surat: false }, a.version).expect(200);
      expect(res.body.stage).toBe('admin_failed');
      expect(res.body.adminResult).toBe('tms');
      expect(res.body.adminFailures.map((f: { code: string; key?: string }) => (f.key ? `${f.code}:${f.key}` : f.code))).toEqual([
        'AGE_ABOVE_MAX',
        'MAJOR',
        'GPA_BELOW_MIN',
        'DOCUMENT_MISSING:transkrip',
        'CHECKLIST_FAILED:ijazah',
        'CHECKLIST_FAILED:keabsahan_surat',
      ]);
      expect(res.body.adminFailures[0].message).toMatch(/melebihi batas maksimal 35 tahun/);
      const [audit] = await t.ds.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'admin_decision'`, [a.id]);
      expect(audit.after.adminFailures).toHaveLength(6);
    });

    it('should refuse a checklist missing a document key (400), a stale version (409), and after SKD scores exist (409)', async () => {
      const a = await registered(round, vacancy);
      const missing = await decide(opDinkes, a.id, { ktp: true, ijazah: true }, a.version).expect(400);
      expect(missing.body.errors[0].path).toBe('checklist.transkrip');
      await decide(opDinkes, a.id, ALL_TRUE, a.version + 5).expect(409);
      const ok = await decide(opDinkes, a.id, ALL_TRUE, a.version).expect(200);
      await t.ds.query(`UPDATE recruitment_applications SET skd_twk = 100, skd_tiu = 100, skd_tkp = 180, skd_total = 380, skd_scored_at = now() WHERE id = $1`, [a.id]);
      const locked = await decide(opDinkes, a.id, { ...ALL_TRUE, ijazah: false }, ok.body.version).expect(409);
      expect(locked.body.code).toBe('ADMIN_DECISION_LOCKED');
      expect((await appByNumber(a.registrationNumber)).admin_result).toBe('ms');
    });

    it('should allow re-deciding until the appeal window closes, and refuse it after (409)', async () => {
      const r = await newRound();
      const v = await newVacancy(r);
      const a = await registered(r, v);
      const first = await decide(opDinkes, a.id, { ...ALL_TRUE, ktp: false }, a.version).expect(200);
      expect(first.body.adminResult).toBe('tms');
      const second = await decide(opDinkes, a.id, ALL_TRUE, first.body.version).expect(200);
      expect(second.body).toMatchObject({ adminResult: 'ms', stage: 'admin_passed', adminFailures: [] });
      await setSchedule(t.ds, r.id, { appealOpens: wibDay(-3), appealCloses: wibDay(-1) });
      const late = await decide(opDinkes, a.id, { ...ALL_TRUE, ktp: false }, second.body.version).expect(409);
      expect(late.body.code).toBe('ADMIN_DECISION_LOCKED');
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'admin_decision'`, [a.id]);
      expect(n).toBe(2);
    });

    it('should answer 404 to an operator of another unit, for reads and decisions alike, and change nothing', async () => {
      const a = await registered(round, vacancy);
      await t.http.get(`${API}/recruitment/applications/${a.id}`).set(bearer(opDisdik)).expect(404);
      await decide(opDisdik, a.id, ALL_TRUE, a.version).expect(404);
      await t.http.get(`${API}/recruitment/applications/${a.id}/documents/ktp`).set(bearer(opDisdik)).expect(404);
      expect((await appByNumber(a.registrationNumber)).stage).toBe('registered');
      const list = await t.http.get(`${API}/recruitment/applications?roundId=${round.id}`).set(bearer(opDisdik)).expect(200);
      expect(list.body.total).toBe(0);
    });
  });

  describe('appeals', () => {
    let r: RoundFixture;
    let v: VacancyFixture;
    beforeAll(async () => {
      r = await newRound();
      v = await newVacancy(r);
    });
    const appeal = (registrationNumber: string, accessCode: string, reason = 'Transkrip sudah saya unggah sebelum batas waktu pendaftaran.') =>
      t.http.post(`${API}/public/recruitment/appeals`).send({ registrationNumber, accessCode, reason });

    it('should refuse an appeal outside the window (409) and accept one inside it; accepted restores admin_passed', async () => {
      const a = await registered(r, v, {}, ['ktp', 'ijazah']);
      await decide(opDinkes, a.id, ALL_TRUE, a.version).expect(200);
      const outside = await appeal(a.registrationNumber, a.accessCode).expect(409);
      expect(outside.body.code).toBe('APPEAL_WINDOW_CLOSED');
      expect(outside.body.detail).toContain(r.schedule.appealOpens);

      await setSchedule(t.ds, r.id, { appealOpens: wibDay(-1), appealCloses: wibDay(1), appealAnswerBy: wibDay(3) });
      await appeal(a.registrationNumber, a.accessCode, 'terlalu pendek').expect(400);
      await appeal(a.registrationNumber, 'SALAHKODE1').expect(404);
      const made = await appeal(a.registrationNumber, a.accessCode).expect(201);
      expect(made.body).toMatchObject({ status: 'pending', answerBy: wibDay(3) });
      const again = await appeal(a.registrationNumber, a.accessCode).expect(409);
      expect(again.body.code).toBe('APPEAL_PENDING');

      const inbox = await t.http.get(`${API}/recruitment/appeals?roundId=${r.id}&status=pending`).set(bearer(opDinkes)).expect(200);
      expect(inbox.body.items).toEqual([expect.objectContaining({ id: made.body.id, daysLeft: 3, overdue: false, registrationNumber: a.registrationNumber })]);
      const other = await t.http.get(`${API}/recruitment/appeals?roundId=${r.id}`).set(bearer(opDisdik)).expect(200);
      expect(other.body.total).toBe(0);
      await t.http
        .post(`${API}/recruitment/appeals/${made.body.id}/answer`)
        .set(bearer(opDisdik))
        .send({ accepted: true, answer: 'Diterima oleh panitia.', version: 1 })
        .expect(404);
      await t.http.post(`${API}/recruitment/appeals/${made.body.id}/answer`).set(bearer(opDinkes)).send({ accepted: true, answer: 'ok', version: 1 }).expect(400);

      const answered = await t.http
        .post(`${API}/recruitment/appeals/${made.body.id}/answer`)
        .set(bearer(opDinkes))
        .send({ accepted: true, answer: 'Transkrip terbukti diunggah; kesalahan sistem.', version: inbox.body.items[0].version })
        .expect(200);
      expect(answered.body).toMatchObject({ status: 'accepted', daysLeft: null, overdue: false });
      const row = await appByNumber(a.registrationNumber);
      expect(row).toMatchObject({ stage: 'admin_passed', admin_result: 'ms', admin_failures: [] });
      const [audit] = await t.ds.query(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'appeal_accepted'`, [a.id]);
      expect(audit.before.adminFailures).toEqual([expect.objectContaining({ code: 'DOCUMENT_MISSING', key: 'transkrip' })]);
      expect(audit.after).toMatchObject({ stage: 'admin_passed', adminResult: 'ms' });
      const twice = await t.http
        .post(`${API}/recruitment/appeals/${made.body.id}/answer`)
        .set(bearer(opDinkes))
        .send({ accepted: false, answer: 'Jawaban kedua tidak boleh.', version: answered.body.version })
        .expect(409);
      expect(twice.body.code).toBe('APPEAL_ALREADY_ANSWERED');
      const ms = await appeal(a.registrationNumber, a.accessCode).expect(409);
      expect(ms.body.code).toBe('APPEAL_NOT_ALLOWED');
    });

    it('should refuse an answer after appealAnswerBy (409 APPEAL_DEADLINE_PASSED) and leave the appeal pending', async () => {
      await setSchedule(t.ds, r.id, { appealOpens: wibDay(-1), appealCloses: wibDay(1), appealAnswerBy: wibDay(3) });
      const a = await newApplication(r, v.id, { stage: 'admin_failed' });
      await t.ds.query(`UPDATE recruitment_applications SET admin_result = 'tms', admin_failures = '[{"code":"MAJOR","message":"x"}]' WHERE id = $1`, [a.id]);
      const made = await appeal(a.registrationNumber, 'TESTCODE01').expect(201);
      await setSchedule(t.ds, r.id, { appealAnswerBy: wibDay(-1) });
      const inbox = await t.http.get(`${API}/recruitment/appeals?roundId=${r.id}&status=pending`).set(bearer(planner)).expect(200);
      expect(inbox.body.items.find((i: { id: string }) => i.id === made.body.id)).toMatchObject({ overdue: true, daysLeft: -1 });
      const late = await t.http
        .post(`${API}/recruitment/appeals/${made.body.id}/answer`)
        .set(bearer(planner))
        .send({ accepted: true, answer: 'Terlambat dijawab oleh panitia.', version: 1 })
        .expect(409);
      expect(late.body.code).toBe('APPEAL_DEADLINE_PASSED');
      const [row] = await t.ds.query(`SELECT status FROM recruitment_appeals WHERE id = $1`, [made.body.id]);
      expect(row.status).toBe('pending');
    });
  });

  describe('GET /api/v1/public/recruitment/status', () => {
    it('should tell the stage and admin result, never the NIK, and scores only once published', async () => {
      const a = await registered(round, vacancy, { birthDate: '1999-04-21', gender: 'L' }, ['ktp']);
      await decide(opDinkes, a.id, ALL_TRUE, a.version).expect(200);
      const status = (qs: string) => t.http.get(`${API}/public/recruitment/status?${qs}`);
      const res = await status(`registrationNumber=${a.registrationNumber}&birthDate=1999-04-21`).expect(200);
      expect(res.body).toMatchObject({
        registrationNumber: a.registrationNumber,
        name: a.body.name,
        stage: 'admin_failed',
        admin: { result: 'tms' },
        skd: null,
        final: null,
        vacancy: { id: vacancy.id, unitName: dinkes.name },
      });
      expect(res.body.admin.failures.map((f: { key: string }) => f.key)).toEqual(['ijazah', 'transkrip']);
      expect(JSON.stringify(res.body)).not.toContain(a.body.nik);

      await t.ds.query(
        `UPDATE recruitment_applications SET stage = 'skd_passed', skd_twk = 100, skd_tiu = 100, skd_tkp = 180, skd_total = 380, skd_passed = true, skd_scored_at = now() WHERE id = $1`,
        [a.id],
      );
      const hidden = await status(`registrationNumber=${a.registrationNumber}&birthDate=1999-04-21`).expect(200);
      expect(hidden.body).toMatchObject({ stage: 'admin_passed', skd: null });
      await t.ds.query(`INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name) VALUES ($1, 1, 'skd', '{}', $2, 'Panitia Uji')`, [
        round.id,
        sha('x'),
      ]);
      const shown = await status(`registrationNumber=${a.registrationNumber}&birthDate=1999-04-21`).expect(200);
      expect(shown.body).toMatchObject({ stage: 'skd_passed', skd: { twk: 100, tiu: 100, tkp: 180, total: 380, passed: true }, final: null });

      await t.ds.query(`UPDATE recruitment_applications SET stage = 'passed', shortlisted = true, skb_score = 80, final_score = 78.55, rank = 1 WHERE id = $1`, [a.id]);
      expect((await status(`registrationNumber=${a.registrationNumber}&birthDate=1999-04-21`).expect(200)).body).toMatchObject({ stage: 'shortlisted', final: null });
      await t.ds.query(`INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name) VALUES ($1, 2, 'final', '{}', $2, 'Panitia Uji')`, [
        round.id,
        sha('y'),
      ]);
      const final = await status(`registrationNumber=${a.registrationNumber}&birthDate=1999-04-21`).expect(200);
      expect(final.body).toMatchObject({ stage: 'passed', final: { skbScore: 80, finalScore: 78.55, rank: 1 }, publishedStages: ['final', 'skd'] });
    });

    it('should answer the same 404 for a wrong birth date and an unknown number', async () => {
      const a = await newApplication(round, vacancy.id, { birthDate: '1996-01-02' });
      const wrong = await t.http.get(`${API}/public/recruitment/status?registrationNumber=${a.registrationNumber}&birthDate=1996-01-03`).expect(404);
      const unknown = await t.http.get(`${API}/public/recruitment/status?registrationNumber=CPNS${round.year}-999997&birthDate=1996-01-02`).expect(404);
      const strip = (b: Record<string, unknown>) => ({ ...b, instance: null, correlationId: null });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
      await t.http.get(`${API}/public/recruitment/status?registrationNumber=${a.registrationNumber}&birthDate=1996-01-02`).expect(200);
    });
  });

  describe('staff lists, detail, documents and export', () => {
    it('should list applications with filters, NIK full for planners and masked for operators', async () => {
      const r = await newRound();
      const v = await newVacancy(r);
      const a = await registered(r, v, { name: 'Zulaikha Lestari Uji' });
      const b = await registered(r, v, { name: 'Ahmad Fauzi Uji' }, []);
      await decide(planner, b.id, { ...ALL_TRUE }, b.version).expect(200);
      const all = await t.http.get(`${API}/recruitment/applications?roundId=${r.id}&sortBy=name`).set(bearer(planner)).expect(200);
      expect(all.body.items.map((i: { registrationNumber: string }) => i.registrationNumber)).toEqual([b.registrationNumber, a.registrationNumber]);
      expect(all.body.items[1]).toMatchObject({ nik: a.body.nik, documentCount: 3, stage: 'registered', unitName: dinkes.name });
      const tms = await t.http.get(`${API}/recruitment/applications?roundId=${r.id}&adminResult=tms`).set(bearer(opDinkes)).expect(200);
      expect(tms.body.items).toEqual([expect.objectContaining({ id: b.id, nik: `${b.body.nik.slice(0, 4)}**********${b.body.nik.slice(14)}`, adminFailureCount: 3 })]);
      const q = await t.http.get(`${API}/recruitment/applications?roundId=${r.id}&q=zulaikha`).set(bearer(opDinkes)).expect(200);
      expect(q.body.total).toBe(1);
      await t.http.get(`${API}/recruitment/applications?sortBy=nik`).set(bearer(planner)).expect(400);

      const applicants = await t.http.get(`${API}/recruitment/applicants?q=${a.body.nik}`).set(bearer(planner)).expect(200);
      expect(applicants.body.items).toEqual([expect.objectContaining({ nik: a.body.nik, name: 'Zulaikha Lestari Uji', applicationCount: 1 })]);
      const detail = await t.http.get(`${API}/recruitment/applicants/${applicants.body.items[0].id}`).set(bearer(opDinkes)).expect(200);
      expect(detail.body.nik).toContain('**********');
      expect(detail.body.applications).toEqual([expect.objectContaining({ registrationNumber: a.registrationNumber })]);
      await t.http.get(`${API}/recruitment/applicants/${applicants.body.items[0].id}`).set(bearer(opDisdik)).expect(404);

      const xlsx = await t.http
        .get(`${API}/recruitment/applications/export?roundId=${r.id}`)
        .set(bearer(opDinkes))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body);
      const ws = wb.getWorksheet('Pelamar')!;
      const values = ws.getRow(2).values as unknown[];
      expect(values).toContain(a.registrationNumber);
      expect(JSON.stringify(ws.getSheetValues())).not.toContain(a.body.nik);
    });

    it('should give the detail with checks, documents, appeals and timeline, and the document file uncached', async () => {
      const a = await registered(round, vacancy, {}, ['ktp', 'ijazah']);
      const res = await t.http.get(`${API}/recruitment/applications/${a.id}`).set(bearer(opDinkes)).expect(200);
      expect(res.body).toMatchObject({ registrationNumber: a.registrationNumber, stage: 'registered', interviews: { assigned: 0, submitted: 0, mean: null } });
      expect(res.body.applicant.nik).toContain('**********');
      expect(res.body.automaticFailures).toEqual([expect.objectContaining({ code: 'DOCUMENT_MISSING', key: 'transkrip' })]);
      expect(res.body.documents.map((d: { kind: string; sha256: string }) => [d.kind, d.sha256])).toEqual([
        ['ijazah', sha(PDF)],
        ['ktp', sha(PDF)],
      ]);
      expect(res.body.timeline[0].event).toBe('registered');
      const full = await t.http.get(`${API}/recruitment/applications/${a.id}`).set(bearer(planner)).expect(200);
      expect(full.body.applicant.nik).toBe(a.body.nik);
      const file = await t.http.get(`${API}/recruitment/applications/${a.id}/documents/ktp`).set(bearer(opDinkes)).buffer(true).expect(200);
      expect(file.headers['cache-control']).toBe('no-store');
      expect(file.headers['content-type']).toContain('application/pdf');
      expect(sha(file.body as Buffer)).toBe(sha(PDF));
      await t.http.get(`${API}/recruitment/applications/${a.id}/documents/transkrip`).set(bearer(opDinkes)).expect(404);

      const [panel] = await t.ds.query(`SELECT id FROM users WHERE username = 'panel.seleksi'`);
      const [other] = await t.ds.query(`SELECT id FROM users WHERE username = 'planner.bkpp'`);
      await t.ds.query(
        `INSERT INTO recruitment_interviews (application_id, panelist_id, no_conflict_declared_at, scores, score, submitted_at) VALUES ($1, $2, now(), '{}', 80, now()), ($1, $3, NULL, NULL, NULL, NULL)`,
        [a.id, panel.id, other.id],
      );
      const withInterviews = await t.http.get(`${API}/recruitment/applications/${a.id}`).set(bearer(planner)).expect(200);
      expect(withInterviews.body.interviews).toEqual({ assigned: 2, submitted: 1, mean: 80, flagged: false });
    });
  });

  it('should build NIKs that the server accepts (factory sanity)', () => {
    expect(buildNik('1998-08-17', 'P')).toMatch(/^3374\d{2}570898\d{4}$/);
  });
});
