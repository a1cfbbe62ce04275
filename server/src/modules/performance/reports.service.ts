/**
 * Progress reports on SKP targets (issue 7): an employee reports the cumulative quantity (or a percentage) realised on
 * a target of their approved plan, with a note and evidence (an http(s) link, or a JPEG/PNG/PDF recognised by its
 * first bytes); the direct leader (or a leader above in the unit tree) accepts or returns it with a comment. Every
 * write recomputes the target's realised quantity (latest report not returned), its pace and at-risk flag, and writes
 * the audit event and the live events in the same transaction (one NOTIFY).
 */
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ExportFile } from '../../common/files.js';
import { pageParams, type Page } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { targetWindow } from './calc/period.js';
import { pace, type Pace } from './calc/pace.js';
import { CreateReportDto, EVIDENCE_MAX_BYTES, ListReportsQueryDto, ReportDecisionDto, ReportDto } from './dto/reports.dto.js';
import { canSeePlan, emitPerformanceEvents, type Db, type PerformanceEventInput, type PlanRow } from './performance.repo.js';
import {
  commentRequired,
  evidenceNotFound,
  evidenceTooLarge,
  evidenceTypeUnsupported,
  monitoringRuleInvalid,
  notPlanOwner,
  notReportDecider,
  planNotApproved,
  realisedRequired,
  reportAlreadyDecided,
  reportedOnOutside,
  reportNotFound,
  reportTargetNotFound,
} from './reports.errors.js';

// ── pace helpers (shared with monitoring) ────────────────────────────────

export interface MonitoringRule {
  checkpoints?: 'monthly' | 'quarterly';
  atRiskThreshold: number;
  followUpGraceDays?: number;
}

/** Pace of a target on a day (calc/pace.ts with its window). */
export function targetPace(
  period: { starts_on: string; ends_on: string },
  t: { deadline: string | null; months: number | null; quantity: string | number; realised: string | number },
  on: string,
  threshold: number,
): Pace {
  const w = targetWindow(period, t);
  return pace({ start: w.start, end: w.end, on, target: Number(t.quantity), realised: Math.max(0, Number(t.realised)) }, threshold);
}

/** The at-risk threshold of the rule in force on `on`. */
export async function monitoringThreshold(reference: ReferenceService, on: string = isoToday()): Promise<number> {
  const rule = await reference.rule<MonitoringRule>('performance.monitoring', on);
  const t = Number(rule.value?.atRiskThreshold);
  if (!(t >= 0 && t < 1)) throw monitoringRuleInvalid();
  return t;
}

// ── evidence ─────────────────────────────────────────────────────────────

/** JPEG (`FF D8 FF`), PNG (`89 50 4E 47 0D 0A 1A 0A`) or PDF (`%PDF`) by the first bytes, whatever the declared type. */
export function sniffEvidenceType(buf: Buffer): 'image/jpeg' | 'image/png' | 'application/pdf' | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (buf.length >= 4 && buf.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  return null;
}
const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export interface UploadedEvidence {
  originalname?: string;
  filename?: string;
  buffer?: Buffer;
  mimetype?: string;
}

// ── rows ─────────────────────────────────────────────────────────────────

interface ReportRow {
  id: string;
  target_id: string;
  plan_id: string;
  employee_id: string;
  reported_on: string;
  realised: string;
  given_as: string;
  note: string | null;
  evidence_link: string | null;
  status: string;
  comment: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  created_at: Date;
  version: number;
  employee_name: string;
  target_title: string;
  quantity: string;
  quantity_unit: string;
  t_realised: string;
  deadline: string | null;
  months: number | null;
  starts_on: string;
  ends_on: string;
  file_name: string | null;
  content_type: string | null;
  size: number | null;
  sha256: string | null;
  unit_path: string;
  leader_employee_id: string | null;
  total?: number;
}

