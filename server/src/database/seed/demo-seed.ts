/**
 * Deterministic demo data for Kota Semarang, built on the real data files in `server/data/`
 * (OPD list, Kemendagri kecamatan/kelurahan, puskesmas, schools per kelurahan, population per kecamatan).
 * Everything else (positions, people, names, NIPs, pupils, visits, the needs-planning data of `needs-seed.ts`, the
 * competency standards and assessments of `competency-seed.ts`, the training catalogue, sessions, enrolments and JP ledger
 * of `training-seed.ts`, the approved 2026 formation plan and the CPNS and PPPK rounds of `recruitment-seed.ts`, the SKP
 * plans, progress reports, appraisal and citizens' feedback of `performance-seed.ts`) is synthetic but plausible, and the
 * same seed with the same employee count always produces the same rows (timestamps, the password hash, the recruitment
 * dates and the performance reports, which follow the day the seed runs, aside).
 *
 * Fast by design: ids are made in JS, rows are streamed with COPY, all in one transaction, no audit events.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password.js';
import { retirement, retirementAge, type RetirementAgeRule } from '../../modules/reference/calc/retirement.js';
import { RULE_SEEDS } from '../../modules/reference/rules.seed.js';
import { seedCompetencies, type CompetencySeedEmployee, type CompetencySeedResult } from './competency-seed.js';
import { NEEDS_SEED_COLUMNS, buildNeedsSeed } from './needs-seed.js';
import { seedPerformance, type PerformanceSeedResult } from './performance-seed.js';
import { copyLine, copyText, type Cell } from './copy-text.js';
import { Prng, WeightedPicker, uuidFactory } from './prng.js';
import { seedRecruitment, type RecruitmentSeedResult } from './recruitment-seed.js';
import { isoToday } from '../../modules/reference/calc/dates.js';
import { seedTraining, type TrainingSeedResult } from './training-seed.js';

export const DEMO_PASSWORD = 'Semarang#2026';

/** The reference "today" of the demo: nobody is past retirement on this date. */
export const DEMO_REFERENCE_DATE = '2026-11-27';

export const DEMO_DEFAULT_SEED = 3374;

export const DEMO_LOGINS: { role: string; username: string; unitCode: string | null; description: string }[] = [
  { role: 'admin', username: 'admin', unitCode: null, description: 'System administrator: users, API keys, reference rules' },
  { role: 'planner', username: 'planner.bkpp', unitCode: null, description: 'City-wide workforce planner at BKPP' },
  { role: 'planner', username: 'verifikator.bkpp', unitCode: null, description: 'Second BKPP planner: verifies and approves formation plans (four-eyes)' },
  { role: 'operator', username: 'operator.dinkes', unitCode: 'DINKES', description: 'HR operator of Dinas Kesehatan (and its puskesmas)' },
  { role: 'operator', username: 'operator.disdik', unitCode: 'DISDIK', description: 'HR operator of Dinas Pendidikan (and its schools)' },
  { role: 'leader', username: 'kepala.dinkes', unitCode: 'DINKES', description: 'Kepala Dinas Kesehatan (linked to the employee holding that position)' },
  { role: 'employee', username: 'pegawai.dinkes', unitCode: 'PKM-PONCOL', description: 'A health worker at Puskesmas Poncol (linked to the employee)' },
  { role: 'panel', username: 'panel.seleksi', unitCode: null, description: 'Selection committee member (interview scoring)' },
  { role: 'panel', username: 'panel.dinkes', unitCode: null, description: 'Interview panelist from Dinas Kesehatan (CPNS 2026 panels)' },
  { role: 'panel', username: 'panel.bkpp', unitCode: null, description: 'Interview panelist from BKPP (CPNS 2026 panels)' },
  // last, so the ids of the logins above (and of everything seeded from them) stay as they were
  {
    role: 'leader',
    username: 'kepala.poncol',
    unitCode: 'PKM-PONCOL',
    description: 'Kepala Puskesmas Poncol: direct leader of pegawai.dinkes (SKP approvals, live board, coaching)',
  },
];

export interface SeedDemoOptions {
  employees: number;
  seed?: number;
  log?: (msg: string) => void;
  /** Folder holding the CSV files; found automatically when omitted. */
  dataDir?: string;
}

export interface SeedDemoResult {
  units: number;
  positions: number;
  employees: number;
  drivers: number;
  users: number;
  /** Needs-planning data: ABK tasks of the workload positions, teacher ratio norms, WISN studies of the health cadres. */
  workloadTasks: number;
  ratioNorms: number;
  wisnStudies: number;
  /** Competency data: dictionary entries added, position standards, assessments (with history) and their levels. */
  competencies: number;
  competencyStandards: number;
  competencyAssessments: number;
  competencyAssessmentItems: number;
  /** Training data: programs, sessions, enrolments, attendance days and the 2026 JP ledger. */
  trainingPrograms: number;
  trainingSessions: number;
  trainingEnrolments: number;
  trainingAttendance: number;
  developmentActivities: number;
  /** Recruitment data: the approved formation plan 2026 and the CPNS and PPPK rounds (see recruitment-seed.ts). */
  recruitment: RecruitmentSeedResult;
  /** Performance data: periods 2025–2026, plans, targets, reports, coaching, evaluations, IKM (see performance-seed.ts). */
  performance: PerformanceSeedResult;
  ms: number;
}

// ───────────────────────────── data files ─────────────────────────────

/** Walks up from this module until a folder holding `data/opd-semarang.csv` is found (works from src and dist). */
export function findDemoDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'opd-semarang.csv'))) return candidate;
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('demo seed: cannot find data/opd-semarang.csv above ' + dirname(fileURLToPath(import.meta.url)));
    dir = parent;
  }
}

type CsvRow = Record<string, string>;
/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) with a header row; values trimmed. Small files only. */
export function parseCsv(text: string): CsvRow[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      field = '';
      if (record.length > 1 || record[0] !== '') records.push(record);
      record = [];
    } else field += ch;
  }
  record.push(field);
  if (record.length > 1 || record[0] !== '') records.push(record);
  const [header, ...rows] = records;
  if (!header) return [];
  const keys = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}
function readCsv(dir: string, file: string): CsvRow[] {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

// ───────────────────────────── reference tables ─────────────────────────────

const KINDS = new Set(['sekretariat', 'dinas', 'badan', 'inspektorat', 'rsud', 'puskesmas', 'sekolah', 'kecamatan', 'kelurahan', 'uptd', 'bagian']);
const SECTORS = new Set(['kesehatan', 'pendidikan', 'infrastruktur', 'pemerintahan', 'ekonomi', 'sosial', 'lainnya']);
const JENIS_TO_KIND: Record<string, string> = {
  sekretariat: 'sekretariat',
  inspektorat: 'inspektorat',
  badan: 'badan',
  dinas: 'dinas',
  satpol_pp: 'dinas',
  rumah_sakit_daerah: 'rsud',
  rsd: 'rsud',
  rsud: 'rsud',
  kecamatan: 'kecamatan',
};

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];
const G = (g: string) => GOLONGAN.indexOf(g);
const PPPK_ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

type EduLevel = 'SMA' | 'D3' | 'S1' | 'PROF' | 'S2' | 'SP';
interface EduInfo {
  level: EduLevel;
  pre?: string;
  post?: string;
}
const EDU_MIN_AGE: Record<EduLevel, number> = { SMA: 19, D3: 21, S1: 22, PROF: 24, S2: 22, SP: 27 };
const EDU_ENTRY_RANK: Record<EduLevel, number> = { SMA: G('II/a'), D3: G('II/c'), S1: G('III/a'), PROF: G('III/a'), S2: G('III/a'), SP: G('III/b') };
/** Highest rank a pelaksana reaches by regular promotion, per education. */
const EDU_RANK_CAP: Record<EduLevel, number> = { SMA: G('III/b'), D3: G('III/c'), S1: G('III/d'), PROF: G('III/d'), S2: G('IV/a'), SP: G('IV/a') };
const EDU_PPPK_RANK: Record<EduLevel, number> = { SMA: 5, D3: 7, S1: 9, PROF: 9, S2: 10, SP: 11 };

const EDU: Record<string, EduInfo> = {
  SMA: { level: 'SMA' },
  SMK: { level: 'SMA' },
  'D3 Administrasi Perkantoran': { level: 'D3', post: 'A.Md.' },
  'D3 Manajemen Informatika': { level: 'D3', post: 'A.Md.Kom.' },
  'D3 Akuntansi': { level: 'D3', post: 'A.Md.Ak.' },
  'D3 Teknik Sipil': { level: 'D3', post: 'A.Md.T.' },
  'D3 Teknik Mesin': { level: 'D3', post: 'A.Md.T.' },
  'D3 Transportasi': { level: 'D3', post: 'A.Md.Tra.' },
  'D3 Perpustakaan': { level: 'D3', post: 'A.Md.' },
  'D3 Kearsipan': { level: 'D3', post: 'A.Md.' },
  'D3 Keperawatan': { level: 'D3', post: 'A.Md.Kep.' },
  'D3 Kebidanan': { level: 'D3', post: 'A.Md.Keb.' },
  'D3 Farmasi': { level: 'D3', post: 'A.Md.Farm.' },
  'D3 Kesehatan Lingkungan': { level: 'D3', post: 'A.Md.KL.' },
  'D3 Gizi': { level: 'D3', post: 'A.Md.Gz.' },
  'D3 Analis Kesehatan': { level: 'D3', post: 'A.Md.AK.' },
  'D3 Rekam Medis': { level: 'D3', post: 'A.Md.RMIK.' },
  'D3 Radiologi': { level: 'D3', post: 'A.Md.Rad.' },
  'D3 Fisioterapi': { level: 'D3', post: 'A.Md.Ftr.' },
  'D3 Kesehatan Hewan': { level: 'D3', post: 'A.Md.Vet.' },
  'D4 Kebidanan': { level: 'S1', post: 'S.Tr.Keb.' },
  'D4 Persandian': { level: 'S1', post: 'S.Tr.Sandi.' },
  'S1 Administrasi Negara': { level: 'S1', post: 'S.AP.' },
  'S1 Ilmu Pemerintahan': { level: 'S1', post: 'S.IP.' },
  'S1 Hukum': { level: 'S1', post: 'S.H.' },
  'S1 Ekonomi': { level: 'S1', post: 'S.E.' },
  'S1 Manajemen': { level: 'S1', post: 'S.E.' },
  'S1 Akuntansi': { level: 'S1', post: 'S.Ak.' },
  'S1 Teknik Sipil': { level: 'S1', post: 'S.T.' },
  'S1 Teknik Lingkungan': { level: 'S1', post: 'S.T.' },
  'S1 Teknik Arsitektur': { level: 'S1', post: 'S.T.' },
  'S1 Teknik Elektro': { level: 'S1', post: 'S.T.' },
  'S1 Perencanaan Wilayah dan Kota': { level: 'S1', post: 'S.T.' },
  'S1 Teknik Informatika': { level: 'S1', post: 'S.Kom.' },
  'S1 Statistika': { level: 'S1', post: 'S.Stat.' },
  'S1 Pertanian': { level: 'S1', post: 'S.P.' },
  'S1 Perikanan': { level: 'S1', post: 'S.Pi.' },
  'S1 Kedokteran Hewan': { level: 'PROF', pre: 'drh.' },
  'S1 Kesehatan Masyarakat': { level: 'S1', post: 'S.K.M.' },
  'S1 Kesehatan Lingkungan': { level: 'S1', post: 'S.K.M.' },
  'S1 Gizi': { level: 'S1', post: 'S.Gz.' },
  'S1 Psikologi': { level: 'S1', post: 'S.Psi.' },
  'S1 Ilmu Sosial': { level: 'S1', post: 'S.Sos.' },
  'S1 Kesejahteraan Sosial': { level: 'S1', post: 'S.Sos.' },
  'S1 Ilmu Komunikasi': { level: 'S1', post: 'S.I.Kom.' },
  'S1 Ilmu Perpustakaan': { level: 'S1', post: 'S.Hum.' },
  'S1 Pariwisata': { level: 'S1', post: 'S.Par.' },
  'S1 Keolahragaan': { level: 'S1', post: 'S.Or.' },
  'S1 Pendidikan': { level: 'S1', post: 'S.Pd.' },
  'S1 PGSD': { level: 'S1', post: 'S.Pd.' },
  'S1 Pendidikan Agama Islam': { level: 'S1', post: 'S.Pd.I.' },
  'S1 Pendidikan Jasmani': { level: 'S1', post: 'S.Pd.' },
  'S1 Bimbingan dan Konseling': { level: 'S1', post: 'S.Pd.' },
  'S1 Kedokteran (Profesi Dokter)': { level: 'PROF', pre: 'dr.' },
  'S1 Kedokteran Gigi (Profesi)': { level: 'PROF', pre: 'drg.' },
  'S1 Keperawatan (Ners)': { level: 'PROF', pre: 'Ns.', post: 'S.Kep.' },
  'S1 Farmasi (Apoteker)': { level: 'PROF', pre: 'apt.', post: 'S.Farm.' },
  'S2 Administrasi Publik': { level: 'S2', post: 'S.AP., M.Si.' },
  'S2 Ilmu Pemerintahan': { level: 'S2', post: 'S.IP., M.Si.' },
  'S2 Manajemen': { level: 'S2', post: 'S.E., M.M.' },
  'S2 Ekonomi': { level: 'S2', post: 'S.E., M.Si.' },
  'S2 Ilmu Hukum': { level: 'S2', post: 'S.H., M.H.' },
  'S2 Teknik Sipil': { level: 'S2', post: 'S.T., M.T.' },
  'S2 Perencanaan Wilayah dan Kota': { level: 'S2', post: 'S.T., M.T.' },
  'S2 Ilmu Komunikasi': { level: 'S2', post: 'S.Sos., M.I.Kom.' },
  'S2 Kesehatan Masyarakat': { level: 'S2', pre: 'dr.', post: 'M.Kes.' },
  'S2 Pendidikan': { level: 'S2', post: 'S.Pd., M.Pd.' },
  'S2 Kedokteran (Spesialis)': { level: 'SP', pre: 'dr.', post: 'Sp.' },
};
const SPECIALTIES = ['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.M.', 'Sp.THT-KL.', 'Sp.KK.', 'Sp.N.', 'Sp.JP.', 'Sp.P.', 'Sp.KJ.', 'Sp.PK.', 'Sp.OT.'];

