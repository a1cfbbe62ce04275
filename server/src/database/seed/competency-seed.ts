/**
 * Competency data of the Semarang demo (domain.md §7):
 * - technical competencies of the demo's main job families (`T-…`, synthetic entries in the style of the pembina
 *   standards), added to the general dictionary of `modules/competency/dictionary.seed.ts`;
 * - a standard for every position: the 8 managerial competencies and Perekat Bangsa at levels set by the position's
 *   kind, functional level and class, the technical competencies of its family, and a soft skill for service positions;
 * - assessments: about 70 % of the employees have one (2024–2026, before the demo's reference date) with a level for
 *   every competency of their position's standard, about a tenth of those an older one too (history). Levels are drawn
 *   around the requirement so that the city's Job-Person Match spreads plausibly: about 30 % Optimal (≥ 90 %),
 *   45 % Cukup Optimal, 25 % Kurang Optimal (< 78 %).
 *
 * It draws from its own PRNG stream (forked before the employees were generated) and its own id factories, so the rest
 * of the demo is byte-identical with or without it; the same seed and employee count give the same rows. Rows are
 * streamed with COPY through the demo seed's helpers; assessments and their items are kept compact in memory
 * (a level array per assessment), so 200,000 employees stay fast.
 */
import { GENERAL_COMPETENCY_CODES, describeCompetency, levelsOf, seedCompetencyDictionary, type CompetencySeed } from '../../modules/competency/dictionary.seed.js';
import { familyOf } from '../../modules/needs/calc/family.js';
import { Prng, uuidFactory } from './prng.js';

export interface CompetencySeedPosition {
  id: string;
  unitId: string;
  title: string;
  kind: string;
  level: string | null;
  cls: number;
}
export interface CompetencySeedUnit {
  id: string;
  kind: string;
}
export interface CompetencySeedEmployee {
  id: string;
  positionId: string;
  /** Appointment date (yyyy-mm-dd): nobody is assessed before it. */
  appointed: string;
}
export interface CompetencySeedInput {
  seed: number;
  /** A stream forked for the competency data before the employees were generated. */
  rng: Prng;
  units: readonly CompetencySeedUnit[];
  positions: readonly CompetencySeedPosition[];
  /** Active employees, in generation order. */
  employees: readonly CompetencySeedEmployee[];
  /** The demo's "today" (yyyy-mm-dd): every assessment is dated before it. */
  referenceDate: string;
}
/** How the seed writes: the demo seed's query runner and COPY helpers, inside its transaction. */
export interface CompetencySeedIo {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  /** Already encoded text-format COPY data. */
  copyChunks(table: string, columns: string[], chunks: Iterable<string>): Promise<void>;
  /** Runs a load of `rows` rows (the demo seed drops and recreates the table's secondary indexes and foreign keys around a big one). */
  bulk(table: string, rows: number, load: () => Promise<void>): Promise<void>;
}
export interface CompetencySeedResult {
  /** Dictionary entries added (general ones missing after a reset, and the demo's technical ones). */
  competencies: number;
  standards: number;
  assessments: number;
  assessmentItems: number;
}

// ───────────────────────────── technical dictionary of the demo ─────────────────────────────

const DEMO_TECHNICAL_BASIS =
  'Entri demo (sintetis). Standar kompetensi teknis ditetapkan oleh instansi pembina jabatan (PermenPAN-RB No. 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN)';

/** Level 1–5 behaviour of a technical competency, from the activity it is about. */
function technicalLevels(activity: string): [string, string, string, string, string] {
  return [
    `Memahami prinsip dasar ${activity} dan melaksanakan tugas sederhana dengan bimbingan.`,
    `Melaksanakan ${activity} secara mandiri sesuai standar, pedoman, dan prosedur yang berlaku.`,
    `Menangani ${activity} pada kasus yang kompleks atau tidak rutin dan membimbing rekan kerja.`,
    `Menganalisis, mengevaluasi, dan mengembangkan metode ${activity} untuk meningkatkan mutu di unit kerja.`,
    `Menjadi rujukan (ahli) ${activity}, merumuskan standar dan kebijakan, serta membina pelaksanaannya di tingkat instansi.`,
  ];
}

/** [code, name, job family (a position family, see familyOf), definition, activity (for the levels)] */
type TechnicalSpec = readonly [string, string, string, string, string];

