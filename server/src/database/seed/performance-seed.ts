/**
 * Performance data of the Semarang demo (domain.md §8–9, issue 7), on top of the employees and the users:
 * - the 2026 period (monthly checkpoints, open) with an APPROVED SKP plan for every active employee: 3–6 targets
 *   whose titles and quantities fit the position (health, education, kecamatan/kelurahan services, administration,
 *   field work; heads get their unit's outcomes), weights adding up to exactly 100.00, cascading (every target of a
 *   plan with a leader supports a target of the leader's plan; the leader is found like `directLeaderOf`: the head of
 *   the unit, or of the nearest ancestor for a head);
 * - progress reports for the elapsed months up to the seed's today (cumulative quantities, about one per target every
 *   three months, the latest ones still awaiting the leader): most people on pace, about 10 % behind by more than the
 *   monitoring threshold, about 15 % with nothing reported in the current month; each target's realised, last report
 *   and at-risk flag follow its reports (`pace()` with the rule's threshold, as of today);
 * - a few coaching dialogues for people behind (some follow-ups overdue) and checkpoint evaluations in a few units;
 * - the 2025 period (closed) with plans, final annual evaluations (predicates from the matrix, coaching for the ones
 *   below Baik) and unit ratings for a handful of units, the first puskesmas locked with a valid distribution;
 * - IKM: services for every puskesmas (2–3 desks), kecamatan, kelurahan, DISDUKCAPIL and DPMPTSP, and about 20,000
 *   citizens' responses (at 15,000 employees; 3,000 for a small test city) from January 2025 to today (answer levels differ by unit; a few comments, some with contact
 *   details; addresses and devices only as hashes).
 *
 * Deterministic for a given seed, employee count and today: own PRNG streams (forked before the employees were
 * generated) and own id factories (tags 27–38). Everything is written with COPY.
 */
import { createHash } from 'node:crypto';
import { checkDistribution, type DistributionLimits, type UnitRating } from '../../modules/performance/calc/distribution.js';
import { pace } from '../../modules/performance/calc/pace.js';
import { NEEDS_COACHING, predicate, type Predicate, type PredicateMatrix, type Rating } from '../../modules/performance/calc/predicate.js';
import { RULE_SEEDS } from '../../modules/reference/rules.seed.js';
import { copyLine, type Cell } from './copy-text.js';
import { Prng, WeightedPicker } from './prng.js';

export interface PerformanceSeedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  depth: number;
}
export interface PerformanceSeedPosition {
  id: string;
  unitId: string;
  title: string;
  kind: string;
  isHead: boolean;
  teacher: boolean;
  cohort: string;
}
export interface PerformanceSeedEmployee {
  id: string;
  name: string;
  positionId: string;
  /** Appointment date (yyyy-mm-dd). */
  appointed: string;
}
export interface PerformanceSeedInput {
  seed: number;
  /** A stream forked for the performance data before the employees were generated. */
  rng: Prng;
  units: readonly PerformanceSeedUnit[];
  positions: readonly PerformanceSeedPosition[];
  /** Active employees, in generation order. */
  employees: readonly PerformanceSeedEmployee[];
  /** The real "today" (WIB, `isoToday()`): reports run up to it. */
  today: string;
  /** Timestamps never go past it. */
  now?: Date;
  /** The employee of the `pegawai.dinkes` login and the head of their puskesmas (`kepala.poncol`). */
  worker: { id: string };
  workerLeader: { id: string };
  /** Progress lines (the demo seed's log). */
  log?: (msg: string) => void;
}
export interface PerformanceSeedIo {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  copyChunks(table: string, columns: string[], chunks: Iterable<string>): Promise<void>;
  /** Runs a load of `rows` rows: from `bulkRows` rows on, without the table's secondary indexes and foreign keys (recreated and checked after the load). */
  bulk(table: string, rows: number, load: () => Promise<void>): Promise<void>;
  bulkRows: number;
}
export interface PerformanceSeedResult {
  periods: number;
  plans: number;
  targets: number;
  reports: number;
  atRiskTargets: number;
  coaching: number;
  evaluations: number;
  unitRatings: number;
  ikmServices: number;
  ikmResponses: number;
}

// ───────────────────────────── helpers ─────────────────────────────

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** ISO dates of the days the seed uses (2024-12-01 … 2027-12-31), cached: formatting dates is the hot path. */
const ISO_BASE = Date.UTC(2024, 11, 1) / DAY_MS;
const ISO_DAYS: string[] = Array.from({ length: 1127 }, (_, i) => new Date((ISO_BASE + i) * DAY_MS).toISOString().slice(0, 10));
const isoOf = (d: number) => ISO_DAYS[d - ISO_BASE] ?? new Date(d * DAY_MS).toISOString().slice(0, 10);
/** "hh:mm" of the minutes of a day. */
const HHMM: string[] = Array.from({ length: 24 * 60 }, (_, i) => `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
/**
 * Deterministic v4-shaped ids, cheaper than `uuidFactory` for the big tables: a prefix from the seed and the tag, then
 * a counter (so ids of one factory never collide, and rows of a table come in index order).
 */
function idFactory(seed: number, tag: number): () => string {
  const h = createHash('sha256').update(`asn-planner performance seed ${seed} ${tag}`).digest('hex');
  const prefix = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-`;
  let c = 0;
  return () => prefix + (c++).toString(16).padStart(12, '0');
}
const pad2 = (n: number) => String(n).padStart(2, '0');
const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function gauss(rng: Prng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const ruleValue = <T>(key: string): T => {
  const r = RULE_SEEDS.filter((x) => x.key === key).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!r) throw new Error(`performance seed: no rule ${key}`);
  return r.value as T;
};

// ───────────────────────────── target catalogue ─────────────────────────────

/** [title, quantity unit, min, max]; `{unit}` is the unit's name. */
type T = readonly [string, string, number, number];

const COMMON: T[] = [
  ['Penyusunan laporan kinerja bulanan', 'laporan', 12, 12],
  ['Pengembangan kompetensi melalui pelatihan, seminar atau e-learning', 'kegiatan', 2, 6],
  ['Dukungan kegiatan lintas bidang sesuai penugasan pimpinan', 'kegiatan', 6, 18],
];

const HEAD: Record<string, T[]> = {
  puskesmas: [
    ['Kunjungan rawat jalan di {unit} terlayani sesuai standar', 'kunjungan', 18000, 40000],
    ['Ibu hamil di wilayah kerja {unit} mendapat pelayanan antenatal sesuai standar', 'ibu hamil', 400, 1200],
    ['Balita di wilayah kerja {unit} dipantau pertumbuhan dan perkembangannya', 'balita', 1500, 4000],
    ['Skrining penyakit tidak menular usia 15 tahun ke atas', 'orang', 3000, 9000],
    ['Lokakarya mini lintas program dan lintas sektor terselenggara', 'kegiatan', 12, 12],
    ['Laporan mutu dan keselamatan pasien {unit}', 'laporan', 12, 12],
  ],
  sekolah: [
    ['Kurikulum operasional satuan pendidikan {unit} tersusun dan ditetapkan', 'dokumen', 1, 2],
    ['Supervisi akademik guru terlaksana', 'kegiatan', 20, 60],
    ['Peserta didik {unit} tuntas belajar', 'siswa', 150, 600],
    ['Laporan pertanggungjawaban dana BOS tepat waktu', 'laporan', 4, 4],
    ['Rapor pendidikan dianalisis untuk perencanaan berbasis data', 'dokumen', 1, 2],
    ['Projek penguatan profil pelajar Pancasila terlaksana', 'kegiatan', 4, 8],
  ],
  kecamatan: [
    ['Layanan administrasi terpadu kecamatan (PATEN) selesai tepat waktu', 'dokumen', 3000, 9000],
    ['Koordinasi penyelenggaraan pemerintahan kelurahan', 'kegiatan', 12, 12],
    ['Musyawarah perencanaan pembangunan kecamatan terselenggara', 'kegiatan', 1, 2],
    ['Pengaduan masyarakat ditangani dan ditindaklanjuti', 'pengaduan', 100, 300],
    ['Operasi ketenteraman dan ketertiban umum terpadu', 'kegiatan', 24, 48],
    ['Laporan penyelenggaraan pemerintahan kecamatan', 'laporan', 4, 4],
  ],
  kelurahan: [
    ['Surat pengantar dan surat keterangan warga {unit} diterbitkan', 'dokumen', 1200, 3600],
    ['Rapat koordinasi RT/RW terselenggara', 'kegiatan', 12, 12],
    ['Data keluarga rentan dan penerima bantuan sosial diverifikasi', 'keluarga', 200, 800],
    ['Kerja bakti dan gerakan kebersihan lingkungan', 'kegiatan', 12, 24],
    ['Aduan warga ditindaklanjuti', 'pengaduan', 50, 200],
    ['Laporan monografi dan profil {unit}', 'laporan', 2, 2],
  ],
  rsud: [
    ['Kunjungan rawat jalan {unit} terlayani', 'kunjungan', 200000, 320000],
    ['Indikator nasional mutu rumah sakit tercapai', 'indikator', 13, 13],
    ['Laporan keuangan BLUD tepat waktu', 'laporan', 12, 12],
    ['Rekomendasi survei akreditasi ditindaklanjuti', 'rekomendasi', 10, 40],
    ['Pasien rawat inap terlayani sesuai standar', 'pasien', 15000, 30000],
    ['Audit klinis dan pembahasan kasus terselenggara', 'kegiatan', 12, 24],
  ],
  opd: [
    ['Perjanjian kinerja dan rencana kerja {unit} tersusun', 'dokumen', 2, 3],
    ['Program strategis {unit} terlaksana sesuai rencana', 'kegiatan', 8, 20],
    ['Laporan kinerja instansi pemerintah (LKjIP) {unit}', 'laporan', 1, 1],
    ['Rekomendasi hasil pemeriksaan ditindaklanjuti', 'rekomendasi', 10, 40],
    ['Rapat koordinasi pimpinan dan evaluasi kinerja triwulanan', 'kegiatan', 12, 24],
    ['Inovasi pelayanan publik {unit} diterapkan', 'inovasi', 1, 3],
  ],
};

