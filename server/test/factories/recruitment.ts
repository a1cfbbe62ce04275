/**
 * The Recruitment test fixtures, one module for every recruitment spec.
 * Through the rounds API where the test is about rounds: a round with its schedule relative to today, a vacancy opened
 * from a plan line, a published round with one vacancy in a single call.
 * Straight SQL where it is not (`insert*`): an approved (or draft) formation plan line, a round with the rules and
 * schedule the test needs, a vacancy, applicants and applications at any stage, a published result.
 * Also: rules (`buildRules`), NIKs agreeing with a birth date and gender (`buildNik`), panel users (`createPanelist`).
 */
import { createHash, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isoToday } from '../../src/modules/reference/calc/dates.js';
import { defaultRoundRules, mergeDeep } from '../../src/modules/recruitment/calc/round-rules.js';
import type { Category, RoundRules, RoundSchedule, RoundStatus, RoundType } from '../../src/modules/recruitment/recruitment.types.js';
import { bearer, type TestApp } from '../utils/app.js';
import { createPosition, unitByCode } from './index.js';

const DAY = 86_400_000;

/** The WIB calendar day `offset` days from today (what the server calls today). */
export const wibDay = (offset = 0) => isoToday(new Date(Date.now() + offset * DAY));

let counter = 0;
/** A short unique suffix for codes. */
export const uniqueSuffix = () => `${Date.now().toString(36).toUpperCase().slice(-5)}${++counter}${randomInt(0, 1000)}`;

/** A formation year of its own (2900–2999: far beyond any needs horizon, so plan lines never move the Needs figures). */
export const testYear = () => 2900 + randomInt(0, 100);

/**
 * A schedule whose registration opens `opensIn` days from today (negative: already open) and lasts 10 days, each later
 * stage a few days after the previous one. `over` replaces single dates.
 */
export function buildSchedule(opensIn = 30, over: Partial<RoundSchedule> = {}): RoundSchedule {
  const d = (n: number) => wibDay(opensIn + n);
  return {
    registrationOpens: d(0),
    registrationCloses: d(10),
    adminSelectionEnds: d(15),
    appealOpens: d(16),
    appealCloses: d(18),
    appealAnswerBy: d(21),
    skdStarts: d(25),
    skdEnds: d(30),
    skbStarts: d(35),
    skbEnds: d(40),
    announcement: d(45),
    ...over,
  };
}

export interface PlanLineFixture {
  lineId: string;
  planId: string;
  positionId: string;
  unitId: string;
  year: number;
  employmentType: 'cpns' | 'pppk';
  quantity: number;
}

/**
 * A formation plan (approved by default) with one line, inserted directly: fast, and independent of the needs analysis.
 * Without positionId a new position is created in the unit.
 */
export async function createApprovedPlanLine(
  t: TestApp | DataSource,
  f: {
    unitId: string;
    positionId?: string;
    employmentType?: 'cpns' | 'pppk';
    quantity?: number;
    year?: number;
    educationRequired?: string | null;
    status?: 'draft' | 'submitted' | 'verified' | 'approved' | 'rejected';
    /** The plan's base year (default: its year) and horizon (default 1). */
    baseYear?: number;
    horizon?: number;
    /** The line's rank (pangkat) and cost per person. */
    rank?: string | null;
    annualCost?: number;
    /** The kind of the new position (without positionId). */
    positionKind?: string;
  },
): Promise<PlanLineFixture> {
  const ds = 'ds' in t ? t.ds : t;
  const year = f.year ?? testYear();
  const type = f.employmentType ?? 'cpns';
  const quantity = f.quantity ?? 5;
  const positionId = f.positionId ?? (await createPosition(ds, f.unitId, `Perawat Uji ${uniqueSuffix()}`, f.positionKind ?? 'pelaksana')).id;
  const status = f.status ?? 'approved';
  const [plan] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plans (name, year, org_unit_id, status, base_year, horizon, budget_ceiling, max_formations, default_employment_type, decided_by_name, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10) RETURNING id`,
    [
      `Rencana Uji ${uniqueSuffix()}`,
      year,
      f.unitId,
      status,
      f.baseYear ?? year,
      f.horizon ?? 1,
      quantity,
      type,
      status === 'approved' ? 'Verifikator Uji' : null,
      status === 'approved' ? new Date() : null,
    ],
  );
  const [line] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, rank, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1) RETURNING id`,
    [plan.id, positionId, f.unitId, type, f.educationRequired === undefined ? 'D3 Keperawatan' : f.educationRequired, f.rank ?? null, f.annualCost ?? 0, quantity],
  );
  return { lineId: line.id, planId: plan.id, positionId, unitId: f.unitId, year, employmentType: type, quantity };
}

