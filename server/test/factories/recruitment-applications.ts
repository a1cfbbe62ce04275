/**
 * Recruitment fixtures for the applications tests, written straight to the database (the rounds and vacancies API is
 * built alongside): an approved formation plan line, a round with schedule and rules as the module stores them, a
 * vacancy, applicants with NIKs that agree with their birth date and gender, and applications.
 */
import { createHash, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isoToday } from '../../src/modules/reference/calc/dates.js';
import type { RoundRules, RoundSchedule } from '../../src/modules/recruitment/recruitment.types.js';
import { createPosition } from './index.js';

const DAY = 86_400_000;
/** The WIB calendar day `offset` days from today (what the server calls today). */
export const wibDay = (offset = 0) => isoToday(new Date(Date.now() + offset * DAY));

let counter = 0;
const uniq = () => `${Date.now().toString(36).toUpperCase()}${++counter}${randomInt(0, 1000)}`;

export function buildRules(over: Partial<RoundRules> = {}): RoundRules {
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
      { key: 'cat', label: 'CAT Bidang', weight: 0.7 },
      { key: 'interview', label: 'Wawancara', weight: 0.3 },
    ],
    pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
    interview: {
      rubric: [
        { key: 'integritas', label: 'Integritas', max: 100 },
        { key: 'komunikasi', label: 'Komunikasi', max: 100 },
      ],
      minPanelists: 2,
      spreadLimit: 20,
    },
    ageLimits: { min: 18, max: 35 },
    gpaMin: 3,
    documents: [
      { key: 'ktp', label: 'KTP', required: true },
      { key: 'ijazah', label: 'Ijazah', required: true },
      { key: 'transkrip', label: 'Transkrip Nilai', required: true },
      { key: 'sertifikat', label: 'Sertifikat Pendukung', required: false },
    ],
    maxDocumentBytes: 200 * 1024,
    tieBreak: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'],
    ...over,
  };
}

/** Registration open today (from 5 days ago to 5 days ahead), the later stages after it. */
export function buildSchedule(over: Partial<RoundSchedule> = {}): RoundSchedule {
  return {
    registrationOpens: wibDay(-5),
    registrationCloses: wibDay(5),
    adminSelectionEnds: wibDay(10),
    appealOpens: wibDay(11),
    appealCloses: wibDay(13),
    appealAnswerBy: wibDay(16),
    skdStarts: wibDay(20),
    skdEnds: wibDay(25),
    skbStarts: wibDay(30),
    skbEnds: wibDay(35),
    announcement: wibDay(40),
    ...over,
  };
}

export interface RoundFixture {
  id: string;
  code: string;
  type: 'cpns' | 'pppk';
  year: number;
  rules: RoundRules;
  schedule: RoundSchedule;
}

export async function createRound(
  ds: DataSource,
  f: { type?: 'cpns' | 'pppk'; year?: number; status?: string; rules?: Partial<RoundRules>; schedule?: Partial<RoundSchedule> } = {},
): Promise<RoundFixture> {
  const code = `R-${uniq()}`.slice(0, 40);
  const type = f.type ?? 'cpns';
  // A year of its own per round (2100+), so registration numbers of this file count from 1 whatever else is in the database.
  const year = f.year ?? 2100 + randomInt(0, 800);
  const rules = buildRules(f.rules);
  const schedule = buildSchedule(f.schedule);
  const [row] = await ds.query(
    `INSERT INTO recruitment_rounds (code, name, type, year, status, schedule, rules, published_at) VALUES ($1, $2, $3, $4, $5::varchar, $6, $7, CASE WHEN $5::varchar = 'draft' THEN NULL ELSE now() END) RETURNING id`,
    [code, `Seleksi Uji ${code}`, type, year, f.status ?? 'published', JSON.stringify(schedule), JSON.stringify(rules)],
  );
  return { id: row.id, code, type, year, rules, schedule };
}

/** Moves some dates of a round's schedule (a test's time travel). */
export async function setSchedule(ds: DataSource, roundId: string, over: Partial<RoundSchedule>): Promise<void> {
  await ds.query(`UPDATE recruitment_rounds SET schedule = schedule || $2::jsonb WHERE id = $1`, [roundId, JSON.stringify(over)]);
}

export interface VacancyFixture {
  id: string;
  code: string;
  unitId: string;
  positionId: string;
  planLineId: string;
}

