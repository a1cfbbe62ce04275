import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { createEmployee, createPosition, unitByCode } from '../factories/index.js';

const levels = (name: string) => [1, 2, 3, 4, 5].map((level) => ({ level, description: `${name} level ${level}` }));

describe('competency', () => {
  let t: TestApp;
  let planner: string;
  let opDinkes: string;
  let opDisdik: string;
  let employee: string;
  /** Three test competencies, created once. */
  let comps: { id: string; code: string }[];
  beforeAll(async () => {
    t = await createTestApp();
    [planner, opDinkes, opDisdik, employee] = await Promise.all(['planner.bkpp', 'operator.dinkes', 'operator.disdik', 'pegawai.dinkes'].map((u) => t.token(u)));
    const suffix = Date.now().toString(36).toUpperCase();
    comps = [];
    for (const [i, type] of (['technical', 'managerial', 'technical'] as const).entries()) {
      const res = await t.http
        .post('/api/v1/competencies')
        .set(bearer(planner))
        .send({ code: `T-UJI${i}-${suffix}`, name: `Kompetensi Uji ${i}`, type, levels: levels(`K${i}`) })
        .expect(201);
      comps.push(res.body);
    }
  });
  afterAll(() => t.close());

  describe('POST /api/v1/competency/calculate/jpm', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/competency/calculate/jpm').send({ items: [] }).expect(401);
    });

    it('should reproduce the domain example, capped and uncapped', async () => {
      const items = [4, 3, 3, 3, 3, 3, 3, 2, 2].map((assessed) => ({ required: 3, assessed }));
      const plain = await t.http.post('/api/v1/competency/calculate/jpm').set(bearer(employee)).send({ items }).expect(200);
      expect(plain.body).toMatchObject({ jpmPercentRounded: 96.3, category: { code: 'optimal' }, ruleKey: 'competency.jpm', capAtStandard: false });
      const capped = await t.http.post('/api/v1/competency/calculate/jpm').set(bearer(employee)).send({ items, capAtStandard: true }).expect(200);
      expect(capped.body).toMatchObject({ jpmPercentRounded: 92.59, category: { code: 'optimal' } });
    });

    it('should refuse level 6 naming the field', async () => {
      const res = await t.http
        .post('/api/v1/competency/calculate/jpm')
        .set(bearer(planner))
        .send({ items: [{ required: 3, assessed: 6 }] })
        .expect(400);
      expect(res.body.errors[0].path).toBe('items.0.assessed');
    });
  });

  describe('/api/v1/competencies', () => {
    it('should hold the eight managerial competencies and Perekat Bangsa, with five levels each', async () => {
      const m = await t.http.get('/api/v1/competencies?type=managerial&pageSize=50').set(bearer(employee)).expect(200);
      const names = m.body.items.map((c: { name: string }) => c.name);
      for (const n of [
        'Integritas',
        'Kerja Sama',
        'Komunikasi',
        'Orientasi pada Hasil',
        'Pelayanan Publik',
        'Pengembangan Diri dan Orang Lain',
        'Mengelola Perubahan',
        'Pengambilan Keputusan',
      ])
        expect(names).toContain(n);
      const sc = await t.http.get('/api/v1/competencies?type=socio_cultural').set(bearer(employee)).expect(200);
      expect(sc.body.items.map((c: { name: string }) => c.name)).toContain('Perekat Bangsa');
      expect(m.body.items.every((c: { levels: unknown[] }) => c.levels.length === 5)).toBe(true);
    });

    it('should let only planners edit the dictionary and refuse a duplicate code or missing levels', async () => {
      await t.http
        .post('/api/v1/competencies')
        .set(bearer(opDinkes))
        .send({ code: 'T-X', name: 'X', type: 'technical', levels: levels('X') })
        .expect(403);
      const dup = await t.http
        .post('/api/v1/competencies')
        .set(bearer(planner))
        .send({ code: comps[0].code, name: 'X', type: 'technical', levels: levels('X') })
        .expect(409);
      expect(dup.body.code).toBe('DUPLICATE');
      const four = await t.http
        .post('/api/v1/competencies')
        .set(bearer(planner))
        .send({ code: 'T-FOUR', name: 'X', type: 'technical', levels: levels('X').slice(0, 4) })
        .expect(400);
      expect(four.body.errors[0].path).toBe('levels');
      const twice = [...levels('X').slice(0, 4), { level: 4, description: 'again' }];
      const bad = await t.http.post('/api/v1/competencies').set(bearer(planner)).send({ code: 'T-TWICE', name: 'X', type: 'technical', levels: twice }).expect(422);
      expect(bad.body.code).toBe('COMPETENCY_LEVELS');
    });
  });

  describe('standards, assessments and gaps', () => {
    it('should replace a standard with its revision, copy it, and keep operators in their unit', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const a = await createPosition(t.ds, pkm.id, 'Jabatan Standar A');
      const b = await createPosition(t.ds, pkm.id, 'Jabatan Standar B');
      const empty = await t.http.get(`/api/v1/positions/${a.id}/competency-standard`).set(bearer(opDinkes)).expect(200);
      expect(empty.body).toMatchObject({ items: [], revision: 0 });
      const items = comps.map((c, i) => ({ competencyId: c.id, requiredLevel: i + 2 }));
      const put = await t.http.put(`/api/v1/positions/${a.id}/competency-standard`).set(bearer(opDinkes)).send({ revision: 0, items }).expect(200);
      expect(put.body.items).toHaveLength(3);
      expect(put.body.revision).toBe(1);
      const stale = await t.http.put(`/api/v1/positions/${a.id}/competency-standard`).set(bearer(opDinkes)).send({ revision: 0, items: [] }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const bad = await t.http
        .put(`/api/v1/positions/${a.id}/competency-standard`)
        .set(bearer(opDinkes))
        .send({ revision: 1, items: [{ competencyId: comps[0].id, requiredLevel: 6 }] })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('items.0.requiredLevel');
      await t.http.put(`/api/v1/positions/${a.id}/competency-standard`).set(bearer(opDisdik)).send({ revision: 1, items }).expect(404);
      const copied = await t.http.post(`/api/v1/positions/${b.id}/competency-standard/copy`).set(bearer(opDinkes)).send({ fromPositionId: a.id, revision: 0 }).expect(200);
      expect(copied.body.items.map((i: { requiredLevel: number }) => i.requiredLevel)).toEqual(expect.arrayContaining([2, 3, 4]));
    });

    it('should bulk-assign levels by position kind in a subtree', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const res = await t.http
        .post('/api/v1/competency/standards/bulk-assign')
        .set(bearer(opDinkes))
        .send({ positionKind: 'pengawas', orgUnitId: pkm.id, items: [{ competencyId: comps[1].id, requiredLevel: 3 }] })
        .expect(200);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM positions p WHERE p.unit_id = $1 AND p.kind = 'pengawas'`, [pkm.id]);
      expect(res.body.positions).toBe(n);
      const [{ m }] = await t.ds.query(
        `SELECT count(*)::int AS m FROM competency_standards s JOIN positions p ON p.id = s.position_id WHERE p.unit_id = $1 AND p.kind = 'pengawas' AND s.competency_id = $2 AND s.required_level = 3`,
        [pkm.id, comps[1].id],
      );
      expect(m).toBe(n);
      const disdik = await unitByCode(t.ds, 'DISDIK');
      await t.http
        .post('/api/v1/competency/standards/bulk-assign')
        .set(bearer(opDinkes))
        .send({ positionKind: 'pengawas', orgUnitId: disdik.id, items: [{ competencyId: comps[1].id, requiredLevel: 3 }] })
        .expect(404);
    });

    it('should compute an employee’s JPM from the latest valid assessment, keeping history', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const pos = await createPosition(t.ds, pkm.id, 'Jabatan Asesmen');
      await t.http
        .put(`/api/v1/positions/${pos.id}/competency-standard`)
        .set(bearer(opDinkes))
        .send({ revision: 0, items: comps.map((c) => ({ competencyId: c.id, requiredLevel: 3 })) })
        .expect(200);
      const emp = await createEmployee(t.ds, { unitId: pkm.id, positionId: pos.id });
      // old assessment: all 2 (JPM 66.67, Kurang Optimal)
      await t.http
        .post(`/api/v1/employees/${emp.id}/assessments`)
        .set(bearer(opDinkes))
        .send({ source: 'test', assessedOn: '2024-05-02', items: comps.map((c) => ({ competencyId: c.id, level: 2 })) })
        .expect(201);
      let gap = await t.http.get(`/api/v1/competency/gaps?employeeId=${emp.id}`).set(bearer(opDinkes)).expect(200);
      expect(gap.body.items[0]).toMatchObject({ jpmPercent: 66.67, category: { code: 'kurang_optimal' }, belowStandard: 3 });
      // newer assessment of two competencies: 3 and 4 → (3 + 4 + 2) / 9 = 100 %
      const created = await t.http
        .post(`/api/v1/employees/${emp.id}/assessments`)
        .set(bearer(opDinkes))
        .send({
          source: 'assessment_centre',
          assessedOn: '2026-03-10',
          evidence: 'Laporan asesmen',
          items: [
            { competencyId: comps[0].id, level: 3 },
            { competencyId: comps[1].id, level: 4 },
          ],
        })
        .expect(201);
      expect(created.body.current).toBe(true);
      gap = await t.http.get(`/api/v1/competency/gaps?employeeId=${emp.id}`).set(bearer(opDinkes)).expect(200);
      const g = gap.body.items[0];
      expect(g).toMatchObject({ jpmPercent: 100, category: { code: 'optimal' }, belowStandard: 1, assessedCount: 3 });
      expect(g.items.map((i: { gap: number }) => i.gap).sort()).toEqual([-1, 0, 1]);
      const history = await t.http.get(`/api/v1/employees/${emp.id}/assessments`).set(bearer(opDinkes)).expect(200);
      expect(history.body).toHaveLength(2);
      expect(history.body.map((a: { current: boolean }) => a.current)).toEqual([true, true]); // the old one still counts for the third competency
      const events = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'competency_assessment' AND after->>'employeeId' = $1`, [emp.id]);
      expect(events[0].n).toBe(2);
    });

    it('should refuse a future date, an unknown competency and another unit’s employee, writing nothing', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const emp = await createEmployee(t.ds, { unitId: pkm.id });
      const future = await t.http
        .post(`/api/v1/employees/${emp.id}/assessments`)
        .set(bearer(opDinkes))
        .send({ source: 'test', assessedOn: '2099-01-01', items: [{ competencyId: comps[0].id, level: 3 }] })
        .expect(400);
      expect(future.body.errors[0].path).toBe('assessedOn');
      const unknown = await t.http
        .post(`/api/v1/employees/${emp.id}/assessments`)
        .set(bearer(opDinkes))
        .send({ source: 'test', assessedOn: '2026-01-01', items: [{ competencyId: '00000000-0000-4000-8000-000000000000', level: 3 }] })
        .expect(422);
      expect(unknown.body.errors[0].path).toBe('items.0.competencyId');
      await t.http
        .post(`/api/v1/employees/${emp.id}/assessments`)
        .set(bearer(opDisdik))
        .send({ source: 'test', assessedOn: '2026-01-01', items: [{ competencyId: comps[0].id, level: 3 }] })
        .expect(404);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM competency_assessments WHERE employee_id = $1', [emp.id]);
      expect(n).toBe(0);
    });

    it('should summarise a unit subtree consistently with its rows and show employees only themselves', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.get(`/api/v1/competency/gaps?orgUnitId=${dinkes.id}&pageSize=200`).set(bearer(planner)).expect(200);
      const s = res.body.summary;
      expect(s.optimal + s.cukupOptimal + s.kurangOptimal + s.notAssessed).toBe(s.employees);
      expect(res.body.total).toBe(s.employees);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1', [`${dinkes.path}%`]);
      expect(s.employees).toBe(n);
      const own = await t.http.get('/api/v1/competency/gaps').set(bearer(employee)).expect(200);
      expect(own.body.total).toBe(1);
      await t.http.get(`/api/v1/competency/gaps?orgUnitId=${dinkes.id}`).set(bearer(opDisdik)).expect(404);
    });

    it('should draw the heatmap of the units below a root', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.get(`/api/v1/competency/heatmap?orgUnitId=${dinkes.id}`).set(bearer(planner)).expect(200);
      expect(res.body.units.length).toBeGreaterThan(0);
      for (const c of res.body.cells) {
        expect(c.below).toBeLessThanOrEqual(c.assessed);
        expect(c.assessed).toBeLessThanOrEqual(c.people);
        if (c.share !== null) expect(c.share).toBeCloseTo(c.below / c.assessed, 10);
      }
      const poncol = await unitByCode(t.ds, 'PKM-PONCOL');
      expect(res.body.units.map((u: { id: string }) => u.id)).toContain(poncol.id);
    });
  });
});
