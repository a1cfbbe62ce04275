/**
 * Factories for the interview panel tests: a round (schedule and rules as recruitment.types.ts), a vacancy on an
 * approved formation plan line, shortlisted applications, and panel users (through the users API, as an admin).
 * Inserted directly: the rounds, registration and shortlist routes are not what these tests are about.
 */
import { createHash, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RoundRules, RoundSchedule } from '../../src/modules/recruitment/recruitment.types.js';
import { bearer, type TestApp } from '../utils/app.js';
import { createPosition, unitByCode } from './index.js';

const base = randomInt(0, 1_000_000);
let counter = 0;
const next = () => base * 1000 + ++counter;

export const INTERVIEW_RUBRIC = [
  { key: 'integrity', label: 'Integritas', max: 10 },
  { key: 'communication', label: 'Komunikasi', max: 10 },
  { key: 'motivation', label: 'Motivasi', max: 5 },
];

export function buildSchedule(year = 2026): RoundSchedule {
  return {
    registrationOpens: `${year}-01-05`,
    registrationCloses: `${year}-01-20`,
    adminSelectionEnds: `${year}-01-27`,
    appealOpens: `${year}-01-28`,
    appealCloses: `${year}-01-30`,
    appealAnswerBy: `${year}-02-03`,
    skdStarts: `${year}-02-10`,
    skdEnds: `${year}-02-20`,
    skbStarts: `${year}-03-01`,
    skbEnds: `${year}-03-10`,
    announcement: `${year}-03-20`,
  };
}

export function buildRules(interview: Partial<RoundRules['interview']> = {}): RoundRules {
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
      { key: 'cat', label: 'CAT SKB', weight: 0.7 },
      { key: 'interview', label: 'Wawancara', weight: 0.3 },
    ],
    pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
    interview: { rubric: INTERVIEW_RUBRIC, minPanelists: 2, spreadLimit: 15, ...interview },
    ageLimits: { min: 18, max: 35 },
    gpaMin: null,
    documents: [{ key: 'ktp', label: 'KTP', required: true }],
    maxDocumentBytes: 2 * 1024 * 1024,
    tieBreak: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'],
  };
}

export interface RoundFixture {
  id: string;
  code: string;
  type: 'cpns' | 'pppk';
}

export async function createRound(ds: DataSource, opts: { type?: 'cpns' | 'pppk'; year?: number; rules?: RoundRules } = {}): Promise<RoundFixture> {
  const type = opts.type ?? 'cpns';
  const year = opts.year ?? 2026;
  const code = `T-INT-${type.toUpperCase()}-${next()}`;
  const [row] = await ds.query(
    `INSERT INTO recruitment_rounds (code, name, type, year, status, schedule, rules, published_at, published_by_name)
     VALUES ($1, $2, $3, $4, 'published', $5, $6, now(), 'Tester') RETURNING id`,
    [code, `Seleksi ${type.toUpperCase()} Uji ${code}`, type, year, JSON.stringify(buildSchedule(year)), JSON.stringify(opts.rules ?? buildRules())],
  );
  return { id: row.id, code, type };
}

export interface VacancyFixture {
  id: string;
  code: string;
  unitId: string;
  positionId: string;
}

/** An approved formation plan with one line for a new position in the unit, and the round's vacancy on it. */
export async function createVacancy(ds: DataSource, round: RoundFixture, unitCode = 'DINKES', quota = 1): Promise<VacancyFixture> {
  const unit = await unitByCode(ds, unitCode);
  const position = await createPosition(ds, unit.id);
  const [plan] = await ds.query(
    `INSERT INTO formation_plans (name, year, status, base_year, horizon, budget_ceiling, max_formations, default_employment_type, decided_by_name, decided_at)
     VALUES ($1, 2026, 'approved', 2025, 5, 1000000000, 100, $2, 'Tester', now()) RETURNING id`,
    [`Rencana Uji ${next()}`, round.type],
  );
  const [line] = await ds.query(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, $4, 'S1', 60000000, $5, $5, 1) RETURNING id`,
    [plan.id, position.id, unit.id, round.type, quota],
  );
  const code = `V-${next()}`;
  const [v] = await ds.query(
    `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{S1}') RETURNING id`,
    [round.id, line.id, position.id, unit.id, code, JSON.stringify({ umum: quota, cumlaude: 0, disabilitas: 0, papua: 0 }), quota],
  );
  return { id: v.id, code, unitId: unit.id, positionId: position.id };
}

export interface ApplicationFixture {
  id: string;
  registrationNumber: string;
  name: string;
  nik: string;
}

/** `n` applicants with applications to the vacancy, at `stage` (shortlisted unless told). */
export async function createApplications(ds: DataSource, round: RoundFixture, vacancy: VacancyFixture, n = 1, stage = 'shortlisted'): Promise<ApplicationFixture[]> {
  const out: ApplicationFixture[] = [];
  for (let i = 0; i < n; i++) {
    const k = next();
    const nik = `337401${String(k).padStart(10, '0')}`.slice(0, 16);
    const name = `Pelamar Wawancara ${k}`;
    const [ap] = await ds.query(
      `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, education_level, major, institution, gpa, graduation_year)
       VALUES ($1, $2, 'P', '1998-04-12', 'S1', 'Keperawatan', 'Universitas Diponegoro', 3.45, 2020) RETURNING id`,
      [nik, name],
    );
    const registrationNumber = `TI${k}`.slice(0, 24);
    const [a] = await ds.query(
      `INSERT INTO recruitment_applications (round_id, vacancy_id, applicant_id, registration_number, access_code_hash, category, stage, admin_result,
         skd_twk, skd_tiu, skd_tkp, skd_total, skd_passed, shortlisted)
       VALUES ($1, $2, $3, $4, $5, 'umum', $6, 'ms', 100, 120, 180, 400, true, $7) RETURNING id`,
      [round.id, vacancy.id, ap.id, registrationNumber, createHash('sha256').update(`code-${k}`).digest('hex'), stage, stage === 'shortlisted'],
    );
    out.push({ id: a.id, registrationNumber, name, nik });
  }
  return out;
}

export const PANEL_PASSWORD = 'Panel#Wawancara2026';

/** A user with the panel role, created by the admin through the users API; returns its id, username and token. */
export async function createPanelist(t: TestApp, adminToken: string, label = 'panelis'): Promise<{ id: string; username: string; token: string }> {
  const username = `${label}.${next()}`;
  const res = await t.http
    .post('/api/v1/users')
    .set(bearer(adminToken))
    .send({ username, password: PANEL_PASSWORD, displayName: `Panelis ${label} ${counter}`, role: 'panel' });
  if (res.status !== 201) throw new Error(`create panelist failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username, token: await t.token(username, PANEL_PASSWORD) };
}

/** Publishes a final result of the round (immutable: the database refuses to change it afterwards). */
export async function publishFinalResult(ds: DataSource, roundId: string): Promise<void> {
  await ds.query(
    `INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name)
     VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM recruitment_results WHERE round_id = $1), 'final', '{}', $2, 'Tester')`,
    [roundId, createHash('sha256').update(roundId).digest('hex')],
  );
}