/** Generic requirements resolve to a concrete education per person, from a pool that fits the unit's sector. */
const S1_POOL: Record<string, string[]> = {
  pemerintahan: ['S1 Administrasi Negara', 'S1 Ilmu Pemerintahan', 'S1 Hukum', 'S1 Ekonomi', 'S1 Akuntansi', 'S1 Teknik Informatika', 'S1 Ilmu Komunikasi'],
  infrastruktur: ['S1 Teknik Sipil', 'S1 Teknik Lingkungan', 'S1 Teknik Arsitektur', 'S1 Perencanaan Wilayah dan Kota', 'S1 Teknik Elektro', 'S1 Administrasi Negara'],
  ekonomi: ['S1 Ekonomi', 'S1 Manajemen', 'S1 Akuntansi', 'S1 Pertanian', 'S1 Administrasi Negara', 'S1 Hukum'],
  sosial: ['S1 Kesejahteraan Sosial', 'S1 Ilmu Sosial', 'S1 Psikologi', 'S1 Administrasi Negara', 'S1 Ilmu Komunikasi'],
  kesehatan: ['S1 Kesehatan Masyarakat', 'S1 Administrasi Negara', 'S1 Ekonomi', 'S1 Akuntansi'],
  pendidikan: ['S1 Pendidikan', 'S1 Administrasi Negara', 'S1 Ekonomi'],
  lainnya: ['S1 Administrasi Negara', 'S1 Teknik Sipil', 'S1 Ilmu Perpustakaan', 'S1 Hukum', 'S1 Ekonomi'],
};
const S2_POOL: Record<string, string[]> = {
  pemerintahan: ['S2 Administrasi Publik', 'S2 Ilmu Pemerintahan', 'S2 Ilmu Hukum', 'S2 Manajemen'],
  infrastruktur: ['S2 Teknik Sipil', 'S2 Perencanaan Wilayah dan Kota', 'S2 Administrasi Publik'],
  ekonomi: ['S2 Manajemen', 'S2 Ekonomi', 'S2 Administrasi Publik'],
  sosial: ['S2 Administrasi Publik', 'S2 Ilmu Komunikasi'],
  kesehatan: ['S2 Kesehatan Masyarakat'],
  pendidikan: ['S2 Pendidikan', 'S2 Administrasi Publik'],
  lainnya: ['S2 Administrasi Publik', 'S2 Manajemen'],
};
const D3_POOL = ['D3 Administrasi Perkantoran', 'D3 Manajemen Informatika', 'D3 Akuntansi'];

// ───────────────────────────── names ─────────────────────────────

const M_OLD = [
  'Agus',
  'Bambang',
  'Budi',
  'Joko',
  'Slamet',
  'Sugeng',
  'Hadi',
  'Heru',
  'Eko',
  'Dwi',
  'Tri',
  'Wahyu',
  'Teguh',
  'Widodo',
  'Haryanto',
  'Purwanto',
  'Mulyono',
  'Gunawan',
  'Herman',
  'Priyo',
  'Rahmat',
  'Setyo',
  'Sigit',
  'Bowo',
  'Yanto',
  'Ahmad',
  'Muhammad',
  'Abdul',
  'Arif',
  'Edy',
  'Hari',
  'Imam',
  'Iwan',
  'Kris',
  'Nur',
  'Rudi',
  'Totok',
  'Yusuf',
  'Bagus',
  'Djoko',
  'Sri',
];
const M_NEW = [
  'Aditya',
  'Bagas',
  'Bayu',
  'Dimas',
  'Fajar',
  'Rizky',
  'Galih',
  'Andika',
  'Yoga',
  'Ilham',
  'Reza',
  'Ardi',
  'Aji',
  'Bima',
  'Satria',
  'Wisnu',
  'Yusuf',
  'Fikri',
  'Hafiz',
  'Rendy',
  'Danang',
  'Anggit',
  'Arya',
  'Gilang',
  'Hendra',
  'Irfan',
  'Krisna',
  'Lukman',
  'Naufal',
  'Pandu',
  'Raka',
  'Taufik',
  'Yudha',
  'Muhammad',
  'Ahmad',
  'Rafi',
  'Dafa',
  'Adi',
  'Eko',
  'Dwi',
  'Tri',
];
const F_OLD = [
  'Sri',
  'Siti',
  'Endang',
  'Sulastri',
  'Sumarni',
  'Suryani',
  'Tri',
  'Dwi',
  'Nanik',
  'Ninik',
  'Yuni',
  'Retno',
  'Ratna',
  'Dewi',
  'Rahayu',
  'Sumiyati',
  'Suharti',
  'Puji',
  'Endah',
  'Hartini',
  'Lilik',
  'Murni',
  'Nur',
  'Tutik',
  'Umi',
  'Wiwik',
  'Yati',
  'Istiqomah',
  'Kristina',
  'Titik',
  'Rini',
  'Heni',
  'Anik',
  'Erna',
  'Eny',
  'Budi',
];
const F_NEW = [
  'Ayu',
  'Anisa',
  'Putri',
  'Dinda',
  'Nadia',
  'Fitri',
  'Intan',
  'Kartika',
  'Dyah',
  'Rina',
  'Novi',
  'Nurul',
  'Laras',
  'Wulan',
  'Indah',
  'Maya',
  'Rizka',
  'Sekar',
  'Ratih',
  'Dian',
  'Galuh',
  'Annisa',
  'Fira',
  'Hana',
  'Ika',
  'Lia',
  'Mega',
  'Oktavia',
  'Tiara',
  'Vina',
  'Yunita',
  'Zahra',
  'Siti',
  'Sri',
  'Dwi',
  'Tri',
  'Eka',
  'Nia',
];
const M_LAST = [
  'Santoso',
  'Wibowo',
  'Susanto',
  'Prasetyo',
  'Setiawan',
  'Hidayat',
  'Nugroho',
  'Kurniawan',
  'Purnomo',
  'Wijaya',
  'Saputra',
  'Pratama',
  'Hermawan',
  'Prabowo',
  'Sulistyo',
  'Widodo',
  'Hartono',
  'Suryanto',
  'Raharjo',
  'Budiman',
  'Firmansyah',
  'Ramadhan',
  'Kusuma',
  'Utomo',
  'Wicaksono',
  'Nugraha',
  'Sasongko',
  'Wardana',
  'Hakim',
  'Mahendra',
  'Permana',
  'Yulianto',
  'Setyawan',
  'Priyanto',
  'Sutanto',
  'Darmawan',
  'Haryono',
  'Susilo',
  'Cahyono',
  'Triyono',
];
const F_LAST = [
  'Handayani',
  'Rahayu',
  'Lestari',
  'Wulandari',
  'Astuti',
  'Utami',
  'Pratiwi',
  'Setyaningsih',
  'Kusumawati',
  'Wahyuningsih',
  'Susanti',
  'Purwanti',
  'Rahmawati',
  'Sari',
  'Puspitasari',
  'Anggraini',
  'Fitriani',
  'Safitri',
  'Maharani',
  'Permatasari',
  'Kurniasih',
  'Yuliana',
  'Widyastuti',
  'Hastuti',
  'Sulistyowati',
  'Rahmadani',
  'Nuraini',
  'Hidayati',
  'Novitasari',
  'Oktaviani',
  'Kartikasari',
  'Dewanti',
  'Mulyani',
  'Suryaningsih',
  'Indrawati',
  'Ningrum',
];
/** Single Javanese names, common among ASN born before 1980. */
const JAV_M = [
  'Suparno',
  'Suwarno',
  'Sutrisno',
  'Sukirno',
  'Suharto',
  'Sumarno',
  'Sutarno',
  'Suyatno',
  'Supriyadi',
  'Sugiyanto',
  'Suyanto',
  'Sunarto',
  'Sukardi',
  'Sumadi',
  'Suhardi',
  'Parjo',
  'Paidi',
  'Tukiman',
  'Wagiman',
  'Darmaji',
  'Karyono',
  'Marjono',
  'Harjono',
  'Warsito',
  'Sarwono',
  'Kasmadi',
  'Ngadiman',
  'Ngatijo',
  'Mulyadi',
  'Waluyo',
  'Subagyo',
  'Sudarsono',
  'Margono',
  'Supardi',
  'Kuswanto',
  'Jumadi',
];
const JAV_F = [
  'Suparni',
  'Suwarni',
  'Sumarni',
  'Sulastri',
  'Sukarti',
  'Suharti',
  'Sunarti',
  'Suyatmi',
  'Sutini',
  'Sumiyati',
  'Paini',
  'Warsini',
  'Wartini',
  'Kasmini',
  'Ngatini',
  'Painem',
  'Sarmini',
  'Marsini',
  'Darsih',
  'Karsih',
  'Rubiyah',
  'Juwariyah',
  'Sumiyem',
  'Wagiyem',
  'Suprapti',
  'Sugiyarti',
  'Purwanti',
  'Mujiati',
  'Kustiyah',
  'Suwarti',
  'Siswanti',
  'Tumini',
];

function javaneseName(rng: Prng, female: boolean): string {
  return rng.pick(female ? JAV_F : JAV_M);
}

function personName(rng: Prng, female: boolean, birthYear: number): string {
  const modern = birthYear >= 1990 || (birthYear >= 1980 && rng.chance(0.5));
  const first = rng.pick(female ? (modern ? F_NEW : F_OLD) : modern ? M_NEW : M_OLD);
  const last = rng.pick(female ? F_LAST : M_LAST);
  const r = rng.next();
  if (!modern && r < 0.3) return javaneseName(rng, female);
  if (!modern && r < 0.55) return `${first} ${javaneseName(rng, female)}`;
  if (modern && r < 0.3) return `${first} ${rng.pick(female ? F_NEW : M_NEW)} ${last}`;
  return first === last ? first : `${first} ${last}`;
}

function titled(rng: Prng, base: string, education: string): string {
  const e = EDU[education];
  if (!e) return base;
  let post = e.post;
  if (e.level === 'SP') post = rng.pick(SPECIALTIES);
  return `${e.pre ? e.pre + ' ' : ''}${base}${post ? ', ' + post : ''}`;
}

// ───────────────────────────── positions ─────────────────────────────

type Fill = 'head' | 'one' | 'staff';
type Cohort = 'teacher' | 'health' | 'other';
interface PosTemplate {
  title: string;
  kind: 'jpt' | 'administrator' | 'pengawas' | 'pelaksana' | 'fungsional';
  level: string | null;
  cls: number;
  edu: string;
  method: 'workload' | 'ratio' | 'wisn' | 'fixed';
  teacher: boolean;
  fill: Fill;
  weight: number;
  /** Share of women among holders. */
  female: number;
  minAge?: number;
  maxAge?: number;
  cohort: Cohort;
}

