/**
 * The general competency dictionary every installation starts with (domain.md §7):
 * - the 8 managerial competencies and the socio-cultural one (Perekat Bangsa) of the Lampiran of PermenPAN-RB
 *   No. 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN, with their definitions and the behaviour of each
 *   level 1–5 (condensed from the Lampiran's level descriptions and behavioural indicators);
 * - the soft skills the city trains (technical entries flagged soft_skill), levels 1–5.
 *
 * Seeded like the reference rules (bootstrap.ts): a missing code is inserted, an existing one is never touched, so an
 * administrator's edits survive restarts. Ids are derived from the code (v4-shaped), so every installation shares them.
 * Technical competencies per job family are set by each position's pembina; the demo's are in `competency-seed.ts`.
 */
import { createHash } from 'node:crypto';

export type CompetencyType = 'technical' | 'managerial' | 'socio_cultural';

export interface CompetencyLevel {
  level: 1 | 2 | 3 | 4 | 5;
  description: string;
}

export interface CompetencySeed {
  code: string;
  name: string;
  type: CompetencyType;
  jobFamily: string | null;
  softSkill: boolean;
  /** Official definition (or the training's scope for a soft skill). */
  definition: string;
  legalBasis: string;
  /** What goes into `competencies.description`: the definition, then the legal basis. */
  description: string;
  levels: CompetencyLevel[];
}

/** Levels 1–5 from five descriptions. */
export function levelsOf(descriptions: readonly [string, string, string, string, string]): CompetencyLevel[] {
  return descriptions.map((description, i) => ({ level: (i + 1) as CompetencyLevel['level'], description }));
}

/** The stored description: definition, a blank line, then "Dasar hukum: …". */
export function describeCompetency(definition: string, legalBasis: string): string {
  return `${definition}\n\nDasar hukum: ${legalBasis}`;
}

function entry(e: Omit<CompetencySeed, 'description' | 'levels'> & { levels: readonly [string, string, string, string, string] }): CompetencySeed {
  return { ...e, description: describeCompetency(e.definition, e.legalBasis), levels: levelsOf(e.levels) };
}