/** The round as the API answers it (RoundDto). */
export interface RoundBody {
  id: string;
  code: string;
  type: 'cpns' | 'pppk';
  year: number;
  status: string;
  phase: string;
  schedule: RoundSchedule;
  rules: Record<string, unknown> & { documents: { key: string; required: boolean }[] };
  version: number;
  [k: string]: unknown;
}

/** POST /recruitment/rounds as `token` (a planner or admin); fails the test unless 201. */
export async function createRound(
  t: TestApp,
  token: string,
  overrides: { code?: string; name?: string; type?: 'cpns' | 'pppk'; year?: number; schedule?: Partial<RoundSchedule>; opensIn?: number; rules?: Record<string, unknown> } = {},
): Promise<RoundBody> {
  const code = overrides.code ?? `UJI-${uniqueSuffix()}`;
  const res = await t.http
    .post('/api/v1/recruitment/rounds')
    .set(bearer(token))
    .send({
      code,
      name: overrides.name ?? `Seleksi Uji ${code}`,
      type: overrides.type ?? 'cpns',
      year: overrides.year ?? testYear(),
      schedule: buildSchedule(overrides.opensIn ?? 30, overrides.schedule),
      ...(overrides.rules ? { rules: overrides.rules } : {}),
    });
  if (res.status !== 201) throw new Error(`createRound: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as RoundBody;
}

/** POST /recruitment/rounds/{id}/vacancies from a plan line; fails the test unless 201. */
export async function openVacancy(
  t: TestApp,
  token: string,
  roundId: string,
  planLineId: string,
  overrides: { code?: string; quotas?: Record<string, number>; educationLevels?: string[]; majors?: string[]; gpaMin?: number; ageMax?: number } = {},
): Promise<{ id: string; code: string; unitId: string; positionId: string; quotaTotal: number; version: number; [k: string]: unknown }> {
  const res = await t.http
    .post(`/api/v1/recruitment/rounds/${roundId}/vacancies`)
    .set(bearer(token))
    .send({ planLineId, quotas: overrides.quotas ?? { umum: 1 }, ...overrides });
  if (res.status !== 201) throw new Error(`openVacancy: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** POST /recruitment/rounds/{id}/publish with the round's current version. */
export async function publishRound(t: TestApp, token: string, roundId: string): Promise<RoundBody> {
  const cur = await t.http.get(`/api/v1/recruitment/rounds/${roundId}`).set(bearer(token));
  const res = await t.http.post(`/api/v1/recruitment/rounds/${roundId}/publish`).set(bearer(token)).send({ version: cur.body.version });
  if (res.status !== 200) throw new Error(`publishRound: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as RoundBody;
}

/**
 * A published round with one vacancy in `unitId` opened from a fresh approved plan line, all through the API.
 * `opensIn` ≤ 0 gives a round whose registration is open today (the default: opened 5 days ago).
 */
export async function createPublishedRound(
  t: TestApp,
  token: string,
  f: { unitId: string; type?: 'cpns' | 'pppk'; year?: number; quantity?: number; quotas?: Record<string, number>; opensIn?: number; rules?: Record<string, unknown> },
): Promise<{ round: RoundBody; line: PlanLineFixture; vacancy: Awaited<ReturnType<typeof openVacancy>> }> {
  const type = f.type ?? 'cpns';
  const year = f.year ?? testYear();
  const line = await createApprovedPlanLine(t, { unitId: f.unitId, employmentType: type, quantity: f.quantity ?? 5, year });
  const draft = await createRound(t, token, { type, year, opensIn: f.opensIn ?? -5, rules: f.rules });
  const vacancy = await openVacancy(t, token, draft.id, line.lineId, { quotas: f.quotas ?? { umum: Math.min(2, line.quantity) } });
  const round = await publishRound(t, token, draft.id);
  return { round, line, vacancy };
}

// ── rules, NIKs, panel users ─────────────────────────────────────────────

/** The reference rules as seeded (domain.md §6): the sources `defaultRoundRules` builds a round's rules from. */
const RULE_SOURCES = {
  skdPassingGrades: {
    max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
    umum: { twk: 65, tiu: 80, tkp: 166 },
    cumlaude: { total: 311, tiu: 85 },
    disabilitas: { total: 286, tiu: 60 },
    papua: { total: 286, tiu: 60 },
  },
  shortlist: { multiplier: 3, tieAtCut: 'include_all' as const },
  finalScore: { skdWeight: 0.4, skbWeight: 0.6 },
  tieBreak: { order: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'] },
  ageLimits: { min: 18, max: 35 },
  pppkScores: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
};

/** Rules to lay over the defaults: each section partial one level down; arrays and numbers whole. */
export type RulesPatch = { [K in keyof RoundRules]?: RoundRules[K] extends unknown[] | null | number ? RoundRules[K] : Partial<RoundRules[K]> };

/** A complete RoundRules: a new round's defaults (`defaultRoundRules`), with `over` laid over them (objects merge, arrays replace). */
export function buildRules(over: RulesPatch = {}): RoundRules {
  return mergeDeep(defaultRoundRules(RULE_SOURCES), over);
}

/** A schedule whose dates are all in the past (January–March of `year`): the round is finished. */
export function pastSchedule(year = 2026): RoundSchedule {
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

/**
 * Each test file starts its NIKs at a random point of 16 districts × 10,000 sequences and counts up from there: unique
 * within a file (1,600 per birth date when the last two digits are fixed), and files sharing the test database rarely
 * meet (insertApplication retries when they do).
 */
const nikBase = randomInt(0, 160_000);
let nikCounter = 0;

/** A NIK of Kota Semarang (33.74.xx) agreeing with the birth date and gender (women: day + 40); `lastTwo` fixes the masked tail. */
export function buildNik(birthDate: string, gender: 'L' | 'P', lastTwo?: string): string {
  const [y, m, d] = birthDate.split('-');
  const day = String(Number(d) + (gender === 'P' ? 40 : 0)).padStart(2, '0');
  const n = (nikBase + nikCounter++) % 160_000;
  const district = String((Math.floor(n / 100) % 16) + 1).padStart(2, '0');
  const tail = lastTwo ?? String(Math.floor(n / 1600) % 100).padStart(2, '0');
  const seq = `${String(n % 100).padStart(2, '0')}${tail}`;
  // sequence 0000 is never issued: take the next one
  return seq === '0000' ? buildNik(birthDate, gender, lastTwo) : `3374${district}${day}${m}${y.slice(2)}${seq}`;
}

const numberBase = randomInt(0, 1_000_000);
let numberCounter = 0;
/** A number unique within the file and rarely met by other files (usernames take digits, not letters). */
const uniqueNumber = () => numberBase * 1000 + ++numberCounter;

export const PANEL_PASSWORD = 'Panel#Wawancara2026';

/** A user with the panel role, created by the admin through the users API; returns its id, username and token. */
export async function createPanelist(t: TestApp, adminToken: string, label = 'panelis'): Promise<{ id: string; username: string; token: string }> {
  const n = uniqueNumber();
  const username = `${label}.${n}`;
  const res = await t.http
    .post('/api/v1/users')
    .set(bearer(adminToken))
    .send({ username, password: PANEL_PASSWORD, displayName: `Panelis ${label} ${n}`, role: 'panel' });
  if (res.status !== 201) throw new Error(`createPanelist: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username, token: await t.token(username, PANEL_PASSWORD) };
}

/** Minimal valid files: a PDF and a JPEG by their magic bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);

// ── straight SQL: rounds, vacancies, applications, results ───────────────

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A round as inserted; `prefix` is unique to it, for registration numbers the test chooses (`${prefix}-U1`). */
export interface RoundFixture {
  id: string;
  code: string;
  type: RoundType;
  year: number;
  status: RoundStatus;
  rules: RoundRules;
  schedule: RoundSchedule;
  prefix: string;
}

/**
 * Inserts a round (published unless told) with complete rules (`buildRules()` unless given) and a schedule (registration
 * open today unless given). Without a year, one of its own (2100–2899), so API registration numbers in it count from 1.
 */
export async function insertRound(
  ds: DataSource,
  f: { type?: RoundType; year?: number; status?: RoundStatus; rules?: RoundRules; schedule?: RoundSchedule; code?: string } = {},
): Promise<RoundFixture> {
  const suffix = uniqueSuffix();
  const code = f.code ?? `R-${suffix}`;
  const type = f.type ?? 'cpns';
  const year = f.year ?? 2100 + randomInt(0, 800);
  const status = f.status ?? 'published';
  const rules = f.rules ?? buildRules();
  const schedule = f.schedule ?? buildSchedule(-5);
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_rounds (code, name, type, year, status, schedule, rules, published_at, published_by_name)
     VALUES ($1, $2, $3, $4, $5::varchar, $6, $7, CASE WHEN $5::varchar = 'draft' THEN NULL ELSE now() END, CASE WHEN $5::varchar = 'draft' THEN NULL ELSE 'Panitia Uji' END)
     RETURNING id`,
    [code, `Seleksi Uji ${code}`, type, year, status, JSON.stringify(schedule), JSON.stringify(rules)],
  );
  return { id: row.id, code, type, year, status, rules, schedule, prefix: `T${suffix}` };
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

/**
 * Inserts a vacancy of the round in a unit (by id or code), opened from a plan line: the given one, or a new approved
 * plan line (of the round's type, a new position, as many formations as seats). Quotas not given are 0.
 */
export async function insertVacancy(
  ds: DataSource,
  round: { id: string; type: RoundType },
  f: {
    unitId?: string;
    unitCode?: string;
    quotas?: Partial<Record<Category, number>>;
    planLineId?: string;
    positionId?: string;
    code?: string;
    educationLevels?: string[];
    majors?: string[];
    gpaMin?: number | null;
    ageMax?: number | null;
    status?: 'open' | 'closed';
  } = {},
): Promise<VacancyFixture> {
  const unitId = f.unitId ?? (await unitByCode(ds, f.unitCode ?? 'DINKES')).id;
  const quotas = { umum: 0, cumlaude: 0, disabilitas: 0, papua: 0, ...(f.quotas ?? { umum: 1 }) };
  const total = Object.values(quotas).reduce((s, n) => s + n, 0);
  let { planLineId, positionId } = f;
  if (!planLineId || !positionId) {
    const line = await createApprovedPlanLine(ds, { unitId, positionId, employmentType: round.type, quantity: Math.max(total, 1), educationRequired: 'S1' });
    planLineId = line.lineId;
    positionId = line.positionId;
  }
  const code = f.code ?? `V-${uniqueSuffix()}`;
  const [v] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_vacancies (round_id, plan_line_id, position_id, unit_id, code, quotas, quota_total, education_levels, majors, gpa_min, age_max, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      round.id,
      planLineId,
      positionId,
      unitId,
      code,
      JSON.stringify(quotas),
      total,
      f.educationLevels ?? ['S1'],
      f.majors ?? [],
      f.gpaMin ?? null,
      f.ageMax ?? null,
      f.status ?? 'open',
    ],
  );
  return { id: v.id, code, unitId, positionId, planLineId };
}

export interface ApplicationFields {
  roundId: string;
  vacancyId: string;
  /** Default `T…-000001`, unique to the file. */
  registrationNumber?: string;
  /** The code the applicant signs in with (stored hashed). */
  accessCode?: string;
  category?: Category;
  /** Default admin_passed. */
  stage?: string;
  name?: string;
  gender?: 'L' | 'P';
  birthDate?: string;
  /** Default: `buildNik(birthDate, gender, nikLastTwo)`. */
  nik?: string;
  nikLastTwo?: string;
  educationLevel?: string;
  major?: string;
  gpa?: number;
  institution?: string | null;
  graduationYear?: number | null;
  /** Further columns of recruitment_applications (snake_case) → value; plain objects are stored as JSON. */
  set?: Record<string, unknown>;
}

export interface ApplicationFixture {
  id: string;
  applicantId: string;
  registrationNumber: string;
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
}

const fileTag = uniqueSuffix();
let applicationCounter = 0;

/** Inserts an applicant and their application, at the stage and with the scores the test needs. */
export async function insertApplication(ds: DataSource, f: ApplicationFields): Promise<ApplicationFixture> {
  const n = ++applicationCounter;
  const gender = f.gender ?? 'P';
  const birthDate = f.birthDate ?? '1998-03-15';
  const name = f.name ?? `Pelamar Uji ${fileTag}-${n}`;
  let applicant: { id: string } | undefined;
  let nik = '';
  for (let attempt = 0; !applicant && attempt < 5; attempt++) {
    nik = f.nik ?? buildNik(birthDate, gender, f.nikLastTwo);
    [applicant] = await ds.query<{ id: string }[]>(
      `INSERT INTO recruitment_applicants (nik, name, gender, birth_date, education_level, major, institution, gpa, graduation_year) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (nik) DO NOTHING RETURNING id`,
      [nik, name, gender, birthDate, f.educationLevel ?? 'S1', f.major ?? 'Keperawatan', f.institution ?? null, f.gpa ?? 3.5, f.graduationYear ?? null],
    );
  }
  if (!applicant) throw new Error(`insertApplication: NIK ${nik} is taken`);
  const registrationNumber = f.registrationNumber ?? `T${fileTag}-${String(n).padStart(6, '0')}`;
  const extra = Object.entries(f.set ?? {});
  const cols = ['round_id', 'vacancy_id', 'applicant_id', 'registration_number', 'access_code_hash', 'category', 'stage', ...extra.map(([k]) => k)];
  const values = [
    f.roundId,
    f.vacancyId,
    applicant.id,
    registrationNumber,
    sha256(f.accessCode ?? `code-${registrationNumber}`),
    f.category ?? 'umum',
    f.stage ?? 'admin_passed',
    ...extra.map(([, v]) => v),
  ];
  const [a] = await ds.query<{ id: string }[]>(
    `INSERT INTO recruitment_applications (${cols.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    values.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v)),
  );
  return { id: a.id, applicantId: applicant.id, registrationNumber, nik, name, birthDate, gender };
}

/** Inserts a published result of the round (immutable once inserted: the database refuses updates and deletes). */
export async function insertResult(ds: DataSource, roundId: string, stage: 'administrative' | 'skd' | 'final'): Promise<void> {
  await ds.query(
    `INSERT INTO recruitment_results (round_id, seq, stage, snapshot, content_hash, published_by_name)
     VALUES ($1, COALESCE((SELECT max(seq) FROM recruitment_results WHERE round_id = $1), 0) + 1, $2, '{}', $3, 'Panitia Uji')`,
    [roundId, stage, sha256(`${roundId}-${stage}`)],
  );
}

export interface RecruitmentFixture {
  unit: { id: string; path: string; name: string };
  position: { id: string; title: string };
  planId: string;
  planLineId: string;
  round: RoundFixture;
  roundId: string;
  roundCode: string;
  vacancyId: string;
  vacancyCode: string;
}

/** SKB components scored from a file with a `praktik` (practical work) column: CAT 50 %, praktik 20 %, interview 30 %. */
export const SKB_WITH_PRAKTIK: RoundRules['skbComponents'] = [
  { key: 'cat', label: 'CAT bidang', weight: 0.5 },
  { key: 'praktik', label: 'Praktik kerja', weight: 0.2 },
  { key: 'interview', label: 'Wawancara', weight: 0.3 },
];

/**
 * An approved formation plan of `planYear` (base year the one before, 5 years) with one line of `quantity` (S1
 * Keperawatan, III/a) for a new position of the unit, a round of that year (published unless told, its schedule in
 * the past unless given) and a vacancy of `seats` opened from the line.
 */
export async function insertRecruitmentFixture(
  ds: DataSource,
  f: {
    unitCode?: string;
    type?: RoundType;
    status?: RoundStatus;
    planYear?: number;
    quantity?: number;
    seats?: number;
    positionKind?: string;
    rules?: RoundRules;
    schedule?: RoundSchedule;
  } = {},
): Promise<RecruitmentFixture> {
  const unit = await unitByCode(ds, f.unitCode ?? 'DINKES');
  const type = f.type ?? 'cpns';
  const year = f.planYear ?? testYear();
  const line = await createApprovedPlanLine(ds, {
    unitId: unit.id,
    employmentType: type,
    quantity: f.quantity ?? 2,
    year,
    baseYear: year - 1,
    horizon: 5,
    educationRequired: 'S1 Keperawatan',
    rank: 'III/a',
    annualCost: 80_000_000,
    positionKind: f.positionKind,
  });
  const [position] = await ds.query<{ id: string; title: string }[]>(`SELECT id, title FROM positions WHERE id = $1`, [line.positionId]);
  const round = await insertRound(ds, { type, year, status: f.status, rules: f.rules, schedule: f.schedule ?? pastSchedule() });
  const vacancy = await insertVacancy(ds, round, { unitId: unit.id, planLineId: line.lineId, positionId: line.positionId, quotas: { umum: f.seats ?? 1 } });
  return { unit, position, planId: line.planId, planLineId: line.lineId, round, roundId: round.id, roundCode: round.code, vacancyId: vacancy.id, vacancyCode: vacancy.code };
}

/** A registration body for the public route, valid and eligible for a vacancy open to S1 Kesehatan Masyarakat, category umum. */
export function buildRegistration(vacancyId: string, over: Record<string, unknown> = {}) {
  const birthDate = (over.birthDate as string) ?? '1998-08-17';
  const gender = (over.gender as 'L' | 'P') ?? 'P';
  return {
    nik: buildNik(birthDate, gender),
    name: `Pelamar Uji ${uniqueSuffix()}`,
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
