import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { createEmployee, createPosition, unitByCode } from '../factories/index.js';

interface Row {
  key: string;
  positionId: string | null;
  unitId: string | null;
  method: string;
  basis: string;
  existing: { total: number; pns: number; cpns: number; pppk: number };
  demand: number[];
  supply: number[];
  retirements: number[];
  recruits: number[];
  gap: number[];
  shortage: number[];
  surplus: number[];
  priority: number;
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe('needs', () => {
  let t: TestApp;
  let planner: string;
  let verifier: string;
  let opDinkes: string;
  let opDisdik: string;
  let leader: string;
  let employee: string;
  beforeAll(async () => {
    t = await createTestApp();
    [planner, verifier, opDinkes, opDisdik, leader, employee] = await Promise.all(
      ['planner.bkpp', 'verifikator.bkpp', 'operator.dinkes', 'operator.disdik', 'kepala.dinkes', 'pegawai.dinkes'].map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  /** Every row of an analysis, walking all pages. */
  async function allRows(token: string, query: string): Promise<{ rows: Row[]; body: { totals: Row & { positions: number }; years: number[]; total: number } }> {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/api/v1/needs/analysis?${query}&pageSize=200&page=${page}`).set(bearer(token)).expect(200);
      rows.push(...(res.body.items as Row[]));
      if (rows.length >= res.body.total || res.body.items.length === 0) return { rows, body: res.body };
    }
  }

  /** Downloads an XLSX export and opens it (the body must be a zip: `PK`). */
  async function workbook(path: string, token: string) {
    const res = await t.http
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const body: Buffer = res.body;
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    return { res, wb };
  }

  describe('POST /api/v1/needs/calculate/workload', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/needs/calculate/workload').send({ tasks: [] }).expect(401);
    });

    it('should reproduce the domain example to the digit', async () => {
      const res = await t.http
        .post('/api/v1/needs/calculate/workload')
        .set(bearer(employee))
        .send({
          tasks: [
            { volume: 1200, minutesPerUnit: 30 },
            { volume: 240, minutesPerUnit: 120 },
            { volume: 52, minutesPerUnit: 240 },
            { volume: 12, minutesPerUnit: 600 },
          ],
          existing: 1,
        })
        .expect(200);
      expect(res.body.workloadMinutes).toBe(84480);
      close(res.body.requiredFte, 1.1264);
      expect(res.body.requiredHeadcount).toBe(1);
      expect(res.body.difference).toBe(0);
      expect(res.body.effectivenessRounded).toBe(1.13);
      expect(res.body.effectivenessCategory).toEqual({ grade: 'A', label: 'Sangat Baik' });
      expect(res.body.rules.map((r: { key: string }) => r.key)).toContain('abk.effective_minutes_per_year');
    });

    it('should convert volumes per day with the rule and honour ceil rounding', async () => {
      const res = await t.http
        .post('/api/v1/needs/calculate/workload')
        .set(bearer(planner))
        .send({ tasks: [{ volume: 10, minutesPerUnit: 40, period: 'day' }], rounding: 'ceil' })
        .expect(200);
      expect(res.body.tasks[0].annualVolume).toBe(2350);
      expect(res.body.workloadMinutes).toBe(94000);
      expect(res.body.requiredHeadcount).toBe(2);
      expect(res.body.effectiveness).toBeNull();
    });

    it('should refuse a negative volume naming the field', async () => {
      const res = await t.http
        .post('/api/v1/needs/calculate/workload')
        .set(bearer(planner))
        .send({ tasks: [{ volume: -5, minutesPerUnit: 30 }] })
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('tasks.0.volume');
    });
  });

  describe('POST /api/v1/needs/calculate/wisn', () => {
    const example = {
      workingDaysPerYear: 260,
      publicHolidays: 15,
      annualLeave: 12,
      sickLeave: 10,
      otherLeave: 5,
      hoursPerDay: 7.5,
      activities: [
        { name: 'Konsultasi', volume: 15000, minutesPerUnit: 15 },
        { name: 'Imunisasi', volume: 2000, minutesPerUnit: 10 },
      ],
      categoryAllowances: [
        { name: 'Rapat', hours: 2, per: 'week' },
        { name: 'Laporan', hours: 4, per: 'month' },
      ],
      individualAllowances: [{ name: 'Koordinator', hoursPerYear: 120, staff: 1 }],
      existing: 2,
    };

    it('should reproduce the domain example to the digit', async () => {
      const res = await t.http.post('/api/v1/needs/calculate/wisn').set(bearer(planner)).send(example).expect(200);
      expect(res.body.availableHours).toBe(1635);
      expect(res.body.standardWorkloads.map((s: { standardWorkload: number }) => Math.round(s.standardWorkload))).toEqual([6540, 9810]);
      expect(res.body.serviceStaff.toFixed(4)).toBe('2.4975');
      expect(res.body.categoryAllowancePercent.toFixed(4)).toBe('8.2691');
      expect(res.body.categoryAllowanceFactor.toFixed(4)).toBe('1.0901');
      expect(res.body.individualAllowanceFactor.toFixed(4)).toBe('0.0734');
      expect(res.body.requiredStaff.toFixed(2)).toBe('2.80');
      expect(res.body.requiredHeadcount).toBe(3);
      expect(res.body.wisnRatio.toFixed(2)).toBe('0.72');
      expect(res.body.wisnDifference.toFixed(2)).toBe('-0.80');
    });

    it('should answer 422 naming the field when the allowances take all the time', async () => {
      const res = await t.http
        .post('/api/v1/needs/calculate/wisn')
        .set(bearer(planner))
        .send({ ...example, categoryAllowances: [{ hours: 8, per: 'day' }] })
        .expect(422);
      expect(res.body.errors[0].path).toBe('categoryAllowances');
    });
  });

  describe('GET /api/v1/needs/analysis', () => {
    it('should require authentication', async () => {
      await t.http.get('/api/v1/needs/analysis').expect(401);
    });

    it('should give city totals that agree with the sum of the rows, for every grouping', async () => {
      const { rows, body } = await allRows(planner, 'baseYear=2026&horizon=5');
      expect(body.years).toEqual([2026, 2027, 2028, 2029, 2030]);
      expect(rows.length).toBe(body.total);
      const [{ n: positions }] = await t.ds.query('SELECT count(*)::int AS n FROM positions');
      expect(body.totals.positions).toBe(positions);
      const [{ n: active }] = await t.ds.query('SELECT count(*)::int AS n FROM employees WHERE active AND position_id IS NOT NULL');
      expect(body.totals.existing.total).toBe(active);
      for (let y = 0; y < 5; y++) {
        close(
          rows.reduce((s, r) => s + r.demand[y], 0),
          body.totals.demand[y],
        );
        close(
          rows.reduce((s, r) => s + r.shortage[y], 0),
          body.totals.shortage[y],
        );
        close(
          rows.reduce((s, r) => s + r.retirements[y], 0),
          body.totals.retirements[y],
        );
        // gap = supply − demand on every row, and shortage/surplus split it
        for (const r of rows) close(r.gap[y], r.supply[y] - r.demand[y]);
      }
      expect(rows.every((r) => r.existing.total === r.existing.pns + r.existing.cpns + r.existing.pppk)).toBe(true);
      for (const groupBy of ['unit', 'sector', 'kind']) {
        const g = await allRows(planner, `baseYear=2026&horizon=5&groupBy=${groupBy}`);
        close(g.body.totals.demand[0], body.totals.demand[0]);
        close(g.body.totals.shortage[4], body.totals.shortage[4]);
        close(
          g.rows.reduce((s, r) => s + r.shortage[0], 0),
          body.totals.shortage[0],
        );
      }
      // the demo is short of staff overall, and every method shows up
      expect(body.totals.demand[0]).toBeGreaterThan(body.totals.existing.total);
      expect(new Set(rows.map((r) => r.method))).toEqual(new Set(['workload', 'ratio', 'wisn', 'fixed']));
    });

    it('should count retirements from the employees’ retirement dates', async () => {
      const { body } = await allRows(planner, 'baseYear=2027&horizon=3');
      const [{ n }] = await t.ds.query(
        `SELECT count(*)::int AS n FROM employees WHERE active AND position_id IS NOT NULL AND retirement_date >= '2028-01-01' AND retirement_date < '2029-01-01'`,
      );
      // the raw count; the projection applies retirements to what attrition left, so it can only be ≤
      expect(body.totals.retirements[1]).toBeLessThanOrEqual(n);
      expect(body.totals.retirements[1]).toBeGreaterThan(n * 0.9);
    });

    it('should filter, sort and page', async () => {
      const res = await t.http.get('/api/v1/needs/analysis?method=wisn&sortBy=shortage&sortOrder=desc&pageSize=5').set(bearer(planner)).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(5);
      expect(res.body.items.every((r: Row) => r.method === 'wisn')).toBe(true);
      const s = res.body.items.map((r: Row) => r.shortage[0]);
      expect([...s].sort((a: number, b: number) => b - a)).toEqual(s);
    });

    it('should refuse a horizon of 50 and an unknown groupBy naming the field', async () => {
      const a = await t.http.get('/api/v1/needs/analysis?horizon=50').set(bearer(planner)).expect(400);
      expect(a.body.errors[0].path).toBe('horizon');
      const b = await t.http.get('/api/v1/needs/analysis?groupBy=planet').set(bearer(planner)).expect(400);
      expect(b.body.errors[0].path).toBe('groupBy');
    });

    it('should keep an operator inside their unit', async () => {
      const disdik = await unitByCode(t.ds, 'DISDIK');
      await t.http.get(`/api/v1/needs/analysis?orgUnitId=${disdik.id}`).set(bearer(opDinkes)).expect(404);
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http.get('/api/v1/needs/analysis?pageSize=1').set(bearer(opDinkes)).expect(200);
      const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE u.path LIKE $1', [`${dinkes.path}%`]);
      expect(res.body.totals.positions).toBe(n);
      expect(res.body.orgUnitId).toBe(dinkes.id);
    });

    it('should refuse employees and panels', async () => {
      await t.http.get('/api/v1/needs/analysis').set(bearer(employee)).expect(403);
    });

    it('should export the formation-proposal layout as XLSX', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const { res, wb } = await workbook(`/api/v1/needs/analysis/export?orgUnitId=${dinkes.id}`, planner);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const ws = wb.getWorksheet('Usulan Kebutuhan')!;
      expect(ws.getRow(4).values).toEqual(expect.arrayContaining(['Bezetting', 'Kebutuhan (ABK)', 'Pensiun 2026', 'Usulan']));
    });
  });

  describe('dashboard and explain', () => {
    it('should give the dashboard per sector with the WHO threshold', async () => {
      const res = await t.http.get('/api/v1/needs/analysis/dashboard?baseYear=2026').set(bearer(leader)).expect(200);
      expect(res.body.bySector.length).toBeGreaterThan(0);
      expect(res.body.whoThresholdPer1000).toBe(4.45);
      expect(res.body.topUnits.length).toBeLessThanOrEqual(15);
      const sectorShortage = res.body.bySector.reduce((s: number, r: Row) => s + r.shortage[0], 0);
      close(sectorShortage, res.body.totals.shortage[0]);
    });

    it('should explain a workload position from its tasks to its result', async () => {
      const [pos] = await t.ds.query(
        `SELECT p.id FROM positions p JOIN workload_tasks w ON w.position_id = p.id WHERE p.needs_method = 'workload' GROUP BY p.id HAVING count(*) >= 3 LIMIT 1`,
      );
      const res = await t.http.get(`/api/v1/needs/analysis/positions/${pos.id}/explain?baseYear=2026`).set(bearer(planner)).expect(200);
      const demand = res.body.tree.children[0];
      const workload = demand.children.find((c: { label: string }) => c.label === 'Beban kerja setahun');
      expect(workload.children.length).toBeGreaterThanOrEqual(3);
      close(
        workload.children.reduce((s: number, c: { value: number }) => s + c.value, 0),
        workload.value,
      );
      const jke = demand.children.find((c: { label: string }) => c.label.startsWith('Jam kerja efektif'));
      expect(jke.value).toBe(75000);
      expect(jke.rule.key).toBe('abk.effective_minutes_per_year');
      expect(res.body.row.demand[0]).toBe(demand.value);
    });

    it('should answer 404 for a position outside the caller’s unit', async () => {
      const [pos] = await t.ds.query(`SELECT p.id FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE u.code = 'DINKES' LIMIT 1`);
      await t.http.get(`/api/v1/needs/analysis/positions/${pos.id}/explain`).set(bearer(opDisdik)).expect(404);
    });
  });

  describe('/api/v1/needs/positions/{id}/tasks', () => {
    it('should change the need when a task is added, edited and removed, with audit events', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const pos = await createPosition(t.ds, dinkes.id, 'Pengelola Layanan Uji');
      await createEmployee(t.ds, { unitId: dinkes.id, positionId: pos.id });
      const empty = await t.http.get(`/api/v1/needs/positions/${pos.id}/tasks`).set(bearer(opDinkes)).expect(200);
      expect(empty.body.tasks).toEqual([]);
      expect(empty.body.existing).toBe(1);
      const created = await t.http
        .post(`/api/v1/needs/positions/${pos.id}/tasks`)
        .set(bearer(opDinkes))
        .send({ description: 'Melayani permohonan', outputUnit: 'berkas', volume: 40, volumePeriod: 'day', minutesPerUnit: 20 })
        .expect(201);
      expect(created.body.annualVolume).toBe(9400);
      let w = await t.http.get(`/api/v1/needs/positions/${pos.id}/tasks`).set(bearer(opDinkes)).expect(200);
      expect(w.body.result.workloadMinutes).toBe(188000);
      expect(w.body.result.requiredHeadcount).toBe(3); // 2.5067 → 3 (half up)
      const ex = await t.http.get(`/api/v1/needs/analysis/positions/${pos.id}/explain`).set(bearer(opDinkes)).expect(200);
      expect(ex.body.row.demand[0]).toBe(3);
      expect(ex.body.basis).toBe('tasks');
      await t.http.patch(`/api/v1/needs/positions/${pos.id}/tasks/${created.body.id}`).set(bearer(opDinkes)).send({ version: 1, volume: 10 }).expect(200);
      const stale = await t.http.patch(`/api/v1/needs/positions/${pos.id}/tasks/${created.body.id}`).set(bearer(opDinkes)).send({ version: 1, volume: 11 }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      w = await t.http.get(`/api/v1/needs/positions/${pos.id}/tasks`).set(bearer(opDinkes)).expect(200);
      expect(w.body.result.requiredHeadcount).toBe(1); // 47,000 / 75,000 = 0.6267 → 1
      await t.http.delete(`/api/v1/needs/positions/${pos.id}/tasks/${created.body.id}`).set(bearer(opDinkes)).expect(204);
      const events = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'workload_task' AND entity_id = $1 ORDER BY at`, [created.body.id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    });

    it('should refuse a negative volume, an unknown position and another unit’s position', async () => {
      const [pos] = await t.ds.query(`SELECT p.id FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE u.code = 'DINKES' LIMIT 1`);
      const bad = await t.http
        .post(`/api/v1/needs/positions/${pos.id}/tasks`)
        .set(bearer(opDinkes))
        .send({ description: 'x', outputUnit: 'x', volume: -1, minutesPerUnit: 5 })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('volume');
      await t.http
        .post('/api/v1/needs/positions/00000000-0000-4000-8000-000000000000/tasks')
        .set(bearer(opDinkes))
        .send({ description: 'x', outputUnit: 'x', volume: 1, minutesPerUnit: 5 })
        .expect(404);
      await t.http.post(`/api/v1/needs/positions/${pos.id}/tasks`).set(bearer(opDisdik)).send({ description: 'x', outputUnit: 'x', volume: 1, minutesPerUnit: 5 }).expect(404);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM workload_tasks WHERE description = 'x'`);
      expect(n).toBe(0);
    });
  });

  describe('/api/v1/needs/norms and /wisn-studies', () => {
    it('should let only planners write family norms and check the fields a basis needs', async () => {
      const body = { name: 'Bidan per 100 ribu', family: 'Bidan Uji', unitKind: 'puskesmas', basis: 'per_100k', driverKey: 'population', ruleField: 'midwife' };
      await t.http.post('/api/v1/needs/norms').set(bearer(opDinkes)).send(body).expect(403);
      const created = await t.http.post('/api/v1/needs/norms').set(bearer(planner)).send(body).expect(201);
      expect(created.body.family).toBe('Bidan Uji');
      const noUnits = await t.http
        .post('/api/v1/needs/norms')
        .set(bearer(planner))
        .send({ ...body, basis: 'per_driver', ruleField: undefined })
        .expect(422);
      expect(noUnits.body.errors[0].path).toBe('unitsPerStaff');
      const noTarget = await t.http
        .post('/api/v1/needs/norms')
        .set(bearer(planner))
        .send({ ...body, family: undefined })
        .expect(422);
      expect(noTarget.body.code).toBe('NEEDS_NORM_TARGET');
      await t.http.delete(`/api/v1/needs/norms/${created.body.id}`).set(bearer(planner)).expect(204);
    });

    it('should apply a position norm to the analysis', async () => {
      const kec = await unitByCode(t.ds, 'KEC-TEMBALANG').catch(async () => {
        const [u] = await t.ds.query(`SELECT id, path, name FROM org_units WHERE kind = 'kecamatan' ORDER BY code LIMIT 1`);
        return u as { id: string; path: string; name: string };
      });
      const [{ id: posId }] = await t.ds.query(`INSERT INTO positions (unit_id, title, kind, needs_method) VALUES ($1, 'Petugas Rasio Uji', 'pelaksana', 'ratio') RETURNING id`, [
        kec.id,
      ]);
      const [drv] = await t.ds.query(
        `SELECT value::float8 AS value, growth_rate::float8 AS g, year FROM service_drivers WHERE unit_id = $1 AND key = 'population' ORDER BY year DESC LIMIT 1`,
        [kec.id],
      );
      await t.http
        .post('/api/v1/needs/norms')
        .set(bearer(planner))
        .send({ name: 'Satu per 10.000 penduduk', positionId: posId, basis: 'per_driver', driverKey: 'population', unitsPerStaff: 10000, minimumPerUnit: 2 })
        .expect(201);
      const ex = await t.http.get(`/api/v1/needs/analysis/positions/${posId}/explain?baseYear=2026&horizon=2`).set(bearer(planner)).expect(200);
      const expected = Math.max(2, Math.ceil((drv.value * Math.pow(1 + drv.g, 2026 - drv.year)) / 10000));
      expect(ex.body.row.demand[0]).toBe(expected);
      expect(ex.body.basis).toBe('norm');
    });

    it('should store a WISN study, compute it with the cadre’s staff and refuse a duplicate', async () => {
      const pkm = await unitByCode(t.ds, 'PKM-PONCOL');
      const study = {
        unitId: pkm.id,
        family: 'Terapis Uji',
        year: 2025,
        workingDaysPerYear: 260,
        publicHolidays: 15,
        annualLeave: 12,
        sickLeave: 10,
        otherLeave: 5,
        hoursPerDay: 7.5,
        activities: [
          { name: 'Konsultasi', volume: 15000, minutesPerUnit: 15 },
          { name: 'Imunisasi', volume: 2000, minutesPerUnit: 10 },
        ],
        categoryAllowances: [
          { hours: 2, per: 'week' },
          { hours: 4, per: 'month' },
        ],
        individualAllowances: [{ hoursPerYear: 120, staff: 1 }],
      };
      const res = await t.http.post('/api/v1/needs/wisn-studies').set(bearer(opDinkes)).send(study).expect(201);
      expect(res.body.result.requiredStaff.toFixed(2)).toBe('2.80');
      expect(res.body.result.existing).toBe(0);
      const dup = await t.http.post('/api/v1/needs/wisn-studies').set(bearer(opDinkes)).send(study).expect(409);
      expect(dup.body.code).toBe('DUPLICATE');
      await t.http
        .post('/api/v1/needs/wisn-studies')
        .set(bearer(opDisdik))
        .send({ ...study, family: 'Lain' })
        .expect(404);
      const bad = await t.http
        .post('/api/v1/needs/wisn-studies')
        .set(bearer(opDinkes))
        .send({ ...study, family: 'Lain', workingDaysPerYear: 30 })
        .expect(422);
      expect(bad.body.errors[0].path).toBe('workingDaysPerYear');
      const list = await t.http.get(`/api/v1/needs/wisn-studies?orgUnitId=${pkm.id}&pageSize=100`).set(bearer(opDinkes)).expect(200);
      expect(list.body.items.some((s: { id: string }) => s.id === res.body.id)).toBe(true);
    });
  });

  describe('/api/v1/needs/plans', () => {
    const plan = (over: Record<string, unknown> = {}) => ({ name: 'Usulan Formasi Uji', year: 2027, baseYear: 2026, budgetCeiling: 2_000_000_000, maxFormations: 25, ...over });

    it('should require authentication', async () => {
      await t.http.post('/api/v1/needs/plans').send(plan()).expect(401);
    });

    it('should refuse a budget of 0, a year outside the horizon and an operator without a unit, writing nothing', async () => {
      const [{ n: before }] = await t.ds.query('SELECT count(*)::int AS n FROM formation_plans');
      const zero = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ budgetCeiling: 0 }))
        .expect(400);
      expect(zero.body.errors[0].path).toBe('budgetCeiling');
      const far = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ year: 2040 }))
        .expect(422);
      expect(far.body.errors[0].path).toBe('year');
      const noUnit = await t.http.post('/api/v1/needs/plans').set(bearer(opDinkes)).send(plan()).expect(422);
      expect(noUnit.body.errors[0].path).toBe('orgUnitId');
      const badPin = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ pins: [{ positionId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] }))
        .expect(404);
      expect(badPin.body.errors[0].path).toBe('pins.0.positionId');
      const [{ n: after }] = await t.ds.query('SELECT count(*)::int AS n FROM formation_plans');
      expect(after).toBe(before);
    });

    it('should draft under both limits, never above a shortage, and explain each line', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const res = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ orgUnitId: dinkes.id }))
        .expect(201);
      const p = res.body;
      expect(p.status).toBe('draft');
      expect(p.totals.annualCost).toBeLessThanOrEqual(2_000_000_000);
      expect(p.totals.formations).toBeLessThanOrEqual(25);
      expect(p.totals.formations).toBeGreaterThan(0);
      for (const l of p.lines) {
        expect(l.quantity).toBeLessThanOrEqual(l.shortage);
        expect(l.reason).toBeTruthy();
        expect(l.annualCost).toBe(l.quantity * l.annualCostPerPerson);
      }
      expect(p.optimiser.objective).toBeGreaterThanOrEqual(p.optimiser.greedyObjective - 1e-9);
      expect(p.uncovered.length).toBeGreaterThan(0);
      // a shortage the budget left uncovered can be raised by hand; the line is then pinned
      const u = p.uncovered[0];
      const raised = await t.http
        .patch(`/api/v1/needs/plans/${p.id}/lines/${u.lineId}`)
        .set(bearer(planner))
        .send({ version: u.version, quantity: u.quantity + 1 })
        .expect(200);
      expect(raised.body.lines.find((l: { id: string }) => l.id === u.lineId)).toMatchObject({ quantity: u.quantity + 1, pinned: true });
      expect(raised.body.totals.formations).toBe(p.totals.formations + 1);
    });

    it('should run a plan through its life cycle with roles, four eyes, frozen approval and audit', async () => {
      const dinkes = await unitByCode(t.ds, 'DINKES');
      const created = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(opDinkes))
        .send(plan({ orgUnitId: dinkes.id, cityBudget: 5_860_000_000_000, currentPersonnelSpending: 1_733_000_000_000 }))
        .expect(201);
      const id = created.body.id;
      expect(created.body.personnelSpending.capPercent).toBe(30);
      expect(created.body.personnelSpending.projectedPercent).toBeGreaterThan(created.body.personnelSpending.currentPercent);
      // another unit's operator sees nothing
      await t.http.get(`/api/v1/needs/plans/${id}`).set(bearer(opDisdik)).expect(404);
      const disdikList = await t.http.get('/api/v1/needs/plans?pageSize=200').set(bearer(opDisdik)).expect(200);
      expect(disdikList.body.items.some((x: { id: string }) => x.id === id)).toBe(false);

      // edit a line: above the shortage is refused, within is kept and pinned
      const line = created.body.lines[0];
      const above = await t.http
        .patch(`/api/v1/needs/plans/${id}/lines/${line.id}`)
        .set(bearer(opDinkes))
        .send({ version: line.version, quantity: line.shortage + 1 })
        .expect(422);
      expect(above.body.errors[0].path).toBe('quantity');
      const edited = await t.http
        .patch(`/api/v1/needs/plans/${id}/lines/${line.id}`)
        .set(bearer(opDinkes))
        .send({ version: line.version, quantity: 1, employmentType: 'pppk' })
        .expect(200);
      const after = edited.body.lines.find((l: { id: string }) => l.id === line.id);
      expect(after).toMatchObject({ quantity: 1, employmentType: 'pppk', pinned: true });
      expect(after.annualCostPerPerson).not.toBe(line.annualCostPerPerson);

      // stale plan version
      const stale = await t.http.post(`/api/v1/needs/plans/${id}/submit`).set(bearer(opDinkes)).send({ version: created.body.version }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const submitted = await t.http.post(`/api/v1/needs/plans/${id}/submit`).set(bearer(opDinkes)).send({ version: edited.body.version }).expect(200);
      expect(submitted.body.status).toBe('submitted');
      // an operator may not verify; a planner may
      await t.http.post(`/api/v1/needs/plans/${id}/verify`).set(bearer(opDinkes)).send({ version: submitted.body.version }).expect(403);
      const inbox = await t.http.get('/api/v1/needs/plans?inbox=true&pageSize=200').set(bearer(planner)).expect(200);
      expect(inbox.body.items.some((x: { id: string }) => x.id === id)).toBe(true);
      const verified = await t.http.post(`/api/v1/needs/plans/${id}/verify`).set(bearer(planner)).send({ version: submitted.body.version }).expect(200);
      // approving too early or twice is refused by state
      await t.http.post(`/api/v1/needs/plans/${id}/verify`).set(bearer(planner)).send({ version: verified.body.version }).expect(422);
      const approved = await t.http.post(`/api/v1/needs/plans/${id}/approve`).set(bearer(verifier)).send({ version: verified.body.version }).expect(200);
      expect(approved.body.status).toBe('approved');
      expect(approved.body.decidedByName).toBeTruthy();
      expect(approved.body.allowedActions).not.toContain('edit');
      // frozen
      const frozen = await t.http.patch(`/api/v1/needs/plans/${id}/lines/${line.id}`).set(bearer(opDinkes)).send({ version: after.version, quantity: 0 }).expect(422);
      expect(frozen.body.code).toBe('NEEDS_PLAN_NOT_EDITABLE');
      // the approved formations count as recruits in the supply of 2027
      const ex = await t.http.get(`/api/v1/needs/analysis/positions/${line.positionId}/explain?baseYear=2026`).set(bearer(planner)).expect(200);
      expect(ex.body.row.recruits[1]).toBeGreaterThanOrEqual(1);
      // a new revision is a copy
      const copy = await t.http.post(`/api/v1/needs/plans/${id}/copy`).set(bearer(opDinkes)).expect(201);
      expect(copy.body).toMatchObject({ status: 'draft', revision: 2, copiedFromId: id });
      const events = await t.ds.query(`SELECT action FROM audit_events WHERE entity = 'formation_plan' AND entity_id = $1 ORDER BY at`, [id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update_line', 'submit', 'verify', 'approve']);
    });

    it('should not let the submitter approve their own plan, and reject only with a reason', async () => {
      const created = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ maxFormations: 3 }))
        .expect(201);
      const id = created.body.id;
      const s = await t.http.post(`/api/v1/needs/plans/${id}/submit`).set(bearer(planner)).send({ version: created.body.version }).expect(200);
      const v = await t.http.post(`/api/v1/needs/plans/${id}/verify`).set(bearer(planner)).send({ version: s.body.version }).expect(200);
      const own = await t.http.post(`/api/v1/needs/plans/${id}/approve`).set(bearer(planner)).send({ version: v.body.version }).expect(422);
      expect(own.body.code).toBe('NEEDS_PLAN_FOUR_EYES');
      const noReason = await t.http.post(`/api/v1/needs/plans/${id}/reject`).set(bearer(verifier)).send({ version: v.body.version }).expect(400);
      expect(noReason.body.errors[0].path).toBe('reason');
      const r = await t.http.post(`/api/v1/needs/plans/${id}/reject`).set(bearer(verifier)).send({ version: v.body.version, reason: 'Kurangi formasi guru' }).expect(200);
      expect(r.body).toMatchObject({ status: 'rejected', rejectionReason: 'Kurangi formasi guru' });
    });

    it('should re-optimise a draft under a new budget, keeping pins and exclusions', async () => {
      const created = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ maxFormations: 40, budgetCeiling: 3_000_000_000 }))
        .expect(201);
      const [first, second] = created.body.lines;
      await t.http.patch(`/api/v1/needs/plans/${created.body.id}/lines/${first.id}`).set(bearer(planner)).send({ version: first.version, excluded: true }).expect(200);
      const cur = await t.http
        .patch(`/api/v1/needs/plans/${created.body.id}/lines/${second.id}`)
        .set(bearer(planner))
        .send({ version: second.version, quantity: 1, pinned: true })
        .expect(200);
      const res = await t.http
        .post(`/api/v1/needs/plans/${created.body.id}/optimise`)
        .set(bearer(planner))
        .send({ version: cur.body.version, budgetCeiling: 1_000_000_000 })
        .expect(200);
      expect(res.body.totals.annualCost).toBeLessThanOrEqual(1_000_000_000);
      expect(res.body.budgetCeiling).toBe(1_000_000_000);
      expect(res.body.lines.find((l: { id: string }) => l.id === first.id).quantity).toBe(0);
      expect(res.body.lines.find((l: { id: string }) => l.id === second.id).quantity).toBe(1);
    });

    it('should export a plan as XLSX', async () => {
      const created = await t.http
        .post('/api/v1/needs/plans')
        .set(bearer(planner))
        .send(plan({ maxFormations: 5 }))
        .expect(201);
      const { res, wb } = await workbook(`/api/v1/needs/plans/${created.body.id}/export`, planner);
      expect(res.headers['content-disposition']).toContain('formasi-2027-rev1.xlsx');
      const ws = wb.getWorksheet('Usulan Formasi')!;
      const quantities: number[] = [];
      ws.eachRow((row, i) => {
        if (i > 4 && typeof row.getCell(1).value === 'number') quantities.push(Number(row.getCell(9).value));
      });
      expect(quantities.reduce((s, q) => s + q, 0)).toBe(created.body.totals.formations);
    });
  });

  describe('/api/v1/needs/scenarios', () => {
    it('should compare a later retirement age with the base, side by side', async () => {
      const s = await t.http
        .post('/api/v1/needs/scenarios')
        .set(bearer(planner))
        .send({ name: 'BUP +2 tahun', baseYear: 2026, horizon: 5, params: { retirementAgeDelta: 2, budgetCeiling: 1_000_000_000 } })
        .expect(201);
      const res = await t.http.get(`/api/v1/needs/scenarios/${s.body.id}/compare`).set(bearer(planner)).expect(200);
      expect(res.body.years).toEqual([2026, 2027, 2028, 2029, 2030]);
      const sumB = res.body.base.retirements.slice(0, 2).reduce((a: number, b: number) => a + b, 0);
      const sumW = res.body.whatIf.retirements.slice(0, 2).reduce((a: number, b: number) => a + b, 0);
      expect(sumW).toBeLessThan(sumB);
      res.body.difference.shortage.forEach((d: number, i: number) => close(d, res.body.whatIf.shortage[i] - res.body.base.shortage[i]));
      expect(res.body.whatIf.annualCost).toBeLessThanOrEqual(1_000_000_000);
      // the analysis under the scenario equals the what-if side
      const a = await t.http.get(`/api/v1/needs/analysis?scenarioId=${s.body.id}&baseYear=2026&pageSize=1`).set(bearer(planner)).expect(200);
      close(a.body.totals.shortage[4], res.body.whatIf.shortage[4]);
      await t.http.get(`/api/v1/needs/scenarios/${s.body.id}`).set(bearer(opDinkes)).expect(404);
    });
  });
});
