import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { collate } from './collate.js';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { formationCost } from './calc/cost.js';
import { optimiseFormation } from './calc/optimiser.js';
import { CreateScenarioDto, ListScenariosQueryDto, ScenarioComparisonDto, ScenarioDto, ScenarioParamsDto, ScenarioSideDto, UpdateScenarioDto } from './dto/plans.dto.js';
import { scenarioNotFound } from './needs.errors.js';
import { ComputedScope, NeedsAnalysisService } from './needs-analysis.service.js';
import { groupRows, sumRows } from './needs-engine.js';

type Db = Pick<EntityManager, 'query'>;

interface ScenarioRow {
  id: string;
  name: string;
  description: string | null;
  org_unit_id: string | null;
  org_unit_name: string | null;
  unit_path: string | null;
  base_year: number;
  horizon: number;
  params: ScenarioParamsDto;
  created_by_name: string | null;
  updated_at: Date;
  version: number;
}

const SELECT = `SELECT s.*, u.name AS org_unit_name, u.path AS unit_path, cu.display_name AS created_by_name
  FROM needs_scenarios s LEFT JOIN org_units u ON u.id = s.org_unit_id LEFT JOIN users cu ON cu.id = s.created_by`;

const dto = (r: ScenarioRow): ScenarioDto => ({
  id: r.id,
  name: r.name,
  description: r.description,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.org_unit_name ?? 'Pemerintah Kota Semarang',
  baseYear: r.base_year,
  horizon: r.horizon,
  params: r.params,
  createdByName: r.created_by_name,
  updatedAt: new Date(r.updated_at).toISOString(),
  version: r.version,
});