const MANAGER: T[] = [
  ['Program kerja unit kerja tersusun dan terlaksana', 'kegiatan', 6, 15],
  ['Laporan realisasi anggaran dan kegiatan', 'laporan', 12, 12],
  ['Monitoring dan evaluasi pelaksanaan kegiatan', 'kegiatan', 4, 12],
  ['Pembinaan dan penilaian kinerja pegawai di lingkup unit kerja', 'kegiatan', 12, 12],
  ['Standar operasional prosedur diperbarui', 'dokumen', 3, 8],
  ['Disposisi pimpinan ditindaklanjuti', 'disposisi', 100, 300],
  ['Rapat koordinasi teknis', 'kegiatan', 12, 24],
];

const POOLS: [RegExp, T[]][] = [
  [
    /^Dokter Gigi/,
    [
      ['Pemeriksaan dan perawatan gigi dan mulut pasien', 'pasien', 1200, 3000],
      ['Pemeriksaan gigi anak sekolah (UKGS)', 'siswa', 300, 900],
      ['Tindakan penambalan dan pencabutan gigi', 'tindakan', 300, 800],
      ['Penyuluhan kesehatan gigi dan mulut', 'kegiatan', 12, 24],
      ['Laporan pelayanan kesehatan gigi', 'laporan', 12, 12],
    ],
  ],
  [
    /^Dokter/,
    [
      ['Pemeriksaan dan pengobatan pasien rawat jalan', 'pasien', 2500, 6000],
      ['Rujukan pasien sesuai indikasi medis', 'pasien', 100, 400],
      ['Rekam medis elektronik terisi lengkap', 'dokumen', 2500, 6000],
      ['Penjaringan kesehatan anak sekolah', 'siswa', 300, 900],
      ['Kunjungan rumah pasien penyakit tidak menular', 'pasien', 24, 60],
      ['Audit klinis dan pembahasan kasus', 'kegiatan', 4, 12],
    ],
  ],
  [
    /^Perawat/,
    [
      ['Asuhan keperawatan pasien sesuai standar', 'pasien', 1500, 4000],
      ['Triase dan pemeriksaan tanda vital pasien', 'pasien', 3000, 7000],
      ['Kunjungan rumah perawatan kesehatan masyarakat (Perkesmas)', 'keluarga', 36, 120],
      ['Dokumentasi asuhan keperawatan', 'dokumen', 1500, 4000],
      ['Tindakan perawatan luka', 'tindakan', 100, 400],
      ['Pelayanan imunisasi', 'anak', 300, 900],
    ],
  ],
  [
    /^Bidan/,
    [
      ['Pemeriksaan ibu hamil (ANC) sesuai standar', 'ibu hamil', 300, 900],
      ['Pertolongan dan rujukan persalinan', 'ibu bersalin', 30, 120],
      ['Pelayanan keluarga berencana', 'akseptor', 300, 800],
      ['Kunjungan ibu nifas', 'ibu nifas', 100, 300],
      ['Kelas ibu hamil terselenggara', 'kegiatan', 12, 24],
      ['Pemantauan tumbuh kembang balita', 'balita', 400, 1200],
      ['Imunisasi dasar lengkap bayi', 'bayi', 200, 600],
    ],
  ],
  [
    /Apoteker/,
    [
      ['Pelayanan resep obat pasien', 'resep', 8000, 20000],
      ['Pelayanan informasi obat kepada pasien', 'pasien', 500, 2000],
      ['Laporan pemakaian dan lembar permintaan obat (LPLPO)', 'laporan', 12, 12],
      ['Stock opname obat dan bahan medis habis pakai', 'kegiatan', 4, 12],
      ['Konseling obat pasien penyakit kronis', 'pasien', 100, 400],
    ],
  ],
  [
    /^Sanitarian/,
    [
      ['Inspeksi kesehatan lingkungan tempat pengelolaan pangan', 'lokasi', 40, 120],
      ['Pemeriksaan kualitas air minum', 'sampel', 24, 80],
      ['Pemicuan sanitasi total berbasis masyarakat (STBM)', 'kegiatan', 6, 18],
      ['Pemantauan jentik berkala', 'rumah', 300, 1000],
      ['Laporan kesehatan lingkungan', 'laporan', 12, 12],
    ],
  ],
  [
    /^Nutrisionis/,
    [
      ['Pemantauan status gizi balita', 'balita', 500, 1500],
      ['Konseling gizi', 'pasien', 200, 600],
      ['Pemberian makanan tambahan bagi balita gizi kurang', 'balita', 30, 120],
      ['Pendampingan balita stunting', 'balita', 20, 80],
      ['Laporan gizi bulanan', 'laporan', 12, 12],
    ],
  ],
  [
    /^Pranata Laboratorium/,
    [
      ['Pemeriksaan laboratorium klinik', 'sampel', 3000, 9000],
      ['Pemantapan mutu internal laboratorium', 'kegiatan', 12, 24],
      ['Pemeriksaan dahak suspek tuberkulosis', 'sampel', 100, 400],
      ['Laporan pemeriksaan laboratorium', 'laporan', 12, 12],
      ['Kalibrasi dan pemeliharaan alat laboratorium', 'kegiatan', 4, 12],
    ],
  ],
  [
    /^(Penyuluh Kesehatan|Epidemiolog|Administrator Kesehatan)/,
    [
      ['Penyuluhan kesehatan masyarakat', 'kegiatan', 24, 60],
      ['Penyelidikan epidemiologi kasus', 'kasus', 10, 40],
      ['Laporan surveilans mingguan (SKDR)', 'laporan', 52, 52],
      ['Pembinaan posyandu dan UKBM', 'kegiatan', 12, 36],
      ['Kajian data kesehatan', 'dokumen', 2, 6],
      ['Pelacakan kontak kasus tuberkulosis', 'orang', 30, 120],
    ],
  ],
  [
    /^Perekam Medis/,
    [
      ['Pengelolaan berkas rekam medis pasien', 'dokumen', 6000, 15000],
      ['Pengodean diagnosis (ICD-10)', 'dokumen', 5000, 12000],
      ['Laporan kunjungan pasien', 'laporan', 12, 12],
      ['Retensi berkas rekam medis', 'dokumen', 500, 2000],
      ['Pendaftaran pasien', 'pasien', 6000, 15000],
    ],
  ],
  [
    /^(Radiografer|Fisioterapis)/,
    [
      ['Pemeriksaan radiologi dan fisioterapi pasien', 'pasien', 1500, 5000],
      ['Pemeliharaan alat dan proteksi radiasi', 'kegiatan', 4, 12],
      ['Laporan pelayanan penunjang medik', 'laporan', 12, 12],
      ['Penyuluhan kesehatan kepada pasien', 'kegiatan', 6, 12],
    ],
  ],
  [
    /^Guru Bimbingan/,
    [
      ['Layanan bimbingan klasikal', 'kegiatan', 36, 72],
      ['Konseling individual peserta didik', 'siswa', 60, 200],
      ['Asesmen kebutuhan peserta didik', 'dokumen', 3, 8],
      ['Kunjungan rumah dan komunikasi dengan orang tua', 'kegiatan', 10, 30],
      ['Laporan layanan bimbingan dan konseling', 'laporan', 2, 2],
    ],
  ],
  [
    /^Guru/,
    [
      ['Modul ajar disusun dan digunakan', 'dokumen', 10, 30],
      ['Pembelajaran tatap muka terlaksana', 'jam pelajaran', 600, 900],
      ['Penilaian hasil belajar peserta didik', 'siswa', 28, 250],
      ['Remedial dan pengayaan', 'kegiatan', 4, 12],
      ['Rapor peserta didik diterbitkan tepat waktu', 'dokumen', 28, 250],
      ['Komunikasi dengan orang tua peserta didik', 'kegiatan', 10, 30],
    ],
  ],
  [
    /^(Pengawas Sekolah|Penilik|Pamong Belajar)/,
    [
      ['Supervisi akademik dan manajerial satuan pendidikan binaan', 'kegiatan', 20, 60],
      ['Pendampingan perencanaan berbasis rapor pendidikan', 'sekolah', 8, 15],
      ['Laporan kepengawasan', 'laporan', 2, 4],
      ['Pembinaan guru dan tenaga kependidikan', 'kegiatan', 12, 24],
    ],
  ],
  [
    /^(Polisi Pamong Praja|Petugas Ketenteraman)/,
    [
      ['Patroli ketenteraman dan ketertiban umum', 'kegiatan', 100, 250],
      ['Penertiban pelanggaran peraturan daerah', 'kasus', 30, 120],
      ['Pengamanan kegiatan pemerintahan', 'kegiatan', 20, 60],
      ['Laporan hasil patroli', 'laporan', 12, 12],
      ['Sosialisasi peraturan daerah', 'kegiatan', 6, 18],
    ],
  ],
  [
    /^(Pengelola Keuangan|Analis Keuangan)/,
    [
      ['Surat pertanggungjawaban belanja disusun dan diverifikasi', 'dokumen', 200, 600],
      ['Laporan realisasi anggaran bulanan', 'laporan', 12, 12],
      ['Verifikasi dokumen permintaan pembayaran', 'dokumen', 200, 800],
      ['Rekonsiliasi kas dan bank', 'kegiatan', 12, 12],
      ['Laporan pajak belanja', 'laporan', 12, 12],
    ],
  ],
  [
    /^(Pengelola Data|Pranata Komputer|Statistisi|Administrator Database|Sandiman)/,
    [
      ['Pemutakhiran basis data', 'dokumen', 500, 3000],
      ['Pemeliharaan aplikasi dan jaringan', 'kegiatan', 12, 48],
      ['Penyajian data dan infografis', 'dokumen', 12, 36],
      ['Laporan statistik sektoral', 'laporan', 4, 12],
      ['Layanan dukungan teknis pengguna', 'tiket', 100, 400],
    ],
  ],
  [
    /^(Analis Kebijakan|Perencana|Peneliti|Perekayasa|Penata Ruang)/,
    [
      ['Kajian dan rekomendasi kebijakan', 'dokumen', 2, 6],
      ['Dokumen perencanaan (Renja dan RKA) tersusun', 'dokumen', 2, 5],
      ['Evaluasi capaian kinerja triwulanan', 'laporan', 4, 4],
      ['Rapat koordinasi perencanaan', 'kegiatan', 6, 18],
      ['Telaahan staf untuk pimpinan', 'dokumen', 6, 20],
    ],
  ],
  [
    /^(Arsiparis|Pustakawan)/,
    [
      ['Penataan arsip aktif dan inaktif', 'berkas', 500, 2000],
      ['Layanan peminjaman arsip dan bahan pustaka', 'layanan', 200, 800],
      ['Penyusutan arsip sesuai jadwal retensi', 'kegiatan', 1, 2],
      ['Laporan pengelolaan kearsipan', 'laporan', 4, 12],
    ],
  ],
  [
    /^(Analis SDM|Pranata SDM|Asesor SDM|Widyaiswara)/,
    [
      ['Usulan kenaikan pangkat dan mutasi diproses', 'dokumen', 50, 300],
      ['Pemutakhiran data ASN di SIASN', 'dokumen', 200, 1000],
      ['Analisis jabatan dan beban kerja', 'dokumen', 5, 20],
      ['Laporan kepegawaian', 'laporan', 12, 12],
      ['Fasilitasi pengembangan kompetensi pegawai', 'kegiatan', 4, 12],
    ],
  ],
  [
    /^(Auditor|Pengawas Penyelenggaraan)/,
    [
      ['Pemeriksaan reguler perangkat daerah', 'laporan', 4, 12],
      ['Reviu laporan keuangan dan kinerja', 'dokumen', 2, 6],
      ['Pemantauan tindak lanjut temuan pemeriksaan', 'rekomendasi', 20, 80],
      ['Pendampingan penguatan SPIP', 'kegiatan', 4, 12],
    ],
  ],
  [
    /^Penyuluh|^Pekerja Sosial|^Pengantar Kerja|^Mediator|^Instruktur|^Pamong Budaya|^Adyatama/,
    [
      ['Penyuluhan dan bimbingan kepada kelompok sasaran', 'kegiatan', 24, 60],
      ['Pendampingan kelompok binaan', 'kelompok', 6, 20],
      ['Pendataan sasaran program', 'orang', 100, 500],
      ['Laporan hasil penyuluhan dan pendampingan', 'laporan', 12, 12],
    ],
  ],
  [
    /^Pengemudi/,
    [
      ['Pelayanan transportasi dinas dan rujukan', 'perjalanan', 150, 250],
      ['Perawatan berkala kendaraan dinas', 'kegiatan', 12, 12],
      ['Laporan penggunaan kendaraan dan bahan bakar', 'laporan', 12, 12],
      ['Pemeriksaan kesiapan kendaraan', 'hari kerja', 200, 240],
    ],
  ],
  [
    /^(Petugas|Pemadam|Analis Kebakaran|Analis Kebencanaan|Teknik|Pengendali|Penguji|Penera)/,
    [
      ['Tugas operasional lapangan terlaksana sesuai jadwal', 'hari kerja', 200, 240],
      ['Laporan kegiatan lapangan', 'laporan', 12, 52],
      ['Pemeliharaan sarana dan peralatan kerja', 'kegiatan', 12, 24],
      ['Kejadian dan aduan ditangani', 'kejadian', 20, 120],
      ['Pemeriksaan dan pengujian teknis', 'dokumen', 20, 200],
    ],
  ],
  [
    /^(Pengolah Data Kependudukan)/,
    [
      ['Perekaman dan penerbitan KTP elektronik', 'dokumen', 3000, 9000],
      ['Penerbitan kartu keluarga', 'dokumen', 2000, 6000],
      ['Penerbitan akta kelahiran', 'dokumen', 1500, 5000],
      ['Laporan data kependudukan', 'laporan', 12, 12],
    ],
  ],
  [
    /^(Pengelola Layanan Perizinan|Penata Perizinan)/,
    [
      ['Permohonan perizinan diverifikasi dan diproses', 'dokumen', 500, 2000],
      ['Konsultasi perizinan kepada pemohon', 'layanan', 300, 1200],
      ['Laporan pelayanan perizinan', 'laporan', 12, 12],
      ['Survei lapangan permohonan izin', 'kegiatan', 24, 80],
    ],
  ],
];