const LEVEL_LABEL: Record<string, string> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
};
const LEVEL_CLASS: Record<string, number> = { pemula: 5, terampil: 6, mahir: 7, penyelia: 8, ahli_pertama: 8, ahli_muda: 9, ahli_madya: 11, ahli_utama: 14 };
/** PNS rank band per functional level (index into GOLONGAN). */
const LEVEL_RANKS: Record<string, [number, number]> = {
  pemula: [G('II/a'), G('II/b')],
  terampil: [G('II/c'), G('II/d')],
  mahir: [G('III/a'), G('III/b')],
  penyelia: [G('III/c'), G('III/d')],
  ahli_pertama: [G('III/a'), G('III/b')],
  ahli_muda: [G('III/c'), G('III/d')],
  ahli_madya: [G('IV/a'), G('IV/c')],
  ahli_utama: [G('IV/d'), G('IV/e')],
};
const LEVEL_PPPK: Record<string, number> = { pemula: 5, terampil: 7, mahir: 8, penyelia: 9, ahli_pertama: 9, ahli_muda: 11, ahli_madya: 13, ahli_utama: 15 };
const LEVEL_AGE: Record<string, [number, number]> = {
  pemula: [22, 40],
  terampil: [22, 99],
  mahir: [30, 99],
  penyelia: [38, 99],
  ahli_pertama: [22, 48],
  ahli_muda: [32, 99],
  ahli_madya: [42, 99],
  ahli_utama: [52, 99],
};
const LEVEL_MIN_SERVICE: Record<string, number> = { mahir: 4, penyelia: 8, ahli_muda: 6, ahli_madya: 12, ahli_utama: 20 };
const KIND_AGE: Record<string, [number, number]> = { jpt: [46, 99], administrator: [40, 99], pengawas: [33, 99], pelaksana: [22, 99] };
const KIND_MIN_SERVICE: Record<string, number> = { jpt: 15, administrator: 10, pengawas: 6 };
const KIND_RANKS: Record<string, [number, number]> = {
  jpt: [G('IV/b'), G('IV/c')],
  administrator: [G('III/d'), G('IV/b')],
  pengawas: [G('III/b'), G('III/d')],
  pelaksana: [G('I/c'), G('III/d')],
};

interface TOpts {
  method?: PosTemplate['method'];
  teacher?: boolean;
  female?: number;
  minAge?: number;
  maxAge?: number;
  cohort?: Cohort;
  cls?: number;
}
function mk(title: string, kind: PosTemplate['kind'], level: string | null, cls: number, edu: string, fill: Fill, weight: number, o: TOpts = {}): PosTemplate {
  const structural = kind === 'jpt' || kind === 'administrator' || kind === 'pengawas';
  return {
    title,
    kind,
    level,
    cls: o.cls ?? cls,
    edu,
    method: o.method ?? (structural || fill === 'head' ? 'fixed' : 'workload'),
    teacher: o.teacher ?? false,
    fill,
    weight,
    female: o.female ?? (structural ? 0.3 : 0.45),
    minAge: o.minAge,
    maxAge: o.maxAge,
    cohort: o.cohort ?? (o.teacher ? 'teacher' : 'other'),
  };
}
const head = (title: string, kind: PosTemplate['kind'], cls: number, edu: string, o: TOpts = {}) => mk(title, kind, null, cls, edu, 'head', 0, o);
const one = (title: string, kind: PosTemplate['kind'], cls: number, edu: string, o: TOpts = {}) => mk(title, kind, null, cls, edu, 'one', 0, o);
const pl = (title: string, cls: number, edu: string, w: number, o: TOpts = {}) => mk(title, 'pelaksana', null, cls, edu, 'staff', w, o);
/** Functional staff positions of one family at several levels: levels = { ahli_pertama: weight, … }. */
function fn(base: string, levels: Record<string, number>, edu: string | Record<string, string>, o: TOpts = {}): PosTemplate[] {
  return Object.entries(levels).map(([level, w]) =>
    mk(`${base} ${LEVEL_LABEL[level]}`, 'fungsional', level, LEVEL_CLASS[level], typeof edu === 'string' ? edu : edu[level], 'staff', w, o),
  );
}

const GENERIC_STAFF = (): PosTemplate[] => [
  pl('Pengadministrasi Umum', 5, 'SMA/SMK', 3),
  pl('Pengelola Data', 6, 'D3', 1.5),
  pl('Pengelola Keuangan', 7, 'S1/D4', 1.2),
  pl('Pengemudi', 3, 'SMA/SMK', 0.5, { female: 0.02 }),
  ...fn('Analis Kebijakan', { ahli_pertama: 0.8, ahli_muda: 0.5 }, 'S1/D4'),
  ...fn('Perencana', { ahli_pertama: 0.5, ahli_muda: 0.3 }, 'S1/D4'),
  ...fn('Arsiparis', { terampil: 0.4 }, 'D3 Kearsipan', { female: 0.6 }),
  ...fn('Pranata Komputer', { ahli_pertama: 0.4 }, 'S1 Teknik Informatika', { female: 0.35 }),
  ...fn('Analis SDM Aparatur', { ahli_pertama: 0.4 }, 'S1/D4'),
  ...fn('Pengelola Pengadaan Barang/Jasa', { ahli_pertama: 0.25 }, 'S1/D4'),
];

