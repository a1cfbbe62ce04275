/**
 * Training data of the Semarang demo (domain.md §7, PP 11/2017 art. 203):
 * - a catalogue of 25 programs: technical ones for the demo's main job families, managerial, socio-cultural and soft
 *   skills, each with its JP, mode, cost per participant, provider and the competencies it raises (by dictionary code);
 * - 40 sessions: 28 completed in 2026 (February – mid November) and 12 open for enrolment at the demo's reference date,
 *   running December 2026 – February 2027; capacity 20–40, attendance threshold 0.8;
 * - enrolments: for the completed sessions, completed (certificate code, post-test score where the program has one) or
 *   not completed (attendance below the threshold), with a row of attendance per day; for the open ones enrolled,
 *   requested (waiting for the leader) and, when full, waitlisted;
 * - the 2026 JP ledger (`development_activities`): every active employee has 0–30 JP, from a completed session (kind
 *   training, approved, linked to the enrolment) and non-classroom learning (coaching, e-learning, webinars, seminars;
 *   most approved, some pending), so that on the reference date about 40 % have met the 20 JP, 35 % are on pace
 *   (projected ≥ 20 JP at year end) and 25 % are behind.
 *
 * Like the competency seed it draws from its own PRNG stream (forked before the employees were generated) and its own id
 * factories (tags 11–14), so the rest of the demo does not move; the same seed and employee count give the same rows.
 * Rows are streamed with COPY; the ledger (three to four lines per employee) is built as COPY text directly and loaded in id order.
 */
import { familyOf } from '../../modules/needs/calc/family.js';
import { CERTIFICATE_ALPHABET } from '../../modules/competency/calc/training.js';
import { chunkLines, copyLine } from './copy-text.js';
import { Prng, uuidFactory } from './prng.js';

export interface TrainingSeedPosition {
  id: string;
  title: string;
  kind: string;
}
export interface TrainingSeedUnit {
  id: string;
  code: string;
}
export interface TrainingSeedEmployee {
  id: string;
  positionId: string;
  name: string;
  /** Appointment date (yyyy-mm-dd): no ledger line before it. */
  appointed: string;
}
export interface TrainingSeedInput {
  seed: number;
  /** A stream forked for the training data before the employees were generated. */
  rng: Prng;
  units: readonly TrainingSeedUnit[];
  positions: readonly TrainingSeedPosition[];
  /** Active employees, in generation order. */
  employees: readonly TrainingSeedEmployee[];
  /** The demo's "today" (yyyy-mm-dd): completed sessions and ledger lines are before it, open sessions after. */
  referenceDate: string;
}
/** How the seed writes (the demo seed's query runner and COPY helpers, inside its transaction). */
export interface TrainingSeedIo {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  copyChunks(table: string, columns: string[], chunks: Iterable<string>): Promise<void>;
  bulk(table: string, rows: number, load: () => Promise<void>): Promise<void>;
}
export interface TrainingSeedResult {
  programs: number;
  sessions: number;
  enrolments: number;
  attendance: number;
  activities: number;
}

// ───────────────────────────── catalogue ─────────────────────────────

type ProgramType = 'technical' | 'managerial' | 'socio_cultural' | 'soft_skill';
type Mode = 'classroom' | 'online' | 'blended' | 'e_learning' | 'coaching' | 'webinar';
interface ProgramSpec {
  code: string;
  title: string;
  type: ProgramType;
  mode: Mode;
  jp: number;
  cost: number;
  provider: string;
  description: string;
  /** [competency code, levels] */
  raises: readonly (readonly [string, number])[];
  /** Who attends: position families (technical), 'structural' (pengawas, administrator, JPT) or 'all'. */
  audience: readonly string[] | 'structural' | 'all';
  /** Organising unit code (null: BKPP city-wide). */
  organiser: string | null;
  postTest: boolean;
}

const BKPP = 'BKPP Kota Semarang';
const BPSDM = 'BPSDM Provinsi Jawa Tengah';
const LAN = 'Lembaga Administrasi Negara (LAN RI)';
const DINKES_P = 'Dinas Kesehatan Kota Semarang';
const DISDIK_P = 'Dinas Pendidikan Kota Semarang';