const WILAYAH: T[] = [
  ['Surat pengantar KTP elektronik dan kartu keluarga', 'dokumen', 600, 1800],
  ['Surat keterangan domisili, usaha dan tidak mampu', 'dokumen', 400, 1500],
  ['Pemutakhiran data penduduk', 'dokumen', 300, 1200],
  ['Pengarsipan dokumen layanan', 'dokumen', 500, 2000],
  ['Pendampingan kegiatan pemberdayaan masyarakat', 'kegiatan', 6, 18],
  ['Verifikasi data penerima bantuan sosial', 'keluarga', 100, 500],
];

const ADMIN: T[] = [
  ['Pengelolaan surat masuk dan surat keluar', 'dokumen', 800, 2500],
  ['Pengarsipan dokumen dinas', 'dokumen', 500, 2000],
  ['Pemutakhiran data kepegawaian dan aset', 'dokumen', 50, 300],
  ['Fasilitasi rapat dan kegiatan kantor', 'kegiatan', 24, 60],
  ['Laporan persediaan barang', 'laporan', 12, 12],
  ['Input data pada aplikasi perencanaan dan keuangan', 'dokumen', 300, 1200],
];

const EXPECTATIONS = [
  'Dilaksanakan sesuai SOP dan dilaporkan tepat waktu setiap bulan.',
  'Bukti dukung diunggah bersama laporan realisasi.',
  'Mengutamakan kualitas layanan dan kepuasan masyarakat.',
  'Berkoordinasi dengan tim sebelum tenggat.',
  'Data dapat ditelusuri dan konsisten dengan aplikasi.',
  'Capaian dipantau bulanan; kendala segera disampaikan kepada atasan.',
];

function poolFor(pos: PerformanceSeedPosition, unit: PerformanceSeedUnit): T[] {
  if (pos.isHead) {
    const k = unit.kind === 'puskesmas' || unit.kind === 'sekolah' || unit.kind === 'kecamatan' || unit.kind === 'kelurahan' || unit.kind === 'rsud' ? unit.kind : 'opd';
    return HEAD[k];
  }
  if (pos.kind === 'jpt' || pos.kind === 'administrator' || pos.kind === 'pengawas') return [...MANAGER, ...COMMON];
  for (const [re, pool] of POOLS) if (re.test(pos.title)) return [...pool, ...COMMON];
  if (unit.kind === 'kecamatan' || unit.kind === 'kelurahan') return [...WILAYAH, ...COMMON];
  return [...ADMIN, ...COMMON];
}

/** A quantity in [min, max], rounded the way people set targets (tens, fifties, hundreds). */
function quantityIn(rng: Prng, min: number, max: number): number {
  const q = rng.real(min, max + 1);
  const step = q >= 5000 ? 500 : q >= 1000 ? 100 : q >= 200 ? 10 : q >= 40 ? 5 : 1;
  return clamp(Math.round(q / step) * step, min, max);
}

/** n integer weights, multiples of 5, at least 10 each, the first (the main target) the largest; sum exactly 100. */
function weightsFor(rng: Prng, n: number): number[] {
  const w = Array.from({ length: n }, () => 10);
  let left = (100 - 10 * n) / 5;
  while (left-- > 0) w[rng.chance(0.3) ? 0 : rng.int(0, n - 1)] += 5;
  const maxIdx = w.indexOf(Math.max(...w));
  [w[0], w[maxIdx]] = [w[maxIdx], w[0]];
  return w;
}

// ───────────────────────────── the seed ─────────────────────────────

