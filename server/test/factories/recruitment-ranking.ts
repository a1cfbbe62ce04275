/**
 * Recruitment fixtures for the ranking tests, inserted directly (the tests are about shortlist, rank and funnel, not
 * about the round, vacancy or registration endpoints): a round with its rules, a vacancy on an approved formation
 * plan line, applicants and their applications at any stage with any scores.
 */
import { createHash, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RoundRules, RoundSchedule } from '../../src/modules/recruitment/recruitment.types.js';
import { createPosition } from './index.js';

const tag = randomInt(10_000, 99_999).toString(36).toUpperCase();
let counter = 0;
const next = () => ++counter;

export function buildRoundRules(over: Partial<RoundRules> = {}): RoundRules {
  return {
    passingGrades: {
      max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
      umum: { twk: 65, tiu: 80, tkp: 166 },
      cumlaude: { total: 311, tiu: 85 },
      disabilitas: { total: 286, tiu: 60 },
      papua: { total: 286, tiu: 60 },
    },
    shortlist: { multiplier: 3, tieAtCut: 'include_all' },
    finalScore: { skdWeight: 0.4, skbWeight: 0.6 },
    skbComponents: [
      { key: 'cat', label: 'CAT SKB', weight: 0.6 },
      { key: 'interview', label: 'Wawancara', weight: 0.4 },
    ],
    pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
    interview: {
      rubric: [
        { key: 'komunikasi', label: 'Komunikasi', max: 100 },
        { key: 'integritas', label: 'Integritas', max: 100 },
      ],
      minPanelists: 2,
      spreadLimit: 20,
    },
    ageLimits: { min: 18, max: 35 },
    gpaMin: null,
    documents: [{ key: 'ktp', label: 'KTP', required: true }],
    maxDocumentBytes: 2_000_000,
    tieBreak: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'],
    ...over,
  };
}

export const ROUND_SCHEDULE: RoundSchedule = {
  registrationOpens: '2026-01-05',
  registrationCloses: '2026-01-25',
  adminSelectionEnds: '2026-02-05',
  appealOpens: '2026-02-06',
  appealCloses: '2026-02-08',
  appealAnswerBy: '2026-02-12',
  skdStarts: '2026-03-01',
  skdEnds: '2026-03-10',
  skbStarts: '2026-04-01',
  skbEnds: '2026-04-10',
  announcement: '2026-05-01',
};

export async function createRound(
  ds: DataSource,
  f: { type?: 'cpns' | 'pppk'; rules?: Partial<RoundRules>; status?: string; year?: number } = {},
): Promise<{ id: string; code: string; prefix: string }> {
  const n = next();
  const type = f.type ?? 'cpns';
  const code = `${type.toUpperCase()}-T${tag}-${n}`;
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_rounds (code, name, type, year, status, schedule, rules, published_at, published_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7, now(), 'Uji')
     RETURNING id`,
    [code, `Seleksi uji ${code}`, type, f.year ?? 2026, f.status ?? 'published', JSON.stringify(ROUND_SCHEDULE), JSON.stringify(buildRoundRules(f.rules))],
  );
  return { id: row.id, code, prefix: `T${tag}${n}` };
}

export type Quotas = Partial<Record<'umum' | 'cumlaude' | 'disabilitas' | 'papua', number>>;

/** A vacancy of the round in a unit, on a line of an approved formation plan (position created in the unit). */
export async function createVacancy(
  ds: DataSource,
  f: { roundId: string; unitId: string; quotas: Quotas; type?: 'cpns' | 'pppk'; code?: string },
): Promise<{ id: string; code: string; positionId: string }> {
  const n = next();
  const quotas = { umum: 0, cumlaude: 0, disabilitas: 0, papua: 0, ...f.quotas };
  const total = Object.values(quotas).reduce((s, q) => s + q, 0);
  const position = await createPosition(ds, f.unitId, `Jabatan Seleksi ${tag}-${n}`);
  const [plan] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plans (name, year, org_unit_id, status, base_year, horizon, budget_ceiling, max_formations, default_employment_type, decided_at, decided_by_name)
     VALUES ($1, 2026, NULL, 'approved', 2025, 5, 1000000000000, 1000, $2, now(), 'Uji') RETURNING id`,
    [`Rencana uji ${tag}-${n}`, f.type ?? 'cpns'],
  );
  const [line] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, $4, 60000000, $5, $5, 1) RETURNING id`,
    [plan.id, position.id, f.unitId, f.type ?? 'cpns', total],
  );
  const code = f.code ?? `V${tag}-${n}`;
  const [v] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{S1}') RETURNING id`,
    [f.roundId, line.id, position.id, f.unitId, code, JSON.stringify(quotas), total],
  );
  return { id: v.id, code, positionId: position.id };
}

