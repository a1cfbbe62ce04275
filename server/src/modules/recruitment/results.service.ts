import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { sqlRows } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { checkEmployeeIdentity, checkRank } from '../employees/employee-rules.js';
import { isRealDate } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RetirementDatesService } from '../reference/retirement-dates.service.js';
import {
  AnnouncementEntryDto,
  AppointDto,
  AppointmentDto,
  ListResultsQueryDto,
  PublicationDto,
  PublishResultDto,
  ResultCountsDto,
  ResultDto,
  ResultRoundRefDto,
  ResultStage,
  ResultSummaryDto,
  ResultVacancySummaryDto,
  RoundAnnouncementsDto,
  VacancyAnnouncementDto,
} from './dto/results.dto.js';
import { loadRound, roundNotFound } from './recruitment.repo.js';
import { CATEGORIES, maskNik } from './recruitment.types.js';
import {
  alreadyAppointed,
  announcementNotFound,
  appointmentFieldInvalid,
  finalNotPublished,
  nipTaken,
  notPassed,
  rankOutdated,
  resultImmutable,
  resultNotFound,
  roundNotOpen,
  stageNotForRound,
  vacancyFull,
} from './results.errors.js';
import { applicationNotFound } from './scores.errors.js';
import { hasFinalResult } from './scores.service.js';
import { canonicalJson } from './calc/canonical-json.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface EntrySource {
  vacancyId: string;
  registrationNumber: string;
  name: string;
  nik: string;
  category: string;
  stage: string;
  adminResult: string | null;
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
  skdTotal: number | null;
  skdPassed: boolean | null;
  shortlisted: boolean | null;
  skb: number | null;
  interview: number | null;
  finalScore: number | null;
  rank: number | null;
  technical: number | null;
  managerial: number | null;
  pppkInterview: number | null;
}

const STAGE_FILTER: Record<ResultStage, { where: string; order: string }> = {
  administrative: { where: `a.admin_result IS NOT NULL`, order: `a.registration_number` },
  skd: { where: `a.skd_total IS NOT NULL`, order: `a.skd_total DESC, a.skd_tkp DESC, a.skd_tiu DESC, a.skd_twk DESC, a.registration_number` },
  final: { where: `a.rank IS NOT NULL`, order: `array_position($2::varchar[], a.category::varchar), a.rank, a.registration_number` },
};

function entryOf(stage: ResultStage, type: string, r: EntrySource): AnnouncementEntryDto {
  const base = { registrationNumber: r.registrationNumber, name: r.name, maskedNik: maskNik(r.nik), category: r.category };
  if (stage === 'administrative') return { ...base, result: r.adminResult === 'ms' ? 'MS' : 'TMS' };
  if (stage === 'skd') return { ...base, twk: r.twk, tiu: r.tiu, tkp: r.tkp, total: r.skdTotal, passed: r.skdPassed, shortlisted: r.shortlisted };
  const outcome = r.stage === 'passed' || r.stage === 'appointed' ? 'passed' : 'not_passed';
  if (type === 'pppk') {
    return { rank: r.rank!, ...base, technical: r.technical, managerialSocioCultural: r.managerial, interview: r.pppkInterview, finalScore: r.finalScore, outcome };
  }
  return { rank: r.rank!, ...base, twk: r.twk, tiu: r.tiu, tkp: r.tkp, skdTotal: r.skdTotal, skb: r.skb, interview: r.interview, finalScore: r.finalScore, outcome };
}

function countsOf(stage: ResultStage, entries: AnnouncementEntryDto[]): ResultCountsDto {
  const n = (f: (e: AnnouncementEntryDto) => boolean) => entries.filter(f).length;
  if (stage === 'administrative') return { entries: entries.length, ms: n((e) => e.result === 'MS'), tms: n((e) => e.result === 'TMS') };
  if (stage === 'skd') return { entries: entries.length, passed: n((e) => e.passed === true), shortlisted: n((e) => e.shortlisted === true) };
  return { entries: entries.length, passed: n((e) => e.outcome === 'passed'), notPassed: n((e) => e.outcome === 'not_passed') };
}

const roundRef = (r: ResultRoundRefDto): ResultRoundRefDto => ({ id: r.id, code: r.code, name: r.name, type: r.type, year: r.year });

interface ResultRow {
  id: string;
  roundId: string;
  seq: number;
  stage: ResultStage;
  contentHash: string;
  publishedAt: Date;
  publishedByName: string;
  note: string | null;
  snapshot: { round: ResultRoundRefDto; vacancies: ResultVacancySummaryDto[] };
}
const RESULT_COLUMNS = `r.id, r.round_id AS "roundId", r.seq, r.stage, r.content_hash AS "contentHash", r.published_at AS "publishedAt",
  r.published_by_name AS "publishedByName", r.note`;

