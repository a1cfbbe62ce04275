/**
 * Recruitment rounds: schedule and rules as data (defaults from the reference rules in force), edits while a draft or
 * before registration opens, publication, audited amendments with a reason afterwards, vacancies opened from approved
 * formation plan lines (never above what the line approved, over every round), and the public round pages.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ExportFile, XLSX_TYPE } from '../../common/files.js';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { NeedsPlansService } from '../needs/needs-plans.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import {
  defaultRoundRules,
  diffValues,
  educationLevelsOf,
  mergeDeep,
  roundPhase,
  validateRules,
  validateSchedule,
  vacancyCodeBase,
  type RuleSources,
  type ValueChange,
} from './calc/round-rules.js';
import {
  CreateRoundAmendmentDto,
  CreateRoundDto,
  CreateVacancyDto,
  ListPublicRoundsQueryDto,
  ListRoundPlanLinesQueryDto,
  ListRoundsQueryDto,
  ListVacanciesQueryDto,
  PublicRoundAmendmentDto,
  PublicRoundDto,
  PublicRoundSummaryDto,
  PublicVacancyDto,
  RoundAmendmentDto,
  RoundDto,
  RoundPlanLineDto,
  RoundSummaryDto,
  RoundVersionDto,
  UpdateRoundDto,
  UpdateVacancyDto,
  VacancyDto,
  VacancyQuotasDto,
  VacancyQuotasInputDto,
} from './dto/rounds.dto.js';
import { loadRound, loadVacancy, VACANCY_SELECT, type Db, type RoundRow, type VacancyRow } from './recruitment.repo.js';
import { CATEGORIES, RECRUITMENT_MANAGERS, SCHEDULE_KEYS, type RoundRules, type RoundSchedule, type RoundStatus } from './recruitment.types.js';
import {
  amendmentEmpty,
  quotasEmpty,
  roundClosed,
  roundCodeTaken,
  roundInvalid,
  roundLocked,
  roundNotAmendable,
  roundNotDeletable,
  roundNotFound,
  roundTransitionInvalid,
  roundWithoutVacancies,
  vacanciesClosed,
  vacancyAboveRemaining,
  vacancyCodeTaken,
  vacancyLineTaken,
  vacancyLocked,
  vacancyHasApplications,
  vacancyWithoutApprovedLine,
} from './rounds.errors.js';

interface RoundListRow {
  id: string;
  code: string;
  name: string;
  type: string;
  year: number;
  status: RoundStatus;
  schedule: RoundSchedule;
  rules?: RoundRules;
  publishedAt: Date | null;
  publishedByName: string | null;
  rankedAt?: Date | null;
  createdByName?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  vacancies: number;
  seats: number;
  applications: number;
  amendments: number;
}

interface AmendmentRow {
  id: string;
  roundId: string;
  reason: string;
  before: Partial<{ schedule: RoundSchedule; rules: RoundRules }>;
  after: Partial<{ schedule: RoundSchedule; rules: RoundRules }>;
  byName: string | null;
  createdAt: Date;
}

type VacancyListRow = VacancyRow & { applicants: number };

/** Applications that count (a withdrawn one holds no place). */
const ACTIVE_APPLICATION = `a.stage <> 'withdrawn'`;

const COUNTS = `(SELECT count(*)::int FROM recruitment_vacancies v WHERE v.round_id = r.id) AS vacancies,
  (SELECT coalesce(sum(v.quota_total), 0)::int FROM recruitment_vacancies v WHERE v.round_id = r.id) AS seats,
  (SELECT count(*)::int FROM recruitment_applications a WHERE a.round_id = r.id AND ${ACTIVE_APPLICATION}) AS applications,
  (SELECT count(*)::int FROM recruitment_round_amendments x WHERE x.round_id = r.id) AS amendments`;

const SUMMARY_SELECT = `SELECT r.id, r.code, r.name, r.type, r.year, r.status, r.schedule, r.published_at AS "publishedAt", r.published_by_name AS "publishedByName",
  r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt", ${COUNTS} FROM recruitment_rounds r`;

const ROUND_SELECT = `SELECT r.id, r.code, r.name, r.type, r.year, r.status, r.schedule, r.rules, r.published_at AS "publishedAt", r.published_by_name AS "publishedByName",
  r.ranked_at AS "rankedAt", r.created_by_name AS "createdByName", r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt", ${COUNTS}
  FROM recruitment_rounds r`;

const AMENDMENT_SELECT = `SELECT x.id, x.round_id AS "roundId", x.reason, x.before, x.after, x.by_name AS "byName", x.created_at AS "createdAt"
  FROM recruitment_round_amendments x`;

/** Public rounds: published or closed (a draft is nobody's business yet). */
const PUBLIC_STATUSES = `r.status IN ('published', 'closed')`;