/** An approved formation plan line for a new position of the unit, and a vacancy of the round opened from it. */
export async function createVacancy(
  ds: DataSource,
  roundId: string,
  unit: { id: string },
  f: { quotas?: Record<string, number>; educationLevels?: string[]; majors?: string[]; gpaMin?: number | null; ageMax?: number | null; status?: string; year?: number } = {},
): Promise<VacancyFixture> {
  const position = await createPosition(ds, unit.id, `Jabatan Formasi ${uniq()}`, 'fungsional');
  const year = f.year ?? 2100;
  const [plan] = await ds.query(
    `INSERT INTO formation_plans (name, year, org_unit_id, status, base_year, horizon, budget_ceiling, max_formations, decided_at, decided_by_name)
     VALUES ($1, $2, NULL, 'approved', $3, 5, 1000000000, 100, now(), 'Verifikator Uji') RETURNING id`,
    [`Rencana Uji ${uniq()}`, year, year - 1],
  );
  const quotas = f.quotas ?? { umum: 2, cumlaude: 1, disabilitas: 0, papua: 0 };
  const total = Object.values(quotas).reduce((s, n) => s + n, 0);
  const [line] = await ds.query(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, 'cpns', 'S1', 60000000, $4, $4, 1) RETURNING id`,
    [plan.id, position.id, unit.id, total],
  );
  const code = `V-${uniq()}`.slice(0, 40);
  const [v] = await ds.query(
    `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels, majors, gpa_min, age_max, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      roundId,
      line.id,
      position.id,
      unit.id,
      code,
      JSON.stringify(quotas),
      total,
      f.educationLevels ?? ['S1', 'D4'],
      f.majors ?? ['Kesehatan Masyarakat', 'Keperawatan'],
      f.gpaMin ?? null,
      f.ageMax ?? null,
      f.status ?? 'open',
    ],
  );
  return { id: v.id, code, unitId: unit.id, positionId: position.id, planLineId: line.id };
}

const nikBase = randomInt(0, 9000);
let nikCounter = 0;

/** A NIK of Kota Semarang (33.74.xx) agreeing with the birth date and gender (women: day + 40). */
export function buildNik(birthDate: string, gender: 'L' | 'P'): string {
  const [y, m, d] = birthDate.split('-');
  const day = String(Number(d) + (gender === 'P' ? 40 : 0)).padStart(2, '0');
  const n = nikBase + nikCounter++;
  const district = String((Math.floor(n / 9999) % 16) + 1).padStart(2, '0');
  const seq = String((n % 9999) + 1).padStart(4, '0');
  return `3374${district}${day}${m}${y.slice(2)}${seq}`;
}

/** A registration body for the public route: valid, eligible for the factory's default vacancy. */
export function buildRegistration(vacancyId: string, over: Record<string, unknown> = {}) {
  const birthDate = (over.birthDate as string) ?? '1998-08-17';
  const gender = (over.gender as 'L' | 'P') ?? 'P';
  return {
    nik: buildNik(birthDate, gender),
    name: `Pelamar Uji ${uniq()}`,
    gender,
    birthDate,
    birthPlace: 'Semarang',
    email: 'pelamar@example.com',
    phone: '081234567890',
    educationLevel: 'S1',
    major: 'Kesehatan Masyarakat',
    institution: 'Universitas Diponegoro',
    gpa: 3.42,
    graduationYear: 2020,
    vacancyId,
    category: 'umum',
    ...over,
  };
}

/** Inserts an application directly (for fixtures the test is not about). The access code is `TESTCODE01`. */
export async function createApplication(
  ds: DataSource,
  round: RoundFixture,
  vacancyId: string,
  f: { birthDate?: string; gender?: 'L' | 'P'; stage?: string; category?: string; name?: string } = {},
): Promise<{ id: string; registrationNumber: string; applicantId: string; nik: string }> {
  const birthDate = f.birthDate ?? '1997-03-05';
  const gender = f.gender ?? 'L';
  const nik = buildNik(birthDate, gender);
  const [p] = await ds.query(
    `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, education_level, major, gpa) VALUES ($1, $2, $3, $4, 'S1', 'Keperawatan', 3.5) RETURNING id`,
    [nik, f.name ?? `Pelamar Langsung ${uniq()}`, gender, birthDate],
  );
  const registrationNumber = `${round.type.toUpperCase()}${round.year}-9${String(randomInt(0, 99999)).padStart(5, '0')}`;
  const [a] = await ds.query(
    `INSERT INTO recruitment_applications (round_id, vacancy_id, applicant_id, registration_number, access_code_hash, category, stage)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [round.id, vacancyId, p.id, registrationNumber, createHash('sha256').update('TESTCODE01').digest('hex'), f.category ?? 'umum', f.stage ?? 'registered'],
  );
  return { id: a.id, registrationNumber, applicantId: p.id, nik };
}

/** Minimal valid files: a PDF and a JPEG by their magic bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);
