/**
 * A whole CPNS round through the API, as BKPSDM, applicants, panelists and the public meet it:
 * registration → MS/TMS → appeal → SKD import → shortlist → SKB import + interviews → rank → publish → appoint,
 * ending with the new employee in the Needs supply. Each step's refusals are checked where they belong.
 */
import { bearer, createTestApp, TestApp } from '../utils/app.js';
import { unitByCode } from '../factories/index.js';
import { buildNik, createApprovedPlanLine, createPanelist, PDF, publishRound, testYear, uniqueSuffix, wibDay } from '../factories/recruitment.js';

interface Applicant {
  nik: string;
  name: string;
  gender: 'L' | 'P';
  birthDate: string;
  gpa: number;
  registrationNumber?: string;
  accessCode?: string;
  applicationId?: string;
  skd: [number, number, number];
  skb?: { cat: number; practical: number };
  interview?: number;
}

const csv = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n');

describe('A whole recruitment round', () => {
  let t: TestApp;
  let admin: string;
  let planner: string;
  let operatorDisdik: string;
  let roundId: string;
  let vacancyId: string;
  let positionId: string;
  let panel: { id: string; token: string }[];
  const today = wibDay(0);
  const year = testYear();

  // Five applicants: four complete their documents; Dewi forgets hers (TMS), appeals and is restored.
  const people: Applicant[] = [
    { nik: '', name: 'Ayu Lestari', gender: 'P', birthDate: '1997-04-12', gpa: 3.6, skd: [120, 140, 190], skb: { cat: 85, practical: 80 }, interview: 82 },
    { nik: '', name: 'Budi Santoso', gender: 'L', birthDate: '1995-09-30', gpa: 3.4, skd: [110, 125, 185], skb: { cat: 78, practical: 75 }, interview: 76 },
    { nik: '', name: 'Citra Maharani', gender: 'P', birthDate: '1999-01-05', gpa: 3.8, skd: [100, 120, 180], skb: { cat: 90, practical: 88 }, interview: 90 },
    { nik: '', name: 'Dewi Kusuma', gender: 'P', birthDate: '1996-06-21', gpa: 3.2, skd: [90, 100, 175] },
    { nik: '', name: 'Eko Prasetyo', gender: 'L', birthDate: '1998-11-02', gpa: 3.1, skd: [95, 110, 150] }, // TKP below 166: SKD fails
  ];
  const [ayu, budi, citra, dewi, eko] = people;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, planner, operatorDisdik] = await Promise.all([t.token('admin'), t.token('planner.bkpp'), t.token('operator.disdik')]);
    const dinkes = await unitByCode(t.ds, 'DINKES');
    const line = await createApprovedPlanLine(t, { unitId: dinkes.id, employmentType: 'cpns', quantity: 1, year, educationRequired: 'S1 Keperawatan' });
    positionId = line.positionId;
    for (const p of people) p.nik = buildNik(p.birthDate, p.gender);

    // All stages on one day: registration, administration, appeals and tests are all open today.
    const schedule = Object.fromEntries(
      [
        'registrationOpens',
        'registrationCloses',
        'adminSelectionEnds',
        'appealOpens',
        'appealCloses',
        'appealAnswerBy',
        'skdStarts',
        'skdEnds',
        'skbStarts',
        'skbEnds',
        'announcement',
      ].map((k) => [k, today]),
    );
    const round = await t.http
      .post('/api/v1/recruitment/rounds')
      .set(bearer(planner))
      .send({ code: `CPNS-UJI-${uniqueSuffix()}`, name: 'Seleksi CPNS Uji', type: 'cpns', year, schedule })
      .expect(201);
    roundId = round.body.id;
    const vacancy = await t.http
      .post(`/api/v1/recruitment/rounds/${roundId}/vacancies`)
      .set(bearer(planner))
      .send({ planLineId: line.lineId, quotas: { umum: 1 }, educationLevels: ['S1'], majors: ['Keperawatan'] })
      .expect(201);
    vacancyId = vacancy.body.id;
    await publishRound(t, planner, roundId);
    panel = await Promise.all([createPanelist(t, admin, 'panel.a'), createPanelist(t, admin, 'panel.b')]);
  });

  afterAll(() => t.close());

  const application = async (id: string) => (await t.http.get(`/api/v1/recruitment/applications/${id}`).set(bearer(planner)).expect(200)).body;
  const countApplications = async () => (await t.ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM recruitment_applications WHERE round_id = $1', [roundId]))[0].n;
  const importScores = (kind: string, file: Buffer, dryRun: boolean) =>
    t.http.post(`/api/v1/recruitment/rounds/${roundId}/scores/import?kind=${kind}&dryRun=${dryRun}`).set(bearer(planner)).attach('file', file, `${kind}.csv`);

  it('should register applicants on the public form and refuse a second application in the same round', async () => {
    for (const p of people) {
      const res = await t.http
        .post(`/api/v1/public/recruitment/rounds/${roundId}/applications`)
        .send({ nik: p.nik, name: p.name, gender: p.gender, birthDate: p.birthDate, educationLevel: 'S1', major: 'Keperawatan', gpa: p.gpa, vacancyId, category: 'umum' })
        .expect(201);
      expect(res.body.registrationNumber).toMatch(/^CPNS\d{4}-\d{6}$/);
      expect(res.body.accessCode).toEqual(expect.any(String));
      p.registrationNumber = res.body.registrationNumber;
      p.accessCode = res.body.accessCode;
    }
    const rows = await t.ds.query<{ id: string; registration_number: string }[]>('SELECT id, registration_number FROM recruitment_applications WHERE round_id = $1', [roundId]);
    for (const p of people) p.applicationId = rows.find((r) => r.registration_number === p.registrationNumber)!.id;

    const again = await t.http
      .post(`/api/v1/public/recruitment/rounds/${roundId}/applications`)
      .send({ nik: ayu.nik, name: ayu.name, gender: ayu.gender, birthDate: ayu.birthDate, educationLevel: 'S1', major: 'Keperawatan', gpa: 3.6, vacancyId, category: 'umum' })
      .expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await countApplications()).toBe(5);
  });

  it('should decide MS for complete files and TMS naming every missing document, then restore the appeal it accepts', async () => {
    const round = (await t.http.get(`/api/v1/recruitment/rounds/${roundId}`).set(bearer(planner)).expect(200)).body;
    const docKeys: string[] = round.rules.documents.map((d: { key: string }) => d.key);
    const required: string[] = round.rules.documents.filter((d: { required: boolean }) => d.required).map((d: { key: string }) => d.key);
    for (const p of [ayu, budi, citra, eko]) {
      for (const kind of required)
        await t.http
          .post(`/api/v1/public/recruitment/applications/${p.registrationNumber}/documents`)
          .set('X-Access-Code', p.accessCode!)
          .field('kind', kind)
          .attach('file', PDF, { filename: `${kind}.pdf`, contentType: 'application/pdf' })
          .expect(201);
    }
    const checklist = Object.fromEntries(docKeys.map((k) => [k, true]));
    for (const p of [ayu, budi, citra, eko]) {
      const a = await application(p.applicationId!);
      await t.http.post(`/api/v1/recruitment/applications/${p.applicationId}/admin-decision`).set(bearer(planner)).send({ checklist, version: a.version }).expect(200);
    }
    const d = await application(dewi.applicationId!);
    await t.http.post(`/api/v1/recruitment/applications/${dewi.applicationId}/admin-decision`).set(bearer(planner)).send({ checklist, version: d.version }).expect(200);
    const decided = await application(dewi.applicationId!);
    expect(decided.stage).toBe('admin_failed');
    expect(decided.adminResult).toBe('tms');
    // every required document she did not upload is named
    const failed = JSON.stringify(decided.adminFailures);
    for (const kind of required) expect(failed).toContain(kind);
    expect((await application(ayu.applicationId!)).stage).toBe('admin_passed');

    // Another unit's operator cannot see or decide on a Dinkes application.
    await t.http.get(`/api/v1/recruitment/applications/${ayu.applicationId}`).set(bearer(operatorDisdik)).expect(404);

    await t.http
      .post('/api/v1/public/recruitment/appeals')
      .send({ registrationNumber: dewi.registrationNumber, accessCode: dewi.accessCode, reason: 'Dokumen sudah saya kirim lewat surel panitia sebelum batas waktu.' })
      .expect(201);
    const appeals = (await t.http.get(`/api/v1/recruitment/appeals?roundId=${roundId}`).set(bearer(planner)).expect(200)).body.items;
    expect(appeals).toHaveLength(1);
    await t.http
      .post(`/api/v1/recruitment/appeals/${appeals[0].id}/answer`)
      .set(bearer(planner))
      .send({ accepted: true, answer: 'Dokumen diterima panitia melalui surel tepat waktu.', version: appeals[0].version })
      .expect(200);
    expect((await application(dewi.applicationId!)).stage).toBe('admin_passed');
  });

  it('should refuse a malformed SKD file without writing, import the good one once, and treat a repeat as already imported', async () => {
    const bad = await importScores(
      'skd',
      csv([
        ['registrationNumber', 'twk', 'tiu', 'tkp'],
        [ayu.registrationNumber!, 121, 140, 190],
        ['CPNS0000-999999', 100, 100, 100],
      ]),
      false,
    ).expect(422);
    // both bad cells are named (TWK 121 is not a multiple of 5; row 3's number is unknown), and nothing is written
    expect(bad.body.code).toBe('IMPORT_ROWS_INVALID');
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['rows.2.twk', 'rows.3.registrationNumber']);
    const [{ n: scoredAfterBad }] = await t.ds.query<{ n: number }[]>('SELECT count(skd_twk)::int AS n FROM recruitment_applications WHERE round_id = $1', [roundId]);
    expect(scoredAfterBad).toBe(0);

    const file = csv([['registrationNumber', 'twk', 'tiu', 'tkp'], ...people.map((p) => [p.registrationNumber!, ...p.skd])]);
    const dry = await importScores('skd', file, true).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 5, errorCount: 0 });
    const [{ n: scoredAfterDry }] = await t.ds.query<{ n: number }[]>('SELECT count(skd_twk)::int AS n FROM recruitment_applications WHERE round_id = $1', [roundId]);
    expect(scoredAfterDry).toBe(0);

    const real = await importScores('skd', file, false).expect(200);
    expect(real.body).toMatchObject({ dryRun: false, rows: 5, changed: 5, alreadyImported: false });
    const repeat = await importScores('skd', file, false).expect(200);
    expect(repeat.body).toMatchObject({ alreadyImported: true });
    const imports = await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM recruitment_score_imports WHERE round_id = $1 AND kind = 'skd'`, [roundId]);
    expect(imports[0].n).toBe(1);
  });

  it('should pass SKD per the grades and shortlist three times the seat by SKD rank', async () => {
    await t.http.post(`/api/v1/recruitment/rounds/${roundId}/shortlist`).set(bearer(planner)).expect(200);
    const stages = Object.fromEntries(await Promise.all(people.map(async (p) => [p.name, (await application(p.applicationId!)).stage])));
    // SKD totals: Ayu 450, Budi 420, Citra 400, Dewi 365 (passes each grade), Eko fails TKP.
    expect(stages).toEqual({
      [ayu.name]: 'shortlisted',
      [budi.name]: 'shortlisted',
      [citra.name]: 'shortlisted',
      [dewi.name]: 'not_shortlisted',
      [eko.name]: 'skd_failed',
    });
  });

  it('should take SKB scores and blind interviews, then rank by the final score', async () => {
    const skbFile = csv([['registrationNumber', 'cat', 'practical'], ...[ayu, budi, citra].map((p) => [p.registrationNumber!, p.skb!.cat, p.skb!.practical])]);
    await importScores('skb', skbFile, false).expect(200);
    const assigned = await t.http
      .post(`/api/v1/recruitment/rounds/${roundId}/interviews/assign`)
      .set(bearer(planner))
      .send({ panelistIds: panel.map((x) => x.id) })
      .expect(200);
    expect(assigned.body.created).toBe(6);

    for (const member of panel) {
      const mine = (await t.http.get(`/api/v1/recruitment/interviews?roundId=${roundId}`).set(bearer(member.token)).expect(200)).body.items;
      expect(mine).toHaveLength(3);
      for (const item of mine) {
        const p = people.find((x) => x.registrationNumber === item.registrationNumber)!;
        const detail = (await t.http.get(`/api/v1/recruitment/interviews/${item.id}`).set(bearer(member.token)).expect(200)).body;
        expect(detail.othersHidden).toBe(true);
        expect(detail.others ?? null).toBeNull();
        const declared = await t.http.post(`/api/v1/recruitment/interviews/${item.id}/declaration`).set(bearer(member.token)).send({ noConflict: true }).expect(200);
        // every criterion gets the applicant's interview mark (scaled to the criterion's maximum)
        const scores = Object.fromEntries(detail.rubric.map((c: { key: string; max: number }) => [c.key, (p.interview! * c.max) / 100]));
        await t.http.put(`/api/v1/recruitment/interviews/${item.id}/scores`).set(bearer(member.token)).send({ scores, version: declared.body.version }).expect(200);
      }
    }

    const rank = await t.http.post(`/api/v1/recruitment/rounds/${roundId}/rank`).set(bearer(planner)).expect(200);
    expect(rank.body).toMatchObject({ passed: 1, notPassed: 2 });
    const ranking = (await t.http.get(`/api/v1/recruitment/rounds/${roundId}/ranking?vacancyId=${vacancyId}`).set(bearer(planner)).expect(200)).body.items;
    // final = 0.4 × SKD/550 × 100 + 0.6 × (0.5 cat + 0.3 interview + 0.2 practical)
    const final = (p: Applicant) => {
      const skd = p.skd[0] + p.skd[1] + p.skd[2];
      const skb = 0.5 * p.skb!.cat + 0.3 * p.interview! + 0.2 * p.skb!.practical;
      return Math.round((0.4 * (skd / 550) * 100 + 0.6 * skb) * 100) / 100;
    };
    const expected = [ayu, budi, citra].sort((a, b) => final(b) - final(a));
    expect(ranking.map((r: { registrationNumber: string }) => r.registrationNumber)).toEqual(expected.map((p) => p.registrationNumber));
    expect(ranking.map((r: { finalScore: number }) => r.finalScore)).toEqual(expected.map(final));
    expect(ranking.map((r: { stage: string }) => r.stage)).toEqual(['passed', 'not_passed', 'not_passed']);
  });

  it('should publish an immutable final result with masked NIKs and refuse edits afterwards', async () => {
    const published = await t.http.post(`/api/v1/recruitment/rounds/${roundId}/results`).set(bearer(planner)).send({ stage: 'final' }).expect(201);
    expect(published.body.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const page = await t.http.get(`/api/v1/public/recruitment/rounds/${roundId}/announcements?vacancyId=${vacancyId}`).expect(200);
    const text = JSON.stringify(page.body);
    for (const p of [ayu, budi, citra]) {
      expect(text).toContain(p.name);
      expect(text).not.toContain(p.nik);
      expect(text).toContain(`${p.nik.slice(0, 4)}**********${p.nik.slice(14)}`);
    }

    const winner = people.find((p) => p.registrationNumber === page.body.entries[0].registrationNumber)!;
    const status = await t.http.get(`/api/v1/public/recruitment/status?registrationNumber=${winner.registrationNumber}&birthDate=${winner.birthDate}`).expect(200);
    expect(status.body.stage).toBe('passed');
    expect(status.body.final.rank).toBe(1);

    const before = await application(winner.applicationId!);
    const edit = await t.http
      .patch(`/api/v1/recruitment/applications/${winner.applicationId}/scores`)
      .set(bearer(planner))
      .send({ tkp: 200, reason: 'Percobaan mengubah nilai setelah pengumuman', version: before.version })
      .expect(409);
    expect(edit.headers['content-type']).toMatch(/application\/problem\+json/);
    const after = await application(winner.applicationId!);
    expect(after.version).toBe(before.version);
    await t.http.post(`/api/v1/recruitment/rounds/${roundId}/rank`).set(bearer(planner)).expect(409);
    await expect(t.ds.query(`UPDATE recruitment_results SET content_hash = repeat('0', 64) WHERE round_id = $1`, [roundId])).rejects.toThrow(/immutable/);
  });

  it('should appoint the winner as a CPNS employee and count them in the Needs supply', async () => {
    const explain = async () =>
      (await t.http.get(`/api/v1/needs/analysis/positions/${positionId}/explain`).set(bearer(planner)).expect(200)).body.row as { existing: { total: number; cpns: number } };
    const before = await explain();
    const winnerRow = (await t.http.get(`/api/v1/recruitment/rounds/${roundId}/ranking?vacancyId=${vacancyId}`).set(bearer(planner)).expect(200)).body.items[0];
    const res = await t.http
      .post(`/api/v1/recruitment/applications/${winnerRow.applicationId}/appoint`)
      .set(bearer(planner))
      .send({ appointmentDate: wibDay(30) })
      .expect(200);
    const employee = (await t.http.get(`/api/v1/employees/${res.body.employeeId}`).set(bearer(planner)).expect(200)).body;
    expect(employee).toMatchObject({ status: 'cpns', nip: null, name: winnerRow.name, positionId });
    const after = await explain();
    expect(after.existing.total).toBe(before.existing.total + 1);
    expect(after.existing.cpns).toBe(before.existing.cpns + 1);
    // the same application cannot be appointed twice
    await t.http
      .post(`/api/v1/recruitment/applications/${winnerRow.applicationId}/appoint`)
      .set(bearer(planner))
      .send({ appointmentDate: wibDay(30) })
      .expect(409);
  });
});
