import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import type { FieldError } from '../../common/problem.js';
import { inScope } from '../../common/scope.js';
import { dir, sqlRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { checkRubricScores, panelistScore, panelSummary } from './calc/interview.js';
import {
  ApplicationInterviewsDto,
  AssignPanelistsDto,
  AssignPanelistsResultDto,
  DeclarationResultDto,
  DeclareNoConflictDto,
  InterviewDto,
  InterviewListItemDto,
  ListInterviewsQueryDto,
  PanelistDto,
  PanelistScoresDto,
  PanelSummaryDto,
  RubricCriterionDto,
  SubmitInterviewScoresDto,
} from './dto/interviews.dto.js';
import {
  alreadySubmitted,
  applicationNotFound,
  applicationsNotShortlisted,
  declarationRequired,
  finalResultPublished,
  interviewNotFound,
  interviewSubmitted,
  nothingToAssign,
  panelistsInvalid,
  pppkRound,
  scoresInvalid,
  tooFewPanelists,
  vacancyNotInRound,
} from './interviews.errors.js';
import { applicationScopeSql, loadRound, loadVacancy, type Db } from './recruitment.repo.js';
import type { RoundRules } from './recruitment.types.js';

/** Audit action for a declared conflict: recorded on the application, so a later assignment skips that panelist. */
const CONFLICT_ACTION = 'interview_conflict_declared';

const num = (v: string | number | null) => (v === null ? null : Number(v));
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const isPanel = (p: Principal) => p.role === 'panel';

interface InterviewRow {
  id: string;
  application_id: string;
  panelist_id: string;
  panelist_name: string;
  no_conflict_declared_at: Date | null;
  scores: Record<string, number> | null;
  score: string | null;
  note: string | null;
  submitted_at: Date | null;
  version: number;
}

/** An assignment with everything its screen needs: the application, applicant, vacancy, round and unit path. */
interface InterviewContextRow extends InterviewRow {
  round_id: string;
  round_name: string;
  round_type: string;
  rules: RoundRules;
  vacancy_id: string;
  vacancy_code: string;
  position_title: string;
  unit_name: string;
  unit_path: string;
  registration_number: string;
  category: string;
  stage: string;
  applicant_name: string;
  education_level: string;
  major: string;
  institution: string | null;
  gpa: string;
  graduation_year: number | null;
}

const INTERVIEW_COLUMNS = `i.id, i.application_id, i.panelist_id, pu.display_name AS panelist_name, i.no_conflict_declared_at, i.scores, i.score,
  i.note, i.submitted_at, i.version`;

const CONTEXT_SELECT = `SELECT ${INTERVIEW_COLUMNS}, r.id AS round_id, r.name AS round_name, r.type AS round_type, r.rules,
  v.id AS vacancy_id, v.code AS vacancy_code, pos.title AS position_title, vu.name AS unit_name, vu.path AS unit_path,
  a.registration_number, a.category, a.stage, ap.name AS applicant_name, ap.education_level, ap.major, ap.institution, ap.gpa, ap.graduation_year
  FROM recruitment_interviews i
  JOIN users pu ON pu.id = i.panelist_id
  JOIN recruitment_applications a ON a.id = i.application_id
  JOIN recruitment_applicants ap ON ap.id = a.applicant_id
  JOIN recruitment_rounds r ON r.id = a.round_id
  JOIN recruitment_vacancies v ON v.id = a.vacancy_id
  JOIN positions pos ON pos.id = v.position_id
  JOIN org_units vu ON vu.id = v.unit_id`;

const rubricOf = (rules: RoundRules): RubricCriterionDto[] => (rules?.interview?.rubric ?? []).map((c) => ({ key: c.key, label: c.label, max: Number(c.max) }));

const panelistDto = (r: InterviewRow): PanelistScoresDto => ({
  id: r.id,
  panelistId: r.panelist_id,
  panelistName: r.panelist_name,
  declaredAt: iso(r.no_conflict_declared_at),
  submittedAt: iso(r.submitted_at),
  scores: r.submitted_at ? r.scores : null,
  score: r.submitted_at ? num(r.score) : null,
  note: r.submitted_at ? r.note : null,
  version: r.version,
});

function summaryOf(rows: InterviewRow[], rules: RoundRules): PanelSummaryDto {
  const spreadLimit = Number(rules?.interview?.spreadLimit ?? 0);
  const s = panelSummary(
    rows.filter((r) => r.submitted_at && r.score !== null).map((r) => Number(r.score)),
    spreadLimit,
  );
  return { assigned: rows.length, ...s, spreadLimit, minPanelists: Number(rules?.interview?.minPanelists ?? 2) };
}

@Injectable()
export class InterviewsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ── helpers ──────────────────────────────────────────────────────────────

  /** 409 once the round's final result is published (the published figures must not move). */
  private async assertNotFinal(db: Db, roundId: string): Promise<void> {
    const rows = await db.query<{ one: number }[]>(`SELECT 1 AS one FROM recruitment_results WHERE round_id = $1 AND stage = 'final' LIMIT 1`, [roundId]);
    if (rows.length) throw finalResultPublished();
  }

  /**
   * The assignment as the caller may see it: a panelist only their own, operators and leaders their subtree
   * (404 otherwise, for reads and writes alike). `lock` locks the assignment row.
   */
  private async loadContext(db: Db, p: Principal, id: string, lock = false): Promise<InterviewContextRow> {
    const rows = await db.query<InterviewContextRow[]>(`${CONTEXT_SELECT} WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`, [id]);
    const r = rows[0];
    if (!r) throw interviewNotFound(id);
    if (isPanel(p) ? r.panelist_id !== p.id : !inScope(p, r.unit_path)) throw interviewNotFound(id);
    return r;
  }

  private async panelRows(db: Db, applicationId: string): Promise<InterviewRow[]> {
    return db.query<InterviewRow[]>(
      `SELECT ${INTERVIEW_COLUMNS} FROM recruitment_interviews i JOIN users pu ON pu.id = i.panelist_id
       WHERE i.application_id = $1 ORDER BY pu.display_name, i.id`,
      [applicationId],
    );
  }

  // ── assignment ───────────────────────────────────────────────────────────

  async assign(p: Principal, roundId: string, dto: AssignPanelistsDto): Promise<AssignPanelistsResultDto> {
    return this.ds.transaction(async (m) => {
      const round = await loadRound(m, roundId, true);
      if (round.type !== 'cpns') throw pppkRound();
      await this.assertNotFinal(m, roundId);
      const min = Number(round.rules?.interview?.minPanelists ?? 2);

      const panelistIds = [...new Set(dto.panelistIds.map((x) => x.toLowerCase()))];
      if (panelistIds.length < min) throw tooFewPanelists(min, panelistIds.length);
      const users = await m.query<{ id: string; role: string; active: boolean }[]>('SELECT id, role, active FROM users WHERE id = ANY($1::uuid[])', [panelistIds]);
      const byId = new Map(users.map((u) => [u.id, u]));
      const bad: FieldError[] = [];
      dto.panelistIds.forEach((raw, i) => {
        const u = byId.get(raw.toLowerCase());
        if (!u) bad.push({ path: `panelistIds.${i}`, code: 'not_found', message: `panelistIds.${i} is not a user` });
        else if (u.role !== 'panel') bad.push({ path: `panelistIds.${i}`, code: 'not_panel', message: `panelistIds.${i} is a ${u.role}, not a panel member` });
        else if (!u.active) bad.push({ path: `panelistIds.${i}`, code: 'inactive', message: `panelistIds.${i} is an inactive account` });
      });
      if (bad.length) throw panelistsInvalid(bad);

      let unitPath: string | null = null;
      if (dto.vacancyId) {
        const v = await loadVacancy(m, dto.vacancyId, p);
        if (v.roundId !== roundId) throw vacancyNotInRound();
        unitPath = v.unitPath;
      }

      let applicationIds: string[];
      if (dto.applicationIds) {
        const ids = dto.applicationIds.map((x) => x.toLowerCase());
        const found = await m.query<{ id: string; round_id: string; vacancy_id: string; stage: string; registration_number: string }[]>(
          'SELECT id, round_id, vacancy_id, stage, registration_number FROM recruitment_applications WHERE id = ANY($1::uuid[])',
          [ids],
        );
        const apps = new Map(found.map((a) => [a.id, a]));
        const errors: FieldError[] = [];
        ids.forEach((id, i) => {
          const a = apps.get(id);
          const path = `applicationIds.${i}`;
          if (!a || a.round_id !== roundId) errors.push({ path, code: 'not_found', message: `${path} is not an application of this round` });
          else if (dto.vacancyId && a.vacancy_id !== dto.vacancyId.toLowerCase())
            errors.push({ path, code: 'other_vacancy', message: `${path} (${a.registration_number}) applied to another vacancy` });
          else if (a.stage !== 'shortlisted') errors.push({ path, code: 'not_shortlisted', message: `${path} (${a.registration_number}) is ${a.stage}, not shortlisted` });
        });
        if (errors.length) throw applicationsNotShortlisted(errors);
        applicationIds = [...new Set(ids)];
      } else {
        const params: unknown[] = [roundId];
        let cond = '';
        if (dto.vacancyId) {
          params.push(dto.vacancyId);
          cond = ` AND vacancy_id = $2`;
        }
        const rows = await m.query<{ id: string }[]>(`SELECT id FROM recruitment_applications WHERE round_id = $1 AND stage = 'shortlisted'${cond} ORDER BY id`, params);
        applicationIds = rows.map((r) => r.id);
      }
      if (!applicationIds.length) throw nothingToAssign();

      // Pairs where the panelist declared a conflict with the applicant stay out, whoever asks.
      const conflicts = await m.query<{ application_id: string; panelist_id: string }[]>(
        `SELECT DISTINCT entity_id AS application_id, after->>'panelistId' AS panelist_id FROM audit_events
         WHERE entity = 'recruitment_application' AND action = $1 AND entity_id = ANY($2::text[]) AND after->>'panelistId' = ANY($3::text[])`,
        [CONFLICT_ACTION, applicationIds, panelistIds],
      );
      const blocked = new Set(conflicts.map((c) => `${c.application_id}|${c.panelist_id}`));
      const pairsApp: string[] = [];
      const pairsPanelist: string[] = [];
      for (const a of applicationIds)
        for (const pn of panelistIds)
          if (!blocked.has(`${a}|${pn}`)) {
            pairsApp.push(a);
            pairsPanelist.push(pn);
          }

      const created = pairsApp.length
        ? await m.query<{ id: string }[]>(
            `INSERT INTO recruitment_interviews (application_id, panelist_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
             ON CONFLICT ON CONSTRAINT uq_recruitment_interviews_application_panelist DO NOTHING RETURNING id`,
            [pairsApp, pairsPanelist],
          )
        : [];
      const [{ below }] = await m.query<{ below: number }[]>(
        `SELECT count(*)::int AS below FROM unnest($1::uuid[]) x(id)
         WHERE (SELECT count(*) FROM recruitment_interviews i WHERE i.application_id = x.id) < $2`,
        [applicationIds, min],
      );
      const out: AssignPanelistsResultDto = {
        applications: applicationIds.length,
        panelists: panelistIds.length,
        created: created.length,
        existing: pairsApp.length - created.length,
        skippedConflicts: blocked.size,
        belowMinimum: below,
      };
      await this.audit.record(m, {
        action: 'assign_panel',
        entity: 'recruitment_round',
        entityId: roundId,
        after: { ...out, panelistIds, vacancyId: dto.vacancyId ?? null, applicationIds: dto.applicationIds ? applicationIds : null },
        unitPath,
      });
      return out;
    });
  }

  /** Active users with the panel role, by name. */
  panelists(): Promise<PanelistDto[]> {
    return this.ds.query<PanelistDto[]>(
      `SELECT us.id, us.username, us.display_name AS "displayName", u.name AS "unitName"
       FROM users us LEFT JOIN org_units u ON u.id = us.unit_id
       WHERE us.role = 'panel' AND us.active ORDER BY us.display_name, us.username`,
    );
  }

  async withdraw(p: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const r = await this.loadContext(m, p, id, true);
      if (r.submitted_at) throw interviewSubmitted();
      await this.assertNotFinal(m, r.round_id);
      await m.query('DELETE FROM recruitment_interviews WHERE id = $1', [id]);
      await this.audit.record(m, {
        action: 'delete',
        entity: 'recruitment_interview',
        entityId: id,
        before: { applicationId: r.application_id, registrationNumber: r.registration_number, panelistId: r.panelist_id, panelistName: r.panelist_name },
        unitPath: r.unit_path,
      });
    });
  }

  // ── reads ────────────────────────────────────────────────────────────────

  async list(p: Principal, q: ListInterviewsQueryDto): Promise<Page<InterviewListItemDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    if (isPanel(p)) {
      params.push(p.id);
      where.push(`i.panelist_id = $${params.length}`);
    } else {
      const scope = applicationScopeSql(p, params);
      if (scope) where.push(scope);
      if (q.panelistId) {
        params.push(q.panelistId);
        where.push(`i.panelist_id = $${params.length}`);
      }
    }
    if (q.roundId) {
      params.push(q.roundId);
      where.push(`a.round_id = $${params.length}`);
    }
    if (q.vacancyId) {
      params.push(q.vacancyId);
      where.push(`a.vacancy_id = $${params.length}`);
    }
    if (q.status === 'pending') where.push('i.submitted_at IS NULL');
    if (q.status === 'submitted') where.push('i.submitted_at IS NOT NULL');
    const from = `FROM recruitment_interviews i
      JOIN users pu ON pu.id = i.panelist_id
      JOIN recruitment_applications a ON a.id = i.application_id
      JOIN recruitment_applicants ap ON ap.id = a.applicant_id
      JOIN recruitment_vacancies v ON v.id = a.vacancy_id
      JOIN positions pos ON pos.id = v.position_id
      JOIN org_units vu ON vu.id = v.unit_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params);
    const d = dir(q.sortOrder);
    const rows = await this.ds.query<(InterviewRow & InterviewContextRow)[]>(
      `SELECT ${INTERVIEW_COLUMNS}, a.round_id, v.id AS vacancy_id, v.code AS vacancy_code, pos.title AS position_title, vu.name AS unit_name,
         a.registration_number, ap.name AS applicant_name
       ${from} ORDER BY v.code ${d}, a.registration_number ${d}, pu.display_name, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, offset],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        applicationId: r.application_id,
        roundId: r.round_id,
        vacancyId: r.vacancy_id,
        vacancyCode: r.vacancy_code,
        positionTitle: r.position_title,
        unitName: r.unit_name,
        applicantName: r.applicant_name,
        registrationNumber: r.registration_number,
        panelistId: r.panelist_id,
        panelistName: r.panelist_name,
        declared: r.no_conflict_declared_at !== null,
        submitted: r.submitted_at !== null,
        submittedAt: iso(r.submitted_at),
        score: r.submitted_at ? num(r.score) : null,
        version: r.version,
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(p: Principal, id: string): Promise<InterviewDto> {
    return this.detail(this.ds.manager, p, await this.loadContext(this.ds.manager, p, id));
  }

  /**
   * The screen of one assignment. Blind scoring: a panelist sees the other panelists (and the panel's mean,
   * spread and flag) only after submitting their own; until then `others` is null and `othersHidden` true.
   */
  private async detail(db: Db, p: Principal, r: InterviewContextRow): Promise<InterviewDto> {
    const hidden = isPanel(p) && !r.submitted_at;
    let others: InterviewDto['others'] = null;
    if (!hidden) {
      const all = await this.panelRows(db, r.application_id);
      others = { panelists: all.filter((o) => o.id !== r.id).map(panelistDto), summary: summaryOf(all, r.rules) };
    }
    return {
      id: r.id,
      roundId: r.round_id,
      roundName: r.round_name,
      vacancyId: r.vacancy_id,
      vacancyCode: r.vacancy_code,
      positionTitle: r.position_title,
      unitName: r.unit_name,
      applicant: {
        applicationId: r.application_id,
        name: r.applicant_name,
        registrationNumber: r.registration_number,
        category: r.category,
        educationLevel: r.education_level,
        major: r.major,
        institution: r.institution,
        gpa: Number(r.gpa),
        graduationYear: r.graduation_year,
      },
      rubric: rubricOf(r.rules),
      panelistId: r.panelist_id,
      panelistName: r.panelist_name,
      declaredAt: iso(r.no_conflict_declared_at),
      submittedAt: iso(r.submitted_at),
      scores: r.scores,
      score: num(r.score),
      note: r.note,
      version: r.version,
      othersHidden: hidden,
      others,
    };
  }

  async applicationInterviews(p: Principal, applicationId: string): Promise<ApplicationInterviewsDto> {
    const params: unknown[] = [applicationId];
    const scope = applicationScopeSql(p, params);
    const [a] = await this.ds.query<
      {
        id: string;
        registration_number: string;
        applicant_name: string;
        round_id: string;
        vacancy_id: string;
        stage: string;
        rules: RoundRules;
        interview_score: string | null;
        interview_flagged: boolean;
      }[]
    >(
      `SELECT a.id, a.registration_number, ap.name AS applicant_name, a.round_id, a.vacancy_id, a.stage, r.rules, a.interview_score, a.interview_flagged
       FROM recruitment_applications a JOIN recruitment_applicants ap ON ap.id = a.applicant_id JOIN recruitment_rounds r ON r.id = a.round_id
       JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units vu ON vu.id = v.unit_id
       WHERE a.id = $1${scope ? ` AND ${scope}` : ''}`,
      params,
    );
    if (!a) throw applicationNotFound(applicationId);
    const rows = await this.panelRows(this.ds.manager, applicationId);
    return {
      applicationId: a.id,
      registrationNumber: a.registration_number,
      applicantName: a.applicant_name,
      roundId: a.round_id,
      vacancyId: a.vacancy_id,
      stage: a.stage,
      rubric: rubricOf(a.rules),
      interviews: rows.map((r) => ({ ...panelistDto(r), scores: r.scores, score: num(r.score), note: r.note })),
      summary: summaryOf(rows, a.rules),
      interviewScore: num(a.interview_score),
      interviewFlagged: a.interview_flagged,
    };
  }

  // ── the panelist's actions ───────────────────────────────────────────────

  async declare(p: Principal, id: string, dto: DeclareNoConflictDto): Promise<DeclarationResultDto> {
    return this.ds.transaction(async (m) => {
      const r = await this.loadContext(m, p, id, true);
      if (r.submitted_at) throw alreadySubmitted();
      await this.assertNotFinal(m, r.round_id);
      if (!dto.noConflict) {
        await m.query('DELETE FROM recruitment_interviews WHERE id = $1', [id]);
        await this.audit.record(m, {
          action: CONFLICT_ACTION,
          entity: 'recruitment_application',
          entityId: r.application_id,
          before: { interviewId: id, panelistId: r.panelist_id, declaredAt: iso(r.no_conflict_declared_at) },
          after: { interviewId: id, panelistId: r.panelist_id, panelistName: r.panelist_name, noConflict: false, statement: dto.statement ?? null, withdrawn: true },
          unitPath: r.unit_path,
        });
        return { id, noConflict: false, withdrawn: true, declaredAt: null, version: null };
      }
      if (r.no_conflict_declared_at) return { id, noConflict: true, withdrawn: false, declaredAt: iso(r.no_conflict_declared_at), version: r.version };
      const [u] = await sqlRows<{ no_conflict_declared_at: Date; version: number }>(
        m,
        `UPDATE recruitment_interviews SET no_conflict_declared_at = now(), version = version + 1, updated_at = now() WHERE id = $1
         RETURNING no_conflict_declared_at, version`,
        [id],
      );
      await this.audit.record(m, {
        action: 'declare_no_conflict',
        entity: 'recruitment_interview',
        entityId: id,
        after: { applicationId: r.application_id, panelistId: r.panelist_id, noConflict: true, statement: dto.statement ?? null, declaredAt: iso(u.no_conflict_declared_at) },
        unitPath: r.unit_path,
      });
      return { id, noConflict: true, withdrawn: false, declaredAt: iso(u.no_conflict_declared_at), version: u.version };
    });
  }

  /**
   * Submits a panelist's scores (once) and recomputes the application's interview score (the panel's mean) and
   * review flag. The application row is locked first, so panelists submitting at the same moment all count.
   */
  async submitScores(p: Principal, id: string, dto: SubmitInterviewScoresDto): Promise<InterviewDto> {
    return this.ds.transaction(async (m) => {
      const peek = await this.loadContext(m, p, id);
      // Lock order: application, then the assignment (every writer of the panel takes the application first).
      await m.query('SELECT id FROM recruitment_applications WHERE id = $1 FOR NO KEY UPDATE', [peek.application_id]);
      const r = await this.loadContext(m, p, id, true);
      const rubric = rubricOf(r.rules);
      const errors = checkRubricScores(rubric, dto.scores);
      if (errors.length) throw scoresInvalid(errors);
      if (!r.no_conflict_declared_at) throw declarationRequired();
      if (r.submitted_at) throw alreadySubmitted();
      await this.assertNotFinal(m, r.round_id);

      const scores = Object.fromEntries(rubric.map((c) => [c.key, dto.scores[c.key]]));
      const score = panelistScore(rubric, scores);
      await updateVersioned(m, 'recruitment_interviews', 'Interview assignment', id, dto.version, {
        scores: JSON.stringify(scores),
        score,
        note: dto.note ?? null,
        submitted_at: new Date(),
      });
      const summary = await this.recompute(m, r.application_id, r.rules);
      await this.audit.record(m, {
        action: 'submit_scores',
        entity: 'recruitment_interview',
        entityId: id,
        after: { applicationId: r.application_id, registrationNumber: r.registration_number, panelistId: r.panelist_id, scores, score, note: dto.note ?? null, panel: summary },
        unitPath: r.unit_path,
      });
      return this.detail(m, p, await this.loadContext(m, p, id));
    });
  }

  /** The application's interview score (mean of submitted scores) and flag, from the panel as it stands. */
  private async recompute(m: EntityManager, applicationId: string, rules: RoundRules): Promise<PanelSummaryDto> {
    const summary = summaryOf(await this.panelRows(m, applicationId), rules);
    await m.query(`UPDATE recruitment_applications SET interview_score = $2, interview_flagged = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
      applicationId,
      summary.mean,
      summary.flagged,
    ]);
    return summary;
  }
}
