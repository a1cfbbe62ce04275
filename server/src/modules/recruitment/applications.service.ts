/**
 * Applicants and applications: public registration (NIK checked against birth date and gender), documents (PDF/JPEG by
 * their magic bytes, hashed), administrative selection (automatic checks + the committee's checklist → MS/TMS naming
 * every failed requirement), appeals (sanggah), the public status page, and the staff lists, detail and export.
 *
 * GPA scale: `gpa` is a GPA on 0–4 for every level but SMA, where it is the diploma average (nilai rata-rata ijazah) on
 * 0–100; the vacancy's (or the round's) minimum is on the same scale as its education levels.
 * Registration numbers: `<TYPE><YEAR>-<6 digits>` (CPNS2026-000001), counted up per round under an advisory lock on the
 * prefix; rounds of the same type and year share the counter, so numbers never collide across rounds.
 */
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ExportFile } from '../../common/files.js';
import { XLSX_TYPE } from '../../common/files.js';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { NotFoundError, ValidationFailedError } from '../../common/problem.js';
import { dir, sqlRows, updateVersioned } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday, parseIsoDate } from '../reference/calc/dates.js';
import { nikAgrees, parseNik } from '../reference/calc/identity.js';
import {
  adminDecisionLocked,
  appealAlreadyAnswered,
  appealDeadlinePassed,
  appealNotAllowed,
  appealNotFound,
  appealPending,
  appealWindowClosed,
  applicantNotFound,
  applicationExists,
  applicationNotFound,
  checklistInvalid,
  documentKindUnknown,
  documentNotFound,
  documentRequired,
  documentTooLarge,
  documentTypeUnsupported,
  fieldInvalid,
  noSeatsForCategory,
  publicApplicationNotFound,
  registrationClosed,
  roundNotOpen,
  vacancyClosed,
  vacancyNotInRound,
} from './applications.errors.js';
import { adminDecision, automaticChecks, type AdminFailure } from './calc/admin-checks.js';
import {
  AdminDecisionDto,
  AnswerAppealDto,
  ApplicantDetailDto,
  ApplicantDto,
  AppealDto,
  ApplicationDetailDto,
  ApplicationListItemDto,
  ApplicationStatusDto,
  DocumentDto,
  ListApplicantsQueryDto,
  ListApplicationsQueryDto,
  ListAppealsQueryDto,
  PublicAppealDto,
  RegisterApplicationDto,
  RegistrationDto,
  StatusQueryDto,
  SubmitAppealDto,
  UploadedDocumentDto,
} from './dto/applications.dto.js';
import { applicationScopeSql, loadRound, loadVacancy, roundNotFound, type Db, type RoundRow } from './recruitment.repo.js';
import { maskNik, type Category } from './recruitment.types.js';

const today = () => isoToday();
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
/** Whole days from `a` to `b` (ISO dates). */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** 10 characters of RFC 4648 base32 (50 random bits): shown once, stored as sha256. */
export function newAccessCode(): string {
  const bytes = randomBytes(10);
  let out = '';
  for (const b of bytes) out += BASE32[b & 31];
  return out;
}

