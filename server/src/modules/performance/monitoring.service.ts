/**
 * Monitoring (issue 7): for a leader's subtree (or the whole city), each person's realisation against the pace
 * expected on a day, who has not reported this checkpoint, targets at risk (behind pace by more than the
 * `performance.monitoring` threshold), open and overdue coaching, and unit roll-ups along the materialised path.
 *
 * One SQL statement does it all, set-wise (15,000 employees × 5 targets in well under 500 ms): the pace maths of
 * calc/pace.ts is written in SQL on float8 with the same operations and rounding (`floor(x·10⁴ + 0.5) / 10⁴`, as
 * `Math.round`), so the SQL and `pace()` agree to the last digit (tested in performance-monitoring.e2e-spec.ts).
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { XLSX_TYPE, type ExportFile } from '../../common/files.js';
import { pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { MonitoringDto, MonitoringQueryDto } from './dto/monitoring.dto.js';
import type { PeriodRow } from './performance.repo.js';
import { monitoringPeriodNotFound, monitoringRuleInvalid, monitoringUnitNotFound } from './reports.errors.js';
import { checkpointAt } from './calc/period.js';
import { type MonitoringRule } from './reports.service.js';

/**
 * Per-target pace in SQL, mirroring calc/pace.ts: window from the period start ($7) to the deadline, or start +
 * months − 1 day (1–240; the month ends come from a small series, not computed per target; never past the period
 * end), or the period end ($8),
 * never before the start; elapsed days clamped to [0, days]; shares rounded
 * to 4 decimals like `Math.round(x * 1e4) / 1e4`; at risk when behind > threshold ($3). Targets of the approved plans
 * of a `plans` CTE. `asOf`: the realised quantity is the one of the latest report (not returned) dated on or before
 * `on` ($2), for views of a past day; otherwise the target's current realised quantity.
 */
export function targetPaceSql(asOf: boolean): string {
  const realised = asOf ? 'COALESCE(lr.realised, 0)' : 't.realised';
  const lastAt = asOf ? 'lr.created_at' : 't.last_reported_at';
  const lateral = asOf
    ? `
       LEFT JOIN (
         SELECT DISTINCT ON (r.target_id) r.target_id, r.realised, r.created_at FROM performance_reports r
          WHERE r.plan_id IN (SELECT id FROM plans WHERE status = 'approved') AND r.reported_on <= $2::date AND r.status <> 'returned'
          ORDER BY r.target_id, r.reported_on DESC, r.created_at DESC
       ) lr ON lr.target_id = t.id`
    : '';
  return `
  SELECT x.*, floor((x.expected - x.share) * 1e4 + 0.5) / 1e4 AS behind, floor((x.expected - x.share) * 1e4 + 0.5) / 1e4 > $3::float8 AS at_risk
    FROM (
      SELECT t.id AS target_id, t.plan_id, t.weight::float8 AS w, ${lastAt} AS last_reported_at,
             floor(LEAST(GREATEST($2::date - $7::date + 1, 0), d.days)::float8 / d.days::float8 * 1e4 + 0.5) / 1e4 AS expected,
             COALESCE(floor(GREATEST(${realised}, 0)::float8 / NULLIF(t.quantity, 0)::float8 * 1e4 + 0.5) / 1e4, 0) AS share
        FROM performance_targets t
        JOIN plans pl ON pl.id = t.plan_id AND pl.status = 'approved'
        LEFT JOIN (
          SELECT g AS months, ($7::date + make_interval(months => g))::date - 1 AS ends_on FROM generate_series(1, 240) g
        ) mo ON mo.months = t.months
       CROSS JOIN LATERAL (
         SELECT GREATEST(COALESCE(t.deadline, LEAST(mo.ends_on, $8::date), $8::date), $7::date) - $7::date + 1 AS days
       ) d${lateral}
    ) x`;
}
/** The pace of the targets' current realised quantities (today's board). */
export const TARGET_PACE_SQL = targetPaceSql(false);

/**
 * The whole board in one statement. $1 period, $2 on, $3 threshold, $4/$5 checkpoint start/end, $6 subtree LIKE
 * pattern, $7/$8 period start/end, $9 at-risk only, $10 limit (null = all), $11 offset, $12 root unit of the
 * roll-ups (null = the city's top levels), $13 follow-up grace days. `asOf` (a past day): realised as of `on`.
 * `cityWide` ($6 = '%'): the period's plans are not narrowed to the people first (they are all in scope; plans of
 * people who left are aggregated but never joined).
 */
/** The board's order: at risk first (most behind first), then not reported this checkpoint, then by name. */
const PEOPLE_ORDER = `(p.at_risk_targets > 0) DESC, CASE WHEN p.at_risk_targets > 0 THEN p.behind END DESC NULLS LAST, p.not_reported DESC, p.name, p.id`;