export interface ApplicationFields {
  roundId: string;
  vacancyId: string;
  registrationNumber?: string;
  category?: 'umum' | 'cumlaude' | 'disabilitas' | 'papua';
  stage?: string;
  name?: string;
  gender?: 'L' | 'P';
  birthDate?: string;
  educationLevel?: string;
  gpa?: number;
  skd?: { twk: number; tiu: number; tkp: number } | null;
  skbComponents?: Record<string, number> | null;
  interviewScore?: number | null;
  shortlisted?: boolean | null;
  pppk?: { technical: number; managerialSocioCultural: number; interview: number } | null;
  adminDecidedAt?: string | null;
  skdScoredAt?: string | null;
  createdAt?: string;
}

/** An applicant and their application (admin passed by default). */
export async function createApplication(ds: DataSource, f: ApplicationFields): Promise<{ id: string; registrationNumber: string; applicantId: string }> {
  const n = next();
  const birthDate = f.birthDate ?? '1998-05-01';
  const gender = f.gender ?? 'L';
  const [y, m, d] = birthDate.split('-');
  const day = String(Number(d) + (gender === 'P' ? 40 : 0)).padStart(2, '0');
  const nik = `33${String(randomInt(10, 99))}${String(randomInt(10, 99))}${day}${m}${y.slice(2)}${String(n % 10_000).padStart(4, '0')}`;
  const [ap] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, education_level, major, gpa) VALUES ($1, $2, $3, $4, $5, 'Keperawatan', $6) RETURNING id`,
    [nik, f.name ?? `Pelamar Uji ${tag}-${n}`, gender, birthDate, f.educationLevel ?? 'S1', f.gpa ?? 3.5],
  );
  const stage = f.stage ?? 'admin_passed';
  const registrationNumber = f.registrationNumber ?? `T${tag}-${String(n).padStart(6, '0')}`;
  const decided = stage === 'registered' ? null : (f.adminDecidedAt ?? '2026-02-01T03:00:00Z');
  const [a] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_applications (round_id, vacancy_id, applicant_id, registration_number, access_code_hash, category, stage, admin_result, admin_decided_at,
       skd_twk, skd_tiu, skd_tkp, skd_scored_at, skb_components, interview_score, shortlisted, pppk_technical, pppk_managerial, pppk_interview, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
    [
      f.roundId,
      f.vacancyId,
      ap.id,
      registrationNumber,
      createHash('sha256').update(`code-${n}`).digest('hex'),
      f.category ?? 'umum',
      stage,
      stage === 'registered' ? null : stage === 'admin_failed' ? 'tms' : 'ms',
      decided,
      f.skd?.twk ?? null,
      f.skd?.tiu ?? null,
      f.skd?.tkp ?? null,
      f.skd ? (f.skdScoredAt ?? '2026-03-12T03:00:00Z') : null,
      f.skbComponents ? JSON.stringify(f.skbComponents) : null,
      f.interviewScore ?? null,
      f.shortlisted ?? null,
      f.pppk?.technical ?? null,
      f.pppk?.managerialSocioCultural ?? null,
      f.pppk?.interview ?? null,
      f.createdAt ?? '2026-01-10T03:00:00Z',
    ],
  );
  return { id: a.id, registrationNumber, applicantId: ap.id };
}

/** A published result of the round (immutable once inserted: the database refuses updates and deletes). */
export async function publishResult(ds: DataSource, roundId: string, stage: 'administrative' | 'skd' | 'final'): Promise<void> {
  await ds.query(
    `INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name)
     VALUES ($1, COALESCE((SELECT max(seq) FROM recruitment_results WHERE round_id = $1), 0) + 1, $2, '{}', $3, 'Uji')`,
    [roundId, stage, createHash('sha256').update(`${roundId}-${stage}`).digest('hex')],
  );
}