const RULE_KEYS = {
  skdPassingGrades: 'recruitment.skd_passing_grades',
  shortlist: 'recruitment.shortlist',
  finalScore: 'recruitment.final_score',
  tieBreak: 'recruitment.tie_break',
  ageLimits: 'recruitment.age_limits',
  pppkScores: 'recruitment.pppk_scores',
} as const;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const round2 = (x: number) => Math.round(x * 100) / 100;
const isManager = (p: Principal) => RECRUITMENT_MANAGERS.includes(p.role);

/** Only the dates that were sent. */
function definedDates(s: object | undefined): Partial<RoundSchedule> {
  const out: Partial<RoundSchedule> = {};
  if (!s) return out;
  for (const k of SCHEDULE_KEYS) {
    const v = (s as Partial<RoundSchedule>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function normaliseQuotas(q: Partial<Record<string, number>> | VacancyQuotasInputDto | null | undefined): VacancyQuotasDto {
  const src = (q ?? {}) as Partial<Record<string, number>>;
  return { umum: src.umum ?? 0, cumlaude: src.cumlaude ?? 0, disabilitas: src.disabilitas ?? 0, papua: src.papua ?? 0 };
}
const quotaSum = (q: VacancyQuotasDto) => CATEGORIES.reduce((s, c) => s + q[c], 0);

function vacancyDto(v: VacancyListRow): VacancyDto {
  const quotas = normaliseQuotas(v.quotas);
  return {
    id: v.id,
    roundId: v.roundId,
    planLineId: v.planLineId,
    positionId: v.positionId,
    positionTitle: v.positionTitle,
    unitId: v.unitId,
    unitName: v.unitName,
    code: v.code,
    quotas,
    quotaTotal: v.quotaTotal,
    educationLevels: v.educationLevels,
    majors: v.majors,
    gpaMin: v.gpaMin,
    ageMax: v.ageMax,
    status: v.status,
    applicants: v.applicants,
    applicantsPerSeat: v.quotaTotal ? round2(v.applicants / v.quotaTotal) : 0,
    version: v.version,
  };
}

function publicVacancyDto(v: VacancyListRow): PublicVacancyDto {
  const d = vacancyDto(v);
  return {
    id: d.id,
    code: d.code,
    positionTitle: d.positionTitle,
    unitName: d.unitName,
    quotas: d.quotas,
    quotaTotal: d.quotaTotal,
    educationLevels: d.educationLevels,
    majors: d.majors,
    gpaMin: d.gpaMin,
    ageMax: d.ageMax,
    applicants: d.applicants,
    applicantsPerSeat: d.applicantsPerSeat,
  };
}

/** The fields that changed, section by section (schedule, rules). */
function amendmentChanges(a: Pick<AmendmentRow, 'before' | 'after'>): ValueChange[] {
  const out: ValueChange[] = [];
  if (a.after.schedule) out.push(...diffValues(a.before.schedule, a.after.schedule, 'schedule'));
  if (a.after.rules) out.push(...diffValues(a.before.rules, a.after.rules, 'rules'));
  return out;
}

function publicAmendmentDto(a: AmendmentRow): PublicRoundAmendmentDto {
  return { id: a.id, reason: a.reason, changes: amendmentChanges(a), createdAt: iso(a.createdAt)! };
}

function amendmentDto(a: AmendmentRow): RoundAmendmentDto {
  return { ...publicAmendmentDto(a), roundId: a.roundId, byName: a.byName };
}

@Injectable()
export class RoundsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly plans: NeedsPlansService,
  ) {}

  // ── rules ────────────────────────────────────────────────────────────────

  /** The rules a new round starts with: the reference rules in force on `on` and the module defaults. */
  async defaultRules(on = isoToday()): Promise<RoundRules> {
    const entries = await Promise.all(Object.entries(RULE_KEYS).map(async ([name, key]) => [name, (await this.reference.rule<unknown>(key, on)).value] as const));
    return defaultRoundRules(Object.fromEntries(entries) as unknown as RuleSources);
  }

  /** May the round's schedule, rules and vacancies still change without an amendment? (a draft, or before registration opens) */
  static editable(r: Pick<RoundRow, 'status' | 'schedule'>, today = isoToday()): boolean {
    return r.status === 'draft' || (r.status === 'published' && today < r.schedule.registrationOpens);
  }

  private assertEditable(r: RoundRow): void {
    if (r.status === 'closed') throw roundClosed();
    if (!RoundsService.editable(r)) throw roundLocked(r.schedule.registrationOpens);
  }

  // ── rounds ───────────────────────────────────────────────────────────────

  private summaryDto(r: RoundListRow, today: string): RoundSummaryDto {
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      type: r.type,
      year: r.year,
      status: r.status,
      phase: roundPhase(r.schedule, today, r.status),
      schedule: r.schedule,
      counts: { vacancies: r.vacancies, seats: r.seats, applications: r.applications },
      amendments: r.amendments,
      publishedAt: iso(r.publishedAt),
      publishedByName: r.publishedByName,
      version: r.version,
      createdAt: iso(r.createdAt)!,
      updatedAt: iso(r.updatedAt)!,
    };
  }

  private roundDto(p: Principal, r: RoundListRow, today = isoToday()): RoundDto {
    const manager = isManager(p);
    const editable = r.status !== 'closed' && RoundsService.editable(r, today);
    const actions: string[] = [];
    if (manager) {
      if (editable) actions.push('edit', 'edit_vacancies');
      if (r.status === 'draft' && r.applications === 0) actions.push('delete');
      if (r.status === 'draft') actions.push('publish');
      if (r.status === 'published') actions.push('close', 'amend');
      if (r.status !== 'closed' && today <= r.schedule.registrationCloses) actions.push('open_vacancies');
    }
    return {
      ...this.summaryDto(r, today),
      rules: r.rules!,
      createdByName: r.createdByName ?? null,
      rankedAt: iso(r.rankedAt),
      allowedActions: actions,
    };
  }

  private async roundRow(id: string, db: Db = this.ds): Promise<RoundListRow> {
    const rows = await db.query<RoundListRow[]>(`${ROUND_SELECT} WHERE r.id = $1`, [id]);
    if (!rows[0]) throw roundNotFound(id);
    return rows[0];
  }

  async list(q: ListRoundsQueryDto): Promise<Page<RoundSummaryDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.year) where.push(`r.year = $${params.push(q.year)}`);
    if (q.type) where.push(`r.type = $${params.push(q.type)}`);
    if (q.status) where.push(`r.status = $${params.push(q.status)}`);
    if (q.q) where.push(`(r.code ILIKE $${params.push(`%${q.q}%`)} OR r.name ILIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<RoundListRow[]>(
        `${SUMMARY_SELECT} ${w} ORDER BY r.year ${q.sortOrder ? dir(q.sortOrder) : 'DESC'}, r.created_at DESC, r.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM recruitment_rounds r ${w}`, params),
    ]);
    const today = isoToday();
    return { items: rows.map((r) => this.summaryDto(r, today)), total: count[0].n, page, pageSize };
  }

  async get(p: Principal, id: string, db: Db = this.ds): Promise<RoundDto> {
    return this.roundDto(p, await this.roundRow(id, db));
  }

  async create(p: Principal, dto: CreateRoundDto): Promise<RoundDto> {
    const schedule = { ...definedDates(dto.schedule) } as RoundSchedule;
    const rules = mergeDeep(await this.defaultRules(), dto.rules ?? {});
    const errors = [...validateSchedule(schedule), ...validateRules(rules)];
    if (errors.length) throw roundInvalid(errors);
    return this.ds.transaction(async (m) => {
      const taken = await m.query<{ id: string }[]>('SELECT id FROM recruitment_rounds WHERE code = $1', [dto.code]);
      if (taken.length) throw roundCodeTaken(dto.code);
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO recruitment_rounds (code, name, type, year, schedule, rules, created_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [dto.code, dto.name, dto.type, dto.year, JSON.stringify(schedule), JSON.stringify(rules), p.name],
      );
      const out = await this.get(p, id, m);
      await this.audit.record(m, {
        action: 'create',
        entity: 'recruitment_round',
        entityId: id,
        after: { code: out.code, name: out.name, type: out.type, year: out.year, schedule, rules },
      });
      return out;
    });
  }

  async update(p: Principal, id: string, dto: UpdateRoundDto): Promise<RoundDto> {
    return this.ds.transaction(async (m) => {
      const before = await loadRound(m, id, true);
      this.assertEditable(before);
      const schedule = { ...before.schedule, ...definedDates(dto.schedule) };
      const rules = dto.rules ? mergeDeep(before.rules, dto.rules) : before.rules;
      const errors = [...validateSchedule(schedule), ...validateRules(rules)];
      if (errors.length) throw roundInvalid(errors);
      await updateVersioned(m, 'recruitment_rounds', 'The round', id, dto.version, {
        name: dto.name ?? before.name,
        schedule: JSON.stringify(schedule),
        rules: JSON.stringify(rules),
      });
      const out = await this.get(p, id, m);
      await this.audit.record(m, {
        action: 'update',
        entity: 'recruitment_round',
        entityId: id,
        before: { name: before.name, schedule: before.schedule, rules: before.rules },
        after: { name: out.name, schedule: out.schedule, rules: out.rules },
      });
      return out;
    });
  }

  async remove(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const r = await loadRound(m, id, true);
      if (r.status !== 'draft') throw roundNotDeletable(`The round is ${r.status}: only a draft can be deleted (close a published round instead).`);
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM recruitment_applications WHERE round_id = $1', [id]);
      if (n > 0) throw roundNotDeletable(`${n} application(s) belong to the round: it cannot be deleted.`);
      await m.query('DELETE FROM recruitment_rounds WHERE id = $1', [id]);
      await this.audit.record(m, {
        action: 'delete',
        entity: 'recruitment_round',
        entityId: id,
        before: { code: r.code, name: r.name, type: r.type, year: r.year, schedule: r.schedule },
      });
    });
  }

  /** draft → published: the rules become public; needs at least one vacancy. */
  async publish(p: Principal, id: string, dto: RoundVersionDto): Promise<RoundDto> {
    return this.ds.transaction(async (m) => {
      const r = await loadRound(m, id, true);
      if (r.status !== 'draft') throw roundTransitionInvalid('publish', r.status);
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM recruitment_vacancies WHERE round_id = $1', [id]);
      if (n === 0) throw roundWithoutVacancies();
      const errors = [...validateSchedule(r.schedule), ...validateRules(r.rules)];
      if (errors.length) throw roundInvalid(errors);
      await updateVersioned(m, 'recruitment_rounds', 'The round', id, dto.version, { status: 'published', published_at: new Date(), published_by_name: p.name });
      const out = await this.get(p, id, m);
      await this.audit.record(m, {
        action: 'publish',
        entity: 'recruitment_round',
        entityId: id,
        before: { status: r.status },
        after: { status: out.status, publishedAt: out.publishedAt, vacancies: n, schedule: r.schedule, rules: r.rules },
      });
      return out;
    });
  }

  /** published → closed: nothing in the round changes any more. */
  async close(p: Principal, id: string, dto: RoundVersionDto): Promise<RoundDto> {
    return this.ds.transaction(async (m) => {
      const r = await loadRound(m, id, true);
      if (r.status !== 'published') throw roundTransitionInvalid('close', r.status);
      await updateVersioned(m, 'recruitment_rounds', 'The round', id, dto.version, { status: 'closed' });
      const out = await this.get(p, id, m);
      await this.audit.record(m, { action: 'close', entity: 'recruitment_round', entityId: id, before: { status: r.status }, after: { status: out.status } });
      return out;
    });
  }

  // ── amendments ───────────────────────────────────────────────────────────

  /** A change to a published round's schedule or rules, with its reason: the amendment and the audit event in one transaction. */
  async amend(p: Principal, id: string, dto: CreateRoundAmendmentDto): Promise<RoundAmendmentDto> {
    if (!dto.schedule && !dto.rules) throw amendmentEmpty();
    return this.ds.transaction(async (m) => {
      const r = await loadRound(m, id, true);
      if (r.status !== 'published') throw roundNotAmendable(r.status);
      const schedule = { ...r.schedule, ...definedDates(dto.schedule) };
      const rules = dto.rules ? mergeDeep(r.rules, dto.rules) : r.rules;
      const errors = [...validateSchedule(schedule), ...validateRules(rules)];
      // registration that has opened stays opened: its first day is history, not something to amend
      if (isoToday() >= r.schedule.registrationOpens && schedule.registrationOpens !== r.schedule.registrationOpens)
        errors.unshift({
          path: 'schedule.registrationOpens',
          code: 'locked',
          message: `schedule.registrationOpens cannot change: registration opened on ${r.schedule.registrationOpens}`,
        });
      if (errors.length) throw roundInvalid(errors);
      const scheduleChanged = diffValues(r.schedule, schedule, 'schedule').length > 0;
      const rulesChanged = diffValues(r.rules, rules, 'rules').length > 0;
      if (!scheduleChanged && !rulesChanged) throw amendmentEmpty();
      const before = { ...(scheduleChanged ? { schedule: r.schedule } : {}), ...(rulesChanged ? { rules: r.rules } : {}) };
      const after = { ...(scheduleChanged ? { schedule } : {}), ...(rulesChanged ? { rules } : {}) };
      await updateVersioned(m, 'recruitment_rounds', 'The round', id, dto.version, { schedule: JSON.stringify(schedule), rules: JSON.stringify(rules) });
      const [{ id: amendmentId }] = await m.query<{ id: string }[]>(
        `INSERT INTO recruitment_round_amendments (round_id, reason, before, after, by_name) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, dto.reason, JSON.stringify(before), JSON.stringify(after), p.name],
      );
      const [row] = await m.query<AmendmentRow[]>(`${AMENDMENT_SELECT} WHERE x.id = $1`, [amendmentId]);
      const out = amendmentDto(row);
      await this.audit.record(m, {
        action: 'amend',
        entity: 'recruitment_round',
        entityId: id,
        before,
        after: { ...after, reason: dto.reason, amendmentId, changes: out.changes },
      });
      return out;
    });
  }

  async listAmendments(id: string): Promise<RoundAmendmentDto[]> {
    await loadRound(this.ds, id);
    const rows = await this.ds.query<AmendmentRow[]>(`${AMENDMENT_SELECT} WHERE x.round_id = $1 ORDER BY x.created_at, x.id`, [id]);
    return rows.map(amendmentDto);
  }

  // ── plan lines ───────────────────────────────────────────────────────────

  /** Seats opened from each line, over every round. */
  private async openedByLine(lineIds: string[], db: Db = this.ds): Promise<Map<string, number>> {
    if (!lineIds.length) return new Map();
    const rows = await db.query<{ lineId: string; n: number }[]>(
      `SELECT plan_line_id AS "lineId", coalesce(sum(quota_total), 0)::int AS n FROM recruitment_vacancies WHERE plan_line_id = ANY($1::uuid[]) GROUP BY plan_line_id`,
      [lineIds],
    );
    return new Map(rows.map((r) => [r.lineId, r.n]));
  }

  /** The approved line of the round's year and type, or a 422 naming planLineId. */
  private async approvedLine(r: RoundRow, lineId: string) {
    const lines = await this.plans.approvedLines({ year: r.year });
    const line = lines.find((l) => l.lineId === lineId && l.employmentType === r.type);
    if (!line) throw vacancyWithoutApprovedLine(r.year, r.type);
    return line;
  }

  async planLines(p: Principal, roundId: string, q: ListRoundPlanLinesQueryDto): Promise<Page<RoundPlanLineDto>> {
    const r = await loadRound(this.ds, roundId);
    const { page, pageSize, offset } = pageParams(q);
    const lines = (await this.plans.approvedLines({ year: r.year, unitPath: p.unitPath })).filter((l) => l.employmentType === r.type);
    const ids = lines.map((l) => l.lineId);
    const [positions, units, opened, inRound, filterUnit] = await Promise.all([
      this.ds.query<{ id: string; title: string }[]>('SELECT id, title FROM positions WHERE id = ANY($1::uuid[])', [[...new Set(lines.map((l) => l.positionId))]]),
      this.ds.query<{ id: string; code: string; name: string; path: string }[]>('SELECT id, code, name, path FROM org_units WHERE id = ANY($1::uuid[])', [
        [...new Set(lines.map((l) => l.unitId))],
      ]),
      this.openedByLine(ids),
      this.ds.query<{ lineId: string; id: string }[]>('SELECT plan_line_id AS "lineId", id FROM recruitment_vacancies WHERE round_id = $1 AND plan_line_id = ANY($2::uuid[])', [
        roundId,
        ids,
      ]),
      q.unitId ? this.ds.query<{ path: string }[]>('SELECT path FROM org_units WHERE id = $1', [q.unitId]) : Promise.resolve(null),
    ]);
    const pos = new Map(positions.map((x) => [x.id, x]));
    const unit = new Map(units.map((x) => [x.id, x]));
    const vac = new Map(inRound.map((x) => [x.lineId, x.id]));
    const needle = q.q?.toLowerCase();
    const unitPath = filterUnit ? (filterUnit[0]?.path ?? '\u0000') : null;
    const items = lines
      .map((l): RoundPlanLineDto => {
        const u = unit.get(l.unitId);
        const openedSeats = opened.get(l.lineId) ?? 0;
        return {
          lineId: l.lineId,
          planId: l.planId,
          planName: l.planName,
          year: l.year,
          positionId: l.positionId,
          positionTitle: pos.get(l.positionId)?.title ?? '',
          unitId: l.unitId,
          unitCode: u?.code ?? '',
          unitName: u?.name ?? '',
          employmentType: l.employmentType,
          educationRequired: l.educationRequired,
          educationLevels: educationLevelsOf(l.educationRequired),
          quantity: l.quantity,
          opened: openedSeats,
          remaining: Math.max(0, l.quantity - openedSeats),
          vacancyId: vac.get(l.lineId) ?? null,
        };
      })
      .filter((l) => !unitPath || (unit.get(l.unitId)?.path ?? '').startsWith(unitPath))
      .filter((l) => !needle || l.positionTitle.toLowerCase().includes(needle) || l.unitName.toLowerCase().includes(needle))
      .filter((l) => q.available !== 'true' || l.remaining > 0)
      .filter((l) => q.available !== 'false' || l.remaining === 0)
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id') || a.positionTitle.localeCompare(b.positionTitle, 'id') || a.lineId.localeCompare(b.lineId));
    if (q.sortOrder === 'desc') items.reverse();
    return { items: items.slice(offset, offset + pageSize), total: items.length, page, pageSize };
  }

  // ── vacancies ────────────────────────────────────────────────────────────

  private async vacancyRow(id: string, db: Db, p?: Principal): Promise<VacancyListRow> {
    const v = await loadVacancy(db, id, p);
    const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM recruitment_applications a WHERE a.vacancy_id = $1 AND ${ACTIVE_APPLICATION}`, [id]);
    return { ...v, applicants: n };
  }

  async getVacancy(p: Principal, id: string): Promise<VacancyDto> {
    return vacancyDto(await this.vacancyRow(id, this.ds, p));
  }

  /** A code unique in the round: the one sent (409 when taken) or one made from the unit code and the position title. */
  private async vacancyCode(m: Db, roundId: string, wanted: string | undefined, unitCode: string, title: string, selfId: string | null = null): Promise<string> {
    const taken = new Set(
      (await m.query<{ code: string }[]>('SELECT code FROM recruitment_vacancies WHERE round_id = $1 AND id IS DISTINCT FROM $2', [roundId, selfId])).map((x) => x.code),
    );
    if (wanted) {
      if (taken.has(wanted)) throw vacancyCodeTaken(wanted);
      return wanted;
    }
    const base = vacancyCodeBase(unitCode, title);
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) {
      const c = `${base}-${String(i).padStart(2, '0')}`;
      if (!taken.has(c)) return c;
    }
  }

  /** Seats still to open on a line (over every round, leaving out one vacancy being edited); serialised per line. */
  private async remainingOnLine(m: Db, lineId: string, quantity: number, exceptVacancyId: string | null = null): Promise<number> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`recruitment_plan_line:${lineId}`]);
    const [{ n }] = await m.query<{ n: number }[]>('SELECT coalesce(sum(quota_total), 0)::int AS n FROM recruitment_vacancies WHERE plan_line_id = $1 AND id IS DISTINCT FROM $2', [
      lineId,
      exceptVacancyId,
    ]);
    return quantity - n;
  }

  async createVacancy(p: Principal, roundId: string, dto: CreateVacancyDto): Promise<VacancyDto> {
    const quotas = normaliseQuotas(dto.quotas);
    const total = quotaSum(quotas);
    if (total < 1) throw quotasEmpty();
    const round = await loadRound(this.ds, roundId);
    const line = await this.approvedLine(round, dto.planLineId);
    return this.ds.transaction(async (m) => {
      const r = await loadRound(m, roundId, true);
      if (r.status === 'closed') throw roundClosed();
      if (isoToday() > r.schedule.registrationCloses) throw vacanciesClosed(r.schedule.registrationCloses);
      const [u] = await m.query<{ code: string; path: string }[]>('SELECT code, path FROM org_units WHERE id = $1', [line.unitId]);
      if (!u || !inScope(p, u.path)) throw vacancyWithoutApprovedLine(r.year, r.type);
      const [pos] = await m.query<{ title: string }[]>('SELECT title FROM positions WHERE id = $1', [line.positionId]);
      const remaining = await this.remainingOnLine(m, line.lineId, line.quantity);
      const dup = await m.query<{ code: string }[]>('SELECT code FROM recruitment_vacancies WHERE round_id = $1 AND plan_line_id = $2', [roundId, line.lineId]);
      if (dup.length) throw vacancyLineTaken(dup[0].code);
      if (total > remaining) throw vacancyAboveRemaining(Math.max(0, remaining), total);
      const code = await this.vacancyCode(m, roundId, dto.code, u.code, pos.title);
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels, majors, gpa_min, age_max)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          roundId,
          line.lineId,
          line.positionId,
          line.unitId,
          code,
          JSON.stringify(quotas),
          total,
          dto.educationLevels ?? educationLevelsOf(line.educationRequired),
          dto.majors ?? [],
          dto.gpaMin ?? null,
          dto.ageMax ?? null,
        ],
      );
      const out = vacancyDto(await this.vacancyRow(id, m));
      await this.audit.record(m, { action: 'create', entity: 'recruitment_vacancy', entityId: id, after: out, unitPath: u.path });
      return out;
    });
  }

  async updateVacancy(p: Principal, id: string, dto: UpdateVacancyDto): Promise<VacancyDto> {
    const quotas = dto.quotas ? normaliseQuotas(dto.quotas) : null;
    if (quotas && quotaSum(quotas) < 1) throw quotasEmpty();
    const current = await loadVacancy(this.ds, id, p);
    const round = await loadRound(this.ds, current.roundId);
    const line = quotas ? await this.approvedLine(round, current.planLineId) : null;
    return this.ds.transaction(async (m) => {
      const r = await loadRound(m, current.roundId, true);
      if (r.status === 'closed') throw roundClosed();
      if (!RoundsService.editable(r)) throw vacancyLocked(r.schedule.registrationOpens);
      const before = await this.vacancyRow(id, m, p);
      const nextQuotas = quotas ?? normaliseQuotas(before.quotas);
      const total = quotaSum(nextQuotas);
      if (quotas && line) {
        const remaining = await this.remainingOnLine(m, line.lineId, line.quantity, id);
        if (total > remaining) throw vacancyAboveRemaining(Math.max(0, remaining), total);
      }
      const code = dto.code && dto.code !== before.code ? await this.vacancyCode(m, r.id, dto.code, '', '', id) : before.code;
      await updateVersioned(m, 'recruitment_vacancies', 'The vacancy', id, dto.version, {
        code,
        quotas: JSON.stringify(nextQuotas),
        quota_total: total,
        education_levels: dto.educationLevels ?? before.educationLevels,
        majors: dto.majors ?? before.majors,
        gpa_min: dto.gpaMin !== undefined ? dto.gpaMin : before.gpaMin,
        age_max: dto.ageMax !== undefined ? dto.ageMax : before.ageMax,
      });
      const out = vacancyDto(await this.vacancyRow(id, m));
      await this.audit.record(m, { action: 'update', entity: 'recruitment_vacancy', entityId: id, before: vacancyDto(before), after: out, unitPath: before.unitPath });
      return out;
    });
  }

  async deleteVacancy(p: Principal, id: string): Promise<void> {
    const current = await loadVacancy(this.ds, id, p);
    await this.ds.transaction(async (m) => {
      const r = await loadRound(m, current.roundId, true);
      if (r.status === 'closed') throw roundClosed();
      if (!RoundsService.editable(r)) throw vacancyLocked(r.schedule.registrationOpens);
      const before = await this.vacancyRow(id, m, p);
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM recruitment_applications WHERE vacancy_id = $1', [id]);
      if (n > 0) throw vacancyHasApplications(n);
      await m.query('DELETE FROM recruitment_vacancies WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'recruitment_vacancy', entityId: id, before: vacancyDto(before), unitPath: before.unitPath });
    });
  }

  private vacancyQuery(p: Principal | null, roundId: string, q: Pick<ListVacanciesQueryDto, 'unitId' | 'q'>): { from: string; params: unknown[] } {
    const params: unknown[] = [roundId];
    const where = ['v.round_id = $1'];
    if (p) {
      const scope = unitScopeSql(p, 'u.path', params);
      if (scope) where.push(scope);
    }
    if (q.unitId) where.push(`u.path LIKE (SELECT path FROM org_units WHERE id = $${params.push(q.unitId)}) || '%'`);
    if (q.q) where.push(`(v.code ILIKE $${params.push(`%${q.q}%`)} OR p.title ILIKE $${params.length} OR u.name ILIKE $${params.length})`);
    return { from: `${VACANCY_SELECT} WHERE ${where.join(' AND ')}`, params };
  }

  /** Vacancies with their applicants (one grouped count, not one per row). */
  private async withApplicants(rows: VacancyRow[], db: Db = this.ds): Promise<VacancyListRow[]> {
    if (!rows.length) return [];
    const counts = await db.query<{ id: string; n: number }[]>(
      `SELECT a.vacancy_id AS id, count(*)::int AS n FROM recruitment_applications a WHERE a.vacancy_id = ANY($1::uuid[]) AND ${ACTIVE_APPLICATION} GROUP BY a.vacancy_id`,
      [rows.map((r) => r.id)],
    );
    const by = new Map(counts.map((c) => [c.id, c.n]));
    return rows.map((r) => ({ ...r, applicants: by.get(r.id) ?? 0 }));
  }

  async listVacancies(p: Principal, roundId: string, q: ListVacanciesQueryDto): Promise<Page<VacancyDto>> {
    await loadRound(this.ds, roundId);
    const { page, pageSize, offset } = pageParams(q);
    const { from, params } = this.vacancyQuery(p, roundId, q);
    const d = dir(q.sortOrder);
    const applicants = `(SELECT count(*) FROM recruitment_applications a WHERE a.vacancy_id = v.id AND ${ACTIVE_APPLICATION})`;
    const order =
      {
        code: `v.code ${d}`,
        unit: `u.name ${d}, p.title ${d}`,
        position: `p.title ${d}, u.name ${d}`,
        seats: `v.quota_total ${d}`,
        applicants: `${applicants} ${d}`,
        applicantsPerSeat: `${applicants}::float8 / greatest(v.quota_total, 1) ${d}`,
      }[q.sortBy ?? 'code'] ?? `v.code ${d}`;
    const [rows, count] = await Promise.all([
      this.ds.query<VacancyRow[]>(`${from} ORDER BY ${order}, v.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${from}) x`, params),
    ]);
    return { items: (await this.withApplicants(rows)).map(vacancyDto), total: count[0].n, page, pageSize };
  }

  async exportVacancies(p: Principal, roundId: string, q: Pick<ListVacanciesQueryDto, 'unitId' | 'q'> = {}): Promise<ExportFile> {
    const r = await loadRound(this.ds, roundId);
    const { from, params } = this.vacancyQuery(p, roundId, q);
    const rows = (await this.withApplicants(await this.ds.query<VacancyRow[]>(`${from} ORDER BY u.name, p.title, v.code`, params))).map(vacancyDto);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const ws = wb.addWorksheet('Formasi');
    ws.addRow([`FORMASI ${r.type.toUpperCase()} ${r.year} — ${r.name.toUpperCase()}`]).font = { bold: true, size: 13 };
    ws.addRow([`Kode seleksi ${r.code}; status ${r.status}; pendaftaran ${r.schedule.registrationOpens} s.d. ${r.schedule.registrationCloses}`]);
    ws.addRow([]);
    const header = [
      'No',
      'Kode',
      'Unit Kerja',
      'Jabatan',
      'Pendidikan',
      'Jurusan',
      'Umum',
      'Cumlaude',
      'Disabilitas',
      'Papua',
      'Jumlah',
      'IPK min.',
      'Usia maks.',
      'Pelamar',
      'Pelamar/kursi',
    ];
    const hr = ws.addRow(header);
    hr.font = { bold: true };
    rows.forEach((v, i) =>
      ws.addRow([
        i + 1,
        v.code,
        v.unitName,
        v.positionTitle,
        v.educationLevels.join('/'),
        v.majors.join('; ') || 'semua',
        v.quotas.umum,
        v.quotas.cumlaude,
        v.quotas.disabilitas,
        v.quotas.papua,
        v.quotaTotal,
        v.gpaMin ?? '',
        v.ageMax ?? '',
        v.applicants,
        v.applicantsPerSeat,
      ]),
    );
    const sum = (f: (v: VacancyDto) => number) => rows.reduce((s, v) => s + f(v), 0);
    const seats = sum((v) => v.quotaTotal);
    const applicants = sum((v) => v.applicants);
    const t = ws.addRow([
      '',
      '',
      'JUMLAH',
      '',
      '',
      '',
      sum((v) => v.quotas.umum),
      sum((v) => v.quotas.cumlaude),
      sum((v) => v.quotas.disabilitas),
      sum((v) => v.quotas.papua),
      seats,
      '',
      '',
      applicants,
      seats ? round2(applicants / seats) : 0,
    ]);
    t.font = { bold: true };
    ws.columns.forEach((col, i) => (col.width = i === 2 || i === 3 ? 36 : i === 1 ? 30 : 12));
    ws.views = [{ state: 'frozen', ySplit: 4 }];
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    return { filename: `formasi-${r.code.toLowerCase()}.xlsx`, contentType: XLSX_TYPE, body };
  }

  // ── public ───────────────────────────────────────────────────────────────

  private publicSummary(r: RoundListRow, today: string): PublicRoundSummaryDto {
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      type: r.type,
      year: r.year,
      status: r.status,
      phase: roundPhase(r.schedule, today, r.status),
      schedule: r.schedule,
      counts: { vacancies: r.vacancies, seats: r.seats, applications: r.applications },
      publishedAt: iso(r.publishedAt),
    };
  }

  async publicList(q: ListPublicRoundsQueryDto): Promise<Page<PublicRoundSummaryDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where = [PUBLIC_STATUSES];
    if (q.year) where.push(`r.year = $${params.push(q.year)}`);
    if (q.type) where.push(`r.type = $${params.push(q.type)}`);
    const w = `WHERE ${where.join(' AND ')}`;
    const [rows, count] = await Promise.all([
      this.ds.query<RoundListRow[]>(
        `${SUMMARY_SELECT} ${w} ORDER BY r.year ${q.sortOrder ? dir(q.sortOrder) : 'DESC'}, r.published_at DESC, r.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM recruitment_rounds r ${w}`, params),
    ]);
    const today = isoToday();
    return { items: rows.map((r) => this.publicSummary(r, today)), total: count[0].n, page, pageSize };
  }

  /** A published round's page: schedule, rules in force, amendments with their reasons, vacancies with seats and applicants. 404 for a draft. */
  async publicGet(id: string): Promise<PublicRoundDto> {
    const rows = await this.ds.query<RoundListRow[]>(`${ROUND_SELECT} WHERE r.id = $1 AND ${PUBLIC_STATUSES}`, [id]);
    const r = rows[0];
    if (!r) throw roundNotFound(id);
    const [amendments, vacancies] = await Promise.all([
      this.ds.query<AmendmentRow[]>(`${AMENDMENT_SELECT} WHERE x.round_id = $1 ORDER BY x.created_at, x.id`, [id]),
      this.ds.query<VacancyRow[]>(`${VACANCY_SELECT} WHERE v.round_id = $1 ORDER BY u.name, p.title, v.code`, [id]),
    ]);
    return {
      ...this.publicSummary(r, isoToday()),
      rules: r.rules!,
      amendments: amendments.map(publicAmendmentDto),
      vacancies: (await this.withApplicants(vacancies)).map(publicVacancyDto),
    };
  }

  /** For other services: a round inside a transaction (locked when asked). */
  round(id: string, db: Db | EntityManager = this.ds, lock = false): Promise<RoundRow> {
    return loadRound(db, id, lock);
  }
}