export const monitoringSql = (asOf: boolean, cityWide = false) => `
WITH people AS NOT MATERIALIZED (
  SELECT e.id, e.name, e.nip, e.unit_id, e.position_id
    FROM employees e JOIN org_units u ON u.id = e.unit_id
   WHERE e.active AND u.path LIKE $6
),
plans AS NOT MATERIALIZED (
  SELECT pl.id, pl.employee_id, pl.status FROM performance_plans pl
   WHERE pl.period_id = $1${cityWide ? '' : ' AND pl.employee_id IN (SELECT id FROM people)'}
),
tp AS (${targetPaceSql(asOf)}
),
pt AS (
  SELECT plan_id, count(*)::int AS targets,
         count(*) FILTER (WHERE at_risk)::int AS at_risk_targets,
         sum(w) AS sw, sum(w * share) AS sws, sum(w * expected) AS swe, sum(share) AS ss, sum(expected) AS se,
         max(last_reported_at) AS last_at
    FROM tp GROUP BY plan_id
),
rep AS (
  SELECT DISTINCT r.plan_id FROM performance_reports r
   WHERE r.plan_id IN (SELECT id FROM plans WHERE status = 'approved') AND r.reported_on BETWEEN $4::date AND LEAST($5::date, $2::date) AND r.status <> 'returned'
),
co AS (
  SELECT c.employee_id, count(*)::int AS open, count(*) FILTER (WHERE c.follow_up_on + $13::int < $2::date)::int AS overdue
    FROM performance_coaching c JOIN people pe ON pe.id = c.employee_id
   WHERE c.period_id = $1 AND c.status = 'open' GROUP BY c.employee_id
),
person AS MATERIALIZED (
  SELECT x.*, CASE WHEN x.realisation IS NOT NULL THEN floor((x.expected - x.realisation) * 1e4 + 0.5) / 1e4 END AS behind
    FROM (
      SELECT pe.id, pe.name, pe.nip, pe.unit_id, pe.position_id, pl.id AS plan_id, pl.status AS plan_status,
             COALESCE(pt.targets, 0) AS targets, COALESCE(pt.at_risk_targets, 0) AS at_risk_targets,
             floor(CASE WHEN pt.sw > 0 THEN pt.sws / pt.sw ELSE pt.ss / pt.targets END * 1e4 + 0.5) / 1e4 AS realisation,
             floor(CASE WHEN pt.sw > 0 THEN pt.swe / pt.sw ELSE pt.se / pt.targets END * 1e4 + 0.5) / 1e4 AS expected,
             pt.sw, pt.sws, pt.swe,
             COALESCE(pl.status = 'approved' AND rep.plan_id IS NOT NULL, false) AS reported,
             COALESCE(pl.status = 'approved' AND rep.plan_id IS NULL, false) AS not_reported,
             pt.last_at, COALESCE(co.open, 0) AS open_coaching, COALESCE(co.overdue, 0) AS overdue
        FROM people pe
        LEFT JOIN plans pl ON pl.employee_id = pe.id
        LEFT JOIN pt ON pt.plan_id = pl.id
        LEFT JOIN rep ON rep.plan_id = pl.id
        LEFT JOIN co ON co.employee_id = pe.id
    ) x
),
ua AS (
  SELECT p.unit_id, u.path, count(*) AS people, count(p.plan_id) AS with_plan, count(*) FILTER (WHERE p.reported) AS reported,
         count(*) FILTER (WHERE p.not_reported) AS not_reported, count(*) FILTER (WHERE p.at_risk_targets > 0) AS at_risk,
         sum(p.sw) AS sw, sum(p.sws) AS sws, sum(p.swe) AS swe
    FROM person p JOIN org_units u ON u.id = p.unit_id GROUP BY p.unit_id, u.path
),
roll AS (
  SELECT ou.id, ou.name, ou.depth,
         COALESCE(sum(ua.people), 0)::int AS people, COALESCE(sum(ua.with_plan), 0)::int AS with_plan, COALESCE(sum(ua.reported), 0)::int AS reported,
         COALESCE(sum(ua.not_reported), 0)::int AS not_reported, COALESCE(sum(ua.at_risk), 0)::int AS at_risk,
         floor(sum(ua.sws) / NULLIF(sum(ua.sw), 0) * 1e4 + 0.5) / 1e4 AS realisation,
         floor(sum(ua.swe) / NULLIF(sum(ua.sw), 0) * 1e4 + 0.5) / 1e4 AS expected
    FROM org_units ou
    LEFT JOIN ua ON ua.path LIKE ou.path || '%'
   WHERE (ou.id = $12::uuid OR ou.parent_id = $12::uuid OR ($12::uuid IS NULL AND ou.depth <= 1)) AND ou.path LIKE $6
   GROUP BY ou.id, ou.name, ou.depth
),
page AS (
  SELECT p.*, u.name AS unit_name, pos.title AS position_title
    FROM (
      SELECT p.* FROM person p
       WHERE NOT $9::boolean OR p.at_risk_targets > 0
       ORDER BY ${PEOPLE_ORDER}
       LIMIT $10::int OFFSET $11::int
    ) p
    JOIN org_units u ON u.id = p.unit_id LEFT JOIN positions pos ON pos.id = p.position_id
)
SELECT
  (SELECT json_build_object(
     'people', count(*), 'withPlan', count(plan_id), 'approved', count(*) FILTER (WHERE plan_status = 'approved'),
     'reportedThisCheckpoint', count(*) FILTER (WHERE reported), 'notReported', count(*) FILTER (WHERE not_reported),
     'atRiskPeople', count(*) FILTER (WHERE at_risk_targets > 0), 'atRiskTargets', COALESCE(sum(at_risk_targets), 0),
     'overdueFollowUps', COALESCE(sum(overdue), 0)) FROM person) AS totals,
  (SELECT count(*)::int FROM person WHERE NOT $9::boolean OR at_risk_targets > 0) AS total,
  (SELECT COALESCE(json_agg(json_build_object(
     'unitId', id, 'unitName', name, 'depth', depth, 'people', people, 'withPlan', with_plan, 'reported', reported,
     'notReported', not_reported, 'atRisk', at_risk, 'realisation', realisation, 'expected', expected) ORDER BY depth, name), '[]'::json) FROM roll) AS units,
  (SELECT COALESCE(json_agg(json_build_object(
     'employeeId', id, 'name', name, 'nip', nip, 'unitId', unit_id, 'unitName', unit_name, 'positionTitle', position_title,
     'planId', plan_id, 'planStatus', plan_status, 'targets', targets, 'atRiskTargets', at_risk_targets,
     'realisation', realisation, 'expected', expected, 'behind', behind, 'reportedThisCheckpoint', reported,
     'lastReportAt', last_at, 'openCoaching', open_coaching, 'overdueFollowUps', overdue) ORDER BY ${PEOPLE_ORDER}), '[]'::json) FROM page p) AS items`;