const REPORT_SELECT = `
  SELECT r.id, r.target_id, r.plan_id, r.employee_id, r.reported_on, r.realised, r.given_as, r.note, r.evidence_link, r.status, r.comment,
         r.decided_by_name, r.decided_at, r.created_at, r.version,
         e.name AS employee_name, t.title AS target_title, t.quantity, t.quantity_unit, t.realised AS t_realised, t.deadline, t.months,
         pr.starts_on, pr.ends_on, f.file_name, f.content_type, f.size, f.sha256, pl.unit_path, pl.leader_employee_id
    FROM performance_reports r
    JOIN performance_targets t ON t.id = r.target_id
    JOIN performance_plans pl ON pl.id = r.plan_id
    JOIN performance_periods pr ON pr.id = pl.period_id
    JOIN employees e ON e.id = r.employee_id
    LEFT JOIN performance_report_files f ON f.report_id = r.id`;

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const round2 = (x: number) => Math.round(x * 100) / 100;

function toDto(r: ReportRow, threshold: number, on: string): ReportDto {
  const pc = targetPace(r, { deadline: r.deadline, months: r.months, quantity: r.quantity, realised: r.t_realised }, on, threshold);
  return {
    id: r.id,
    targetId: r.target_id,
    planId: r.plan_id,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    targetTitle: r.target_title,
    quantity: num(r.quantity),
    quantityUnit: r.quantity_unit,
    reportedOn: r.reported_on,
    realised: num(r.realised),
    givenAs: r.given_as,
    note: r.note,
    evidenceLink: r.evidence_link,
    evidenceFile: r.file_name ? { fileName: r.file_name, contentType: r.content_type!, size: Number(r.size), sha256: r.sha256! } : null,
    status: r.status,
    comment: r.comment,
    decidedByName: r.decided_by_name,
    decidedAt: iso(r.decided_at),
    createdAt: iso(r.created_at)!,
    version: r.version,
    target: { realised: num(r.t_realised), realisedShare: pc.realised, expected: pc.expected, atRisk: pc.atRisk },
  };
}

interface TargetState {
  realised: number;
  pace: Pace;
  before: boolean;
  changed: boolean;
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  /** The target (locked) with its plan and period; 404 naming the target when the caller may not see it. */
  private async loadTargetFor(m: Db, p: Principal, targetId: string) {
    const [target] = await m.query(`SELECT * FROM performance_targets WHERE id = $1 FOR UPDATE`, [targetId]);
    if (!target) throw reportTargetNotFound(targetId);
    const [plan]: PlanRow[] = await m.query('SELECT * FROM performance_plans WHERE id = $1', [target.plan_id]);
    if (!plan || !canSeePlan(p, plan)) throw reportTargetNotFound(targetId);
    const [period] = await m.query('SELECT * FROM performance_periods WHERE id = $1', [plan.period_id]);
    return { target, plan, period };
  }

  /**
   * Realised = the latest report not returned (by reported day, then time of writing); pace and at-risk for today.
   * Writes the target and answers whether the at-risk flag changed.
   */
  private async recomputeTarget(
    m: Db,
    target: { id: string; quantity: string; deadline: string | null; months: number | null; at_risk: boolean },
    period: { starts_on: string; ends_on: string },
    threshold: number,
  ): Promise<TargetState> {
    const [latest] = await m.query(
      `SELECT (SELECT realised FROM performance_reports WHERE target_id = $1 AND status <> 'returned' ORDER BY reported_on DESC, created_at DESC LIMIT 1) AS realised,
              (SELECT max(created_at) FROM performance_reports WHERE target_id = $1 AND status <> 'returned') AS last_at`,
      [target.id],
    );
    const realised = num(latest?.realised);
    const pc = targetPace(period, { deadline: target.deadline, months: target.months, quantity: target.quantity, realised }, isoToday(), threshold);
    await m.query(`UPDATE performance_targets SET realised = $2, at_risk = $3, last_reported_at = $4, version = version + 1, updated_at = now() WHERE id = $1`, [
      target.id,
      realised,
      pc.atRisk,
      latest?.last_at ?? null,
    ]);
    return { realised, pace: pc, before: !!target.at_risk, changed: !!target.at_risk !== pc.atRisk };
  }