/** Deterministic, v4-shaped id of a seeded competency code: the same on every installation. */
export function competencyIdOf(code: string): string {
  const h = createHash('sha256').update(`asn-planner:competency:${code}`).digest('hex');
  const variant = (8 + (parseInt(h[16], 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const LAMPIRAN = 'Lampiran PermenPAN-RB No. 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara; Peraturan BKN No. 26 Tahun 2019 (penilaian kompetensi)';
const SOFT =
  'Kompetensi teknis pendukung (soft skill) dalam pengembangan kompetensi ASN: PP No. 11 Tahun 2017 jo. PP No. 17 Tahun 2020, Pasal 203 (hak pengembangan kompetensi paling sedikit 20 JP setahun); Peraturan LAN No. 10 Tahun 2018 tentang Pengembangan Kompetensi PNS';

export const COMPETENCY_DICTIONARY: readonly CompetencySeed[] = [
  // ── managerial (Lampiran PermenPAN-RB 38/2017)
  entry({
    code: 'M-INT',
    name: 'Integritas',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan, menciptakan budaya etika tinggi, bertanggung jawab atas tindakan atau keputusan beserta risiko yang menyertainya.',
    legalBasis: LAMPIRAN,
    levels: [
      'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi: jujur, tidak menyalahgunakan wewenang, dan mengakui kesalahan yang dibuat.',
      'Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi, serta bertanggung jawab atas tindakan dan hasil kerjanya.',
      'Mampu memastikan dan menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi dalam lingkup formal, termasuk memberi sanksi atas pelanggaran.',
      'Mampu menciptakan situasi kerja yang membuat rekan kerja, kolega, dan bawahan patuh pada nilai, norma, dan etika organisasi, serta menjadi contoh dalam menjaga integritas unit kerja.',
      'Mampu menjadi role model dan keteladanan dalam penerapan standar keadilan dan etika di tingkat instansi maupun nasional, dan membangun budaya integritas organisasi.',
    ],
  }),
  entry({
    code: 'M-KS',
    name: 'Kerja Sama',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumber daya untuk mencapai tujuan strategis organisasi.',
    legalBasis: LAMPIRAN,
    levels: [
      'Berpartisipasi dalam kelompok kerja: aktif menyelesaikan bagian tugasnya dan berbagi informasi yang relevan dengan rekan kerja.',
      'Menumbuhkan tim kerja yang partisipatif dan efektif: membantu rekan kerja, menghargai masukan dan keahlian anggota tim.',
      'Efektif membangun tim kerja untuk peningkatan kinerja organisasi: melibatkan pihak terkait lintas unit dan menyelesaikan konflik dalam tim.',
      'Membangun komitmen tim dan sinergi: menciptakan kerja sama lintas unit kerja dan instansi untuk mencapai sasaran organisasi.',
      'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi: membangun jejaring dan kemitraan strategis lintas sektor.',
    ],
  }),
  entry({
    code: 'M-KOM',
    name: 'Komunikasi',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif; mempersuasi, meyakinkan dan membujuk orang lain dalam rangka mencapai tujuan organisasi.',
    legalBasis: LAMPIRAN,
    levels: [
      'Menyampaikan informasi dengan jelas, lengkap, dan dengan pemahaman yang sama, secara lisan maupun tertulis.',
      'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain dan merespons pesan dengan tepat; mampu menyusun bahan presentasi, naskah, dan laporan.',
      'Berkomunikasi secara asertif; terampil menyampaikan informasi yang sensitif, rumit, atau kompleks secara lisan dan tertulis kepada pihak yang beragam.',
      'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan.',
      'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dan meningkatkan kinerja organisasi; menjadi narasumber dan juru bicara instansi.',
    ],
  }),
  entry({
    code: 'M-OH',
    name: 'Orientasi pada Hasil',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistematis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil, untuk keberhasilan organisasi.',
    legalBasis: LAMPIRAN,
    levels: [
      'Bertanggung jawab untuk memenuhi standar kerja: menyelesaikan tugas tepat waktu dan sesuai standar yang ditetapkan.',
      'Berupaya meningkatkan hasil kerja pribadi di atas standar; mencari dan mencoba metode alternatif untuk peningkatan kinerja.',
      'Menetapkan target kerja yang menantang bagi unit kerja; memberi apresiasi dan teguran untuk mendorong pencapaian kinerja.',
      'Mendorong unit kerja mencapai atau melampaui target; memantau dan mengevaluasi kinerja serta mengelola risiko pencapaiannya.',
      'Menyusun kebijakan dengan target kinerja tinggi yang meningkatkan nilai tambah instansi; memastikan kinerja organisasi tercapai secara berkelanjutan.',
    ],
  }),
  entry({
    code: 'M-PP',
    name: 'Pelayanan Publik',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik.',
    legalBasis: LAMPIRAN,
    levels: [
      'Menjalankan tugas mengikuti standar pelayanan: ramah, cekatan, dan tidak diskriminatif dalam melayani.',
      'Mampu menyelia dan menjelaskan proses pelaksanaan tugas pemerintahan atau pelayanan publik secara transparan.',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja.',
      'Mampu memonitor, mengevaluasi, dan mengantisipasi dampak isu jangka panjang, peluang, atau kekuatan politik terhadap pelayanan pemangku kepentingan yang transparan, objektif, dan profesional.',
      'Mampu memastikan kebijakan pelayanan publik yang menjamin pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, dan bebas dari kepentingan pribadi, kelompok, atau partai politik.',
    ],
  }),
  entry({
    code: 'M-PDO',
    name: 'Pengembangan Diri dan Orang Lain',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan kepentingan organisasi.',
    legalBasis: LAMPIRAN,
    levels: [
      'Pengembangan diri: mengidentifikasi kebutuhan belajarnya dan meningkatkan kemampuan di bidang kerjanya.',
      'Meningkatkan kemampuan bawahan atau rekan kerja dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan.',
      'Memberikan umpan balik dan bimbingan (coaching, mentoring) untuk mengembangkan kemampuan orang lain.',
      'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran di unit kerja.',
      'Menciptakan situasi yang mendorong organisasi mengembangkan kemampuan belajar secara berkelanjutan untuk mendukung pencapaian hasil.',
    ],
  }),
  entry({
    code: 'M-MP',
    name: 'Mengelola Perubahan',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan inisiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil diimplementasikan secara efektif.',
    legalBasis: LAMPIRAN,
    levels: [
      'Menyadari dan memahami perubahan yang terjadi di organisasi serta bersedia mempelajari cara kerja yang baru.',
      'Proaktif beradaptasi mengikuti perubahan dan menyesuaikan cara kerjanya tanpa menunggu arahan.',
      'Membantu orang lain mengikuti perubahan dan mengantisipasi perubahan secara tepat di unit kerjanya.',
      'Memimpin perubahan pada unit kerja: merencanakan, mengomunikasikan, dan mengelola resistensi terhadap perubahan.',
      'Mengarahkan perubahan di tingkat organisasi secara strategis dan memastikan perubahan berhasil diterapkan secara efektif.',
    ],
  }),
  entry({
    code: 'M-PK',
    name: 'Pengambilan Keputusan',
    type: 'managerial',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil.',
    legalBasis: LAMPIRAN,
    levels: [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan dan prosedur yang berlaku.',
      'Menganalisis masalah secara mendalam: mengurai penyebab dan menyusun alternatif pemecahan.',
      'Membandingkan berbagai alternatif dan menyeimbangkan risiko keberhasilan dalam implementasi keputusan.',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, dan menyiapkan tindakan pengamanan (mitigasi risiko).',
      'Menghasilkan solusi strategis yang berdampak pada tataran instansi atau nasional.',
    ],
  }),
  // ── socio-cultural
  entry({
    code: 'SK-PB',
    name: 'Perekat Bangsa',
    type: 'socio_cultural',
    jobFamily: null,
    softSkill: false,
    definition:
      'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta di antara para pemangku kepentingan itu sendiri; menjaga, mengembangkan, dan mewujudkan rasa persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa dan bernegara Indonesia.',
    legalBasis: LAMPIRAN,
    levels: [
      'Peka memahami dan menerima kemajemukan: menghargai perbedaan latar belakang, agama, suku, dan pandangan orang lain.',
      'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan dalam lingkungan kerjanya.',
      'Mempromosikan dan mengembangkan sikap toleransi dan persatuan; mengelola perbedaan di unit kerja secara adil.',
      'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.',
      'Menjadi wakil pemerintah dalam membangun hubungan sosial psikologis dengan masyarakat yang majemuk dan merekatkan para pemangku kepentingan.',
    ],
  }),
  // ── soft skills the city trains (technical, flagged soft_skill)
  entry({
    code: 'SS-MW',
    name: 'Manajemen Waktu',
    type: 'technical',
    jobFamily: null,
    softSkill: true,
    definition: 'Kemampuan merencanakan, memprioritaskan, dan mengendalikan penggunaan waktu kerja agar tugas selesai tepat waktu dengan mutu yang dipersyaratkan.',
    legalBasis: SOFT,
    levels: [
      'Mencatat tugas dan tenggat waktunya serta menyelesaikan tugas rutin tepat waktu dengan arahan.',
      'Menyusun rencana kerja harian/mingguan dan memprioritaskan tugas berdasarkan urgensi dan kepentingan.',
      'Mengelola beberapa pekerjaan sekaligus, mengantisipasi hambatan waktu, dan menyesuaikan jadwal tanpa mengorbankan mutu.',
      'Mengatur alokasi waktu tim dan jadwal kegiatan unit kerja sehingga target tercapai tepat waktu.',
      'Membangun budaya kerja yang disiplin waktu dan menetapkan sistem pengendalian jadwal di tingkat organisasi.',
    ],
  }),
  entry({
    code: 'SS-KE',
    name: 'Komunikasi Efektif dalam Pelayanan',
    type: 'technical',
    jobFamily: null,
    softSkill: true,
    definition:
      'Kemampuan berkomunikasi secara empatik, jelas, dan santun dengan penerima layanan (pasien, peserta didik, warga), termasuk menyampaikan informasi dan menangani keluhan.',
    legalBasis: `${SOFT}; UU No. 25 Tahun 2009 tentang Pelayanan Publik`,
    levels: [
      'Menyapa, mendengarkan, dan menyampaikan informasi layanan dasar dengan bahasa yang santun dan mudah dipahami.',
      'Menggali kebutuhan penerima layanan dengan bertanya dan mendengarkan aktif, serta memastikan informasi dipahami.',
      'Menyampaikan informasi yang sulit atau sensitif secara empatik dan menangani keluhan hingga tuntas.',
      'Membimbing rekan kerja dalam komunikasi pelayanan dan menyusun pedoman komunikasi bagi unit layanan.',
      'Menetapkan standar dan strategi komunikasi pelayanan instansi serta menjadi teladan komunikasi publik.',
    ],
  }),
  entry({
    code: 'SS-PL',
    name: 'Pelayanan Prima',
    type: 'technical',
    jobFamily: null,
    softSkill: true,
    definition: 'Kemampuan memberikan layanan yang cepat, tepat, ramah, dan sesuai standar pelayanan, berorientasi pada kepuasan penerima layanan dan perbaikan berkelanjutan.',
    legalBasis: `${SOFT}; UU No. 25 Tahun 2009 tentang Pelayanan Publik; PermenPAN-RB No. 15 Tahun 2014 tentang Pedoman Standar Pelayanan`,
    levels: [
      'Melayani sesuai standar pelayanan dan maklumat pelayanan unit dengan sikap ramah dan sopan.',
      'Memenuhi kebutuhan penerima layanan secara cepat dan tepat, termasuk memberi solusi atas kendala sederhana.',
      'Mengidentifikasi keluhan berulang dan mengusulkan perbaikan prosedur layanan di unit kerja.',
      'Mengevaluasi mutu layanan (misalnya hasil survei kepuasan masyarakat) dan memimpin inovasi pelayanan.',
      'Membangun budaya pelayanan prima di seluruh organisasi dan menetapkan kebijakan standar pelayanan.',
    ],
  }),
  entry({
    code: 'SS-DG',
    name: 'Literasi Digital',
    type: 'technical',
    jobFamily: null,
    softSkill: true,
    definition:
      'Kemampuan menggunakan perangkat dan layanan digital pemerintahan secara efektif, aman, dan beretika, termasuk mengelola data dan informasi dalam kerangka Sistem Pemerintahan Berbasis Elektronik (SPBE).',
    legalBasis: `${SOFT}; Perpres No. 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik`,
    levels: [
      'Menggunakan aplikasi perkantoran dan aplikasi layanan instansi untuk tugas rutin dengan panduan.',
      'Mengelola dokumen dan data digital secara mandiri serta menjaga keamanan akun dan informasi.',
      'Memanfaatkan data dan aplikasi untuk menganalisis pekerjaan dan membantu rekan kerja menggunakan layanan digital.',
      'Merancang alur kerja digital unit kerja dan mendorong integrasi data serta layanan elektronik.',
      'Mengarahkan transformasi digital organisasi sejalan dengan arsitektur SPBE dan tata kelola data.',
    ],
  }),
];

/** The managerial and socio-cultural codes, in the order of the Lampiran. */
export const GENERAL_COMPETENCY_CODES = ['M-INT', 'M-KS', 'M-KOM', 'M-OH', 'M-PP', 'M-PDO', 'M-MP', 'M-PK', 'SK-PB'] as const;

/** What the seed needs of a DataSource or QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Inserts the dictionary entries whose code is missing, in one statement, and returns how many were added.
 * Never overwrites an existing entry (an administrator's edits stay); an entry whose derived id is already taken
 * (its code was renamed) counts as present too.
 */
export async function seedCompetencyDictionary(ds: Queryable, entries: readonly CompetencySeed[] = COMPETENCY_DICTIONARY): Promise<number> {
  if (!entries.length) return 0;
  const rows = entries.map((e) => ({
    id: competencyIdOf(e.code),
    code: e.code,
    name: e.name,
    type: e.type,
    job_family: e.jobFamily,
    soft_skill: e.softSkill,
    description: e.description,
    levels: e.levels,
  }));
  const res = (await ds.query(
    `INSERT INTO competencies (id, code, name, type, job_family, soft_skill, description, levels, active)
     SELECT x.id, x.code, x.name, x.type, x.job_family, x.soft_skill, x.description, x.levels, true
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, code varchar, name varchar, type varchar, job_family varchar, soft_skill boolean, description text, levels jsonb)
     ON CONFLICT DO NOTHING RETURNING id`,
    [JSON.stringify(rows)],
  )) as unknown[];
  return res.length;
}
