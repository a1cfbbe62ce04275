/**
 * Recruitment fixtures for the score, result and appointment tests, inserted directly (the round and vacancy APIs are
 * tested elsewhere): an approved formation plan line, a published round with its rules, a vacancy, applicants.
 */
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createPosition, unitByCode } from './index.js';

const tag = `${Date.now().toString(36).toUpperCase()}${randomInt(0, 1296).toString(36).toUpperCase()}`;
let counter = 0;
const next = () => ++counter;

export const TEST_RULES = {
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
    { key: 'cat', label: 'CAT bidang', weight: 0.5 },
    { key: 'praktik', label: 'Praktik kerja', weight: 0.2 },
    { key: 'interview', label: 'Wawancara', weight: 0.3 },
  ],
  pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
  interview: {
    rubric: [
      { key: 'komunikasi', label: 'Komunikasi', max: 5 },
      { key: 'integritas', label: 'Integritas', max: 5 },
    ],
    minPanelists: 2,
    spreadLimit: 20,
  },
  ageLimits: { min: 18, max: 35 },
  gpaMin: null,
  documents: [{ key: 'ktp', label: 'KTP', required: true }],
  maxDocumentBytes: 2097152,
  tieBreak: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'],
};

export const TEST_SCHEDULE = {
  registrationOpens: '2026-01-05',
  registrationCloses: '2026-01-20',
  adminSelectionEnds: '2026-01-31',
  appealOpens: '2026-02-01',
  appealCloses: '2026-02-03',
  appealAnswerBy: '2026-02-06',
  skdStarts: '2026-02-10',
  skdEnds: '2026-02-20',
  skbStarts: '2026-03-01',
  skbEnds: '2026-03-10',
  announcement: '2026-03-20',
};

export interface RecruitmentFixture {
  unit: { id: string; path: string; name: string };
  position: { id: string; title: string };
  planId: string;
  planLineId: string;
  roundId: string;
  roundCode: string;
  vacancyId: string;
  vacancyCode: string;
}

/**
 * An approved formation plan of `planYear` with one line (quantity) for a new position of the unit, a round (published by
 * default) and a vacancy opened from that line.
 */
export async function createRecruitmentFixture(
  ds: DataSource,
  opts: { unitCode?: string; type?: 'cpns' | 'pppk'; status?: string; planYear?: number; quantity?: number; seats?: number; positionKind?: string } = {},
): Promise<RecruitmentFixture> {
  const unit = await unitByCode(ds, opts.unitCode ?? 'DINKES');
  const n = next();
  const position = await createPosition(ds, unit.id, `Perawat Seleksi ${tag}-${n}`, opts.positionKind ?? 'pelaksana');
  const type = opts.type ?? 'cpns';
  const year = opts.planYear ?? 2027;
  const quantity = opts.quantity ?? 2;
  const seats = opts.seats ?? 1;
  const [plan] = await ds.query(
    `INSERT INTO formation_plans (name, year, org_unit_id, status, base_year, horizon, budget_ceiling, max_formations, default_employment_type, decided_at)
     VALUES ($1, $2, $3, 'approved', $4, 5, 1000000000, 100, $5, now()) RETURNING id`,
    [`Rencana uji ${tag}-${n}`, year, unit.id, year - 1, type],
  );
  const [line] = await ds.query(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, rank, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, $4, 'S1 Keperawatan', 'III/a', 80000000, $5, $5, 1) RETURNING id`,
    [plan.id, position.id, unit.id, type, quantity],
  );
  const roundCode = `H3-${tag}-${n}`;
  const [round] = await ds.query(
    `INSERT INTO recruitment_rounds (code, name, type, year, status, schedule, rules, published_at, published_by_name)
     VALUES ($1, $2, $3, $4, $5::varchar, $6, $7, CASE WHEN $5::varchar = 'draft' THEN NULL ELSE now() END, 'Planner Uji') RETURNING id`,
    [roundCode, `Seleksi uji ${roundCode}`, type, year, opts.status ?? 'published', JSON.stringify(TEST_SCHEDULE), JSON.stringify(TEST_RULES)],
  );
  const vacancyCode = `V-${tag}-${n}`;
  const [vacancy] = await ds.query(
    `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels, majors)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{S1}', '{}') RETURNING id`,
    [round.id, line.id, position.id, unit.id, vacancyCode, JSON.stringify({ umum: seats, cumlaude: 0, disabilitas: 0, papua: 0 }), seats],
  );
  return { unit, position, planId: plan.id, planLineId: line.id, roundId: round.id, roundCode, vacancyId: vacancy.id, vacancyCode };
}

/** A NIK of Kota Semarang (33.74) agreeing with the birth date and gender; `lastTwo` fixes the masked tail. */
export function buildNik(birthDate: string, gender: 'L' | 'P', lastTwo?: string): string {
  const [y, m, d] = birthDate.split('-');
  const day = String(Number(d) + (gender === 'P' ? 40 : 0)).padStart(2, '0');
  const district = String(randomInt(1, 17)).padStart(2, '0');
  const seqHead = String(randomInt(0, 100)).padStart(2, '0');
  const tail = lastTwo ?? String(randomInt(0, 100)).padStart(2, '0');
  return `3374${district}${day}${m}${y.slice(2)}${seqHead}${tail}`;
}

export interface ApplicationFields {
  roundId: string;
  vacancyId: string;
  stage?: string;
  category?: string;
  name?: string;
  gender?: 'L' | 'P';
  birthDate?: string;
  nikLastTwo?: string;
  educationLevel?: string;
  /** Extra columns of recruitment_applications (snake_case) → value. */
  set?: Record<string, unknown>;
}

/** An applicant and their application, at the stage the test needs. */
export async function createApplication(
  ds: DataSource,
  f: ApplicationFields,
): Promise<{ id: string; applicantId: string; registrationNumber: string; nik: string; name: string; birthDate: string; gender: 'L' | 'P' }> {
  const n = next();
  const gender = f.gender ?? 'P';
  const birthDate = f.birthDate ?? '1998-03-15';
  const name = f.name ?? `Pelamar Uji ${tag}-${n}`;
  let applicant: { id: string } | undefined;
  let nik = '';
  for (let attempt = 0; !applicant && attempt < 5; attempt++) {
    nik = buildNik(birthDate, gender, f.nikLastTwo);
    [applicant] = await ds.query(
      `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, education_level, major, gpa) VALUES ($1, $2, $3, $4, $5, 'Keperawatan', 3.50)
       ON CONFLICT (nik) DO NOTHING RETURNING id`,
      [nik, name, gender, birthDate, f.educationLevel ?? 'S1'],
    );
  }
  if (!applicant) throw new Error('createApplication: no free NIK');
  const registrationNumber = `T${tag}-${String(n).padStart(5, '0')}`;
  const extra = Object.entries(f.set ?? {});
  const cols = ['round_id', 'vacancy_id', 'applicant_id', 'registration_number', 'access_code_hash', 'category', 'stage', ...extra.map(([k]) => k)];
  const values = [f.roundId, f.vacancyId, applicant.id, registrationNumber, 'x'.repeat(64), f.category ?? 'umum', f.stage ?? 'admin_passed', ...extra.map(([, v]) => v)];
  const [app] = await ds.query(
    `INSERT INTO recruitment_applications (${cols.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    values.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v)),
  );
  return { id: app.id, applicantId: applicant.id, registrationNumber, nik, name, birthDate, gender };
}