const TECHNICAL: readonly TechnicalSpec[] = [
  // health
  [
    'T-PRW-AK',
    'Asuhan Keperawatan',
    'Perawat',
    'Kemampuan melakukan pengkajian, diagnosis, perencanaan, implementasi, dan evaluasi keperawatan pada individu, keluarga, dan komunitas.',
    'asuhan keperawatan',
  ],
  [
    'T-PRW-KP',
    'Keselamatan Pasien',
    'Perawat',
    'Kemampuan menerapkan sasaran keselamatan pasien dan pencegahan serta pengendalian infeksi dalam pelayanan.',
    'keselamatan pasien dan pencegahan infeksi',
  ],
  [
    'T-BDN-AKB',
    'Asuhan Kebidanan',
    'Bidan',
    'Kemampuan memberikan asuhan kebidanan pada masa kehamilan, persalinan, nifas, bayi baru lahir, dan keluarga berencana.',
    'asuhan kebidanan',
  ],
  [
    'T-BDN-KIA',
    'Pelayanan Kesehatan Ibu dan Anak',
    'Bidan',
    'Kemampuan menyelenggarakan pelayanan KIA, deteksi dini risiko tinggi, dan rujukan maternal-neonatal.',
    'pelayanan kesehatan ibu dan anak',
  ],
  [
    'T-DOK-PMD',
    'Pelayanan Medis Dasar',
    'Dokter',
    'Kemampuan menegakkan diagnosis dan memberikan tata laksana medis sesuai kompetensi dokter di fasilitas kesehatan.',
    'pelayanan medis',
  ],
  [
    'T-DOK-GD',
    'Kegawatdaruratan Medis',
    'Dokter',
    'Kemampuan mengenali dan menangani kondisi gawat darurat serta melakukan stabilisasi dan rujukan.',
    'penanganan kegawatdaruratan medis',
  ],
  [
    'T-DG-PKG',
    'Pelayanan Kesehatan Gigi dan Mulut',
    'Dokter Gigi',
    'Kemampuan melakukan pemeriksaan, tindakan, dan promosi kesehatan gigi dan mulut.',
    'pelayanan kesehatan gigi dan mulut',
  ],
  ['T-APT-PK', 'Pelayanan Kefarmasian', 'Apoteker', 'Kemampuan mengelola sediaan farmasi dan memberikan pelayanan farmasi klinik sesuai standar.', 'pelayanan kefarmasian'],
  [
    'T-AA-PSF',
    'Pengelolaan Sediaan Farmasi',
    'Asisten Apoteker',
    'Kemampuan menerima, menyimpan, menyiapkan, dan mencatat sediaan farmasi dan bahan medis habis pakai.',
    'pengelolaan sediaan farmasi',
  ],
  [
    'T-SAN-IKL',
    'Inspeksi Kesehatan Lingkungan',
    'Sanitarian',
    'Kemampuan melakukan inspeksi, pengukuran, dan intervensi faktor risiko kesehatan lingkungan.',
    'inspeksi kesehatan lingkungan',
  ],
  ['T-NUT-AG', 'Asuhan Gizi', 'Nutrisionis', 'Kemampuan melakukan pengkajian, diagnosis, intervensi, dan monitoring gizi individu dan masyarakat.', 'asuhan gizi'],
  [
    'T-PLK-PL',
    'Pemeriksaan Laboratorium Kesehatan',
    'Pranata Laboratorium Kesehatan',
    'Kemampuan melakukan pemeriksaan laboratorium klinik dan kesehatan masyarakat dengan pemantapan mutu.',
    'pemeriksaan laboratorium',
  ],
  [
    'T-PM-RM',
    'Pengelolaan Rekam Medis',
    'Perekam Medis',
    'Kemampuan mengelola rekam medis dan informasi kesehatan, termasuk pengodean penyakit dan pelaporan.',
    'pengelolaan rekam medis',
  ],
  [
    'T-EPI-SV',
    'Surveilans Epidemiologi',
    'Epidemiolog Kesehatan',
    'Kemampuan mengumpulkan, mengolah, menganalisis data penyakit serta melakukan penyelidikan epidemiologi.',
    'surveilans epidemiologi',
  ],
  [
    'T-PKM-PK',
    'Promosi Kesehatan',
    'Penyuluh Kesehatan Masyarakat',
    'Kemampuan merencanakan dan melaksanakan penyuluhan serta pemberdayaan masyarakat di bidang kesehatan.',
    'promosi kesehatan',
  ],
  // education
  ['T-GK-PED', 'Pedagogik Guru Kelas', 'Guru Kelas', 'Kemampuan mengelola pembelajaran tematik yang berpusat pada peserta didik sekolah dasar.', 'pembelajaran di kelas'],
  ['T-GK-MAT', 'Penguasaan Materi Kelas', 'Guru Kelas', 'Penguasaan materi, struktur, dan konsep muatan pelajaran sekolah dasar.', 'penguasaan materi pelajaran'],
  [
    'T-GK-ASM',
    'Asesmen Pembelajaran (Guru Kelas)',
    'Guru Kelas',
    'Kemampuan merancang dan melaksanakan asesmen formatif dan sumatif serta menindaklanjuti hasilnya.',
    'asesmen pembelajaran',
  ],
  [
    'T-GMP-PED',
    'Pedagogik Guru Mata Pelajaran',
    'Guru Mata Pelajaran',
    'Kemampuan mengelola pembelajaran mata pelajaran yang berpusat pada peserta didik sekolah menengah.',
    'pembelajaran mata pelajaran',
  ],
  [
    'T-GMP-MAT',
    'Penguasaan Materi Mata Pelajaran',
    'Guru Mata Pelajaran',
    'Penguasaan materi, struktur, konsep, dan pola pikir keilmuan mata pelajaran yang diampu.',
    'penguasaan materi mata pelajaran',
  ],
  [
    'T-GMP-ASM',
    'Asesmen Pembelajaran (Guru Mata Pelajaran)',
    'Guru Mata Pelajaran',
    'Kemampuan merancang dan melaksanakan asesmen formatif dan sumatif serta menindaklanjuti hasilnya.',
    'asesmen pembelajaran',
  ],
  [
    'T-GBK-LBK',
    'Layanan Bimbingan dan Konseling',
    'Guru Bimbingan dan Konseling',
    'Kemampuan menyelenggarakan layanan bimbingan dan konseling pribadi, sosial, belajar, dan karier.',
    'layanan bimbingan dan konseling',
  ],
  ['T-KS-MS', 'Manajemen Sekolah', 'Kepala Sekolah', 'Kemampuan mengelola program, sumber daya, dan mutu satuan pendidikan.', 'manajemen sekolah'],
  ['T-KS-SA', 'Supervisi Akademik', 'Kepala Sekolah', 'Kemampuan merencanakan, melaksanakan, dan menindaklanjuti supervisi pembelajaran guru.', 'supervisi akademik'],
  // general government
  [
    'T-AK-AKP',
    'Analisis Kebijakan Publik',
    'Analis Kebijakan',
    'Kemampuan mengkaji masalah publik dan merumuskan rekomendasi kebijakan berbasis bukti.',
    'analisis kebijakan publik',
  ],
  [
    'T-PRC-PPD',
    'Perencanaan Pembangunan Daerah',
    'Perencana',
    'Kemampuan menyusun, mengendalikan, dan mengevaluasi dokumen perencanaan pembangunan daerah.',
    'perencanaan pembangunan daerah',
  ],
  [
    'T-PK-SI',
    'Pengelolaan Sistem Informasi',
    'Pranata Komputer',
    'Kemampuan mengembangkan, mengoperasikan, dan memelihara aplikasi, infrastruktur, dan data sistem informasi.',
    'pengelolaan sistem informasi',
  ],
  ['T-PK-KI', 'Keamanan Informasi', 'Pranata Komputer', 'Kemampuan menerapkan pengamanan informasi, pengendalian akses, dan penanganan insiden siber.', 'keamanan informasi'],
  [
    'T-KEU-PKD',
    'Penatausahaan Keuangan Daerah',
    'Pengelola Keuangan',
    'Kemampuan menatausahakan, membukukan, dan mempertanggungjawabkan keuangan daerah sesuai peraturan.',
    'penatausahaan keuangan daerah',
  ],
  [
    'T-ADM-TND',
    'Tata Naskah Dinas',
    'Pengadministrasi Umum',
    'Kemampuan menyusun, mengendalikan, dan mendistribusikan naskah dinas sesuai pedoman tata naskah dinas.',
    'tata naskah dinas',
  ],
  ['T-ADM-ARS', 'Kearsipan', 'Pengadministrasi Umum', 'Kemampuan mencatat, memberkaskan, menyimpan, dan menemukan kembali arsip dinamis.', 'pengelolaan arsip'],
  ['T-ARS-PAD', 'Pengelolaan Arsip Dinamis', 'Arsiparis', 'Kemampuan mengelola arsip aktif dan inaktif, termasuk penyusutan dan alih media arsip.', 'pengelolaan arsip dinamis'],
  ['T-DAT-PD', 'Pengolahan dan Penyajian Data', 'Pengelola Data', 'Kemampuan menghimpun, memverifikasi, mengolah, dan menyajikan data untuk pimpinan.', 'pengolahan data'],
  [
    'T-SDM-MA',
    'Manajemen ASN',
    'Analis SDM Aparatur',
    'Kemampuan menganalisis dan menyelenggarakan manajemen ASN: perencanaan, pengadaan, karier, kinerja, dan kompetensi.',
    'manajemen ASN',
  ],
  [
    'T-PPP-PPD',
    'Penegakan Peraturan Daerah',
    'Polisi Pamong Praja',
    'Kemampuan melakukan pengawasan, penertiban, dan tindakan non-yustisial atas pelanggaran peraturan daerah.',
    'penegakan peraturan daerah',
  ],
  [
    'T-PPP-TTU',
    'Ketenteraman dan Ketertiban Umum',
    'Polisi Pamong Praja',
    'Kemampuan menyelenggarakan ketenteraman, ketertiban umum, dan pelindungan masyarakat secara humanis.',
    'penyelenggaraan ketenteraman dan ketertiban umum',
  ],
  [
    'T-AUD-AI',
    'Audit Intern Pemerintah',
    'Auditor',
    'Kemampuan merencanakan, melaksanakan, dan melaporkan audit kinerja dan keuangan sesuai standar audit intern pemerintah.',
    'audit intern',
  ],
  [
    'T-AUD-MR',
    'Manajemen Risiko dan Pengendalian Intern',
    'Auditor',
    'Kemampuan menilai manajemen risiko dan sistem pengendalian intern pemerintah (SPIP).',
    'penilaian risiko dan pengendalian intern',
  ],
  [
    'T-PKB-PKB',
    'Penyuluhan Keluarga Berencana',
    'Penyuluh Keluarga Berencana',
    'Kemampuan melakukan penyuluhan, pelayanan, dan penggerakan program Bangga Kencana.',
    'penyuluhan keluarga berencana',
  ],
  [
    'T-DMK-PP',
    'Pemadaman dan Penyelamatan',
    'Pemadam Kebakaran',
    'Kemampuan melakukan pencegahan, pemadaman kebakaran, dan penyelamatan korban.',
    'pemadaman kebakaran dan penyelamatan',
  ],
];

