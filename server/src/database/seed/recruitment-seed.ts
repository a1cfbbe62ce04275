/**
 * Recruitment data of the Semarang demo (domain.md §5–6, issue 6), on top of the needs data:
 * - an APPROVED formation plan for 2026 (city-wide, submitted by planner.bkpp, verified and approved by verifikator.bkpp):
 *   its lines are taken from the positions the needs engine finds short in 2026 (doctors, nurses and midwives of the
 *   puskesmas, class and subject teachers, a few pelaksana and analysts as CPNS; nurses, midwives and other health
 *   cadres as PPPK), each at most its shortage, costed like the Needs rules (`formationCost`), so the Needs analysis
 *   counts the formation as incoming supply;
 * - "Seleksi CPNS Pemerintah Kota Semarang 2026": published, in its SKB phase (the dates are relative to the day the
 *   seed runs, so the phase stays right whenever the demo starts): vacancies from the plan's CPNS lines, about 3,000
 *   applicants with valid NIKs, documents, administrative results (≈ 85 % MS; TMS with every failed requirement, from the
 *   module's own `automaticChecks` + `adminDecision`), appeals (pending, accepted, rejected), SKD scores (pass per the
 *   2024 passing grades), the SKB shortlist (3 × seats per vacancy and category, ties at the cut included), SKB
 *   components for most of the shortlisted, interview panels (panel.seleksi, panel.dinkes, panel.bkpp; panel.seleksi
 *   has pending assignments where the others have already submitted) and two publications (administrative, skd);
 * - "Seleksi PPPK Tenaga Kesehatan 2026": published, registration open today (opened 7 days ago, closes in 21 days),
 *   vacancies from the plan's PPPK lines and a few hundred registered applications.
 *
 * Deterministic apart from the dates: own PRNG stream (forked before the employees were generated) and own id
 * factories (tags 15–26). The access code of a seeded application is `demoAccessCode(registrationNumber)`.
 * Publications are built exactly like `results.service.ts` (entries, per-vacancy hash = sha256 of the canonical JSON of
 * the entries, publication hash over [{vacancyId, code, entries}] in vacancy-code order; canonical JSON = object keys
 * sorted at every level, no whitespace).
 */
import { createHash } from 'node:crypto';
import { formationCost, type EmploymentType } from '../../modules/needs/calc/cost.js';
import { computeNeeds, type EngineInput, type PositionResult } from '../../modules/needs/needs-engine.js';
import { NeedsRulesService, ruleDateFor } from '../../modules/needs/needs-rules.service.js';
import type { ReferenceService } from '../../modules/reference/reference.service.js';
import { RULE_SEEDS } from '../../modules/reference/rules.seed.js';
import { adminDecision, automaticChecks, type AdminFailure } from '../../modules/recruitment/calc/admin-checks.js';
import { panelistScore, panelSummary } from '../../modules/recruitment/calc/interview.js';
import { shortlist } from '../../modules/recruitment/calc/ranking.js';
import { defaultRoundRules, educationLevelsOf, vacancyCodeBase, type RuleSources } from '../../modules/recruitment/calc/round-rules.js';
import { evaluateSkd } from '../../modules/recruitment/calc/skd.js';
import { maskNik, type Category, type RoundRules, type RoundSchedule } from '../../modules/recruitment/recruitment.types.js';
import { copyText, type Cell } from './copy-text.js';
import { Prng, uuidFactory } from './prng.js';
import { canonicalJson } from '../../modules/recruitment/calc/canonical-json.js';

export interface RecruitmentSeedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  regionCode: string | null;
}
export interface RecruitmentSeedInput {
  seed: number;
  /** A stream forked for the recruitment data before the employees were generated. */
  rng: Prng;
  units: readonly RecruitmentSeedUnit[];
  /** The real "today" (WIB, `isoToday()`): the rounds' schedules are placed around it. */
  today: string;
  /** The demo's name generator (first and last names of the birth year's generation). */
  personName: (rng: Prng, female: boolean, birthYear: number) => string;
}
/** How the seed writes (the demo seed's query runner and COPY helper, inside its transaction; the users exist already). */
export interface RecruitmentSeedIo {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  copyChunks(table: string, columns: string[], chunks: Iterable<string>): Promise<void>;
}
export interface RecruitmentSeedResult {
  planLines: number;
  formations: number;
  vacancies: number;
  applicants: number;
  applications: number;
  documents: number;
  appeals: number;
  interviews: number;
  publications: number;
}

