import { isoToday } from '../reference/calc/dates.js';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { StaleVersionError } from '../../common/problem.js';
import { inScope, unitScopeSql } from '../../common/scope.js';
import { dir, sqlRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgService } from '../org/org.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { certificateCode, completionDecision, jpPace, placeFor, promoteFromWaitlist, raisedLevels, sessionDates, sessionDays, type Raise } from './calc/training.js';
import {
  AttendanceSheetDto,
  CancelTrainingSessionDto,
  CompleteTrainingSessionDto,
  CompletionOutcomeDto,
  CreateTrainingActivityDto,
  CreateTrainingProgramDto,
  CreateTrainingSessionDto,
  DecideActivityDto,
  DecideEnrolmentDto,
  EmployeeHoursDto,
  EnrolDto,
  ListTrainingActivitiesQueryDto,
  ListTrainingEnrolmentsQueryDto,
  ListTrainingProgramsQueryDto,
  ListTrainingSessionsQueryDto,
  MarkAttendanceDto,
  ProgramRaiseInputDto,
  SessionCompletionDto,
  TrainingActivityDto,
  TrainingEnrolmentDto,
  TrainingHoursPageDto,
  TrainingHoursQueryDto,
  TrainingProgramDto,
  TrainingSessionDto,
  UpdateTrainingProgramDto,
  UpdateTrainingSessionDto,
} from './dto/training.dto.js';
import {
  activityNotFound,
  activityTransitionInvalid,
  alreadyEnrolled,
  assignForbidden,
  attendanceDayOutside,
  capacityBelowEnrolled,
  competencyUnknownForTraining,
  datesClash,
  datesLocked,
  doubleBooking,
  duplicateInList,
  employeeFieldNotFound,
  enrolmentClosed,
  enrolmentNotFound,
  enrolmentTransitionInvalid,
  fieldInvalid,
  markNotEnrolled,
  ownDecision,
  prerequisiteInvalid,
  prerequisiteMissing,
  programInUse,
  programNotFound,
  programUnknown,
  selfEnrolmentNeedsEmployee,
  sessionNotFound,
  sessionNotManaged,
  sessionNotOpen,
  sessionNotOver,
} from './training.errors.js';

type Db = Pick<EntityManager, 'query'>;

/** Enrolments that hold or wait for a seat (and block overlapping bookings). */
const ACTIVE = ['requested', 'enrolled', 'waitlisted'];
/** Roles that decide on requests and activities of their subtree. */
const DECIDERS = new Set(['admin', 'planner', 'operator', 'leader']);
/** Roles that enrol other people and record for them. */
const ASSIGNERS = new Set(['admin', 'planner', 'operator']);
/** Longest session accepted (days). */
const MAX_SESSION_DAYS = 200;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The city's calendar day (WIB), not UTC: between 00:00 and 07:00 WIB they differ. */
const today = () => isoToday();
const num = (v: string | number | null) => (v === null ? null : Number(v));
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

// ── rows and mappers ─────────────────────────────────────────────────────

interface ProgramRow {
  id: string;
  code: string;
  title: string;
  type: string;
  mode: string;
  jp: string;
  cost_per_participant: string;
  provider: string | null;
  description: string | null;
  raises: { competencyId: string; levels: number }[];
  raises_full: { competencyId: string; levels: number; code: string; name: string }[];
  prerequisite_ids: string[];
  prerequisites: { id: string; code: string; title: string }[];
  active: boolean;
  session_count: number;
  version: number;
}

const PROGRAM_SELECT = `SELECT p.*,
  (SELECT count(*)::int FROM training_sessions s WHERE s.program_id = p.id) AS session_count,
  (SELECT coalesce(json_agg(json_build_object('competencyId', c.id, 'levels', (r->>'levels')::int, 'code', c.code, 'name', c.name) ORDER BY c.code), '[]')
     FROM jsonb_array_elements(p.raises) r JOIN competencies c ON c.id = (r->>'competencyId')::uuid) AS raises_full,
  (SELECT coalesce(json_agg(json_build_object('id', q.id, 'code', q.code, 'title', q.title) ORDER BY q.code), '[]')
     FROM training_programs q WHERE q.id = ANY(p.prerequisite_ids)) AS prerequisites
  FROM training_programs p`;

const programDto = (r: ProgramRow): TrainingProgramDto => ({
  id: r.id,
  code: r.code,
  title: r.title,
  type: r.type,
  mode: r.mode,
  jp: Number(r.jp),
  costPerParticipant: Number(r.cost_per_participant),
  provider: r.provider,
  description: r.description,
  raises: r.raises_full,
  prerequisites: r.prerequisites,
  active: r.active,
  sessionCount: r.session_count,
  version: r.version,
});

interface SessionRow {
  id: string;
  program_id: string;
  program_code: string;
  program_title: string;
  mode: string;
  jp: string;
  raises: Raise[];
  prerequisite_ids: string[];
  organiser_unit_id: string | null;
  organiser_unit_name: string | null;
  organiser_path: string | null;
  starts_on: string;
  ends_on: string;
  venue: string | null;
  link: string | null;
  trainer: string | null;
  capacity: number;
  enrolment_opens_on: string;
  enrolment_closes_on: string;
  attendance_threshold: string;
  post_test_pass_score: string | null;
  status: string;
  version: number;
  taken: number;
  waitlisted: number;
  requested: number;
  my_enrolment: { id: string; status: string } | null;
}

/** `me` is the placeholder of the caller's employee id (for myEnrolment). */
const sessionSelect = (me: string) => `SELECT s.*, p.code AS program_code, p.title AS program_title, p.mode, p.jp, p.raises, p.prerequisite_ids,
  u.name AS organiser_unit_name, u.path AS organiser_path, c.taken, c.waitlisted, c.requested,
  (SELECT json_build_object('id', me.id, 'status', me.status) FROM training_enrolments me WHERE me.session_id = s.id AND me.employee_id = ${me}::uuid) AS my_enrolment
  FROM training_sessions s JOIN training_programs p ON p.id = s.program_id LEFT JOIN org_units u ON u.id = s.organiser_unit_id
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE e.status IN ('enrolled', 'completed', 'not_completed'))::int AS taken,
           count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waitlisted,
           count(*) FILTER (WHERE e.status = 'requested')::int AS requested
    FROM training_enrolments e WHERE e.session_id = s.id) c ON true`;

const sessionDto = (r: SessionRow): TrainingSessionDto => {
  const t = today();
  return {
    id: r.id,
    programId: r.program_id,
    programCode: r.program_code,
    programTitle: r.program_title,
    mode: r.mode,
    jp: Number(r.jp),
    organiserUnitId: r.organiser_unit_id,
    organiserUnitName: r.organiser_unit_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    days: sessionDays(r.starts_on, r.ends_on),
    venue: r.venue,
    link: r.link,
    trainer: r.trainer,
    capacity: r.capacity,
    seatsTaken: r.taken,
    seatsFree: Math.max(0, r.capacity - r.taken),
    waitlisted: r.waitlisted,
    requested: r.requested,
    enrolmentOpensOn: r.enrolment_opens_on,
    enrolmentClosesOn: r.enrolment_closes_on,
    enrolmentOpen: r.status === 'open' && t >= r.enrolment_opens_on && t <= r.enrolment_closes_on,
    attendanceThreshold: Number(r.attendance_threshold),
    postTestPassScore: num(r.post_test_pass_score),
    status: r.status,
    myEnrolment: r.my_enrolment,
    version: r.version,
  };
};