/** Today's board (current realised quantities). */
export const MONITORING_SQL = monitoringSql(false);
const SQL = {
  today: MONITORING_SQL,
  asOf: monitoringSql(true),
  cityToday: monitoringSql(false, true),
  cityAsOf: monitoringSql(true, true),
};

@Injectable()
export class MonitoringService {
  constructor(
    private readonly ds: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  private async period(periodId: string | undefined, on: string): Promise<PeriodRow> {
    if (periodId) {
      const [row] = await this.ds.query('SELECT * FROM performance_periods WHERE id = $1', [periodId]);
      if (!row) throw monitoringPeriodNotFound(periodId);
      return row;
    }
    const [row] = await this.ds.query(
      `SELECT * FROM performance_periods ORDER BY (starts_on <= $1 AND ends_on >= $1) DESC, (status = 'open') DESC, starts_on DESC, created_at DESC LIMIT 1`,
      [on],
    );
    if (!row) throw monitoringPeriodNotFound();
    return row;
  }

  /** The subtree asked for (a unit in the caller's scope, else 404) as a LIKE pattern and the roll-ups' root. */
  private async scope(p: Principal, unitId: string | undefined): Promise<{ pattern: string; rootId: string | null }> {
    if (unitId) {
      const [u] = await this.ds.query('SELECT id, path FROM org_units WHERE id = $1', [unitId]);
      if (!u || !inScope(p, u.path)) throw monitoringUnitNotFound(unitId);
      return { pattern: `${u.path}%`, rootId: u.id };
    }
    if (p.unitPath) return { pattern: `${p.unitPath}%`, rootId: p.unitId };
    return { pattern: '%', rootId: null };
  }

  async monitoring(p: Principal, q: MonitoringQueryDto, all = false): Promise<MonitoringDto> {
    const on = q.on ?? isoToday();
    const period = await this.period(q.periodId, on);
    const { pattern, rootId } = await this.scope(p, q.unitId);
    const rule = await this.reference
      .rule<MonitoringRule>('performance.monitoring', on < period.ends_on ? on : period.ends_on)
      .catch(() => this.reference.rule<MonitoringRule>('performance.monitoring'));
    const threshold = Number(rule.value?.atRiskThreshold);
    if (!(threshold >= 0 && threshold < 1)) throw monitoringRuleInvalid();
    const grace = Math.max(0, Math.floor(Number(rule.value?.followUpGraceDays ?? 0)) || 0);
    const checkpoint = checkpointAt(period, on);
    const { page, pageSize, offset } = pageParams(q);
    const sql = pattern === '%' ? (on < isoToday() ? SQL.cityAsOf : SQL.cityToday) : on < isoToday() ? SQL.asOf : SQL.today;
    const [row] = await this.ds.query(sql, [
      period.id,
      on,
      threshold,
      checkpoint.startsOn,
      checkpoint.endsOn,
      pattern,
      period.starts_on,
      period.ends_on,
      !!q.atRiskOnly,
      all ? null : pageSize,
      all ? 0 : offset,
      rootId,
      grace,
    ]);
    const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);
    return {
      period: {
        id: period.id,
        year: period.year,
        name: period.name,
        startsOn: period.starts_on,
        endsOn: period.ends_on,
        checkpoints: period.checkpoints,
        status: period.status,
      },
      on,
      checkpoint,
      threshold,
      totals: row.totals,
      units: row.units,
      people: {
        items: row.items.map((x: { lastReportAt: string | null }) => ({ ...x, lastReportAt: iso(x.lastReportAt) })),
        total: row.total,
        page: all ? 1 : page,
        pageSize: all ? row.total : pageSize,
      },
    };
  }