const STRUCT_SUPPORT = (): PosTemplate[] => [
  one('Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 9, 'S1/D4'),
  one('Kepala Subbagian Keuangan', 'pengawas', 9, 'S1/D4', { female: 0.5 }),
];

const BIDANG: Record<string, string[]> = {
  DINKES: ['Kesehatan Masyarakat', 'Pencegahan dan Pengendalian Penyakit', 'Pelayanan Kesehatan', 'Sumber Daya Kesehatan'],
  DISDIK: ['Pembinaan Sekolah Dasar', 'Pembinaan Sekolah Menengah Pertama', 'Pembinaan PAUD dan Pendidikan Nonformal', 'Pembinaan Ketenagaan'],
  BKPP: ['Pengadaan dan Informasi Kepegawaian', 'Mutasi dan Promosi', 'Pengembangan Kompetensi Aparatur'],
  BAPPEDA: ['Perencanaan Pemerintahan dan Pembangunan Manusia', 'Perencanaan Perekonomian dan Sumber Daya Alam', 'Perencanaan Infrastruktur dan Kewilayahan'],
  BPKAD: ['Anggaran', 'Perbendaharaan', 'Akuntansi', 'Aset'],
  BAPENDA: ['Pajak Daerah', 'Pajak Bumi dan Bangunan dan BPHTB', 'Pengendalian dan Evaluasi Pendapatan'],
  DPU: ['Jalan', 'Sumber Daya Air dan Drainase', 'Bina Konstruksi'],
  DISDUKCAPIL: ['Pelayanan Pendaftaran Penduduk', 'Pelayanan Pencatatan Sipil', 'Pengelolaan Informasi Administrasi Kependudukan'],
  DISHUB: ['Lalu Lintas', 'Angkutan', 'Sarana dan Prasarana'],
  SATPOLPP: ['Penegakan Peraturan Daerah', 'Ketenteraman dan Ketertiban Umum', 'Perlindungan Masyarakat'],
  DLH: ['Pengelolaan Sampah', 'Pengendalian Pencemaran', 'Pertamanan dan Ruang Terbuka Hijau'],
};
const DEFAULT_BIDANG = ['Perencanaan dan Pengembangan', 'Pelayanan', 'Pengendalian dan Evaluasi'];

/** Functional and other staff positions specific to an OPD, on top of the generic staff. */
const OPD_STAFF: Record<string, () => PosTemplate[]> = {
  SETDA: () => [
    ...fn('Analis Kebijakan', { ahli_madya: 0.3 }, 'S2'),
    ...fn('Perancang Peraturan Perundang-undangan', { ahli_pertama: 0.6, ahli_muda: 0.4 }, 'S1 Hukum'),
    ...fn('Analis Hukum', { ahli_pertama: 0.5 }, 'S1 Hukum'),
    ...fn('Pranata Hubungan Masyarakat', { terampil: 0.4, ahli_pertama: 0.5 }, { terampil: 'D3', ahli_pertama: 'S1 Ilmu Komunikasi' }),
  ],
  SETWAN: () => [
    ...fn('Pranata Hubungan Masyarakat', { ahli_pertama: 0.6 }, 'S1 Ilmu Komunikasi'),
    ...fn('Perancang Peraturan Perundang-undangan', { ahli_pertama: 0.5 }, 'S1 Hukum'),
  ],
  INSPEKTORAT: () => [
    ...fn('Auditor', { ahli_pertama: 3, ahli_muda: 2, ahli_madya: 1 }, { ahli_pertama: 'S1 Akuntansi', ahli_muda: 'S1 Akuntansi', ahli_madya: 'S2' }),
    ...fn('Pengawas Penyelenggaraan Urusan Pemerintahan Daerah', { ahli_pertama: 1.5, ahli_muda: 1, ahli_madya: 0.4 }, 'S1/D4'),
  ],
  BAPPEDA: () => [
    ...fn('Perencana', { ahli_pertama: 3, ahli_muda: 2, ahli_madya: 0.6 }, 'S1 Perencanaan Wilayah dan Kota'),
    ...fn('Statistisi', { ahli_pertama: 0.5 }, 'S1 Statistika'),
  ],
  BRIDA: () => [...fn('Peneliti', { ahli_pertama: 1, ahli_muda: 0.6 }, 'S2'), ...fn('Perekayasa', { ahli_pertama: 0.5 }, 'S1 Teknik Informatika')],
  BKPP: () => [
    ...fn('Analis SDM Aparatur', { ahli_pertama: 3, ahli_muda: 2, ahli_madya: 0.4 }, 'S1/D4'),
    ...fn('Pranata SDM Aparatur', { terampil: 2, mahir: 0.8 }, 'D3'),
    ...fn('Widyaiswara', { ahli_muda: 0.4, ahli_madya: 0.5, ahli_utama: 0.25 }, 'S2'),
    ...fn('Asesor SDM Aparatur', { ahli_pertama: 0.5 }, 'S1 Psikologi'),
  ],
  BPKAD: () => [...fn('Analis Keuangan Pusat dan Daerah', { ahli_pertama: 2, ahli_muda: 1.2 }, 'S1 Akuntansi'), pl('Pengelola Barang Milik Daerah', 7, 'S1/D4', 1.5)],
  BAPENDA: () => [pl('Pengelola Pajak dan Retribusi Daerah', 7, 'S1/D4', 4), ...fn('Penilai Pemerintah', { ahli_pertama: 0.6 }, 'S1 Teknik Sipil')],
  KESBANGPOL: () => [...fn('Analis Kebijakan', { ahli_madya: 0.2 }, 'S2')],
  BPBD: () => [pl('Petugas Penanggulangan Bencana', 5, 'SMA/SMK', 3, { female: 0.1 }), ...fn('Analis Kebencanaan', { ahli_pertama: 0.8 }, 'S1 Teknik Lingkungan')],
  SATPOLPP: () => [
    ...fn(
      'Polisi Pamong Praja',
      { pemula: 2, terampil: 4, mahir: 2, penyelia: 1, ahli_pertama: 1, ahli_muda: 0.5 },
      { pemula: 'SMA/SMK', terampil: 'D3', mahir: 'D3', penyelia: 'D3', ahli_pertama: 'S1 Hukum', ahli_muda: 'S1 Hukum' },
      { female: 0.15 },
    ),
    pl('Petugas Ketenteraman dan Ketertiban', 5, 'SMA/SMK', 3, { female: 0.1 }),
  ],
  DISDIK: () => [
    ...fn('Pengawas Sekolah', { ahli_muda: 1.5, ahli_madya: 2 }, { ahli_muda: 'S1 Pendidikan', ahli_madya: 'S2 Pendidikan' }, { female: 0.55 }),
    ...fn('Penilik', { ahli_pertama: 0.5, ahli_muda: 0.5 }, 'S1 Pendidikan'),
    ...fn('Pamong Belajar', { ahli_pertama: 0.3 }, 'S1 Pendidikan'),
  ],
  DINKES: () => [
    ...fn('Epidemiolog Kesehatan', { ahli_pertama: 1, ahli_muda: 0.8 }, 'S1 Kesehatan Masyarakat', { female: 0.6 }),
    ...fn('Administrator Kesehatan', { ahli_pertama: 1.2, ahli_muda: 1 }, 'S1 Kesehatan Masyarakat', { female: 0.6 }),
    ...fn('Penyuluh Kesehatan Masyarakat', { ahli_muda: 0.5 }, 'S1 Kesehatan Masyarakat', { female: 0.7 }),
    ...fn('Sanitarian', { ahli_muda: 0.5 }, 'S1 Kesehatan Lingkungan', { female: 0.55 }),
    ...fn('Nutrisionis', { ahli_muda: 0.4 }, 'S1 Gizi', { female: 0.9 }),
    ...fn('Apoteker', { ahli_muda: 0.4 }, 'S1 Farmasi (Apoteker)', { female: 0.75 }),
    ...fn('Dokter', { ahli_madya: 0.3 }, 'S1 Kedokteran (Profesi Dokter)', { female: 0.55 }),
  ],
  DPU: () => [
    ...fn(
      'Teknik Jalan dan Jembatan',
      { terampil: 1.5, ahli_pertama: 2, ahli_muda: 1 },
      { terampil: 'D3 Teknik Sipil', ahli_pertama: 'S1 Teknik Sipil', ahli_muda: 'S1 Teknik Sipil' },
      { female: 0.2 },
    ),
    ...fn('Teknik Pengairan', { terampil: 1, ahli_pertama: 1 }, { terampil: 'D3 Teknik Sipil', ahli_pertama: 'S1 Teknik Sipil' }, { female: 0.2 }),
    pl('Petugas Pemeliharaan Jalan dan Saluran', 4, 'SMA/SMK', 3, { female: 0.05 }),
  ],
  DISTARU: () => [
    ...fn('Penata Ruang', { ahli_pertama: 1.5, ahli_muda: 0.8 }, 'S1 Perencanaan Wilayah dan Kota'),
    ...fn('Teknik Tata Bangunan dan Perumahan', { ahli_pertama: 1 }, 'S1 Teknik Arsitektur'),
  ],
  DISPERKIM: () => [
    ...fn('Teknik Tata Bangunan dan Perumahan', { ahli_pertama: 1.5, ahli_muda: 0.8 }, 'S1 Teknik Arsitektur'),
    pl('Petugas Pertamanan', 4, 'SMA/SMK', 2, { female: 0.2 }),
  ],
  DISHANPAN: () => [...fn('Analis Ketahanan Pangan', { ahli_pertama: 1.2, ahli_muda: 0.6 }, 'S1 Pertanian'), ...fn('Pengawas Mutu Hasil Pertanian', { terampil: 0.8 }, 'D3')],
  DLH: () => [
    ...fn('Pengendali Dampak Lingkungan', { ahli_pertama: 1.5, ahli_muda: 0.8 }, 'S1 Teknik Lingkungan'),
    pl('Petugas Kebersihan', 3, 'SMA/SMK', 5, { female: 0.25 }),
    pl('Petugas Pertamanan', 4, 'SMA/SMK', 2, { female: 0.2 }),
  ],
  DISDUKCAPIL: () => [
    ...fn('Administrator Database Kependudukan', { ahli_pertama: 1.5, ahli_muda: 0.5 }, 'S1 Teknik Informatika'),
    pl('Pengolah Data Kependudukan', 6, 'D3', 3, { female: 0.6 }),
    ...fn('Pranata Komputer', { terampil: 1 }, 'D3 Manajemen Informatika'),
  ],
  DP2KB: () => [...fn('Penyuluh Keluarga Berencana', { ahli_pertama: 3, ahli_muda: 2, ahli_madya: 0.5 }, 'S1/D4', { female: 0.7 })],
  DISHUB: () => [
    ...fn(
      'Penguji Kendaraan Bermotor',
      { pemula: 1, terampil: 2, mahir: 0.8, ahli_pertama: 0.5 },
      { pemula: 'SMA/SMK', terampil: 'D3 Teknik Mesin', mahir: 'D3 Teknik Mesin', ahli_pertama: 'S1/D4' },
      { female: 0.1 },
    ),
    pl('Petugas Pengatur Lalu Lintas', 5, 'SMA/SMK', 4, { female: 0.1 }),
    ...fn('Analis Transportasi', { ahli_pertama: 0.6 }, 'D3 Transportasi'),
  ],
  DISARPUS: () => [
    ...fn(
      'Arsiparis',
      { terampil: 1.5, ahli_pertama: 1.5, ahli_muda: 0.5 },
      { terampil: 'D3 Kearsipan', ahli_pertama: 'S1 Ilmu Perpustakaan', ahli_muda: 'S1 Ilmu Perpustakaan' },
      { female: 0.6 },
    ),
    ...fn(
      'Pustakawan',
      { terampil: 1.5, ahli_pertama: 1.5, ahli_muda: 0.5 },
      { terampil: 'D3 Perpustakaan', ahli_pertama: 'S1 Ilmu Perpustakaan', ahli_muda: 'S1 Ilmu Perpustakaan' },
      { female: 0.65 },
    ),
  ],
  DISKAN: () => [
    ...fn('Penyuluh Perikanan', { ahli_pertama: 1.5, ahli_muda: 0.8 }, 'S1 Perikanan'),
    ...fn('Pengendali Hama dan Penyakit Ikan', { ahli_pertama: 0.8 }, 'S1 Perikanan'),
  ],
  DISTAN: () => [
    ...fn('Penyuluh Pertanian', { terampil: 1.5, ahli_pertama: 2, ahli_muda: 1.5 }, { terampil: 'D3', ahli_pertama: 'S1 Pertanian', ahli_muda: 'S1 Pertanian' }),
    ...fn('Medik Veteriner', { ahli_pertama: 0.5 }, 'S1 Kedokteran Hewan'),
    ...fn('Paramedik Veteriner', { terampil: 0.5 }, 'D3 Kesehatan Hewan'),
  ],
  DISDAG: () => [
    pl('Pengelola Pasar', 6, 'SMA/SMK', 3),
    ...fn('Penera', { terampil: 0.6, ahli_pertama: 0.5 }, { terampil: 'D3', ahli_pertama: 'S1 Teknik Elektro' }),
    ...fn('Pengawas Perdagangan', { ahli_pertama: 0.6 }, 'S1 Ekonomi'),
  ],
  DISPERIN: () => [...fn('Penyuluh Perindustrian dan Perdagangan', { ahli_pertama: 1.2, ahli_muda: 0.6 }, 'S1/D4')],
  DINKOPUM: () => [...fn('Pengawas Koperasi', { ahli_pertama: 1.2, ahli_muda: 0.6 }, 'S1 Ekonomi')],
  DPMPTSP: () => [pl('Pengelola Layanan Perizinan', 7, 'S1/D4', 3), ...fn('Penata Perizinan', { ahli_pertama: 1, ahli_muda: 0.5 }, 'S1 Hukum')],
  DISPORA: () => [pl('Pengelola Kegiatan Keolahragaan', 7, 'S1 Keolahragaan', 2)],
  DISBUDPAR: () => [
    ...fn('Pamong Budaya', { ahli_pertama: 1, ahli_muda: 0.5 }, 'S1/D4'),
    ...fn('Adyatama Kepariwisataan dan Ekonomi Kreatif', { ahli_pertama: 1 }, 'S1 Pariwisata'),
  ],
  DAMKAR: () => [
    ...fn('Pemadam Kebakaran', { pemula: 2, terampil: 4, mahir: 1.5, penyelia: 0.6 }, { pemula: 'SMA/SMK', terampil: 'SMA/SMK', mahir: 'D3', penyelia: 'D3' }, { female: 0.05 }),
    ...fn('Analis Kebakaran', { ahli_pertama: 0.8, ahli_muda: 0.3 }, 'S1/D4', { female: 0.15 }),
  ],
  DINSOS: () => [
    ...fn(
      'Pekerja Sosial',
      { terampil: 1, ahli_pertama: 1.5, ahli_muda: 1 },
      { terampil: 'D3', ahli_pertama: 'S1 Kesejahteraan Sosial', ahli_muda: 'S1 Kesejahteraan Sosial' },
      { female: 0.6 },
    ),
    ...fn('Penyuluh Sosial', { ahli_pertama: 0.8 }, 'S1 Kesejahteraan Sosial'),
  ],
  DISNAKER: () => [
    ...fn('Mediator Hubungan Industrial', { ahli_pertama: 0.8, ahli_muda: 0.5 }, 'S1 Hukum'),
    ...fn('Pengantar Kerja', { ahli_pertama: 0.8, ahli_muda: 0.4 }, 'S1 Psikologi'),
    ...fn('Instruktur', { terampil: 0.8, ahli_pertama: 0.6 }, { terampil: 'D3', ahli_pertama: 'S1/D4' }),
  ],
  DP3A: () => [
    ...fn('Penyuluh Sosial', { ahli_pertama: 1, ahli_muda: 0.5 }, 'S1 Kesejahteraan Sosial', { female: 0.7 }),
    ...fn('Psikolog Klinis', { ahli_pertama: 0.4 }, 'S1 Psikologi', { female: 0.75 }),
  ],
  DISKOMINFO: () => [
    ...fn(
      'Pranata Komputer',
      { terampil: 1, ahli_pertama: 2, ahli_muda: 1 },
      { terampil: 'D3 Manajemen Informatika', ahli_pertama: 'S1 Teknik Informatika', ahli_muda: 'S1 Teknik Informatika' },
      { female: 0.35 },
    ),
    ...fn('Pranata Hubungan Masyarakat', { terampil: 1, ahli_pertama: 1 }, { terampil: 'D3', ahli_pertama: 'S1 Ilmu Komunikasi' }),
    ...fn('Statistisi', { ahli_pertama: 1, ahli_muda: 0.5 }, 'S1 Statistika'),
    ...fn('Sandiman', { ahli_pertama: 0.8 }, 'D4 Persandian'),
  ],
};

const HEALTH: TOpts = { method: 'wisn', cohort: 'health' };
function puskesmasTemplates(name: string): PosTemplate[] {
  const h = (o: TOpts) => ({ ...HEALTH, ...o });
  return [
    head(`Kepala ${name}`, 'pengawas', 9, 'S1 Kedokteran (Profesi Dokter)', { female: 0.6, minAge: 35, cohort: 'health' }),
    one('Kepala Subbagian Tata Usaha', 'pengawas', 8, 'S1 Kesehatan Masyarakat', { female: 0.6, cohort: 'health' }),
    ...fn('Dokter', { ahli_pertama: 2.5, ahli_muda: 2, ahli_madya: 0.5 }, 'S1 Kedokteran (Profesi Dokter)', h({ female: 0.6 })),
    ...fn('Dokter Gigi', { ahli_pertama: 0.6, ahli_muda: 0.6 }, 'S1 Kedokteran Gigi (Profesi)', h({ female: 0.7 })),
    ...fn(
      'Perawat',
      { terampil: 5, mahir: 1.5, ahli_pertama: 3, ahli_muda: 1.5 },
      { terampil: 'D3 Keperawatan', mahir: 'D3 Keperawatan', ahli_pertama: 'S1 Keperawatan (Ners)', ahli_muda: 'S1 Keperawatan (Ners)' },
      h({ female: 0.7 }),
    ),
    ...fn(
      'Bidan',
      { terampil: 4, mahir: 1, ahli_pertama: 2, ahli_muda: 1 },
      { terampil: 'D3 Kebidanan', mahir: 'D3 Kebidanan', ahli_pertama: 'D4 Kebidanan', ahli_muda: 'D4 Kebidanan' },
      h({ female: 1 }),
    ),
    ...fn('Apoteker', { ahli_pertama: 1 }, 'S1 Farmasi (Apoteker)', h({ female: 0.75 })),
    ...fn('Asisten Apoteker', { terampil: 1.5 }, 'D3 Farmasi', h({ female: 0.8 })),
    ...fn('Sanitarian', { terampil: 1, ahli_pertama: 0.6 }, { terampil: 'D3 Kesehatan Lingkungan', ahli_pertama: 'S1 Kesehatan Lingkungan' }, h({ female: 0.55 })),
    ...fn('Nutrisionis', { terampil: 1, ahli_pertama: 0.6 }, { terampil: 'D3 Gizi', ahli_pertama: 'S1 Gizi' }, h({ female: 0.9 })),
    ...fn('Pranata Laboratorium Kesehatan', { terampil: 1.5 }, 'D3 Analis Kesehatan', h({ female: 0.7 })),
    ...fn('Penyuluh Kesehatan Masyarakat', { ahli_pertama: 0.8 }, 'S1 Kesehatan Masyarakat', h({ female: 0.7 })),
    ...fn('Epidemiolog Kesehatan', { ahli_pertama: 0.5 }, 'S1 Kesehatan Masyarakat', h({ female: 0.6 })),
    ...fn('Perekam Medis', { terampil: 1 }, 'D3 Rekam Medis', h({ female: 0.7 })),
    pl('Pengadministrasi Umum', 5, 'SMA/SMK', 2, { female: 0.55, cohort: 'health' }),
    pl('Pengelola Keuangan', 7, 'S1/D4', 1, { female: 0.6, cohort: 'health' }),
    pl('Pengemudi Ambulans', 3, 'SMA/SMK', 0.5, { female: 0.02, cohort: 'health' }),
  ];
}

function rsdTemplates(headTitle: string): PosTemplate[] {
  const h = (o: TOpts) => ({ ...HEALTH, ...o });
  return [
    head(headTitle, 'jpt', 14, 'S2 Kedokteran (Spesialis)', { female: 0.4, cohort: 'health' }),
    one('Wakil Direktur Pelayanan', 'administrator', 12, 'S2 Kedokteran (Spesialis)', { cohort: 'health' }),
    one('Wakil Direktur Umum dan Keuangan', 'administrator', 12, 'S2', { cohort: 'health' }),
    one('Kepala Bidang Pelayanan Medik', 'administrator', 11, 'S1 Kedokteran (Profesi Dokter)', { cohort: 'health' }),
    one('Kepala Bidang Keperawatan', 'administrator', 11, 'S1 Keperawatan (Ners)', { female: 0.6, cohort: 'health' }),
    one('Kepala Bagian Umum dan Kepegawaian', 'administrator', 11, 'S1/D4', { cohort: 'health' }),
    one('Kepala Bagian Keuangan', 'administrator', 11, 'S1 Akuntansi', { cohort: 'health' }),
    ...fn('Dokter', { ahli_pertama: 2, ahli_muda: 2 }, 'S1 Kedokteran (Profesi Dokter)', h({ female: 0.55 })),
    ...fn('Dokter', { ahli_madya: 3, ahli_utama: 0.2 }, 'S2 Kedokteran (Spesialis)', h({ female: 0.45 })),
    ...fn('Dokter Gigi', { ahli_muda: 0.5 }, 'S1 Kedokteran Gigi (Profesi)', h({ female: 0.7 })),
    ...fn(
      'Perawat',
      { terampil: 8, penyelia: 1, ahli_pertama: 6, ahli_muda: 2 },
      { terampil: 'D3 Keperawatan', penyelia: 'D3 Keperawatan', ahli_pertama: 'S1 Keperawatan (Ners)', ahli_muda: 'S1 Keperawatan (Ners)' },
      h({ female: 0.7 }),
    ),
    ...fn('Bidan', { terampil: 2, ahli_pertama: 1 }, { terampil: 'D3 Kebidanan', ahli_pertama: 'D4 Kebidanan' }, h({ female: 1 })),
    ...fn('Apoteker', { ahli_pertama: 1, ahli_muda: 0.5 }, 'S1 Farmasi (Apoteker)', h({ female: 0.75 })),
    ...fn('Asisten Apoteker', { terampil: 2 }, 'D3 Farmasi', h({ female: 0.8 })),
    ...fn('Radiografer', { terampil: 1 }, 'D3 Radiologi', h({ female: 0.4 })),
    ...fn('Pranata Laboratorium Kesehatan', { terampil: 1.5 }, 'D3 Analis Kesehatan', h({ female: 0.7 })),
    ...fn('Fisioterapis', { terampil: 0.7 }, 'D3 Fisioterapi', h({ female: 0.6 })),
    ...fn('Nutrisionis', { terampil: 0.7 }, 'D3 Gizi', h({ female: 0.9 })),
    ...fn('Perekam Medis', { terampil: 1.5 }, 'D3 Rekam Medis', h({ female: 0.7 })),
    pl('Pengadministrasi Umum', 5, 'SMA/SMK', 3, { cohort: 'health' }),
    pl('Pengelola Keuangan', 7, 'S1/D4', 1, { female: 0.6, cohort: 'health' }),
  ];
}

function schoolTemplates(level: 'SD' | 'SMP'): PosTemplate[] {
  const t: TOpts = { teacher: true, method: 'ratio', female: level === 'SD' ? 0.75 : 0.65 };
  const admin = [pl('Pengadministrasi Umum', 5, 'SMA/SMK', level === 'SD' ? 0.4 : 1, { female: 0.55 })];
  const headT = mk('Kepala Sekolah', 'fungsional', 'ahli_madya', 11, level === 'SD' ? 'S1 PGSD' : 'S1 Pendidikan', 'head', 0, {
    teacher: true,
    method: 'fixed',
    female: t.female,
    minAge: 42,
  });
  if (level === 'SD') {
    return [
      headT,
      ...fn('Guru Kelas', { ahli_pertama: 4, ahli_muda: 3, ahli_madya: 3.5 }, 'S1 PGSD', t),
      ...fn('Guru Pendidikan Agama Islam', { ahli_pertama: 0.5, ahli_muda: 0.5 }, 'S1 Pendidikan Agama Islam', { ...t, female: 0.5 }),
      ...fn('Guru Pendidikan Jasmani', { ahli_pertama: 0.5, ahli_muda: 0.4 }, 'S1 Pendidikan Jasmani', { ...t, female: 0.25 }),
      ...admin,
    ];
  }
  return [
    headT,
    ...fn('Guru Mata Pelajaran', { ahli_pertama: 4, ahli_muda: 3, ahli_madya: 3 }, 'S1 Pendidikan', t),
    ...fn('Guru Bimbingan dan Konseling', { ahli_pertama: 0.5, ahli_muda: 0.4 }, 'S1 Bimbingan dan Konseling', { ...t, female: 0.75 }),
    ...fn('Guru Pendidikan Agama Islam', { ahli_muda: 0.5 }, 'S1 Pendidikan Agama Islam', { ...t, female: 0.5 }),
    ...admin,
    pl('Pengelola Keuangan', 7, 'S1/D4', 0.3, { female: 0.6 }),
    ...fn('Pustakawan', { terampil: 0.3 }, 'D3 Perpustakaan', { female: 0.7 }),
  ];
}

function opdTemplates(code: string, kind: string, headTitle: string): PosTemplate[] {
  const out: PosTemplate[] = [];
  const jpt = (title: string, cls = 14) => head(title, 'jpt', cls, 'S2');
  if (code === 'SETDA') {
    out.push(jpt('Sekretaris Daerah', 15));
    for (const a of ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Asisten Perekonomian dan Pembangunan', 'Asisten Administrasi Umum']) out.push(one(a, 'jpt', 14, 'S2'));
    for (const b of ['Tata Pemerintahan', 'Hukum', 'Organisasi', 'Umum', 'Perekonomian']) out.push(one(`Kepala Bagian ${b}`, 'administrator', 12, 'S1/D4'));
    out.push(one('Kepala Subbagian Tata Usaha Pimpinan', 'pengawas', 9, 'S1/D4', { female: 0.5 }));
  } else if (code === 'SETWAN') {
    out.push(jpt('Sekretaris DPRD'));
    for (const b of ['Umum', 'Persidangan dan Perundang-undangan', 'Fasilitasi Penganggaran dan Pengawasan']) out.push(one(`Kepala Bagian ${b}`, 'administrator', 12, 'S1/D4'));
    out.push(...STRUCT_SUPPORT());
  } else if (code === 'INSPEKTORAT') {
    out.push(jpt('Inspektur'));
    out.push(one('Sekretaris Inspektorat', 'administrator', 12, 'S1/D4'));
    for (const w of ['I', 'II', 'III', 'IV']) out.push(one(`Inspektur Pembantu Wilayah ${w}`, 'administrator', 12, 'S1 Akuntansi'));
    out.push(...STRUCT_SUPPORT());
  } else if (kind === 'kecamatan') {
    out.push(head(headTitle, 'administrator', 12, 'S1 Ilmu Pemerintahan', { minAge: 40 }));
    out.push(one('Sekretaris Kecamatan', 'administrator', 11, 'S1/D4'));
    for (const s of ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Kesejahteraan Sosial', 'Pemberdayaan Masyarakat'])
      out.push(one(`Kepala Seksi ${s}`, 'pengawas', 9, 'S1/D4'));
    out.push(one('Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 9, 'S1/D4'));
    out.push(
      pl('Pengadministrasi Umum', 5, 'SMA/SMK', 3),
      pl('Pengelola Data', 6, 'D3', 1.5),
      pl('Pengelola Keuangan', 7, 'S1/D4', 1),
      pl('Pengelola Layanan Masyarakat', 6, 'D3', 1.5),
      ...fn('Analis Kebijakan', { ahli_pertama: 0.6 }, 'S1/D4'),
      ...fn('Polisi Pamong Praja', { terampil: 1 }, 'D3', { female: 0.15 }),
      pl('Pengemudi', 3, 'SMA/SMK', 0.4, { female: 0.02 }),
    );
    return out;
  } else {
    const sek = kind === 'badan' ? 'Sekretaris Badan' : code === 'SATPOLPP' ? 'Sekretaris Satuan' : 'Sekretaris Dinas';
    out.push(jpt(headTitle));
    out.push(one(sek, 'administrator', 12, 'S1/D4'));
    for (const b of BIDANG[code] ?? DEFAULT_BIDANG) out.push(one(`Kepala Bidang ${b}`, 'administrator', 11, 'S1/D4'));
    out.push(...STRUCT_SUPPORT());
  }
  if (code === 'DINKES') out[0] = head(headTitle, 'jpt', 14, 'S2 Kesehatan Masyarakat', { female: 0.45 });
  if (code === 'DISDIK') out[0] = head(headTitle, 'jpt', 14, 'S2 Pendidikan');
  out.push(...(OPD_STAFF[code]?.() ?? []), ...GENERIC_STAFF());
  return out;
}

// ───────────────────────────── units ─────────────────────────────

type Group = 'root' | 'opd' | 'dinkes' | 'disdik' | 'rsud' | 'kecamatan' | 'kelurahan' | 'puskesmas' | 'sekolah';
/**
 * Share of the employees per group. Schools hold about a quarter: Semarang's public schools run on many non-ASN
 * (honorer) teachers, so the ASN teachers fall short of the ratio norms, as the city reports; the needs demo then
 * shows about 15,000 ASN against about 21,000 needed.
 */
const GROUP_SHARE: Record<Group, number> = { root: 0, sekolah: 0.27, puskesmas: 0.155, rsud: 0.04, dinkes: 0.013, disdik: 0.013, kelurahan: 0.125, kecamatan: 0.046, opd: 0.338 };
const OPD_SIZE: Record<string, number> = {
  SETDA: 3,
  SATPOLPP: 3,
  DPU: 2.5,
  DISHUB: 2.5,
  DLH: 2.5,
  DAMKAR: 2,
  BPKAD: 1.8,
  BAPENDA: 1.8,
  DISDUKCAPIL: 1.5,
  DISTAN: 1.2,
  DP2KB: 1.2,
  BKPP: 1.2,
  INSPEKTORAT: 1.2,
  DISPERKIM: 1.2,
};

interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentId: string | null;
  regionCode: string | null;
  path: string;
  depth: number;
  group: Group;
  weight: number;
  templates: PosTemplate[];
}

interface Position extends PosTemplate {
  id: string;
  unitId: string;
  retirementAge: number;
  /** The unit's head (kepala): the first template of every unit. */
  isHead: boolean;
  ranks: [number, number];
  minService: number;
  entry: boolean;
  ageMin: number;
  ageMax: number;
}

// ───────────────────────────── COPY ─────────────────────────────

interface PgClient {
  query(q: unknown): unknown;
}
/** Streams text-format COPY data (already encoded) into a table. */
async function copyChunks(client: PgClient, table: string, columns: string[], chunks: Iterable<string>): Promise<void> {
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`)) as NodeJS.WritableStream;
  await pipeline(Readable.from(chunks), stream);
}
async function copyRows(client: PgClient, table: string, columns: string[], rows: Cell[][]): Promise<void> {
  if (rows.length) await copyChunks(client, table, columns, copyText(rows));
}

/**
 * Bulk loads are several times faster into a table without its secondary indexes and foreign keys.
 * Inside the seed's transaction we drop them and recreate them, verbatim, from the catalogue afterwards,
 * so the schema ends up exactly as the migrations left it (and nothing is visible to anyone else meanwhile).
 */
async function withoutSecondaryIndexes(q: { query(sql: string): Promise<unknown> }, table: string, load: () => Promise<void>): Promise<void> {
  const indexes = (await q.query(
    `SELECT quote_ident(i.indexname) AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = '${table}'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
  )) as { name: string; def: string }[];
  const fks = (await q.query(
    `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = (quote_ident(current_schema()) || '.' || quote_ident('${table}'))::regclass AND contype = 'f' ORDER BY conname`,
  )) as { name: string; def: string }[];
  for (const fk of fks) await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT ${fk.name}`);
  if (indexes.length) await q.query(`DROP INDEX ${indexes.map((i) => i.name).join(', ')}`);
  await load();
  for (const i of indexes) await q.query(i.def);
  for (const fk of fks) await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT ${fk.name} ${fk.def}`);
}
/** From this many employees on, the employees table is loaded without its secondary indexes (see above). */
const BULK_THRESHOLD = 5_000;
/** The same for the big tables of the module seeds (competency standards and assessments), by their row count. */
const BULK_ROWS = 20_000;

// ───────────────────────────── generator ─────────────────────────────

const DAY_MS = 86_400_000;
const REF_DAY = Date.UTC(2026, 10, 27) / DAY_MS;
const REF_MONTH = 2026 * 12 + 10; // month index y*12 + (m-1) of the reference date
const isoOfDay = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Relative head-count per age (age on the reference date): an older-heavy ASN pyramid. */
function ageWeight(a: number): number {
  if (a < 22) return 0;
  if (a <= 25) return [0.8, 1.2, 1.6, 2.0][a - 22];
  if (a <= 30) return 2.4;
  if (a <= 35) return 2.7;
  if (a <= 40) return 2.6;
  if (a <= 45) return 2.7;
  if (a <= 50) return 3.1;
  if (a <= 55) return 3.4;
  return 3.4;
}
/** Ages (on the reference date) span 22–64. */
const AGE_MIN = 22;
const AGE_MAX = 64;
const AGE_CUM: number[] = [];
{
  let s = 0;
  for (let a = 0; a <= AGE_MAX; a++) {
    s += ageWeight(a);
    AGE_CUM.push(s);
  }
}
/** An age in [lo, hi] drawn from the pyramid. */
function sampleAge(rng: Prng, lo: number, hi: number): number {
  const base = lo > 0 ? AGE_CUM[lo - 1] : 0;
  const x = base + rng.next() * (AGE_CUM[hi] - base);
  let a = lo;
  while (a < hi && AGE_CUM[a] <= x) a++;
  return a;
}

function largestRemainder(raw: number[], total: number): number[] {
  const out = raw.map((r) => Math.floor(r));
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && order.length; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

export async function seedDemo(ds: DataSource, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const t0 = Date.now();
  const logFn = opts.log ?? (() => undefined);
  const log = (msg: string) => logFn(`${msg} (${Date.now() - t0} ms)`);
  const N = Math.floor(opts.employees);
  if (!Number.isFinite(N) || N < 4) throw new Error('seedDemo: employees must be at least 4');
  const seed = (opts.seed ?? DEMO_DEFAULT_SEED) >>> 0;
  const dir = opts.dataDir ?? findDemoDataDir();
  const ruleSeed = RULE_SEEDS.find((r) => r.key === 'retirement.ages');
  if (!ruleSeed) throw new Error('seedDemo: rule retirement.ages missing from rules.seed');
  const rule = ruleSeed.value as RetirementAgeRule;

  const hashPromise = hashPassword(DEMO_PASSWORD); // argon2 runs off the main thread meanwhile
  hashPromise.catch(() => undefined); // awaited later; avoid an unhandled rejection if we fail first

  const rng = new Prng(seed);
  const unitId = uuidFactory(seed, 1);
  const positionId = uuidFactory(seed, 2);
  const employeeId = uuidFactory(seed, 3);
  const driverId = uuidFactory(seed, 4);
  const userId = uuidFactory(seed, 5);

  // ── data files
  const opd = readCsv(dir, 'opd-semarang.csv');
  const wilayah = readCsv(dir, 'wilayah-3374.csv');
  const penduduk = readCsv(dir, 'penduduk-kecamatan.csv');
  const puskesmas = readCsv(dir, 'puskesmas.csv');
  const sekolah = readCsv(dir, 'sekolah-kelurahan.csv');

  // ── org units
  const units: Unit[] = [];
  const byCode = new Map<string, Unit>();
  const addUnit = (u: Omit<Unit, 'id' | 'path' | 'depth'>, parent: Unit | null): Unit => {
    if (!KINDS.has(u.kind)) throw new Error(`seedDemo: invalid unit kind ${u.kind} (${u.code})`);
    if (!SECTORS.has(u.sector)) throw new Error(`seedDemo: invalid sector ${u.sector} (${u.code})`);
    if (byCode.has(u.code)) throw new Error(`seedDemo: duplicate unit code ${u.code}`);
    const id = unitId();
    const unit: Unit = { ...u, id, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0 };
    units.push(unit);
    byCode.set(unit.code, unit);
    return unit;
  };
  const root = addUnit(
    { code: 'PEMKOT', name: 'Pemerintah Kota Semarang', kind: 'sekretariat', sector: 'pemerintahan', parentId: null, regionCode: '33.74', group: 'root', weight: 0, templates: [] },
    null,
  );

  // population per kecamatan and year
  const pop = new Map<string, Map<number, number>>();
  for (const r of penduduk) {
    const m = pop.get(r.kode_kecamatan) ?? new Map<number, number>();
    m.set(Number(r.tahun), Number(r.penduduk));
    pop.set(r.kode_kecamatan, m);
  }
  const pop2022 = [...pop.values()].map((m) => m.get(2022) ?? 0);
  const meanPop = pop2022.reduce((s, v) => s + v, 0) / Math.max(1, pop2022.length);

  const kecByRegion = new Map<string, Unit>();
  for (const r of opd) {
    const kind = JENIS_TO_KIND[r.jenis];
    if (!kind) throw new Error(`seedDemo: unknown jenis ${r.jenis} in opd-semarang.csv`);
    const code = r.kode_singkat;
    const regionCode = r.kode_wilayah || null;
    const group: Group = kind === 'kecamatan' ? 'kecamatan' : kind === 'rsud' ? 'rsud' : code === 'DINKES' ? 'dinkes' : code === 'DISDIK' ? 'disdik' : 'opd';
    let headTitle: string;
    if (kind === 'kecamatan') headTitle = `Camat ${r.nama_opd.replace(/^Kecamatan /, '')}`;
    else if (kind === 'rsud') headTitle = `Direktur ${r.nama_opd}`;
    else if (code === 'SATPOLPP') headTitle = 'Kepala Satuan Polisi Pamong Praja';
    else headTitle = `Kepala ${r.nama_opd}`;
    const templates = kind === 'rsud' ? rsdTemplates(headTitle) : opdTemplates(code, kind, headTitle);
    const weight = kind === 'kecamatan' ? 0.6 + (0.4 * (pop.get(regionCode ?? '')?.get(2022) ?? meanPop)) / meanPop : (OPD_SIZE[code] ?? 1);
    const u = addUnit({ code, name: r.nama_opd, kind, sector: r.sektor, parentId: null, regionCode, group, weight, templates }, root);
    if (kind === 'kecamatan' && regionCode) kecByRegion.set(regionCode, u);
  }
  const dinkes = byCode.get('DINKES');
  const disdik = byCode.get('DISDIK');
  if (!dinkes || !disdik) throw new Error('seedDemo: opd-semarang.csv must contain DINKES and DISDIK');

  // kelurahan under their kecamatan
  const kelName = new Map<string, string>();
  const kelNameCount = new Map<string, number>();
  for (const r of wilayah) if (r.level === 'kelurahan') kelNameCount.set(r.nama, (kelNameCount.get(r.nama) ?? 0) + 1);
  for (const r of wilayah) {
    if (r.level !== 'kelurahan') continue;
    const kec = kecByRegion.get(r.kode_induk);
    if (!kec) throw new Error(`seedDemo: kelurahan ${r.kode} has no kecamatan unit`);
    kelName.set(r.kode, r.nama);
    const templates = [
      head(`Lurah ${r.nama}`, 'pengawas', 9, 'S1/D4', { minAge: 35 }),
      one('Sekretaris Kelurahan', 'pengawas', 8, 'S1/D4'),
      one('Kepala Seksi Pemerintahan dan Ketenteraman', 'pengawas', 8, 'S1/D4'),
      one('Kepala Seksi Kesejahteraan Sosial dan Pemberdayaan Masyarakat', 'pengawas', 8, 'S1/D4', { female: 0.5 }),
      pl('Pengadministrasi Umum', 5, 'SMA/SMK', 3),
      pl('Pengelola Data', 6, 'D3', 1.5),
      pl('Pengelola Layanan Masyarakat', 6, 'D3', 1),
      pl('Pengelola Keuangan', 7, 'S1/D4', 0.5),
    ];
    addUnit(
      {
        code: `KEL-${r.kode}`,
        name: `Kelurahan ${r.nama}`,
        kind: 'kelurahan',
        sector: 'pemerintahan',
        parentId: null,
        regionCode: r.kode,
        group: 'kelurahan',
        weight: 1,
        templates,
      },
      kec,
    );
  }

  // puskesmas under DINKES; population served = kecamatan population split over its puskesmas
  const pkmByKec = new Map<string, Unit[]>();
  const pkmPop = new Map<string, Map<number, number>>();
  const pkmShare = new Map<string, number>();
  for (const r of puskesmas) {
    const code = `PKM-${r.nama_puskesmas
      .replace(/^Puskesmas /, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')}`;
    const u = addUnit(
      {
        code,
        name: r.nama_puskesmas,
        kind: 'puskesmas',
        sector: 'kesehatan',
        parentId: null,
        regionCode: r.kode_kecamatan,
        group: 'puskesmas',
        weight: 1,
        templates: puskesmasTemplates(r.nama_puskesmas),
      },
      dinkes,
    );
    pkmShare.set(u.id, rng.real(0.75, 1.25));
    const list = pkmByKec.get(r.kode_kecamatan) ?? [];
    list.push(u);
    pkmByKec.set(r.kode_kecamatan, list);
  }
  for (const [kec, list] of pkmByKec) {
    const shares = list.map((u) => pkmShare.get(u.id) ?? 1);
    const total = shares.reduce((s, v) => s + v, 0);
    for (const [year, value] of pop.get(kec) ?? new Map<number, number>()) {
      const split = largestRemainder(
        shares.map((s) => (value * s) / total),
        value,
      );
      list.forEach((u, i) => {
        const m = pkmPop.get(u.id) ?? new Map<number, number>();
        m.set(year, split[i]);
        pkmPop.set(u.id, m);
      });
    }
    for (const u of list) u.weight = (pkmPop.get(u.id)?.get(2022) ?? 40000) / 40000;
  }

  // public schools (SD Negeri, SMP Negeri) under DISDIK, one per count in sekolah-kelurahan.csv
  interface SchoolFacts {
    classes: number;
    pupils2025: number;
    growth: number;
  }
  const schoolFacts = new Map<string, SchoolFacts>();
  for (const r of sekolah) {
    const kel = kelName.get(r.kode_kelurahan) ?? r.nama_kelurahan;
    const ambiguous = (kelNameCount.get(kel) ?? 0) > 1;
    for (const level of ['SD', 'SMP'] as const) {
      const n = Number(level === 'SD' ? r.sd_negeri : r.smp_negeri) || 0;
      for (let i = 1; i <= n; i++) {
        const numbered = level === 'SD' || n > 1;
        const name = `${level} Negeri ${kel}${numbered ? ' ' + pad2(i) : ''}${ambiguous ? ` (${r.nama_kecamatan})` : ''}`;
        const code = `${level === 'SD' ? 'SDN' : 'SMPN'}-${r.kode_kelurahan}-${pad2(i)}`;
        const classes = level === 'SD' ? rng.pick([6, 6, 6, 6, 7, 8, 9, 10, 12, 12]) : 3 * rng.int(6, 11);
        const pupils2025 = Math.round(classes * (level === 'SD' ? rng.real(22, 28) : rng.real(28, 32)));
        const growth = level === 'SD' ? rng.real(-0.03, 0.015) : rng.real(-0.015, 0.02);
        const u = addUnit(
          {
            code,
            name,
            kind: 'sekolah',
            sector: 'pendidikan',
            parentId: null,
            regionCode: r.kode_kelurahan,
            group: 'sekolah',
            weight: classes * (level === 'SD' ? 1 : 1.3),
            templates: schoolTemplates(level),
          },
          disdik,
        );
        schoolFacts.set(u.id, { classes, pupils2025, growth });
      }
    }
  }
  log(`units: ${units.length}`);

  // ── positions
  const positions: Position[] = [];
  const unitPositions = new Map<string, { slots: Position[]; staff: WeightedPicker<Position> | null }>();
  for (const u of units) {
    const seen = new Set<string>();
    const slots: Position[] = [];
    const staff: Position[] = [];
    for (const t of u.templates) {
      if (seen.has(t.title)) continue;
      seen.add(t.title);
      const R = retirementAge(rule, { positionKind: t.kind, functionalLevel: t.level, isTeacher: t.teacher }).retirementAge;
      const [kMin, kMax] = t.level ? LEVEL_AGE[t.level] : KIND_AGE[t.kind];
      const p: Position = {
        isHead: t === u.templates[0],
        title: t.title,
        kind: t.kind,
        level: t.level,
        cls: t.cls,
        edu: t.edu,
        method: t.method,
        teacher: t.teacher,
        fill: t.fill,
        weight: t.weight,
        female: t.female,
        minAge: t.minAge,
        maxAge: t.maxAge,
        cohort: t.cohort,
        id: positionId(),
        unitId: u.id,
        retirementAge: R,
        ranks: t.kind === 'jpt' && t.cls >= 15 ? [G('IV/c'), G('IV/d')] : t.level ? LEVEL_RANKS[t.level] : KIND_RANKS[t.kind],
        minService: t.level ? (LEVEL_MIN_SERVICE[t.level] ?? 0) : (KIND_MIN_SERVICE[t.kind] ?? 0),
        entry: t.kind === 'pelaksana' || t.level === 'pemula' || t.level === 'terampil' || t.level === 'ahli_pertama',
        ageMin: Math.max(t.minAge ?? kMin, 22),
        ageMax: Math.min(t.maxAge ?? kMax, R),
      };
      positions.push(p);
      if (t.fill === 'staff') staff.push(p);
      else if (t.fill === 'head') slots.unshift(p);
      else slots.push(p);
    }
    unitPositions.set(u.id, {
      slots,
      staff: staff.length
        ? new WeightedPicker(
            staff,
            staff.map((p) => p.weight),
          )
        : null,
    });
  }
  log(`positions: ${positions.length}`);

  // ── quotas: employees per unit
  const groupWeight = new Map<Group, number>();
  for (const u of units) groupWeight.set(u.group, (groupWeight.get(u.group) ?? 0) + u.weight);
  const raw = units.map((u) => (u.group === 'root' ? 0 : (N * GROUP_SHARE[u.group] * u.weight) / (groupWeight.get(u.group) || 1)));
  const quota = largestRemainder(raw, N);
  const firstPkm = units.find((u) => u.kind === 'puskesmas');
  if (!firstPkm) throw new Error('seedDemo: no puskesmas');
  const minimum = (u: Unit) => (u === firstPkm ? 3 : u === dinkes ? 1 : u.group !== 'root' && N > units.length ? 1 : 0);
  for (let i = 0; i < units.length; i++) {
    while (quota[i] < minimum(units[i])) {
      let donor = -1;
      for (let j = 0; j < units.length; j++) if (quota[j] > minimum(units[j]) && (donor < 0 || quota[j] > quota[donor])) donor = j;
      if (donor < 0) break;
      quota[donor]--;
      quota[i]++;
    }
  }

  // ── employees
  const PPPK_ENTRY: Record<Cohort, number> = { teacher: 0.44, health: 0.27, other: 0.12 };
  const CPNS_ENTRY = 0.085;
  const PPPK_OTHER = 0.04;
  const nipSeq = new Map<string, number>();
  let employeeCount = 0;
  /** Employees per position id, counted as they are generated: the needs data is sized from them. */
  const holders = new Map<string, number>();
  let dinkesHead: { id: string; name: string } | null = null;
  let pkmEmployee: { id: string; name: string } | null = null;
  let pkmHead: { id: string; name: string } | null = null;

  /** The generated employees, for the competency assessments and the training data. */
  const competencyEmployees: (CompetencySeedEmployee & { name: string })[] = [];

  /** One employee as a COPY line; returns the id and name too (for the demo logins) and the appointment date. */
  const makeEmployee = (u: Unit, p: Position, isHead: boolean): { id: string; name: string; line: string; appointed: string } => {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`seedDemo: cannot place an employee in ${p.title} (${u.code})`);
      // status
      let status: 'pns' | 'cpns' | 'pppk' = 'pns';
      const structural = isHead || p.kind === 'jpt' || p.kind === 'administrator' || p.kind === 'pengawas';
      if (!structural && attempt < 100) {
        const r = rng.next();
        if (p.entry) status = r < CPNS_ENTRY ? 'cpns' : r < CPNS_ENTRY + PPPK_ENTRY[p.cohort] ? 'pppk' : 'pns';
        else if (r < PPPK_OTHER) status = 'pppk';
      }
      // education
      let education = p.edu;
      const sectorKey = u.sector;
      if (education === 'S1/D4') education = rng.pick(S1_POOL[sectorKey] ?? S1_POOL.lainnya);
      else if (education === 'S2') education = rng.pick(S2_POOL[sectorKey] ?? S2_POOL.lainnya);
      else if (education === 'D3') education = sectorKey === 'infrastruktur' && rng.chance(0.5) ? 'D3 Teknik Sipil' : rng.pick(D3_POOL);
      else if (education === 'SMA/SMK') {
        const r = rng.next();
        education = r < 0.55 ? 'SMA' : r < 0.85 ? 'SMK' : r < 0.93 ? 'D3 Administrasi Perkantoran' : rng.pick(S1_POOL[sectorKey] ?? S1_POOL.lainnya);
      }
      if (structural && status === 'pns' && (p.kind === 'jpt' || p.kind === 'administrator') && EDU[education]?.level === 'S1' && rng.chance(0.55)) {
        education = rng.pick(S2_POOL[sectorKey] ?? S2_POOL.lainnya);
      } else if (p.teacher && p.level === 'ahli_madya' && rng.chance(0.2)) education = 'S2 Pendidikan';
      const eduInfo = EDU[education] ?? { level: 'S1' };
      const eduMin = EDU_MIN_AGE[eduInfo.level];
      // age window
      let lo = Math.max(p.ageMin, eduMin + (status === 'pns' ? 2 : status === 'pppk' ? 1 : 0));
      let hi = p.ageMax;
      if (status === 'cpns') hi = Math.min(hi, 36);
      if (status === 'pppk') hi = p.retirementAge;
      if (status === 'pns' && p.minService) lo = Math.max(lo, eduMin + p.minService + 1);
      if (lo > hi) continue;
      const age = sampleAge(rng, lo, Math.min(hi, AGE_MAX));
      const birthDay = REF_DAY - Math.floor((age + rng.next()) * 365.2425);
      const birthDate = isoOfDay(birthDay);
      const ret = retirement(rule, { birthDate, positionKind: p.kind, functionalLevel: p.level, isTeacher: p.teacher });
      if (ret.retirementDate <= DEMO_REFERENCE_DATE) continue;
      const by = Number(birthDate.slice(0, 4));
      const bm = Number(birthDate.slice(5, 7));
      const exactAge = 2026 - by - (birthDate.slice(5) > DEMO_REFERENCE_DATE.slice(5) ? 1 : 0);
      if (exactAge < AGE_MIN || exactAge > AGE_MAX) continue;
      const birthIdx = by * 12 + bm - 1;
      // appointment month window
      let aLo = birthIdx + eduMin * 12 + 1;
      let aHi: number;
      if (status === 'pns') {
        aHi = Math.min(birthIdx + 35 * 12, 2024 * 12 + 11, REF_MONTH - p.minService * 12);
      } else if (status === 'cpns') {
        aLo = Math.max(aLo, 2025 * 12);
        aHi = Math.min(2026 * 12 + 5, birthIdx + 35 * 12 + 11);
      } else {
        aLo = Math.max(aLo, 2021 * 12);
        aHi = 2025 * 12 + 11;
      }
      if (aLo > aHi) continue;
      const apptIdx = rng.int(aLo, aHi);
      const ay = Math.floor(apptIdx / 12);
      const am = (apptIdx % 12) + 1;
      const female = rng.chance(p.female);
      const prefix = `${birthDate.replace(/-/g, '')}${ay}${pad2(am)}${female ? 2 : 1}`;
      const seq = (nipSeq.get(prefix) ?? 0) + 1;
      if (seq > 999) continue;
      nipSeq.set(prefix, seq);
      const nip = prefix + String(seq).padStart(3, '0');
      // rank
      let rank: string;
      if (status === 'pppk') rank = PPPK_ROMAN[p.level ? LEVEL_PPPK[p.level] : EDU_PPPK_RANK[eduInfo.level]];
      else {
        const entryRank = EDU_ENTRY_RANK[eduInfo.level] + (education.startsWith('S1 Kedokteran') ? 1 : 0);
        if (status === 'cpns') rank = GOLONGAN[entryRank];
        else {
          const service = Math.floor((REF_MONTH - apptIdx) / 12);
          const natural = entryRank + Math.floor(service / 4);
          const [rLo, rHi] = p.ranks;
          const cap = p.kind === 'pelaksana' ? EDU_RANK_CAP[eduInfo.level] : rHi;
          rank = GOLONGAN[Math.min(rHi, cap, Math.max(Math.min(rLo, cap), natural))];
        }
      }
      const name = titled(rng, personName(rng, female, by), education);
      const id = employeeId();
      const appointed = `${ay}-${pad2(am)}-01`;
      const line = copyLine([id, nip, name, female ? 'P' : 'L', birthDate, status, rank, p.id, u.id, appointed, education, true, ret.retirementDate]);
      employeeCount++;
      return { id, name, line, appointed };
    }
  };

  /** Employees are generated while COPY streams them, so the database works while JS generates. */
  function* employeeChunks(): Generator<string> {
    let buf = '';
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const q = quota[i];
      if (!q) continue;
      const up = unitPositions.get(u.id)!;
      for (let k = 0; k < q; k++) {
        const isSlot = k < up.slots.length;
        const p = isSlot ? up.slots[k] : up.staff ? up.staff.pick(rng) : up.slots[k % up.slots.length];
        const e = makeEmployee(u, p, isSlot && p.fill === 'head');
        holders.set(p.id, (holders.get(p.id) ?? 0) + 1);
        competencyEmployees.push({ id: e.id, positionId: p.id, appointed: e.appointed, name: e.name });
        buf += e.line;
        if (buf.length > 1 << 18) {
          yield buf;
          buf = '';
        }
        if (u === dinkes && k === 0) dinkesHead = e;
        if (u === firstPkm && isSlot && p.isHead) pkmHead ??= e;
        // the employee login: the first health worker (functional, WISN-planned) of the first puskesmas
        if (u === firstPkm && (k === q - 1 || (!pkmEmployee && p.fill === 'staff' && p.method === 'wisn'))) pkmEmployee ??= e;
      }
    }
    if (buf) yield buf;
  }

  // ── service drivers (own random stream, independent of the employee count)
  const drvRng = rng.fork(4);
  // The needs data draws from its own stream too, forked before any employee is generated, so it never shifts them.
  const needsRng = rng.fork(6);
  // And so does the competency data (standards, assessments).
  const competencyRng = rng.fork(7);
  // And the training data (catalogue, sessions, enrolments, the JP ledger).
  const trainingRng = rng.fork(8);
  // And the recruitment data (formation plan, rounds, applicants).
  const recruitmentRng = rng.fork(9);
  // And the performance data (plans, targets, reports, appraisal, IKM).
  const performanceRng = rng.fork(10);
  const drvRows: Cell[][] = [];
  const driver = (u: Unit, key: string, year: number, value: number, growth: number, source: string) =>
    drvRows.push([driverId(), u.id, key, year, value.toFixed(2), growth.toFixed(5), source]);
  const POP_SOURCE = 'BPS Kota Semarang (2023), Tabel 3.2 of "Laporan Akhir Analisis Demografi untuk Penyusunan RPJPD Kota Semarang 2025-2045"';
  const cagr = (a: number | undefined, b: number | undefined, years: number) => (a && b ? Math.pow(b / a, 1 / years) - 1 : 0);
  for (const u of units) {
    if (u.kind === 'kecamatan' && u.regionCode) {
      const m = pop.get(u.regionCode);
      if (!m) continue;
      const g = cagr(m.get(2020), m.get(2022), 2);
      for (const [year, value] of [...m].sort((a, b) => a[0] - b[0])) driver(u, 'population', year, value, g, POP_SOURCE);
    } else if (u.kind === 'puskesmas') {
      const m = pkmPop.get(u.id);
      if (m) {
        const k = u.regionCode ? pop.get(u.regionCode) : undefined;
        const g = cagr(k?.get(2020), k?.get(2022), 2); // the kecamatan's growth, so the split stays proportional
        for (const [year, value] of [...m].sort((a, b) => a[0] - b[0]))
          driver(u, 'population', year, value, g, `Derived (demo): kecamatan population from ${POP_SOURCE}, split over the puskesmas of the kecamatan`);
      }
      const served = m?.get(2022) ?? 40000;
      const g = drvRng.real(0.01, 0.06);
      const v2025 = Math.round(served * drvRng.real(0.8, 1.3));
      const src = 'Demo estimate (synthetic): yearly puskesmas visits, not an official figure';
      driver(u, 'visits', 2023, Math.round(v2025 / (1 + g) / (1 + g)), g, src);
      driver(u, 'visits', 2024, Math.round(v2025 / (1 + g)), g, src);
      driver(u, 'visits', 2025, v2025, g, src);
    } else if (u.kind === 'rsud') {
      const g = drvRng.real(0.02, 0.05);
      const v2025 = Math.round(drvRng.real(260_000, 320_000));
      const src = 'Demo estimate (synthetic): yearly hospital outpatient visits, not an official figure';
      for (const [year, div] of [
        [2023, (1 + g) ** 2],
        [2024, 1 + g],
        [2025, 1],
      ] as const)
        driver(u, 'visits', year, Math.round(v2025 / div), g, src);
    } else if (u.kind === 'sekolah') {
      const f = schoolFacts.get(u.id)!;
      const src = 'Demo estimate (synthetic); the number of public schools per kelurahan is from BPS Kota Semarang Dalam Angka 2023';
      for (const [year, div] of [
        [2023, (1 + f.growth) ** 2],
        [2024, 1 + f.growth],
        [2025, 1],
      ] as const) {
        driver(u, 'pupils', year, Math.round(f.pupils2025 / div), f.growth, src);
        driver(u, 'classes', year, f.classes, 0, src);
      }
    }
  }
  log(`service drivers: ${drvRows.length}`);

  const unitRows: Cell[][] = units.map((u) => [u.id, u.code, u.name, u.kind, u.sector, u.parentId, u.regionCode, u.path, u.depth]);
  const posRows: Cell[][] = positions.map((p) => [p.id, p.unitId, p.title, p.kind, p.level, p.cls, p.edu, null, p.method, p.teacher, p.isHead]);
  const displayNames: Record<string, string> = {
    admin: 'Administrator Sistem',
    'planner.bkpp': 'Perencana SDM BKPP',
    'verifikator.bkpp': 'Verifikator Perencanaan BKPP',
    'operator.dinkes': 'Operator Kepegawaian Dinas Kesehatan',
    'operator.disdik': 'Operator Kepegawaian Dinas Pendidikan',
    'panel.seleksi': 'Panitia Seleksi ASN',
    'panel.dinkes': 'Panitia Seleksi Dinas Kesehatan',
    'panel.bkpp': 'Panitia Seleksi BKPP',
  };
  let userCount: number;
  let needs: ReturnType<typeof buildNeedsSeed>;
  let competency: CompetencySeedResult;
  let training: TrainingSeedResult;
  let recruitment: RecruitmentSeedResult;
  let performance: PerformanceSeedResult;

  // ── write, in one transaction
  const qr = ds.createQueryRunner();
  await qr.connect();
  const client = (qr as unknown as { databaseConnection: PgClient }).databaseConnection;
  try {
    await qr.startTransaction();
    const existing: { n: string }[] = await qr.query('SELECT count(*) AS n FROM (SELECT 1 FROM org_units LIMIT 1) x');
    if (Number(existing[0]?.n) > 0) throw new Error('seedDemo: the database already has org units; seed an empty database');
    await qr.query('SET LOCAL synchronous_commit TO OFF');
    await copyRows(client, 'org_units', ['id', 'code', 'name', 'kind', 'sector', 'parent_id', 'region_code', 'path', 'depth'], unitRows);
    await copyRows(
      client,
      'positions',
      ['id', 'unit_id', 'title', 'kind', 'functional_level', 'job_class', 'education_required', 'retirement_age_override', 'needs_method', 'is_teacher', 'is_head'],
      posRows,
    );
    await copyRows(client, 'service_drivers', ['id', 'unit_id', 'key', 'year', 'value', 'growth_rate', 'source'], drvRows);
    log('units, positions and service drivers written');
    const loadEmployees = () =>
      copyChunks(
        client,
        'employees',
        ['id', 'nip', 'name', 'gender', 'birth_date', 'status', 'rank', 'position_id', 'unit_id', 'appointment_date', 'education', 'active', 'retirement_date'],
        employeeChunks(),
      );
    if (N >= BULK_THRESHOLD) await withoutSecondaryIndexes(qr, 'employees', loadEmployees);
    else await loadEmployees();
    log(`employees written: ${employeeCount}`);

    // ── needs planning data (after the employees: the workloads and WISN studies are sized from the holders)
    const visits2025 = new Map<string, number>();
    for (const r of drvRows) if (r[2] === 'visits' && r[3] === 2025) visits2025.set(r[1] as string, Number(r[4]));
    needs = buildNeedsSeed({ seed, rng: needsRng, units, positions, holders, visits2025 });
    await copyRows(client, 'workload_tasks', NEEDS_SEED_COLUMNS.workloadTasks, needs.workloadTasks);
    await copyRows(client, 'ratio_norms', NEEDS_SEED_COLUMNS.ratioNorms, needs.ratioNorms);
    await copyRows(client, 'wisn_studies', NEEDS_SEED_COLUMNS.wisnStudies, needs.wisnStudies);
    log(`needs data written: ${needs.workloadTasks.length} workload tasks, ${needs.ratioNorms.length} ratio norms, ${needs.wisnStudies.length} WISN studies`);

    // ── competency data (after the employees: they are assessed against their position's standard)
    competency = await seedCompetencies(
      { seed, rng: competencyRng, units, positions, employees: competencyEmployees, referenceDate: DEMO_REFERENCE_DATE },
      {
        query: (sql, params) => qr.query(sql, params),
        copyChunks: (table, columns, chunks) => copyChunks(client, table, columns, chunks),
        bulk: (table, rows, load) => (rows >= BULK_ROWS ? withoutSecondaryIndexes(qr, table, load) : load()),
      },
    );
    log(
      `competency data written: ${competency.competencies} dictionary entries added, ${competency.standards} standards, ` +
        `${competency.assessments} assessments, ${competency.assessmentItems} assessment items`,
    );

    // ── training data (after the competency dictionary: the programs raise its competencies)
    training = await seedTraining(
      { seed, rng: trainingRng, units, positions, employees: competencyEmployees, referenceDate: DEMO_REFERENCE_DATE },
      {
        query: (sql, params) => qr.query(sql, params),
        copyChunks: (table, columns, chunks) => copyChunks(client, table, columns, chunks),
        bulk: (table, rows, load) => (rows >= BULK_ROWS ? withoutSecondaryIndexes(qr, table, load) : load()),
      },
    );
    const performanceEmployees = competencyEmployees.slice(); // kept for the performance data (after the users)
    competencyEmployees.length = 0;
    log(
      `training data written: ${training.programs} programs, ${training.sessions} sessions, ${training.enrolments} enrolments, ` +
        `${training.attendance} attendance days, ${training.activities} JP ledger lines`,
    );

    // ── users (after the employees: two logins are linked to employees)
    const head = dinkesHead as { id: string; name: string } | null;
    const worker = pkmEmployee as { id: string; name: string } | null;
    const pkmLeader = pkmHead as { id: string; name: string } | null;
    if (!head || !worker || !pkmLeader) throw new Error('seedDemo: could not place the demo login employees');
    const passwordHash = await hashPromise; // hashed once, shared by every demo login
    const userRows: Cell[][] = DEMO_LOGINS.map((l) => {
      const unitCode = l.username === 'pegawai.dinkes' || l.username === 'kepala.poncol' ? firstPkm.code : l.unitCode;
      const unit = unitCode ? byCode.get(unitCode) : null;
      if (unitCode && !unit) throw new Error(`seedDemo: login ${l.username} refers to unknown unit ${unitCode}`);
      const emp = l.username === 'kepala.dinkes' ? head : l.username === 'pegawai.dinkes' ? worker : l.username === 'kepala.poncol' ? pkmLeader : null;
      return [userId(), l.username, passwordHash, emp?.name ?? displayNames[l.username] ?? l.username, l.role, unit?.id ?? null, emp?.id ?? null, true];
    });
    await copyRows(client, 'users', ['id', 'username', 'password_hash', 'display_name', 'role', 'unit_id', 'employee_id', 'active'], userRows);
    userCount = userRows.length;

    // ── recruitment data (after the users: the plan's approvers and the interview panelists are users)
    recruitment = await seedRecruitment(
      { seed, rng: recruitmentRng, units, today: isoToday(), personName },
      { query: (sql, params) => qr.query(sql, params), copyChunks: (table, columns, chunks) => copyChunks(client, table, columns, chunks) },
    );
    log(
      `recruitment data written: ${recruitment.planLines} plan lines (${recruitment.formations} formations), ${recruitment.vacancies} vacancies, ` +
        `${recruitment.applications} applications, ${recruitment.documents} documents, ${recruitment.appeals} appeals, ${recruitment.interviews} interviews`,
    );

    // ── performance data (after the users: kepala.poncol leads pegawai.dinkes; plans for every employee)
    performance = await seedPerformance(
      { seed, rng: performanceRng, units, positions, employees: performanceEmployees, today: isoToday(), now: new Date(t0), worker, workerLeader: pkmLeader, log },
      {
        query: (sql, params) => qr.query(sql, params),
        copyChunks: (table, columns, chunks) => copyChunks(client, table, columns, chunks),
        bulk: (table, rows, load) => (rows >= BULK_ROWS ? withoutSecondaryIndexes(qr, table, load) : load()),
        bulkRows: BULK_ROWS,
      },
    );
    performanceEmployees.length = 0;
    log(
      `performance data written: ${performance.plans} plans, ${performance.targets} targets (${performance.atRiskTargets} at risk), ${performance.reports} reports, ` +
        `${performance.coaching} coaching dialogues, ${performance.evaluations} evaluations, ${performance.unitRatings} unit ratings, ` +
        `${performance.ikmServices} IKM services, ${performance.ikmResponses} IKM responses`,
    );
    await qr.commitTransaction();
    log('committed');
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await qr.release();
  }
  // Fresh statistics so the first queries plan well (outside the transaction; cheap).
  await ds
    .query(
      'ANALYZE org_units, positions, employees, service_drivers, users, workload_tasks, ratio_norms, wisn_studies, competencies, competency_standards, competency_assessments, competency_assessment_items, ' +
        'training_programs, training_sessions, training_enrolments, training_attendance, development_activities, ' +
        'formation_plans, formation_plan_lines, recruitment_rounds, recruitment_vacancies, recruitment_applicants, recruitment_applications, recruitment_documents, recruitment_interviews, ' +
        'performance_periods, performance_plans, performance_targets, performance_reports, performance_coaching, performance_evaluations, performance_unit_ratings, ikm_services, ikm_responses',
    )
    .catch(() => undefined);
  log('analyzed');

  return {
    units: units.length,
    positions: positions.length,
    employees: employeeCount,
    drivers: drvRows.length,
    users: userCount,
    workloadTasks: needs.workloadTasks.length,
    ratioNorms: needs.ratioNorms.length,
    wisnStudies: needs.wisnStudies.length,
    competencies: competency.competencies,
    competencyStandards: competency.standards,
    competencyAssessments: competency.assessments,
    competencyAssessmentItems: competency.assessmentItems,
    trainingPrograms: training.programs,
    trainingSessions: training.sessions,
    trainingEnrolments: training.enrolments,
    trainingAttendance: training.attendance,
    developmentActivities: training.activities,
    recruitment,
    performance,
    ms: Date.now() - t0,
  };
}