const PLAN_COLUMNS = [
  'id',
  'period_id',
  'employee_id',
  'unit_id',
  'position_id',
  'unit_path',
  'leader_employee_id',
  'status',
  'revision',
  'submitted_at',
  'approved_at',
  'approved_by_name',
  'version',
  'created_at',
  'updated_at',
];
const TARGET_COLUMNS = [
  'id',
  'plan_id',
  'parent_target_id',
  'title',
  'expectation',
  'quantity',
  'quantity_unit',
  'quality_pct',
  'deadline',
  'months',
  'cost',
  'weight',
  'sort_order',
  'realised',
  'last_reported_at',
  'at_risk',
  'version',
  'created_at',
  'updated_at',
];
const REPORT_COLUMNS = [
  'id',
  'target_id',
  'plan_id',
  'employee_id',
  'reported_on',
  'realised',
  'given_as',
  'note',
  'evidence_link',
  'status',
  'comment',
  'decided_by_name',
  'decided_at',
  'created_by_name',
  'version',
  'created_at',
  'updated_at',
];
const COACHING_COLUMNS = [
  'id',
  'employee_id',
  'period_id',
  'plan_id',
  'target_id',
  'unit_path',
  'leader_employee_id',
  'cause',
  'actions',
  'follow_up_on',
  'outcome',
  'status',
  'closed_at',
  'opened_by_name',
  'version',
  'created_at',
  'updated_at',
];
const EVALUATION_COLUMNS = [
  'id',
  'plan_id',
  'checkpoint',
  'result_rating',
  'behaviours',
  'behaviour_rating',
  'predicate',
  'note',
  'status',
  'finalised_at',
  'evaluator_name',
  'version',
  'created_at',
  'updated_at',
];

const BEHAVIOURS = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
const RATING_ORDER: Record<Rating, number> = { below: 0, meets: 1, above: 2 };
const BEHAVIOUR_NOTES: Record<Rating, string[]> = {
  above: ['Menjadi teladan bagi rekan kerja.', 'Proaktif dan melampaui harapan.', 'Konsisten memberikan layanan terbaik.'],
  meets: ['Sesuai harapan.', 'Menjalankan tugas dengan baik.', ''],
  below: ['Perlu peningkatan; dibahas dalam bimbingan.', 'Beberapa kali terlambat menyelesaikan tugas.', 'Perlu pendampingan lebih lanjut.'],
};
const COACHING_CAUSES = [
  'Realisasi tertinggal dari laju yang diharapkan karena beban layanan meningkat.',
  'Pelaporan realisasi tidak rutin; bukti dukung belum lengkap.',
  'Kendala sarana dan prasarana menghambat pelaksanaan kegiatan.',
  'Pegawai menjalani cuti panjang sehingga pekerjaan tertunda.',
  'Pembagian tugas dalam tim belum jelas.',
  'Kompetensi teknis pada aplikasi baru belum memadai.',
];
const COACHING_ACTIONS = [
  'Menyusun jadwal kerja mingguan dan melaporkannya setiap Jumat',
  'Pendampingan oleh rekan senior selama satu bulan',
  'Mengikuti pelatihan aplikasi secara daring',
  'Membagi ulang tugas dalam tim',
  'Melengkapi bukti dukung laporan bulan sebelumnya',
  'Rapat evaluasi singkat setiap dua minggu',
];
const COACHING_OUTCOMES = [
  'Realisasi kembali sesuai laju; pemantauan dilanjutkan dalam evaluasi bulanan.',
  'Sebagian target tercapai; rencana aksi diperpanjang satu bulan.',
  'Kendala teratasi; pegawai berkomitmen melapor tepat waktu.',
];
const N = '\\N';
const ACCEPT_COMMENTS = ['Baik, lanjutkan.', 'Diterima.', 'Terima kasih, sesuai.'];
const REPORT_NOTES = [
  'Sesuai rencana kerja bulan ini.',
  'Data dari aplikasi, sudah diverifikasi.',
  'Ada penambahan kegiatan dari pimpinan.',
  'Sedikit tertunda karena libur panjang.',
  'Bukti dukung terlampir.',
  'Realisasi kumulatif sampai dengan akhir bulan.',
];
const RETURN_COMMENTS = [
  'Bukti dukung belum dilampirkan, mohon dilengkapi.',
  'Angka realisasi tidak sesuai dengan rekap aplikasi, mohon diperiksa kembali.',
  'Mohon dipisahkan antara kegiatan bulan ini dan bulan lalu.',
];

