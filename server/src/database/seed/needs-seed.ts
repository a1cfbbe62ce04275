/**
 * Planning data of the Needs module for the Semarang demo (see `modules/needs/README.md`):
 * - workload tasks (ABK) for every `workload` position,
 * - the city's teacher ratio norms (per family, for every SD or SMP negeri),
 * - WISN (ABK-Kes) studies for the health cadres of every puskesmas and the RSUD.
 *
 * The workloads and WISN studies are synthetic but sized from the employees the demo actually generated, in line with
 * what Semarang reports (about 15,000 ASN against about 22,000 needed, domain.md §1): most positions short, some with a
 * surplus, health clearly short. The teachers' need is not sized here: it follows from the norms and the schools'
 * pupils drivers. It draws from its own PRNG streams and id factories, so the rest of the demo (employees included) is
 * byte-identical with or without it; and it scales: positions are per unit, so a bigger demo puts more holders on the
 * same positions and the volumes grow with them.
 */
import { RULE_SEEDS } from '../../modules/reference/rules.seed.js';
import { Prng, uuidFactory } from './prng.js';

type Cell = string | number | boolean | null;
type Period = 'day' | 'week' | 'month' | 'year';

/** What the needs seed reads of a demo position. */
export interface NeedsSeedPosition {
  id: string;
  unitId: string;
  title: string;
  method: string;
}
export interface NeedsSeedUnit {
  id: string;
  code: string;
  kind: string;
}
export interface NeedsSeedInput {
  seed: number;
  /** A stream forked for the needs data before the employees were generated (so it does not depend on them). */
  rng: Prng;
  units: NeedsSeedUnit[];
  positions: NeedsSeedPosition[];
  /** Employees generated per position id. */
  holders: ReadonlyMap<string, number>;
  /** The `visits` service driver of 2025 per unit id (puskesmas and RSUD). */
  visits2025: ReadonlyMap<string, number>;
}
export interface NeedsSeedRows {
  workloadTasks: Cell[][];
  ratioNorms: Cell[][];
  wisnStudies: Cell[][];
}

/** COPY column lists of the three tables, in the order of the rows' cells. */
export const NEEDS_SEED_COLUMNS: Record<keyof NeedsSeedRows, string[]> = {
  workloadTasks: ['id', 'position_id', 'description', 'output_unit', 'volume', 'volume_period', 'minutes_per_unit', 'sort_order'],
  ratioNorms: [
    'id',
    'name',
    'position_id',
    'family',
    'unit_kind',
    'unit_code_prefix',
    'basis',
    'driver_key',
    'units_per_staff',
    'staff_per100k',
    'rule_field',
    'school_level',
    'lesson_hours_per_class',
    'minimum_per_unit',
    'rounding',
    'legal_basis',
    'active',
  ],
  wisnStudies: [
    'id',
    'unit_id',
    'family',
    'year',
    'working_days_per_year',
    'public_holidays',
    'annual_leave',
    'sick_leave',
    'other_leave',
    'hours_per_day',
    'hours_per_week',
    'activities',
    'category_allowances',
    'individual_allowances',
    'notes',
  ],
};

/** The WISN studies describe this year (the latest year of the visits driver). */
export const WISN_STUDY_YEAR = 2025;

/** Job family = title without its functional-level suffix (needs README, "Job families"). */
export function jobFamily(title: string): string {
  return title.replace(/ (Pemula|Terampil|Mahir|Penyelia|Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama)$/, '');
}

function rule<T>(key: string): T {
  const r = RULE_SEEDS.find((s) => s.key === key);
  if (!r) throw new Error(`needs seed: rule ${key} missing from rules.seed`);
  return r.value as T;
}

const round5 = (x: number) => Math.max(5, Math.round(x / 5) * 5);
const round10 = (x: number) => Math.max(10, Math.round(x / 10) * 10);

/**
 * How much work a position has against its holders: mostly more than they can do (1.1–1.9 × the holders, the city's
 * reported shortage), about one position in five about right or overstaffed (0.7–1.05). Nobody in it: a need of 1–2.
 */
function workloadTarget(rng: Prng, holders: number): number {
  if (holders === 0) return rng.int(1, 2) * rng.real(0.9, 1.15); // rounds (half-up) to exactly that need
  return holders * (rng.chance(0.2) ? rng.real(0.7, 1.05) : rng.real(1.1, 1.9));
}
/** Health cadres: 1.2–1.8 × the headcount, a quarter of the families about balanced (0.95–1.1). Nobody: 1–2. */
function wisnTarget(rng: Prng, headcount: number): number {
  if (headcount === 0) return rng.int(1, 2) - rng.real(0.1, 0.5); // ceil gives exactly that need
  return headcount * (rng.chance(0.25) ? rng.real(0.95, 1.1) : rng.real(1.2, 1.8));
}

// ───────────────────────────── workload tasks (ABK) ─────────────────────────────

/** [description, output unit, usual period, minutes low, minutes high, share of the work] */
type TaskSpec = readonly [string, string, Period, number, number, number];

/**
 * Task catalogue per job family; every position of the family draws 3–6 of them (always the first, its core task).
 * A family missing here falls back to GENERIC_TASKS, so positions added later still get a workload.
 */
