import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Response } from 'superagent';
import { renderCertificate } from '../../src/modules/competency/certificates.service.js';
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { createEmployee, createPosition, unitByCode } from '../factories/index.js';

const levels = (name: string) => JSON.stringify([1, 2, 3, 4, 5].map((level) => ({ level, description: `${name} level ${level}` })));

/** Reads a binary response body into a Buffer (supertest parses only text types by default). */
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('competency: certificates, recommendations and development plans', () => {
  let t: TestApp;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let leader: string;
  let employee: string;
  const suffix = Date.now().toString(36).toUpperCase();
  /** A unit of its own under DINKES, so that the plan's people and gaps are only this file's. */
  let unit: { id: string; path: string };
  let compA: string;
  let compB: string;
  let compC: string;
  let programA: string;
  let programB: string;
  let programNone: string;
  let programAdvanced: string;
  let e1: string;
  let e2: string;
  let holder: { id: string; name: string };
  let enrolmentId: string;
  let pendingEnrolmentId: string;
  const code = `UJI${suffix}`.slice(0, 12);

  const competency = async (c: string) => {
    const [row] = await t.ds.query(`INSERT INTO competencies (code, name, type, levels) VALUES ($1, $2, 'technical', $3) RETURNING id`, [
      `T-DEV${c}-${suffix}`,
      `Kompetensi Pengembangan ${c}`,
      levels(c),
    ]);
    return row.id as string;
  };
  const program = async (c: string, raises: [string, number][], cost: number, jp: number, prerequisiteIds: string[] = []) => {
    const [row] = await t.ds.query(
      `INSERT INTO training_programs (code, title, type, mode, jp, cost_per_participant, raises, prerequisite_ids) VALUES ($1, $2, 'technical', 'classroom', $3, $4, $5, $6) RETURNING id`,
      [`DEV-${c}-${suffix}`, `Pelatihan Uji ${c}`, jp, cost, JSON.stringify(raises.map(([competencyId, l]) => ({ competencyId, levels: l }))), prerequisiteIds],
    );
    return row.id as string;
  };
  const assess = async (employeeId: string, items: [string, number][]) => {
    const [a] = await t.ds.query(`INSERT INTO competency_assessments (employee_id, source, assessed_on) VALUES ($1, 'test', current_date - 10) RETURNING id`, [employeeId]);
    for (const [c, l] of items) await t.ds.query('INSERT INTO competency_assessment_items (assessment_id, competency_id, level) VALUES ($1, $2, $3)', [a.id, c, l]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    [planner, opDinkes, opDisdik, leader, employee] = await Promise.all(
      ['planner.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes', 'pegawai.dinkes'].map((u) => t.token(u)),
    );
    const dinkes = await unitByCode(t.ds, 'DINKES');
    const [d] = await t.ds.query('SELECT kind, sector, depth FROM org_units WHERE id = $1', [dinkes.id]);
    const id = randomUUID();
    unit = { id, path: `${dinkes.path}${id}/` };
    await t.ds.query(`INSERT INTO org_units (id, code, name, kind, sector, parent_id, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      id,
      `DEV-${suffix}`,
      `Seksi Uji Pengembangan ${suffix}`,
      d.kind,
      d.sector,
      dinkes.id,
      unit.path,
      d.depth + 1,
    ]);
    [compA, compB, compC] = [await competency('A'), await competency('B'), await competency('C')];
    const position = await createPosition(t.ds, unit.id);
    await t.ds.query('INSERT INTO competency_standards (position_id, competency_id, required_level) VALUES ($1, $2, 4), ($1, $3, 3)', [position.id, compA, compB]);
    e1 = (await createEmployee(t.ds, { unitId: unit.id, positionId: position.id, name: 'Siti Rahayu' })).id;
    e2 = (await createEmployee(t.ds, { unitId: unit.id, positionId: position.id })).id;
    await createEmployee(t.ds, { unitId: unit.id, positionId: position.id }); // never assessed: no measured gap
    await assess(e1, [
      [compA, 2],
      [compB, 3],
    ]); // shortfall A 2
    await assess(e2, [
      [compA, 3],
      [compB, 1],
    ]); // shortfall A 1, B 2
    programA = await program('A', [[compA, 2]], 2_000_000, 20);
    programB = await program('B', [[compB, 2]], 1_500_000, 16);
    programNone = await program('N', [[compC, 3]], 500_000, 8);
    programAdvanced = await program('ADV', [[compA, 1]], 100_000, 4, [programA]);

    // a completed enrolment of pegawai.dinkes with a certificate code (the training endpoints are tested elsewhere)
    const [u] = await t.ds.query(`SELECT e.id, e.name FROM users us JOIN employees e ON e.id = us.employee_id WHERE us.username = 'pegawai.dinkes'`);
    holder = u;
    const [s] = await t.ds.query(
      `INSERT INTO training_sessions (program_id, starts_on, ends_on, capacity, enrolment_opens_on, enrolment_closes_on, attendance_threshold, status)
       VALUES ($1, '2026-03-02', '2026-03-04', 20, '2026-02-01', '2026-02-25', 0.8, 'completed') RETURNING id`,
      [programA],
    );
    const [en] = await t.ds.query(
      `INSERT INTO training_enrolments (session_id, employee_id, status, completed_at, certificate_code) VALUES ($1, $2, 'completed', '2026-03-04T09:00:00Z', $3) RETURNING id`,
      [s.id, holder.id, code],
    );
    enrolmentId = en.id;
    const [s2] = await t.ds.query(
      `INSERT INTO training_sessions (program_id, starts_on, ends_on, capacity, enrolment_opens_on, enrolment_closes_on, attendance_threshold)
       VALUES ($1, '2026-12-01', '2026-12-02', 20, '2026-10-01', '2026-11-25', 0.8) RETURNING id`,
      [programB],
    );
    const [pending] = await t.ds.query(`INSERT INTO training_enrolments (session_id, employee_id, status) VALUES ($1, $2, 'enrolled') RETURNING id`, [s2.id, holder.id]);
    pendingEnrolmentId = pending.id;
  });
  afterAll(() => t.close());

  describe('GET /api/v1/training/enrolments/{id}/certificate', () => {
    const pdf = (token: string, id = enrolmentId) => t.http.get(`/api/v1/training/enrolments/${id}/certificate`).set(bearer(token)).buffer(true).parse(binary);

    it('should require authentication', async () => {
      await t.http.get(`/api/v1/training/enrolments/${enrolmentId}/certificate`).expect(401);
    });

    it('should download the PDF for the holder', async () => {
      const res = await pdf(employee).expect(200);
      expect(res.headers['content-type']).toMatch(/application\/pdf/);
      expect(res.headers['content-disposition']).toContain(`sertifikat-${code}.pdf`);
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const doc = await PDFDocument.load(body);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([842, 595]); // A4 landscape
      expect(doc.getTitle()).toBe(`Sertifikat ${code}`);
      expect(doc.getSubject()).toBe('Pelatihan Uji A');
    });

    it('should render the same bytes for the same enrolment and creation date', async () => {
      const content = {
        code,
        name: 'Siti Rahayu',
        nip: '198506152010012001',
        programTitle: 'Pelatihan Uji A',
        programCode: 'DEV-A',
        jp: '20.0',
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
        issuedOn: '2026-03-04',
        issuer: 'Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang',
      };
      const at = new Date('2026-03-05T00:00:00Z');
      expect((await renderCertificate(content, at)).equals(await renderCertificate(content, at))).toBe(true);
    });

    it('should give it to the operator of the holder’s unit and hide it from another unit’s operator', async () => {
      await pdf(opDinkes).expect(200);
      const res = await t.http.get(`/api/v1/training/enrolments/${enrolmentId}/certificate`).set(bearer(opDisdik)).expect(404);
      expect(res.body.code).toBe('TRAINING_ENROLMENT_NOT_FOUND');
    });

    it('should answer 422 when the enrolment is not completed', async () => {
      const res = await t.http.get(`/api/v1/training/enrolments/${pendingEnrolmentId}/certificate`).set(bearer(employee)).expect(422);
      expect(res.body.code).toBe('CERTIFICATE_NOT_AVAILABLE');
    });
  });

  describe('GET /api/v1/public/certificates/{code}', () => {
    it('should confirm a certificate without signing in, with the name masked', async () => {
      const res = await t.http.get(`/api/v1/public/certificates/${code}`).expect(200);
      const masked = holder.name
        .split(/\s+/)
        .map((w) => w[0] + '*'.repeat(Math.max(w.length - 1, 1)))
        .join(' ');
      expect(res.body).toEqual({
        valid: true,
        code,
        holderName: masked,
        programTitle: `Pelatihan Uji A`,
        jp: 20,
        sessionStartsOn: '2026-03-02',
        sessionEndsOn: '2026-03-04',
        issuedAt: '2026-03-04T09:00:00.000Z',
        issuer: 'Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang',
      });
      expect(JSON.stringify(res.body)).not.toContain(holder.name);
    });

    it('should answer an unknown or malformed code with the same generic 404', async () => {
      const a = await t.http.get('/api/v1/public/certificates/ZZZZZZZZZZZZ').expect(404);
      const b = await t.http.get('/api/v1/public/certificates/%27%20OR%201%3D1').expect(404);
      expect(a.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(a.body.code).toBe('CERTIFICATE_NOT_FOUND');
      expect([a.body.title, a.body.detail]).toEqual([b.body.title, b.body.detail]);
    });
  });

  describe('GET /api/v1/training/recommendations', () => {
    it('should require authentication', async () => {
      await t.http.get(`/api/v1/training/recommendations?employeeId=${e1}`).expect(401);
    });

    it('should rank a program that closes a gap above one that does not, with the reason', async () => {
      const res = await t.http.get(`/api/v1/training/recommendations?employeeId=${e1}&limit=200`).set(bearer(opDinkes)).expect(200);
      const ids = res.body.items.map((i: { programId: string }) => i.programId);
      expect(ids).toContain(programA);
      expect(ids).toContain(programNone);
      expect(ids.indexOf(programA)).toBeLessThan(ids.indexOf(programNone));
      const a = res.body.items.find((i: { programId: string }) => i.programId === programA);
      expect(a).toMatchObject({ gapClosed: 2, gapClosedPerMillion: 1, gapClosedPerJp: 0.1 });
      expect(a.competencies).toEqual([expect.objectContaining({ competencyId: compA, required: 4, assessed: 2, shortfall: 2, raised: 2, closed: 2 })]);
      expect(a.reason).toContain('Kompetensi Pengembangan A');
      expect(res.body.items.find((i: { programId: string }) => i.programId === programNone).gapClosed).toBe(0);
      expect(res.body.totalShortfall).toBe(2);
      expect(res.body.skipped).toContainEqual(expect.objectContaining({ programId: programAdvanced, reason: 'prerequisites', missingPrerequisites: [`DEV-A-${suffix}`] }));
    });

    it('should skip a program the employee has completed (their own list)', async () => {
      const res = await t.http.get('/api/v1/training/recommendations?limit=200').set(bearer(employee)).expect(200);
      expect(res.body.employeeId).toBe(holder.id);
      expect(res.body.items.map((i: { programId: string }) => i.programId)).not.toContain(programA);
      expect(res.body.skipped).toContainEqual(expect.objectContaining({ programId: programA, reason: 'completed' }));
    });

    it('should hide another unit’s employee (404) and another person from an employee', async () => {
      await t.http.get(`/api/v1/training/recommendations?employeeId=${e1}`).set(bearer(opDisdik)).expect(404);
      await t.http.get(`/api/v1/training/recommendations?employeeId=${e1}`).set(bearer(employee)).expect(404);
    });
  });

  describe('/api/v1/training/plans', () => {
    let planId: string;
    let version: number;

    it('should require authentication', async () => {
      await t.http.post('/api/v1/training/plans').send({ unitId: unit.id, year: 2027, budget: 1 }).expect(401);
    });

    it('should refuse a budget of 0 naming budget', async () => {
      const res = await t.http.post('/api/v1/training/plans').set(bearer(opDinkes)).send({ unitId: unit.id, year: 2027, budget: 0 }).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('budget');
    });

    it('should answer 404 to an operator of another unit', async () => {
      await t.http.post('/api/v1/training/plans').set(bearer(opDisdik)).send({ unitId: unit.id, year: 2027, budget: 4_000_000 }).expect(404);
    });

    it('should draft the plan that closes the most gap without exceeding the budget', async () => {
      const res = await t.http.post('/api/v1/training/plans').set(bearer(opDinkes)).send({ unitId: unit.id, year: 2027, budget: 4_000_000 }).expect(201);
      planId = res.body.id;
      version = res.body.version;
      expect(res.body).toMatchObject({ unitId: unit.id, year: 2027, budget: 4_000_000, status: 'draft' });
      // A for e1 (2 levels, 2 M) + B for e2 (2 levels, 1.5 M) beats any other choice within 4 M
      expect(res.body.summary).toMatchObject({ gapClosed: 4, cost: 3_500_000, budgetLeft: 500_000, participants: 2, people: 2, employees: 3, totalShortfall: 5 });
      expect(res.body.summary.cost).toBeLessThanOrEqual(4_000_000);
      expect(res.body.summary.gapClosed).toBeGreaterThanOrEqual(res.body.summary.greedyGapClosed);
      const lines = res.body.lines.map((l: { programId: string; employees: { employeeId: string }[] }) => [l.programId, l.employees.map((e) => e.employeeId)]);
      expect(lines).toEqual(
        expect.arrayContaining([
          [programA, [e1]],
          [programB, [e2]],
        ]),
      );
      expect(res.body.lines).toHaveLength(2);
      expect(res.body.lines[0].reason).toMatch(/menutup 2 level/);
    });

    it('should refuse a second plan for the same unit and year', async () => {
      const res = await t.http.post('/api/v1/training/plans').set(bearer(planner)).send({ unitId: unit.id, year: 2027, budget: 9_000_000 }).expect(409);
      expect(res.body.code).toBe('DEVELOPMENT_PLAN_EXISTS');
    });

    it('should list and get it in scope only', async () => {
      const list = await t.http.get(`/api/v1/training/plans?unitId=${unit.id}`).set(bearer(leader)).expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: planId, lines: 2, cost: 3_500_000, gapClosed: 4 })]);
      await t.http.get(`/api/v1/training/plans/${planId}`).set(bearer(opDisdik)).expect(404);
      const other = await t.http.get('/api/v1/training/plans').set(bearer(opDisdik)).expect(200);
      expect(other.body.items.map((i: { id: string }) => i.id)).not.toContain(planId);
    });

    it('should recompute edited lines and refuse them over the budget', async () => {
      const over = await t.http
        .patch(`/api/v1/training/plans/${planId}`)
        .set(bearer(opDinkes))
        .send({
          version,
          lines: [
            { programId: programA, employeeIds: [e1, e2] },
            { programId: programB, employeeIds: [e2] },
          ],
        })
        .expect(422);
      expect(over.body.code).toBe('DEVELOPMENT_PLAN_OVER_BUDGET');
      const ok = await t.http
        .patch(`/api/v1/training/plans/${planId}`)
        .set(bearer(opDinkes))
        .send({ version, budget: 6_000_000, lines: [{ programId: programA, employeeIds: [e1, e2] }] })
        .expect(200);
      expect(ok.body.summary).toMatchObject({ gapClosed: 3, cost: 4_000_000, budgetLeft: 2_000_000, method: 'manual' });
      expect(ok.body.version).toBe(version + 1);
      version = ok.body.version;
    });

    it('should draft the lines again on request, and refuse lines with redraft', async () => {
      const both = await t.http.patch(`/api/v1/training/plans/${planId}`).set(bearer(opDinkes)).send({ version, redraft: true, lines: [] }).expect(400);
      expect(both.body.errors[0].path).toBe('redraft');
      const res = await t.http.patch(`/api/v1/training/plans/${planId}`).set(bearer(opDinkes)).send({ version, redraft: true, budget: 4_000_000 }).expect(200);
      expect(res.body.summary).toMatchObject({ gapClosed: 4, cost: 3_500_000, budgetLeft: 500_000 });
      expect(res.body.budget).toBe(4_000_000);
      version = res.body.version;
    });

    it('should answer 409 to a stale version', async () => {
      const res = await t.http
        .patch(`/api/v1/training/plans/${planId}`)
        .set(bearer(opDinkes))
        .send({ version: version - 1, budget: 5_000_000 })
        .expect(409);
      expect(res.body.code).toBe('STALE_VERSION');
    });

    it('should let only the unit’s leader approve, then freeze the plan', async () => {
      await t.http.post(`/api/v1/training/plans/${planId}/approve`).set(bearer(opDinkes)).send({ version }).expect(403);
      const res = await t.http.post(`/api/v1/training/plans/${planId}/approve`).set(bearer(leader)).send({ version }).expect(200);
      expect(res.body).toMatchObject({ status: 'approved', approvedByName: expect.any(String) });
      const [audit] = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'development_plan' AND entity_id = $1 AND action = 'approve'`, [planId]);
      expect(audit).toBeDefined();
      const frozen = await t.http.patch(`/api/v1/training/plans/${planId}`).set(bearer(opDinkes)).send({ version: res.body.version, budget: 1_000_000 }).expect(422);
      expect(frozen.body.code).toBe('DEVELOPMENT_PLAN_FROZEN');
    });
  });

  // Last: passport keeps one strategy per name process-wide, so a second app takes over the first one's JWT strategy
  // and, once closed, leaves it on a closed connection pool (the same reason the auth file's rate-limit test comes last).
  describe('GET /api/v1/public/certificates/{code} (rate limit)', () => {
    it('should answer 429 with Retry-After once a client exceeds the limit', async () => {
      const limited = await createTestApp({ LOGIN_RATE_LIMIT: '2' });
      try {
        await limited.http.get(`/api/v1/public/certificates/${code}`).expect(200);
        await limited.http.get('/api/v1/public/certificates/ZZZZZZZZZZZZ').expect(404);
        const res = await limited.http.get(`/api/v1/public/certificates/${code}`).expect(429);
        expect(res.headers['retry-after']).toBeDefined();
      } finally {
        await limited.close();
      }
    });
  });
});
