import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { unitByCode } from '../factories/index.js';
import { buildSchedule, createApprovedPlanLine, createPublishedRound, createRound, openVacancy, testYear, uniqueSuffix, wibDay } from '../factories/recruitment.js';

describe('recruitment rounds', () => {
  let t: TestApp;
  let admin: string;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let leader: string;
  let employee: string;
  let dinkes: { id: string; path: string; name: string };
  let disdik: { id: string; path: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    [admin, planner, opDinkes, opDisdik, leader, employee] = await Promise.all(
      ['admin', 'planner.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes', 'pegawai.dinkes'].map((u) => t.token(u)),
    );
    [dinkes, disdik] = await Promise.all([unitByCode(t.ds, 'DINKES'), unitByCode(t.ds, 'DISDIK')]);
  });
  afterAll(() => t.close());

  const auditOf = (entityId: string) =>
    t.ds.query<{ action: string; entity: string; after: Record<string, unknown>; unit_path: string | null }[]>(
      'SELECT action, entity, after, unit_path FROM audit_events WHERE entity_id = $1 ORDER BY at, id',
      [entityId],
    );

  describe('POST /api/v1/recruitment/rounds', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/recruitment/rounds').send({}).expect(401);
    });

    it('should refuse operators and leaders', async () => {
      const body = { code: `UJI-${uniqueSuffix()}`, name: 'x', type: 'cpns', year: testYear(), schedule: buildSchedule() };
      await t.http.post('/api/v1/recruitment/rounds').set(bearer(opDinkes)).send(body).expect(403);
      await t.http.post('/api/v1/recruitment/rounds').set(bearer(leader)).send(body).expect(403);
    });

    it('should fill the rules left out from the reference rules and the module defaults, and audit the creation', async () => {
      const round = await createRound(t, planner, { rules: { shortlist: { multiplier: 2 }, passingGrades: { umum: { twk: 70 } } } });
      expect(round).toMatchObject({ status: 'draft', phase: 'upcoming', version: 1 });
      const rules = round.rules as unknown as {
        passingGrades: Record<string, unknown>;
        shortlist: unknown;
        finalScore: unknown;
        skbComponents: { key: string; weight: number }[];
        interview: { rubric: unknown[]; minPanelists: number };
        ageLimits: unknown;
        pppk: { max: { total: number } };
        gpaMin: number | null;
        maxDocumentBytes: number;
      };
      expect(rules.passingGrades.umum).toEqual({ twk: 70, tiu: 80, tkp: 166 });
      expect(rules.passingGrades.cumlaude).toEqual({ total: 311, tiu: 85 });
      expect(rules.shortlist).toEqual({ multiplier: 2, tieAtCut: 'include_all' });
      expect(rules.finalScore).toEqual({ skdWeight: 0.4, skbWeight: 0.6 });
      expect(rules.skbComponents.map((c) => [c.key, c.weight])).toEqual([
        ['cat', 0.5],
        ['interview', 0.3],
        ['practical', 0.2],
      ]);
      expect(rules.interview.rubric).toHaveLength(5);
      expect(rules.interview.minPanelists).toBe(2);
      expect(rules.ageLimits).toEqual({ min: 18, max: 35 });
      expect(rules.pppk.max.total).toBe(670);
      expect(rules.gpaMin).toBeNull();
      expect(rules.maxDocumentBytes).toBe(1048576);
      expect(round.rules.documents.filter((d) => d.required).map((d) => d.key)).toEqual(['ktp', 'ijazah', 'transkrip', 'pas_foto', 'surat_lamaran']);
      expect(round.allowedActions).toEqual(expect.arrayContaining(['edit', 'delete', 'publish', 'open_vacancies']));
      const events = await auditOf(round.id);
      expect(events.map((e) => `${e.entity}:${e.action}`)).toEqual(['recruitment_round:create']);
    });

    it('should name the rule at fault and write nothing when the rules are invalid', async () => {
      const code = `UJI-${uniqueSuffix()}`;
      const res = await t.http
        .post('/api/v1/recruitment/rounds')
        .set(bearer(planner))
        .send({
          code,
          name: 'Bobot salah',
          type: 'cpns',
          year: testYear(),
          schedule: buildSchedule(),
          rules: {
            skbComponents: [
              { key: 'cat', label: 'CAT', weight: 0.6 },
              { key: 'interview', label: 'Wawancara', weight: 0.3 },
            ],
            ageLimits: { min: 40, max: 35 },
          },
        })
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['rules.skbComponents.1.weight', 'rules.ageLimits.max']);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM recruitment_rounds WHERE code = $1', [code]);
      expect(n).toBe(0);
    });

    it('should name the first date out of order', async () => {
      const res = await t.http
        .post('/api/v1/recruitment/rounds')
        .set(bearer(planner))
        .send({ code: `UJI-${uniqueSuffix()}`, name: 'Jadwal salah', type: 'cpns', year: testYear(), schedule: buildSchedule(30, { skdStarts: wibDay(40), skdEnds: wibDay(41) }) })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'schedule.skdStarts', code: 'order' })]);
    });

    it('should refuse a duplicate code with 409', async () => {
      const first = await createRound(t, planner);
      const res = await t.http
        .post('/api/v1/recruitment/rounds')
        .set(bearer(admin))
        .send({ code: first.code, name: 'Lagi', type: 'cpns', year: testYear(), schedule: buildSchedule() })
        .expect(409);
      expect(res.body.code).toBe('ROUND_CODE_TAKEN');
    });
  });

  describe('GET /api/v1/recruitment/rule-defaults', () => {
    it('should give managers exactly the rules a round created without rules starts with', async () => {
      const defaults = await t.http.get('/api/v1/recruitment/rule-defaults').set(bearer(planner)).expect(200);
      const round = await createRound(t, planner, {});
      expect(defaults.body).toEqual(round.rules);
      expect(defaults.body.passingGrades.umum).toEqual({ twk: 65, tiu: 80, tkp: 166 });
      await t.http.get('/api/v1/recruitment/rule-defaults').set(bearer(opDinkes)).expect(403);
    });
  });

  describe('GET /api/v1/recruitment/rounds', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/recruitment/rounds').expect(401);
    });

    it('should list rounds with counts for readers, and refuse employees', async () => {
      const { round } = await createPublishedRound(t, planner, { unitId: dinkes.id, quotas: { umum: 2, cumlaude: 1 } });
      const res = await t.http.get(`/api/v1/recruitment/rounds?year=${round.year}&status=published`).set(bearer(leader)).expect(200);
      const item = res.body.items.find((r: { id: string }) => r.id === round.id);
      expect(item).toMatchObject({ status: 'published', phase: 'registration', counts: { vacancies: 1, seats: 3, applications: 0 } });
      expect(res.body.items.every((r: { year: number; status: string }) => r.year === round.year && r.status === 'published')).toBe(true);
      await t.http.get('/api/v1/recruitment/rounds').set(bearer(employee)).expect(403);
    });
  });

  describe('vacancies from approved plan lines', () => {
    it('should list the approved lines of the round’s year and type with what remains, and open a vacancy from one', async () => {
      const year = testYear();
      const line = await createApprovedPlanLine(t, { unitId: dinkes.id, year, quantity: 3, educationRequired: 'D3 Keperawatan' });
      const pppkLine = await createApprovedPlanLine(t, { unitId: dinkes.id, year, quantity: 2, employmentType: 'pppk' });
      const draftLine = await createApprovedPlanLine(t, { unitId: dinkes.id, year, quantity: 2, status: 'draft' });
      const round = await createRound(t, planner, { year });

      const lines = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/plan-lines?pageSize=200`).set(bearer(planner)).expect(200);
      const ids = lines.body.items.map((l: { lineId: string }) => l.lineId);
      expect(ids).toContain(line.lineId);
      expect(ids).not.toContain(pppkLine.lineId);
      expect(ids).not.toContain(draftLine.lineId);
      const elsewhere = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/plan-lines?unitId=${disdik.id}&pageSize=200`).set(bearer(planner)).expect(200);
      expect(elsewhere.body.items.map((l: { lineId: string }) => l.lineId)).not.toContain(line.lineId);
      expect(lines.body.items.find((l: { lineId: string }) => l.lineId === line.lineId)).toMatchObject({
        quantity: 3,
        opened: 0,
        remaining: 3,
        educationLevels: ['D3'],
        unitName: dinkes.name,
        vacancyId: null,
      });

      const created = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/vacancies`)
        .set(bearer(planner))
        .send({ planLineId: line.lineId, quotas: { umum: 1, cumlaude: 1 } })
        .expect(201);
      expect(created.body).toMatchObject({
        roundId: round.id,
        planLineId: line.lineId,
        positionId: line.positionId,
        unitId: dinkes.id,
        quotas: { umum: 1, cumlaude: 1, disabilitas: 0, papua: 0 },
        quotaTotal: 2,
        educationLevels: ['D3'],
        majors: [],
        applicants: 0,
        applicantsPerSeat: 0,
      });
      expect(created.body.code).toMatch(/^DINKES-PERAWAT-UJI-/);
      const events = await auditOf(created.body.id);
      expect(events).toEqual([expect.objectContaining({ entity: 'recruitment_vacancy', action: 'create', unit_path: dinkes.path })]);

      const after = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/plan-lines?available=true&pageSize=200`).set(bearer(planner)).expect(200);
      expect(after.body.items.find((l: { lineId: string }) => l.lineId === line.lineId)).toMatchObject({ opened: 2, remaining: 1, vacancyId: created.body.id });

      // the same line again in this round: 409
      const dup = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/vacancies`)
        .set(bearer(planner))
        .send({ planLineId: line.lineId, quotas: { umum: 1 } })
        .expect(409);
      expect(dup.body.code).toBe('VACANCY_LINE_TAKEN');

      // another round of the same year: only 1 seat left on the line
      const other = await createRound(t, planner, { year });
      const over = await t.http
        .post(`/api/v1/recruitment/rounds/${other.id}/vacancies`)
        .set(bearer(planner))
        .send({ planLineId: line.lineId, quotas: { umum: 2 } })
        .expect(422);
      expect(over.body.code).toBe('VACANCY_ABOVE_PLAN');
      expect(over.body.errors[0].path).toBe('quotas');
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM recruitment_vacancies WHERE round_id = $1', [other.id]);
      expect(n).toBe(0);
      await t.http
        .post(`/api/v1/recruitment/rounds/${other.id}/vacancies`)
        .set(bearer(planner))
        .send({ planLineId: line.lineId, quotas: { umum: 1 }, code: 'DINKES-PERAWAT-B' })
        .expect(201);

      // raising the first vacancy's quotas is now above the line as well
      const raise = await t.http
        .patch(`/api/v1/recruitment/vacancies/${created.body.id}`)
        .set(bearer(planner))
        .send({ version: created.body.version, quotas: { umum: 3 } })
        .expect(422);
      expect(raise.body.code).toBe('VACANCY_ABOVE_PLAN');
    });

    it('should refuse a line of a plan that is not approved, or of another type, with 422 naming planLineId', async () => {
      const year = testYear();
      const draftLine = await createApprovedPlanLine(t, { unitId: dinkes.id, year, status: 'draft' });
      const pppkLine = await createApprovedPlanLine(t, { unitId: dinkes.id, year, employmentType: 'pppk' });
      const round = await createRound(t, planner, { year });
      for (const lineId of [draftLine.lineId, pppkLine.lineId]) {
        const res = await t.http
          .post(`/api/v1/recruitment/rounds/${round.id}/vacancies`)
          .set(bearer(planner))
          .send({ planLineId: lineId, quotas: { umum: 1 } })
          .expect(422);
        expect(res.body.code).toBe('VACANCY_WITHOUT_APPROVED_LINE');
        expect(res.body.errors[0].path).toBe('planLineId');
      }
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM recruitment_vacancies WHERE round_id = $1', [round.id]);
      expect(n).toBe(0);
    });

    it('should refuse quotas totalling no seat', async () => {
      const line = await createApprovedPlanLine(t, { unitId: dinkes.id });
      const round = await createRound(t, planner, { year: line.year });
      const res = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/vacancies`)
        .set(bearer(planner))
        .send({ planLineId: line.lineId, quotas: { umum: 0, papua: 0 } })
        .expect(400);
      expect(res.body.errors[0].path).toBe('quotas');
    });

    it('should scope vacancies to the operator’s subtree: another unit’s vacancy answers 404', async () => {
      const { round, vacancy } = await createPublishedRound(t, planner, { unitId: dinkes.id });
      await t.http.get(`/api/v1/recruitment/vacancies/${vacancy.id}`).set(bearer(opDinkes)).expect(200);
      const res = await t.http.get(`/api/v1/recruitment/vacancies/${vacancy.id}`).set(bearer(opDisdik)).expect(404);
      expect(res.body.code).toBe('VACANCY_NOT_FOUND');
      const mine = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/vacancies`).set(bearer(opDinkes)).expect(200);
      expect(mine.body.items.map((v: { id: string }) => v.id)).toEqual([vacancy.id]);
      const theirs = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/vacancies`).set(bearer(opDisdik)).expect(200);
      expect(theirs.body).toMatchObject({ items: [], total: 0 });
      // operators read, they do not write vacancies
      await t.http
        .patch(`/api/v1/recruitment/vacancies/${vacancy.id}`)
        .set(bearer(opDinkes))
        .send({ version: vacancy.version, majors: ['Keperawatan'] })
        .expect(403);
      // the disdik operator does not see dinkes lines either
      const lines = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/plan-lines`).set(bearer(opDisdik)).expect(200);
      expect(lines.body.total).toBe(0);
    });

    it('should edit and delete a vacancy before registration opens, keeping codes unique in the round', async () => {
      const year = testYear();
      const [a, b] = await Promise.all([
        createApprovedPlanLine(t, { unitId: dinkes.id, year, quantity: 4, educationRequired: 'S1/D4' }),
        createApprovedPlanLine(t, { unitId: dinkes.id, year, quantity: 2 }),
      ]);
      const round = await createRound(t, planner, { year });
      const va = await openVacancy(t, planner, round.id, a.lineId, { code: 'DINKES-A' });
      expect(va.educationLevels).toEqual(['D4', 'S1']);
      const vb = await openVacancy(t, planner, round.id, b.lineId);
      const taken = await t.http.patch(`/api/v1/recruitment/vacancies/${vb.id}`).set(bearer(planner)).send({ version: vb.version, code: 'DINKES-A' }).expect(409);
      expect(taken.body.code).toBe('VACANCY_CODE_TAKEN');
      const edited = await t.http
        .patch(`/api/v1/recruitment/vacancies/${va.id}`)
        .set(bearer(planner))
        .send({ version: va.version, quotas: { umum: 3, disabilitas: 1 }, educationLevels: ['S1'], majors: ['Kesehatan Masyarakat'], gpaMin: 3, ageMax: 40 })
        .expect(200);
      expect(edited.body).toMatchObject({ quotaTotal: 4, educationLevels: ['S1'], majors: ['Kesehatan Masyarakat'], gpaMin: 3, ageMax: 40, version: va.version + 1 });
      await t.http.patch(`/api/v1/recruitment/vacancies/${va.id}`).set(bearer(planner)).send({ version: va.version, gpaMin: null }).expect(409);
      await t.http.delete(`/api/v1/recruitment/vacancies/${vb.id}`).set(bearer(planner)).expect(204);
      await t.http.get(`/api/v1/recruitment/vacancies/${vb.id}`).set(bearer(planner)).expect(404);
      expect((await auditOf(va.id)).map((e) => e.action)).toEqual(['create', 'update']);
      expect((await auditOf(vb.id)).map((e) => e.action)).toEqual(['create', 'delete']);
    });

    it('should export the vacancies as XLSX', async () => {
      const { round, vacancy } = await createPublishedRound(t, planner, { unitId: dinkes.id, quotas: { umum: 2 } });
      const res = await t.http
        .get(`/api/v1/recruitment/rounds/${round.id}/vacancies/export`)
        .set(bearer(planner))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      const ws = wb.getWorksheet('Formasi')!;
      expect(ws.getRow(5).getCell(2).value).toBe(vacancy.code);
      expect(ws.getRow(5).getCell(11).value).toBe(2);
    });
  });

  describe('publication, locking and amendments', () => {
    it('should not publish a round without vacancies', async () => {
      const round = await createRound(t, planner);
      const res = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/publish`).set(bearer(planner)).send({ version: round.version }).expect(422);
      expect(res.body.code).toBe('ROUND_WITHOUT_VACANCIES');
    });

    it('should publish, then refuse a PATCH once registration opened and take an amendment with a reason instead', async () => {
      const { round } = await createPublishedRound(t, planner, { unitId: dinkes.id, opensIn: -2 });
      expect(round).toMatchObject({ status: 'published', phase: 'registration' });
      expect(round.publishedAt).toBeTruthy();
      expect(round.publishedByName).toBeTruthy();

      const locked = await t.http
        .patch(`/api/v1/recruitment/rounds/${round.id}`)
        .set(bearer(planner))
        .send({ version: round.version, schedule: { skdStarts: wibDay(30) } })
        .expect(409);
      expect(locked.body.code).toBe('ROUND_LOCKED');
      expect(locked.body.detail).toContain('amendment');
      const vac = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/vacancies`).set(bearer(planner)).expect(200);
      const v = vac.body.items[0];
      const vLocked = await t.http
        .patch(`/api/v1/recruitment/vacancies/${v.id}`)
        .set(bearer(planner))
        .send({ version: v.version, majors: ['Keperawatan'] })
        .expect(409);
      expect(vLocked.body.code).toBe('VACANCY_LOCKED');
      await t.http.delete(`/api/v1/recruitment/vacancies/${v.id}`).set(bearer(planner)).expect(409);
      await t.http.delete(`/api/v1/recruitment/rounds/${round.id}`).set(bearer(planner)).expect(409);

      // an amendment needs a reason
      const noReason = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: round.version, schedule: { skdStarts: wibDay(30) } })
        .expect(400);
      expect(noReason.body.errors.map((e: { path: string }) => e.path)).toContain('reason');
      // …and must keep the schedule in order
      const bad = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: round.version, reason: 'Lokasi ujian SKD belum tersedia dari BKN', schedule: { skdStarts: wibDay(60) } })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('schedule.skdEnds');
      // …and cannot reopen registration later
      const reopen = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: round.version, reason: 'Pendaftaran dibuka ulang minggu depan', schedule: { registrationOpens: wibDay(1) } })
        .expect(400);
      expect(reopen.body.errors[0].path).toBe('schedule.registrationOpens');

      const reason = 'Jadwal SKD diundur karena lokasi ujian dari BKN baru tersedia';
      const skdStarts = round.schedule.skdStarts < wibDay(26) ? wibDay(26) : round.schedule.skdStarts;
      const amended = await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: round.version, reason, schedule: { skdStarts }, rules: { shortlist: { multiplier: 2 } } })
        .expect(201);
      expect(amended.body).toMatchObject({ roundId: round.id, reason });
      expect(amended.body.changes).toEqual(expect.arrayContaining([{ path: 'rules.shortlist.multiplier', before: 3, after: 2 }]));

      const events = await auditOf(round.id);
      const amend = events.find((e) => e.action === 'amend');
      expect(amend?.after.reason).toBe(reason);
      expect((amend?.after.rules as { shortlist: { multiplier: number } }).shortlist.multiplier).toBe(2);

      const now = await t.http.get(`/api/v1/recruitment/rounds/${round.id}`).set(bearer(planner)).expect(200);
      expect(now.body.rules.shortlist.multiplier).toBe(2);
      expect(now.body.version).toBe(round.version + 1);
      expect(now.body.amendments).toBe(1);
      // a stale version is refused and nothing changes
      await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: round.version, reason, rules: { shortlist: { multiplier: 4 } } })
        .expect(409);
      const list = await t.http.get(`/api/v1/recruitment/rounds/${round.id}/amendments`).set(bearer(leader)).expect(200);
      expect(list.body).toHaveLength(1);

      // the public page shows the rules in force and the amendment with its reason
      const pub = await t.http.get(`/api/v1/public/recruitment/rounds/${round.id}`).expect(200);
      expect(pub.body.rules.shortlist.multiplier).toBe(2);
      expect(pub.body.amendments).toEqual([
        expect.objectContaining({ reason, changes: expect.arrayContaining([expect.objectContaining({ path: 'rules.shortlist.multiplier' })]) }),
      ]);
      expect(pub.body.amendments[0].byName).toBeUndefined();
    });

    it('should allow a PATCH of a published round before registration opens', async () => {
      const { round } = await createPublishedRound(t, planner, { unitId: dinkes.id, opensIn: 20 });
      expect(round.phase).toBe('upcoming');
      const res = await t.http
        .patch(`/api/v1/recruitment/rounds/${round.id}`)
        .set(bearer(planner))
        .send({ version: round.version, name: 'Seleksi diubah', rules: { gpaMin: 2.75 } })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Seleksi diubah', version: round.version + 1 });
      expect(res.body.rules.gpaMin).toBe(2.75);
      const stale = await t.http.patch(`/api/v1/recruitment/rounds/${round.id}`).set(bearer(planner)).send({ version: round.version, name: 'Basi' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('should refuse an amendment of a draft and anything after the round is closed', async () => {
      const draft = await createRound(t, planner);
      const res = await t.http
        .post(`/api/v1/recruitment/rounds/${draft.id}/amendments`)
        .set(bearer(planner))
        .send({ version: draft.version, reason: 'Perubahan jadwal seleksi', rules: { gpaMin: 3 } })
        .expect(409);
      expect(res.body.code).toBe('ROUND_NOT_AMENDABLE');

      const { round } = await createPublishedRound(t, planner, { unitId: dinkes.id });
      const closed = await t.http.post(`/api/v1/recruitment/rounds/${round.id}/close`).set(bearer(planner)).send({ version: round.version }).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', phase: 'finished' });
      await t.http
        .post(`/api/v1/recruitment/rounds/${round.id}/amendments`)
        .set(bearer(planner))
        .send({ version: closed.body.version, reason: 'Perubahan setelah ditutup', rules: { gpaMin: 3 } })
        .expect(409);
    });

    it('should delete a draft round with its vacancies', async () => {
      const line = await createApprovedPlanLine(t, { unitId: dinkes.id });
      const round = await createRound(t, planner, { year: line.year });
      await openVacancy(t, planner, round.id, line.lineId);
      await t.http.delete(`/api/v1/recruitment/rounds/${round.id}`).set(bearer(admin)).expect(204);
      await t.http.get(`/api/v1/recruitment/rounds/${round.id}`).set(bearer(planner)).expect(404);
      const events = await auditOf(round.id);
      expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    });
  });

  describe('public round pages', () => {
    it('should answer 404 for a draft round', async () => {
      const draft = await createRound(t, planner);
      const res = await t.http.get(`/api/v1/public/recruitment/rounds/${draft.id}`).expect(404);
      expect(res.body.code).toBe('ROUND_NOT_FOUND');
      const list = await t.http.get(`/api/v1/public/recruitment/rounds?year=${draft.year}`).expect(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    });

    it('should show a published round’s schedule, rules and vacancies without personal data', async () => {
      const { round, vacancy } = await createPublishedRound(t, planner, { unitId: dinkes.id, quotas: { umum: 2, disabilitas: 1 } });
      const list = await t.http.get(`/api/v1/public/recruitment/rounds?year=${round.year}`).expect(200);
      expect(list.body.items.find((r: { id: string }) => r.id === round.id)).toMatchObject({ phase: 'registration', counts: { vacancies: 1, seats: 3 } });
      const res = await t.http.get(`/api/v1/public/recruitment/rounds/${round.id}`).expect(200);
      expect(res.body).toMatchObject({ id: round.id, status: 'published', schedule: round.schedule, amendments: [] });
      expect(res.body.rules.passingGrades.umum).toEqual({ twk: 65, tiu: 80, tkp: 166 });
      expect(res.body.vacancies).toEqual([
        expect.objectContaining({
          id: vacancy.id,
          code: vacancy.code,
          unitName: dinkes.name,
          quotas: { umum: 2, cumlaude: 0, disabilitas: 1, papua: 0 },
          quotaTotal: 3,
          educationLevels: ['D3'],
          applicants: 0,
          applicantsPerSeat: 0,
        }),
      ]);
      expect(res.body.publishedByName).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toContain('Verifikator');
    });
  });
});