const TASKS: Record<string, TaskSpec[]> = {
  'Pengadministrasi Umum': [
    ['Mengagendakan dan mendistribusikan surat masuk', 'surat', 'day', 5, 10, 3],
    ['Mengetik dan menggandakan naskah dinas', 'dokumen', 'day', 15, 25, 3],
    ['Mengarsipkan surat dan dokumen', 'berkas', 'day', 5, 10, 2],
    ['Melayani tamu dan permintaan informasi', 'orang', 'day', 10, 15, 1.5],
    ['Menyiapkan bahan dan perlengkapan rapat', 'kegiatan', 'week', 45, 90, 1.5],
    ['Merekap daftar hadir dan laporan kegiatan kantor', 'laporan', 'month', 90, 180, 1],
  ],
  'Pengelola Data': [
    ['Menghimpun dan memverifikasi data dari unit kerja', 'berkas', 'day', 20, 30, 3],
    ['Menginput data ke aplikasi sistem informasi', 'data', 'day', 5, 10, 3],
    ['Memutakhirkan basis data', 'kegiatan', 'week', 60, 120, 2],
    ['Menyusun tabel dan rekapitulasi data', 'dokumen', 'week', 90, 150, 2],
    ['Menyajikan laporan data bulanan', 'laporan', 'month', 180, 300, 1.5],
  ],
  'Pengelola Keuangan': [
    ['Memverifikasi bukti pengeluaran (SPJ)', 'berkas', 'day', 15, 25, 3],
    ['Menyiapkan SPP dan SPM', 'dokumen', 'week', 60, 90, 2],
    ['Mencatat transaksi di buku kas umum', 'transaksi', 'day', 5, 10, 2],
    ['Menyusun laporan pertanggungjawaban bendahara', 'laporan', 'month', 240, 420, 1.5],
    ['Merekonsiliasi data keuangan dengan BPKAD', 'kegiatan', 'month', 120, 240, 1],
    ['Menyusun laporan keuangan semesteran dan tahunan', 'laporan', 'year', 1200, 2400, 1],
  ],
  Pengemudi: [
    ['Mengantar pimpinan dan pegawai dalam tugas kedinasan', 'perjalanan', 'day', 60, 120, 4],
    ['Memeriksa kelaikan kendaraan sebelum digunakan', 'kegiatan', 'day', 10, 15, 1],
    ['Merawat dan membersihkan kendaraan dinas', 'kegiatan', 'week', 60, 120, 1.5],
    ['Mengurus servis dan perbaikan kendaraan', 'kegiatan', 'month', 120, 240, 1],
    ['Mencatat pemakaian BBM dan jarak tempuh', 'laporan', 'week', 15, 30, 0.5],
  ],
  'Pengemudi Ambulans': [
    ['Mengantar pasien rujukan ke rumah sakit', 'perjalanan', 'day', 60, 120, 4],
    ['Mendampingi kegiatan luar gedung (posyandu, puskesmas keliling)', 'kegiatan', 'week', 120, 240, 2],
    ['Memeriksa kesiapan ambulans dan peralatannya', 'kegiatan', 'day', 15, 20, 1],
    ['Merawat dan membersihkan ambulans', 'kegiatan', 'week', 60, 90, 1],
    ['Mencatat perjalanan dan pemakaian BBM', 'laporan', 'week', 15, 30, 0.5],
  ],
  'Pengelola Layanan Masyarakat': [
    ['Melayani permohonan surat pengantar dan keterangan warga', 'berkas', 'day', 15, 20, 4],
    ['Memverifikasi kelengkapan berkas permohonan', 'berkas', 'day', 10, 15, 2],
    ['Mencatat layanan di register dan aplikasi', 'data', 'day', 5, 5, 1],
    ['Menangani pengaduan masyarakat', 'pengaduan', 'week', 30, 60, 1.5],
    ['Menyusun laporan layanan bulanan', 'laporan', 'month', 120, 180, 1],
  ],
  'Analis Kebijakan': [
    ['Menyusun kajian dan analisis kebijakan', 'kajian', 'year', 2400, 4800, 3],
    ['Mengumpulkan dan mengolah data bahan analisis kebijakan', 'dokumen', 'week', 120, 240, 2],
    ['Menyusun telaahan staf untuk pimpinan', 'dokumen', 'month', 240, 480, 2],
    ['Menyusun rekomendasi kebijakan (policy brief)', 'dokumen', 'year', 1200, 2400, 1.5],
    ['Memantau dan mengevaluasi pelaksanaan kebijakan', 'laporan', 'year', 1800, 3600, 1.5],
    ['Mengikuti rapat koordinasi dan konsultasi publik', 'kegiatan', 'month', 120, 240, 1],
  ],
  Perencana: [
    ['Menyusun rancangan Renja dan RKA perangkat daerah', 'dokumen', 'year', 3600, 6000, 3],
    ['Mengolah data capaian kinerja dan indikator', 'dokumen', 'month', 240, 480, 2],
    ['Menyusun laporan evaluasi pelaksanaan rencana', 'laporan', 'year', 600, 1200, 2],
    ['Menginput rencana dan realisasi ke SIPD', 'data', 'week', 60, 120, 1.5],
    ['Menyusun laporan kinerja (LKjIP)', 'laporan', 'year', 2400, 4800, 1.5],
    ['Mengikuti musrenbang dan forum perangkat daerah', 'kegiatan', 'year', 300, 480, 1],
  ],
  Arsiparis: [
    ['Menata dan memberkaskan arsip aktif', 'berkas', 'day', 10, 20, 3],
    ['Mendeskripsikan dan mendaftar arsip inaktif', 'berkas', 'day', 10, 15, 2],
    ['Mengalihmediakan arsip (digitalisasi)', 'lembar', 'day', 5, 5, 1.5],
    ['Melayani peminjaman arsip', 'permintaan', 'week', 15, 30, 1],
    ['Memindahkan arsip inaktif ke record center', 'boks', 'month', 60, 120, 1],
    ['Menyusun jadwal retensi dan daftar usul musnah arsip', 'dokumen', 'year', 600, 1200, 1],
  ],
  'Pranata Komputer': [
    ['Menangani gangguan perangkat keras dan jaringan', 'tiket', 'day', 30, 60, 3],
    ['Memelihara server dan aplikasi layanan', 'kegiatan', 'week', 120, 240, 2],
    ['Mengembangkan dan memodifikasi modul aplikasi', 'modul', 'month', 600, 1200, 2],
    ['Membuat cadangan (backup) data', 'kegiatan', 'week', 30, 60, 1],
    ['Memberikan bimbingan teknis pengguna aplikasi', 'kegiatan', 'month', 180, 240, 1],
    ['Menyusun laporan pengelolaan TIK', 'laporan', 'month', 120, 240, 0.5],
  ],
  'Analis SDM Aparatur': [
    ['Memproses usul kenaikan pangkat dan gaji berkala', 'berkas', 'day', 20, 30, 3],
    ['Menganalisis kebutuhan dan formasi pegawai', 'dokumen', 'year', 1800, 3600, 2],
    ['Memproses usul mutasi dan pensiun', 'berkas', 'week', 45, 90, 2],
    ['Memutakhirkan data kepegawaian di SIASN', 'data', 'day', 5, 10, 1.5],
    ['Menyusun analisis jabatan dan analisis beban kerja', 'dokumen', 'year', 1200, 2400, 1.5],
    ['Merekap dan memverifikasi SKP pegawai', 'dokumen', 'year', 30, 60, 1],
  ],
  'Pengelola Pengadaan Barang/Jasa': [
    ['Menyusun dokumen persiapan pengadaan (HPS, spesifikasi)', 'paket', 'month', 480, 900, 3],
    ['Melaksanakan pemilihan penyedia melalui SPSE', 'paket', 'month', 600, 1200, 3],
    ['Mengevaluasi dokumen penawaran', 'dokumen', 'month', 120, 240, 2],
    ['Mengelola katalog elektronik dan e-purchasing', 'transaksi', 'week', 45, 90, 1.5],
    ['Menyusun laporan realisasi pengadaan', 'laporan', 'month', 120, 240, 1],
  ],
  'Polisi Pamong Praja': [
    ['Melaksanakan patroli ketertiban umum', 'kegiatan', 'day', 120, 240, 4],
    ['Melakukan penertiban pelanggaran perda', 'kegiatan', 'week', 180, 300, 2],
    ['Melaksanakan pengamanan kegiatan pemerintahan', 'kegiatan', 'week', 240, 480, 2],
    ['Menyusun berita acara penertiban', 'dokumen', 'week', 30, 60, 1],
    ['Melakukan sosialisasi perda kepada masyarakat', 'kegiatan', 'month', 120, 180, 1],
  ],
  'Pemadam Kebakaran': [
    ['Melaksanakan piket siaga di pos pemadam', 'shift', 'day', 240, 480, 4],
    ['Memadamkan kebakaran', 'kejadian', 'week', 180, 300, 2],
    ['Melaksanakan penyelamatan (rescue) non-kebakaran', 'kejadian', 'week', 120, 180, 1.5],
    ['Memeriksa dan merawat kendaraan serta peralatan', 'kegiatan', 'day', 30, 60, 1.5],
    ['Melaksanakan latihan rutin', 'kegiatan', 'week', 120, 180, 1],
    ['Melaksanakan penyuluhan pencegahan kebakaran', 'kegiatan', 'month', 120, 180, 0.5],
  ],
  Pustakawan: [
    ['Mengolah bahan pustaka (katalogisasi, klasifikasi)', 'judul', 'day', 15, 20, 3],
    ['Melayani sirkulasi peminjaman dan pengembalian', 'transaksi', 'day', 5, 5, 2],
    ['Melayani rujukan dan penelusuran informasi', 'permintaan', 'week', 20, 30, 1],
    ['Menyiangi dan merawat koleksi', 'eksemplar', 'week', 10, 15, 1],
    ['Menyelenggarakan kegiatan literasi dan promosi perpustakaan', 'kegiatan', 'month', 240, 360, 1],
    ['Menyusun laporan statistik perpustakaan', 'laporan', 'month', 120, 180, 0.5],
  ],
  'Petugas Pengatur Lalu Lintas': [
    ['Mengatur lalu lintas di persimpangan pada jam sibuk', 'shift', 'day', 180, 240, 4],
    ['Mengawal dan mengamankan kegiatan masyarakat', 'kegiatan', 'week', 180, 300, 1.5],
    ['Menertibkan parkir liar', 'kegiatan', 'week', 120, 180, 1.5],
    ['Mencatat kepadatan dan kejadian lalu lintas', 'laporan', 'day', 15, 15, 0.5],
  ],
  'Petugas Kebersihan': [
    ['Menyapu dan membersihkan ruas jalan dan area publik', 'ruas', 'day', 60, 120, 4],
    ['Mengangkut sampah ke TPS dan TPA', 'rit', 'day', 60, 90, 3],
    ['Membersihkan saluran dan gorong-gorong', 'titik', 'week', 60, 120, 1.5],
    ['Melaporkan titik timbulan sampah liar', 'laporan', 'week', 15, 30, 0.5],
  ],
  'Petugas Ketenteraman dan Ketertiban': [
    ['Melaksanakan patroli ketenteraman wilayah', 'kegiatan', 'day', 120, 180, 4],
    ['Menjaga dan mengamankan aset dan kantor pemerintah', 'shift', 'day', 240, 480, 3],
    ['Menertibkan PKL dan reklame liar', 'kegiatan', 'week', 120, 240, 1.5],
    ['Menyusun laporan kejadian', 'laporan', 'day', 15, 20, 0.5],
  ],
  'Pengawas Sekolah': [
    ['Melaksanakan supervisi akademik guru', 'guru', 'week', 90, 120, 3],
    ['Melaksanakan supervisi manajerial kepala sekolah', 'sekolah', 'month', 240, 360, 2],
    ['Membimbing dan melatih kepala sekolah dan guru', 'kegiatan', 'month', 240, 360, 1.5],
    ['Memantau pemenuhan standar nasional pendidikan', 'sekolah', 'year', 480, 720, 1.5],
    ['Menyusun program dan laporan kepengawasan', 'dokumen', 'year', 1200, 1800, 1],
  ],
  'Pengelola Pajak dan Retribusi Daerah': [
    ['Melayani pendaftaran dan pendataan wajib pajak', 'berkas', 'day', 15, 20, 3],
    ['Memverifikasi SPTPD dan menetapkan pajak terutang', 'dokumen', 'day', 20, 30, 3],
    ['Melakukan penagihan tunggakan pajak', 'berkas', 'week', 45, 60, 2],
    ['Melakukan pemeriksaan lapangan objek pajak', 'objek', 'week', 120, 180, 1.5],
    ['Menyusun laporan realisasi pendapatan', 'laporan', 'month', 180, 300, 1],
  ],
  'Analis Keuangan Pusat dan Daerah': [
    ['Menganalisis rancangan APBD dan RKA perangkat daerah', 'dokumen', 'month', 480, 900, 3],
    ['Memverifikasi dokumen pelaksanaan anggaran', 'dokumen', 'week', 120, 180, 2],
    ['Menyusun analisis realisasi anggaran', 'laporan', 'month', 240, 480, 2],
    ['Menyusun laporan keuangan pemerintah daerah', 'laporan', 'year', 3600, 6000, 1.5],
    ['Memberikan asistensi penganggaran', 'kegiatan', 'month', 120, 240, 1],
  ],
  'Pekerja Sosial': [
    ['Melakukan asesmen kebutuhan klien (PPKS)', 'kasus', 'week', 90, 120, 3],
    ['Memberikan pendampingan dan konseling sosial', 'sesi', 'week', 60, 90, 3],
    ['Memverifikasi dan memvalidasi data DTKS', 'data', 'day', 10, 15, 2],
    ['Merujuk klien ke layanan sosial dan panti', 'rujukan', 'month', 60, 120, 1.5],
    ['Menyusun laporan sosial kasus', 'laporan', 'month', 120, 180, 1],
  ],
  'Teknik Jalan dan Jembatan': [
    ['Mengawasi pelaksanaan pekerjaan konstruksi jalan dan jembatan', 'paket', 'month', 900, 1800, 3],
    ['Melakukan survei kondisi jalan dan jembatan', 'ruas', 'week', 180, 300, 3],
    ['Menyusun rencana teknis dan RAB pemeliharaan', 'dokumen', 'month', 600, 1200, 2],
    ['Memeriksa hasil pekerjaan dan serah terima', 'paket', 'year', 480, 720, 1],
    ['Menyusun laporan kemajuan pekerjaan', 'laporan', 'week', 60, 120, 1],
  ],
  'Petugas Pemeliharaan Jalan dan Saluran': [
    ['Menambal jalan berlubang', 'titik', 'day', 60, 90, 3],
    ['Membersihkan sedimen saluran drainase', 'ruas', 'day', 60, 120, 3],
    ['Memperbaiki trotoar dan kerb', 'titik', 'week', 120, 240, 1.5],
    ['Memasang dan merawat rambu serta marka', 'unit', 'week', 60, 90, 1],
    ['Melaporkan kerusakan jalan dan saluran', 'laporan', 'day', 10, 15, 0.5],
  ],
  'Pranata Hubungan Masyarakat': [
    ['Menyusun siaran pers dan berita kegiatan', 'naskah', 'day', 45, 60, 3],
    ['Mendokumentasikan kegiatan pimpinan', 'kegiatan', 'week', 120, 180, 2],
    ['Mengelola konten media sosial resmi', 'konten', 'day', 30, 45, 2],
    ['Memantau dan menganalisis pemberitaan media', 'laporan', 'week', 60, 120, 1.5],
    ['Menanggapi pengaduan dan pertanyaan publik', 'pengaduan', 'day', 15, 20, 1],
  ],
  'Penyuluh Pertanian': [
    ['Melaksanakan penyuluhan kepada kelompok tani', 'kegiatan', 'week', 180, 240, 3],
    ['Melakukan kunjungan lahan dan demplot', 'kunjungan', 'week', 120, 180, 2],
    ['Mendampingi penyusunan RDKK kelompok tani', 'kelompok', 'year', 120, 180, 1.5],
    ['Menyusun programa penyuluhan', 'dokumen', 'year', 1200, 2400, 1],
    ['Menyusun laporan penyuluhan', 'laporan', 'month', 120, 180, 1],
  ],
  'Petugas Pertamanan': [
    ['Menyiram dan memangkas tanaman taman kota', 'taman', 'day', 60, 120, 4],
    ['Membersihkan area taman dan RTH', 'taman', 'day', 45, 60, 2],
    ['Menanam dan menyulam tanaman', 'lokasi', 'week', 120, 180, 1.5],
    ['Memelihara fasilitas taman', 'kegiatan', 'week', 60, 120, 1],
  ],
  Auditor: [
    ['Melaksanakan audit kinerja dan keuangan', 'penugasan', 'year', 6000, 9600, 4],
    ['Melaksanakan reviu laporan keuangan dan RKA', 'dokumen', 'year', 1800, 3000, 2],
    ['Menyusun kertas kerja audit', 'dokumen', 'month', 480, 900, 2],
    ['Menyusun laporan hasil audit', 'laporan', 'year', 1200, 2400, 1.5],
    ['Memantau tindak lanjut hasil pemeriksaan', 'rekomendasi', 'month', 60, 120, 1],
    ['Melaksanakan audit investigatif atas pengaduan', 'kasus', 'year', 3000, 6000, 1],
  ],
  'Administrator Database Kependudukan': [
    ['Memelihara basis data kependudukan SIAK', 'kegiatan', 'day', 60, 120, 3],
    ['Melakukan konsolidasi dan pembersihan data ganda', 'data', 'day', 10, 15, 2],
    ['Mengelola hak akses dan pemanfaatan data kependudukan', 'permohonan', 'week', 30, 60, 1.5],
    ['Menyiapkan data agregat kependudukan', 'laporan', 'month', 240, 480, 1],
    ['Menangani gangguan jaringan SIAK di kecamatan', 'tiket', 'week', 60, 120, 1],
  ],
  'Teknik Tata Bangunan dan Perumahan': [
    ['Memeriksa dokumen teknis persetujuan bangunan gedung', 'berkas', 'day', 60, 90, 3],
    ['Melakukan peninjauan lapangan bangunan', 'lokasi', 'week', 120, 180, 2],
    ['Menyusun rencana teknis rehabilitasi rumah tidak layak huni', 'dokumen', 'month', 480, 720, 2],
    ['Mengawasi pembangunan prasarana permukiman', 'paket', 'month', 600, 1200, 2],
    ['Menyusun laporan pengawasan', 'laporan', 'month', 120, 240, 1],
  ],
  'Pengendali Dampak Lingkungan': [
    ['Memeriksa dokumen lingkungan (AMDAL, UKL-UPL)', 'dokumen', 'week', 240, 480, 3],
    ['Melakukan pengawasan ketaatan usaha dan kegiatan', 'lokasi', 'week', 180, 300, 2],
    ['Mengambil dan mengirim sampel kualitas air dan udara', 'sampel', 'week', 60, 120, 1.5],
    ['Menangani pengaduan pencemaran', 'pengaduan', 'month', 240, 360, 1.5],
    ['Menyusun laporan status lingkungan hidup daerah', 'laporan', 'year', 2400, 4800, 1],
  ],
  'Administrator Kesehatan': [
    ['Membina dan mengevaluasi manajemen puskesmas', 'puskesmas', 'month', 240, 480, 3],
    ['Menyusun perencanaan program dan anggaran kesehatan', 'dokumen', 'year', 2400, 3600, 2],
    ['Mengolah data laporan puskesmas (SIKDA)', 'laporan', 'month', 240, 480, 2],
    ['Memverifikasi klaim JKN dan BOK', 'berkas', 'week', 60, 120, 2],
    ['Menyusun profil kesehatan kota', 'dokumen', 'year', 3600, 6000, 1],
  ],
  'Perancang Peraturan Perundang-undangan': [
    ['Menyusun rancangan perda dan perwal', 'rancangan', 'year', 2400, 4800, 3],
    ['Melakukan harmonisasi rancangan peraturan', 'rancangan', 'month', 480, 900, 2],
    ['Memberikan pertimbangan hukum atas rancangan keputusan', 'dokumen', 'week', 60, 120, 2],
    ['Menyusun naskah akademik', 'dokumen', 'year', 4800, 9000, 1.5],
    ['Menginventarisasi dan mengundangkan produk hukum', 'dokumen', 'month', 60, 120, 1],
  ],
  'Teknik Pengairan': [
    ['Memantau dan mengoperasikan pintu air dan rumah pompa', 'lokasi', 'day', 60, 90, 3],
    ['Menyusun rencana teknis saluran dan drainase', 'dokumen', 'month', 600, 900, 2],
    ['Mengawasi pekerjaan normalisasi saluran', 'paket', 'month', 900, 1500, 2],
    ['Menyurvei titik genangan', 'lokasi', 'week', 120, 180, 1.5],
    ['Menyusun laporan tinggi muka air dan genangan', 'laporan', 'day', 15, 30, 1],
  ],
  'Pengelola Pasar': [
    ['Memungut dan mencatat retribusi pasar', 'transaksi', 'day', 5, 5, 3],
    ['Memeriksa kebersihan dan ketertiban pasar', 'kegiatan', 'day', 60, 90, 2],
    ['Mendata dan menata pedagang', 'pedagang', 'week', 15, 30, 1.5],
    ['Menangani keluhan pedagang dan pengunjung', 'pengaduan', 'week', 30, 45, 1],
    ['Menyusun laporan pendapatan retribusi', 'laporan', 'month', 120, 180, 1],
  ],
  Penilik: [
    ['Membina satuan PAUD dan pendidikan nonformal', 'lembaga', 'week', 120, 180, 3],
    ['Memantau program kesetaraan dan kursus', 'lembaga', 'month', 180, 240, 2],
    ['Menilai program pendidikan masyarakat', 'dokumen', 'month', 240, 360, 1.5],
    ['Menyusun laporan kepenilikan', 'laporan', 'year', 1200, 1800, 1],
  ],
  Statistisi: [
    ['Mengumpulkan dan mengolah data statistik sektoral', 'dokumen', 'week', 180, 300, 3],
    ['Melakukan analisis dan penyajian statistik', 'laporan', 'month', 480, 900, 2],
    ['Menyusun metadata dan standar data', 'dokumen', 'month', 240, 480, 1.5],
    ['Mengelola dataset portal Satu Data', 'dataset', 'week', 30, 60, 1.5],
    ['Menyusun publikasi statistik sektoral', 'publikasi', 'year', 3600, 6000, 1],
  ],
  'Epidemiolog Kesehatan': [
    ['Menganalisis data surveilans penyakit mingguan', 'laporan', 'week', 180, 240, 3],
    ['Melakukan penyelidikan epidemiologi KLB', 'kejadian', 'month', 480, 900, 2],
    ['Membina surveilans puskesmas', 'puskesmas', 'month', 120, 240, 2],
    ['Memverifikasi sinyal kewaspadaan dini (SKDR)', 'sinyal', 'week', 30, 60, 1],
    ['Menyusun buletin epidemiologi', 'dokumen', 'month', 360, 600, 1],
  ],
  'Pengawas Koperasi': [
    ['Memeriksa kesehatan koperasi', 'koperasi', 'month', 480, 720, 3],
    ['Membina pengelolaan koperasi', 'koperasi', 'week', 120, 180, 2],
    ['Memverifikasi laporan RAT koperasi', 'dokumen', 'year', 120, 240, 1.5],
    ['Menyusun laporan pengawasan', 'laporan', 'month', 120, 240, 1],
  ],
  'Penilai Pemerintah': [
    ['Menilai objek pajak bumi dan bangunan', 'objek', 'day', 45, 60, 3],
    ['Melakukan survei harga pasar dan zona nilai tanah', 'lokasi', 'week', 120, 240, 2],
    ['Menilai barang milik daerah', 'aset', 'week', 120, 180, 2],
    ['Menyusun laporan penilaian', 'laporan', 'week', 60, 120, 1],
  ],
  'Pengelola Barang Milik Daerah': [
    ['Mencatat dan memutakhirkan data aset (KIB)', 'data', 'day', 10, 15, 3],
    ['Melakukan inventarisasi dan stock opname barang', 'lokasi', 'month', 240, 480, 2],
    ['Memproses usul penghapusan dan pemindahtanganan BMD', 'berkas', 'month', 240, 360, 1.5],
    ['Merekonsiliasi aset dengan laporan keuangan', 'kegiatan', 'month', 240, 360, 1.5],
    ['Menyusun laporan barang semesteran', 'laporan', 'year', 1200, 2400, 1],
  ],
  'Pranata SDM Aparatur': [
    ['Mengadministrasikan data dan dokumen kepegawaian', 'berkas', 'day', 15, 20, 3],
    ['Memverifikasi kelengkapan usul layanan kepegawaian', 'berkas', 'day', 10, 15, 2],
    ['Memutakhirkan data SIASN', 'data', 'day', 5, 10, 2],
    ['Menyiapkan SK dan petikan keputusan', 'dokumen', 'week', 30, 45, 1.5],
    ['Menyusun rekap layanan kepegawaian', 'laporan', 'month', 120, 180, 1],
  ],
  'Pengelola Layanan Perizinan': [
    ['Melayani dan memverifikasi permohonan izin (OSS)', 'berkas', 'day', 20, 30, 4],
    ['Memberikan konsultasi perizinan', 'orang', 'day', 15, 20, 2],
    ['Menerbitkan dan mendistribusikan dokumen izin', 'dokumen', 'day', 10, 15, 1.5],
    ['Menangani pengaduan layanan perizinan', 'pengaduan', 'week', 30, 60, 1],
    ['Menyusun laporan layanan perizinan', 'laporan', 'month', 120, 180, 0.5],
  ],
  'Penata Perizinan': [
    ['Memeriksa kajian teknis permohonan izin', 'berkas', 'day', 45, 60, 3],
    ['Melakukan peninjauan lapangan', 'lokasi', 'week', 120, 180, 2],
    ['Menyusun rekomendasi dan konsep keputusan izin', 'dokumen', 'week', 60, 120, 2],
    ['Mengevaluasi kepatuhan pemegang izin', 'berkas', 'month', 120, 240, 1],
  ],
  'Penyuluh Perindustrian dan Perdagangan': [
    ['Membina IKM dan pelaku usaha', 'pelaku usaha', 'week', 90, 120, 3],
    ['Menyelenggarakan bimbingan teknis', 'kegiatan', 'month', 360, 480, 2],
    ['Memfasilitasi sertifikasi halal, merek dan SNI', 'berkas', 'month', 120, 180, 1.5],
    ['Mendata potensi industri', 'data', 'week', 30, 60, 1],
    ['Menyusun laporan penyuluhan', 'laporan', 'month', 120, 180, 1],
  ],
  'Analis Transportasi': [
    ['Menganalisis kinerja lalu lintas ruas dan simpang', 'lokasi', 'month', 480, 720, 3],
    ['Menyusun kajian manajemen dan rekayasa lalu lintas', 'kajian', 'year', 2400, 4800, 2],
    ['Menganalisis dokumen andalalin', 'dokumen', 'month', 360, 480, 2],
    ['Melaksanakan penghitungan volume lalu lintas', 'lokasi', 'week', 240, 240, 1.5],
    ['Mengevaluasi layanan angkutan umum', 'laporan', 'month', 240, 360, 1],
  ],
  Instruktur: [
    ['Melaksanakan pelatihan berbasis kompetensi', 'JP', 'week', 45, 45, 4],
    ['Menyusun program dan modul pelatihan', 'modul', 'month', 600, 900, 2],
    ['Menguji dan menilai peserta pelatihan', 'peserta', 'month', 30, 45, 1.5],
    ['Memelihara peralatan bengkel pelatihan', 'kegiatan', 'week', 60, 120, 1],
  ],
  'Penata Ruang': [
    ['Memeriksa kesesuaian kegiatan pemanfaatan ruang (KKPR)', 'berkas', 'day', 45, 60, 3],
    ['Menyusun dan meninjau rencana detail tata ruang', 'dokumen', 'year', 4800, 9600, 2],
    ['Melakukan pengendalian pemanfaatan ruang di lapangan', 'lokasi', 'week', 120, 180, 2],
    ['Menyiapkan peta dan data spasial', 'peta', 'week', 120, 180, 1.5],
    ['Menyusun laporan pengendalian', 'laporan', 'month', 180, 240, 1],
  ],
  Peneliti: [
    ['Melaksanakan penelitian dan kajian daerah', 'kajian', 'year', 9600, 18000, 4],
    ['Menulis karya tulis ilmiah', 'naskah', 'year', 2400, 4800, 2],
    ['Mengumpulkan data lapangan', 'kegiatan', 'month', 480, 720, 2],
    ['Menelaah usulan inovasi daerah', 'dokumen', 'month', 120, 240, 1],
    ['Menyajikan hasil penelitian dalam forum ilmiah', 'kegiatan', 'year', 240, 480, 1],
  ],
  'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah': [
    ['Melaksanakan pengawasan penyelenggaraan urusan pemerintahan', 'penugasan', 'year', 4800, 9600, 4],
    ['Mereviu dokumen perencanaan dan anggaran', 'dokumen', 'year', 1200, 2400, 2],
    ['Mengevaluasi SAKIP dan reformasi birokrasi', 'unit kerja', 'year', 1200, 2400, 2],
    ['Menangani pengaduan masyarakat', 'pengaduan', 'month', 360, 600, 1.5],
    ['Menyusun laporan hasil pengawasan', 'laporan', 'year', 1200, 1800, 1],
  ],
  'Petugas Penanggulangan Bencana': [
    ['Melaksanakan piket siaga Pusdalops', 'shift', 'day', 240, 480, 4],
    ['Melakukan kaji cepat dan respons kejadian bencana', 'kejadian', 'week', 180, 300, 2],
    ['Menyalurkan logistik bantuan', 'kegiatan', 'month', 240, 360, 1.5],
    ['Melaksanakan sosialisasi dan simulasi kebencanaan', 'kegiatan', 'month', 180, 240, 1],
    ['Menyusun laporan kejadian bencana', 'laporan', 'week', 30, 60, 0.5],
  ],
  'Pengolah Data Kependudukan': [
    ['Merekam data KTP-el', 'orang', 'day', 10, 15, 3],
    ['Mencetak dan menerbitkan dokumen kependudukan', 'dokumen', 'day', 10, 15, 3],
    ['Memverifikasi berkas permohonan', 'berkas', 'day', 5, 10, 2],
    ['Memutakhirkan data penduduk', 'data', 'day', 5, 10, 1.5],
    ['Menyusun laporan pelayanan harian', 'laporan', 'day', 15, 20, 0.5],
  ],
  'Penyuluh Sosial': [
    ['Melaksanakan penyuluhan sosial kelompok', 'kegiatan', 'week', 180, 240, 3],
    ['Melakukan bimbingan dan penyuluhan perorangan', 'orang', 'week', 45, 60, 2],
    ['Menyusun materi penyuluhan', 'dokumen', 'month', 240, 360, 1.5],
    ['Mendampingi kampanye sosial', 'kegiatan', 'month', 240, 360, 1],
    ['Menyusun laporan penyuluhan', 'laporan', 'month', 120, 180, 1],
  ],
  'Penyuluh Perikanan': [
    ['Melaksanakan penyuluhan kepada kelompok pembudidaya dan nelayan', 'kegiatan', 'week', 180, 240, 3],
    ['Mendampingi usaha perikanan', 'kunjungan', 'week', 120, 180, 2],
    ['Mendata produksi perikanan', 'data', 'month', 120, 180, 1.5],
    ['Menyusun laporan penyuluhan', 'laporan', 'month', 120, 180, 1],
  ],
  'Analis Ketahanan Pangan': [
    ['Menganalisis ketersediaan dan harga pangan', 'laporan', 'week', 180, 240, 3],
    ['Memantau keamanan pangan segar', 'sampel', 'week', 45, 60, 2],
    ['Menyusun neraca bahan makanan', 'dokumen', 'year', 2400, 3600, 1.5],
    ['Memverifikasi data cadangan pangan', 'data', 'month', 120, 240, 1],
    ['Menyusun peta ketahanan dan kerentanan pangan', 'dokumen', 'year', 2400, 3600, 1],
  ],
  'Analis Kebakaran': [
    ['Memeriksa sistem proteksi kebakaran bangunan gedung', 'gedung', 'week', 180, 240, 3],
    ['Menganalisis penyebab kejadian kebakaran', 'kejadian', 'month', 240, 360, 2],
    ['Menyusun rencana pengamanan kebakaran', 'dokumen', 'year', 1800, 2400, 1.5],
    ['Menyusun laporan statistik kebakaran', 'laporan', 'month', 120, 240, 1],
  ],
  'Pengelola Kegiatan Keolahragaan': [
    ['Menyiapkan dan menyelenggarakan kejuaraan olahraga', 'kegiatan', 'month', 600, 1200, 3],
    ['Membina klub dan atlet', 'kegiatan', 'week', 120, 180, 2],
    ['Mengelola jadwal penggunaan sarana olahraga', 'permohonan', 'week', 30, 45, 1.5],
    ['Menyusun laporan kegiatan keolahragaan', 'laporan', 'month', 120, 180, 1],
  ],
  'Analis Hukum': [
    ['Menelaah dan memberikan pendapat hukum', 'dokumen', 'week', 120, 240, 3],
    ['Mendampingi perkara hukum pemerintah daerah', 'perkara', 'month', 480, 720, 2],
    ['Menyusun analisis dan evaluasi peraturan', 'dokumen', 'month', 480, 900, 2],
    ['Memberikan penyuluhan hukum', 'kegiatan', 'month', 180, 240, 1],
    ['Menginventarisasi perjanjian kerja sama', 'dokumen', 'month', 60, 120, 1],
  ],
  'Pengantar Kerja': [
    ['Melayani pendaftaran pencari kerja (kartu AK/I)', 'orang', 'day', 10, 15, 3],
    ['Memberikan bimbingan jabatan dan konseling karier', 'orang', 'week', 45, 60, 2],
    ['Memverifikasi lowongan kerja perusahaan', 'lowongan', 'week', 20, 30, 1.5],
    ['Menyelenggarakan bursa kerja dan penempatan tenaga kerja', 'kegiatan', 'year', 2400, 4800, 1.5],
    ['Menyusun informasi pasar kerja', 'laporan', 'month', 240, 360, 1],
  ],
  'Adyatama Kepariwisataan dan Ekonomi Kreatif': [
    ['Membina pelaku usaha pariwisata dan ekonomi kreatif', 'pelaku usaha', 'week', 90, 120, 3],
    ['Menyusun kajian pengembangan destinasi wisata', 'kajian', 'year', 2400, 4800, 2],
    ['Menyelenggarakan promosi dan event wisata', 'kegiatan', 'month', 480, 720, 2],
    ['Mendata kunjungan wisatawan', 'laporan', 'month', 120, 240, 1],
  ],
  Penera: [
    ['Menera dan menera ulang alat UTTP', 'alat', 'day', 20, 30, 4],
    ['Mengawasi UTTP di pasar dan SPBU', 'lokasi', 'week', 120, 180, 2],
    ['Memeriksa barang dalam keadaan terbungkus', 'sampel', 'week', 30, 45, 1],
    ['Menyusun laporan tera ulang', 'laporan', 'month', 120, 180, 1],
  ],
  Nutrisionis: [
    ['Menganalisis data status gizi dan stunting', 'laporan', 'month', 360, 480, 3],
    ['Membina program gizi puskesmas', 'puskesmas', 'month', 120, 240, 2],
    ['Menyusun rencana intervensi gizi', 'dokumen', 'year', 1200, 2400, 1.5],
    ['Memverifikasi data e-PPGBM', 'data', 'week', 60, 120, 1.5],
  ],
  'Mediator Hubungan Industrial': [
    ['Melaksanakan mediasi perselisihan hubungan industrial', 'kasus', 'month', 600, 900, 3],
    ['Menyusun anjuran tertulis', 'dokumen', 'month', 180, 240, 2],
    ['Membina lembaga kerja sama bipartit', 'perusahaan', 'month', 120, 180, 1.5],
    ['Memverifikasi pendaftaran PKB dan peraturan perusahaan', 'dokumen', 'month', 120, 180, 1],
  ],
  'Psikolog Klinis': [
    ['Melakukan asesmen psikologis', 'klien', 'week', 90, 120, 3],
    ['Memberikan konseling dan terapi psikologis', 'sesi', 'week', 60, 90, 3],
    ['Menyusun laporan pemeriksaan psikologis', 'laporan', 'week', 60, 60, 1.5],
    ['Memberikan psikoedukasi kelompok', 'kegiatan', 'month', 120, 180, 1],
  ],
  Sanitarian: [
    ['Membina dan mengawasi tempat pengelolaan pangan', 'lokasi', 'week', 120, 180, 3],
    ['Menganalisis data kesehatan lingkungan', 'laporan', 'month', 240, 360, 2],
    ['Memverifikasi sertifikat laik higiene sanitasi', 'berkas', 'week', 60, 90, 2],
    ['Membina sanitasi total berbasis masyarakat', 'kelurahan', 'month', 180, 240, 1],
  ],
  'Analis Kebencanaan': [
    ['Menyusun kajian risiko bencana', 'kajian', 'year', 4800, 7200, 3],
    ['Memetakan daerah rawan bencana', 'peta', 'month', 360, 480, 2],
    ['Menyusun rencana kontinjensi', 'dokumen', 'year', 2400, 3600, 1.5],
    ['Menganalisis data kejadian bencana', 'laporan', 'month', 180, 240, 1.5],
  ],
  'Penyuluh Kesehatan Masyarakat': [
    ['Membina promosi kesehatan puskesmas', 'puskesmas', 'month', 120, 240, 3],
    ['Merancang media promosi kesehatan', 'media', 'month', 360, 480, 2],
    ['Melaksanakan kampanye kesehatan', 'kegiatan', 'month', 240, 360, 2],
    ['Menyusun laporan promosi kesehatan', 'laporan', 'month', 120, 180, 1],
  ],
  'Pamong Budaya': [
    ['Menginventarisasi objek dan cagar budaya', 'objek', 'week', 120, 180, 3],
    ['Membina sanggar dan komunitas seni', 'kelompok', 'week', 90, 120, 2],
    ['Menyelenggarakan pergelaran dan festival budaya', 'kegiatan', 'year', 2400, 3600, 1.5],
    ['Menyusun kajian pelestarian budaya', 'kajian', 'year', 2400, 3600, 1],
  ],
  Dokter: [
    ['Memverifikasi kasus rujukan dan klaim pelayanan', 'berkas', 'day', 15, 20, 3],
    ['Melakukan audit medis dan pembinaan mutu pelayanan puskesmas', 'puskesmas', 'month', 240, 480, 2],
    ['Menyusun pedoman dan SOP pelayanan klinis', 'dokumen', 'year', 1200, 2400, 1.5],
    ['Menangani kasus KLB dan kegawatdaruratan', 'kejadian', 'month', 240, 480, 1],
  ],
  'Medik Veteriner': [
    ['Memeriksa kesehatan hewan dan ternak', 'ekor', 'day', 20, 30, 3],
    ['Memeriksa hewan dan daging di RPH (ante dan post mortem)', 'ekor', 'day', 10, 15, 3],
    ['Melaksanakan vaksinasi rabies dan penyakit hewan', 'ekor', 'week', 10, 15, 1.5],
    ['Menerbitkan surat keterangan kesehatan hewan', 'dokumen', 'week', 15, 20, 1],
    ['Menyusun laporan kesehatan hewan', 'laporan', 'month', 120, 180, 1],
  ],
  'Pengawas Mutu Hasil Pertanian': [
    ['Mengambil dan menguji sampel hasil pertanian', 'sampel', 'week', 60, 90, 3],
    ['Mengawasi unit usaha pangan segar', 'lokasi', 'month', 180, 240, 2],
    ['Memproses registrasi pangan segar asal tumbuhan', 'berkas', 'week', 45, 60, 1.5],
    ['Menyusun laporan pengawasan mutu', 'laporan', 'month', 120, 180, 1],
  ],
  'Asesor SDM Aparatur': [
    ['Melaksanakan asesmen kompetensi (wawancara, simulasi)', 'asesi', 'week', 180, 240, 4],
    ['Menyusun laporan hasil asesmen individu', 'laporan', 'week', 90, 120, 2],
    ['Menyusun materi dan alat ukur asesmen', 'dokumen', 'year', 1200, 2400, 1],
    ['Mengintegrasikan hasil asesmen', 'asesi', 'month', 60, 90, 1],
  ],
  Widyaiswara: [
    ['Mengajar dan melatih pada pelatihan ASN', 'JP', 'week', 45, 45, 4],
    ['Menyusun bahan ajar dan modul', 'modul', 'year', 2400, 3600, 2],
    ['Membimbing dan menguji aktualisasi peserta', 'peserta', 'month', 90, 120, 2],
    ['Mengevaluasi program pelatihan', 'laporan', 'year', 1200, 1800, 1],
  ],
  Sandiman: [
    ['Mengamankan informasi berklasifikasi', 'dokumen', 'day', 15, 20, 3],
    ['Mengelola sertifikat elektronik pegawai', 'permohonan', 'week', 20, 30, 2],
    ['Memantau keamanan jaringan dan insiden siber', 'laporan', 'day', 30, 45, 2],
    ['Melaksanakan audit keamanan informasi', 'sistem', 'year', 1800, 2400, 1],
  ],
  Apoteker: [
    ['Mengelola penerimaan dan distribusi obat di instalasi farmasi', 'dokumen', 'week', 120, 180, 3],
    ['Merencanakan kebutuhan obat dan BMHP kota', 'dokumen', 'year', 2400, 3600, 2],
    ['Memantau ketersediaan obat puskesmas', 'puskesmas', 'month', 60, 120, 2],
    ['Membina apotek dan toko obat', 'sarana', 'month', 120, 180, 1],
  ],
  'Pengawas Perdagangan': [
    ['Mengawasi barang beredar dan jasa', 'lokasi', 'week', 120, 180, 3],
    ['Memantau harga dan pasokan bahan pokok', 'laporan', 'week', 60, 120, 2],
    ['Memeriksa perizinan usaha perdagangan', 'berkas', 'week', 45, 60, 1.5],
    ['Menyusun laporan pengawasan', 'laporan', 'month', 120, 180, 1],
  ],
  'Pamong Belajar': [
    ['Melaksanakan pembelajaran pendidikan kesetaraan', 'JP', 'week', 45, 45, 4],
    ['Mengembangkan model pembelajaran nonformal', 'dokumen', 'year', 2400, 3600, 1.5],
    ['Menilai hasil belajar warga belajar', 'peserta', 'month', 30, 45, 1.5],
    ['Menyusun laporan pembelajaran', 'laporan', 'month', 120, 180, 1],
  ],
  'Paramedik Veteriner': [
    ['Melaksanakan vaksinasi dan pengobatan hewan', 'ekor', 'day', 15, 20, 3],
    ['Membantu pemeriksaan hewan di RPH', 'ekor', 'day', 10, 15, 2],
    ['Mengambil sampel penyakit hewan', 'sampel', 'week', 30, 45, 1.5],
    ['Mencatat dan melaporkan kasus penyakit hewan', 'laporan', 'week', 30, 60, 1],
  ],
  'Pengendali Hama dan Penyakit Ikan': [
    ['Memantau kesehatan ikan di kolam pembudidaya', 'lokasi', 'week', 120, 180, 3],
    ['Mengambil dan memeriksa sampel penyakit ikan', 'sampel', 'week', 45, 60, 2],
    ['Membina cara budidaya ikan yang baik', 'kelompok', 'month', 180, 240, 1.5],
    ['Menyusun laporan pengendalian hama dan penyakit ikan', 'laporan', 'month', 120, 180, 1],
  ],
  Perekayasa: [
    ['Merancang dan mengembangkan sistem inovasi daerah', 'rancangan', 'year', 4800, 9600, 4],
    ['Melakukan uji coba dan evaluasi prototipe', 'kegiatan', 'month', 480, 720, 2],
    ['Menyusun dokumen teknis dan spesifikasi', 'dokumen', 'month', 360, 480, 2],
    ['Menyusun laporan perekayasaan', 'laporan', 'year', 1200, 1800, 1],
  ],
  'Penyuluh Keluarga Berencana': [
    ['Melaksanakan penyuluhan KB dan kesehatan reproduksi', 'kegiatan', 'week', 120, 180, 3],
    ['Mendampingi keluarga berisiko stunting', 'keluarga', 'week', 45, 60, 2],
    ['Membina kelompok BKB, BKR, BKL dan PIK-R', 'kelompok', 'month', 120, 180, 2],
    ['Mencatat dan melaporkan pelayanan KB', 'laporan', 'month', 120, 240, 1],
    ['Melaksanakan pendataan keluarga', 'keluarga', 'year', 15, 20, 1],
  ],
  'Penguji Kendaraan Bermotor': [
    ['Menguji kendaraan bermotor (uji berkala)', 'kendaraan', 'day', 20, 30, 4],
    ['Memverifikasi dokumen uji kendaraan', 'berkas', 'day', 5, 10, 2],
    ['Merawat dan mengkalibrasi alat uji', 'kegiatan', 'month', 240, 360, 1],
    ['Melaksanakan uji petik kendaraan di jalan', 'kegiatan', 'month', 180, 240, 1],
    ['Menyusun laporan hasil pengujian', 'laporan', 'month', 120, 180, 0.5],
  ],
};
const GENERIC_TASKS: TaskSpec[] = [
  ['Menyusun konsep naskah dinas', 'dokumen', 'day', 30, 45, 3],
  ['Mengolah dan menganalisis data bidang tugas', 'dokumen', 'week', 120, 180, 2],
  ['Melaksanakan tugas teknis di lapangan', 'kegiatan', 'week', 120, 240, 2],
  ['Melaksanakan koordinasi dengan unit kerja terkait', 'kegiatan', 'week', 60, 120, 1.5],
  ['Menyusun laporan pelaksanaan tugas', 'laporan', 'month', 120, 240, 1],
];