function codeMatches(code: string, hash: string): boolean {
  const a = Buffer.from(sha256(code.trim().toUpperCase()), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** PDF (`%PDF`) or JPEG (`FF D8 FF`) by the first bytes, whatever the declared type. */
export function sniffDocumentType(buf: Buffer): 'application/pdf' | 'image/jpeg' | null {
  if (buf.length >= 4 && buf.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Admin and planner see full NIKs; everyone else (operators, leaders, API keys) masked ones (UU 27/2022). */
const seesFullNik = (p: Principal) => p.kind === 'user' && (p.role === 'admin' || p.role === 'planner');

// ── rows ─────────────────────────────────────────────────────────────────

interface ApplicationRow {
  id: string;
  round_id: string;
  vacancy_id: string;
  applicant_id: string;
  registration_number: string;
  access_code_hash: string;
  category: string;
  stage: string;
  admin_result: string | null;
  admin_failures: AdminFailure[];
  admin_checklist: Record<string, boolean>;
  admin_note: string | null;
  admin_decided_by_name: string | null;
  admin_decided_at: Date | null;
  skd_twk: number | null;
  skd_tiu: number | null;
  skd_tkp: number | null;
  skd_total: number | null;
  skd_passed: boolean | null;
  skd_failed_on: string[] | null;
  skd_scored_at: Date | null;
  pppk_technical: number | null;
  pppk_managerial: number | null;
  pppk_interview: number | null;
  shortlisted: boolean | null;
  skb_components: Record<string, number> | null;
  skb_score: string | null;
  skb_scored_at: Date | null;
  interview_score: string | null;
  interview_flagged: boolean;
  final_score: string | null;
  rank: number | null;
  ranked_at: Date | null;
  appointed_at: Date | null;
  created_at: Date;
  version: number;
  unit_path: string;
}

interface ApplicantRow {
  id: string;
  nik: string;
  name: string;
  gender: string;
  birth_date: string;
  birth_place: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  education_level: string;
  major: string;
  institution: string | null;
  gpa: string;
  graduation_year: number | null;
  created_at: Date;
  application_count?: number;
}

interface AppealRow {
  id: string;
  application_id: string;
  reason: string;
  status: string;
  answer: string | null;
  answered_by_name: string | null;
  answered_at: Date | null;
  created_at: Date;
  version: number;
  registration_number: string;
  applicant_name: string;
  round_id: string;
  vacancy_code: string;
  position_title: string;
  unit_name: string;
  unit_path: string;
  admin_failures: AdminFailure[];
  schedule: RoundRow['schedule'];
}

interface DocumentRow {
  kind: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: Date;
}

const APPLICATION_SELECT = `SELECT a.*, vu.path AS unit_path FROM recruitment_applications a
  JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units vu ON vu.id = v.unit_id`;

const APPEAL_SELECT = `SELECT ap.*, a.registration_number, p.name AS applicant_name, a.round_id, a.admin_failures, v.code AS vacancy_code,
  pos.title AS position_title, vu.name AS unit_name, vu.path AS unit_path, r.schedule
  FROM recruitment_appeals ap JOIN recruitment_applications a ON a.id = ap.application_id
  JOIN recruitment_applicants p ON p.id = a.applicant_id JOIN recruitment_rounds r ON r.id = a.round_id
  JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN positions pos ON pos.id = v.position_id JOIN org_units vu ON vu.id = v.unit_id`;

const documentDto = (d: DocumentRow): DocumentDto => ({
  kind: d.kind,
  fileName: d.file_name,
  contentType: d.content_type,
  size: d.size,
  sha256: d.sha256,
  uploadedAt: new Date(d.created_at).toISOString(),
});

const publicAppealDto = (r: Pick<AppealRow, 'id' | 'status' | 'reason' | 'answer' | 'created_at' | 'answered_at'>, answerBy: string): PublicAppealDto => ({
  id: r.id,
  status: r.status,
  reason: r.reason,
  answer: r.answer,
  createdAt: new Date(r.created_at).toISOString(),
  answeredAt: iso(r.answered_at),
  answerBy,
});

function appealDto(r: AppealRow): AppealDto {
  const answerBy = r.schedule.appealAnswerBy;
  const pending = r.status === 'pending';
  const left = daysBetween(today(), answerBy);
  return {
    ...publicAppealDto(r, answerBy),
    applicationId: r.application_id,
    registrationNumber: r.registration_number,
    applicantName: r.applicant_name,
    roundId: r.round_id,
    vacancyCode: r.vacancy_code,
    positionTitle: r.position_title,
    unitName: r.unit_name,
    adminFailures: r.admin_failures ?? [],
    answeredByName: r.answered_by_name,
    daysLeft: pending ? left : null,
    overdue: pending && left < 0,
    version: r.version,
  };
}

function applicantDto(r: ApplicantRow, p: Principal): ApplicantDto {
  return {
    id: r.id,
    nik: seesFullNik(p) ? r.nik : maskNik(r.nik),
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    birthPlace: r.birth_place,
    email: r.email,
    phone: r.phone,
    educationLevel: r.education_level,
    major: r.major,
    institution: r.institution,
    gpa: Number(r.gpa),
    graduationYear: r.graduation_year,
    applicationCount: r.application_count ?? 0,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

const SORT_COLUMNS: Record<string, string> = {
  registrationNumber: 'a.registration_number',
  name: 'p.name',
  createdAt: 'a.created_at',
  skdTotal: 'a.skd_total',
  finalScore: 'a.final_score',
  rank: 'a.rank',
};

interface ListRow {
  id: string;
  registration_number: string;
  round_id: string;
  round_code: string;
  vacancy_id: string;
  vacancy_code: string;
  position_title: string;
  unit_name: string;
  applicant_id: string;
  name: string;
  nik: string;
  gender: string;
  education_level: string;
  major: string;
  gpa: string;
  category: string;
  stage: string;
  admin_result: string | null;
  admin_failure_count: number;
  skd_total: number | null;
  skd_passed: boolean | null;
  skb_score: string | null;
  final_score: string | null;
  rank: number | null;
  document_count: number;
  created_at: Date;
  version: number;
}

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ── public: registration ─────────────────────────────────────────────

  async register(roundId: string, dto: RegisterApplicationDto): Promise<RegistrationDto> {
    // Input first (400 naming the field), before anything is read or written.
    const nik = parseNik(dto.nik);
    if (!nik.ok) throw fieldInvalid('nik', nik.code.toLowerCase(), nik.reason);
    if (!parseIsoDate(dto.birthDate)) throw fieldInvalid('birthDate', 'is_iso8601', 'birthDate must be a real date');
    const disagreements = nikAgrees(nik.value, dto.birthDate, dto.gender);
    if (disagreements.length) {
      const errors = disagreements.map((m) => ({ path: m.startsWith('birthDate') ? 'birthDate' : 'gender', code: 'nik_mismatch', message: m }));
      throw new ValidationFailedError(errors, 'birthDate and gender must agree with the NIK.');
    }
    if (dto.birthDate >= today()) throw fieldInvalid('birthDate', 'past', 'birthDate must be in the past');
    if (dto.educationLevel !== 'SMA' && dto.gpa > 4) throw fieldInvalid('gpa', 'max', 'gpa must be between 0 and 4 (the diploma average on 0–100 is for SMA only)');

    const rows = await this.ds.query<RoundRow[]>(`SELECT id, status FROM recruitment_rounds WHERE id = $1`, [roundId]);
    if (!rows[0] || rows[0].status === 'draft') throw roundNotFound(roundId);

    const accessCode = newAccessCode();
    return this.ds.transaction(async (m) => {
      const round = await loadRound(m, roundId);
      if (round.status !== 'published') throw roundNotOpen(round.status);
      const t = today();
      const { registrationOpens: opens, registrationCloses: closes } = round.schedule;
      if (t < opens || t > closes) throw registrationClosed(opens, closes);
      const vacancy = await loadVacancy(m, dto.vacancyId).catch((e: unknown) => {
        throw e instanceof NotFoundError ? vacancyNotInRound() : e;
      });
      if (vacancy.roundId !== round.id) throw vacancyNotInRound();
      if (vacancy.status !== 'open') throw vacancyClosed();
      if (!(Number(vacancy.quotas?.[dto.category as Category] ?? 0) > 0)) throw noSeatsForCategory(dto.category);

      // One application per applicant per round; numbers counted under one lock per prefix.
      const prefix = `${round.type.toUpperCase()}${round.year}-`;
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`recruitment-registration:${prefix}`]);
      const dup = await m.query<{ id: string }[]>(
        `SELECT a.id FROM recruitment_applications a JOIN recruitment_applicants p ON p.id = a.applicant_id WHERE p.nik = $1 AND a.round_id = $2`,
        [dto.nik, round.id],
      );
      if (dup.length) throw applicationExists();

      const [applicant] = await m.query<{ id: string; inserted: boolean }[]>(
        `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, birth_place, email, phone, address, education_level, major, institution, gpa, graduation_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (nik) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender, birth_date = EXCLUDED.birth_date,
           birth_place = coalesce(EXCLUDED.birth_place, recruitment_applicants.birth_place), email = coalesce(EXCLUDED.email, recruitment_applicants.email),
           phone = coalesce(EXCLUDED.phone, recruitment_applicants.phone), address = coalesce(EXCLUDED.address, recruitment_applicants.address),
           education_level = EXCLUDED.education_level, major = EXCLUDED.major, institution = EXCLUDED.institution, gpa = EXCLUDED.gpa,
           graduation_year = EXCLUDED.graduation_year, version = recruitment_applicants.version + 1, updated_at = now()
         RETURNING id, (xmax = 0) AS inserted`,
        [
          dto.nik,
          dto.name.trim(),
          dto.gender,
          dto.birthDate,
          dto.birthPlace ?? null,
          dto.email ?? null,
          dto.phone ?? null,
          dto.address ?? null,
          dto.educationLevel,
          dto.major.trim(),
          dto.institution ?? null,
          dto.gpa,
          dto.graduationYear ?? null,
        ],
      );
      const [{ last }] = await m.query<{ last: string | null }[]>(`SELECT max(registration_number) AS last FROM recruitment_applications WHERE registration_number LIKE $1`, [
        `${prefix}%`,
      ]);
      const seq = (last ? Number(last.slice(prefix.length)) : 0) + 1;
      const registrationNumber = `${prefix}${String(seq).padStart(6, '0')}`;
      const [app] = await m.query<{ id: string; stage: string }[]>(
        `INSERT INTO recruitment_applications (round_id, vacancy_id, applicant_id, registration_number, access_code_hash, category)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, stage`,
        [round.id, vacancy.id, applicant.id, registrationNumber, sha256(accessCode), dto.category],
      );
      await this.audit.record(m, {
        action: 'register',
        entity: 'recruitment_application',
        entityId: app.id,
        after: {
          registrationNumber,
          nik: maskNik(dto.nik),
          applicantId: applicant.id,
          returningApplicant: !applicant.inserted,
          roundId: round.id,
          vacancyId: vacancy.id,
          category: dto.category,
        },
        unitPath: vacancy.unitPath,
      });
      return {
        registrationNumber,
        accessCode,
        roundId: round.id,
        vacancyId: vacancy.id,
        stage: app.stage,
        requiredDocuments: round.rules.documents.map((d) => ({ key: d.key, label: d.label, required: d.required })),
      };
    });
  }

  /** The application behind a registration number and access code, or the one 404 body (no enumeration). */
  private async byAccessCode(m: Db, registrationNumber: string, accessCode: string | undefined, lock = false): Promise<ApplicationRow> {
    const rows = await m.query<ApplicationRow[]>(`${APPLICATION_SELECT} WHERE a.registration_number = $1${lock ? ' FOR UPDATE OF a' : ''}`, [
      (registrationNumber ?? '').trim().toUpperCase(),
    ]);
    const a = rows[0];
    if (!a || !accessCode || !codeMatches(accessCode, a.access_code_hash)) throw publicApplicationNotFound();
    return a;
  }

  async uploadDocument(
    registrationNumber: string,
    accessCode: string | undefined,
    kind: string,
    file: { originalname: string; buffer?: Buffer; mimetype?: string } | undefined,
  ): Promise<UploadedDocumentDto> {
    return this.ds.transaction(async (m) => {
      const app = await this.byAccessCode(m, registrationNumber, accessCode, true);
      const round = await loadRound(m, app.round_id);
      const { registrationOpens: opens, registrationCloses: closes } = round.schedule;
      const t = today();
      if (round.status !== 'published' || t < opens || t > closes) throw registrationClosed(opens, closes);
      const kinds = round.rules.documents.map((d) => d.key);
      if (!kinds.includes(kind)) throw documentKindUnknown(kinds);
      if (!file?.buffer) throw documentRequired();
      const max = round.rules.maxDocumentBytes;
      if (file.buffer.length > max) throw documentTooLarge(file.buffer.length, max);
      const type = sniffDocumentType(file.buffer);
      if (!type) throw documentTypeUnsupported();
      const hash = sha256(file.buffer);
      const fileName = (file.originalname || `${kind}${type === 'application/pdf' ? '.pdf' : '.jpg'}`).slice(0, 200);
      const [old] = await m.query<{ sha256: string; size: number; file_name: string }[]>(
        `SELECT sha256, size, file_name FROM recruitment_documents WHERE application_id = $1 AND kind = $2`,
        [app.id, kind],
      );
      const [row] = await m.query<DocumentRow[]>(
        `INSERT INTO recruitment_documents (application_id, kind, file_name, content_type, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (application_id, kind) DO UPDATE SET file_name = EXCLUDED.file_name, content_type = EXCLUDED.content_type, size = EXCLUDED.size,
           sha256 = EXCLUDED.sha256, content = EXCLUDED.content, created_at = now()
         RETURNING kind, file_name, content_type, size, sha256, created_at`,
        [app.id, kind, fileName, type, file.buffer.length, hash, file.buffer],
      );
      await this.audit.record(m, {
        action: old ? 'replace_document' : 'upload_document',
        entity: 'recruitment_application',
        entityId: app.id,
        before: old ? { kind, sha256: old.sha256, size: old.size, fileName: old.file_name } : undefined,
        after: { kind, sha256: hash, size: file.buffer.length, fileName, contentType: type },
        unitPath: app.unit_path,
      });
      return { ...documentDto(row), replaced: !!old };
    });
  }

  // ── public: appeals ──────────────────────────────────────────────────

  async submitAppeal(dto: SubmitAppealDto): Promise<PublicAppealDto> {
    return this.ds.transaction(async (m) => {
      const app = await this.byAccessCode(m, dto.registrationNumber, dto.accessCode, true);
      const round = await loadRound(m, app.round_id);
      const { appealOpens: opens, appealCloses: closes, appealAnswerBy } = round.schedule;
      if (app.stage !== 'admin_failed') throw appealNotAllowed(app.stage);
      const t = today();
      if (t < opens || t > closes) throw appealWindowClosed(opens, closes);
      const pending = await m.query<{ id: string }[]>(`SELECT id FROM recruitment_appeals WHERE application_id = $1 AND status = 'pending'`, [app.id]);
      if (pending.length) throw appealPending();
      const [row] = await m.query<AppealRow[]>(`INSERT INTO recruitment_appeals (application_id, reason) VALUES ($1, $2) RETURNING *`, [app.id, dto.reason.trim()]);
      await this.audit.record(m, {
        action: 'appeal',
        entity: 'recruitment_appeal',
        entityId: row.id,
        after: { applicationId: app.id, registrationNumber: app.registration_number, reason: row.reason, adminFailures: app.admin_failures },
        unitPath: app.unit_path,
      });
      return publicAppealDto(row, appealAnswerBy);
    });
  }

  // ── public: status ───────────────────────────────────────────────────

  async status(q: StatusQueryDto): Promise<ApplicationStatusDto> {
    const rows = await this.ds.query<
      (ApplicationRow & {
        name: string;
        round_code: string;
        round_name: string;
        round_type: string;
        round_year: number;
        schedule: RoundRow['schedule'];
        vacancy_code: string;
        position_title: string;
        unit_name: string;
        published: string[];
      })[]
    >(
      `SELECT a.*, p.name, r.code AS round_code, r.name AS round_name, r.type AS round_type, r.year AS round_year, r.schedule,
         v.code AS vacancy_code, pos.title AS position_title, u.name AS unit_name,
         ARRAY(SELECT DISTINCT rr.stage::text FROM recruitment_results rr WHERE rr.round_id = a.round_id) AS published
       FROM recruitment_applications a JOIN recruitment_applicants p ON p.id = a.applicant_id JOIN recruitment_rounds r ON r.id = a.round_id
       JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN positions pos ON pos.id = v.position_id JOIN org_units u ON u.id = v.unit_id
       WHERE a.registration_number = $1 AND p.birth_date = $2`,
      [q.registrationNumber.trim().toUpperCase(), q.birthDate],
    );
    const a = rows[0];
    if (!a) throw publicApplicationNotFound();
    const published = a.published ?? [];
    const finalOut = published.includes('final');
    const skdOut = finalOut || published.includes('skd');
    const [appeals, documents] = await Promise.all([
      this.ds.query<AppealRow[]>(`SELECT * FROM recruitment_appeals WHERE application_id = $1 ORDER BY created_at`, [a.id]),
      this.ds.query<DocumentRow[]>(`SELECT kind, file_name, content_type, size, sha256, created_at FROM recruitment_documents WHERE application_id = $1 ORDER BY kind`, [a.id]),
    ]);
    return {
      registrationNumber: a.registration_number,
      name: a.name,
      round: { id: a.round_id, code: a.round_code, name: a.round_name, type: a.round_type, year: a.round_year },
      vacancy: { id: a.vacancy_id, code: a.vacancy_code, positionTitle: a.position_title, unitName: a.unit_name },
      category: a.category,
      stage: publicStage(a, skdOut, finalOut),
      admin: { result: a.admin_result, failures: a.admin_failures ?? [], decidedAt: iso(a.admin_decided_at) },
      appeals: appeals.map((r) => publicAppealDto(r, a.schedule.appealAnswerBy)),
      documents: documents.map(documentDto),
      skd: skdOut
        ? {
            twk: a.skd_twk,
            tiu: a.skd_tiu,
            tkp: a.skd_tkp,
            total: a.skd_total,
            passed: a.skd_passed,
            failedOn: a.skd_failed_on ?? [],
            shortlisted: a.shortlisted,
          }
        : null,
      final: finalOut ? finalScores(a) : null,
      publishedStages: published.sort(),
    };
  }

  // ── staff: administrative decision ───────────────────────────────────

  async decideAdmin(p: Principal, id: string, dto: AdminDecisionDto): Promise<ApplicationDetailDto> {
    await this.ds.transaction(async (m) => {
      const app = await this.scopedApplication(m, p, id, true);
      const round = await loadRound(m, app.round_id);
      const docKeys = round.rules.documents.map((d) => d.key);
      const checklist = validChecklist(dto.checklist, docKeys);
      if (app.skd_total !== null || app.pppk_technical !== null || app.skd_scored_at !== null)
        throw adminDecisionLocked('SKD (or PPPK) scores exist for this application: the administrative result can no longer change.');
      if (!['registered', 'admin_passed', 'admin_failed'].includes(app.stage))
        throw adminDecisionLocked(`The application is ${app.stage}: the administrative result can no longer change.`);
      if (today() > round.schedule.appealCloses)
        throw adminDecisionLocked(`The appeal window closed on ${round.schedule.appealCloses}: the administrative result can no longer change.`);
      const auto = await this.automatic(m, app, round);
      const labels = Object.fromEntries(round.rules.documents.map((d) => [d.key, d.label]));
      const decision = adminDecision(auto.failures, checklist, labels);
      const stage = decision.result === 'ms' ? 'admin_passed' : 'admin_failed';
      await updateVersioned(m, 'recruitment_applications', 'Application', id, dto.version, {
        stage,
        admin_result: decision.result,
        admin_failures: JSON.stringify(decision.failures),
        admin_checklist: JSON.stringify(checklist),
        admin_note: dto.note?.trim() || null,
        admin_decided_by_name: p.name,
        admin_decided_at: new Date(),
      });
      await this.audit.record(m, {
        action: 'admin_decision',
        entity: 'recruitment_application',
        entityId: id,
        before: { stage: app.stage, adminResult: app.admin_result, adminFailures: app.admin_failures, adminChecklist: app.admin_checklist, adminNote: app.admin_note },
        after: { stage, adminResult: decision.result, adminFailures: decision.failures, adminChecklist: checklist, adminNote: dto.note?.trim() || null },
        unitPath: app.unit_path,
      });
    });
    return this.detail(p, id);
  }

  // ── staff: appeals ───────────────────────────────────────────────────

  async listAppeals(p: Principal, q: ListAppealsQueryDto): Promise<Page<AppealDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const where: string[] = [];
    const scope = applicationScopeSql(p, params);
    if (scope) where.push(scope);
    if (q.roundId) where.push(`a.round_id = $${params.push(q.roundId)}`);
    if (q.status) where.push(`ap.status = $${params.push(q.status)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<AppealRow[]>(
        `${APPEAL_SELECT} ${w} ORDER BY (ap.status = 'pending') DESC, ap.created_at ${dir(q.sortOrder)}, ap.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM recruitment_appeals ap JOIN recruitment_applications a ON a.id = ap.application_id
         JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units vu ON vu.id = v.unit_id ${w}`,
        params,
      ),
    ]);
    return { items: rows.map(appealDto), total, page, pageSize };
  }

  async answerAppeal(p: Principal, id: string, dto: AnswerAppealDto): Promise<AppealDto> {
    await this.ds.transaction(async (m) => {
      const params: unknown[] = [id];
      const scope = applicationScopeSql(p, params);
      const rows = await m.query<AppealRow[]>(`${APPEAL_SELECT} WHERE ap.id = $1${scope ? ` AND ${scope}` : ''} FOR UPDATE OF ap`, params);
      const ap = rows[0];
      if (!ap) throw appealNotFound(id);
      if (ap.status !== 'pending') throw appealAlreadyAnswered(ap.status);
      const answerBy = ap.schedule.appealAnswerBy;
      if (today() > answerBy) throw appealDeadlinePassed(answerBy);
      const status = dto.accepted ? 'accepted' : 'rejected';
      const answer = dto.answer.trim();
      await updateVersioned(m, 'recruitment_appeals', 'Appeal', id, dto.version, { status, answer, answered_by_name: p.name, answered_at: new Date() });
      await this.audit.record(m, {
        action: 'answer_appeal',
        entity: 'recruitment_appeal',
        entityId: id,
        before: { status: ap.status },
        after: { status, answer, accepted: dto.accepted },
        unitPath: ap.unit_path,
      });
      if (dto.accepted) {
        const [before] = await m.query<ApplicationRow[]>(`SELECT * FROM recruitment_applications WHERE id = $1 FOR UPDATE`, [ap.application_id]);
        await sqlRows(
          m,
          `UPDATE recruitment_applications SET stage = 'admin_passed', admin_result = 'ms', admin_failures = '[]', admin_decided_by_name = $2, admin_decided_at = now(),
             version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
          [ap.application_id, p.name],
        );
        await this.audit.record(m, {
          action: 'appeal_accepted',
          entity: 'recruitment_application',
          entityId: ap.application_id,
          before: { stage: before.stage, adminResult: before.admin_result, adminFailures: before.admin_failures },
          after: { stage: 'admin_passed', adminResult: 'ms', adminFailures: [], appealId: id },
          unitPath: ap.unit_path,
        });
      }
    });
    const [row] = await this.ds.query<AppealRow[]>(`${APPEAL_SELECT} WHERE ap.id = $1`, [id]);
    return appealDto(row);
  }

  // ── staff: applicants ────────────────────────────────────────────────

  async listApplicants(p: Principal, q: ListApplicantsQueryDto): Promise<Page<ApplicantDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const appConds: string[] = [];
    const scope = applicationScopeSql(p, params);
    if (scope) appConds.push(scope);
    if (q.roundId) appConds.push(`a.round_id = $${params.push(q.roundId)}`);
    const appWhere = appConds.length ? `AND ${appConds.join(' AND ')}` : '';
    const visible = `SELECT count(*) FROM recruitment_applications a JOIN recruitment_vacancies v ON v.id = a.vacancy_id JOIN org_units vu ON vu.id = v.unit_id
      WHERE a.applicant_id = p.id ${appWhere}`;
    const where: string[] = [];
    if (appConds.length) where.push(`EXISTS (${visible})`);
    if (q.q?.trim()) {
      const s = q.q.trim();
      if (/^\d{4,16}$/.test(s)) where.push(`p.nik LIKE $${params.push(`${s}%`)}`);
      else where.push(`p.name ILIKE $${params.push(`%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)}`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<ApplicantRow[]>(
        `SELECT p.*, (${visible})::int AS application_count FROM recruitment_applicants p ${w} ORDER BY p.name ${dir(q.sortOrder)}, p.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM recruitment_applicants p ${w}`, params),
    ]);
    return { items: rows.map((r) => applicantDto(r, p)), total, page, pageSize };
  }

  async getApplicant(p: Principal, id: string): Promise<ApplicantDetailDto> {
    const [r] = await this.ds.query<ApplicantRow[]>(`SELECT * FROM recruitment_applicants WHERE id = $1`, [id]);
    if (!r) throw applicantNotFound(id);
    const params: unknown[] = [id];
    const scope = applicationScopeSql(p, params);
    const apps = await this.ds.query<
      {
        id: string;
        registration_number: string;
        round_id: string;
        round_code: string;
        round_name: string;
        vacancy_id: string;
        vacancy_code: string;
        position_title: string;
        unit_name: string;
        category: string;
        stage: string;
        admin_result: string | null;
        created_at: Date;
      }[]
    >(
      `SELECT a.id, a.registration_number, a.round_id, r.code AS round_code, r.name AS round_name, a.vacancy_id, v.code AS vacancy_code, pos.title AS position_title,
         vu.name AS unit_name, a.category, a.stage, a.admin_result, a.created_at
       FROM recruitment_applications a JOIN recruitment_rounds r ON r.id = a.round_id JOIN recruitment_vacancies v ON v.id = a.vacancy_id
       JOIN positions pos ON pos.id = v.position_id JOIN org_units vu ON vu.id = v.unit_id
       WHERE a.applicant_id = $1${scope ? ` AND ${scope}` : ''} ORDER BY a.created_at DESC`,
      params,
    );
    if (p.unitPath && !apps.length) throw applicantNotFound(id);
    return {
      ...applicantDto({ ...r, application_count: apps.length }, p),
      address: r.address,
      applications: apps.map((a) => ({
        id: a.id,
        registrationNumber: a.registration_number,
        roundId: a.round_id,
        roundCode: a.round_code,
        roundName: a.round_name,
        vacancyId: a.vacancy_id,
        vacancyCode: a.vacancy_code,
        positionTitle: a.position_title,
        unitName: a.unit_name,
        category: a.category,
        stage: a.stage,
        adminResult: a.admin_result,
        createdAt: new Date(a.created_at).toISOString(),
      })),
    };
  }

  // ── staff: applications ──────────────────────────────────────────────

  private listSql(p: Principal, q: ListApplicationsQueryDto, params: unknown[]): string {
    const where: string[] = [];
    const scope = applicationScopeSql(p, params);
    if (scope) where.push(scope);
    if (q.roundId) where.push(`a.round_id = $${params.push(q.roundId)}`);
    if (q.vacancyId) where.push(`a.vacancy_id = $${params.push(q.vacancyId)}`);
    if (q.stage) where.push(`a.stage = $${params.push(q.stage)}`);
    if (q.category) where.push(`a.category = $${params.push(q.category)}`);
    if (q.adminResult) where.push(`a.admin_result = $${params.push(q.adminResult)}`);
    if (q.q?.trim()) {
      const s = q.q.trim();
      const i = params.push(`%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      const j = params.push(`${s.toUpperCase()}%`);
      where.push(`(p.name ILIKE $${i} OR a.registration_number LIKE $${j})`);
    }
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
  }

  private static readonly LIST_FROM = `FROM recruitment_applications a JOIN recruitment_applicants p ON p.id = a.applicant_id
    JOIN recruitment_rounds r ON r.id = a.round_id JOIN recruitment_vacancies v ON v.id = a.vacancy_id
    JOIN positions pos ON pos.id = v.position_id JOIN org_units vu ON vu.id = v.unit_id`;

  private listSelect(w: string, order: string, limit: string): string {
    return `SELECT a.id, a.registration_number, a.round_id, r.code AS round_code, a.vacancy_id, v.code AS vacancy_code, pos.title AS position_title,
        vu.name AS unit_name, a.applicant_id, p.name, p.nik, p.gender, p.education_level, p.major, p.gpa, a.category, a.stage, a.admin_result,
        jsonb_array_length(a.admin_failures)::int AS admin_failure_count, a.skd_total, a.skd_passed, a.skb_score, a.final_score, a.rank,
        (SELECT count(*)::int FROM recruitment_documents d WHERE d.application_id = a.id) AS document_count, a.created_at, a.version
      ${ApplicationsService.LIST_FROM} ${w} ORDER BY ${order} ${limit}`;
  }

  private listItem(r: ListRow, p: Principal): ApplicationListItemDto {
    return {
      id: r.id,
      registrationNumber: r.registration_number,
      roundId: r.round_id,
      roundCode: r.round_code,
      vacancyId: r.vacancy_id,
      vacancyCode: r.vacancy_code,
      positionTitle: r.position_title,
      unitName: r.unit_name,
      applicantId: r.applicant_id,
      name: r.name,
      nik: seesFullNik(p) ? r.nik : maskNik(r.nik),
      gender: r.gender,
      educationLevel: r.education_level,
      major: r.major,
      gpa: Number(r.gpa),
      category: r.category,
      stage: r.stage,
      adminResult: r.admin_result,
      adminFailureCount: r.admin_failure_count,
      skdTotal: r.skd_total,
      skdPassed: r.skd_passed,
      skbScore: num(r.skb_score),
      finalScore: num(r.final_score),
      rank: r.rank,
      documentCount: r.document_count,
      createdAt: new Date(r.created_at).toISOString(),
      version: r.version,
    };
  }

  private order(q: ListApplicationsQueryDto): string {
    const col = SORT_COLUMNS[q.sortBy ?? 'registrationNumber'];
    return `${col} ${dir(q.sortOrder)} NULLS LAST, a.registration_number`;
  }

  async listApplications(p: Principal, q: ListApplicationsQueryDto): Promise<Page<ApplicationListItemDto>> {
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [];
    const w = this.listSql(p, q, params);
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<ListRow[]>(this.listSelect(w, this.order(q), `LIMIT ${pageSize} OFFSET ${offset}`), params),
      this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${ApplicationsService.LIST_FROM} ${w}`, params),
    ]);
    return { items: rows.map((r) => this.listItem(r, p)), total, page, pageSize };
  }

  async exportApplications(p: Principal, q: ListApplicationsQueryDto): Promise<ExportFile> {
    const params: unknown[] = [];
    const w = this.listSql(p, q, params);
    const rows = await this.ds.query<ListRow[]>(this.listSelect(w, this.order(q), 'LIMIT 200000'), params);
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it is slow to load
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const ws = wb.addWorksheet('Pelamar');
    const header = [
      'No',
      'Nomor Pendaftaran',
      'Seleksi',
      'Formasi',
      'Jabatan',
      'Unit Kerja',
      'Nama',
      'NIK',
      'L/P',
      'Pendidikan',
      'Program Studi',
      'IPK/Nilai',
      'Kategori',
      'Tahap',
      'Hasil Administrasi',
      'Syarat Tidak Terpenuhi',
      'SKD',
      'Nilai SKB',
      'Nilai Akhir',
      'Peringkat',
      'Dokumen',
      'Terdaftar',
    ];
    const hr = ws.addRow(header);
    hr.font = { bold: true };
    rows.forEach((r, i) => {
      const it = this.listItem(r, p);
      ws.addRow([
        i + 1,
        it.registrationNumber,
        it.roundCode,
        it.vacancyCode,
        it.positionTitle,
        it.unitName,
        it.name,
        it.nik,
        it.gender,
        it.educationLevel,
        it.major,
        it.gpa,
        it.category,
        it.stage,
        it.adminResult ? it.adminResult.toUpperCase() : '',
        it.adminFailureCount,
        it.skdTotal ?? '',
        it.skbScore ?? '',
        it.finalScore ?? '',
        it.rank ?? '',
        it.documentCount,
        it.createdAt.slice(0, 10),
      ]);
    });
    ws.columns.forEach((c, i) => (c.width = [4, 18, 14, 22, 32, 32, 28, 18].at(i) ?? 12));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.addRow([]);
    ws.addRow([seesFullNik(p) ? 'NIK ditampilkan lengkap (admin/perencana).' : 'NIK disamarkan (UU 27/2022 tentang Pelindungan Data Pribadi).']);
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    return { filename: `pelamar-${today()}.xlsx`, contentType: XLSX_TYPE, body };
  }

  /** The application when its vacancy is inside the caller's subtree (404 otherwise). */
  private async scopedApplication(m: Db, p: Principal, id: string, lock = false): Promise<ApplicationRow> {
    const params: unknown[] = [id];
    const scope = applicationScopeSql(p, params);
    const rows = await m.query<ApplicationRow[]>(`${APPLICATION_SELECT} WHERE a.id = $1${scope ? ` AND ${scope}` : ''}${lock ? ' FOR UPDATE OF a' : ''}`, params);
    if (!rows[0]) throw applicationNotFound(id);
    return rows[0];
  }

  private async automatic(m: Db, app: ApplicationRow, round: RoundRow) {
    // One after the other: inside a transaction the manager holds a single connection.
    const [applicant] = await m.query<ApplicantRow[]>(`SELECT * FROM recruitment_applicants WHERE id = $1`, [app.applicant_id]);
    const vacancy = await loadVacancy(m, app.vacancy_id);
    const docs = await m.query<{ kind: string }[]>(`SELECT kind FROM recruitment_documents WHERE application_id = $1`, [app.id]);
    return {
      applicant,
      vacancy,
      ...automaticChecks({
        applicant: { birthDate: applicant.birth_date, educationLevel: applicant.education_level, major: applicant.major, gpa: Number(applicant.gpa) },
        vacancy: { educationLevels: vacancy.educationLevels, majors: vacancy.majors, gpaMin: vacancy.gpaMin, ageMax: vacancy.ageMax },
        rules: { ageLimits: round.rules.ageLimits, gpaMin: round.rules.gpaMin ?? null, documents: round.rules.documents },
        registrationCloses: round.schedule.registrationCloses,
        uploadedKinds: docs.map((d) => d.kind),
      }),
    };
  }

  async detail(p: Principal, id: string): Promise<ApplicationDetailDto> {
    const app = await this.scopedApplication(this.ds.manager, p, id);
    const round = await loadRound(this.ds.manager, app.round_id);
    const [auto, documents, appeals, [interviews]] = await Promise.all([
      this.automatic(this.ds.manager, app, round),
      this.ds.query<DocumentRow[]>(`SELECT kind, file_name, content_type, size, sha256, created_at FROM recruitment_documents WHERE application_id = $1 ORDER BY kind`, [id]),
      this.ds.query<AppealRow[]>(`${APPEAL_SELECT} WHERE ap.application_id = $1 ORDER BY ap.created_at`, [id]),
      this.ds.query<{ assigned: number; submitted: number; mean: string | null }[]>(
        `SELECT count(*)::int AS assigned, count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS submitted, avg(score) FILTER (WHERE submitted_at IS NOT NULL) AS mean
         FROM recruitment_interviews WHERE application_id = $1`,
        [id],
      ),
    ]);
    const { applicant, vacancy } = auto;
    const timeline: { event: string; at: string; by: string | null }[] = [{ event: 'registered', at: new Date(app.created_at).toISOString(), by: null }];
    for (const d of documents) timeline.push({ event: `document:${d.kind}`, at: new Date(d.created_at).toISOString(), by: null });
    if (app.admin_decided_at) timeline.push({ event: `admin_${app.admin_result ?? 'decided'}`, at: new Date(app.admin_decided_at).toISOString(), by: app.admin_decided_by_name });
    for (const a of appeals) {
      timeline.push({ event: 'appeal', at: new Date(a.created_at).toISOString(), by: null });
      if (a.answered_at) timeline.push({ event: `appeal_${a.status}`, at: new Date(a.answered_at).toISOString(), by: a.answered_by_name });
    }
    if (app.skd_scored_at) timeline.push({ event: 'skd_scored', at: new Date(app.skd_scored_at).toISOString(), by: null });
    if (app.skb_scored_at) timeline.push({ event: 'skb_scored', at: new Date(app.skb_scored_at).toISOString(), by: null });
    if (app.ranked_at) timeline.push({ event: 'ranked', at: new Date(app.ranked_at).toISOString(), by: null });
    if (app.appointed_at) timeline.push({ event: 'appointed', at: new Date(app.appointed_at).toISOString(), by: null });
    timeline.sort((x, y) => x.at.localeCompare(y.at));
    return {
      id: app.id,
      registrationNumber: app.registration_number,
      round: { id: round.id, code: round.code, name: round.name, type: round.type, year: round.year },
      vacancy: {
        id: vacancy.id,
        code: vacancy.code,
        positionId: vacancy.positionId,
        positionTitle: vacancy.positionTitle,
        unitId: vacancy.unitId,
        unitName: vacancy.unitName,
        educationLevels: vacancy.educationLevels,
        majors: vacancy.majors,
        gpaMin: vacancy.gpaMin,
        ageMax: vacancy.ageMax,
      },
      applicant: applicantDto({ ...applicant, application_count: 1 }, p),
      category: app.category,
      stage: app.stage,
      ageOnClosingDate: auto.age,
      automaticChecks: auto.checks,
      automaticFailures: auto.failures,
      requiredDocuments: round.rules.documents.map((d) => ({ key: d.key, label: d.label, required: d.required })),
      adminChecklist: app.admin_checklist ?? {},
      adminResult: app.admin_result,
      adminFailures: app.admin_failures ?? [],
      adminNote: app.admin_note,
      adminDecidedByName: app.admin_decided_by_name,
      adminDecidedAt: iso(app.admin_decided_at),
      documents: documents.map(documentDto),
      appeals: appeals.map(appealDto),
      scores: {
        skdTwk: app.skd_twk,
        skdTiu: app.skd_tiu,
        skdTkp: app.skd_tkp,
        skdTotal: app.skd_total,
        skdPassed: app.skd_passed,
        skdFailedOn: app.skd_failed_on ?? [],
        shortlisted: app.shortlisted,
        interviewFlagged: app.interview_flagged,
        ...finalScores(app),
      },
      interviews: { assigned: interviews.assigned, submitted: interviews.submitted, mean: num(interviews.mean), flagged: app.interview_flagged },
      timeline,
      createdAt: new Date(app.created_at).toISOString(),
      version: app.version,
    };
  }

  async document(p: Principal, id: string, kind: string): Promise<ExportFile> {
    const app = await this.scopedApplication(this.ds.manager, p, id);
    const [d] = await this.ds.query<{ file_name: string; content_type: string; content: Buffer }[]>(
      `SELECT file_name, content_type, content FROM recruitment_documents WHERE application_id = $1 AND kind = $2`,
      [app.id, kind],
    );
    if (!d) throw documentNotFound(kind);
    const safe = d.file_name.replace(/["\\\r\n]/g, '_');
    return { filename: `${app.registration_number}-${kind}-${safe}`.slice(0, 200), contentType: d.content_type, body: d.content };
  }
}

/** The committee's checklist: booleans only, every document key of the round present, extra keys snake_case. */
function validChecklist(raw: Record<string, unknown>, docKeys: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  const entries = Object.entries(raw ?? {});
  if (entries.length > 60) throw checklistInvalid('checklist', 'at most 60 checklist items');
  for (const [key, v] of entries) {
    if (!/^[a-z0-9_]{1,40}$/.test(key)) throw checklistInvalid(`checklist.${key}`, 'checklist keys are 1–40 lower-case letters, digits or underscores');
    if (typeof v !== 'boolean') throw checklistInvalid(`checklist.${key}`, `checklist.${key} must be true or false`);
    out[key] = v;
  }
  const missing = docKeys.filter((k) => !(k in out));
  if (missing.length) throw checklistInvalid(`checklist.${missing[0]}`, `the checklist must cover every document of the round; missing: ${missing.join(', ')}`);
  return out;
}

function finalScores(a: ApplicationRow) {
  return {
    skbComponents: a.skb_components ?? null,
    skbScore: num(a.skb_score),
    interviewScore: num(a.interview_score),
    pppkTechnical: a.pppk_technical,
    pppkManagerial: a.pppk_managerial,
    pppkInterview: a.pppk_interview,
    finalScore: num(a.final_score),
    rank: a.rank,
  };
}

/** The stage as far as the published results tell: never ahead of a publication. */
function publicStage(a: ApplicationRow, skdOut: boolean, finalOut: boolean): string {
  const s = a.stage;
  if (['registered', 'admin_passed', 'admin_failed', 'withdrawn'].includes(s) || finalOut) return s;
  if (!skdOut) return 'admin_passed';
  if (a.skd_passed === false || s === 'skd_failed') return 'skd_failed';
  if (a.shortlisted === true) return 'shortlisted';
  if (a.shortlisted === false) return 'not_shortlisted';
  return a.skd_passed ? 'skd_passed' : 'admin_passed';
}