const summaryOf = (r: Omit<ResultRow, 'snapshot'> & { vacancyCount: number }): ResultSummaryDto => ({
  id: r.id,
  roundId: r.roundId,
  seq: r.seq,
  stage: r.stage,
  contentHash: r.contentHash,
  publishedAt: new Date(r.publishedAt).toISOString(),
  publishedByName: r.publishedByName,
  note: r.note,
  vacancyCount: r.vacancyCount,
});

/** A rendered public page: the JSON text and its ETag. */
export interface RenderedPage {
  etag: string;
  json: string;
}

interface LatestPublications {
  round: ResultRoundRefDto;
  /** By stage, the latest (highest seq) publication. */
  publications: PublicationDto[];
}

const LATEST_TTL_MS = 3000;
const PAGE_CACHE_MAX = 500;

/** Maps the database's refusal to touch a published row (trigger, P0001) to 409. */
function mapImmutable(e: unknown): never {
  if (e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === 'P0001') throw resultImmutable();
  throw e;
}

@Injectable()
export class ResultsService {
  /** Rendered public pages by (result, vacancy): publications never change, so entries live until evicted (LRU). */
  private readonly pages = new Map<string, RenderedPage>();
  /** The latest publication per stage of a round, for a few seconds. */
  private readonly latest = new Map<string, { at: number; value: Promise<LatestPublications | null> }>();

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly retirement: RetirementDatesService,
  ) {}

  // ── publication ─────────────────────────────────────────────────────────

  /** Publishes an immutable snapshot of a stage: per vacancy the ordered entries and their hash, the whole under one hash. */
  async publish(p: Principal, roundId: string, dto: PublishResultDto): Promise<ResultDto> {
    let id: string;
    try {
      id = await this.ds.transaction(async (m) => {
        const round = await loadRound(m, roundId, true);
        if (round.status === 'draft') throw roundNotOpen();
        if (round.type === 'pppk' && dto.stage === 'skd') throw stageNotForRound(dto.stage);
        if (dto.stage === 'final') {
          if (!round.rankedAt) throw rankOutdated(false);
          // compared in SQL: a JS Date drops the microseconds of ranked_at, which would make every ranked row look newer
          const [{ outdated }] = await m.query<{ outdated: boolean }[]>(
            `SELECT EXISTS (SELECT 1 FROM recruitment_applications a JOIN recruitment_rounds r ON r.id = a.round_id
                            WHERE a.round_id = $1 AND a.updated_at > r.ranked_at) AS outdated`,
            [round.id],
          );
          if (outdated) throw rankOutdated(true);
        }
        const vacancies = await m.query<{ id: string; code: string; positionTitle: string; unitName: string; quotaTotal: number }[]>(
          `SELECT v.id, v.code, p.title AS "positionTitle", u.name AS "unitName", v.quota_total AS "quotaTotal"
           FROM recruitment_vacancies v JOIN positions p ON p.id = v.position_id JOIN org_units u ON u.id = v.unit_id
           WHERE v.round_id = $1 ORDER BY v.code COLLATE "C", v.id`,
          [round.id],
        );
        const f = STAGE_FILTER[dto.stage];
        const params: unknown[] = [round.id];
        if (dto.stage === 'final') params.push([...CATEGORIES]);
        const sources = await m.query<EntrySource[]>(
          `SELECT a.vacancy_id AS "vacancyId", a.registration_number AS "registrationNumber", ap.name, ap.nik, a.category, a.stage, a.admin_result AS "adminResult",
                  a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp, a.skd_total AS "skdTotal", a.skd_passed AS "skdPassed", a.shortlisted,
                  a.skb_score::float8 AS skb, a.interview_score::float8 AS interview, a.final_score::float8 AS "finalScore", a.rank,
                  a.pppk_technical AS technical, a.pppk_managerial AS managerial, a.pppk_interview AS "pppkInterview"
           FROM recruitment_applications a JOIN recruitment_applicants ap ON ap.id = a.applicant_id
           WHERE a.round_id = $1 AND ${f.where} ORDER BY a.vacancy_id, ${f.order}`,
          params,
        );
        const byVacancy = new Map<string, AnnouncementEntryDto[]>();
        for (const s of sources) {
          const list = byVacancy.get(s.vacancyId) ?? [];
          list.push(entryOf(dto.stage, round.type, s));
          byVacancy.set(s.vacancyId, list);
        }
        const lists = vacancies.map((v) => {
          const entries = byVacancy.get(v.id) ?? [];
          const summary: ResultVacancySummaryDto = {
            vacancyId: v.id,
            code: v.code,
            positionTitle: v.positionTitle,
            unitName: v.unitName,
            quotaTotal: v.quotaTotal,
            counts: countsOf(dto.stage, entries),
            contentHash: sha256(canonicalJson(entries)),
          };
          return { summary, entries };
        });
        const contentHash = sha256(canonicalJson(lists.map((l) => ({ vacancyId: l.summary.vacancyId, code: l.summary.code, entries: l.entries }))));
        const snapshot = {
          round: roundRef(round),
          rules: round.rules,
          schedule: round.schedule,
          stage: dto.stage,
          vacancies: lists.map((l) => l.summary),
        };
        const [res] = await m.query<{ id: string; seq: number }[]>(
          `INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name, note)
           VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM recruitment_results WHERE round_id = $1), $2, $3, $4, $5, $6) RETURNING id, seq`,
          [round.id, dto.stage, JSON.stringify(snapshot), contentHash, p.name, dto.note ?? null],
        );
        if (lists.length) {
          await m.query(
            `INSERT INTO recruitment_result_vacancies (result_id, vacancy_id, entries, content_hash)
             SELECT $1, (x->>'vacancyId')::uuid, x->'entries', x->>'contentHash' FROM jsonb_array_elements($2::jsonb) x`,
            [res.id, JSON.stringify(lists.map((l) => ({ vacancyId: l.summary.vacancyId, entries: l.entries, contentHash: l.summary.contentHash })))],
          );
        }
        await this.audit.record(m, {
          action: 'publish',
          entity: 'recruitment_result',
          entityId: res.id,
          after: {
            roundId: round.id,
            roundCode: round.code,
            stage: dto.stage,
            seq: res.seq,
            contentHash,
            vacancies: lists.length,
            entries: sources.length,
            note: dto.note ?? null,
          },
        });
        return res.id;
      });
    } catch (e) {
      mapImmutable(e);
    }
    this.latest.delete(roundId);
    return this.get(id);
  }

  async list(roundId: string, q: ListResultsQueryDto): Promise<Page<ResultSummaryDto>> {
    await loadRound(this.ds, roundId);
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [roundId];
    let where = 'WHERE r.round_id = $1';
    if (q.stage) {
      params.push(q.stage);
      where += ` AND r.stage = $${params.length}`;
    }
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<(Omit<ResultRow, 'snapshot'> & { vacancyCount: number })[]>(
        `SELECT ${RESULT_COLUMNS}, jsonb_array_length(r.snapshot->'vacancies') AS "vacancyCount" FROM recruitment_results r ${where}
         ORDER BY r.seq ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'} LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM recruitment_results r ${where}`, params),
    ]);
    return { items: rows.map(summaryOf), total, page, pageSize };
  }

  async get(id: string): Promise<ResultDto> {
    const [r] = await this.ds.query<ResultRow[]>(`SELECT ${RESULT_COLUMNS}, r.snapshot FROM recruitment_results r WHERE r.id = $1`, [id]);
    if (!r) throw resultNotFound(id);
    return { ...summaryOf({ ...r, vacancyCount: r.snapshot.vacancies.length }), round: r.snapshot.round, vacancies: r.snapshot.vacancies };
  }

  // ── public announcements ────────────────────────────────────────────────

  private latestOf(roundId: string): Promise<LatestPublications | null> {
    const hit = this.latest.get(roundId);
    if (hit && Date.now() - hit.at < LATEST_TTL_MS) return hit.value;
    const value = (async () => {
      const [round] = await this.ds.query<(ResultRoundRefDto & { status: string })[]>('SELECT id, code, name, type, year, status FROM recruitment_rounds WHERE id = $1', [roundId]);
      if (!round || round.status === 'draft') return null;
      const rows = await this.ds.query<(Omit<ResultRow, 'snapshot'> & { vacancies: ResultVacancySummaryDto[] })[]>(
        `SELECT DISTINCT ON (r.stage) ${RESULT_COLUMNS}, r.snapshot->'vacancies' AS vacancies FROM recruitment_results r WHERE r.round_id = $1 ORDER BY r.stage, r.seq DESC`,
        [roundId],
      );
      const order: string[] = ['administrative', 'skd', 'final'];
      rows.sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
      return {
        round: roundRef(round),
        publications: rows.map((r) => ({
          resultId: r.id,
          stage: r.stage,
          seq: r.seq,
          contentHash: r.contentHash,
          publishedAt: new Date(r.publishedAt).toISOString(),
          publishedByName: r.publishedByName,
          note: r.note,
          vacancies: r.vacancies,
        })),
      };
    })();
    this.latest.set(roundId, { at: Date.now(), value });
    value.catch(() => this.latest.delete(roundId));
    if (this.latest.size > 1000) for (const [k, e] of this.latest) if (Date.now() - e.at >= LATEST_TTL_MS) this.latest.delete(k);
    return value;
  }

  private remember(key: string, page: RenderedPage): RenderedPage {
    this.pages.set(key, page);
    if (this.pages.size > PAGE_CACHE_MAX) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }

  /**
   * The public announcement of a round (the latest publication per stage) or of one vacancy (its entries: names and
   * masked NIK only), rendered once per publication and served from memory.
   */
  async announcements(roundId: string, vacancyId?: string, stage?: ResultStage): Promise<RenderedPage> {
    const latest = await this.latestOf(roundId);
    if (!latest) throw roundNotFound(roundId);
    if (!vacancyId) {
      const key = `round|${roundId}|${latest.publications.map((p) => p.resultId).join(',')}`;
      const hit = this.pages.get(key);
      if (hit) return hit;
      const body: RoundAnnouncementsDto = { round: latest.round, publications: latest.publications };
      return this.remember(key, { etag: sha256(latest.publications.map((p) => p.contentHash).join(',') || roundId), json: JSON.stringify(body) });
    }
    const pub = stage ? latest.publications.find((p) => p.stage === stage) : [...latest.publications].sort((a, b) => b.seq - a.seq)[0];
    const summary = pub?.vacancies.find((v) => v.vacancyId === vacancyId);
    if (!pub || !summary) throw announcementNotFound();
    const key = `${pub.resultId}|${vacancyId}`;
    const hit = this.pages.get(key);
    if (hit) {
      // refresh its place in the LRU
      this.pages.delete(key);
      this.pages.set(key, hit);
      return hit;
    }
    const [row] = await this.ds.query<{ entries: AnnouncementEntryDto[]; contentHash: string }[]>(
      'SELECT entries, content_hash AS "contentHash" FROM recruitment_result_vacancies WHERE result_id = $1 AND vacancy_id = $2',
      [pub.resultId, vacancyId],
    );
    if (!row) throw announcementNotFound();
    const body: VacancyAnnouncementDto = {
      round: latest.round,
      resultId: pub.resultId,
      stage: pub.stage,
      seq: pub.seq,
      resultHash: pub.contentHash,
      publishedAt: pub.publishedAt,
      publishedByName: pub.publishedByName,
      vacancy: summary,
      entries: row.entries,
    };
    return this.remember(key, { etag: row.contentHash, json: JSON.stringify(body) });
  }

  // ── appointment ─────────────────────────────────────────────────────────

  /**
   * Appoints a passed applicant after the final publication: creates the employee (CPNS, or PPPK for a PPPK round) in the
   * vacancy's position and unit, links the application (stage appointed). The Needs analysis then counts them in the
   * headcount and no longer in the approved formation's incoming supply.
   */
  async appoint(id: string, dto: AppointDto): Promise<AppointmentDto> {
    const [y, mo, d] = dto.appointmentDate.split('-').map(Number);
    if (!isRealDate(y, mo, d)) throw appointmentFieldInvalid('appointmentDate', 'invalid_date', 'appointmentDate is not a real date');
    const employeeId = await this.ds.transaction(async (m) => {
      const [a] = await m.query<
        {
          id: string;
          roundId: string;
          vacancyId: string;
          stage: string;
          employeeId: string | null;
          registrationNumber: string;
          name: string;
          gender: string;
          birthDate: string;
          educationLevel: string;
          major: string;
        }[]
      >(
        `SELECT a.id, a.round_id AS "roundId", a.vacancy_id AS "vacancyId", a.stage, a.employee_id AS "employeeId", a.registration_number AS "registrationNumber",
                ap.name, ap.gender, to_char(ap.birth_date, 'YYYY-MM-DD') AS "birthDate", ap.education_level AS "educationLevel", ap.major
         FROM recruitment_applications a JOIN recruitment_applicants ap ON ap.id = a.applicant_id WHERE a.id = $1 FOR UPDATE OF a`,
        [id],
      );
      if (!a) throw applicationNotFound(id);
      if (a.employeeId || a.stage === 'appointed') throw alreadyAppointed();
      if (a.stage !== 'passed') throw notPassed(a.stage);
      const round = await loadRound(m, a.roundId);
      if (!(await hasFinalResult(m, round.id))) throw finalNotPublished();
      // one appointment of a vacancy at a time: the seat count below stays true until commit
      const [v] = await m.query<
        { quotaTotal: number; positionId: string; unitId: string; unitPath: string; kind: string; functionalLevel: string | null; isTeacher: boolean; override: number | null }[]
      >(
        `SELECT v.quota_total AS "quotaTotal", v.position_id AS "positionId", v.unit_id AS "unitId", u.path AS "unitPath",
                p.kind, p.functional_level AS "functionalLevel", p.is_teacher AS "isTeacher", p.retirement_age_override AS override
         FROM recruitment_vacancies v JOIN positions p ON p.id = v.position_id JOIN org_units u ON u.id = v.unit_id WHERE v.id = $1 FOR UPDATE OF v`,
        [a.vacancyId],
      );
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM recruitment_applications WHERE vacancy_id = $1 AND employee_id IS NOT NULL', [a.vacancyId]);
      if (n >= v.quotaTotal) throw vacancyFull(v.quotaTotal);

      const status = round.type === 'pppk' ? 'pppk' : 'cpns';
      if (dto.appointmentDate <= a.birthDate) throw appointmentFieldInvalid('appointmentDate', 'range', 'appointmentDate must be after the birth date');
      if (dto.nip) {
        const errors = checkEmployeeIdentity({ nip: dto.nip, birthDate: a.birthDate, gender: a.gender, status });
        if (errors.length) throw appointmentFieldInvalid('nip', errors[0].code, errors.map((e) => e.message).join('; '));
        const taken = await m.query<{ id: string }[]>('SELECT id FROM employees WHERE nip = $1', [dto.nip]);
        if (taken.length) throw nipTaken();
      }
      let rank = dto.rank ?? null;
      if (rank) {
        const errors = checkRank(status, rank);
        if (errors.length) throw appointmentFieldInvalid('rank', errors[0].code, errors[0].message);
      } else {
        // the entry golongan of the applicant's education, as the Needs cost rule prices a formation; none when the rule has no entry
        const cost = await this.reference
          .rule<{ pnsEntryRank?: Record<string, string>; pppkEntryGrade?: Record<string, string> }>('needs.formation_cost', dto.appointmentDate)
          .then((r) => r.value)
          .catch(() => null);
        rank = (status === 'pppk' ? cost?.pppkEntryGrade : cost?.pnsEntryRank)?.[a.educationLevel.toUpperCase()] ?? null;
      }
      const retirementDate = this.retirement.dateFor(await this.retirement.rule(), a.birthDate, {
        kind: v.kind,
        functionalLevel: v.functionalLevel,
        isTeacher: v.isTeacher,
        retirementAgeOverride: v.override,
      });
      const education = `${a.educationLevel} ${a.major}`.trim().slice(0, 60);
      const [emp] = await m.query<{ id: string }[]>(
        `INSERT INTO employees (nip, name, gender, birth_date, status, rank, position_id, unit_id, appointment_date, education, active, retirement_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11) RETURNING id`,
        [dto.nip ?? null, a.name, a.gender, a.birthDate, status, rank, v.positionId, v.unitId, dto.appointmentDate, education, retirementDate],
      );
      await sqlRows(
        m,
        `UPDATE recruitment_applications SET employee_id = $2, appointed_at = now(), stage = 'appointed', version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
        [id, emp.id],
      );
      await this.audit.record(m, {
        action: 'create',
        entity: 'employee',
        entityId: emp.id,
        after: {
          nip: dto.nip ?? null,
          name: a.name,
          gender: a.gender,
          birthDate: a.birthDate,
          status,
          rank,
          positionId: v.positionId,
          unitId: v.unitId,
          appointmentDate: dto.appointmentDate,
          education,
          retirementDate,
          source: { applicationId: id, registrationNumber: a.registrationNumber },
        },
        unitPath: v.unitPath,
      });
      await this.audit.record(m, {
        action: 'appoint',
        entity: 'recruitment_application',
        entityId: id,
        before: { stage: a.stage, employeeId: null },
        after: { stage: 'appointed', employeeId: emp.id, appointmentDate: dto.appointmentDate },
        unitPath: v.unitPath,
      });
      return emp.id;
    });
    const [application] = await this.ds.query<AppointmentDto['application'][]>(
      `SELECT id, round_id AS "roundId", vacancy_id AS "vacancyId", registration_number AS "registrationNumber", stage, employee_id AS "employeeId",
              to_char(appointed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "appointedAt", version
       FROM recruitment_applications WHERE id = $1`,
      [id],
    );
    return { employeeId, application };
  }
}