/** The demo's technical dictionary entries. */
export const DEMO_TECHNICAL_COMPETENCIES: readonly CompetencySeed[] = TECHNICAL.map(([code, name, family, definition, activity]) => ({
  code,
  name,
  type: 'technical',
  jobFamily: family,
  softSkill: false,
  definition,
  legalBasis: DEMO_TECHNICAL_BASIS,
  description: describeCompetency(definition, DEMO_TECHNICAL_BASIS),
  levels: levelsOf(technicalLevels(activity)),
}));

// ───────────────────────────── standards ─────────────────────────────

/** Required level of the 9 general competencies (order of GENERAL_COMPETENCY_CODES: INT KS KOM OH PP PDO MP PK, PB). */
type GeneralLevels = readonly [number, number, number, number, number, number, number, number, number];
const TIER: Record<string, GeneralLevels> = {
  jpt_top: [5, 4, 5, 5, 4, 4, 5, 5, 5],
  jpt: [4, 4, 4, 4, 4, 4, 4, 4, 4],
  administrator: [4, 4, 4, 4, 4, 4, 4, 4, 3],
  pengawas: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  kepala_sekolah: [4, 3, 3, 3, 3, 3, 3, 3, 3],
  ahli_utama: [4, 4, 4, 4, 4, 4, 4, 4, 4],
  ahli_madya: [4, 3, 4, 4, 3, 3, 3, 3, 3],
  ahli_muda: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  penyelia: [3, 3, 3, 3, 3, 2, 2, 2, 3],
  ahli_pertama: [3, 3, 2, 3, 2, 2, 2, 2, 2],
  mahir: [3, 3, 2, 3, 2, 2, 2, 2, 2],
  terampil: [3, 2, 2, 2, 2, 2, 2, 2, 2],
  pemula: [2, 2, 2, 2, 2, 1, 2, 1, 2],
  pelaksana: [2, 2, 2, 2, 2, 2, 2, 2, 2],
  pelaksana_basic: [2, 2, 2, 2, 2, 1, 1, 1, 2],
};
function tierOf(p: CompetencySeedPosition): string {
  if (p.kind === 'jpt') return p.cls >= 15 ? 'jpt_top' : 'jpt';
  if (p.kind === 'administrator' || p.kind === 'pengawas') return p.kind;
  if (p.title === 'Kepala Sekolah') return 'kepala_sekolah';
  if (p.kind === 'fungsional' && p.level && TIER[p.level]) return p.level;
  return p.cls <= 4 ? 'pelaksana_basic' : 'pelaksana';
}
/** Technical requirement by functional level (pelaksana 2). */
const TECH_LEVEL: Record<string, number> = { pemula: 2, terampil: 2, mahir: 3, penyelia: 3, ahli_pertama: 3, ahli_muda: 3, ahli_madya: 4, ahli_utama: 4 };