export async function seedPerformance(input: PerformanceSeedInput, io: PerformanceSeedIo): Promise<PerformanceSeedResult> {
  const { seed, today } = input;
  const log = input.log ?? (() => undefined);
  const nowMs = (input.now ?? new Date()).getTime();
  const matrix = ruleValue<PredicateMatrix>('performance.predicate_matrix');
  const limits = ruleValue<DistributionLimits>('performance.distribution_limits');
  const threshold = ruleValue<{ atRiskThreshold: number }>('performance.monitoring').atRiskThreshold;

  const periodId = idFactory(seed, 27);
  const planId = idFactory(seed, 28);
  const targetId = idFactory(seed, 29);
  const reportId = idFactory(seed, 30);
  const coachingId = idFactory(seed, 31);
  const evaluationId = idFactory(seed, 32);
  const ratingId = idFactory(seed, 33);
  const serviceId = idFactory(seed, 34);
  const responseId = idFactory(seed, 35);
  const revisionId = idFactory(seed, 36);

  const planRng = input.rng.fork(1);
  const reportBase = input.rng.fork(2);
  const coachRng = input.rng.fork(3);
  const evalRng = input.rng.fork(4);
  const ikmRng = input.rng.fork(5);

  /** A WIB timestamp on a day, never after now. */
  const nowDay = Math.floor((nowMs + 7 * 3_600_000) / DAY_MS); // today in WIB
  const at = (d: number, h: number, m: number) => {
    if (d >= nowDay && (d - 7 / 24) * DAY_MS + (h * 60 + m) * 60_000 > nowMs) return new Date(nowMs - 60_000).toISOString();
    return `${isoOf(d)} ${HHMM[h * 60 + m]}:00+07`;
  };

  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const posById = new Map(input.positions.map((p) => [p.id, p]));
  const emps = input.employees.map((e) => {
    const pos = posById.get(e.positionId);
    if (!pos) throw new Error(`performance seed: employee ${e.id} holds an unknown position`);
    return { ...e, pos, unit: unitById.get(pos.unitId)! };
  });
  type Emp = (typeof emps)[number];

  // ── direct leaders, as directLeaderOf: the head of the unit, or of the nearest ancestor with one (never oneself)
  const headsByUnit = new Map<string, Emp[]>();
  for (const e of emps) if (e.pos.isHead) headsByUnit.set(e.unit.id, [...(headsByUnit.get(e.unit.id) ?? []), e]);
  for (const list of headsByUnit.values()) list.sort((a, b) => (a.appointed < b.appointed ? -1 : a.appointed > b.appointed ? 1 : a.id < b.id ? -1 : 1));
  const leaderOf = new Map<string, Emp | null>();
  for (const e of emps) {
    let leader: Emp | null = null;
    for (let u: PerformanceSeedUnit | undefined = e.unit; u && !leader; u = u.parentId ? unitById.get(u.parentId) : undefined)
      leader = headsByUnit.get(u.id)?.find((h) => h.id !== e.id) ?? null;
    leaderOf.set(e.id, leader);
  }
  if (leaderOf.get(input.worker.id)?.id !== input.workerLeader.id) throw new Error('performance seed: the pegawai.dinkes employee is not led by the kepala.poncol employee');

  // leaders before the people they lead (a leader sits in the same unit or an ancestor, so by depth, heads first)
  const order = emps
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.unit.depth - b.e.unit.depth || Number(b.e.pos.isHead) - Number(a.e.pos.isHead) || a.i - b.i)
    .map((x) => x.e);

  // ── dates
  const P_START = dayOf('2026-01-01');
  const P_END = dayOf('2026-12-31');
  const T_DAY = dayOf(today);
  const RE = Math.min(T_DAY, P_END); // reports up to here
  const reporting = RE >= P_START;
  const curMonth = reporting ? Number(isoOf(RE).slice(5, 7)) : 0;
  const MONTH_START = Array.from({ length: 14 }, (_, m) => Date.UTC(2026, m - 1, 1) / DAY_MS); // [1] = 2026-01-01, [13] = 2027-01-01
  const monthStart = (m: number) => MONTH_START[m];
  const monthEnd = (m: number) => MONTH_START[m + 1] - 1;
  const monthOfDay = (d: number) => {
    let m = 1;
    while (m < 12 && d >= MONTH_START[m + 1]) m++;
    return m;
  };

  const result: PerformanceSeedResult = {
    periods: 2,
    plans: 0,
    targets: 0,
    reports: 0,
    atRiskTargets: 0,
    coaching: 0,
    evaluations: 0,
    unitRatings: 0,
    ikmServices: 0,
    ikmResponses: 0,
  };

  // ── periods
  const period2025 = periodId();
  const period2026 = periodId();
  const periodLines = [
    copyLine([period2025, 2025, 'SKP Tahun 2025', '2025-01-01', '2025-12-31', 'monthly', 'closed', 'Perencana SDM BKPP', 2, '2024-12-16 09:00:00+07', '2026-01-31 10:00:00+07']),
    copyLine([period2026, 2026, 'SKP Tahun 2026', '2026-01-01', '2026-12-31', 'monthly', 'open', 'Perencana SDM BKPP', 1, '2025-12-15 09:00:00+07', '2025-12-15 09:00:00+07']),
  ];
  await io.copyChunks(
    'performance_periods',
    ['id', 'year', 'name', 'starts_on', 'ends_on', 'checkpoints', 'status', 'created_by_name', 'version', 'created_at', 'updated_at'],
    [periodLines.join('')],
  );

  // ── 2026 plans and targets (in memory first: the reports need them)
  interface Target {
    id: string;
    planId: string;
    qty: number;
    integer: boolean;
    end: number;
    line: Cell[];
    behind: boolean;
  }
  interface Plan {
    id: string;
    emp: Emp;
    leader: Emp | null;
    profile: 'ahead' | 'onpace' | 'slow' | 'behind';
    reportsThisMonth: boolean;
    targets: Target[];
    approvedDay: number;
  }
  const plans: Plan[] = [];
  const planByEmp = new Map<string, Plan>();
  const planLines: string[] = [];
  const revisionLines: string[] = [];
  const TOP_APPROVER = 'Wali Kota Semarang';
  const evalUnits = new Set<string>(); // filled below; the 2026 checkpoint evaluations use the same units
  for (const e of order) {
    const leader = leaderOf.get(e.id) ?? null;
    const pool = poolFor(e.pos, e.unit);
    const n = Math.min(pool.length, new WeightedPicker([3, 4, 5, 6], [0.3, 0.35, 0.22, 0.13]).pick(planRng));
    const weights = weightsFor(planRng, n);
    // the main target first, then a random selection of the rest of the pool
    const idx = pool.map((_, i) => i);
    for (let i = idx.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(planRng.next() * i);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const isWorker = e.id === input.worker.id;
    const r = planRng.next();
    const profile: Plan['profile'] = isWorker ? 'onpace' : r < 0.1 ? 'behind' : r < 0.22 ? 'ahead' : r < 0.32 ? 'slow' : 'onpace';
    // people appointed during the year make their plan once in post
    const startDay = Math.max(P_START, dayOf(e.appointed));
    const submittedDay = Math.min(startDay + planRng.int(2, 9), Math.max(P_START, T_DAY - 2));
    const approvedDay = Math.min(submittedDay + planRng.int(1, 5), Math.max(P_START, T_DAY - 1));
    const plan: Plan = { id: planId(), emp: e, leader, profile, reportsThisMonth: isWorker || planRng.chance(0.85), targets: [], approvedDay };
    const leaderTargets = leader ? planByEmp.get(leader.id)?.targets : undefined;
    if (leader && !leaderTargets) throw new Error(`performance seed: the leader of ${e.id} has no plan yet`);
    const created = at(submittedDay - planRng.int(1, 2), 8, planRng.int(0, 59));
    const behindCount = profile === 'behind' ? planRng.int(1, Math.min(2, n)) : 0;
    for (let k = 0; k < n; k++) {
      const [title, qUnit, lo, hi] = pool[idx[k]];
      const qty = quantityIn(planRng, lo, hi);
      // time indicator: most targets run the whole year; some end earlier
      const tr = planRng.next();
      let deadline: string | null = null;
      let months: number | null = null;
      let end = P_END;
      if (tr < 0.12) {
        months = planRng.pick([6, 9]);
        end = monthEnd(months);
      } else if (tr < 0.22) {
        end = monthEnd(planRng.pick([9, 10, 11]));
        deadline = isoOf(end);
      } else if (tr < 0.82) months = 12;
      const parent = leaderTargets ? leaderTargets[k < leaderTargets.length && planRng.chance(0.7) ? k : planRng.int(0, leaderTargets.length - 1)] : undefined;
      const structural = e.pos.isHead || e.pos.kind === 'jpt' || e.pos.kind === 'administrator';
      const t: Target = {
        id: targetId(),
        planId: plan.id,
        qty,
        integer: Number.isInteger(qty),
        end,
        behind: k < behindCount,
        line: [
          null, // id, set below
          plan.id,
          parent?.id ?? null,
          title.replace('{unit}', e.unit.name),
          planRng.chance(0.4) ? planRng.pick(EXPECTATIONS) : null,
          qty.toFixed(2),
          qUnit,
          planRng.chance(0.8) ? '100.00' : planRng.pick(['90.00', '95.00']),
          deadline,
          months,
          structural && planRng.chance(0.5) ? (planRng.int(5, 200) * 5_000_000).toFixed(2) : null,
          weights[k].toFixed(2),
          k,
          '0.00', // realised (13)
          null, // last_reported_at (14)
          false, // at_risk (15)
          1,
          created,
          created,
        ],
      };
      t.line[0] = t.id;
      plan.targets.push(t);
    }
    plans.push(plan);
    planByEmp.set(e.id, plan);
    const revised = !isWorker && planRng.chance(0.005);
    const approvedBy = leader?.name ?? TOP_APPROVER;
    planLines.push(
      copyLine([
        plan.id,
        period2026,
        e.id,
        e.unit.id,
        e.pos.id,
        e.unit.path,
        leader?.id ?? null,
        'approved',
        revised ? 2 : 1,
        at(submittedDay, 9, planRng.int(0, 59)),
        at(approvedDay, 10, planRng.int(0, 59)),
        approvedBy,
        revised ? 6 : 3,
        created,
        at(approvedDay, 10, 59),
      ]),
    );
    if (revised) {
      const before = plan.targets.map((t) => ({ id: t.id, title: t.line[3], quantity: Number(t.qty) + (t.integer ? 10 : 1), quantityUnit: t.line[6], weight: Number(t.line[11]) }));
      revisionLines.push(
        copyLine([revisionId(), plan.id, 1, 'Penyesuaian target setelah perubahan anggaran (APBD Perubahan).', JSON.stringify(before), approvedBy, at(dayOf('2026-08-20'), 10, 0)]),
      );
    }
  }
  result.plans = plans.length;

  // ── reports (cumulative), then each target's realised / last report / at risk
  const reportCount = { n: 0 };
  const decidedDayMin = T_DAY - 6; // the latest week mostly still awaits the leader
  const workerUnitId = emps.find((x) => x.id === input.worker.id)!.unit.id;
  let atRisk = 0;
  const atRiskPlans: Plan[] = [];
  /** One plan's reports as COPY lines, from the plan's own stream; sets its targets' realised, last report and at-risk flag. */
  const simulate = (plan: Plan, pi: number): string => {
    const reportRng = reportBase.fork(pi);
    let buf = '';
    {
      const forcePending = plan.emp.id === input.worker.id || plan.emp.unit.id === workerUnitId;
      // the last month each target was reported in
      let anyThisMonth = false;
      const lastMonths = plan.targets.map(() => {
        if (!reporting) return 0;
        if (plan.reportsThisMonth) {
          const m = reportRng.chance(0.75) ? curMonth : curMonth - 1;
          if (m === curMonth) anyThisMonth = true;
          return m;
        }
        return reportRng.chance(0.7) ? curMonth - 1 : curMonth - 2;
      });
      if (plan.reportsThisMonth && !anyThisMonth && lastMonths.length) lastMonths[0] = curMonth;
      let planAtRisk = false;
      plan.targets.forEach((t, ti) => {
        const days = t.end - P_START + 1;
        const expectedOn = (d: number) => clamp((d - P_START + 1) / days, 0, 1);
        const f =
          t.behind || plan.profile === 'behind'
            ? t.behind
              ? reportRng.real(0.4, 0.68)
              : reportRng.real(0.9, 1.02)
            : plan.profile === 'ahead'
              ? reportRng.real(1.04, 1.2)
              : plan.profile === 'slow'
                ? reportRng.real(0.86, 0.95)
                : reportRng.real(0.95, 1.06);
        // the months reported in: the last one, then back by 2–4 months
        const months: number[] = [];
        let m = Math.min(lastMonths[ti], monthOfDay(Math.min(t.end, RE)));
        while (m >= 1) {
          months.unshift(m);
          m -= reportRng.pick([2, 3, 3, 4]);
        }
        const reportDays = months.map((mm) => {
          const lo = Math.max(monthStart(mm), mm === 1 ? monthStart(1) + 15 : 0, plan.approvedDay + 1);
          const hi = Math.min(monthEnd(mm), RE);
          return lo > hi ? -1 : reportRng.int(lo, hi);
        });
        const valid = reportDays.map((d, i) => [d, months[i]] as const).filter(([d]) => d >= 0);
        // cumulative shares: paced, never decreasing, the latest adjusted so the person's profile shows today
        const shares = valid.map(([d]) => clamp(expectedOn(d) * f * (0.93 + 0.14 * reportRng.next()), 0, 1.3));
        for (let i = 1; i < shares.length; i++) shares[i] = Math.max(shares[i], shares[i - 1]);
        const eToday = expectedOn(T_DAY);
        if (shares.length) {
          const last = shares.length - 1;
          if (t.behind) shares[last] = Math.max(0.02, Math.min(shares[last], eToday - threshold - reportRng.real(0.03, 0.2)));
          else shares[last] = Math.max(shares[last], eToday - reportRng.real(0, 0.1));
          for (let i = last - 1; i >= 0; i--) shares[i] = Math.min(shares[i], shares[i + 1]);
        }
        let realised = 0;
        let lastAt: string | null = null;
        const leaderName = plan.leader?.name ?? TOP_APPROVER;
        const last = valid.length - 1;
        // one report as a COPY line, built by hand (the hot path; every text here is free of tabs and backslashes)
        const emit = (d: number, mm: number, value: number, percent: boolean, resubmission: boolean) => {
          const id = reportId();
          const createdAt = at(d, reportRng.int(7, 15), reportRng.int(0, 59));
          const undecided = d >= decidedDayMin ? !reportRng.chance(0.3) : reportRng.chance(0.01);
          const pending = forcePending ? mm === curMonth || undecided : undecided;
          let status = 'pending';
          let realisedCell = value;
          let comment = N;
          let decidedAt: string | null = null;
          if (!pending) {
            const dd = Math.min(d + reportRng.int(1, 4), T_DAY);
            decidedAt = at(dd, reportRng.int(8, 16), reportRng.int(0, 59));
            // a returned report is sent again, corrected, a few days later (the latest one only while there is time)
            const returned = !resubmission && reportRng.chance(0.025) && (d !== valid[last][0] || dd + 3 <= RE);
            if (returned) {
              status = 'returned';
              comment = reportRng.pick(RETURN_COMMENTS);
              realisedCell = t.integer ? Math.round(value * 1.2 + 1) : round2(value * 1.2 + 1);
            } else {
              status = 'accepted';
              if (reportRng.chance(0.15)) comment = reportRng.pick(ACCEPT_COMMENTS);
            }
            if (returned && d === valid[last][0]) pendingResubmission = Math.min(dd + reportRng.int(1, 3), RE);
          }
          if (status !== 'returned') realised = realisedCell;
          lastAt = createdAt;
          reportCount.n++;
          const note = reportRng.chance(0.35) ? `${reportRng.pick(REPORT_NOTES)} (${MONTHS_ID[mm - 1]})` : resubmission ? 'Perbaikan sesuai catatan atasan.' : N;
          const link = reportRng.chance(0.2) ? `https://e-kinerja.semarangkota.go.id/bukti/${id.slice(-10)}` : N;
          buf +=
            `${id}\t${t.id}\t${plan.id}\t${plan.emp.id}\t${isoOf(d)}\t${realisedCell.toFixed(2)}\t${percent ? 'percent' : 'quantity'}\t${note}\t${link}\t` +
            `${status}\t${comment}\t${decidedAt ? leaderName : N}\t${decidedAt ?? N}\t${plan.emp.name}\t${status === 'pending' ? 1 : 2}\t${createdAt}\t${decidedAt ?? createdAt}\n`;
        };
        let pendingResubmission = -1;
        for (let i = 0; i <= last; i++) {
          const [d, mm] = valid[i];
          const share = shares[i];
          const percent = reportRng.chance(0.1);
          const value = percent ? round2((t.qty * Math.round(share * 100)) / 100) : t.integer ? (t.behind ? Math.floor : Math.ceil)(share * t.qty - 1e-9) : round2(share * t.qty);
          emit(d, mm, value, percent, false);
          if (pendingResubmission >= 0) emit(pendingResubmission, monthOfDay(pendingResubmission), value, false, true);
        }
        const p = pace({ start: '2026-01-01', end: isoOf(t.end), on: today < '2026-01-01' ? '2026-01-01' : today, target: t.qty, realised }, threshold);
        t.line[13] = realised.toFixed(2);
        t.line[14] = lastAt;
        t.line[15] = p.atRisk;
        if (p.atRisk) {
          atRisk++;
          planAtRisk = true;
        }
      });
      if (planAtRisk) atRiskPlans.push(plan);
    }
    return buf;
  };
  function* reportLines(): Generator<string> {
    let buf = '';
    for (let pi = 0; pi < plans.length; pi++) {
      buf += simulate(plans[pi], pi);
      if (buf.length > 1 << 18) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }

  await io.bulk('performance_plans', plans.length, () => io.copyChunks('performance_plans', PLAN_COLUMNS, planLines));
  planLines.length = 0;
  if (revisionLines.length) await io.copyChunks('performance_plan_revisions', ['id', 'plan_id', 'revision', 'reason', 'before', 'by_name', 'created_at'], revisionLines);
  log(`performance: ${plans.length} plans written`);
  const targetCount = plans.reduce((s, p) => s + p.targets.length, 0);
  result.targets = targetCount;
  function* targetLines(): Generator<string> {
    let buf = '';
    for (const p of plans)
      for (const t of p.targets) {
        buf += copyLine(t.line);
        if (buf.length > 1 << 18) {
          yield buf;
          buf = '';
        }
      }
    if (buf) yield buf;
  }
  if (targetCount >= io.bulkRows) {
    // Big: both tables load without their indexes and foreign keys (restored and checked after both loads), so the
    // reports stream first, setting each target's outcome as they go, and the targets follow: one pass, no buffering.
    await io.bulk('performance_targets', targetCount, () =>
      io.bulk('performance_reports', Math.max(io.bulkRows, targetCount), async () => {
        await io.copyChunks('performance_reports', REPORT_COLUMNS, reportLines());
        await io.copyChunks('performance_targets', TARGET_COLUMNS, targetLines());
      }),
    );
  } else {
    // Small: the reports are kept while the targets go first (their foreign key is in force)
    const reportChunks = [...reportLines()];
    await io.copyChunks('performance_targets', TARGET_COLUMNS, targetLines());
    await io.copyChunks('performance_reports', REPORT_COLUMNS, reportChunks);
  }
  result.reports = reportCount.n;
  result.atRiskTargets = atRisk;
  log(`performance: ${targetCount} targets and ${result.reports} reports written`);

  // ── evaluation units: the worker's puskesmas (locked in 2025), another puskesmas, a school, a kecamatan, a kelurahan
  const firstOf = (kind: string, skip = 0) => input.units.filter((u) => u.kind === kind && headsByUnit.has(u.id))[skip];
  const worker = emps.find((x) => x.id === input.worker.id)!;
  const chosen: [PerformanceSeedUnit | undefined, UnitRating, boolean][] = [
    [worker.unit, 'baik', true],
    [firstOf('puskesmas', 1), 'butuh_perbaikan', false],
    [firstOf('sekolah'), 'istimewa', false],
    [firstOf('kecamatan'), 'baik', false],
    [firstOf('kelurahan'), 'baik', false],
  ];
  for (const [u] of chosen) if (u) evalUnits.add(u.id);

  // ── coaching (2026): for some people at risk, and one in the worker's puskesmas
  const coachingLines: string[] = [];
  const evaluationLines: string[] = [];
  const coachingFor = (plan: Plan, period: string, targetIdOrNull: string | null, openedDay: number, state: 'overdue' | 'open' | 'closed', cause?: string) => {
    const actions = Array.from({ length: coachRng.int(1, 3) }, (_, i) => ({
      action: COACHING_ACTIONS[(coachRng.int(0, COACHING_ACTIONS.length - 1) + i) % COACHING_ACTIONS.length],
      owner: i === 0 ? plan.emp.name : coachRng.pick([plan.emp.name, plan.leader?.name ?? plan.emp.name]),
      due: isoOf(openedDay + 14 * (i + 1)),
    }));
    const followUp =
      state === 'overdue'
        ? Math.min(openedDay + coachRng.int(10, 30), T_DAY - coachRng.int(1, 10))
        : state === 'open'
          ? T_DAY + coachRng.int(3, 30)
          : openedDay + coachRng.int(14, 30);
    const opened = at(openedDay, coachRng.int(9, 14), coachRng.int(0, 59));
    const closedAt = state === 'closed' ? at(Math.min(followUp + coachRng.int(0, 3), T_DAY), 11, 0) : null;
    coachingLines.push(
      copyLine([
        coachingId(),
        plan.emp.id,
        period,
        plan.id,
        targetIdOrNull,
        plan.emp.unit.path,
        plan.leader?.id ?? null,
        cause ?? coachRng.pick(COACHING_CAUSES),
        JSON.stringify(actions),
        isoOf(followUp),
        state === 'closed' ? coachRng.pick(COACHING_OUTCOMES) : null,
        state === 'closed' ? 'closed' : 'open',
        closedAt,
        plan.leader?.name ?? TOP_APPROVER,
        state === 'closed' ? 2 : 1,
        opened,
        closedAt ?? opened,
      ]),
    );
  };
  if (reporting && T_DAY > P_START + 60) {
    const withLeader = atRiskPlans.filter((p) => p.leader);
    const pkmAtRisk = withLeader.find((p) => p.emp.unit.id === workerUnitId && p.emp.id !== input.worker.id);
    const picked = withLeader.filter((p, i) => p === pkmAtRisk || mix(i) < 0.08).slice(0, 400);
    function mix(i: number) {
      return ((Math.imul(i + 1, 0x9e3779b1) >>> 0) % 1000) / 1000;
    }
    for (const p of picked) {
      const t = p.targets.find((x) => x.line[15] === true) ?? null;
      const r = coachRng.next();
      const state = p === pkmAtRisk ? 'overdue' : r < 0.4 ? 'overdue' : r < 0.8 ? 'open' : 'closed';
      coachingFor(p, period2026, t?.id ?? null, T_DAY - coachRng.int(20, 60), state);
    }
  }

  // ── 2026 checkpoint evaluations in the evaluation units: quarters already over, final, by the direct leader
  const behaviourSet = (rng: Prng, bias: number) => {
    const b: Record<string, { rating: Rating; note: string }> = {};
    const ratings: Rating[] = [];
    for (const k of BEHAVIOURS) {
      const x = rng.next() + bias;
      const rating: Rating = x < 0.1 ? 'below' : x > 0.85 ? 'above' : 'meets';
      ratings.push(rating);
      b[k] = { rating, note: rng.pick(BEHAVIOUR_NOTES[rating]) };
    }
    const median = [...ratings].sort((a, c) => RATING_ORDER[a] - RATING_ORDER[c])[3];
    return { behaviours: b, rating: median };
  };
  const evaluationLine = (planIdV: string, checkpoint: number, result: Rating, beh: ReturnType<typeof behaviourSet>, finalDay: number, evaluator: string, note: string | null) => {
    const pred = predicate(result, beh.rating, matrix);
    const fin = at(finalDay, 10, evalRng.int(0, 59));
    evaluationLines.push(copyLine([evaluationId(), planIdV, checkpoint, result, JSON.stringify(beh.behaviours), beh.rating, pred, note, 'final', fin, evaluator, 2, fin, fin]));
    return pred;
  };
  for (const plan of plans) {
    if (!evalUnits.has(plan.emp.unit.id) || plan.emp.pos.isHead || !plan.leader) continue;
    for (const cp of [3, 6, 9]) {
      if (monthEnd(cp) + 10 > T_DAY) continue;
      const result: Rating = plan.profile === 'behind' ? (evalRng.chance(0.6) ? 'below' : 'meets') : plan.profile === 'ahead' ? (evalRng.chance(0.5) ? 'above' : 'meets') : 'meets';
      evaluationLine(plan.id, cp, result, behaviourSet(evalRng, plan.profile === 'ahead' ? 0.1 : 0), monthEnd(cp) + evalRng.int(3, 10), plan.leader.name, null);
    }
  }

  // ── 2025: plans with their final reports, final annual evaluations, unit ratings (one locked), coaching
  const plan25Lines: string[] = [];
  const target25Lines: string[] = [];
  const report25Lines: string[] = [];
  const ratingLines: string[] = [];
  const D25_END = dayOf('2025-12-31');
  const finalDay = dayOf('2026-01-12');
  for (const [unit, rating, lock] of chosen) {
    if (!unit) continue;
    const staff = emps.filter((e) => e.unit.id === unit.id && e.appointed <= '2025-06-30');
    if (lock && staff.length < 2) continue; // too small for a valid distribution (tiny demo sizes)
    if (!staff.length) continue;
    const heads = staff.filter((e) => e.pos.isHead);
    // the predicates: for the locked unit a valid distribution (rating "baik": at most 70 % baik, at least one
    // butuh perbaikan or kurang), elsewhere drawn from the ratings
    const headResult: Rating = rating === 'istimewa' ? 'above' : rating === 'baik' ? 'meets' : 'below';
    const wanted = new Map<string, Predicate>();
    if (lock) {
      const others = staff.filter((e) => !e.pos.isHead && e.id !== input.worker.id);
      const workerHere = staff.find((e) => e.id === input.worker.id);
      const n = staff.length;
      const bp = Math.max(1, Math.round(0.08 * n));
      const baikMax = Math.floor(0.7 * n);
      // pegawai.dinkes right after the Butuh Perbaikan ones: Baik (their competency recommendations stay as they were)
      if (workerHere) others.splice(Math.min(bp, others.length), 0, workerHere);
      let baik = Math.min(baikMax - heads.length, others.length - bp);
      if (baik < 0) baik = 0;
      others.forEach((e, i) => wanted.set(e.id, i < bp ? 'butuh_perbaikan' : i < bp + baik ? 'baik' : 'sangat_baik'));
    }
    const counts: Partial<Record<Predicate, number>> = {};
    for (const e of staff) {
      const leader = leaderOf.get(e.id) ?? null;
      const pid = planId();
      const created = at(dayOf('2025-01-03'), 9, evalRng.int(0, 59));
      plan25Lines.push(
        copyLine([
          pid,
          period2025,
          e.id,
          e.unit.id,
          e.pos.id,
          e.unit.path,
          leader?.id ?? null,
          'approved',
          1,
          at(dayOf('2025-01-08'), 9, 0),
          at(dayOf('2025-01-14'), 10, 0),
          leader?.name ?? TOP_APPROVER,
          3,
          created,
          created,
        ]),
      );
      const pool = poolFor(e.pos, e.unit);
      const w = weightsFor(evalRng, 3);
      let result: Rating;
      let beh: ReturnType<typeof behaviourSet>;
      const want = wanted.get(e.id);
      if (e.pos.isHead) {
        result = headResult;
        beh = behaviourSet(evalRng, 0);
        if (lock) beh = forceBehaviour(beh, 'meets');
      } else if (want) {
        [result, beh] =
          want === 'sangat_baik'
            ? ['above', forceBehaviour(behaviourSet(evalRng, 0.2), 'above')]
            : want === 'baik'
              ? ['meets', forceBehaviour(behaviourSet(evalRng, 0), 'meets')]
              : ['below', forceBehaviour(behaviourSet(evalRng, 0), 'meets')];
      } else {
        const r = evalRng.next();
        result = rating === 'butuh_perbaikan' ? (r < 0.45 ? 'below' : r < 0.95 ? 'meets' : 'above') : r < 0.12 ? 'below' : r < 0.78 ? 'meets' : 'above';
        beh = behaviourSet(evalRng, rating === 'istimewa' ? 0.1 : 0);
      }
      const shareFor = result === 'above' ? evalRng.real(1.02, 1.15) : result === 'meets' ? evalRng.real(0.92, 1.02) : evalRng.real(0.6, 0.82);
      for (let k = 0; k < 3; k++) {
        const [title, qUnit, lo, hi] = pool[k];
        const qty = quantityIn(evalRng, lo, hi);
        const tid = targetId();
        const real = Number.isInteger(qty) ? Math.round(qty * shareFor) : round2(qty * shareFor);
        const repAt = at(dayOf('2025-12-' + pad2(evalRng.int(18, 30))), 10, evalRng.int(0, 59));
        const p = pace({ start: '2025-01-01', end: '2025-12-31', on: '2025-12-31', target: qty, realised: real }, threshold);
        target25Lines.push(
          copyLine([
            tid,
            pid,
            null,
            title.replace('{unit}', e.unit.name),
            null,
            qty.toFixed(2),
            qUnit,
            '100.00',
            null,
            12,
            null,
            w[k].toFixed(2),
            k,
            real.toFixed(2),
            repAt,
            p.atRisk,
            1,
            created,
            repAt,
          ]),
        );
        report25Lines.push(
          copyLine([
            reportId(),
            tid,
            pid,
            e.id,
            repAt.slice(0, 10),
            real.toFixed(2),
            'quantity',
            'Realisasi akhir tahun 2025.',
            null,
            'accepted',
            null,
            leader?.name ?? TOP_APPROVER,
            at(D25_END, 10, 0),
            e.name,
            2,
            repAt,
            at(D25_END, 10, 0),
          ]),
        );
      }
      const pred = evaluationLine(pid, 0, result, beh, finalDay + evalRng.int(0, 6), leader?.name ?? TOP_APPROVER, evalRng.chance(0.3) ? 'Evaluasi kinerja tahunan 2025.' : null);
      counts[pred] = (counts[pred] ?? 0) + 1;
      if (NEEDS_COACHING.includes(pred)) {
        const plan = { id: pid, emp: e, leader } as Plan;
        coachingFor(plan, period2025, null, dayOf('2025-11-10') + evalRng.int(0, 20), 'closed', 'Capaian kinerja tahun 2025 di bawah ekspektasi; perlu rencana perbaikan.');
      }
    }
    const check = checkDistribution(rating, counts, limits);
    if (lock && !check.ok) throw new Error(`performance seed: the locked unit ${unit.code} breaks the distribution limits: ${JSON.stringify(check.violations)}`);
    const full = check.counts;
    ratingLines.push(
      copyLine([
        ratingId(),
        period2025,
        unit.id,
        rating,
        lock ? at(dayOf('2026-01-28'), 14, 0) : null,
        lock ? 'Perencana SDM BKPP' : null,
        lock ? JSON.stringify(full) : null,
        lock ? 2 : 1,
        at(dayOf('2026-01-05'), 9, 0),
        lock ? at(dayOf('2026-01-28'), 14, 0) : at(dayOf('2026-01-05'), 9, 0),
      ]),
    );
  }
  function forceBehaviour(b: ReturnType<typeof behaviourSet>, rating: Rating): ReturnType<typeof behaviourSet> {
    // make the median the wanted rating: the middle four values set to it
    const keys = [...BEHAVIOURS];
    const out = { ...b.behaviours };
    for (const k of keys) {
      const sorted = keys.map((x) => out[x].rating).sort((a, c) => RATING_ORDER[a] - RATING_ORDER[c]);
      if (sorted[3] === rating) break;
      if (out[k].rating !== rating) out[k] = { rating, note: BEHAVIOUR_NOTES[rating][0] };
    }
    const median = keys.map((x) => out[x].rating).sort((a, c) => RATING_ORDER[a] - RATING_ORDER[c])[3];
    return { behaviours: out, rating: median };
  }
  await io.copyChunks('performance_plans', PLAN_COLUMNS, plan25Lines);
  await io.copyChunks('performance_targets', TARGET_COLUMNS, target25Lines);
  await io.copyChunks('performance_reports', REPORT_COLUMNS, report25Lines);
  result.plans += plan25Lines.length;
  result.targets += target25Lines.length;
  result.reports += report25Lines.length;
  await io.copyChunks('performance_coaching', COACHING_COLUMNS, coachingLines);
  await io.copyChunks('performance_evaluations', EVALUATION_COLUMNS, evaluationLines);
  await io.copyChunks(
    'performance_unit_ratings',
    ['id', 'period_id', 'unit_id', 'rating', 'locked_at', 'locked_by_name', 'distribution', 'version', 'created_at', 'updated_at'],
    ratingLines,
  );
  result.coaching = coachingLines.length;
  result.evaluations = evaluationLines.length;
  result.unitRatings = ratingLines.length;

  log('performance: coaching, evaluations and 2025 written');
  // ── IKM
  // about 20,000 responses for the city (fewer for the small test cities: they seed quickly)
  const ikm = ikmData(ikmRng, input.units, { serviceId, responseId }, today, Math.min(20_000, Math.max(3_000, Math.round(input.employees.length * 1.34))), at);
  await io.copyChunks('ikm_services', ['id', 'unit_id', 'code', 'name', 'desk', 'annual_users', 'active', 'version', 'created_at', 'updated_at'], ikm.services);
  await io.bulk('ikm_responses', ikm.responseCount, () =>
    io.copyChunks(
      'ikm_responses',
      [
        'id',
        'service_id',
        'unit_id',
        'submitted_at',
        'answers',
        'comment',
        'comment_status',
        'reply',
        'moderated_by_name',
        'contact_name',
        'contact',
        'source',
        'ip_hash',
        'device_hash',
        'fingerprint',
        'version',
      ],
      ikm.responses,
    ),
  );
  result.ikmServices = ikm.services.length;
  result.ikmResponses = ikm.responseCount;
  return result;
}

// ───────────────────────────── IKM ─────────────────────────────

const slug = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '')
    .slice(0, 24);