/** Higher levels do the same tasks with more depth (longer standard times). */
const LEVEL_MINUTES: Record<string, number> = { Mahir: 1.1, Penyelia: 1.2, 'Ahli Muda': 1.2, 'Ahli Madya': 1.4, 'Ahli Utama': 1.6 };
const PERIODS: Period[] = ['day', 'week', 'month', 'year'];

/** `count` of the items at random, in their original order. */
function sample<T>(rng: Prng, items: readonly T[], count: number): T[] {
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}
/** `count` of a catalogue's items: always the first (the core task or service), the rest at random. */
function choose<T>(rng: Prng, items: readonly T[], count: number): T[] {
  return [items[0], ...sample(rng, items.slice(1), count - 1)];
}

function workloadTasks(input: NeedsSeedInput, rng: Prng): Cell[][] {
  const jke = rule<{ minutes: number }>('abk.effective_minutes_per_year').minutes;
  const factor = rule<Record<Period, number>>('abk.volume_period_factors');
  const taskId = uuidFactory(input.seed, 6);
  const rows: Cell[][] = [];
  for (const p of input.positions) {
    if (p.method !== 'workload') continue;
    const family = jobFamily(p.title);
    const catalogue = TASKS[family] ?? GENERIC_TASKS;
    const level = p.title.slice(family.length + 1);
    const total = workloadTarget(rng, input.holders.get(p.id) ?? 0) * jke; // minutes a year the tasks must add up to
    const specs = choose(rng, catalogue, rng.int(3, Math.min(6, catalogue.length)));
    const shares = specs.map((s) => s[5] * rng.real(0.7, 1.3));
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const tasks = specs.map((s, i) => {
      const minutes = round5(rng.real(s[3], s[4]) * (LEVEL_MINUTES[level] ?? 1));
      const annual = ((shares[i] / shareSum) * total) / minutes;
      // Volumes read as people record them: under about twice per period → a longer period (3 a week, not 0.6 a
      // day); over 100 per period (big units, big demos) → a shorter one (60 a week, not 280 a month).
      let period = s[2];
      while (period !== 'year' && annual / factor[period] < 2) period = PERIODS[PERIODS.indexOf(period) + 1];
      while (period !== 'day' && annual / factor[period] > 100) period = PERIODS[PERIODS.indexOf(period) - 1];
      return { spec: s, minutes, period, volume: Math.max(1, Math.round(annual / factor[period])) };
    });
    // The task with the most work absorbs the rounding, so the position's FTE stays on its target.
    const load = (t: (typeof tasks)[number]) => t.volume * factor[t.period] * t.minutes;
    const main = tasks.reduce((a, b) => (load(b) > load(a) ? b : a));
    const others = tasks.reduce((s, t) => s + (t === main ? 0 : load(t)), 0);
    main.volume = Math.max(1, Math.round((total - others) / (factor[main.period] * main.minutes)));
    tasks.forEach((t, i) => rows.push([taskId(), p.id, t.spec[0], t.spec[1], t.volume, t.period, t.minutes, i + 1]));
  }
  return rows;
}