interface EnrolmentRow {
  id: string;
  session_id: string;
  program_title: string;
  starts_on: string;
  ends_on: string;
  attendance_threshold: string;
  post_test_pass_score: string | null;
  employee_id: string;
  employee_name: string;
  nip: string;
  unit_name: string;
  emp_path: string;
  organiser_path: string | null;
  status: string;
  queued_at: Date;
  waitlist_position: number | null;
  requested_by_name: string | null;
  decided_by_name: string | null;
  attended: number;
  post_test_score: string | null;
  completed_at: Date | null;
  certificate_code: string | null;
  version: number;
}

const ENROLMENT_SELECT = `SELECT e.*, p.title AS program_title, s.starts_on, s.ends_on, s.attendance_threshold, s.post_test_pass_score,
  emp.name AS employee_name, emp.nip, u.name AS unit_name, u.path AS emp_path, ou.path AS organiser_path,
  CASE WHEN e.status = 'waitlisted' THEN (SELECT count(*)::int FROM training_enrolments w WHERE w.session_id = e.session_id AND w.status = 'waitlisted'
    AND (w.queued_at, w.id) <= (e.queued_at, e.id)) END AS waitlist_position,
  (SELECT count(*)::int FROM training_attendance a WHERE a.enrolment_id = e.id AND a.present AND a.day BETWEEN s.starts_on AND s.ends_on) AS attended
  FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN training_programs p ON p.id = s.program_id
  JOIN employees emp ON emp.id = e.employee_id JOIN org_units u ON u.id = emp.unit_id LEFT JOIN org_units ou ON ou.id = s.organiser_unit_id`;

const enrolmentDto = (r: EnrolmentRow): TrainingEnrolmentDto => {
  let reasons: string[] = [];
  if (r.status === 'not_completed')
    reasons = completionDecision({
      attendedDays: r.attended,
      totalDays: sessionDays(r.starts_on, r.ends_on),
      threshold: Number(r.attendance_threshold),
      passScore: num(r.post_test_pass_score),
      score: num(r.post_test_score),
    }).reasons;
  return {
    id: r.id,
    sessionId: r.session_id,
    programTitle: r.program_title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    nip: r.nip,
    unitName: r.unit_name,
    status: r.status,
    queuedAt: iso(r.queued_at)!,
    waitlistPosition: r.waitlist_position,
    requestedByName: r.requested_by_name,
    decidedByName: r.decided_by_name,
    attendedDays: r.attended,
    postTestScore: num(r.post_test_score),
    completedAt: iso(r.completed_at),
    certificateCode: r.certificate_code,
    reasons,
    version: r.version,
  };
};

interface ActivityRow {
  id: string;
  employee_id: string;
  employee_name: string;
  emp_path: string;
  year: number;
  kind: string;
  title: string;
  jp: string;
  occurred_on: string;
  evidence: string | null;
  status: string;
  decided_by_name: string | null;
  enrolment_id: string | null;
  created_at: Date;
  version: number;
}

const ACTIVITY_SELECT = `SELECT a.*, emp.name AS employee_name, u.path AS emp_path
  FROM development_activities a JOIN employees emp ON emp.id = a.employee_id JOIN org_units u ON u.id = emp.unit_id`;

const activityDto = (r: ActivityRow): TrainingActivityDto => ({
  id: r.id,
  employeeId: r.employee_id,
  employeeName: r.employee_name,
  year: r.year,
  kind: r.kind,
  title: r.title,
  jp: Number(r.jp),
  occurredOn: r.occurred_on,
  evidence: r.evidence,
  status: r.status,
  decidedByName: r.decided_by_name,
  enrolmentId: r.enrolment_id,
  createdAt: iso(r.created_at)!,
  version: r.version,
});

interface EmployeeRef {
  id: string;
  name: string;
  path: string;
}

/** Attendance threshold and JP owed: the rule competency.development_hours (jpPerYear, minutesPerJp, attendanceThreshold?). */
interface DevelopmentHoursRule {
  jpPerYear: number;
  minutesPerJp: number;
  attendanceThreshold?: number;
}
const DEFAULT_ATTENDANCE_THRESHOLD = 0.8;