const COMMENTS_GOOD = [
  'Pelayanan cepat dan petugasnya ramah.',
  'Antrian tertib, informasinya jelas.',
  'Terima kasih, pelayanan sangat membantu.',
  'Tempatnya bersih dan nyaman.',
  'Prosesnya mudah, tidak dipungut biaya.',
  'Petugas menjelaskan persyaratan dengan sabar.',
];
const COMMENTS_BAD = [
  'Antrian terlalu lama, mohon ditambah petugas.',
  'Ruang tunggu panas dan kursinya kurang.',
  'Persyaratan kurang jelas, harus bolak-balik.',
  'Petugas kurang ramah saat jam istirahat.',
  'Sistem sering gangguan sehingga pelayanan terhenti.',
  'Parkir sempit dan tidak teratur.',
];
const COMMENTS_SPAM = ['Promo pinjaman cepat tanpa jaminan, hubungi kami!', 'asdfgh', 'Jual pulsa murah, cek profil.'];
const REPLIES = [
  'Terima kasih atas masukannya, akan kami tindak lanjuti.',
  'Terima kasih, kami akan terus meningkatkan pelayanan.',
  'Mohon maaf atas ketidaknyamanannya; jumlah petugas loket sudah kami tambah.',
];
const CONTACT_NAMES = ['Bu Rina', 'Pak Anto', 'Wulan', 'Pak Slamet', 'Dewi'];