const STRUCTURAL = new Set(['jpt', 'administrator', 'pengawas']);
const HEALTH_UNITS = new Set(['puskesmas', 'rsud']);
const FRONT_OFFICE_UNITS = new Set(['kelurahan', 'kecamatan']);
/** Pelaksana families that serve the public over the counter, wherever they sit. */
const SERVICE_FAMILIES = new Set([
  'Pengelola Layanan Masyarakat',
  'Pengelola Layanan Perizinan',
  'Pengolah Data Kependudukan',
  'Pengelola Pasar',
  'Pengelola Pajak dan Retribusi Daerah',
  'Petugas Pengatur Lalu Lintas',
]);
/**
 * Service positions get a soft skill: the health workers of puskesmas and RSUD communication with patients (SS-KE),
 * the front offices (kelurahan, kecamatan, counters) service excellence (SS-PL). Structural positions have Pelayanan Publik.
 */
function softSkillOf(p: CompetencySeedPosition, unitKind: string, family: string): string | null {
  if (STRUCTURAL.has(p.kind)) return null;
  if (HEALTH_UNITS.has(unitKind)) return p.kind === 'fungsional' ? 'SS-KE' : 'SS-PL';
  if (FRONT_OFFICE_UNITS.has(unitKind) || SERVICE_FAMILIES.has(family)) return 'SS-PL';
  return null;
}

