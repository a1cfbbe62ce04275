import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { buildRules, insertApplication, insertRecruitmentFixture, SKB_WITH_PRAKTIK, type RecruitmentFixture } from '../factories/recruitment.js';

const RULES = buildRules({ skbComponents: SKB_WITH_PRAKTIK });

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('Recruitment scores', () => {
  let t: TestApp;
  let planner: string;
  let operator: string;
  let fx: RecruitmentFixture;
  let other: RecruitmentFixture;
  let apps: Awaited<ReturnType<typeof insertApplication>>[];
  let registered: Awaited<ReturnType<typeof insertApplication>>;
  let elsewhere: Awaited<ReturnType<typeof insertApplication>>;

  beforeAll(async () => {
    t = await createTestApp();
    planner = await t.token('planner.bkpp');
    operator = await t.token('operator.dinkes');
    fx = await insertRecruitmentFixture(t.ds, { planYear: 2027, rules: RULES, seats: 2 });
    other = await insertRecruitmentFixture(t.ds, { planYear: 2027, rules: RULES });
    apps = [];
    for (let i = 0; i < 3; i++) apps.push(await insertApplication(t.ds, { roundId: fx.roundId, vacancyId: fx.vacancyId, stage: 'admin_passed' }));
    registered = await insertApplication(t.ds, { roundId: fx.roundId, vacancyId: fx.vacancyId, stage: 'registered' });
    elsewhere = await insertApplication(t.ds, { roundId: other.roundId, vacancyId: other.vacancyId, stage: 'admin_passed' });
  });
  afterAll(() => t.close());

  const upload = (roundId: string, kind: string, body: string | Buffer, dryRun: boolean, name = 'skd.csv', tok = planner) =>
    t.http
      .post(`/api/v1/recruitment/rounds/${roundId}/scores/import?kind=${kind}&dryRun=${dryRun}`)
      .set(bearer(tok))
      .attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body), name);
  interface SkdRow {
    id: string;
    skd_twk: number | null;
    skd_tiu: number | null;
    skd_tkp: number | null;
    skd_total: number | null;
    skd_scored_at: Date | null;
    version: number;
    updated_at: Date;
  }
  const skdOf = (ids: string[]) =>
    t.ds.query<SkdRow[]>('SELECT id, skd_twk, skd_tiu, skd_tkp, skd_total, skd_scored_at, version, updated_at FROM recruitment_applications WHERE id = ANY($1) ORDER BY id', [ids]);
  const importsOf = async (roundId: string) => (await t.ds.query('SELECT count(*)::int AS n FROM recruitment_score_imports WHERE round_id = $1', [roundId]))[0].n as number;
  const goodCsv = () =>
    ['registrationNumber,twk,tiu,tkp', `${apps[0].registrationNumber},100,95,170`, `${apps[1].registrationNumber},60,85,180`, `${apps[2].registrationNumber},150,175,225`].join(
      '\n',
    );

  describe('POST /api/v1/recruitment/rounds/{id}/scores/import', () => {
    it('should require authentication', async () => {
      await t.http.post(`/api/v1/recruitment/rounds/${fx.roundId}/scores/import?kind=skd`).expect(401);
    });

    it('should refuse an operator (403)', async () => {
      await upload(fx.roundId, 'skd', goodCsv(), true, 'skd.csv', operator).expect(403);
    });

    it('should report every bad row of a malformed file in a dry run and write nothing', async () => {
      const csv = [
        'RegistrationNumber,TWK,TIU,TKP',
        `${apps[0].registrationNumber},100,95,170`,
        'TNOSUCH-00001,100,95,170',
        `${elsewhere.registrationNumber},100,95,170`,
        `${registered.registrationNumber},100,95,170`,
        `${apps[0].registrationNumber},100,95,170`,
        `${apps[1].registrationNumber},67,180,80.5`,
      ].join('\n');
      const res = await upload(fx.roundId, 'skd', csv, true).expect(200);
      expect(res.body).toMatchObject({ kind: 'skd', dryRun: true, rows: 6, alreadyImported: false, importId: null, fileSha256: sha(csv) });
      expect(res.body.errors).toEqual([
        { row: 3, column: 'registrationNumber', message: expect.stringContaining('unknown') },
        { row: 4, column: 'registrationNumber', message: expect.stringContaining('another round') },
        { row: 5, column: 'registrationNumber', message: expect.stringContaining('admin_passed') },
        { row: 6, column: 'registrationNumber', message: expect.stringContaining('already on row 2') },
        { row: 7, column: 'tiu', message: 'tiu must be between 0 and 175' },
        { row: 7, column: 'tkp', message: 'tkp must be a whole number' },
        { row: 7, column: 'twk', message: 'twk must be a multiple of 5' },
      ]);
      expect((await skdOf(apps.map((a) => a.id))).every((a) => a.skd_twk === null)).toBe(true);
      expect(await importsOf(fx.roundId)).toBe(0);
    });

    it('should name a missing column once', async () => {
      const res = await upload(fx.roundId, 'skd', `registrationNumber,twk,tkp\n${apps[0].registrationNumber},100,170\n`, true).expect(200);
      expect(res.body.errors).toEqual([{ row: 1, column: 'tiu', message: 'column tiu is missing' }]);
    });

    it('should write nothing at all when one row of a real run is bad (422 with the report)', async () => {
      const csv = goodCsv() + `\n${registered.registrationNumber},100,95,170`;
      const res = await upload(fx.roundId, 'skd', csv, false).expect(422);
      expect(res.body.code).toBe('IMPORT_ROWS_INVALID');
      expect(res.body.report.errors).toEqual([expect.objectContaining({ row: 5, column: 'registrationNumber' })]);
      expect((await skdOf(apps.map((a) => a.id))).every((a) => a.skd_twk === null)).toBe(true);
      expect(await importsOf(fx.roundId)).toBe(0);
    });

    it('should refuse PPPK scores for a CPNS round (422)', async () => {
      const res = await upload(fx.roundId, 'pppk', `registrationNumber,technical,managerialSocioCultural,interview\n${apps[0].registrationNumber},300,100,30`, true).expect(422);
      expect(res.body.code).toBe('SCORE_KIND_MISMATCH');
    });

    it('should import a file in one go, record its hash and importer with one audit event, and change nothing when it comes again', async () => {
      const csv = goodCsv();
      const res = await upload(fx.roundId, 'skd', csv, false).expect(200);
      expect(res.body).toMatchObject({ dryRun: false, rows: 3, changed: 3, errors: [], alreadyImported: false, fileSha256: sha(csv) });
      const rows = await skdOf(apps.map((a) => a.id));
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(apps[0].id)).toMatchObject({ skd_twk: 100, skd_tiu: 95, skd_tkp: 170, skd_total: 365 });
      expect(byId.get(apps[2].id)).toMatchObject({ skd_total: 550 });
      expect(rows.every((r) => r.skd_scored_at !== null)).toBe(true);
      const [imp] = await t.ds.query('SELECT * FROM recruitment_score_imports WHERE id = $1', [res.body.importId]);
      expect(imp).toMatchObject({ kind: 'skd', rows: 3, changed: 3, file_sha256: sha(csv), imported_by_name: expect.any(String) });
      const audits = await t.ds.query(`SELECT after FROM audit_events WHERE action = 'import_scores' AND entity_id = $1`, [res.body.importId]);
      expect(audits).toHaveLength(1);
      expect(audits[0].after).toMatchObject({ kind: 'skd', rows: 3, changed: 3, fileSha256: sha(csv) });

      const again = await upload(fx.roundId, 'skd', csv, false).expect(200);
      expect(again.body).toMatchObject({ alreadyImported: true, changed: 0, importId: res.body.importId });
      const after = await skdOf(apps.map((a) => a.id));
      expect(after.map((r) => [r.version, r.updated_at.toISOString()])).toEqual(rows.map((r) => [r.version, r.updated_at.toISOString()]));
      expect(await importsOf(fx.roundId)).toBe(1);
    });

    it('should refuse a different file that changes imported scores (409), and accept one that only repeats them (semicolons, BOM)', async () => {
      const conflicting = goodCsv().replace(',100,95,170', ',105,95,170');
      const res = await upload(fx.roundId, 'skd', conflicting, false).expect(409);
      expect(res.body.code).toBe('SCORES_ALREADY_IMPORTED');
      expect(res.body.report.errors).toEqual([expect.objectContaining({ row: 2, column: 'twk' })]);
      const [a0] = await skdOf([apps[0].id]);
      expect(a0.skd_twk).toBe(100);
      expect(await importsOf(fx.roundId)).toBe(1);

      const same = `\uFEFFno_peserta;TWK;TIU;TKP\r\n${apps[1].registrationNumber.toLowerCase()};60;85;180\r\n`;
      const ok = await upload(fx.roundId, 'skd', same, false).expect(200);
      expect(ok.body).toMatchObject({ rows: 1, changed: 0, alreadyImported: false });
      expect(await importsOf(fx.roundId)).toBe(2);
    });

    it('should import SKB components from an XLSX file for shortlisted applications only', async () => {
      await t.ds.query(`UPDATE recruitment_applications SET stage = 'shortlisted' WHERE id = ANY($1)`, [[apps[0].id, apps[1].id]]);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('SKB');
      ws.addRow(['registrationNumber', 'CAT', 'Praktik']);
      ws.addRow([apps[0].registrationNumber, 85.5, 90]);
      ws.addRow([apps[1].registrationNumber, 70.25, 66]);
      const file = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await upload(fx.roundId, 'skb', file, false, 'skb.xlsx').expect(200);
      expect(res.body).toMatchObject({ kind: 'skb', rows: 2, changed: 2 });
      const [row] = await t.ds.query('SELECT skb_components, skb_scored_at FROM recruitment_applications WHERE id = $1', [apps[0].id]);
      expect(row.skb_components).toEqual({ cat: 85.5, praktik: 90 });
      expect(row.skb_scored_at).not.toBeNull();
      const bad = await upload(fx.roundId, 'skb', `registrationNumber,cat,praktik\n${apps[2].registrationNumber},80,80\n${apps[0].registrationNumber},80,80.123`, true).expect(200);
      expect(bad.body.errors).toEqual([
        { row: 2, column: 'registrationNumber', message: expect.stringContaining('only shortlisted applications') },
        { row: 3, column: 'praktik', message: 'praktik must be a number with at most 2 decimals' },
      ]);
    });
  });

  describe('GET /api/v1/recruitment/rounds/{id}/scores/imports and /template', () => {
    it('should require authentication', async () => {
      await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/scores/imports`).expect(401);
    });

    it('should list the imports, newest first', async () => {
      const res = await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/scores/imports`).set(bearer(planner)).expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items[0]).toMatchObject({ kind: 'skb', rows: 2, changed: 2, fileName: 'skb.xlsx' });
      const skd = await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/scores/imports?kind=skd`).set(bearer(planner)).expect(200);
      expect(skd.body.total).toBe(2);
    });

    it('should give the template header of a kind, as CSV or XLSX', async () => {
      const csv = await t.http.get(`/api/v1/recruitment/rounds/${fx.roundId}/scores/template?kind=skb`).set(bearer(planner)).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text.replace(/^\uFEFF/, '').trim()).toBe('registrationNumber,cat,praktik');
      const xlsx = await t.http
        .get(`/api/v1/recruitment/rounds/${fx.roundId}/scores/template?kind=skd&format=xlsx`)
        .set(bearer(planner))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as ArrayBuffer);
      expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['registrationNumber', 'twk', 'tiu', 'tkp']);
    });
  });

  describe('PATCH /api/v1/recruitment/applications/{id}/scores', () => {
    it('should require authentication', async () => {
      await t.http.patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`).send({}).expect(401);
    });

    it('should refuse a correction without a real reason (400) and a stale version (409)', async () => {
      const [a] = await skdOf([apps[0].id]);
      const short = await t.http
        .patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`)
        .set(bearer(planner))
        .send({ reason: 'typo', version: a.version, tiu: 100 })
        .expect(400);
      expect(short.body.errors[0].path).toBe('reason');
      const range = await t.http
        .patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`)
        .set(bearer(planner))
        .send({ reason: 'Koreksi berita acara BKN', version: a.version, tiu: 102 })
        .expect(400);
      expect(range.body.errors[0]).toMatchObject({ path: 'tiu', message: 'tiu must be a multiple of 5' });
      await t.http
        .patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`)
        .set(bearer(planner))
        .send({ reason: 'Koreksi berita acara BKN', version: a.version - 1, tiu: 100 })
        .expect(409);
      const [still] = await skdOf([apps[0].id]);
      expect(still.skd_tiu).toBe(95);
    });

    it('should correct a score with a reason and record before, after and the reason in the audit', async () => {
      const [a] = await skdOf([apps[0].id]);
      const reason = 'Berita acara koreksi BKN no. 7/2026: TIU salah input';
      const res = await t.http.patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`).set(bearer(planner)).send({ reason, version: a.version, tiu: 100 }).expect(200);
      expect(res.body).toMatchObject({ twk: 100, tiu: 100, tkp: 170, skdTotal: 370, version: a.version + 1, registrationNumber: apps[0].registrationNumber });
      const [ev] = await t.ds.query(`SELECT before, after, actor_name FROM audit_events WHERE action = 'correct_scores' AND entity_id = $1`, [apps[0].id]);
      expect(ev.before).toMatchObject({ tiu: 95, skdTotal: 365 });
      expect(ev.after).toMatchObject({ tiu: 100, skdTotal: 370, reason });
      const skb = await t.http
        .patch(`/api/v1/recruitment/applications/${apps[0].id}/scores`)
        .set(bearer(planner))
        .send({ reason, version: a.version + 1, skbComponents: { interview: 80 } })
        .expect(400);
      expect(skb.body.errors[0].path).toBe('skbComponents.interview');
    });

    it('should refuse corrections and imports once the final result is published (409 RESULT_PUBLISHED)', async () => {
      await t.ds.query(
        `INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name) VALUES ($1, 1, 'final', '{"vacancies":[]}', $2, 'Planner Uji')`,
        [fx.roundId, '0'.repeat(64)],
      );
      const [a] = await skdOf([apps[1].id]);
      const res = await t.http
        .patch(`/api/v1/recruitment/applications/${apps[1].id}/scores`)
        .set(bearer(planner))
        .send({ reason: 'Koreksi setelah pengumuman akhir', version: a.version, twk: 65 })
        .expect(409);
      expect(res.body.code).toBe('RESULT_PUBLISHED');
      const imp = await upload(fx.roundId, 'skd', goodCsv(), true).expect(409);
      expect(imp.body.code).toBe('RESULT_PUBLISHED');
      const [still] = await skdOf([apps[1].id]);
      expect(still.skd_twk).toBe(60);
    });
  });
});