function ikmData(
  rng: Prng,
  units: readonly PerformanceSeedUnit[],
  ids: { serviceId: () => string; responseId: () => string },
  today: string,
  total: number,
  at: (d: number, h: number, m: number) => string,
): { services: string[]; responses: Generator<string>; responseCount: number } {
  interface Service {
    id: string;
    unit: PerformanceSeedUnit;
    users: number;
  }
  const services: Service[] = [];
  const serviceLines: string[] = [];
  const created = '2024-12-20 09:00:00+07';
  const add = (unit: PerformanceSeedUnit, code: string, name: string, desk: string | null, users: number) => {
    const s = { id: ids.serviceId(), unit, users };
    services.push(s);
    serviceLines.push(copyLine([s.id, unit.id, code, name, desk, users, true, 1, created, created]));
  };
  const usedCodes = new Set<string>();
  const codeFor = (base: string, suffix: string, extra: string) => {
    let c = `${base}-${suffix}`;
    if (usedCodes.has(c)) c = `${base}-${extra}-${suffix}`;
    usedCodes.add(c);
    return c;
  };
  const kecById = new Map(units.filter((u) => u.kind === 'kecamatan').map((u) => [u.id, u]));
  for (const u of units) {
    if (u.kind === 'puskesmas') {
      add(u, codeFor(u.code, 'UMUM', ''), 'Pelayanan Poli Umum', 'Loket pendaftaran dan ruang poli umum', rng.int(15, 40) * 1000);
      add(u, codeFor(u.code, 'KIA', ''), 'Pelayanan Kesehatan Ibu dan Anak (KIA/KB)', 'Ruang KIA', rng.int(5, 12) * 1000);
      if (rng.chance(0.6)) add(u, codeFor(u.code, 'GIGI', ''), 'Pelayanan Poli Gigi', 'Ruang poli gigi', rng.int(2, 6) * 1000);
    } else if (u.kind === 'kecamatan') {
      add(u, codeFor(u.code, 'ADMINDUK', ''), 'Pelayanan Administrasi Kependudukan (PATEN)', 'Loket PATEN', rng.int(8, 20) * 1000);
    } else if (u.kind === 'kelurahan') {
      const kec = u.parentId ? kecById.get(u.parentId) : undefined;
      add(
        u,
        codeFor(`KEL-${slug(u.name.replace(/^Kelurahan /, ''))}`, 'LAYANAN', slug(kec?.name.replace(/^Kecamatan /, '') ?? u.code)),
        'Pelayanan Surat Keterangan dan Pengantar',
        'Loket pelayanan kelurahan',
        rng.int(2, 6) * 1000,
      );
    } else if (u.code === 'DISDUKCAPIL') {
      add(u, 'DISDUKCAPIL-KTP', 'Pelayanan KTP Elektronik dan Kartu Keluarga', 'Mal Pelayanan Publik, loket Disdukcapil', rng.int(60, 120) * 1000);
      add(u, 'DISDUKCAPIL-AKTA', 'Pelayanan Akta Pencatatan Sipil', 'Mal Pelayanan Publik, loket pencatatan sipil', rng.int(30, 60) * 1000);
    } else if (u.code === 'DPMPTSP') {
      add(u, 'DPMPTSP-PERIZINAN', 'Pelayanan Perizinan dan Nonperizinan', 'Mal Pelayanan Publik, loket perizinan', rng.int(20, 50) * 1000);
    }
  }

  // answer levels per unit: most A–B, some C, a few D; elements differ (free services rate cost high, waiting lower)
  const unitLevel = new Map<string, { mu: number; offsets: number[]; trend: number; ipPool: number }>();
  for (const s of services) {
    if (unitLevel.has(s.unit.id)) continue;
    const r = rng.next();
    const mu = r < 0.3 ? rng.real(3.5, 3.72) : r < 0.75 ? rng.real(3.1, 3.45) : r < 0.95 ? rng.real(2.75, 3.05) : rng.real(2.35, 2.6);
    const offsets = [0, 0, -0.2, 0.3, 0, 0.05, 0.05, -0.15, -0.05].map((o) => o + rng.real(-0.2, 0.2));
    unitLevel.set(s.unit.id, { mu, offsets, trend: rng.real(-0.05, 0.2), ipPool: rng.int(2, 6) });
  }

  const picker = new WeightedPicker(
    services,
    services.map((s) => Math.sqrt(s.users)),
  );
  const START = dayOf('2025-01-01');
  const END = dayOf(today);
  const TOTAL = END >= START ? total : 0;
  let deviceSeq = 0;
  function* responses(): Generator<string> {
    let buf = '';
    for (let i = 0; i < TOTAL; i++) {
      const s = picker.pick(rng);
      const lvl = unitLevel.get(s.unit.id)!;
      let d = rng.int(START, END);
      if (new Date(d * DAY_MS).getUTCDay() === 0) d = Math.max(START, d - 1); // Sundays: closed
      const progress = (d - START) / Math.max(1, END - START);
      const answers: (number | null)[] = lvl.offsets.map((o, k) => {
        if ((k === 3 && rng.chance(0.12)) || (k === 7 && rng.chance(0.2)) || rng.chance(0.01)) return null;
        return clamp(Math.round(lvl.mu + o + lvl.trend * progress + 0.55 * gauss(rng)), 1, 4);
      });
      const answeredMean = answers.filter((a): a is number => a !== null).reduce((a, b, _, arr) => a + b / arr.length, 0);
      let comment: string | null = null;
      let status = 'none';
      let reply: string | null = null;
      let moderator: string | null = null;
      let contactName: string | null = null;
      let contact: string | null = null;
      if (rng.chance(0.1)) {
        const spam = rng.chance(0.04);
        comment = spam ? rng.pick(COMMENTS_SPAM) : rng.pick(answeredMean >= 3 ? COMMENTS_GOOD : COMMENTS_BAD);
        const age = END - d;
        status = spam ? 'hidden' : age < 21 && rng.chance(0.8) ? 'pending' : rng.chance(0.85) ? 'published' : 'pending';
        if (status !== 'pending') moderator = 'Admin Pengaduan';
        if (status === 'published' && rng.chance(0.5)) reply = rng.pick(REPLIES);
        if (!spam && rng.chance(0.12)) {
          contactName = rng.pick(CONTACT_NAMES);
          contact = rng.chance(0.5) ? `0812${String(rng.int(1000000, 9999999))}` : `warga${rng.int(10, 999)}@contoh.id`;
        }
      }
      const device = rng.chance(0.92) ? sha256(`asn-planner demo device ${deviceSeq++}`) : null;
      const ip = sha256(`asn-planner demo address ${s.unit.id} ${rng.int(1, lvl.ipPool)}`);
      const fingerprint = sha256(`${s.id}|${device ?? ip}|${answers.join(',')}|${comment ?? ''}`);
      buf += copyLine([
        ids.responseId(),
        s.id,
        s.unit.id,
        at(d, rng.int(7, 14), rng.int(0, 59)),
        `{${answers.map((a) => (a === null ? 'NULL' : a)).join(',')}}`,
        comment,
        status,
        reply,
        moderator,
        contactName,
        contact,
        rng.chance(0.15) ? 'survey' : 'continuous',
        ip,
        device,
        fingerprint,
        status === 'none' || status === 'pending' ? 1 : 2,
      ]);
      if (buf.length > 1 << 18) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  return { services: serviceLines, responses: responses(), responseCount: TOTAL };
}