  /** The board as a workbook: summary, units, and every person (not paged), in the board's order. */
  async export(p: Principal, q: MonitoringQueryDto): Promise<ExportFile> {
    const m = await this.monitoring(p, q, true);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const pct = (x: number | null) => (x === null || x === undefined ? '' : Math.round(x * 1000) / 10);
    const sheet = (name: string, title: string, header: string[], rows: (string | number | boolean | null)[][]) => {
      const ws = wb.addWorksheet(name);
      ws.addRow([title]).font = { bold: true, size: 13 };
      ws.addRow([]);
      ws.addRow(header).font = { bold: true };
      rows.forEach((r) => ws.addRow(r.map((x) => (x === null ? '' : x === true ? 'ya' : x === false ? 'tidak' : x))));
      ws.columns.forEach((c, i) => (c.width = i === 0 ? 32 : 16));
      return ws;
    };
    const t = m.totals;
    sheet(
      'Ringkasan',
      `Pemantauan kinerja ${m.period.name}, per ${m.on} (checkpoint ${m.checkpoint.index}: ${m.checkpoint.startsOn} s.d. ${m.checkpoint.endsOn}), ambang risiko ${pct(m.threshold)} %`,
      ['Ukuran', 'Jumlah'],
      [
        ['Pegawai', t.people],
        ['Memiliki SKP', t.withPlan],
        ['SKP disetujui', t.approved],
        ['Melapor pada checkpoint ini', t.reportedThisCheckpoint],
        ['Belum melapor', t.notReported],
        ['Pegawai berisiko', t.atRiskPeople],
        ['Target berisiko', t.atRiskTargets],
        ['Tindak lanjut coaching terlambat', t.overdueFollowUps],
      ],
    );
    sheet(
      'Unit',
      'Rekap per unit (termasuk unit di bawahnya)',
      ['Unit', 'Tingkat', 'Pegawai', 'Memiliki SKP', 'Melapor', 'Belum melapor', 'Berisiko', 'Realisasi (%)', 'Seharusnya (%)'],
      m.units.map((u) => [u.unitName, u.depth, u.people, u.withPlan, u.reported, u.notReported, u.atRisk, pct(u.realisation), pct(u.expected)]),
    );
    sheet(
      'Pegawai',
      'Pegawai (berisiko lebih dulu, lalu yang belum melapor)',
      [
        'Nama',
        'NIP',
        'Unit',
        'Jabatan',
        'Status SKP',
        'Target',
        'Target berisiko',
        'Realisasi (%)',
        'Seharusnya (%)',
        'Tertinggal (%)',
        'Melapor checkpoint ini',
        'Laporan terakhir',
        'Coaching terbuka',
        'Tindak lanjut terlambat',
      ],
      m.people.items.map((x) => [
        x.name,
        x.nip,
        x.unitName,
        x.positionTitle,
        x.planStatus ?? 'belum ada',
        x.targets,
        x.atRiskTargets,
        pct(x.realisation),
        pct(x.expected),
        pct(x.behind),
        x.reportedThisCheckpoint,
        x.lastReportAt,
        x.openCoaching,
        x.overdueFollowUps,
      ]),
    );
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    return { filename: `pemantauan-kinerja-${m.period.year}-${m.on}.xlsx`, contentType: XLSX_TYPE, body };
  }
}