// ───────────────────────────── ratio norms (teachers) ─────────────────────────────

const TEACHER_LAW = 'PP No. 74 Tahun 2008 jo. PP No. 19 Tahun 2017 tentang Guru (beban mengajar 24 JP per minggu)';
const CURRICULUM = 'Permendikbudristek No. 12 Tahun 2024 tentang Kurikulum (struktur kurikulum dan alokasi JP per rombel)';

/**
 * City-wide teacher norms, one per family and school level (units of kind `sekolah`, told apart by code prefix).
 * Rombel come from the school's `pupils` driver and the rule ratio.teachers (max class size SD 32, SMP 36).
 */
function ratioNorms(input: NeedsSeedInput): Cell[][] {
  const normId = uuidFactory(input.seed, 7);
  const norm = (
    name: string,
    family: string,
    prefix: 'SDN-' | 'SMPN-',
    basis: 'class_teacher' | 'subject_teacher' | 'per_driver',
    o: { lessonHours?: number; unitsPerStaff?: number },
    legalBasis: string,
  ): Cell[] => [
    normId(),
    name,
    null,
    family,
    'sekolah',
    prefix,
    basis,
    'pupils',
    o.unitsPerStaff ?? null,
    null,
    null,
    prefix === 'SDN-' ? 'sd' : 'smp',
    o.lessonHours ?? null,
    null,
    null, // rounding: the rule ratio.default_rounding (ceil)
    legalBasis,
    true,
  ];
  return [
    norm('Guru kelas SD: satu per rombel', 'Guru Kelas', 'SDN-', 'class_teacher', {}, `${TEACHER_LAW}; Permendikbud No. 22 Tahun 2016 (rombongan belajar)`),
    norm('Guru PAI SD: 4 JP per rombel', 'Guru Pendidikan Agama Islam', 'SDN-', 'subject_teacher', { lessonHours: 4 }, `${TEACHER_LAW}; ${CURRICULUM}`),
    norm('Guru PJOK SD: 4 JP per rombel', 'Guru Pendidikan Jasmani', 'SDN-', 'subject_teacher', { lessonHours: 4 }, `${TEACHER_LAW}; ${CURRICULUM}`),
    norm('Guru mata pelajaran SMP: 30 JP per rombel (selain PAI dan BK)', 'Guru Mata Pelajaran', 'SMPN-', 'subject_teacher', { lessonHours: 30 }, `${TEACHER_LAW}; ${CURRICULUM}`),
    norm('Guru PAI SMP: 3 JP per rombel', 'Guru Pendidikan Agama Islam', 'SMPN-', 'subject_teacher', { lessonHours: 3 }, `${TEACHER_LAW}; ${CURRICULUM}`),
    norm(
      'Guru BK SMP: satu per 150 peserta didik',
      'Guru Bimbingan dan Konseling',
      'SMPN-',
      'per_driver',
      { unitsPerStaff: 150 },
      'Permendikbud No. 111 Tahun 2014 tentang Bimbingan dan Konseling pada Pendidikan Dasar dan Menengah (satu guru BK untuk 150 peserta didik)',
    ),
  ];
}