@Injectable()
export class NeedsScenariosService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly analysis: NeedsAnalysisService,
  ) {}

  private async row(p: Principal, id: string, db: Db = this.ds): Promise<ScenarioRow> {
    const rows: ScenarioRow[] = await db.query(`${SELECT} WHERE s.id = $1`, [id]);
    const r = rows[0];
    if (!r || (r.unit_path ? !inScope(p, r.unit_path) : !!p.unitPath)) throw scenarioNotFound(id);
    return r;
  }

  async list(p: Principal, q: ListScenariosQueryDto): Promise<Page<ScenarioDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const scope = unitScopeSql(p, 'u.path', params);
    const w = scope ? `WHERE ${scope}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<ScenarioRow[]>(`${SELECT} ${w} ORDER BY s.updated_at DESC, s.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM needs_scenarios s LEFT JOIN org_units u ON u.id = s.org_unit_id ${w}`, params),
    ]);
    return { items: rows.map(dto), total: count[0].n, page, pageSize };
  }

  async get(p: Principal, id: string): Promise<ScenarioDto> {
    return dto(await this.row(p, id));
  }

  async create(p: Principal, body: CreateScenarioDto): Promise<ScenarioDto> {
    return this.ds.transaction(async (m) => {
      const unit = body.orgUnitId ? await this.org.unitFieldInScope(p, body.orgUnitId, 'orgUnitId', m) : p.unitId ? await this.org.unitInScope(p, p.unitId, m) : null;
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO needs_scenarios (name, description, org_unit_id, base_year, horizon, params, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          body.name,
          body.description ?? null,
          unit?.id ?? null,
          body.baseYear ?? Number(isoToday().slice(0, 4)),
          body.params.horizon ?? body.horizon ?? 5,
          JSON.stringify(body.params),
          p.kind === 'user' ? p.id : null,
        ],
      );
      const out = dto(await this.row(p, id, m));
      await this.audit.record(m, { action: 'create', entity: 'needs_scenario', entityId: id, after: out, unitPath: unit?.path ?? null });
      return out;
    });
  }

  async update(p: Principal, id: string, body: UpdateScenarioDto): Promise<ScenarioDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.row(p, id, m);
      await updateVersioned(m, 'needs_scenarios', 'Scenario', id, body.version, {
        name: body.name ?? before.name,
        description: body.description !== undefined ? body.description : before.description,
        horizon: body.params?.horizon ?? body.horizon ?? before.horizon,
        params: JSON.stringify(body.params ?? before.params),
      });
      const out = dto(await this.row(p, id, m));
      await this.audit.record(m, { action: 'update', entity: 'needs_scenario', entityId: id, before: dto(before), after: out, unitPath: before.unit_path });
      return out;
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const before = await this.row(p, id, m);
      await m.query('DELETE FROM needs_scenarios WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'needs_scenario', entityId: id, before: dto(before), unitPath: before.unit_path });
    });
  }

  /** Base and what-if computed side by side over the scenario's unit and years, with the difference. */
  async compare(p: Principal, id: string): Promise<ScenarioComparisonDto> {
    const t0 = performance.now();
    const s = await this.row(p, id);
    const req = { orgUnitId: s.org_unit_id ?? undefined, baseYear: s.base_year, horizon: s.horizon };
    const [base, whatIf] = await Promise.all([this.analysis.compute(p, { ...req, params: {} }), this.analysis.compute(p, { ...req, scenarioId: id })]);
    // same years on both sides (a scenario may change the horizon): compare over the shorter one
    const h = Math.min(base.horizon, whatIf.horizon);
    const budget = s.params.budgetCeiling;
    const [b, w] = await Promise.all([this.side('Dasar', base, h, budget), this.side(s.name, whatIf, h, budget)]);
    const minus = (x: number[], y: number[]) => x.map((v, i) => v - (y[i] ?? 0));
    const n = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
    const cap = base.rules.priority.pressureCap;
    const bs = new Map(groupRows(base.results, 'sector', base.horizon, cap).map((r) => [r.key, r]));
    const ws = groupRows(whatIf.results, 'sector', whatIf.horizon, cap);
    return {
      scenario: dto(s),
      years: base.years.slice(0, h),
      base: b,
      whatIf: w,
      difference: {
        label: 'Selisih',
        demand: minus(w.demand, b.demand),
        supply: minus(w.supply, b.supply),
        retirements: minus(w.retirements, b.retirements),
        shortage: minus(w.shortage, b.shortage),
        surplus: minus(w.surplus, b.surplus),
        gap: minus(w.gap, b.gap),
        formations: n(w.formations, b.formations),
        covered: n(w.covered, b.covered),
        annualCost: n(w.annualCost, b.annualCost),
      },
      bySector: ws
        .map((r) => {
          const o = bs.get(r.key);
          const bEnd = o?.shortage[h - 1] ?? 0;
          const wEnd = r.shortage[h - 1] ?? 0;
          return {
            key: r.key,
            label: r.label,
            baseShortage: o?.shortage[0] ?? 0,
            scenarioShortage: r.shortage[0] ?? 0,
            baseShortageEnd: bEnd,
            scenarioShortageEnd: wEnd,
            difference: wEnd - bEnd,
          };
        })
        .sort((a, b2) => Math.abs(b2.difference) - Math.abs(a.difference) || collate(a.label, b2.label)),
      computeMs: Math.round(performance.now() - t0),
    };
  }

  private async side(label: string, c: ComputedScope, h: number, budget: number | undefined): Promise<ScenarioSideDto> {
    const t = sumRows(groupRows(c.results, 'position', c.horizon, c.rules.priority.pressureCap), c.horizon, c.rules.priority.pressureCap, {
      key: label,
      label,
      unitId: null,
      unitName: null,
      unitCode: null,
      sector: null,
      kind: null,
    });
    let formations: number | null = null;
    let covered: number | null = null;
    let annualCost: number | null = null;
    if (budget) {
      // what the budget would fund in the base year (CPNS cost), by the same optimiser as the plans
      const lines = c.results
        .map((r) => ({ r, shortage: Math.floor((r.shortage[0] ?? 0) + 0.5) }))
        .filter((x) => x.shortage > 0)
        .map(({ r, shortage }) => ({
          id: r.position.id,
          weight: (c.rules.priority.sectorWeights[r.position.sector] ?? 1) * Math.max(r.pressure, 0.01),
          cost: formationCost('cpns', r.position.education, c.rules.cost).annual,
          max: shortage,
        }));
      const res = await optimiseFormation({ lines, budget, maxCount: lines.reduce((s, l) => s + l.max, 0) || 1 });
      formations = res.count;
      covered = res.count;
      annualCost = res.cost;
    }
    const cut = (a: number[]) => a.slice(0, h);
    return {
      label,
      demand: cut(t.demand),
      supply: cut(t.supply),
      retirements: cut(t.retirements),
      shortage: cut(t.shortage),
      surplus: cut(t.surplus),
      gap: cut(t.gap),
      formations,
      covered,
      annualCost,
    };
  }
}