// ───────────────────────────── helpers ─────────────────────────────

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** The access code of a seeded application (10 base32 characters, as the registration issues): derived from its number. */
export function demoAccessCode(registrationNumber: string): string {
  const h = createHash('sha256').update(`asn-planner demo access code ${registrationNumber}`).digest();
  let out = '';
  for (let i = 0; i < 10; i++) out += BASE32[h[i] & 31];
  return out;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** A WIB timestamp on a day. */
const at = (iso: string, h: number, m = 0) => `${iso} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07`;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

const json = (v: unknown) => JSON.stringify(v);
const pgArray = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Normal deviate (Box–Muller), deterministic from the stream. */
function gauss(rng: Prng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

// ───────────────────────────── the needs engine, as the Needs analysis runs it ─────────────────────────────

/** The reference rules in force on a day, from the rule seeds (what the migrations put in reference_rules). */
const seedReference = {
  async rule<T>(key: string, on: string) {
    const versions = RULE_SEEDS.filter((r) => r.key === key && r.effectiveFrom <= on && (!r.effectiveTo || r.effectiveTo >= on));
    versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
    const r = versions[0];
    if (!r) throw new Error(`recruitment seed: no rule ${key} on ${on}`);
    return { key: r.key, value: r.value as T, effectiveFrom: r.effectiveFrom, legalBasis: r.legalBasis };
  },
} as unknown as ReferenceService;

const ruleValue = <T>(key: string): T => {
  const r = RULE_SEEDS.filter((x) => x.key === key).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!r) throw new Error(`recruitment seed: no rule ${key}`);
  return r.value as T;
};

/**
 * City-wide needs for a base year of the positions whose titles match (whole job families: a family's demand is shared
 * over its members in a unit, so a family is taken whole): the same queries as NeedsAnalysisService.load, then `computeNeeds`.
 */
async function cityNeeds(io: RecruitmentSeedIo, baseYear: number, horizon: number, today: string, titles: RegExp) {
  const rules = await new NeedsRulesService(seedReference).ruleSet(ruleDateFor(baseYear, today));
  const q = <T>(sql: string, params: unknown[] = []) => io.query(sql, params) as Promise<T>;
  const positions = await q<EngineInput['positions']>(
    `SELECT p.id, p.title, p.kind, p.functional_level AS level, p.job_class AS "jobClass", p.education_required AS education, p.needs_method AS method,
            u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", u.kind AS "unitKind", u.sector
     FROM positions p JOIN org_units u ON u.id = p.unit_id WHERE p.title ~ $1 ORDER BY p.id`,
    [titles.source],
  );
  const headcount = await q<EngineInput['headcount']>(
    `SELECT e.position_id AS "positionId", e.status,
            CASE WHEN e.retirement_date IS NULL THEN NULL ELSE LEAST(GREATEST(extract(year FROM e.retirement_date)::int, $1), $1 + $2) END AS year,
            count(*)::int AS n
     FROM employees e WHERE e.active AND e.position_id IS NOT NULL GROUP BY 1, 2, 3`,
    [baseYear, horizon],
  );
  const tasks = await q<EngineInput['tasks']>(
    `SELECT t.position_id AS "positionId", t.volume_period AS period, sum(t.volume * t.minutes_per_unit)::float8 AS minutes, count(*)::int AS tasks
     FROM workload_tasks t GROUP BY 1, 2`,
  );
  const drivers = await q<EngineInput['drivers']>(
    `SELECT d.unit_id AS "unitId", d.key, d.year, d.value::float8 AS value, d.growth_rate::float8 AS "growthRate" FROM service_drivers d`,
  );
  const norms = await q<EngineInput['norms']>(
    `SELECT n.id, n.name, n.position_id AS "positionId", n.family, n.unit_kind AS "unitKind", n.unit_code_prefix AS "unitCodePrefix", n.basis,
       n.driver_key AS "driverKey", n.units_per_staff::float8 AS "unitsPerStaff", n.staff_per100k::float8 AS "staffPer100k", n.rule_field AS "ruleField",
       n.school_level AS "schoolLevel", n.lesson_hours_per_class::float8 AS "lessonHoursPerClass", n.minimum_per_unit AS "minimumPerUnit", n.rounding, n.legal_basis AS "legalBasis"
     FROM ratio_norms n WHERE n.active`,
  );
  const studies = await q<EngineInput['studies']>(
    `SELECT s.id, s.unit_id AS "unitId", s.family, s.year, s.working_days_per_year::float8 AS "workingDaysPerYear", s.public_holidays::float8 AS "publicHolidays",
       s.annual_leave::float8 AS "annualLeave", s.sick_leave::float8 AS "sickLeave", s.other_leave::float8 AS "otherLeave", s.hours_per_day::float8 AS "hoursPerDay",
       s.hours_per_week::float8 AS "hoursPerWeek", s.activities, s.category_allowances AS "categoryAllowances", s.individual_allowances AS "individualAllowances"
     FROM wisn_studies s`,
  );
  const results = computeNeeds({ baseYear, horizon, rules, positions, headcount, tasks, drivers, norms, studies, recruits: [] });
  return { rules, results };
}

// ───────────────────────────── what the plan asks for ─────────────────────────────

interface Family {
  /** The job family (title without the functional level). */
  base: string;
  /** Matches the position title. */
  title: RegExp;
  unitKinds: readonly string[];
  cpns: number;
  pppk: number;
  /** Formations per line at most. */
  perLine: number;
  /** Majors the vacancy accepts (one list per vacancy, cycled); empty = any major of the level. */
  majors: readonly (readonly string[])[];
  /** Relative number of applicants per seat. */
  popularity: number;
  /** Short label for the vacancy code. */
  code: string;
  health: boolean;
}

const HEALTH_UNITS = ['puskesmas', 'rsud'];
const FAMILIES: readonly Family[] = [
  {
    base: 'Dokter',
    title: /^Dokter Ahli Pertama$/,
    unitKinds: ['puskesmas'],
    cpns: 6,
    pppk: 0,
    perLine: 2,
    majors: [['Pendidikan Dokter', 'Kedokteran']],
    popularity: 0.6,
    code: 'DOKTER',
    health: true,
  },
  {
    base: 'Perawat',
    title: /^Perawat Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 5,
    pppk: 7,
    perLine: 3,
    majors: [['Keperawatan']],
    popularity: 1.2,
    code: 'PERAWAT',
    health: true,
  },
  { base: 'Bidan', title: /^Bidan Terampil$/, unitKinds: HEALTH_UNITS, cpns: 3, pppk: 5, perLine: 2, majors: [['Kebidanan']], popularity: 1.1, code: 'BIDAN', health: true },
  {
    base: 'Apoteker',
    title: /^Apoteker Ahli Pertama$/,
    unitKinds: HEALTH_UNITS,
    cpns: 1,
    pppk: 1,
    perLine: 1,
    majors: [['Farmasi', 'Profesi Apoteker']],
    popularity: 0.8,
    code: 'APOTEKER',
    health: true,
  },
  {
    base: 'Pranata Laboratorium Kesehatan',
    title: /^Pranata Laboratorium Kesehatan Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 0,
    pppk: 3,
    perLine: 1,
    majors: [['Analis Kesehatan', 'Teknologi Laboratorium Medis']],
    popularity: 0.8,
    code: 'PRANATA-LAB',
    health: true,
  },
  {
    base: 'Asisten Apoteker',
    title: /^Asisten Apoteker Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 0,
    pppk: 2,
    perLine: 1,
    majors: [['Farmasi']],
    popularity: 0.8,
    code: 'AS-APOTEKER',
    health: true,
  },
  {
    base: 'Nutrisionis',
    title: /^Nutrisionis Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 0,
    pppk: 2,
    perLine: 1,
    majors: [['Gizi']],
    popularity: 0.7,
    code: 'NUTRISIONIS',
    health: true,
  },
  {
    base: 'Sanitarian',
    title: /^Sanitarian Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 0,
    pppk: 2,
    perLine: 1,
    majors: [['Kesehatan Lingkungan', 'Sanitasi']],
    popularity: 0.6,
    code: 'SANITARIAN',
    health: true,
  },
  {
    base: 'Perekam Medis',
    title: /^Perekam Medis Terampil$/,
    unitKinds: HEALTH_UNITS,
    cpns: 0,
    pppk: 1,
    perLine: 1,
    majors: [['Rekam Medis dan Informasi Kesehatan']],
    popularity: 0.6,
    code: 'PEREKAM-MEDIS',
    health: true,
  },
  {
    base: 'Guru Kelas',
    title: /^Guru Kelas Ahli Pertama$/,
    unitKinds: ['sekolah'],
    cpns: 8,
    pppk: 0,
    perLine: 2,
    majors: [['Pendidikan Guru Sekolah Dasar']],
    popularity: 1.6,
    code: 'GURU-KELAS',
    health: false,
  },
  {
    base: 'Guru Mata Pelajaran',
    title: /^Guru Mata Pelajaran Ahli Pertama$/,
    unitKinds: ['sekolah'],
    cpns: 5,
    pppk: 0,
    perLine: 2,
    majors: [['Pendidikan Matematika'], ['Pendidikan Bahasa Indonesia'], ['Pendidikan Bahasa Inggris'], ['Pendidikan Ilmu Pengetahuan Alam'], ['Pendidikan IPS']],
    popularity: 1.5,
    code: 'GURU-MAPEL',
    health: false,
  },
  {
    base: 'Pengelola Keuangan',
    title: /^Pengelola Keuangan$/,
    unitKinds: ['dinas', 'badan', 'sekretariat', 'kecamatan', 'inspektorat'],
    cpns: 3,
    pppk: 0,
    perLine: 1,
    majors: [['Akuntansi', 'Manajemen', 'Ekonomi Pembangunan']],
    popularity: 3,
    code: 'PENGELOLA-KEU',
    health: false,
  },
  {
    base: 'Pengelola Data',
    title: /^Pengelola Data$/,
    unitKinds: ['dinas', 'badan', 'sekretariat', 'kecamatan'],
    cpns: 2,
    pppk: 0,
    perLine: 1,
    majors: [['Manajemen Informatika', 'Sistem Informasi', 'Teknik Informatika']],
    popularity: 2.2,
    code: 'PENGELOLA-DATA',
    health: false,
  },
  {
    base: 'Analis (Kebijakan|SDM Aparatur|Hukum)',
    title: /^Analis (Kebijakan|SDM Aparatur|Hukum) Ahli Pertama$/,
    unitKinds: ['dinas', 'badan', 'sekretariat', 'inspektorat'],
    cpns: 2,
    pppk: 0,
    perLine: 1,
    majors: [['Administrasi Publik', 'Ilmu Pemerintahan', 'Hukum', 'Psikologi']],
    popularity: 2.5,
    code: 'ANALIS',
    health: false,
  },
];

/** The education an applicant for a vacancy brings: level and the institutions that teach the major. */
const INSTITUTIONS_BY_LEVEL: Record<string, readonly string[]> = {
  D3: ['Poltekkes Kemenkes Semarang', 'Politeknik Negeri Semarang', 'Universitas Muhammadiyah Semarang', 'Akademi Keperawatan Widya Husada', 'Poltekkes Kemenkes Surakarta'],
  D4: ['Poltekkes Kemenkes Semarang', 'Politeknik Negeri Semarang', 'Universitas Diponegoro'],
  S1: [
    'Universitas Diponegoro',
    'Universitas Negeri Semarang',
    'UIN Walisongo Semarang',
    'Universitas Dian Nuswantoro',
    'Universitas Islam Sultan Agung',
    'Universitas PGRI Semarang',
    'Universitas Katolik Soegijapranata',
    'Universitas Gadjah Mada',
    'Universitas Sebelas Maret',
    'Universitas Jenderal Soedirman',
  ],
  PROFESI: ['Universitas Diponegoro', 'Universitas Islam Sultan Agung', 'Universitas Muhammadiyah Semarang', 'Universitas Gadjah Mada', 'Universitas Sebelas Maret'],
};
const WRONG_MAJORS = ['Teknik Sipil', 'Ilmu Komunikasi', 'Sastra Inggris', 'Agribisnis', 'Kesehatan Masyarakat', 'Biologi'];

// ───────────────────────────── NIK ─────────────────────────────

/** Where applicants come from: [province, regency, birth place, weight]. Kota Semarang is 33.74 (kecamatan 01–16). */
const ORIGINS: readonly (readonly [string, string, string, number])[] = [
  ['33', '74', 'Semarang', 50],
  ['33', '22', 'Kabupaten Semarang', 6],
  ['33', '21', 'Demak', 5],
  ['33', '24', 'Kendal', 5],
  ['33', '15', 'Grobogan', 3],
  ['33', '01', 'Cilacap', 1],
  ['33', '02', 'Banyumas', 2],
  ['33', '09', 'Klaten', 2],
  ['33', '13', 'Karanganyar', 1],
  ['33', '18', 'Pati', 3],
  ['33', '19', 'Kudus', 2],
  ['33', '20', 'Jepara', 2],
  ['33', '25', 'Batang', 2],
  ['33', '72', 'Surakarta', 2],
  ['33', '73', 'Salatiga', 2],
  ['33', '75', 'Pekalongan', 1],
  ['33', '08', 'Magelang', 2],
  ['34', '71', 'Yogyakarta', 2],
  ['34', '04', 'Sleman', 1],
  ['35', '78', 'Surabaya', 1],
  ['35', '03', 'Trenggalek', 0.5],
  ['31', '74', 'Jakarta Selatan', 1],
  ['32', '73', 'Bandung', 1],
  ['32', '75', 'Bekasi', 0.5],
  ['36', '03', 'Tangerang', 0.5],
  ['18', '71', 'Bandar Lampung', 0.5],
  ['64', '72', 'Samarinda', 0.3],
];
const SEMARANG_KECAMATAN = [
  'Semarang Tengah',
  'Semarang Utara',
  'Semarang Timur',
  'Gayamsari',
  'Genuk',
  'Pedurungan',
  'Semarang Selatan',
  'Candisari',
  'Gajahmungkur',
  'Tembalang',
  'Banyumanik',
  'Gunungpati',
  'Semarang Barat',
  'Mijen',
  'Ngaliyan',
  'Tugu',
];
const STREETS = [
  'Jl. Pandanaran',
  'Jl. Pemuda',
  'Jl. Majapahit',
  'Jl. Sriwijaya',
  'Jl. Setiabudi',
  'Jl. Ngesrep Timur',
  'Jl. Kedungmundu',
  'Jl. Fatmawati',
  'Jl. Wolter Monginsidi',
  'Jl. Prof. Hamka',
];

// ───────────────────────────── the seed ─────────────────────────────

interface PlanLine {
  id: string;
  result: PositionResult;
  family: Family;
  type: EmploymentType;
  quantity: number;
  shortage: number;
  rank: string;
  cost: number;
  weight: number;
  majors: readonly string[];
}
interface Vacancy {
  id: string;
  line: PlanLine;
  code: string;
  quotas: Record<Category, number>;
  levels: string[];
  majors: readonly string[];
}
interface Applicant {
  id: string;
  nik: string;
  name: string;
  gender: 'L' | 'P';
  birthDate: string;
  birthPlace: string;
  level: string;
  major: string;
  gpa: number;
}
interface App {
  id: string;
  vacancy: Vacancy;
  applicant: Applicant;
  reg: string;
  category: Category;
  registeredOn: string;
  stage: string;
  adminResult: 'ms' | 'tms' | null;
  failures: AdminFailure[];
  checklist: Record<string, boolean>;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The administrative result as first published (before appeals). */
  publishedAdmin: 'ms' | 'tms' | null;
  docs: string[];
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
  total: number | null;
  skdPassed: boolean | null;
  failedOn: string[] | null;
  shortlisted: boolean | null;
  skb: Record<string, number> | null;
  interviewScore: number | null;
  interviewFlagged: boolean;
}

export async function seedRecruitment(input: RecruitmentSeedInput, io: RecruitmentSeedIo): Promise<RecruitmentSeedResult> {
  const { seed, today } = input;
  const rng = input.rng;
  const planId = uuidFactory(seed, 15);
  const lineId = uuidFactory(seed, 16);
  const roundId = uuidFactory(seed, 17);
  const vacancyId = uuidFactory(seed, 18);
  const applicantId = uuidFactory(seed, 19);
  const applicationId = uuidFactory(seed, 20);
  const documentId = uuidFactory(seed, 21);
  const appealId = uuidFactory(seed, 22);
  const importId = uuidFactory(seed, 23);
  const interviewId = uuidFactory(seed, 24);
  const resultId = uuidFactory(seed, 25);
  const resultVacancyId = uuidFactory(seed, 26);
  const unitById = new Map(input.units.map((u) => [u.id, u]));

  const users = (await io.query(`SELECT id, username, display_name AS "displayName" FROM users WHERE username = ANY($1)`, [
    ['planner.bkpp', 'verifikator.bkpp', 'operator.dinkes', 'operator.disdik', 'panel.seleksi', 'panel.dinkes', 'panel.bkpp'],
  ])) as { id: string; username: string; displayName: string }[];
  const user = (u: string) => {
    const x = users.find((r) => r.username === u);
    if (!x) throw new Error(`recruitment seed: demo user ${u} missing`);
    return x;
  };
  const planner = user('planner.bkpp');
  const verifier = user('verifikator.bkpp');
  const panelists = [user('panel.seleksi'), user('panel.dinkes'), user('panel.bkpp')];

  // ── 1. the approved formation plan 2026, from the positions short in 2026
  const PLAN_YEAR = 2026;
  const familyTitles = new RegExp(`^(${FAMILIES.map((f) => f.base).join('|')})( (Pemula|Terampil|Mahir|Penyelia|Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama))?$`);
  const { rules: needsRules, results } = await cityNeeds(io, PLAN_YEAR, 5, today, familyTitles);
  const lines: PlanLine[] = [];
  const taken = new Set<string>();
  const planRng = rng.fork(1);
  for (const f of FAMILIES) {
    const cands = results
      .filter((r) => f.title.test(r.position.title) && f.unitKinds.includes(r.position.unitKind))
      .map((r) => ({ r, shortage: Math.floor((r.shortage[0] ?? 0) + 0.5) }))
      .filter((c) => c.shortage >= 1)
      .sort((a, b) => b.shortage - a.shortage || (a.r.position.unitCode < b.r.position.unitCode ? -1 : 1));
    let i = 0;
    for (const [type, n] of [
      ['cpns', f.cpns],
      ['pppk', f.pppk],
    ] as const) {
      for (let k = 0; k < n && i < cands.length; k++, i++) {
        const { r, shortage } = cands[i];
        if (taken.has(r.position.id)) continue;
        taken.add(r.position.id);
        const c = formationCost(type, r.position.education, needsRules.cost);
        const majors = f.majors[lines.filter((l) => l.family === f).length % f.majors.length];
        lines.push({
          id: lineId(),
          result: r,
          family: f,
          type,
          quantity: Math.min(shortage, f.perLine, 1 + planRng.int(0, f.perLine - 1) + (shortage >= 3 ? 1 : 0)),
          shortage,
          rank: c.rank,
          cost: c.annual,
          weight: (needsRules.priority.sectorWeights[r.position.sector] ?? 1) * Math.max(r.pressure, 0.01),
          majors,
        });
      }
    }
  }
  for (const l of lines) l.quantity = Math.max(1, Math.min(l.quantity, l.shortage, l.family.perLine));
  const formations = lines.reduce((s, l) => s + l.quantity, 0);
  const annualCost = lines.reduce((s, l) => s + l.quantity * l.cost, 0);
  const submittedOn = `${PLAN_YEAR - 1}-11-14`;
  const verifiedOn = `${PLAN_YEAR - 1}-11-21`;
  const approvedOn = `${PLAN_YEAR - 1}-11-28`;
  const plan = planId();
  await io.copyChunks(
    'formation_plans',
    [
      'id',
      'name',
      'year',
      'org_unit_id',
      'status',
      'revision',
      'base_year',
      'horizon',
      'budget_ceiling',
      'max_formations',
      'default_employment_type',
      'notes',
      'created_by',
      'created_by_name',
      'submitted_by',
      'submitted_by_name',
      'submitted_at',
      'verified_by',
      'verified_by_name',
      'verified_at',
      'decided_by',
      'decided_by_name',
      'decided_at',
      'created_at',
      'updated_at',
    ],
    copyText([
      [
        plan,
        `Rencana Formasi ASN Kota Semarang ${PLAN_YEAR}`,
        PLAN_YEAR,
        null,
        'approved',
        1,
        PLAN_YEAR,
        5,
        (Math.ceil((annualCost * 1.15) / 1e8) * 1e8).toFixed(2),
        formations + 20,
        'cpns',
        'Usulan kebutuhan ASN 2026: tenaga kesehatan puskesmas, guru SD/SMP dan tenaga teknis yang paling kurang; disetujui dan menjadi dasar seleksi CPNS dan PPPK 2026.',
        planner.id,
        planner.displayName,
        planner.id,
        planner.displayName,
        at(submittedOn, 9, 30),
        verifier.id,
        verifier.displayName,
        at(verifiedOn, 14, 10),
        verifier.id,
        verifier.displayName,
        at(approvedOn, 10, 0),
        at(`${PLAN_YEAR - 1}-11-03`, 8, 15),
        at(approvedOn, 10, 0),
      ],
    ]),
  );
  const rupiah = (n: number) => `Rp${Math.round(n).toLocaleString('id-ID')}`;
  await io.copyChunks(
    'formation_plan_lines',
    [
      'id',
      'plan_id',
      'position_id',
      'unit_id',
      'employment_type',
      'education_required',
      'rank',
      'annual_cost_per_person',
      'shortage',
      'quantity',
      'weight',
      'pinned',
      'excluded',
      'reason',
    ],
    copyText(
      lines.map((l) => [
        l.id,
        plan,
        l.result.position.id,
        l.result.position.unitId,
        l.type,
        l.result.position.education,
        l.rank,
        l.cost.toFixed(2),
        l.shortage,
        l.quantity,
        l.weight.toFixed(6),
        false,
        false,
        `${l.quantity >= l.shortage ? 'Dipilih perencana' : `Dipilih sebagian (${l.quantity} dari ${l.shortage})`}: kekurangan ${l.shortage} orang pada ${PLAN_YEAR}, ` +
          `bobot ${l.weight.toFixed(2)} (sektor ${l.result.position.sector}, tekanan ${l.result.pressure.toFixed(2)}), biaya ${rupiah(l.cost)}/orang/tahun; ${l.type.toUpperCase()}`,
      ]),
    ),
  );

  // ── 2. the rounds' rules and schedules
  const sources: RuleSources = {
    skdPassingGrades: ruleValue('recruitment.skd_passing_grades'),
    shortlist: ruleValue('recruitment.shortlist'),
    finalScore: ruleValue('recruitment.final_score'),
    tieBreak: ruleValue('recruitment.tie_break'),
    ageLimits: ruleValue('recruitment.age_limits'),
    pppkScores: ruleValue('recruitment.pppk_scores'),
  };
  const rules: RoundRules = defaultRoundRules(sources);
  const d = (n: number) => addDays(today, n);
  const cpnsSchedule: RoundSchedule = {
    registrationOpens: d(-84),
    registrationCloses: d(-64),
    adminSelectionEnds: d(-54),
    appealOpens: d(-53),
    appealCloses: d(-50),
    appealAnswerBy: d(-45),
    skdStarts: d(-38),
    skdEnds: d(-24),
    skbStarts: d(-5),
    skbEnds: d(9),
    announcement: d(20),
  };
  const pppkSchedule: RoundSchedule = {
    registrationOpens: d(-7),
    registrationCloses: d(21),
    adminSelectionEnds: d(30),
    appealOpens: d(31),
    appealCloses: d(33),
    appealAnswerBy: d(38),
    skdStarts: d(45),
    skdEnds: d(52),
    skbStarts: d(58),
    skbEnds: d(64),
    announcement: d(75),
  };
  const cpnsRound = roundId();
  const pppkRound = roundId();
  const bkppName = planner.displayName;
  await io.copyChunks(
    'recruitment_rounds',
    ['id', 'code', 'name', 'type', 'year', 'status', 'schedule', 'rules', 'published_at', 'published_by_name', 'created_by_name', 'created_at', 'updated_at'],
    copyText([
      [
        cpnsRound,
        'CPNS-SMG-2026',
        'Seleksi CPNS Pemerintah Kota Semarang 2026',
        'cpns',
        2026,
        'published',
        json(cpnsSchedule),
        json(rules),
        at(d(-91), 10),
        bkppName,
        bkppName,
        at(d(-98), 9),
        at(d(-91), 10),
      ],
      [
        pppkRound,
        'PPPK-NAKES-SMG-2026',
        'Seleksi PPPK Tenaga Kesehatan 2026',
        'pppk',
        2026,
        'published',
        json(pppkSchedule),
        json(rules),
        at(d(-10), 10),
        bkppName,
        bkppName,
        at(d(-14), 9),
        at(d(-10), 10),
      ],
    ]),
  );

  // ── 3. vacancies from the plan lines
  const vacancies: Vacancy[] = [];
  const codes = new Set<string>();
  const vacRng = rng.fork(2);
  for (const l of lines) {
    const unit = unitById.get(l.result.position.unitId)!;
    const base = vacancyCodeBase(unit.code, l.family.code);
    let code = base;
    for (let k = 2; codes.has(`${l.type}:${code}`); k++) code = `${base}-${k}`;
    codes.add(`${l.type}:${code}`);
    const q = l.quantity;
    const quotas: Record<Category, number> = { umum: q, cumlaude: 0, disabilitas: 0, papua: 0 };
    if (l.type === 'cpns' && q >= 2 && vacRng.chance(0.5)) {
      quotas.umum--;
      quotas.cumlaude++;
    } else if (q >= 2 && vacRng.chance(0.35)) {
      quotas.umum--;
      quotas.disabilitas++;
    }
    const levels = educationLevelsOf(l.result.position.education);
    vacancies.push({ id: vacancyId(), line: l, code, quotas, levels, majors: l.majors });
  }
  await io.copyChunks(
    'recruitment_vacancies',
    [
      'id',
      'round_id',
      'plan_line_id',
      'position_id',
      'unit_id',
      'code',
      'quotas',
      'quota_total',
      'education_levels',
      'majors',
      'gpa_min',
      'age_max',
      'status',
      'created_at',
      'updated_at',
    ],
    copyText(
      vacancies.map((v) => [
        v.id,
        v.line.type === 'cpns' ? cpnsRound : pppkRound,
        v.line.id,
        v.line.result.position.id,
        v.line.result.position.unitId,
        v.code,
        json(v.quotas),
        v.line.quantity,
        pgArray(v.levels),
        pgArray(v.majors),
        null,
        null,
        'open',
        at(v.line.type === 'cpns' ? d(-95) : d(-12), 11),
        at(v.line.type === 'cpns' ? d(-95) : d(-12), 11),
      ]),
    ),
  );

  // ── 4. applicants and applications
  const appRng = rng.fork(3);
  const niks = new Set<string>();
  const nikSeq = new Map<string, number>();
  const originWeights = ORIGINS.map((o) => o[3]);
  const originTotal = originWeights.reduce((s, w) => s + w, 0);
  const pickOrigin = () => {
    let x = appRng.next() * originTotal;
    for (const o of ORIGINS) if ((x -= o[3]) < 0) return o;
    return ORIGINS[0];
  };
  const applicants: Applicant[] = [];
  const makeApplicant = (v: Vacancy, closes: string, category: Category): Applicant => {
    const female = appRng.chance(v.line.family.code === 'BIDAN' ? 1 : v.line.family.health ? 0.72 : v.line.family.code.startsWith('GURU') ? 0.68 : 0.5);
    const level = v.levels.includes('PROFESI') && v.line.family.code === 'DOKTER' ? 'PROFESI' : (v.levels[0] ?? 'S1');
    const minAge = level === 'D3' ? 21 : level === 'PROFESI' ? 24 : 22;
    // ages minAge–35 on the closing date, most in their mid-twenties
    const age = clamp(Math.round(minAge + Math.abs(gauss(appRng)) * 4.5), minAge, rules.ageLimits.max);
    const closeDay = Date.parse(`${closes}T00:00:00Z`) / DAY_MS;
    const birthDay = closeDay - Math.floor((age + 0.02 + appRng.next() * 0.96) * 365.2425);
    const birthDate = new Date(birthDay * DAY_MS).toISOString().slice(0, 10);
    const [prov, reg, place] = pickOrigin();
    const district = prov === '33' && reg === '74' ? appRng.int(1, 16) : appRng.int(1, 20);
    const by = Number(birthDate.slice(0, 4));
    const prefix = `${prov}${reg}${pad(district, 2)}${pad(Number(birthDate.slice(8, 10)) + (female ? 40 : 0), 2)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
    let nik: string;
    do {
      const s = (nikSeq.get(prefix) ?? 0) + 1;
      nikSeq.set(prefix, s);
      nik = `${prefix}${pad(s, 4)}`;
    } while (niks.has(nik));
    niks.add(nik);
    const major = v.majors.length ? appRng.pick(v.majors) : 'Administrasi Publik';
    const gpaLo = category === 'cumlaude' ? 3.51 : 2.75;
    const gpa = round2(category === 'cumlaude' ? appRng.real(3.51, 3.97) : clamp(3.3 + gauss(appRng) * 0.22, gpaLo, 3.95));
    const a: Applicant = {
      id: applicantId(),
      nik,
      name: input.personName(appRng, female, by),
      gender: female ? 'P' : 'L',
      birthDate,
      birthPlace: place,
      level,
      major,
      gpa,
    };
    applicants.push(a);
    return a;
  };

  const DOCS = rules.documents.filter((x) => x.required).map((x) => x.key);
  const docLabels = Object.fromEntries(rules.documents.map((x) => [x.key, x.label]));
  const apps: App[] = [];
  const registrationNumber = (type: EmploymentType, n: number) => `${type.toUpperCase()}2026-${pad(n, 6)}`;
  const spread = (type: EmploymentType, total: number) => {
    const vs = vacancies.filter((v) => v.line.type === type);
    const w = vs.map((v) => v.line.family.popularity * v.line.quantity * appRng.real(0.7, 1.3));
    const sum = w.reduce((s, x) => s + x, 0) || 1;
    return vs.map((v, i) => ({ v, n: Math.max(type === 'cpns' ? 8 : 3, Math.round((w[i] / sum) * total)) }));
  };
  /** An application registered between `opens` and `last` (the closing date, or today while registration runs). */
  const newApp = (v: Vacancy, type: EmploymentType, closes: string, opens: string, last: string): App => {
    const cats = (Object.keys(v.quotas) as Category[]).filter((c) => v.quotas[c] > 0);
    let category: Category = 'umum';
    const r = appRng.next();
    if (cats.includes('cumlaude') && r < 0.12) category = 'cumlaude';
    else if (cats.includes('disabilitas') && r > 0.95) category = 'disabilitas';
    const applicant = makeApplicant(v, closes, category);
    const span = Math.max(0, (Date.parse(last) - Date.parse(opens)) / DAY_MS);
    return {
      id: applicationId(),
      vacancy: v,
      applicant,
      reg: '',
      category,
      registeredOn: addDays(opens, Math.min(span, Math.floor(Math.pow(appRng.next(), 1.6) * (span + 1)))),
      stage: 'registered',
      adminResult: null,
      failures: [],
      checklist: {},
      note: null,
      decidedBy: null,
      decidedAt: null,
      publishedAdmin: null,
      docs: [...DOCS],
      twk: null,
      tiu: null,
      tkp: null,
      total: null,
      skdPassed: null,
      failedOn: null,
      shortlisted: null,
      skb: null,
      interviewScore: null,
      interviewFlagged: false,
    };
  };
  const cpnsPlan = spread('cpns', 3000);
  const pppkPlan = spread('pppk', 300);
  // Applications in order of registration (numbers follow the day of registration, as the registration desk issues them).
  for (const [type, planned, schedule] of [
    ['cpns', cpnsPlan, cpnsSchedule],
    ['pppk', pppkPlan, pppkSchedule],
  ] as const) {
    const list: App[] = [];
    // PPPK: registration runs until its closing date; the applications so far (up to today).
    const last = type === 'pppk' ? today : schedule.registrationCloses;
    for (const { v, n } of planned) for (let k = 0; k < n; k++) list.push(newApp(v, type, schedule.registrationCloses, schedule.registrationOpens, last));
    list.sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));
    list.forEach((a, i) => (a.reg = registrationNumber(type, i + 1)));
    apps.push(...list);
  }
  const cpnsApps = apps.filter((a) => a.vacancy.line.type === 'cpns');

  // ── 5. administrative selection (CPNS): ≈ 85 % MS; the TMS with every failed requirement named
  const adminRng = rng.fork(4);
  const deciderOf = (v: Vacancy) => {
    const kind = unitById.get(v.line.result.position.unitId)?.kind;
    return kind === 'puskesmas' || kind === 'rsud' ? 'Operator Kepegawaian Dinas Kesehatan' : kind === 'sekolah' ? 'Operator Kepegawaian Dinas Pendidikan' : bkppName;
  };
  const CHECKLIST_NOTES: Record<string, string> = {
    ijazah: 'Ijazah yang diunggah belum dilegalisir.',
    transkrip: 'Transkrip nilai tidak terbaca (hasil pindai buram).',
    pas_foto: 'Pas foto tidak berlatar merah.',
    surat_lamaran: 'Surat lamaran tidak bermeterai dan tidak ditandatangani.',
    ktp: 'KTP yang diunggah tidak sesuai dengan NIK pendaftaran.',
  };
  for (const a of cpnsApps) {
    const r = adminRng.next();
    const checklist: Record<string, boolean> = Object.fromEntries(DOCS.map((k) => [k, true]));
    if (r < 0.05) a.docs = a.docs.filter((k) => k !== adminRng.pick(DOCS.slice(1)));
    else if (r < 0.095) a.applicant.major = adminRng.pick(WRONG_MAJORS);
    else if (r < 0.11 && a.vacancy.levels.length) a.applicant.level = a.vacancy.levels.includes('S1') ? 'D3' : 'SMA';
    else if (r < 0.15) checklist[adminRng.pick(Object.keys(CHECKLIST_NOTES))] = false;
    const auto = automaticChecks({
      applicant: { birthDate: a.applicant.birthDate, educationLevel: a.applicant.level, major: a.applicant.major, gpa: a.applicant.gpa },
      vacancy: { educationLevels: a.vacancy.levels, majors: [...a.vacancy.majors], gpaMin: null, ageMax: null },
      rules: { ageLimits: rules.ageLimits, gpaMin: rules.gpaMin, documents: rules.documents },
      registrationCloses: cpnsSchedule.registrationCloses,
      uploadedKinds: a.docs,
    });
    const decision = adminDecision(auto.failures, checklist, docLabels);
    a.adminResult = decision.result;
    a.publishedAdmin = decision.result;
    a.failures = decision.failures;
    a.checklist = checklist;
    const unchecked = Object.keys(checklist).find((k) => !checklist[k]);
    a.note = unchecked ? CHECKLIST_NOTES[unchecked] : null;
    a.stage = decision.result === 'ms' ? 'admin_passed' : 'admin_failed';
    a.decidedBy = deciderOf(a.vacancy);
    a.decidedAt = at(addDays(cpnsSchedule.registrationCloses, adminRng.int(1, 9)), adminRng.int(8, 15), adminRng.int(0, 59));
  }

  // Appeals: a few of the TMS appealed in the window; accepted ones (committee errors on the checklist) go back to MS.
  const appealRows: Cell[][] = [];
  const tms = cpnsApps.filter((a) => a.adminResult === 'tms');
  const byChecklist = tms.filter((a) => a.failures.some((f) => f.code === 'CHECKLIST_FAILED'));
  const byMajor = tms.filter((a) => a.failures.some((f) => f.code === 'MAJOR'));
  const others = tms.filter((a) => !byChecklist.includes(a) && !byMajor.includes(a));
  const appealAt = (i: number) => at(addDays(cpnsSchedule.appealOpens, i % 3), 9 + (i % 8), (i * 7) % 60);
  const answeredAt = (i: number) => at(addDays(cpnsSchedule.appealCloses, 1 + (i % 4)), 10 + (i % 5), (i * 11) % 60);
  byChecklist.slice(0, 5).forEach((a, i) => {
    const key = Object.entries(a.checklist).find(([, ok]) => !ok)![0];
    appealRows.push([
      appealId(),
      a.id,
      `Dokumen ${docLabels[key]} yang saya unggah sudah sesuai persyaratan (terlampir bukti legalisir/berkas asli). Mohon diverifikasi ulang.`,
      'accepted',
      `Sanggah diterima: setelah verifikasi ulang, dokumen ${docLabels[key]} memenuhi syarat. Status menjadi MS.`,
      bkppName,
      answeredAt(i),
      appealAt(i),
      answeredAt(i),
    ]);
    a.checklist[key] = true;
    a.adminResult = 'ms';
    a.failures = [];
    a.note = `Sanggah diterima (${answeredAt(i).slice(0, 10)}): ${docLabels[key]} memenuhi syarat.`;
    a.stage = 'admin_passed';
    a.decidedBy = bkppName;
    a.decidedAt = answeredAt(i);
  });
  byMajor.slice(0, 3).forEach((a, i) => {
    appealRows.push([
      appealId(),
      a.id,
      `Program studi ${a.applicant.major} serumpun dengan kualifikasi pendidikan formasi ini. Mohon dipertimbangkan.`,
      'rejected',
      `Sanggah ditolak: kualifikasi pendidikan formasi ${a.vacancy.code} adalah ${a.vacancy.majors.join(', ')}; program studi ${a.applicant.major} tidak termasuk.`,
      bkppName,
      answeredAt(i + 5),
      appealAt(i + 5),
      answeredAt(i + 5),
    ]);
  });
  [...others.slice(0, 2), ...byChecklist.slice(5, 7)].forEach((a, i) => {
    appealRows.push([
      appealId(),
      a.id,
      a.failures.some((f) => f.code === 'DOCUMENT_MISSING')
        ? 'Dokumen sudah saya unggah sebelum batas waktu namun gagal tersimpan karena gangguan sistem. Mohon diberi kesempatan mengunggah ulang.'
        : 'Saya keberatan atas hasil seleksi administrasi; berkas saya lengkap dan sesuai persyaratan.',
      'pending',
      null,
      null,
      null,
      appealAt(i + 8),
      appealAt(i + 8),
    ]);
  });

  // ── 6. SKD (CPNS): scores for every MS application, pass per category, shortlist per vacancy and category
  const skdRng = rng.fork(5);
  const step5 = (x: number, max: number) => clamp(Math.round(x / 5) * 5, 0, max);
  const ms = cpnsApps.filter((a) => a.adminResult === 'ms');
  for (const a of ms) {
    const ability = gauss(skdRng) + (a.category === 'cumlaude' ? 0.6 : 0);
    const mix = () => 0.65 * ability + 0.76 * gauss(skdRng);
    a.twk = step5(95 + 18 * mix(), 150);
    a.tiu = step5(100 + 24 * mix(), 175);
    a.tkp = Math.round(clamp(185 + 14 * mix(), 90, 225));
    const res = evaluateSkd({ twk: a.twk, tiu: a.tiu, tkp: a.tkp }, a.category, rules.passingGrades);
    a.total = res.total;
    a.skdPassed = res.passed;
    a.failedOn = res.failedOn;
    a.stage = res.passed ? 'skd_passed' : 'skd_failed';
    a.shortlisted = false;
  }
  for (const v of vacancies.filter((x) => x.line.type === 'cpns')) {
    for (const c of Object.keys(v.quotas) as Category[]) {
      const group = ms.filter((a) => a.vacancy === v && a.category === c && a.skdPassed);
      if (!group.length) continue;
      const cands = group.map((a) => ({
        a,
        registrationNumber: a.reg,
        gpa: a.applicant.gpa,
        birthDate: a.applicant.birthDate,
        skdTotal: a.total!,
        twk: a.twk!,
        tiu: a.tiu!,
        tkp: a.tkp!,
      }));
      const s = shortlist(cands, v.quotas[c], rules.shortlist.multiplier, rules.shortlist.tieAtCut);
      for (const x of s.shortlisted) {
        x.a.shortlisted = true;
        x.a.stage = 'shortlisted';
      }
      for (const x of s.notShortlisted) x.a.stage = 'not_shortlisted';
    }
  }
  for (const a of ms) if (a.stage === 'skd_passed') a.stage = 'not_shortlisted'; // passed in a category without seats

  // ── 7. SKB (CPNS): CAT and practical scores for most of the shortlisted; interviews by three panelists
  const skbRng = rng.fork(6);
  const shortlisted = ms.filter((a) => a.shortlisted);
  for (const a of shortlisted) {
    if (!skbRng.chance(0.88)) continue;
    a.skb = { cat: round2(clamp(72 + 11 * gauss(skbRng), 30, 100)), practical: round2(clamp(75 + 10 * gauss(skbRng), 35, 100)) };
  }
  const interviewRows: Cell[][] = [];
  const rubric = rules.interview.rubric;
  const cpnsVacs = vacancies.filter((v) => v.line.type === 'cpns');
  const panelVacs = cpnsVacs
    .map((v) => ({ v, n: shortlisted.filter((a) => a.vacancy === v).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => (b.v.line.family.health ? 1 : 0) - (a.v.line.family.health ? 1 : 0) || b.n - a.n || (a.v.code < b.v.code ? -1 : 1))
    .slice(0, 4)
    .map((x) => x.v);
  const panelRng = rng.fork(7);
  let pendingForPanel = 0;
  panelVacs.forEach((v, vi) => {
    const list = shortlisted.filter((a) => a.vacancy === v).sort((a, b) => (a.reg < b.reg ? -1 : 1));
    list.forEach((a, ai) => {
      const talent = 70 + 9 * gauss(panelRng);
      const flagged = vi === 1 && ai === 0; // one panel far apart: flagged for review
      const scores: number[] = [];
      panelists.forEach((u, pi) => {
        // vacancy 1: every panelist submitted; the others: panel.seleksi (pi 0) has not yet (most not even declared)
        const submitted = vi === 0 || pi > 0;
        const declared = submitted || ai % 4 === 3;
        if (!submitted && !declared) pendingForPanel++;
        const base = flagged && pi === 2 ? talent - 28 : talent;
        const crit = Object.fromEntries(rubric.map((c) => [c.key, Math.round(clamp(base + 6 * gauss(panelRng), 20, c.max))]));
        const score = panelistScore(rubric, crit);
        if (submitted) scores.push(score);
        const day = addDays(cpnsSchedule.skbStarts, Math.min(4, 1 + vi + (ai % 2)));
        interviewRows.push([
          interviewId(),
          a.id,
          u.id,
          declared ? at(day, 8, 5 + pi) : null,
          submitted ? json(crit) : null,
          submitted ? score : null,
          submitted ? (flagged && pi === 2 ? 'Jawaban kurang relevan dengan tugas jabatan; perlu pendalaman.' : null) : null,
          submitted ? at(day, 9 + (ai % 6), 10 + pi * 15) : null,
          submitted ? 3 : declared ? 2 : 1,
          at(addDays(cpnsSchedule.skbStarts, -2), 13, 0),
          submitted ? at(day, 9 + (ai % 6), 10 + pi * 15) : declared ? at(day, 8, 5 + pi) : at(addDays(cpnsSchedule.skbStarts, -2), 13, 0),
        ]);
      });
      const summary = panelSummary(scores, rules.interview.spreadLimit);
      a.interviewScore = summary.mean;
      a.interviewFlagged = summary.flagged;
    });
  });
  if (panelVacs.length >= 2 && pendingForPanel < 5) throw new Error(`recruitment seed: only ${pendingForPanel} pending interviews for panel.seleksi`);

  // ── 8. documents (a tiny PDF per required kind), applicants, applications, appeals, score imports, interviews
  const docRows: Cell[][] = [];
  for (const a of apps) {
    // PPPK: registration open, some still uploading
    const kinds = a.vacancy.line.type === 'pppk' ? DOCS.slice(0, a.reg.endsWith('7') ? 3 : DOCS.length) : a.docs;
    for (const k of kinds) {
      const pdf = Buffer.from(`%PDF-1.4\n% asn-planner demo: ${k} ${a.reg}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
      docRows.push([documentId(), a.id, k, `${k}-${a.reg}.pdf`, 'application/pdf', pdf.length, sha256(pdf), `\\x${pdf.toString('hex')}`, at(a.registeredOn, 10, 30)]);
    }
  }
  await io.copyChunks(
    'recruitment_applicants',
    [
      'id',
      'nik',
      'name',
      'gender',
      'birth_date',
      'birth_place',
      'email',
      'phone',
      'address',
      'education_level',
      'major',
      'institution',
      'gpa',
      'graduation_year',
      'created_at',
      'updated_at',
    ],
    copyText(
      apps.map((x) => {
        const a = x.applicant;
        const local = a.name
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^a-z ]/g, '')
          .trim()
          .split(/\s+/)
          .slice(0, 2)
          .join('.');
        const semarang = a.nik.startsWith('3374');
        const kec = SEMARANG_KECAMATAN[Number(a.nik.slice(4, 6)) - 1];
        const h = sha256(a.nik);
        const by = Number(a.birthDate.slice(0, 4));
        const grad = Math.min(2026, by + (a.level === 'D3' ? 21 : a.level === 'PROFESI' ? 24 : 22) + (parseInt(h.slice(0, 2), 16) % 4));
        return [
          a.id,
          a.nik,
          a.name,
          a.gender,
          a.birthDate,
          a.birthPlace,
          `${local}${parseInt(h.slice(2, 5), 16) % 100}@gmail.com`,
          `08${['12', '13', '21', '22', '57', '77', '95'][parseInt(h.slice(5, 6), 16) % 7]}${String(parseInt(h.slice(6, 14), 16) % 100_000_000).padStart(8, '0')}`,
          semarang && kec
            ? `${STREETS[parseInt(h.slice(14, 15), 16) % STREETS.length]} No. ${(parseInt(h.slice(15, 17), 16) % 120) + 1}, Kec. ${kec}, Kota Semarang`
            : `${x.applicant.birthPlace}`,
          a.level,
          a.major,
          (INSTITUTIONS_BY_LEVEL[a.level] ?? INSTITUTIONS_BY_LEVEL.S1)[parseInt(h.slice(17, 19), 16) % (INSTITUTIONS_BY_LEVEL[a.level] ?? INSTITUTIONS_BY_LEVEL.S1).length],
          a.gpa.toFixed(2),
          grad,
          at(x.registeredOn, 9, 0),
          at(x.registeredOn, 9, 0),
        ];
      }),
    ),
  );
  const skdAt = at(addDays(cpnsSchedule.skdEnds, 2), 15, 0);
  const skbAt = at(addDays(cpnsSchedule.skbStarts, 3), 16, 0);
  await io.copyChunks(
    'recruitment_applications',
    [
      'id',
      'round_id',
      'vacancy_id',
      'applicant_id',
      'registration_number',
      'access_code_hash',
      'category',
      'stage',
      'admin_result',
      'admin_failures',
      'admin_checklist',
      'admin_note',
      'admin_decided_by_name',
      'admin_decided_at',
      'skd_twk',
      'skd_tiu',
      'skd_tkp',
      'skd_total',
      'skd_passed',
      'skd_failed_on',
      'skd_scored_at',
      'shortlisted',
      'skb_components',
      'skb_scored_at',
      'interview_score',
      'interview_flagged',
      'created_at',
      'updated_at',
    ],
    copyText(
      apps.map((a) => [
        a.id,
        a.vacancy.line.type === 'cpns' ? cpnsRound : pppkRound,
        a.vacancy.id,
        a.applicant.id,
        a.reg,
        sha256(demoAccessCode(a.reg)),
        a.category,
        a.stage,
        a.adminResult,
        json(a.failures),
        json(a.checklist),
        a.note,
        a.decidedBy,
        a.decidedAt,
        a.twk,
        a.tiu,
        a.tkp,
        a.total,
        a.skdPassed,
        a.failedOn ? pgArray(a.failedOn) : null,
        a.total !== null ? skdAt : null,
        a.shortlisted,
        a.skb ? json(a.skb) : null,
        a.skb ? skbAt : null,
        a.interviewScore,
        a.interviewFlagged,
        at(a.registeredOn, 9, 0),
        a.skb ? skbAt : a.total !== null ? skdAt : (a.decidedAt ?? at(a.registeredOn, 9, 0)),
      ]),
    ),
  );
  await io.copyChunks('recruitment_documents', ['id', 'application_id', 'kind', 'file_name', 'content_type', 'size', 'sha256', 'content', 'created_at'], copyText(docRows));
  await io.copyChunks(
    'recruitment_appeals',
    ['id', 'application_id', 'reason', 'status', 'answer', 'answered_by_name', 'answered_at', 'created_at', 'updated_at'],
    copyText(appealRows),
  );
  await io.copyChunks(
    'recruitment_interviews',
    ['id', 'application_id', 'panelist_id', 'no_conflict_declared_at', 'scores', 'score', 'note', 'submitted_at', 'version', 'created_at', 'updated_at'],
    copyText(interviewRows),
  );
  // The score files as BKN sent them (their hash makes a re-import a no-op).
  const skdCsv = `registrationNumber,twk,tiu,tkp\n${ms.map((a) => `${a.reg},${a.twk},${a.tiu},${a.tkp}`).join('\n')}\n`;
  const withSkb = shortlisted.filter((a) => a.skb);
  const skbCsv = `registrationNumber,cat,practical\n${withSkb.map((a) => `${a.reg},${a.skb!.cat},${a.skb!.practical}`).join('\n')}\n`;
  await io.copyChunks(
    'recruitment_score_imports',
    ['id', 'round_id', 'kind', 'file_name', 'file_sha256', 'rows', 'changed', 'imported_by_name', 'created_at'],
    copyText([
      [importId(), cpnsRound, 'skd', 'hasil-skd-cpns-kota-semarang-2026.csv', sha256(skdCsv), ms.length, ms.length, bkppName, skdAt],
      [importId(), cpnsRound, 'skb', 'hasil-skb-cat-praktik-2026.csv', sha256(skbCsv), withSkb.length, withSkb.length, bkppName, skbAt],
    ]),
  );

  // ── 9. publications: administrative (as decided before the appeals) and SKD, built like results.service.ts
  const roundRef = { id: cpnsRound, code: 'CPNS-SMG-2026', name: 'Seleksi CPNS Pemerintah Kota Semarang 2026', type: 'cpns', year: 2026 };
  const vacsByCode = [...cpnsVacs].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : 1));
  const resultRows: Cell[][] = [];
  const resultVacancyRows: Cell[][] = [];
  const publish = (seq: number, stage: 'administrative' | 'skd', publishedAt: string, note: string) => {
    const id = resultId();
    const lists = vacsByCode.map((v) => {
      const mine = cpnsApps.filter((a) => a.vacancy === v);
      let entries: Record<string, unknown>[];
      let counts: Record<string, number>;
      const base = (a: App) => ({ registrationNumber: a.reg, name: a.applicant.name, maskedNik: maskNik(a.applicant.nik), category: a.category });
      if (stage === 'administrative') {
        entries = mine
          .filter((a) => a.publishedAdmin)
          .sort((a, b) => (a.reg < b.reg ? -1 : 1))
          .map((a) => ({ ...base(a), result: a.publishedAdmin === 'ms' ? 'MS' : 'TMS' }));
        counts = { entries: entries.length, ms: entries.filter((e) => e.result === 'MS').length, tms: entries.filter((e) => e.result === 'TMS').length };
      } else {
        entries = mine
          .filter((a) => a.total !== null)
          .sort((a, b) => b.total! - a.total! || b.tkp! - a.tkp! || b.tiu! - a.tiu! || b.twk! - a.twk! || (a.reg < b.reg ? -1 : 1))
          .map((a) => ({ ...base(a), twk: a.twk, tiu: a.tiu, tkp: a.tkp, total: a.total, passed: a.skdPassed, shortlisted: a.shortlisted }));
        counts = { entries: entries.length, passed: entries.filter((e) => e.passed === true).length, shortlisted: entries.filter((e) => e.shortlisted === true).length };
      }
      const unit = unitById.get(v.line.result.position.unitId)!;
      const summary = {
        vacancyId: v.id,
        code: v.code,
        positionTitle: v.line.result.position.title,
        unitName: unit.name,
        quotaTotal: v.line.quantity,
        counts,
        contentHash: sha256(canonicalJson(entries)),
      };
      return { summary, entries };
    });
    const contentHash = sha256(canonicalJson(lists.map((l) => ({ vacancyId: l.summary.vacancyId, code: l.summary.code, entries: l.entries }))));
    const snapshot = { round: roundRef, rules, schedule: cpnsSchedule, stage, vacancies: lists.map((l) => l.summary) };
    resultRows.push([id, cpnsRound, seq, stage, json(snapshot), contentHash, bkppName, note, publishedAt]);
    for (const l of lists) resultVacancyRows.push([resultVacancyId(), id, l.summary.vacancyId, json(l.entries), l.summary.contentHash]);
  };
  publish(1, 'administrative', at(addDays(cpnsSchedule.adminSelectionEnds, 1), 16), 'Pengumuman hasil seleksi administrasi; masa sanggah 3 hari sejak pengumuman.');
  publish(2, 'skd', at(addDays(cpnsSchedule.skdEnds, 3), 16), 'Pengumuman hasil SKD dan peserta yang mengikuti SKB (3 × kebutuhan per formasi dan kategori).');
  await io.copyChunks('recruitment_results', ['id', 'round_id', 'seq', 'stage', 'snapshot', 'content_hash', 'published_by_name', 'note', 'published_at'], copyText(resultRows));
  await io.copyChunks('recruitment_result_vacancies', ['id', 'result_id', 'vacancy_id', 'entries', 'content_hash'], copyText(resultVacancyRows));

  return {
    planLines: lines.length,
    formations,
    vacancies: vacancies.length,
    applicants: applicants.length,
    applications: apps.length,
    documents: docRows.length,
    appeals: appealRows.length,
    interviews: interviewRows.length,
    publications: resultRows.length,
  };
}