@Injectable()
export class TrainingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly reference: ReferenceService,
  ) {}

  // ── helpers ──────────────────────────────────────────────────────────────

  /** Planners and administrators manage every session; an operator those organised by a unit of their subtree. */
  private canManage(p: Principal, s: { organiser_path: string | null }): boolean {
    if (p.role === 'admin' || p.role === 'planner') return inScope(p, s.organiser_path);
    return p.role === 'operator' && !!s.organiser_path && inScope(p, s.organiser_path);
  }

  /** An active employee inside the caller's subtree (employees: only themselves), or 404 naming the field. */
  private async employeeInScope(p: Principal, id: string, db: Db, field: string): Promise<EmployeeRef> {
    const rows: EmployeeRef[] = await db.query('SELECT e.id, e.name, u.path FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND e.active', [id]);
    const r = rows[0];
    if (!r) throw employeeFieldNotFound(field);
    if (r.id === p.employeeId) return r;
    if (p.role === 'employee' || p.role === 'panel' || !inScope(p, r.path)) throw employeeFieldNotFound(field);
    return r;
  }

  /**
   * Who sees an enrolment: the person; staff of the person's subtree; the staff of the organising unit.
   * Pushes its parameters; '' for city-wide staff.
   */
  private enrolmentVisibilitySql(p: Principal, params: unknown[]): string {
    if (p.role === 'employee' || p.role === 'panel') return `e.employee_id = $${params.push(p.employeeId ?? NO_ID)}`;
    if (!p.unitPath) return '';
    const like = `$${params.push(`${p.unitPath}%`)}`;
    return `(u.path LIKE ${like} OR ou.path LIKE ${like} OR e.employee_id = $${params.push(p.employeeId ?? NO_ID)})`;
  }

  private enrolmentVisible(p: Principal, r: { employee_id: string; emp_path: string; organiser_path: string | null }): boolean {
    if (r.employee_id === p.employeeId) return true;
    if (p.role === 'employee' || p.role === 'panel') return false;
    return inScope(p, r.emp_path) || (!!r.organiser_path && inScope(p, r.organiser_path));
  }

  private async enrolmentRow(p: Principal, id: string, db: Db): Promise<EnrolmentRow> {
    const rows: EnrolmentRow[] = await db.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
    if (!rows[0] || !this.enrolmentVisible(p, rows[0])) throw enrolmentNotFound(id);
    return rows[0];
  }

  private async thresholdDefault(): Promise<number> {
    const rule = await this.reference.rule<DevelopmentHoursRule>('competency.development_hours');
    return rule.value.attendanceThreshold ?? DEFAULT_ATTENDANCE_THRESHOLD;
  }

  // ── programs ─────────────────────────────────────────────────────────────

  private async programRow(id: string, db: Db = this.ds): Promise<ProgramRow> {
    const rows: ProgramRow[] = await db.query(`${PROGRAM_SELECT} WHERE p.id = $1`, [id]);
    if (!rows[0]) throw programNotFound(id);
    return rows[0];
  }

  async listPrograms(q: ListTrainingProgramsQueryDto): Promise<Page<TrainingProgramDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.type) where.push(`p.type = $${params.push(q.type)}`);
    if (q.mode) where.push(`p.mode = $${params.push(q.mode)}`);
    if (q.competencyId) where.push(`p.raises @> $${params.push(JSON.stringify([{ competencyId: q.competencyId }]))}::jsonb`);
    if (q.active) where.push(`p.active = $${params.push(q.active === 'true')}`);
    if (q.q) where.push(`(p.code ILIKE $${params.push(`%${q.q}%`)} OR p.title ILIKE $${params.length} OR p.provider ILIKE $${params.length})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = { title: 'p.title', code: 'p.code', jp: 'p.jp', cost: 'p.cost_per_participant' }[q.sortBy ?? 'title'];
    const [rows, count] = await Promise.all([
      this.ds.query<ProgramRow[]>(`${PROGRAM_SELECT} ${w} ORDER BY ${sort} ${dir(q.sortOrder)}, p.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM training_programs p ${w}`, params),
    ]);
    return { items: rows.map(programDto), total: count[0].n, page, pageSize };
  }

  async getProgram(id: string): Promise<TrainingProgramDto> {
    return programDto(await this.programRow(id));
  }

  private async checkRaises(raises: ProgramRaiseInputDto[], db: Db): Promise<void> {
    const ids = raises.map((r) => r.competencyId);
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0) throw fieldInvalid(`raises.${dup}.competencyId`, 'duplicate', 'each competency may appear once');
    const known: { id: string }[] = await db.query('SELECT id FROM competencies WHERE id = ANY($1::uuid[])', [ids]);
    const set = new Set(known.map((k) => k.id));
    const missing = ids.findIndex((id) => !set.has(id));
    if (missing >= 0) throw competencyUnknownForTraining(`raises.${missing}.competencyId`);
  }

  /** Prerequisites exist, are not the program itself, appear once and make no cycle. */
  private async checkPrerequisites(ids: string[], selfId: string | null, db: Db): Promise<void> {
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0) throw fieldInvalid(`prerequisiteIds.${dup}`, 'duplicate', 'each prerequisite may appear once');
    const self = ids.indexOf(selfId ?? NO_ID);
    if (self >= 0) throw prerequisiteInvalid(`prerequisiteIds.${self}`, 'A program cannot be its own prerequisite.');
    const known: { id: string }[] = await db.query('SELECT id FROM training_programs WHERE id = ANY($1::uuid[])', [ids]);
    const set = new Set(known.map((k) => k.id));
    const missing = ids.findIndex((id) => !set.has(id));
    if (missing >= 0) throw prerequisiteInvalid(`prerequisiteIds.${missing}`, `prerequisiteIds.${missing} is not a program of the catalogue.`);
    if (selfId && ids.length) {
      const cycle: unknown[] = await db.query(
        `WITH RECURSIVE r(id) AS (SELECT unnest($1::uuid[]) UNION SELECT unnest(q.prerequisite_ids) FROM training_programs q JOIN r ON q.id = r.id)
         SELECT 1 FROM r WHERE id = $2 LIMIT 1`,
        [ids, selfId],
      );
      if (cycle.length) throw prerequisiteInvalid('prerequisiteIds', 'The prerequisites would make a cycle (this program is already a prerequisite of one of them).');
    }
  }

  async createProgram(dto: CreateTrainingProgramDto): Promise<TrainingProgramDto> {
    return this.ds.transaction(async (m) => {
      const raises = dto.raises ?? [];
      const prereqs = dto.prerequisiteIds ?? [];
      await this.checkRaises(raises, m);
      await this.checkPrerequisites(prereqs, null, m);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO training_programs (code, title, type, mode, jp, cost_per_participant, provider, description, raises, prerequisite_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          dto.code,
          dto.title,
          dto.type,
          dto.mode,
          dto.jp,
          dto.costPerParticipant ?? 0,
          dto.provider ?? null,
          dto.description ?? null,
          JSON.stringify(raises.map((r) => ({ competencyId: r.competencyId, levels: r.levels }))),
          prereqs,
        ],
      );
      const out = programDto(await this.programRow(id, m));
      await this.audit.record(m, { action: 'create', entity: 'training_program', entityId: id, after: out });
      return out;
    });
  }

  async updateProgram(id: string, dto: UpdateTrainingProgramDto): Promise<TrainingProgramDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.programRow(id, m);
      if (dto.raises) await this.checkRaises(dto.raises, m);
      if (dto.prerequisiteIds) await this.checkPrerequisites(dto.prerequisiteIds, id, m);
      await updateVersioned(m, 'training_programs', 'The training program', id, dto.version, {
        title: dto.title ?? before.title,
        type: dto.type ?? before.type,
        mode: dto.mode ?? before.mode,
        jp: dto.jp ?? before.jp,
        cost_per_participant: dto.costPerParticipant ?? before.cost_per_participant,
        provider: dto.provider !== undefined ? dto.provider : before.provider,
        description: dto.description !== undefined ? dto.description : before.description,
        raises: JSON.stringify(dto.raises ? dto.raises.map((r) => ({ competencyId: r.competencyId, levels: r.levels })) : before.raises),
        prerequisite_ids: dto.prerequisiteIds ?? before.prerequisite_ids,
        active: dto.active ?? before.active,
      });
      const out = programDto(await this.programRow(id, m));
      await this.audit.record(m, { action: 'update', entity: 'training_program', entityId: id, before: programDto(before), after: out });
      return out;
    });
  }

  async deleteProgram(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query('SELECT id FROM training_programs WHERE id = $1 FOR UPDATE', [id]);
      const before = await this.programRow(id, m);
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM training_programs WHERE $1 = ANY(prerequisite_ids)', [id]);
      if (before.session_count > 0 || n > 0) throw programInUse();
      await m.query('DELETE FROM training_programs WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'delete', entity: 'training_program', entityId: id, before: programDto(before) });
    });
  }

  // ── sessions ─────────────────────────────────────────────────────────────

  private async sessionRow(p: Principal, id: string, db: Db = this.ds, lock = false): Promise<SessionRow> {
    if (lock) await db.query('SELECT id FROM training_sessions WHERE id = $1 FOR UPDATE', [id]);
    const rows: SessionRow[] = await db.query(`${sessionSelect('$2')} WHERE s.id = $1`, [id, p.employeeId]);
    if (!rows[0]) throw sessionNotFound(id);
    return rows[0];
  }

  /** A session the caller manages, locked for the rest of the transaction. */
  private async managedSession(p: Principal, id: string, m: Db): Promise<SessionRow> {
    const s = await this.sessionRow(p, id, m, true);
    if (!this.canManage(p, s)) throw sessionNotManaged();
    return s;
  }

  async listSessions(p: Principal, q: ListTrainingSessionsQueryDto): Promise<Page<TrainingSessionDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.from) where.push(`s.ends_on >= $${params.push(q.from)}`);
    if (q.to) where.push(`s.starts_on <= $${params.push(q.to)}`);
    if (q.programId) where.push(`s.program_id = $${params.push(q.programId)}`);
    if (q.status) where.push(`s.status = $${params.push(q.status)}`);
    if (q.organiserUnitId) where.push(`s.organiser_unit_id = $${params.push(q.organiserUnitId)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const filterParams = [...params];
    const me = `$${params.push(p.employeeId)}`;
    const [rows, count] = await Promise.all([
      this.ds.query<SessionRow[]>(`${sessionSelect(me)} ${w} ORDER BY s.starts_on ${dir(q.sortOrder)}, p.title, s.id LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM training_sessions s ${w}`, filterParams),
    ]);
    return { items: rows.map(sessionDto), total: count[0].n, page, pageSize };
  }

  async getSession(p: Principal, id: string): Promise<TrainingSessionDto> {
    return sessionDto(await this.sessionRow(p, id));
  }

  /** Dates in order (400 naming the later field), a venue or a link, and a sensible length. */
  private checkSessionFields(s: { startsOn: string; endsOn: string; enrolmentOpensOn: string; enrolmentClosesOn: string; venue?: string | null; link?: string | null }): void {
    if (s.endsOn < s.startsOn) throw fieldInvalid('endsOn', 'date_order', 'endsOn must not be before startsOn');
    if (sessionDays(s.startsOn, s.endsOn) > MAX_SESSION_DAYS) throw fieldInvalid('endsOn', 'max_days', `a session lasts at most ${MAX_SESSION_DAYS} days`);
    if (s.enrolmentClosesOn < s.enrolmentOpensOn) throw fieldInvalid('enrolmentClosesOn', 'date_order', 'enrolmentClosesOn must not be before enrolmentOpensOn');
    if (s.enrolmentClosesOn > s.startsOn) throw fieldInvalid('enrolmentClosesOn', 'date_order', 'enrolmentClosesOn must not be after startsOn');
    if (!s.venue?.trim() && !s.link?.trim()) throw fieldInvalid('venue', 'required', 'give a venue or a link');
  }

  async createSession(p: Principal, dto: CreateTrainingSessionDto): Promise<TrainingSessionDto> {
    this.checkSessionFields(dto);
    const threshold = dto.attendanceThreshold ?? (await this.thresholdDefault());
    return this.ds.transaction(async (m) => {
      const program: { id: string }[] = await m.query('SELECT id FROM training_programs WHERE id = $1 AND active', [dto.programId]);
      if (!program[0]) throw programUnknown('programId');
      let unit: { id: string; path: string } | null = null;
      if (dto.organiserUnitId) unit = await this.org.unitFieldInScope(p, dto.organiserUnitId, 'organiserUnitId', m);
      else if (p.role === 'operator' && p.unitId) unit = await this.org.unitInScope(p, p.unitId, m);
      if (p.role === 'operator' && !unit) throw sessionNotManaged();
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO training_sessions (program_id, organiser_unit_id, starts_on, ends_on, venue, link, trainer, capacity, enrolment_opens_on, enrolment_closes_on,
           attendance_threshold, post_test_pass_score)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          dto.programId,
          unit?.id ?? null,
          dto.startsOn,
          dto.endsOn,
          dto.venue ?? null,
          dto.link ?? null,
          dto.trainer ?? null,
          dto.capacity,
          dto.enrolmentOpensOn,
          dto.enrolmentClosesOn,
          threshold,
          dto.postTestPassScore ?? null,
        ],
      );
      const out = sessionDto(await this.sessionRow(p, id, m));
      await this.audit.record(m, { action: 'create', entity: 'training_session', entityId: id, after: out, unitPath: unit?.path ?? null });
      return out;
    });
  }

  async updateSession(p: Principal, id: string, dto: UpdateTrainingSessionDto): Promise<TrainingSessionDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.managedSession(p, id, m);
      if (before.status !== 'open') throw sessionNotOpen(before.status);
      if (before.version !== dto.version) throw new StaleVersionError('The training session', dto.version);
      const next = {
        startsOn: dto.startsOn ?? before.starts_on,
        endsOn: dto.endsOn ?? before.ends_on,
        enrolmentOpensOn: dto.enrolmentOpensOn ?? before.enrolment_opens_on,
        enrolmentClosesOn: dto.enrolmentClosesOn ?? before.enrolment_closes_on,
        venue: dto.venue !== undefined ? dto.venue : before.venue,
        link: dto.link !== undefined ? dto.link : before.link,
      };
      this.checkSessionFields(next);
      if (next.startsOn !== before.starts_on || next.endsOn !== before.ends_on) {
        const marked: unknown[] = await m.query('SELECT 1 FROM training_attendance a JOIN training_enrolments e ON e.id = a.enrolment_id WHERE e.session_id = $1 LIMIT 1', [id]);
        if (marked.length) throw datesLocked();
        // moving the dates must not double-book anyone already in the session
        const clash: { employee_id: string; id: string }[] = await m.query(
          `SELECT e.employee_id, s2.id FROM training_enrolments e
           JOIN training_enrolments o ON o.employee_id = e.employee_id AND o.session_id <> e.session_id AND o.status = ANY($2::text[])
           JOIN training_sessions s2 ON s2.id = o.session_id AND s2.status = 'open'
           WHERE e.session_id = $1 AND e.status = ANY($2::text[]) AND s2.starts_on <= $4 AND s2.ends_on >= $3 LIMIT 1`,
          [id, ACTIVE, next.startsOn, next.endsOn],
        );
        if (clash[0]) throw datesClash(clash[0].employee_id, clash[0].id);
      }
      const capacity = dto.capacity ?? before.capacity;
      const [{ n: enrolled }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM training_enrolments WHERE session_id = $1 AND status = 'enrolled'`, [id]);
      if (capacity < enrolled) throw capacityBelowEnrolled(enrolled);
      await updateVersioned(m, 'training_sessions', 'The training session', id, dto.version, {
        starts_on: next.startsOn,
        ends_on: next.endsOn,
        enrolment_opens_on: next.enrolmentOpensOn,
        enrolment_closes_on: next.enrolmentClosesOn,
        venue: next.venue,
        link: next.link,
        trainer: dto.trainer !== undefined ? dto.trainer : before.trainer,
        capacity,
        attendance_threshold: dto.attendanceThreshold ?? before.attendance_threshold,
        post_test_pass_score: dto.postTestPassScore !== undefined ? dto.postTestPassScore : before.post_test_pass_score,
      });
      await this.audit.record(m, {
        action: 'update',
        entity: 'training_session',
        entityId: id,
        before: sessionDto(before),
        after: dto,
        unitPath: before.organiser_path,
      });
      if (capacity > before.capacity) await this.promote(p, id, capacity, m, 'capacity raised');
      return sessionDto(await this.sessionRow(p, id, m));
    });
  }

  async cancelSession(p: Principal, id: string, dto: CancelTrainingSessionDto): Promise<TrainingSessionDto> {
    return this.ds.transaction(async (m) => {
      const before = await this.managedSession(p, id, m);
      if (dto.version !== undefined && before.version !== dto.version) throw new StaleVersionError('The training session', dto.version);
      if (before.status !== 'open') throw sessionNotOpen(before.status);
      const dropped = await sqlRows<{ id: string }>(
        m,
        `UPDATE training_enrolments SET status = 'cancelled', decided_by_name = $2, version = version + 1, updated_at = now()
         WHERE session_id = $1 AND status = ANY($3::text[]) RETURNING id`,
        [id, p.name, ACTIVE],
      );
      await updateVersioned(m, 'training_sessions', 'The training session', id, before.version, { status: 'cancelled' });
      await this.audit.record(m, {
        action: 'cancel',
        entity: 'training_session',
        entityId: id,
        before: { status: before.status },
        after: { status: 'cancelled', reason: dto.reason ?? null, enrolmentsCancelled: dropped.length },
        unitPath: before.organiser_path,
      });
      return sessionDto(await this.sessionRow(p, id, m));
    });
  }

  // ── enrolment ────────────────────────────────────────────────────────────

  /** Gives free seats to the waiting list in queue order (the session row is locked by the caller). */
  private async promote(p: Principal, sessionId: string, capacity: number, m: EntityManager, why: string): Promise<string[]> {
    const [{ n: taken }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM training_enrolments WHERE session_id = $1 AND status = 'enrolled'`, [sessionId]);
    const queue: { id: string; queuedAt: Date; path: string; employee_id: string }[] = await m.query(
      `SELECT e.id, e.queued_at AS "queuedAt", e.employee_id, u.path FROM training_enrolments e JOIN employees emp ON emp.id = e.employee_id JOIN org_units u ON u.id = emp.unit_id
       WHERE e.session_id = $1 AND e.status = 'waitlisted' ORDER BY e.queued_at, e.id FOR UPDATE OF e`,
      [sessionId],
    );
    const ids = promoteFromWaitlist(capacity, taken, queue);
    if (!ids.length) return [];
    await m.query(`UPDATE training_enrolments SET status = 'enrolled', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    for (const pid of ids) {
      const q = queue.find((x) => x.id === pid)!;
      await this.audit.record(m, {
        action: 'promote',
        entity: 'training_enrolment',
        entityId: pid,
        before: { status: 'waitlisted' },
        after: { status: 'enrolled', sessionId, employeeId: q.employee_id, reason: why },
        unitPath: q.path,
      });
    }
    return ids;
  }

  async listSessionEnrolments(p: Principal, sessionId: string, q: ListTrainingEnrolmentsQueryDto): Promise<Page<TrainingEnrolmentDto>> {
    await this.sessionRow(p, sessionId);
    return this.listEnrolments(p, { ...q, sessionId });
  }

  async listEnrolments(p: Principal, q: ListTrainingEnrolmentsQueryDto): Promise<Page<TrainingEnrolmentDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const vis = this.enrolmentVisibilitySql(p, params);
    if (vis) where.push(vis);
    if (q.sessionId) where.push(`e.session_id = $${params.push(q.sessionId)}`);
    if (q.employeeId) where.push(`e.employee_id = $${params.push(q.employeeId)}`);
    if (q.status) where.push(`e.status = $${params.push(q.status)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = `FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN employees emp ON emp.id = e.employee_id
      JOIN org_units u ON u.id = emp.unit_id LEFT JOIN org_units ou ON ou.id = s.organiser_unit_id`;
    const order = `array_position(ARRAY['enrolled','completed','not_completed','requested','waitlisted','declined','cancelled'], e.status::text), e.queued_at ${dir(q.sortOrder)}, e.id`;
    const [rows, count] = await Promise.all([
      this.ds.query<EnrolmentRow[]>(`${ENROLMENT_SELECT} ${w} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n ${from} ${w}`, params),
    ]);
    return { items: rows.map(enrolmentDto), total: count[0].n, page, pageSize };
  }

  /**
   * An employee requests a seat for themselves (→ requested, for their leader); an operator, planner or administrator
   * assigns someone of their subtree (→ enrolled, or waitlisted when full). The session row is locked so that
   * concurrent enrolments never exceed the capacity, and the person is locked against double booking.
   */
  async enrol(p: Principal, sessionId: string, dto: EnrolDto): Promise<TrainingEnrolmentDto> {
    const self = !dto.employeeId || (dto.employeeId === p.employeeId && !ASSIGNERS.has(p.role));
    if (self && !p.employeeId) throw selfEnrolmentNeedsEmployee();
    if (!self && !ASSIGNERS.has(p.role)) {
      if (p.role === 'employee' || p.role === 'panel') throw employeeFieldNotFound('employeeId');
      throw assignForbidden();
    }
    const employeeId = self ? p.employeeId! : dto.employeeId!;
    const id = await this.ds.transaction(async (m) => {
      const s = await this.sessionRow(p, sessionId, m, true);
      const emp = await this.employeeInScope(p, employeeId, m, 'employeeId');
      if (s.status !== 'open') throw sessionNotOpen(s.status);
      const t = today();
      if (t < s.enrolment_opens_on || t > s.enrolment_closes_on) throw enrolmentClosed(s.enrolment_opens_on, s.enrolment_closes_on);
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`training_enrolment:${employeeId}`]);
      const existing: { id: string; status: string }[] = await m.query('SELECT id, status FROM training_enrolments WHERE session_id = $1 AND employee_id = $2 FOR UPDATE', [
        sessionId,
        employeeId,
      ]);
      if (existing[0] && !['cancelled', 'declined'].includes(existing[0].status)) throw alreadyEnrolled(existing[0].status);
      const clash: { id: string; title: string; starts_on: string; ends_on: string }[] = await m.query(
        `SELECT s2.id, p2.title, s2.starts_on, s2.ends_on FROM training_enrolments e JOIN training_sessions s2 ON s2.id = e.session_id JOIN training_programs p2 ON p2.id = s2.program_id
         WHERE e.employee_id = $1 AND e.status = ANY($2::text[]) AND s2.status = 'open' AND s2.id <> $3 AND s2.starts_on <= $5 AND s2.ends_on >= $4
         ORDER BY s2.starts_on, s2.id LIMIT 1`,
        [employeeId, ACTIVE, sessionId, s.starts_on, s.ends_on],
      );
      if (clash[0]) throw doubleBooking(clash[0].id, clash[0].title, clash[0].starts_on, clash[0].ends_on);
      if (s.prerequisite_ids.length) {
        const missing: { code: string }[] = await m.query(
          `SELECT q.code FROM training_programs q WHERE q.id = ANY($1::uuid[]) AND NOT EXISTS (
             SELECT 1 FROM training_enrolments e JOIN training_sessions s2 ON s2.id = e.session_id WHERE s2.program_id = q.id AND e.employee_id = $2 AND e.status = 'completed')
           ORDER BY q.code`,
          [s.prerequisite_ids, employeeId],
        );
        if (missing.length) throw prerequisiteMissing(missing.map((x) => x.code));
      }
      let status = 'requested';
      if (!self) {
        const [{ n: taken }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM training_enrolments WHERE session_id = $1 AND status = 'enrolled'`, [sessionId]);
        status = placeFor(s.capacity, taken);
      }
      let eid: string;
      if (existing[0]) {
        eid = existing[0].id;
        await m.query(
          `UPDATE training_enrolments SET status = $2, queued_at = clock_timestamp(), requested_by_name = $3, decided_by_name = NULL, post_test_score = NULL,
             version = version + 1, updated_at = now() WHERE id = $1`,
          [eid, status, p.name],
        );
      } else {
        [{ id: eid }] = await m.query<{ id: string }[]>(
          `INSERT INTO training_enrolments (session_id, employee_id, status, requested_by_name) VALUES ($1, $2, $3, $4) RETURNING id`,
          [sessionId, employeeId, status, p.name],
        );
      }
      await this.audit.record(m, {
        action: self ? 'request' : status === 'enrolled' ? 'enrol' : 'waitlist',
        entity: 'training_enrolment',
        entityId: eid,
        after: { sessionId, employeeId, status },
        unitPath: emp.path,
      });
      return eid;
    });
    return enrolmentDto(await this.enrolmentRow(p, id, this.ds));
  }

  /** The enrolment for a decision by a leader, operator, planner or administrator of the person's subtree (others: 404). */
  private async decidable(p: Principal, id: string, m: Db): Promise<EnrolmentRow> {
    const r = await this.enrolmentRow(p, id, m);
    if (!DECIDERS.has(p.role) || !inScope(p, r.emp_path)) throw enrolmentNotFound(id);
    return r;
  }

  async approveEnrolment(p: Principal, id: string): Promise<TrainingEnrolmentDto> {
    await this.ds.transaction(async (m) => {
      const first = await this.decidable(p, id, m);
      const s = await this.sessionRow(p, first.session_id, m, true);
      const r = await this.decidable(p, id, m);
      if (r.employee_id === p.employeeId) throw ownDecision();
      if (r.status !== 'requested') throw enrolmentTransitionInvalid('approved', r.status);
      if (s.status !== 'open') throw sessionNotOpen(s.status);
      const [{ n: taken }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM training_enrolments WHERE session_id = $1 AND status = 'enrolled'`, [s.id]);
      const status = placeFor(s.capacity, taken);
      await m.query(`UPDATE training_enrolments SET status = $2, decided_by_name = $3, version = version + 1, updated_at = now() WHERE id = $1`, [id, status, p.name]);
      await this.audit.record(m, {
        action: 'approve',
        entity: 'training_enrolment',
        entityId: id,
        before: { status: r.status },
        after: { status, sessionId: s.id, employeeId: r.employee_id },
        unitPath: r.emp_path,
      });
    });
    return enrolmentDto(await this.enrolmentRow(p, id, this.ds));
  }

  async declineEnrolment(p: Principal, id: string, dto: DecideEnrolmentDto): Promise<TrainingEnrolmentDto> {
    await this.ds.transaction(async (m) => {
      const first = await this.decidable(p, id, m);
      await this.sessionRow(p, first.session_id, m, true);
      const r = await this.decidable(p, id, m);
      if (r.employee_id === p.employeeId) throw ownDecision();
      if (r.status !== 'requested' && r.status !== 'waitlisted') throw enrolmentTransitionInvalid('declined', r.status);
      await m.query(`UPDATE training_enrolments SET status = 'declined', decided_by_name = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, p.name]);
      await this.audit.record(m, {
        action: 'decline',
        entity: 'training_enrolment',
        entityId: id,
        before: { status: r.status },
        after: { status: 'declined', sessionId: r.session_id, employeeId: r.employee_id, reason: dto.reason ?? null },
        unitPath: r.emp_path,
      });
    });
    return enrolmentDto(await this.enrolmentRow(p, id, this.ds));
  }

  /** The person or staff in scope cancel; a freed seat goes to the first of the waiting list in the same transaction. */
  async cancelEnrolment(p: Principal, id: string): Promise<TrainingEnrolmentDto> {
    await this.ds.transaction(async (m) => {
      const first = await this.enrolmentRow(p, id, m);
      const s = await this.sessionRow(p, first.session_id, m, true);
      const r = await this.enrolmentRow(p, id, m);
      const own = r.employee_id === p.employeeId;
      const staff = DECIDERS.has(p.role) && (inScope(p, r.emp_path) || this.canManage(p, s));
      if (!own && !staff) throw enrolmentNotFound(id);
      if (!ACTIVE.includes(r.status)) throw enrolmentTransitionInvalid('cancelled', r.status);
      if (s.status !== 'open') throw sessionNotOpen(s.status);
      await m.query(`UPDATE training_enrolments SET status = 'cancelled', decided_by_name = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, p.name]);
      await this.audit.record(m, {
        action: 'cancel',
        entity: 'training_enrolment',
        entityId: id,
        before: { status: r.status },
        after: { status: 'cancelled', sessionId: s.id, employeeId: r.employee_id },
        unitPath: r.emp_path,
      });
      if (r.status === 'enrolled') await this.promote(p, s.id, s.capacity, m, `seat freed by enrolment ${id}`);
    });
    return enrolmentDto(await this.enrolmentRow(p, id, this.ds));
  }

  // ── attendance ───────────────────────────────────────────────────────────

  async attendanceSheet(p: Principal, sessionId: string, db: Db = this.ds): Promise<AttendanceSheetDto> {
    const s = await this.sessionRow(p, sessionId, db);
    const params: unknown[] = [sessionId];
    const where = [`e.session_id = $1`, `e.status IN ('enrolled', 'completed', 'not_completed')`];
    if (!this.canManage(p, s)) {
      const vis = this.enrolmentVisibilitySql(p, params);
      if (vis) where.push(vis);
    }
    const rows: { id: string; employee_id: string; name: string; nip: string; unit_name: string; status: string; marks: Record<string, boolean> | null }[] = await db.query(
      `SELECT e.id, e.employee_id, emp.name, emp.nip, u.name AS unit_name, e.status,
              (SELECT json_object_agg(to_char(a.day, 'YYYY-MM-DD'), a.present) FROM training_attendance a WHERE a.enrolment_id = e.id) AS marks
       FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN employees emp ON emp.id = e.employee_id
       JOIN org_units u ON u.id = emp.unit_id LEFT JOIN org_units ou ON ou.id = s.organiser_unit_id
       WHERE ${where.join(' AND ')} ORDER BY emp.name, e.id`,
      params,
    );
    const days = sessionDates(s.starts_on, s.ends_on);
    const threshold = Number(s.attendance_threshold);
    return {
      sessionId,
      days,
      attendanceThreshold: threshold,
      rows: rows.map((r) => {
        const cells = days.map((day) => ({ day, present: r.marks?.[day] ?? null }));
        const attended = cells.filter((c) => c.present === true).length;
        const d = completionDecision({ attendedDays: attended, totalDays: days.length, threshold, passScore: null, score: null });
        return {
          enrolmentId: r.id,
          employeeId: r.employee_id,
          name: r.name,
          nip: r.nip,
          unitName: r.unit_name,
          status: r.status,
          days: cells,
          attendedDays: attended,
          share: d.share,
          meetsThreshold: d.completed,
        };
      }),
    };
  }

  async markAttendance(p: Principal, sessionId: string, dto: MarkAttendanceDto): Promise<AttendanceSheetDto> {
    return this.ds.transaction(async (m) => {
      const s = await this.managedSession(p, sessionId, m);
      if (s.status !== 'open') throw sessionNotOpen(s.status);
      if (dto.day < s.starts_on || dto.day > s.ends_on || dto.day > today()) throw attendanceDayOutside(s.starts_on, s.ends_on);
      const ids = dto.marks.map((x) => x.enrolmentId);
      const dup = ids.findIndex((x, i) => ids.indexOf(x) !== i);
      if (dup >= 0) throw duplicateInList(`marks.${dup}.enrolmentId`);
      const enrolled: { id: string }[] = await m.query(`SELECT id FROM training_enrolments WHERE session_id = $1 AND status = 'enrolled' AND id = ANY($2::uuid[])`, [
        sessionId,
        ids,
      ]);
      const set = new Set(enrolled.map((e) => e.id));
      const bad = ids.findIndex((x) => !set.has(x));
      if (bad >= 0) throw markNotEnrolled(`marks.${bad}.enrolmentId`);
      await m.query(
        `INSERT INTO training_attendance (enrolment_id, day, present, marked_by_name) SELECT x.e, $1::date, x.p, $2 FROM unnest($3::uuid[], $4::boolean[]) AS x(e, p)
         ON CONFLICT (enrolment_id, day) DO UPDATE SET present = EXCLUDED.present, marked_by_name = EXCLUDED.marked_by_name, updated_at = now()`,
        [dto.day, p.name, ids, dto.marks.map((x) => x.present)],
      );
      await this.audit.record(m, {
        action: 'mark_attendance',
        entity: 'training_session',
        entityId: sessionId,
        after: { day: dto.day, present: dto.marks.filter((x) => x.present).length, absent: dto.marks.filter((x) => !x.present).length, marks: dto.marks },
        unitPath: s.organiser_path,
      });
      return this.attendanceSheet(p, sessionId, m);
    });
  }

  // ── completion ───────────────────────────────────────────────────────────

  /**
   * Closes a session: each enrolled person completes (attendance share ≥ threshold and, where set, the post-test passed)
   * or not; completers get a JP ledger line and a certificate code, and a passed post-test records an assessment raising
   * the program's competencies. Pending requests are declined and the waiting list cancelled. One transaction.
   */
  async completeSession(p: Principal, sessionId: string, dto: CompleteTrainingSessionDto): Promise<SessionCompletionDto> {
    return this.ds.transaction(async (m) => {
      const s = await this.managedSession(p, sessionId, m);
      if (dto.version !== undefined && s.version !== dto.version) throw new StaleVersionError('The training session', dto.version);
      if (s.status !== 'open') throw sessionNotOpen(s.status);
      if (today() < s.ends_on) throw sessionNotOver(s.ends_on);
      const people: { id: string; employee_id: string; name: string; path: string; attended: number; post_test_score: string | null }[] = await m.query(
        `SELECT e.id, e.employee_id, emp.name, u.path, e.post_test_score,
                (SELECT count(*)::int FROM training_attendance a WHERE a.enrolment_id = e.id AND a.present AND a.day BETWEEN $2 AND $3) AS attended
         FROM training_enrolments e JOIN employees emp ON emp.id = e.employee_id JOIN org_units u ON u.id = emp.unit_id
         WHERE e.session_id = $1 AND e.status = 'enrolled' ORDER BY emp.name, e.id FOR UPDATE OF e`,
        [sessionId, s.starts_on, s.ends_on],
      );
      const scores = new Map<string, number>();
      const known = new Set(people.map((x) => x.id));
      for (const [i, sc] of (dto.postTestScores ?? []).entries()) {
        if (scores.has(sc.enrolmentId)) throw duplicateInList(`postTestScores.${i}.enrolmentId`);
        if (!known.has(sc.enrolmentId)) throw markNotEnrolled(`postTestScores.${i}.enrolmentId`);
        scores.set(sc.enrolmentId, sc.score);
      }
      const totalDays = sessionDays(s.starts_on, s.ends_on);
      const threshold = Number(s.attendance_threshold);
      const passScore = num(s.post_test_pass_score);
      const jp = Number(s.jp);
      const year = Number(s.ends_on.slice(0, 4));
      const raises = (s.raises ?? []).map((r) => ({ competencyId: r.competencyId, levels: Number(r.levels) }));
      const outcomes: CompletionOutcomeDto[] = [];
      for (const person of people) {
        const score = scores.get(person.id) ?? num(person.post_test_score);
        const d = completionDecision({ attendedDays: person.attended, totalDays, threshold, passScore, score });
        const out: CompletionOutcomeDto = {
          enrolmentId: person.id,
          employeeId: person.employee_id,
          name: person.name,
          status: d.completed ? 'completed' : 'not_completed',
          attendedDays: person.attended,
          share: d.share,
          postTestScore: score,
          reasons: d.reasons,
          certificateCode: null,
          jp: null,
          assessmentId: null,
          raised: [],
        };
        let activityId: string | null = null;
        if (d.completed) {
          out.certificateCode = certificateCode(randomBytes(12));
          out.jp = jp;
          await m.query(
            `UPDATE training_enrolments SET status = 'completed', post_test_score = $2, completed_at = now(), certificate_code = $3, decided_by_name = $4,
               version = version + 1, updated_at = now() WHERE id = $1`,
            [person.id, score, out.certificateCode, p.name],
          );
          [{ id: activityId }] = await m.query<{ id: string }[]>(
            `INSERT INTO development_activities (employee_id, year, kind, title, jp, occurred_on, evidence, status, decided_by_name, enrolment_id)
             VALUES ($1, $2, 'training', $3, $4, $5, $6, 'approved', $7, $8) RETURNING id`,
            [
              person.employee_id,
              year,
              s.program_title,
              jp,
              s.ends_on,
              `Sesi ${s.program_code} ${s.starts_on} – ${s.ends_on}, sertifikat ${out.certificateCode}`,
              p.name,
              person.id,
            ],
          );
          await this.audit.record(m, {
            action: 'create',
            entity: 'development_activity',
            entityId: activityId,
            after: { employeeId: person.employee_id, kind: 'training', jp, year, enrolmentId: person.id, status: 'approved' },
            unitPath: person.path,
          });
          if (d.postTestPassed && raises.length) {
            const latest: { competency_id: string; level: number }[] = await m.query(
              `SELECT DISTINCT ON (i.competency_id) i.competency_id, i.level
               FROM competency_assessments a JOIN competency_assessment_items i ON i.assessment_id = a.id
               WHERE a.employee_id = $1 AND i.competency_id = ANY($2::uuid[]) AND a.assessed_on <= $3::date AND (a.valid_until IS NULL OR a.valid_until >= $3::date)
               ORDER BY i.competency_id, a.assessed_on DESC, a.created_at DESC`,
              [person.employee_id, raises.map((r) => r.competencyId), s.ends_on],
            );
            const raised = raisedLevels(raises, new Map(latest.map((l) => [l.competency_id, l.level])));
            if (raised.length) {
              const evidence = `Post-test ${s.program_code} (${s.starts_on} – ${s.ends_on}): ${score} ≥ ${passScore}`;
              const [{ id: aid }] = await m.query<{ id: string }[]>(
                `INSERT INTO competency_assessments (employee_id, source, assessed_on, evidence, created_by_name) VALUES ($1, 'training_post_test', $2, $3, $4) RETURNING id`,
                [person.employee_id, s.ends_on, evidence, p.name],
              );
              await m.query(`INSERT INTO competency_assessment_items (assessment_id, competency_id, level) SELECT $1, x.c, x.l FROM unnest($2::uuid[], $3::int[]) AS x(c, l)`, [
                aid,
                raised.map((r) => r.competencyId),
                raised.map((r) => r.to),
              ]);
              await this.audit.record(m, {
                action: 'create',
                entity: 'competency_assessment',
                entityId: aid,
                after: {
                  employeeId: person.employee_id,
                  source: 'training_post_test',
                  assessedOn: s.ends_on,
                  evidence,
                  items: raised.map((r) => ({ competencyId: r.competencyId, level: r.to })),
                },
                unitPath: person.path,
              });
              out.assessmentId = aid;
              out.raised = raised;
            }
          }
        } else {
          await m.query(
            `UPDATE training_enrolments SET status = 'not_completed', post_test_score = $2, decided_by_name = $3, version = version + 1, updated_at = now() WHERE id = $1`,
            [person.id, score, p.name],
          );
        }
        await this.audit.record(m, {
          action: d.completed ? 'complete' : 'not_complete',
          entity: 'training_enrolment',
          entityId: person.id,
          before: { status: 'enrolled' },
          after: {
            status: out.status,
            sessionId,
            employeeId: person.employee_id,
            attendedDays: person.attended,
            share: d.share,
            postTestScore: score,
            reasons: d.reasons,
            activityId,
            assessmentId: out.assessmentId,
          },
          unitPath: person.path,
        });
        outcomes.push(out);
      }
      const closed = await sqlRows<{ id: string; status: string }>(
        m,
        `UPDATE training_enrolments SET status = CASE WHEN status = 'requested' THEN 'declined' ELSE 'cancelled' END, decided_by_name = $2, version = version + 1, updated_at = now()
         WHERE session_id = $1 AND status IN ('requested', 'waitlisted') RETURNING id, status`,
        [sessionId, p.name],
      );
      await updateVersioned(m, 'training_sessions', 'The training session', sessionId, s.version, { status: 'completed' });
      const completed = outcomes.filter((o) => o.status === 'completed').length;
      await this.audit.record(m, {
        action: 'complete',
        entity: 'training_session',
        entityId: sessionId,
        before: { status: 'open' },
        after: { status: 'completed', completed, notCompleted: outcomes.length - completed, requestsClosed: closed.length },
        unitPath: s.organiser_path,
      });
      return { session: sessionDto(await this.sessionRow(p, sessionId, m)), completed, notCompleted: outcomes.length - completed, outcomes };
    });
  }

  // ── JP ledger ────────────────────────────────────────────────────────────

  private async activityRow(p: Principal, id: string, db: Db): Promise<ActivityRow> {
    const rows: ActivityRow[] = await db.query(`${ACTIVITY_SELECT} WHERE a.id = $1`, [id]);
    const r = rows[0];
    if (!r || (r.employee_id !== p.employeeId && (p.role === 'employee' || p.role === 'panel' || !inScope(p, r.emp_path)))) throw activityNotFound(id);
    return r;
  }

  async listActivities(p: Principal, q: ListTrainingActivitiesQueryDto): Promise<Page<TrainingActivityDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (p.role === 'employee' || p.role === 'panel') where.push(`a.employee_id = $${params.push(p.employeeId ?? NO_ID)}`);
    else {
      const scope = unitScopeSql(p, 'u.path', params);
      if (scope) where.push(`(${scope} OR a.employee_id = $${params.push(p.employeeId ?? NO_ID)})`);
    }
    if (q.employeeId) where.push(`a.employee_id = $${params.push(q.employeeId)}`);
    if (q.orgUnitId) where.push(`u.path LIKE $${params.push(`${(await this.org.unitInScope(p, q.orgUnitId)).path}%`)}`);
    if (q.year) where.push(`a.year = $${params.push(q.year)}`);
    if (q.status) where.push(`a.status = $${params.push(q.status)}`);
    if (q.kind) where.push(`a.kind = $${params.push(q.kind)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query<ActivityRow[]>(
        `${ACTIVITY_SELECT} ${w} ORDER BY a.occurred_on ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'}, a.created_at DESC, a.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM development_activities a JOIN employees emp ON emp.id = a.employee_id JOIN org_units u ON u.id = emp.unit_id ${w}`,
        params,
      ),
    ]);
    return { items: rows.map(activityDto), total: count[0].n, page, pageSize };
  }

  /** An employee records their own non-classroom learning; staff of the subtree record it for their people. Pending until approved. */
  async createActivity(p: Principal, dto: CreateTrainingActivityDto): Promise<TrainingActivityDto> {
    if (dto.occurredOn > today()) throw fieldInvalid('occurredOn', 'date', 'occurredOn must not be in the future');
    const employeeId = dto.employeeId ?? p.employeeId;
    if (!employeeId) throw selfEnrolmentNeedsEmployee();
    if (employeeId !== p.employeeId && !DECIDERS.has(p.role)) throw employeeFieldNotFound('employeeId');
    const id = await this.ds.transaction(async (m) => {
      const emp = await this.employeeInScope(p, employeeId, m, 'employeeId');
      const [{ id: aid }] = await m.query<{ id: string }[]>(
        `INSERT INTO development_activities (employee_id, year, kind, title, jp, occurred_on, evidence, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending') RETURNING id`,
        [employeeId, Number(dto.occurredOn.slice(0, 4)), dto.kind, dto.title, dto.jp, dto.occurredOn, dto.evidence ?? null],
      );
      await this.audit.record(m, { action: 'create', entity: 'development_activity', entityId: aid, after: { employeeId, ...dto, status: 'pending' }, unitPath: emp.path });
      return aid;
    });
    return activityDto(await this.activityRow(p, id, this.ds));
  }

  async decideActivity(p: Principal, id: string, action: 'approve' | 'reject', dto: DecideActivityDto): Promise<TrainingActivityDto> {
    await this.ds.transaction(async (m) => {
      await m.query('SELECT id FROM development_activities WHERE id = $1 FOR UPDATE', [id]);
      const r = await this.activityRow(p, id, m);
      if (!DECIDERS.has(p.role) || !inScope(p, r.emp_path)) throw activityNotFound(id);
      if (r.employee_id === p.employeeId) throw ownDecision();
      if (r.status !== 'pending') throw activityTransitionInvalid(action === 'approve' ? 'approved' : 'rejected', r.status);
      const status = action === 'approve' ? 'approved' : 'rejected';
      await updateVersioned(m, 'development_activities', 'The activity', id, r.version, { status, decided_by_name: p.name });
      await this.audit.record(m, {
        action,
        entity: 'development_activity',
        entityId: id,
        before: { status: r.status },
        after: { status, employeeId: r.employee_id, jp: Number(r.jp), reason: dto.reason ?? null },
        unitPath: r.emp_path,
      });
    });
    return activityDto(await this.activityRow(p, id, this.ds));
  }

  /** JP approved in the year per employee against the JP owed, with the pace to year end and a summary of the scope. */
  async hours(p: Principal, q: TrainingHoursQueryDto): Promise<TrainingHoursPageDto> {
    const asOf = today();
    const year = q.year ?? Number(asOf.slice(0, 4));
    const rule = await this.reference.rule<DevelopmentHoursRule>('competency.development_hours', `${year}-12-31` < asOf ? `${year}-12-31` : asOf);
    const owed = rule.value.jpPerYear;
    const params: unknown[] = [year];
    const where = ['e.active'];
    if (p.role === 'employee' || p.role === 'panel') where.push(`e.id = $${params.push(p.employeeId ?? NO_ID)}`);
    else {
      const scope = unitScopeSql(p, 'u.path', params);
      if (scope) where.push(scope);
    }
    if (q.employeeId) where.push(`e.id = $${params.push((await this.employeeInScope(p, q.employeeId, this.ds, 'employeeId')).id)}`);
    if (q.orgUnitId) where.push(`u.path LIKE $${params.push(`${(await this.org.unitInScope(p, q.orgUnitId)).path}%`)}`);
    const rows: { id: string; name: string; nip: string; unit_name: string; jp: string; pending: string }[] = await this.ds.query(
      `WITH done AS (
         SELECT employee_id, sum(jp) FILTER (WHERE status = 'approved') AS jp, sum(jp) FILTER (WHERE status = 'pending') AS pending
         FROM development_activities WHERE year = $1 GROUP BY employee_id)
       SELECT e.id, e.name, e.nip, u.name AS unit_name, coalesce(d.jp, 0) AS jp, coalesce(d.pending, 0) AS pending
       FROM employees e JOIN org_units u ON u.id = e.unit_id LEFT JOIN done d ON d.employee_id = e.id
       WHERE ${where.join(' AND ')}`,
      params,
    );
    let pace = jpPace({ done: 0, owed, year, asOf });
    const all: EmployeeHoursDto[] = rows.map((r) => {
      const done = Number(r.jp);
      pace = jpPace({ done, owed, year, asOf });
      return {
        employeeId: r.id,
        name: r.name,
        nip: r.nip,
        unitName: r.unit_name,
        jp: done,
        pendingJp: Number(r.pending),
        owed,
        remaining: pace.remaining,
        met: pace.met,
        projected: pace.projected,
        onPace: pace.onPace,
      };
    });
    const meeting = all.filter((x) => x.met).length;
    const summary = {
      employees: all.length,
      meeting,
      behind: all.filter((x) => !x.onPace).length,
      meanJp: all.length ? Math.round((all.reduce((s, x) => s + x.jp, 0) / all.length) * 100) / 100 : null,
      meetingShare: all.length ? meeting / all.length : 0,
    };
    let list = q.behindOnly === 'true' ? all.filter((x) => !x.onPace) : all;
    const sortBy = q.sortBy ?? 'jp';
    const order = q.sortOrder === 'desc' ? -1 : 1;
    list = [...list].sort((a, b) => {
      const c =
        sortBy === 'name'
          ? a.name.localeCompare(b.name, 'id')
          : sortBy === 'projected'
            ? a.projected - b.projected
            : sortBy === 'remaining'
              ? a.remaining - b.remaining
              : a.jp - b.jp;
      return c * order || a.name.localeCompare(b.name, 'id') || a.employeeId.localeCompare(b.employeeId);
    });
    const { page, pageSize, offset } = pageParams(q);
    return {
      items: list.slice(offset, offset + pageSize),
      total: list.length,
      page,
      pageSize,
      year,
      asOf,
      daysElapsed: pace.daysElapsed,
      daysInYear: pace.daysInYear,
      owed,
      summary,
      ruleKey: rule.key,
      ruleEffectiveFrom: rule.effectiveFrom,
    };
  }
}