interface StandardItem {
  competencyId: string;
  required: number;
  /** The end of an item's COPY line per level 1–5 (index 0 unused). */
  tail: string[];
}

// ───────────────────────────── assessments ─────────────────────────────

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
/** yyyy-mm-dd of a day number (cached: a few thousand distinct days serve 200,000 employees). */
function isoOfDay(d: number): string {
  let s = isoCache.get(d);
  if (s === undefined) isoCache.set(d, (s = new Date(d * DAY_MS).toISOString().slice(0, 10)));
  return s;
}

type Source = 'assessment_centre' | 'test' | 'supervisor';
const SOURCE_BY: Record<Source, string> = {
  assessment_centre: 'Tim Asesor UPT Penilaian Kompetensi BKPP Kota Semarang',
  test: 'Panitia Uji Kompetensi BKPP Kota Semarang',
  supervisor: 'Atasan langsung (diinput operator kepegawaian)',
};
/** Assessment-centre results are valid three years in the demo; the other sources until a newer assessment. */
const AC_VALID_YEARS = 3;

interface Assessment {
  id: string;
  employeeId: string;
  source: Source;
  day: number;
  validUntil: number | null;
  evidence: string;
  items: readonly StandardItem[];
  levels: Uint8Array;
}

/** Standard normal draw (Box–Muller). */
function gauss(rng: Prng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * Levels for a standard whose Job-Person Match should be about `target` (Σ assessed / Σ required): the shortfall (or
 * surplus) is spread one level at a time over the competencies in a random order, so most land at the requirement or one
 * below, a few two below; then, for almost half of the people, one competency goes up (above the standard) and another
 * one down, which leaves the sum, so the match, as drawn.
 */
function drawLevels(rng: Prng, items: readonly StandardItem[], target: number): Uint8Array {
  const n = items.length;
  const levels = new Uint8Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += levels[i] = items[i].required;
  let d = Math.round((1 - target) * sum); // > 0: levels to take away; < 0: to add
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let pass = 1; pass <= 2 && d !== 0; pass++) {
    for (const i of order) {
      if (d > 0 && levels[i] > 1 && levels[i] > items[i].required - pass) {
        levels[i]--;
        d--;
      } else if (d < 0 && levels[i] < 5 && levels[i] < items[i].required + pass) {
        levels[i]++;
        d++;
      }
      if (d === 0) break;
    }
  }
  if (n > 1 && rng.chance(0.45)) {
    // a strength: one competency at (or above) the standard goes one up, another one down (the sum, so the JPM, stays)
    const start = Math.floor(rng.next() * n);
    let up = -1;
    for (let k = 0; k < n && up < 0; k++) {
      const i = (start + k) % n;
      if (levels[i] >= items[i].required && levels[i] < 5) up = i;
    }
    let down = -1;
    for (let k = 1; k < n && up >= 0 && down < 0; k++) {
      const i = (up + k) % n;
      if (levels[i] > 1 && levels[i] <= items[i].required) down = i;
    }
    if (up >= 0 && down >= 0) {
      levels[up]++;
      levels[down]--;
    }
  }
  return levels;
}