// ───────────────────────────── WISN studies (health cadres) ─────────────────────────────

/** [activity, annual volume as a share of the unit's yearly visits, minutes low, minutes high] */
type ActivitySpec = readonly [string, number, number, number];

/** Health-service activities of a puskesmas, per family; volumes follow the puskesmas' visits. */
const PKM_ACTIVITIES: Record<string, ActivitySpec[]> = {
  Dokter: [
    ['Pemeriksaan dan konsultasi pasien rawat jalan', 0.7, 10, 20],
    ['Pelayanan gawat darurat dan tindakan medis', 0.05, 20, 30],
    ['Pemeriksaan pasien rujukan dan penulisan surat rujukan', 0.1, 10, 15],
    ['Visite pasien rawat inap puskesmas', 0.06, 10, 15],
    ['Pemeriksaan kesehatan (surat keterangan sehat, calon pengantin)', 0.05, 10, 15],
    ['Kunjungan rumah dan pembinaan posyandu', 0.01, 60, 90],
    ['Konsultasi telemedisin', 0.03, 10, 10],
  ],
  'Dokter Gigi': [
    ['Pemeriksaan dan konsultasi gigi dan mulut', 0.08, 15, 20],
    ['Penambalan dan perawatan saluran akar', 0.04, 30, 45],
    ['Pencabutan gigi', 0.03, 20, 30],
    ['Pembersihan karang gigi', 0.015, 30, 30],
    ['Pemeriksaan gigi anak sekolah (UKGS)', 0.06, 5, 10],
  ],
  Perawat: [
    ['Jaga rawat inap dan gawat darurat 24 jam (per petugas per shift)', 0.05, 420, 480],
    ['Pengkajian dan asuhan keperawatan pasien rawat jalan', 0.8, 10, 15],
    ['Tindakan keperawatan (injeksi, perawatan luka, nebulisasi)', 0.25, 15, 20],
    ['Skrining penyakit tidak menular (posbindu)', 0.2, 10, 15],
    ['Kunjungan rumah (perawatan kesehatan masyarakat)', 0.03, 60, 90],
    ['Pendampingan pasien rujukan', 0.02, 60, 90],
  ],
  Bidan: [
    ['Jaga pelayanan persalinan 24 jam (per shift)', 0.025, 420, 480],
    ['Pemeriksaan kehamilan (ANC)', 0.12, 20, 30],
    ['Pelayanan KIA dan imunisasi di posyandu (per sesi)', 0.03, 150, 180],
    ['Imunisasi bayi dan balita', 0.12, 10, 10],
    ['Pelayanan KB', 0.1, 15, 20],
    ['Pertolongan persalinan normal', 0.006, 240, 360],
    ['Kunjungan nifas dan neonatus', 0.02, 30, 45],
    ['Pemantauan tumbuh kembang balita', 0.06, 15, 20],
  ],
  Apoteker: [
    ['Pengkajian dan pelayanan resep', 0.7, 5, 5],
    ['Pelayanan informasi obat dan konseling', 0.04, 10, 15],
    ['Pemantauan terapi obat pasien penyakit kronis', 0.01, 15, 20],
    ['Pengelolaan sediaan farmasi (permintaan, penerimaan, penyimpanan)', 0.002, 120, 180],
  ],
  'Asisten Apoteker': [
    ['Penyiapan dan penyerahan obat', 0.8, 5, 5],
    ['Peracikan obat', 0.1, 10, 15],
    ['Pencatatan kartu stok dan pelaporan LPLPO', 0.01, 15, 30],
  ],
  Sanitarian: [
    ['Konseling sanitasi pasien penyakit berbasis lingkungan', 0.05, 20, 30],
    ['Inspeksi kesehatan lingkungan rumah dan tempat umum', 0.03, 45, 60],
    ['Pengawasan tempat pengelolaan pangan', 0.01, 60, 90],
    ['Pengambilan sampel air minum', 0.01, 30, 45],
    ['Pemicuan sanitasi total berbasis masyarakat', 0.002, 120, 120],
  ],
  Nutrisionis: [
    ['Pemantauan status gizi balita di posyandu', 0.2, 5, 15],
    ['Konseling gizi', 0.06, 20, 30],
    ['Tata laksana balita gizi buruk dan stunting', 0.01, 45, 60],
    ['Pemantauan ibu hamil kurang energi kronis', 0.02, 15, 20],
    ['Penyuluhan gizi kelompok', 0.004, 60, 90],
  ],
  'Pranata Laboratorium Kesehatan': [
    ['Pengambilan spesimen darah', 0.25, 5, 10],
    ['Pemeriksaan hematologi dan kimia klinik', 0.25, 15, 20],
    ['Pemeriksaan urin dan feses', 0.06, 10, 15],
    ['Pemeriksaan HIV, sifilis dan hepatitis B ibu hamil', 0.03, 15, 20],
    ['Pemeriksaan mikroskopis TB dan malaria', 0.01, 30, 45],
  ],
  'Penyuluh Kesehatan Masyarakat': [
    ['Penyuluhan kesehatan kelompok (posyandu, sekolah, kelurahan)', 0.01, 60, 90],
    ['Konseling PHBS perorangan', 0.04, 15, 20],
    ['Pembinaan posyandu dan UKBM', 0.006, 90, 120],
    ['Kampanye promosi kesehatan', 0.004, 120, 180],
  ],
  'Epidemiolog Kesehatan': [
    ['Penyelidikan epidemiologi kasus penyakit menular', 0.005, 120, 180],
    ['Pelacakan kontak kasus TB', 0.015, 60, 90],
    ['Pemantauan jentik dan pemberantasan sarang nyamuk', 0.01, 30, 60],
    ['Pengolahan dan analisis data surveilans mingguan', 0.0012, 120, 180],
  ],
  'Perekam Medis': [
    ['Pengkodean diagnosis (ICD-10) dan indeksing', 0.3, 5, 5],
    ['Pendaftaran pasien dan penyediaan rekam medis', 0.3, 5, 5],
    ['Assembling dan penyimpanan berkas rekam medis', 0.2, 5, 5],
    ['Pelaporan dan analisis data rekam medis', 0.002, 60, 120],
  ],
};
/** The RSUD's activities (visits = yearly outpatient visits; inpatient work scales with them). */
const RSUD_ACTIVITIES: Record<string, ActivitySpec[]> = {
  Dokter: [
    ['Pemeriksaan pasien rawat jalan poliklinik', 0.6, 10, 20],
    ['Visite pasien rawat inap (per hari rawat)', 0.35, 10, 20],
    ['Pelayanan pasien gawat darurat (IGD)', 0.12, 20, 30],
    ['Tindakan operasi dan prosedur medis', 0.03, 60, 120],
    ['Jaga dokter IGD dan ruang rawat (per shift)', 0.01, 420, 480],
    ['Konsultasi antarbagian dan ekspertise pemeriksaan penunjang', 0.05, 10, 15],
  ],
  'Dokter Gigi': [
    ['Pemeriksaan dan perawatan gigi dan mulut', 0.02, 20, 30],
    ['Tindakan bedah mulut minor', 0.003, 45, 60],
    ['Konsultasi gigi pasien rawat inap', 0.002, 15, 20],
  ],
  Perawat: [
    ['Asuhan keperawatan pasien rawat inap (per hari rawat)', 0.35, 180, 240],
    ['Asuhan keperawatan pasien rawat jalan', 0.8, 10, 10],
    ['Asuhan keperawatan pasien gawat darurat', 0.12, 45, 60],
    ['Pendampingan tindakan operasi', 0.03, 90, 120],
  ],
  Bidan: [
    ['Pertolongan persalinan', 0.006, 240, 360],
    ['Asuhan kebidanan rawat inap (per hari rawat)', 0.03, 60, 90],
    ['Pemeriksaan kehamilan di poliklinik', 0.04, 20, 30],
    ['Pelayanan KB pascapersalinan', 0.005, 20, 30],
  ],
  Apoteker: [
    ['Telaah dan pelayanan resep', 0.9, 5, 5],
    ['Visite dan pemantauan terapi obat pasien rawat inap', 0.05, 15, 20],
    ['Konseling obat', 0.03, 10, 15],
    ['Pengelolaan perbekalan farmasi', 0.0005, 240, 360],
  ],
  'Asisten Apoteker': [
    ['Penyiapan dan penyerahan obat', 0.9, 5, 5],
    ['Peracikan dan dispensing sediaan', 0.1, 10, 15],
    ['Distribusi obat ke ruang rawat dan pencatatan stok', 0.01, 30, 30],
  ],
  Radiografer: [
    ['Pemeriksaan radiografi konvensional', 0.08, 15, 20],
    ['Pemeriksaan CT scan', 0.01, 30, 45],
    ['Radiografi pasien IGD dan mobile', 0.01, 20, 30],
  ],
  'Pranata Laboratorium Kesehatan': [
    ['Pengambilan spesimen', 0.3, 5, 10],
    ['Pemeriksaan hematologi dan kimia klinik', 0.4, 10, 15],
    ['Pemeriksaan urinalisis', 0.08, 10, 10],
    ['Pemeriksaan mikrobiologi', 0.01, 45, 60],
    ['Pelayanan bank darah (uji silang serasi)', 0.01, 30, 45],
  ],
  Fisioterapis: [
    ['Terapi dan rehabilitasi pasien rawat jalan', 0.04, 30, 45],
    ['Asesmen fisioterapi', 0.015, 20, 30],
    ['Fisioterapi pasien rawat inap', 0.01, 20, 30],
  ],
  Nutrisionis: [
    ['Asuhan gizi pasien rawat inap (skrining, asesmen, monitoring)', 0.08, 20, 30],
    ['Konseling gizi rawat jalan', 0.01, 20, 30],
    ['Pengawasan penyelenggaraan makanan pasien', 0.00125, 120, 180],
  ],
  'Perekam Medis': [
    ['Pendaftaran dan penyediaan berkas rekam medis', 1.2, 5, 5],
    ['Pengkodean diagnosis dan tindakan (ICD-10, ICD-9-CM)', 1, 5, 5],
    ['Analisis kelengkapan rekam medis rawat inap', 0.06, 10, 15],
    ['Pelaporan rekam medis', 0.0005, 120, 180],
  ],
};
const GENERIC_ACTIVITIES: ActivitySpec[] = [
  ['Pelayanan kesehatan perorangan', 0.05, 15, 20],
  ['Pelayanan kesehatan masyarakat luar gedung', 0.005, 60, 90],
  ['Pencatatan dan pelaporan pelayanan', 0.01, 10, 15],
];