  private riskEvent(state: TargetState, plan: PlanRow, targetId: string, employeeName: string): PerformanceEventInput[] {
    if (!state.changed) return [];
    return [
      {
        type: state.pace.atRisk ? 'target.at_risk' : 'target.back_on_track',
        unitPath: plan.unit_path,
        employeeId: plan.employee_id,
        data: {
          targetId,
          planId: plan.id,
          employeeId: plan.employee_id,
          employeeName,
          expected: state.pace.expected,
          realisedShare: state.pace.realised,
          behind: state.pace.behind,
        },
      },
    ];
  }

  private async reportById(db: Db, id: string): Promise<ReportRow | undefined> {
    const [row] = await db.query(`${REPORT_SELECT} WHERE r.id = $1`, [id]);
    return row;
  }

  // ── submit ─────────────────────────────────────────────────────────────

  async submit(p: Principal, targetId: string, dto: CreateReportDto, file?: UploadedEvidence): Promise<ReportDto> {
    if ((dto.realised === undefined) === (dto.realisedPercent === undefined)) throw realisedRequired();
    let evidence: { name: string; type: string; buf: Buffer; sha256: string } | null = null;
    if (file?.buffer) {
      if (file.buffer.length > EVIDENCE_MAX_BYTES) throw evidenceTooLarge(file.buffer.length, EVIDENCE_MAX_BYTES);
      const type = sniffEvidenceType(file.buffer);
      if (!type) throw evidenceTypeUnsupported();
      const base = (file.originalname || file.filename || '').replace(/[\\/\r\n"]/g, '_').trim();
      evidence = { name: (base || `bukti.${EXT[type]}`).slice(0, 200), type, buf: file.buffer, sha256: createHash('sha256').update(file.buffer).digest('hex') };
    }
    const today = isoToday();
    const threshold = await monitoringThreshold(this.reference, today);
    const id = await this.ds.transaction(async (m) => {
      const { target, plan, period } = await this.loadTargetFor(m, p, targetId);
      if (!p.employeeId || plan.employee_id !== p.employeeId) {
        // employees never see others' plans (404 above); a leader or an operator who can see it may not report for them
        throw notPlanOwner();
      }
      if (plan.status !== 'approved') throw planNotApproved(plan.status);
      const reportedOn = dto.reportedOn ?? today;
      if (reportedOn < period.starts_on || reportedOn > period.ends_on || reportedOn > today) throw reportedOnOutside(reportedOn, period.starts_on, period.ends_on, today);
      const givenAs = dto.realised !== undefined ? 'quantity' : 'percent';
      const realised = dto.realised !== undefined ? dto.realised : round2((num(target.quantity) * dto.realisedPercent!) / 100);
      const [{ name: employeeName }] = await m.query('SELECT name FROM employees WHERE id = $1', [plan.employee_id]);
      const [row] = await m.query(
        `INSERT INTO performance_reports (target_id, plan_id, employee_id, reported_on, realised, given_as, note, evidence_link, created_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [target.id, plan.id, plan.employee_id, reportedOn, realised, givenAs, dto.note?.trim() || null, dto.evidenceLink ?? null, p.name],
      );
      if (evidence) {
        await m.query(`INSERT INTO performance_report_files (report_id, file_name, content_type, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6)`, [
          row.id,
          evidence.name,
          evidence.type,
          evidence.buf.length,
          evidence.sha256,
          evidence.buf,
        ]);
      }
      const state = await this.recomputeTarget(m, target, period, threshold);
      await this.audit.record(m, {
        action: 'report',
        entity: 'performance_report',
        entityId: row.id,
        after: {
          targetId: target.id,
          planId: plan.id,
          reportedOn,
          realised,
          givenAs,
          ...(givenAs === 'percent' ? { realisedPercent: dto.realisedPercent } : {}),
          evidenceLink: dto.evidenceLink ?? null,
          evidenceFile: evidence ? { fileName: evidence.name, contentType: evidence.type, size: evidence.buf.length, sha256: evidence.sha256 } : null,
          target: { realised: state.realised, atRisk: state.pace.atRisk },
        },
        unitPath: plan.unit_path,
      });
      await emitPerformanceEvents(m, [
        {
          type: 'report.submitted',
          unitPath: plan.unit_path,
          employeeId: plan.employee_id,
          data: {
            reportId: row.id,
            targetId: target.id,
            planId: plan.id,
            employeeId: plan.employee_id,
            employeeName,
            unitId: plan.unit_id,
            realised: state.realised,
            quantity: num(target.quantity),
            expected: state.pace.expected,
            realisedShare: state.pace.realised,
            atRisk: state.pace.atRisk,
          },
        },
        ...this.riskEvent(state, plan, target.id, employeeName),
      ]);
      return row.id as string;
    });
    return toDto((await this.reportById(this.ds, id))!, threshold, today);
  }

  // ── decision ───────────────────────────────────────────────────────────

  async decide(p: Principal, reportId: string, dto: ReportDecisionDto): Promise<ReportDto> {
    const comment = dto.comment?.trim() || null;
    if (dto.decision === 'return' && !comment) throw commentRequired();
    const today = isoToday();
    const threshold = await monitoringThreshold(this.reference, today);
    await this.ds.transaction(async (m) => {
      const [report] = await m.query('SELECT * FROM performance_reports WHERE id = $1', [reportId]);
      if (!report) throw reportNotFound(reportId);
      const [plan]: PlanRow[] = await m.query('SELECT * FROM performance_plans WHERE id = $1', [report.plan_id]);
      if (!plan || !canSeePlan(p, plan)) throw reportNotFound(reportId);
      const direct = !!p.employeeId && plan.leader_employee_id === p.employeeId;
      const above = p.role === 'leader' && !!p.employeeId && !!p.unitPath && p.employeeId !== plan.employee_id && inScope(p, plan.unit_path);
      if (!direct && !above) throw notReportDecider();
      const [target] = await m.query('SELECT * FROM performance_targets WHERE id = $1 FOR UPDATE', [report.target_id]);
      if (report.status !== 'pending') throw reportAlreadyDecided(report.status);
      const status = dto.decision === 'accept' ? 'accepted' : 'returned';
      await updateVersioned(m, 'performance_reports', 'Report', reportId, dto.version, {
        status,
        comment,
        decided_by_name: p.name,
        decided_at: new Date(),
      });
      const [period] = await m.query('SELECT starts_on, ends_on FROM performance_periods WHERE id = $1', [plan.period_id]);
      const state = await this.recomputeTarget(m, target, period, threshold);
      const [{ name: employeeName }] = await m.query('SELECT name FROM employees WHERE id = $1', [plan.employee_id]);
      await this.audit.record(m, {
        action: dto.decision,
        entity: 'performance_report',
        entityId: reportId,
        before: { status: report.status, comment: report.comment },
        after: { status, comment, target: { realised: state.realised, atRisk: state.pace.atRisk } },
        unitPath: plan.unit_path,
      });
      await emitPerformanceEvents(m, [
        {
          type: status === 'accepted' ? 'report.accepted' : 'report.returned',
          unitPath: plan.unit_path,
          employeeId: plan.employee_id,
          data: { reportId, targetId: target.id, employeeId: plan.employee_id, comment },
        },
        ...this.riskEvent(state, plan, target.id, employeeName),
      ]);
    });
    return toDto((await this.reportById(this.ds, reportId))!, threshold, today);
  }

  // ── reads ──────────────────────────────────────────────────────────────

  /** A target's reports, newest first (the target visible to the caller, else 404 naming it). */
  async history(p: Principal, targetId: string): Promise<ReportDto[]> {
    const [t] = await this.ds.query(
      `SELECT t.id, pl.employee_id, pl.unit_path, pl.leader_employee_id FROM performance_targets t JOIN performance_plans pl ON pl.id = t.plan_id WHERE t.id = $1`,
      [targetId],
    );
    if (!t || !canSeePlan(p, t)) throw reportTargetNotFound(targetId);
    const today = isoToday();
    const threshold = await monitoringThreshold(this.reference, today);
    const rows: ReportRow[] = await this.ds.query(`${REPORT_SELECT} WHERE r.target_id = $1 ORDER BY r.reported_on DESC, r.created_at DESC`, [targetId]);
    return rows.map((r) => toDto(r, threshold, today));
  }

  /**
   * Reports in the caller's reach, newest first: employees their own; leaders their subtree, their own and those of
   * the people they lead directly; `awaitingMe` = reports on plans whose direct leader is me (the inbox).
   */
  async list(p: Principal, q: ListReportsQueryDto): Promise<Page<ReportDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const me = p.employeeId ?? '00000000-0000-0000-0000-000000000000';
    if (p.role === 'employee') {
      params.push(me);
      where.push(`r.employee_id = $${params.length}`);
    } else {
      const scope = unitScopeSql(p, 'pl.unit_path', params);
      if (scope) {
        params.push(me);
        where.push(`(${scope} OR pl.leader_employee_id = $${params.length} OR r.employee_id = $${params.length})`);
      }
    }
    if (q.awaitingMe) {
      params.push(me);
      where.push(`pl.leader_employee_id = $${params.length}`);
    }
    if (q.status) {
      params.push(q.status);
      where.push(`r.status = $${params.length}`);
    }
    if (q.employeeId) {
      params.push(q.employeeId);
      where.push(`r.employee_id = $${params.length}`);
    }
    if (q.targetId) {
      params.push(q.targetId);
      where.push(`r.target_id = $${params.length}`);
    }
    if (q.periodId) {
      params.push(q.periodId);
      where.push(`pl.period_id = $${params.length}`);
    }
    params.push(pageSize, offset);
    const rows: ReportRow[] = await this.ds.query(
      `${REPORT_SELECT.replace('SELECT r.id,', 'SELECT count(*) OVER ()::int AS total, r.id,')}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.created_at ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'}, r.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const today = isoToday();
    const threshold = await monitoringThreshold(this.reference, today);
    return { items: rows.map((r) => toDto(r, threshold, today)), total: rows[0]?.total ?? 0, page, pageSize };
  }

  async get(p: Principal, id: string): Promise<ReportDto> {
    const row = await this.reportById(this.ds, id);
    if (!row || !canSeePlan(p, row)) throw reportNotFound(id);
    const today = isoToday();
    return toDto(row, await monitoringThreshold(this.reference, today), today);
  }

  /** The evidence file of a report (scope-checked like the report). */
  async evidence(p: Principal, id: string): Promise<ExportFile> {
    const [row] = await this.ds.query(
      `SELECT r.id, r.employee_id, pl.unit_path, pl.leader_employee_id, f.file_name, f.content_type, f.content
         FROM performance_reports r JOIN performance_plans pl ON pl.id = r.plan_id
         LEFT JOIN performance_report_files f ON f.report_id = r.id
        WHERE r.id = $1`,
      [id],
    );
    if (!row || !canSeePlan(p, row)) throw reportNotFound(id);
    if (!row.content) throw evidenceNotFound(id);
    return { filename: String(row.file_name).replace(/[^\w.\- ]/g, '_'), contentType: row.content_type, body: row.content };
  }
}