function* assessmentLines(list: readonly Assessment[]): Generator<string> {
  let buf = '';
  for (const a of list) {
    buf += `${a.id}\t${a.employeeId}\t${a.source}\t${isoOfDay(a.day)}\t${a.validUntil === null ? '\\N' : isoOfDay(a.validUntil)}\t${a.evidence}\t${SOURCE_BY[a.source]}\n`;
    if (buf.length > 1 << 18) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
function* itemLines(list: readonly Assessment[]): Generator<string> {
  let buf = '';
  for (const a of list) {
    for (let i = 0; i < a.items.length; i++) buf += a.id + a.items[i].tail[a.levels[i]];
    if (buf.length > 1 << 18) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

// ───────────────────────────── seed ─────────────────────────────

export async function seedCompetencies(input: CompetencySeedInput, io: CompetencySeedIo): Promise<CompetencySeedResult> {
  const standardId = uuidFactory(input.seed, 9);
  const assessmentId = uuidFactory(input.seed, 10);
  const stdRng = input.rng.fork(1);
  const asmRng = input.rng.fork(2);

  // ── dictionary: the general entries (gone after `seed --reset`) and the demo's technical ones; missing codes only
  const added = (await seedCompetencyDictionary(io)) + (await seedCompetencyDictionary(io, DEMO_TECHNICAL_COMPETENCIES));
  const rows = (await io.query(`SELECT id, code FROM competencies WHERE active`)) as { id: string; code: string }[];
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const technicalByFamily = new Map<string, string[]>();
  for (const t of DEMO_TECHNICAL_COMPETENCIES) {
    const id = idOf.get(t.code);
    if (!id || !t.jobFamily) continue;
    const list = technicalByFamily.get(t.jobFamily) ?? [];
    list.push(id);
    technicalByFamily.set(t.jobFamily, list);
  }

  // ── standards
  const tails = new Map<string, string[]>();
  const item = (competencyId: string, required: number): StandardItem => {
    let tail = tails.get(competencyId);
    if (!tail) tails.set(competencyId, (tail = [0, 1, 2, 3, 4, 5].map((l) => `\t${competencyId}\t${l}\n`)));
    return { competencyId, required, tail };
  };
  const unitKind = new Map(input.units.map((u) => [u.id, u.kind]));
  const standardOf = new Map<string, { items: StandardItem[]; structural: boolean }>();
  // COPY text straight away (uuids and numbers only: nothing to escape), in ~256 KB chunks
  const standardChunks: string[] = [];
  let standardCount = 0;
  let buf = '';
  for (const p of input.positions) {
    const items: StandardItem[] = [];
    const general = TIER[tierOf(p)];
    GENERAL_COMPETENCY_CODES.forEach((code, i) => {
      const id = idOf.get(code);
      if (id) items.push(item(id, general[i]));
    });
    const family = familyOf(p.title);
    const tech = technicalByFamily.get(family) ?? [];
    const techLevel = p.title === 'Kepala Sekolah' ? 4 : p.level ? (TECH_LEVEL[p.level] ?? 2) : 2;
    // the family's first technical competency always; the others, too (1–3 in all), one lower now and then
    tech.forEach((id, i) => items.push(item(id, i > 0 && techLevel > 2 && stdRng.chance(0.3) ? techLevel - 1 : techLevel)));
    const soft = softSkillOf(p, unitKind.get(p.unitId) ?? '', family);
    const softId = soft ? idOf.get(soft) : undefined;
    if (softId) items.push(item(softId, p.kind === 'pelaksana' || p.level === 'pemula' || p.level === 'terampil' ? 2 : 3));
    standardOf.set(p.id, { items, structural: STRUCTURAL.has(p.kind) });
    for (const it of items) buf += `${standardId()}\t${p.id}\t${it.competencyId}\t${it.required}\n`;
    standardCount += items.length;
    if (buf.length > 1 << 18) {
      standardChunks.push(buf);
      buf = '';
    }
  }
  if (buf) standardChunks.push(buf);
  await io.bulk('competency_standards', standardCount, () => io.copyChunks('competency_standards', ['id', 'position_id', 'competency_id', 'required_level'], standardChunks));

  // ── assessments (latest 2024 – the day before the reference date; history 1–3 years earlier)
  const refDay = dayOf(input.referenceDate);
  const firstDay = dayOf('2024-01-02');
  const lastDay = refDay - 1;
  const assessments: Assessment[] = [];
  let acSeq = 0;
  const make = (employeeId: string, source: Source, day: number, items: readonly StandardItem[], levels: Uint8Array): Assessment => {
    const year = isoOfDay(day).slice(0, 4);
    const evidence =
      source === 'assessment_centre'
        ? `Laporan hasil penilaian kompetensi (assessment centre) No. 800/AC-${String(++acSeq).padStart(5, '0')}/${year}`
        : source === 'test'
          ? `Hasil uji kompetensi berbasis komputer (CAT) tahun ${year}`
          : `Penilaian kompetensi oleh atasan langsung, periode ${year}`;
    const validUntil = source === 'assessment_centre' ? day + Math.round(AC_VALID_YEARS * 365.25) - 1 : null;
    return { id: assessmentId(), employeeId, source, day, validUntil, evidence, items, levels };
  };
  for (const e of input.employees) {
    const u = asmRng.next();
    const dayPick = asmRng.next();
    const srcPick = asmRng.next();
    const z = gauss(asmRng);
    const hist = asmRng.next();
    const gapPick = asmRng.next();
    const std = standardOf.get(e.positionId);
    if (!std || !std.items.length || u >= 0.7) continue;
    const earliest = Math.max(firstDay, dayOf(e.appointed) + 60);
    if (earliest > lastDay) continue;
    const day = earliest + Math.floor(dayPick * (lastDay - earliest + 1));
    const source: Source = std.structural ? 'assessment_centre' : srcPick < 0.45 ? 'test' : 'supervisor';
    const target = Math.min(1.15, Math.max(0.55, 0.843 + 0.095 * z));
    assessments.push(make(e.id, source, day, std.items, drawLevels(asmRng, std.items, target)));
    // history: an older assessment 1–3 years before, a little lower, for about one in ten
    if (hist < 0.1) {
      const oldDay = day - 365 - Math.floor(gapPick * 730);
      if (oldDay >= dayOf(e.appointed) + 60) {
        const latest = assessments[assessments.length - 1].levels;
        const older = new Uint8Array(latest.length);
        for (let i = 0; i < latest.length; i++) older[i] = Math.max(1, latest[i] - (asmRng.chance(0.4) ? 1 : 0));
        assessments.push(make(e.id, std.structural ? 'assessment_centre' : 'supervisor', oldDay, std.items, older));
      }
    }
  }
  // In id order, the primary-key indexes (the items' is (assessment_id, competency_id)) are filled left to right: much
  // faster than random inserts at 200,000 employees.
  assessments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const itemCount = assessments.reduce((s, a) => s + a.items.length, 0);
  await io.bulk('competency_assessments', assessments.length, () =>
    io.copyChunks('competency_assessments', ['id', 'employee_id', 'source', 'assessed_on', 'valid_until', 'evidence', 'created_by_name'], assessmentLines(assessments)),
  );
  await io.bulk('competency_assessment_items', itemCount, () => io.copyChunks('competency_assessment_items', ['assessment_id', 'competency_id', 'level'], itemLines(assessments)));

  return { competencies: added, standards: standardCount, assessments: assessments.length, assessmentItems: itemCount };
}