/** Support activities done by every member of the cadre (CAS). */
const CATEGORY_ALLOWANCES: readonly { name: string; hours: number; per: Period }[] = [
  { name: 'Rapat koordinasi dan lokakarya mini', hours: 2, per: 'week' },
  { name: 'Menyusun laporan bulanan', hours: 4, per: 'month' },
  { name: 'Apel pagi dan serah terima jaga', hours: 0.25, per: 'day' },
  { name: 'Pertemuan audit internal dan mutu pelayanan', hours: 3, per: 'month' },
  { name: 'Pelatihan dan pembinaan internal', hours: 24, per: 'year' },
];
/** Activities done by some members only (IAS): [name, hours a year low, high]. */
const INDIVIDUAL_ALLOWANCES: readonly [string, number, number][] = [
  ['Penanggung jawab program', 120, 240],
  ['Tim akreditasi dan mutu pelayanan', 60, 120],
  ['Pembimbing mahasiswa praktik', 80, 120],
  ['Koordinator ruang atau unit pelayanan', 240, 360],
];

/**
 * One study per health family (of the `wisn` positions) in every puskesmas and the RSUD, sized so that its WISN
 * required staff (domain.md §2) is about `wisnTarget` × the family's headcount there.
 */
function wisnStudies(input: NeedsSeedInput, rng: Prng): Cell[][] {
  const studyId = uuidFactory(input.seed, 8);
  const families = new Map<string, Map<string, number>>(); // unit id → family → headcount, in template order
  for (const p of input.positions) {
    if (p.method !== 'wisn') continue;
    const m = families.get(p.unitId) ?? new Map<string, number>();
    const f = jobFamily(p.title);
    m.set(f, (m.get(f) ?? 0) + (input.holders.get(p.id) ?? 0));
    families.set(p.unitId, m);
  }
  const rows: Cell[][] = [];
  for (const u of input.units) {
    if (u.kind !== 'puskesmas' && u.kind !== 'rsud') continue;
    const visits = input.visits2025.get(u.id) ?? (u.kind === 'rsud' ? 290_000 : 45_000);
    const catalogue = u.kind === 'rsud' ? RSUD_ACTIVITIES : PKM_ACTIVITIES;
    for (const [family, headcount] of families.get(u.id) ?? []) {
      // working time (AWT, domain.md §2)
      const [A, B, C, D, E, hDay, hWeek] = [260, rng.int(15, 17), 12, rng.int(5, 10), rng.int(5, 10), 7.5, 37.5];
      const awt = (A - (B + C + D + E)) * hDay;
      // category allowances → CAF
      const cas = sample(rng, CATEGORY_ALLOWANCES, rng.int(1, 3));
      const casPct = cas.reduce((s, c) => s + (c.per === 'day' ? c.hours / hDay : c.per === 'week' ? c.hours / hWeek : (c.hours * (c.per === 'month' ? 12 : 1)) / awt) * 100, 0);
      const caf = 1 / (1 - casPct / 100);
      // individual allowances → IAF (a small cadre has one person to give them to)
      const target = wisnTarget(rng, headcount);
      let ias = sample(rng, INDIVIDUAL_ALLOWANCES, rng.int(0, 2)).map(([name, lo, hi]) => ({
        name,
        hoursPerYear: round10(rng.real(lo, hi)),
        staff: Math.min(Math.max(1, headcount), rng.int(1, 2)),
      }));
      if (ias.reduce((s, i) => s + i.hoursPerYear * i.staff, 0) / awt > 0.25 * target) ias = [];
      const iaf = ias.reduce((s, i) => s + i.hoursPerYear * i.staff, 0) / awt;
      // services: volumes follow the visits, scaled together so that staff × CAF + IAF meets the target
      const services = (target - iaf) / caf; // staff for services (JKT)
      const specs = catalogue[family] ?? GENERIC_ACTIVITIES;
      const chosen = choose(rng, specs, rng.int(Math.min(3, specs.length), Math.min(5, specs.length)));
      const acts = chosen.map(([name, share, lo, hi]) => ({ name, base: visits * share * rng.real(0.8, 1.25), minutesPerUnit: round5(rng.real(lo, hi)), volume: 0 }));
      const minutesPerStaff = awt * 60; // a year of one person's available working time
      const baseStaff = acts.reduce((s, a) => s + (a.base * a.minutesPerUnit) / minutesPerStaff, 0);
      const k = services / baseStaff;
      for (const a of acts) a.volume = Math.max(1, Math.round(a.base * k));
      // the biggest activity absorbs the rounding
      const main = acts.reduce((a, b) => (b.volume * b.minutesPerUnit > a.volume * a.minutesPerUnit ? b : a));
      const rest = acts.reduce((s, a) => s + (a === main ? 0 : a.volume * a.minutesPerUnit), 0);
      main.volume = Math.max(1, Math.round((services * minutesPerStaff - rest) / main.minutesPerUnit));
      rows.push([
        studyId(),
        u.id,
        family,
        WISN_STUDY_YEAR,
        A,
        B,
        C,
        D,
        E,
        hDay,
        hWeek,
        JSON.stringify(acts.map((a) => ({ name: a.name, volume: a.volume, minutesPerUnit: a.minutesPerUnit }))),
        JSON.stringify(cas.map((c) => ({ name: c.name, hours: c.hours, per: c.per }))),
        JSON.stringify(ias),
        `Demo estimate (synthetic): volumes derived from the unit's ${WISN_STUDY_YEAR} visits driver, not an official study`,
      ]);
    }
  }
  return rows;
}

/** All needs-planning rows of the demo. Call after the employees are generated (it reads their counts). */
export function buildNeedsSeed(input: NeedsSeedInput): NeedsSeedRows {
  return {
    workloadTasks: workloadTasks(input, input.rng.fork(1)),
    ratioNorms: ratioNorms(input),
    wisnStudies: wisnStudies(input, input.rng.fork(2)),
  };
}