const PROGRAMS: readonly ProgramSpec[] = [
  // technical, per main job family
  {
    code: 'TR-T-PRW-AKK',
    title: 'Pelatihan Asuhan Keperawatan Kritis',
    type: 'technical',
    mode: 'classroom',
    jp: 30,
    cost: 2_750_000,
    provider: DINKES_P,
    description: 'Pengkajian dan asuhan keperawatan pasien kritis serta sasaran keselamatan pasien.',
    raises: [
      ['T-PRW-AK', 1],
      ['T-PRW-KP', 1],
    ],
    audience: ['Perawat'],
    organiser: 'DINKES',
    postTest: true,
  },
  {
    code: 'TR-T-BDN-APN',
    title: 'Pelatihan Asuhan Persalinan Normal (APN)',
    type: 'technical',
    mode: 'classroom',
    jp: 40,
    cost: 3_500_000,
    provider: DINKES_P,
    description: 'Asuhan persalinan normal, deteksi dini komplikasi, dan rujukan maternal-neonatal.',
    raises: [
      ['T-BDN-AKB', 1],
      ['T-BDN-KIA', 1],
    ],
    audience: ['Bidan'],
    organiser: 'DINKES',
    postTest: true,
  },
  {
    code: 'TR-T-DOK-PPGD',
    title: 'Penanggulangan Penderita Gawat Darurat (PPGD)',
    type: 'technical',
    mode: 'blended',
    jp: 30,
    cost: 3_200_000,
    provider: DINKES_P,
    description: 'Pengenalan dan stabilisasi kondisi gawat darurat, bantuan hidup dasar, dan rujukan.',
    raises: [
      ['T-DOK-GD', 1],
      ['T-DOK-PMD', 1],
    ],
    audience: ['Dokter', 'Dokter Gigi'],
    organiser: 'DINKES',
    postTest: true,
  },
  {
    code: 'TR-T-FAR-OBT',
    title: 'Manajemen Pengelolaan Obat di Puskesmas',
    type: 'technical',
    mode: 'classroom',
    jp: 16,
    cost: 1_200_000,
    provider: DINKES_P,
    description: 'Perencanaan, pengadaan, penyimpanan, dan pencatatan sediaan farmasi di fasilitas kesehatan primer.',
    raises: [
      ['T-APT-PK', 1],
      ['T-AA-PSF', 1],
    ],
    audience: ['Apoteker', 'Asisten Apoteker'],
    organiser: 'DINKES',
    postTest: true,
  },
  {
    code: 'TR-T-GK-DIF',
    title: 'Pembelajaran Berdiferensiasi pada Kurikulum Merdeka',
    type: 'technical',
    mode: 'blended',
    jp: 24,
    cost: 750_000,
    provider: DISDIK_P,
    description: 'Merancang pembelajaran berdiferensiasi dan asesmen diagnostik di sekolah dasar.',
    raises: [
      ['T-GK-PED', 1],
      ['T-GK-ASM', 1],
    ],
    audience: ['Guru Kelas'],
    organiser: 'DISDIK',
    postTest: true,
  },
  {
    code: 'TR-T-GMP-ASM',
    title: 'Asesmen Formatif dan Sumatif bagi Guru Mata Pelajaran',
    type: 'technical',
    mode: 'blended',
    jp: 20,
    cost: 650_000,
    provider: DISDIK_P,
    description: 'Menyusun instrumen asesmen, mengolah hasilnya, dan menindaklanjutinya dalam pembelajaran.',
    raises: [
      ['T-GMP-ASM', 1],
      ['T-GMP-PED', 1],
    ],
    audience: ['Guru Mata Pelajaran', 'Guru Bimbingan dan Konseling'],
    organiser: 'DISDIK',
    postTest: true,
  },
  {
    code: 'TR-T-KS-SUP',
    title: 'Supervisi Akademik bagi Kepala Sekolah',
    type: 'technical',
    mode: 'classroom',
    jp: 16,
    cost: 900_000,
    provider: DISDIK_P,
    description: 'Perencanaan, pelaksanaan, dan tindak lanjut supervisi pembelajaran guru.',
    raises: [
      ['T-KS-SA', 1],
      ['T-KS-MS', 1],
    ],
    audience: ['Kepala Sekolah'],
    organiser: 'DISDIK',
    postTest: true,
  },
  {
    code: 'TR-T-KEU-SIPD',
    title: 'Penatausahaan Keuangan Daerah pada SIPD',
    type: 'technical',
    mode: 'classroom',
    jp: 24,
    cost: 1_500_000,
    provider: BPSDM,
    description: 'Penatausahaan, pembukuan, dan pertanggungjawaban keuangan daerah dengan SIPD RI.',
    raises: [['T-KEU-PKD', 1]],
    audience: ['Pengelola Keuangan'],
    organiser: null,
    postTest: true,
  },
  {
    code: 'TR-T-ARS-SRK',
    title: 'Tata Naskah Dinas dan Kearsipan Elektronik (SRIKANDI)',
    type: 'technical',
    mode: 'blended',
    jp: 16,
    cost: 500_000,
    provider: BKPP,
    description: 'Tata naskah dinas elektronik dan pengelolaan arsip dinamis dengan aplikasi SRIKANDI.',
    raises: [
      ['T-ADM-TND', 1],
      ['T-ADM-ARS', 1],
      ['T-ARS-PAD', 1],
    ],
    audience: ['Pengadministrasi Umum', 'Arsiparis'],
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-T-PK-KAM',
    title: 'Keamanan Informasi dan Tata Kelola SPBE',
    type: 'technical',
    mode: 'online',
    jp: 24,
    cost: 1_800_000,
    provider: BPSDM,
    description: 'Pengamanan informasi, pengendalian akses, penanganan insiden, dan tata kelola SPBE.',
    raises: [
      ['T-PK-KI', 1],
      ['T-PK-SI', 1],
    ],
    audience: ['Pranata Komputer'],
    organiser: null,
    postTest: true,
  },
  {
    code: 'TR-T-PPP-PPD',
    title: 'Teknis Penegakan Peraturan Daerah bagi Polisi Pamong Praja',
    type: 'technical',
    mode: 'classroom',
    jp: 30,
    cost: 2_100_000,
    provider: BPSDM,
    description: 'Pengawasan, penertiban non-yustisial, dan penyelenggaraan ketertiban umum yang humanis.',
    raises: [
      ['T-PPP-PPD', 1],
      ['T-PPP-TTU', 1],
    ],
    audience: ['Polisi Pamong Praja'],
    organiser: 'SATPOLPP',
    postTest: false,
  },
  {
    code: 'TR-T-AUD-KIN',
    title: 'Audit Kinerja dan Manajemen Risiko',
    type: 'technical',
    mode: 'classroom',
    jp: 30,
    cost: 3_000_000,
    provider: 'BPKP Perwakilan Provinsi Jawa Tengah',
    description: 'Perencanaan dan pelaporan audit kinerja; penilaian manajemen risiko dan SPIP.',
    raises: [
      ['T-AUD-AI', 1],
      ['T-AUD-MR', 1],
    ],
    audience: ['Auditor'],
    organiser: null,
    postTest: true,
  },
  {
    code: 'TR-T-PRC-PBK',
    title: 'Perencanaan dan Penganggaran Berbasis Kinerja',
    type: 'technical',
    mode: 'classroom',
    jp: 24,
    cost: 1_600_000,
    provider: BPSDM,
    description: 'Menyusun dokumen perencanaan pembangunan daerah dan menyelaraskannya dengan anggaran.',
    raises: [
      ['T-PRC-PPD', 1],
      ['T-AK-AKP', 1],
    ],
    audience: ['Perencana', 'Analis Kebijakan'],
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-T-SDM-TAL',
    title: 'Manajemen Talenta ASN',
    type: 'technical',
    mode: 'online',
    jp: 16,
    cost: 850_000,
    provider: BKPP,
    description: 'Pemetaan talenta, rencana suksesi, dan pengembangan kompetensi dalam manajemen ASN.',
    raises: [['T-SDM-MA', 1]],
    audience: ['Analis SDM Aparatur'],
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-T-DAT-VIS',
    title: 'Analisis dan Visualisasi Data untuk Pimpinan',
    type: 'technical',
    mode: 'online',
    jp: 12,
    cost: 400_000,
    provider: BKPP,
    description: 'Mengolah, memverifikasi, dan menyajikan data dalam dasbor untuk pengambilan keputusan.',
    raises: [['T-DAT-PD', 1]],
    audience: ['Pengelola Data'],
    organiser: null,
    postTest: false,
  },
  // managerial
  {
    code: 'TR-M-KEP',
    title: 'Kepemimpinan Transformasional bagi Pejabat Pengawas',
    type: 'managerial',
    mode: 'classroom',
    jp: 30,
    cost: 3_400_000,
    provider: LAN,
    description: 'Memimpin perubahan, mengelola kinerja tim, dan mengambil keputusan di unit kerja.',
    raises: [
      ['M-PP', 1],
      ['M-MP', 1],
      ['M-PK', 1],
    ],
    audience: 'structural',
    organiser: null,
    postTest: true,
  },
  {
    code: 'TR-M-INO',
    title: 'Manajemen Perubahan dan Inovasi Pelayanan Publik',
    type: 'managerial',
    mode: 'blended',
    jp: 24,
    cost: 1_750_000,
    provider: BPSDM,
    description: 'Merancang dan mengelola proyek perubahan serta inovasi pelayanan publik.',
    raises: [
      ['M-MP', 1],
      ['M-OH', 1],
    ],
    audience: 'structural',
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-M-INT',
    title: 'Penguatan Integritas dan Budaya Antikorupsi',
    type: 'managerial',
    mode: 'online',
    jp: 8,
    cost: 0,
    provider: 'Inspektorat Kota Semarang',
    description: 'Nilai integritas, pengendalian gratifikasi, dan benturan kepentingan dalam pelayanan.',
    raises: [['M-INT', 1]],
    audience: 'all',
    organiser: 'INSPEKTORAT',
    postTest: false,
  },
  {
    code: 'TR-M-KS',
    title: 'Kerja Sama dan Kolaborasi Lintas Perangkat Daerah',
    type: 'managerial',
    mode: 'classroom',
    jp: 12,
    cost: 600_000,
    provider: BKPP,
    description: 'Membangun jejaring kerja dan kolaborasi program lintas perangkat daerah.',
    raises: [['M-KS', 1]],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-M-PK',
    title: 'Pengambilan Keputusan Berbasis Data',
    type: 'managerial',
    mode: 'blended',
    jp: 16,
    cost: 950_000,
    provider: LAN,
    description: 'Menganalisis masalah, menimbang alternatif, dan memutuskan berdasarkan data dan risiko.',
    raises: [
      ['M-PK', 1],
      ['M-PDO', 1],
    ],
    audience: 'structural',
    organiser: null,
    postTest: false,
  },
  // socio-cultural
  {
    code: 'TR-S-PB',
    title: 'Wawasan Kebangsaan dan Moderasi Beragama',
    type: 'socio_cultural',
    mode: 'webinar',
    jp: 4,
    cost: 0,
    provider: BKPP,
    description: 'Wawasan kebangsaan, toleransi, dan perekat bangsa dalam pelayanan masyarakat yang majemuk.',
    raises: [['SK-PB', 1]],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
  // soft skills
  {
    code: 'TR-SS-KE',
    title: 'Komunikasi Efektif',
    type: 'soft_skill',
    mode: 'classroom',
    jp: 8,
    cost: 450_000,
    provider: BKPP,
    description: 'Komunikasi lisan dan tertulis yang jelas, empatik, dan persuasif dengan rekan kerja dan masyarakat.',
    raises: [
      ['SS-KE', 1],
      ['M-KOM', 1],
    ],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-SS-MW',
    title: 'Manajemen Waktu',
    type: 'soft_skill',
    mode: 'e_learning',
    jp: 4,
    cost: 0,
    provider: LAN,
    description: 'Menetapkan prioritas, merencanakan pekerjaan, dan mengendalikan gangguan.',
    raises: [['SS-MW', 1]],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-SS-PL',
    title: 'Pelayanan Prima',
    type: 'soft_skill',
    mode: 'classroom',
    jp: 12,
    cost: 600_000,
    provider: BKPP,
    description: 'Standar pelayanan, penanganan pengaduan, dan budaya melayani di unit pelayanan publik.',
    raises: [['SS-PL', 1]],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
  {
    code: 'TR-SS-DG',
    title: 'Literasi Digital',
    type: 'soft_skill',
    mode: 'e_learning',
    jp: 6,
    cost: 0,
    provider: LAN,
    description: 'Kecakapan, etika, keamanan, dan budaya digital bagi ASN.',
    raises: [['SS-DG', 1]],
    audience: 'all',
    organiser: null,
    postTest: false,
  },
];

/** Programs only in the open schedule: 40 JP is more than the demo's 2026 ledger allows anyone (≤ 30 JP). */
const OPEN_ONLY = new Set(['TR-T-BDN-APN']);

const VENUES = [
  'Gedung Diklat BKPP Kota Semarang',
  'Ruang Lokakrida, Balai Kota Semarang',
  'Aula BPSDM Provinsi Jawa Tengah',
  'Aula Dinas Kesehatan Kota Semarang',
  'Aula Dinas Pendidikan Kota Semarang',
  'Ruang Rapat Moch. Ichsan, Balai Kota Semarang',
];
const TRAINERS = [
  'Widyaiswara BPSDM Provinsi Jawa Tengah',
  'Tim Fasilitator BKPP Kota Semarang',
  'Tim Fasilitator LAN RI',
  'Narasumber Dinas Kesehatan Kota Semarang',
  'Fasilitator Guru Penggerak Dinas Pendidikan',
  'Auditor Ahli BPKP Perwakilan Jawa Tengah',
];
const DECIDER = 'Perencana SDM BKPP';

// ───────────────────────────── ledger ─────────────────────────────

type Kind = 'coaching' | 'e_learning' | 'webinar' | 'seminar';
const LEARNING: Record<Kind, { titles: readonly string[]; evidence: string; min: number; max: number }> = {
  coaching: {
    titles: ['Coaching kinerja oleh atasan langsung', 'Mentoring penyusunan SKP dan rencana kerja', 'Coaching clinic aplikasi SIPD', 'Mentoring pelayanan publik di unit kerja'],
    evidence: 'Catatan coaching/mentoring ditandatangani atasan langsung',
    min: 2,
    max: 6,
  },
  e_learning: {
    titles: [
      'E-learning ASN Unggul: Literasi Digital',
      'E-learning ASN Unggul: Core Values BerAKHLAK',
      'E-learning LAN: Kebijakan Publik',
      'MOOC Pelayanan Publik (LAN RI)',
      'E-learning Keamanan Informasi (BSSN)',
      'E-learning Penulisan Naskah Dinas',
    ],
    evidence: 'Sertifikat penyelesaian kursus daring (LMS ASN Unggul)',
    min: 4,
    max: 12,
  },
  webinar: {
    titles: [
      'Webinar Implementasi SPBE di Pemerintah Daerah',
      'Webinar Manajemen ASN Pasca UU No. 20 Tahun 2023',
      'Webinar Kesehatan Mental di Tempat Kerja',
      'Webinar Inovasi Pelayanan Publik',
      'Webinar Kesiapsiagaan Bencana Kota Semarang',
    ],
    evidence: 'E-sertifikat webinar',
    min: 2,
    max: 4,
  },
  seminar: {
    titles: ['Seminar Nasional Reformasi Birokrasi', 'Seminar Semarang Smart City', 'Seminar Tata Kelola Pemerintahan Daerah', 'Seminar Pembangunan Kota Berkelanjutan'],
    evidence: 'Sertifikat peserta seminar',
    min: 4,
    max: 10,
  },
};
const KINDS: readonly Kind[] = ['e_learning', 'webinar', 'coaching', 'seminar'];
const KIND_CUM = [0.45, 0.65, 0.8, 1];

// ───────────────────────────── helpers ─────────────────────────────

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
function isoOfDay(d: number): string {
  let s = isoCache.get(d);
  if (s === undefined) isoCache.set(d, (s = new Date(d * DAY_MS).toISOString().slice(0, 10)));
  return s;
}
/** Monday–Friday on or after the day. */
function weekdayFrom(d: number): number {
  for (;;) {
    const w = new Date(d * DAY_MS).getUTCDay();
    if (w !== 0 && w !== 6) return d;
    d++;
  }
}
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Indexes of `keys` (32-bit) in ascending order, stable; null beyond 2^21 items (then sort the lines themselves). */
function sortedOrder(keys: readonly number[]): Uint32Array | null {
  const n = keys.length;
  if (n >= 1 << 21) return null;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = keys[i] * (1 << 21) + i;
  packed.sort();
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = packed[i] % (1 << 21);
  return out;
}

interface Session {
  id: string;
  program: ProgramSpec;
  programId: string;
  start: number;
  end: number;
  capacity: number;
  /** First day of enrolment (the last is two days before the start). */
  opens: number;
  completed: boolean;
}

// ───────────────────────────── seed ─────────────────────────────

export async function seedTraining(input: TrainingSeedInput, io: TrainingSeedIo): Promise<TrainingSeedResult> {
  const programId = uuidFactory(input.seed, 11);
  const sessionId = uuidFactory(input.seed, 12);
  const enrolmentId = uuidFactory(input.seed, 13);
  const activityId = uuidFactory(input.seed, 14);
  const schedRng = input.rng.fork(1);
  const enrRng = input.rng.fork(2);
  const ledgerRng = input.rng.fork(3);
  const refDay = dayOf(input.referenceDate);
  const year = Number(input.referenceDate.slice(0, 4));

  // ── programs
  const codes = [...new Set(PROGRAMS.flatMap((p) => p.raises.map(([c]) => c)))];
  const rows = (await io.query(`SELECT id, code FROM competencies WHERE active AND code = ANY($1::text[])`, [codes])) as { id: string; code: string }[];
  const competencyId = new Map(rows.map((r) => [r.code, r.id]));
  const unitId = new Map(input.units.map((u) => [u.code, u.id]));
  const programIds = new Map<string, string>();
  const programLines = PROGRAMS.map((p) => {
    const id = programId();
    programIds.set(p.code, id);
    const raises = p.raises.filter(([c]) => competencyId.has(c)).map(([c, levels]) => ({ competencyId: competencyId.get(c)!, levels }));
    return copyLine([id, p.code, p.title, p.type, p.mode, p.jp.toFixed(1), p.cost.toFixed(2), p.provider, p.description, JSON.stringify(raises), '{}', 't']);
  });
  await io.copyChunks(
    'training_programs',
    ['id', 'code', 'title', 'type', 'mode', 'jp', 'cost_per_participant', 'provider', 'description', 'raises', 'prerequisite_ids', 'active'],
    chunkLines(programLines),
  );

  // ── sessions: 28 completed (each program with at most 30 JP once, a few twice), 12 open
  const sessions: Session[] = [];
  const ledgerable = PROGRAMS.filter((p) => !OPEN_ONLY.has(p.code));
  const completedPrograms = [...ledgerable, ...ledgerable.filter((p) => p.audience === 'all' || p.type === 'technical').slice(0, 28 - ledgerable.length)];
  const firstDay = dayOf(`${year}-02-02`);
  const lastStart = refDay - 14;
  completedPrograms.forEach((p, i) => {
    const slot = firstDay + Math.floor(((lastStart - firstDay) * (i + schedRng.next())) / completedPrograms.length);
    sessions.push(makeSession(p, weekdayFrom(slot), true));
  });
  const candidates = PROGRAMS.filter((p) => !OPEN_ONLY.has(p.code) && (p.audience !== 'all' || p.mode === 'classroom'));
  const openPrograms = [...PROGRAMS.filter((p) => OPEN_ONLY.has(p.code)), ...candidates.filter((_, i) => i % 2 === 0), ...candidates.filter((_, i) => i % 2 === 1)].slice(0, 12);
  openPrograms.forEach((p, i) => {
    const slot = refDay + 6 + Math.floor((84 * (i + schedRng.next())) / openPrograms.length);
    sessions.push(makeSession(p, weekdayFrom(slot), false));
  });
  function makeSession(p: ProgramSpec, start: number, completed: boolean): Session {
    const days = p.mode === 'webinar' || p.mode === 'e_learning' ? 1 : Math.min(5, Math.ceil(p.jp / 8));
    let end = start;
    for (let k = 1; k < days; k++) end = weekdayFrom(end + 1);
    const opens = completed ? start - schedRng.int(21, 35) : refDay - schedRng.int(5, 25);
    return { id: sessionId(), program: p, programId: programIds.get(p.code)!, start, end, capacity: schedRng.int(4, 8) * 5, opens, completed };
  }
  const online = (p: ProgramSpec) => p.mode === 'online' || p.mode === 'e_learning' || p.mode === 'webinar';
  const sessionLines = sessions.map((s) => {
    const p = s.program;
    const venue = online(p)
      ? null
      : p.organiser === 'DINKES'
        ? VENUES[3]
        : p.organiser === 'DISDIK'
          ? VENUES[4]
          : p.provider === BPSDM
            ? VENUES[2]
            : schedRng.pick([VENUES[0], VENUES[1], VENUES[5]]);
    const link = online(p) || p.mode === 'blended' ? `https://lms.bkpp.semarangkota.go.id/kelas/${p.code.toLowerCase()}-${isoOfDay(s.start).replace(/-/g, '')}` : null;
    const trainer =
      p.organiser === 'DINKES'
        ? TRAINERS[3]
        : p.organiser === 'DISDIK'
          ? TRAINERS[4]
          : p.provider === BPSDM
            ? TRAINERS[0]
            : p.provider === LAN
              ? TRAINERS[2]
              : p.code === 'TR-T-AUD-KIN'
                ? TRAINERS[5]
                : TRAINERS[1];
    return copyLine([
      s.id,
      s.programId,
      p.organiser ? (unitId.get(p.organiser) ?? null) : null,
      isoOfDay(s.start),
      isoOfDay(s.end),
      venue,
      link,
      trainer,
      s.capacity,
      isoOfDay(s.opens),
      isoOfDay(s.start - 2),
      '0.800',
      p.postTest ? '70.00' : null,
      s.completed ? 'completed' : 'open',
    ]);
  });
  await io.copyChunks(
    'training_sessions',
    [
      'id',
      'program_id',
      'organiser_unit_id',
      'starts_on',
      'ends_on',
      'venue',
      'link',
      'trainer',
      'capacity',
      'enrolment_opens_on',
      'enrolment_closes_on',
      'attendance_threshold',
      'post_test_pass_score',
      'status',
    ],
    chunkLines(sessionLines),
  );

  // ── audiences: employees by position family, and the structural ones
  const positionOf = new Map(input.positions.map((p) => [p.id, p]));
  const familyIndex = new Map<string, number[]>();
  const structural: number[] = [];
  const familyOfPosition = new Map<string, string>();
  input.employees.forEach((e, i) => {
    const pos = positionOf.get(e.positionId);
    if (!pos) return;
    let fam = familyOfPosition.get(pos.id);
    if (fam === undefined) familyOfPosition.set(pos.id, (fam = familyOf(pos.title)));
    const list = familyIndex.get(fam);
    if (list) list.push(i);
    else familyIndex.set(fam, [i]);
    if (pos.kind === 'jpt' || pos.kind === 'administrator' || pos.kind === 'pengawas') structural.push(i);
  });
  const N = input.employees.length;
  /** Index of employees already in a session (one session per person: no double booking, at most one ledger line from training). */
  const taken = new Uint8Array(N);
  /** Up to `want` employees of the pool (null: everybody) not in a session yet and appointed by `by` (yyyy-mm-dd). */
  const pickFrom = (pool: readonly number[] | null, want: number, by: string): number[] => {
    const free = (i: number) => !taken[i] && input.employees[i].appointed <= by;
    const out: number[] = [];
    const size = pool ? pool.length : N;
    if (pool && pool.length <= want * 4) {
      const copy = pool.filter(free);
      for (let k = copy.length - 1; k > 0; k--) {
        const j = Math.floor(enrRng.next() * (k + 1));
        [copy[k], copy[j]] = [copy[j], copy[k]];
      }
      for (const i of copy.slice(0, want)) out.push(i);
    } else {
      for (let attempts = 0; out.length < want && attempts < want * 20; attempts++) {
        const r = Math.floor(enrRng.next() * size);
        const i = pool ? pool[r] : r;
        if (free(i)) {
          taken[i] = 1;
          out.push(i);
        }
      }
    }
    for (const i of out) taken[i] = 1;
    return out;
  };
  const poolOf = (p: ProgramSpec): number[] | null => {
    if (p.audience === 'all') return null;
    if (p.audience === 'structural') return structural;
    return p.audience.flatMap((f) => familyIndex.get(f) ?? []);
  };

  // ── enrolments and attendance
  const certificates = new Set<string>();
  const certificate = (): string => {
    for (;;) {
      let s = '';
      for (let k = 0; k < 12; k++) s += CERTIFICATE_ALPHABET[Math.floor(enrRng.next() * 32)];
      if (!certificates.has(s)) {
        certificates.add(s);
        return s;
      }
    }
  };
  const enrolmentLines: string[] = [];
  const attendanceLines: string[] = [];
  /** JP approved from a completed session, per employee index (0 when none), and its ledger line. */
  const trainingJp = new Float64Array(N);
  const trainingLine = new Map<number, string>();
  const ts = (day: number, minutes: number) => `${isoOfDay(day)} ${String(Math.floor(minutes / 60) + 8).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07`;
  let openIndex = 0;
  for (const s of sessions) {
    const p = s.program;
    const days: number[] = [];
    for (let d = s.start; d <= s.end; d++) if (d === weekdayFrom(d)) days.push(d);
    const opens = s.opens;
    if (s.completed) {
      const people = pickFrom(poolOf(p), s.capacity - enrRng.int(0, 6), isoOfDay(s.opens));
      for (const i of people) {
        const e = input.employees[i];
        const id = enrolmentId();
        // 1-in-10 do not complete: too many days missed (at least one, more than the 0.8 threshold allows)
        const fails = enrRng.chance(0.1);
        const allowed = Math.floor(days.length * 0.2 + 1e-9);
        const absent = fails ? Math.min(days.length, allowed + 1) : enrRng.chance(0.3) ? allowed : 0;
        const absentFrom = enrRng.int(0, days.length - absent);
        days.forEach((d, k) => attendanceLines.push(`${id}\t${isoOfDay(d)}\t${k >= absentFrom && k < absentFrom + absent ? 'f' : 't'}\t${DECIDER}\n`));
        const score = p.postTest ? (fails ? null : (70 + enrRng.int(0, 56) / 2).toFixed(2)) : null;
        const queued = ts(opens + enrRng.int(0, s.start - 3 - opens), enrRng.int(0, 480));
        if (fails) {
          enrolmentLines.push(copyLine([id, s.id, e.id, 'not_completed', queued, null, DECIDER, score, null, null]));
          continue;
        }
        const cert = certificate();
        enrolmentLines.push(copyLine([id, s.id, e.id, 'completed', queued, null, DECIDER, score, `${isoOfDay(s.end)} 16:00:00+07`, cert]));
        trainingJp[i] = p.jp;
        trainingLine.set(
          i,
          copyLine([
            e.id,
            year,
            'training',
            p.title,
            p.jp.toFixed(1),
            isoOfDay(s.end),
            `Sesi ${p.code} ${isoOfDay(s.start)} – ${isoOfDay(s.end)}, sertifikat ${cert}`,
            'approved',
            DECIDER,
            id,
          ]),
        );
      }
    } else {
      // every fourth open session is full, with a waiting list (when its audience is big enough); every one has a few
      // requests for the leaders
      const full = openIndex++ % 4 === 0;
      const enrolled = full ? s.capacity : Math.round(s.capacity * enrRng.real(0.35, 0.9));
      const waitlisted = full ? enrRng.int(2, 6) : 0;
      const requested = enrRng.int(1, 5);
      const people = pickFrom(poolOf(p), enrolled + waitlisted + requested, isoOfDay(s.opens));
      people.forEach((i, k) => {
        const e = input.employees[i];
        const status = k < enrolled ? 'enrolled' : k < enrolled + waitlisted ? 'waitlisted' : 'requested';
        const queued = ts(opens + Math.floor(((refDay - 1 - opens) * k) / people.length), enrRng.int(0, 480));
        enrolmentLines.push(
          copyLine([
            enrolmentId(),
            s.id,
            e.id,
            status,
            queued,
            status === 'requested' ? e.name : 'Operator Kepegawaian',
            status === 'requested' ? null : DECIDER,
            null,
            null,
            null,
          ]),
        );
      });
    }
  }
  await io.copyChunks(
    'training_enrolments',
    ['id', 'session_id', 'employee_id', 'status', 'queued_at', 'requested_by_name', 'decided_by_name', 'post_test_score', 'completed_at', 'certificate_code'],
    chunkLines(enrolmentLines),
  );
  await io.copyChunks('training_attendance', ['enrolment_id', 'day', 'present', 'marked_by_name'], chunkLines(attendanceLines));

  // ── the JP ledger of the year: met (≥ 20 JP) 40 %, on pace (18.5–19.5 JP on the reference date) 35 %, behind 25 %
  const yearStart = dayOf(`${year}-01-05`);
  const lastDay = refDay - 1;
  const ledger: string[] = [];
  /** The first 32 bits of each line's id (its sort key). */
  const keys: number[] = [];
  const push = (id: string, rest: string) => {
    ledger.push(id + rest);
    keys.push(parseInt(id.slice(0, 8), 16));
  };
  const add = (employee: string, kind: Kind, jp: number, status: 'approved' | 'pending', from: number) => {
    const spec = LEARNING[kind];
    const day = from + Math.floor(ledgerRng.next() * (lastDay - from + 1));
    push(
      activityId(),
      `\t${employee}\t${year}\t${kind}\t${spec.titles[Math.floor(ledgerRng.next() * spec.titles.length)]}\t${jp.toFixed(1)}\t${isoOfDay(day)}\t${spec.evidence}\t${status}\t${status === 'approved' ? DECIDER : '\\N'}\t\\N\n`,
    );
  };
  const drawKind = (): Kind => {
    const u = ledgerRng.next();
    let k = 0;
    while (KIND_CUM[k] <= u) k++;
    return KINDS[k];
  };
  const yearStartIso = isoOfDay(yearStart);
  for (let i = 0; i < N; i++) {
    const e = input.employees[i];
    // appointed this year: learning from the appointment on (the CPNS of 2026)
    const from = e.appointed > yearStartIso ? Math.min(lastDay, dayOf(e.appointed)) : yearStart;
    const u = ledgerRng.next();
    let target = u < 0.39 ? ledgerRng.int(20, 30) : u < 0.735 ? 18.5 + ledgerRng.int(0, 2) / 2 : ledgerRng.chance(0.2) ? 0 : ledgerRng.int(1, 17);
    const t = trainingJp[i];
    if (t > target) target = t;
    const tl = trainingLine.get(i);
    if (tl) push(activityId(), `\t${tl}`);
    let remaining = target - t;
    while (remaining > 0) {
      const kind = drawKind();
      const spec = LEARNING[kind];
      let jp = spec.min + Math.floor(ledgerRng.next() * (spec.max - spec.min + 1));
      if (remaining - jp < 1) jp = remaining;
      add(e.id, kind, jp, 'approved', from);
      remaining -= jp;
    }
    // some recent learning still waiting for approval (never past 30 JP in all)
    if (ledgerRng.chance(0.12)) {
      const jp = ledgerRng.int(2, 6);
      if (target + jp <= 30) add(e.id, ledgerRng.chance(0.5) ? 'webinar' : 'e_learning', jp, 'pending', Math.max(from, lastDay - 40));
    }
  }
  // In id order the primary key is filled left to right: much faster than random inserts at 200,000 employees. The lines
  // are ordered by the first 32 bits of their id (ties stay in generation order), sorted as numbers key × 2^21 + index.
  const order = sortedOrder(keys);
  await io.bulk('development_activities', ledger.length, () =>
    io.copyChunks(
      'development_activities',
      ['id', 'employee_id', 'year', 'kind', 'title', 'jp', 'occurred_on', 'evidence', 'status', 'decided_by_name', 'enrolment_id'],
      chunkLines(order ? Array.from(order, (i) => ledger[i]) : ledger.sort(byId)),
    ),
  );

  return { programs: PROGRAMS.length, sessions: sessions.length, enrolments: enrolmentLines.length, attendance: attendanceLines.length, activities: ledger.length };
}
