/**
 * The unit performance view (issue 7): for a unit and a period, target realisation against the expected pace, the
 * final annual predicates with the unit's own rating and lock, and the IKM, for the unit (with everything below it) and
 * for each of its direct child units. A handful of grouped SQL statements: each row is attributed to the child unit
 * whose id follows the unit's own in its materialised path (`split_part`), so the city view (the root) costs the same
 * number of statements as a puskesmas.
 *
 * Pace is calc/pace.ts in SQL: a target's window runs from the period start to its deadline (or start + months − 1
 * day, or the period end; never before the start); expected share = days elapsed by `on` ÷ days in the window;
 * realised share = realised ÷ quantity; at risk when expected − realised (each rounded to 4 decimals) > the threshold of
 * `performance.monitoring`. Realisation and expected are the means weighted by the targets' weights.
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { IkmScale } from './calc/ikm.js';
import { PREDICATES } from './calc/predicate.js';
import { UnitSummaryChildDto, UnitSummaryDto, UnitSummaryQueryDto } from './dto/ikm.dto.js';
import { ikmPeriodNotFound } from './ikm.errors.js';
import { ELEMENT_AGGREGATES, gradeAggregate, resolveUnit, wibRange, type AggregateRow } from './ikm.service.js';

interface Sums {
  people: number;
  withPlan: number;
  approved: number;
  targets: number;
  sw: number;
  swr: number;
  swe: number;
  atRisk: number;
  atRiskPeople: number;
  counts: Record<string, number>;
  evaluated: number;
}

const emptySums = (): Sums => ({
  people: 0,
  withPlan: 0,
  approved: 0,
  targets: 0,
  sw: 0,
  swr: 0,
  swe: 0,
  atRisk: 0,
  atRiskPeople: 0,
  counts: Object.fromEntries(PREDICATES.map((p) => [p, 0])),
  evaluated: 0,
});

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

@Injectable()
export class UnitPerformanceService {
  constructor(
    private readonly ds: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async summary(p: Principal, unitId: string, q: UnitSummaryQueryDto): Promise<UnitSummaryDto> {
    const unit = await resolveUnit(this.ds, p, unitId);
    const on = q.on ?? isoToday();
    const [period] = q.periodId
      ? await this.ds.query('SELECT id, year, name, starts_on, ends_on FROM performance_periods WHERE id = $1', [q.periodId])
      : await this.ds.query(
          'SELECT id, year, name, starts_on, ends_on FROM performance_periods WHERE starts_on <= $1 AND ends_on >= $1 ORDER BY starts_on DESC, created_at DESC LIMIT 1',
          [on],
        );
    if (!period) throw ikmPeriodNotFound(q.periodId);
    const [monitoring, scale] = await Promise.all([this.reference.rule<{ atRiskThreshold: number }>('performance.monitoring', on), this.reference.rule<IkmScale>('ikm.scale', on)]);
    const threshold = Number(monitoring.value.atRiskThreshold ?? 0.15);
    const children: { id: string; name: string; kind: string; depth: number }[] = await this.ds.query(
      'SELECT id, name, kind, depth FROM org_units WHERE parent_id = $1 ORDER BY name, id',
      [unit.id],
    );
    const prefix = `${unit.path}%`;
    // The path segment holding the child unit's id ('' = the unit itself).
    const seg = unit.path.split('/').filter(Boolean).length + 2;

    const [people, plans, targets, predicates, ratings, ikm] = await Promise.all([
      this.ds.query(
        `SELECT split_part(u.path, '/', $2) AS child, count(*)::int AS n
           FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1 GROUP BY 1`,
        [prefix, seg],
      ),
      this.ds.query(
        `SELECT split_part(unit_path, '/', $3) AS child, count(*)::int AS n, count(*) FILTER (WHERE status = 'approved')::int AS approved
           FROM performance_plans WHERE period_id = $1 AND unit_path LIKE $2 GROUP BY 1`,
        [period.id, prefix, seg],
      ),
      this.ds.query(
        `WITH t AS (
           SELECT split_part(p.unit_path, '/', $3) AS child, p.employee_id, t.weight::float8 AS w,
                  greatest(t.realised, 0)::float8 / t.quantity::float8 AS rs, per.starts_on AS s,
                  greatest(per.starts_on, coalesce(t.deadline, CASE WHEN t.months IS NOT NULL THEN least((per.starts_on + make_interval(months => t.months))::date - 1, per.ends_on) END, per.ends_on)) AS e
             FROM performance_plans p
             JOIN performance_periods per ON per.id = p.period_id
             JOIN performance_targets t ON t.plan_id = p.id
            WHERE p.period_id = $1 AND p.status = 'approved' AND p.unit_path LIKE $2 AND t.quantity > 0
         ), x AS (
           SELECT child, employee_id, w, rs, least(greatest($4::date - s + 1, 0), e - s + 1)::float8 / (e - s + 1) AS ex FROM t
         ), y AS (
           SELECT *, round(ex::numeric, 4) - round(rs::numeric, 4) > $5::numeric AS at_risk FROM x
         )
         SELECT child, count(*)::int AS n, coalesce(sum(w), 0)::float8 AS sw, coalesce(sum(w * rs), 0)::float8 AS swr, coalesce(sum(w * ex), 0)::float8 AS swe,
                count(*) FILTER (WHERE at_risk)::int AS at_risk, count(DISTINCT employee_id) FILTER (WHERE at_risk)::int AS at_risk_people
           FROM y GROUP BY child`,
        [period.id, prefix, seg, on, threshold],
      ),
      this.ds.query(
        `SELECT split_part(p.unit_path, '/', $3) AS child, ev.predicate, count(*)::int AS n
           FROM performance_evaluations ev JOIN performance_plans p ON p.id = ev.plan_id
          WHERE p.period_id = $1 AND p.unit_path LIKE $2 AND ev.checkpoint = 0 AND ev.status = 'final' GROUP BY 1, 2`,
        [period.id, prefix, seg],
      ),
      this.ds.query('SELECT unit_id, rating, locked_at FROM performance_unit_ratings WHERE period_id = $1 AND unit_id = ANY($2::uuid[])', [
        period.id,
        [unit.id, ...children.map((c) => c.id)],
      ]),
      this.ds.query(
        `SELECT split_part(u.path, '/', $2) AS child, grouping(split_part(u.path, '/', $2)) AS total, ${ELEMENT_AGGREGATES}
           FROM ikm_responses r JOIN org_units u ON u.id = r.unit_id
          WHERE u.path LIKE $1 AND ${wibRange('r.submitted_at', 3, 4)}
          GROUP BY ROLLUP (split_part(u.path, '/', $2))`,
        [prefix, seg, period.starts_on, period.ends_on],
      ),
    ]);

    // Additive sums per child ('' = the unit's own rows), then the unit = the sum of all.
    const byChild = new Map<string, Sums>();
    const sums = (child: string) => {
      let s = byChild.get(child);
      if (!s) byChild.set(child, (s = emptySums()));
      return s;
    };
    for (const r of people) sums(r.child).people += r.n;
    for (const r of plans) {
      const s = sums(r.child);
      s.withPlan += r.n;
      s.approved += r.approved;
    }
    for (const r of targets) {
      const s = sums(r.child);
      s.targets += r.n;
      s.sw += r.sw;
      s.swr += r.swr;
      s.swe += r.swe;
      s.atRisk += r.at_risk;
      s.atRiskPeople += r.at_risk_people;
    }
    for (const r of predicates) {
      const s = sums(r.child);
      s.counts[r.predicate] = (s.counts[r.predicate] ?? 0) + r.n;
      s.evaluated += r.n;
    }
    const all = emptySums();
    for (const s of byChild.values()) {
      for (const k of ['people', 'withPlan', 'approved', 'targets', 'sw', 'swr', 'swe', 'atRisk', 'atRiskPeople', 'evaluated'] as const) all[k] += s[k];
      for (const [k, v] of Object.entries(s.counts)) all.counts[k] = (all.counts[k] ?? 0) + v;
    }
    const ratingOf = new Map<string, { rating: string; locked_at: Date | null }>(ratings.map((r: { unit_id: string; rating: string; locked_at: Date | null }) => [r.unit_id, r]));
    const ikmOf = new Map<string, AggregateRow>();
    let ikmAll: AggregateRow | undefined;
    for (const r of ikm) {
      if (Number(r.total) === 1) ikmAll = r;
      else ikmOf.set(r.child, r);
    }

    const shape = (u: { id: string; name: string; kind: string; depth: number }, s: Sums, agg: AggregateRow | undefined): UnitSummaryChildDto => {
      const rating = ratingOf.get(u.id);
      const f = gradeAggregate(agg, scale.value);
      return {
        unit: { id: u.id, name: u.name, kind: u.kind, depth: u.depth },
        targets: {
          people: s.people,
          withPlan: s.withPlan,
          approved: s.approved,
          targets: s.targets,
          realisation: s.sw > 0 ? round4(s.swr / s.sw) : null,
          expected: s.sw > 0 ? round4(s.swe / s.sw) : null,
          atRisk: s.atRisk,
          atRiskPeople: s.atRiskPeople,
        },
        predicates: { counts: s.counts, evaluated: s.evaluated, rating: rating?.rating ?? null, locked: !!rating?.locked_at },
        ikm: { responses: f.responses, convertedIndex: f.convertedIndex, grade: f.grade },
      };
    };

    return {
      ...shape(unit, all, ikmAll),
      period: { id: period.id, year: period.year, name: period.name, startsOn: period.starts_on, endsOn: period.ends_on },
      on,
      threshold,
      children: children.map((c) => shape(c, byChild.get(c.id) ?? emptySums(), ikmOf.get(c.id))),
    };
  }
}
