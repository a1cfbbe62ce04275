/**
 * The reference rules of domain.md, with their legal basis, as first seeded.
 * They are dated data: administrators add a new version (a new effectiveFrom) when a decree changes;
 * calculations read the version in force on the date they calculate for.
 */
import { PNS_BASE_SALARY_2024, PPPK_BASE_SALARY_2024 } from './salary-tables.js';

export interface RuleSeed {
  key: string;
  value: unknown;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  description: string;
}

export const RULE_SEEDS: RuleSeed[] = [
  // §1 Workload analysis (ABK)
  {
    key: 'abk.effective_minutes_per_year',
    value: { minutes: 75000 },
    legalBasis: 'PermenPAN-RB No. 1 Tahun 2020 tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja',
    effectiveFrom: '2020-01-01',
    description: 'Jam kerja efektif (JKE) setahun: 75.000 menit (1.250 jam).',
  },
  {
    key: 'abk.rounding',
    value: { mode: 'half_up', options: ['half_up', 'ceil'] },
    legalBasis: 'PermenPAN-RB No. 1 Tahun 2020',
    effectiveFrom: '2020-01-01',
    description: 'Pembulatan kebutuhan pegawai dari FTE ke orang: half_up (0,5 ke atas) atau ceil.',
  },
  {
    key: 'abk.effectiveness_categories',
    value: {
      roundTo: 2,
      categories: [
        { grade: 'A', label: 'Sangat Baik', min: 1.01 },
        { grade: 'B', label: 'Baik', min: 0.9 },
        { grade: 'C', label: 'Cukup', min: 0.7 },
        { grade: 'D', label: 'Sedang', min: 0.5 },
        { grade: 'E', label: 'Kurang', min: 0 },
      ],
    },
    legalBasis: 'PermenPAN-RB No. 1 Tahun 2020',
    effectiveFrom: '2020-01-01',
    description: 'Efektivitas jabatan EJ = beban kerja / (pemangku × JKE), dibulatkan 2 desimal: A > 1,00; B 0,90–1,00; C 0,70–0,89; D 0,50–0,69; E < 0,50.',
  },
  {
    key: 'abk.volume_period_factors',
    value: { day: 235, week: 47, month: 12, year: 1 },
    legalBasis: 'PermenPAN-RB No. 1 Tahun 2020 (hari kerja efektif 235 hari, 47 minggu setahun)',
    effectiveFrom: '2020-01-01',
    description: 'Pengali untuk mengubah volume per hari, minggu atau bulan menjadi volume setahun.',
  },
  // §2 WISN / ABK-Kes
  {
    key: 'wisn.method',
    value: { casPerMonthFactor: 12, labels: { availableWorkingTime: ['AWT', 'WKT'], categoryAllowanceFactor: ['CAF', 'FTP'], individualAllowanceFactor: ['IAF', 'STP'] } },
    legalBasis: 'WHO Workload Indicators of Staffing Need (2010); Permenkes No. 33 Tahun 2015 (ABK-Kes)',
    effectiveFrom: '2015-01-01',
    description: 'WISN = ABK-Kes: AWT (WKT), standar beban kerja, CAF (FTP) dan IAF (STP).',
  },
  // §3 Ratio norms
  {
    key: 'ratio.health_per_100k',
    value: { general_practitioner: 45, dentist: 13, nurse: 180, midwife: 120, rounding: 'ceil' },
    legalBasis: 'Kepmenko Kesra No. 54 Tahun 2013 (target rasio 2019)',
    effectiveFrom: '2013-01-01',
    description: 'Tenaga kesehatan per 100.000 penduduk: dokter umum 45, dokter gigi 13, perawat 180, bidan 120; dibulatkan ke atas.',
  },
  {
    key: 'ratio.who_sdg_threshold',
    value: { doctorsNursesMidwivesPer1000: 4.45 },
    legalBasis: 'WHO, Health workforce requirements for universal health coverage and the SDGs (2016)',
    effectiveFrom: '2016-01-01',
    description: 'Ambang SDG WHO: 4,45 dokter + perawat + bidan per 1.000 penduduk.',
  },
  {
    key: 'ratio.teachers',
    value: {
      maxClassSize: { sd: 32, smp: 36 },
      lessonHoursPerTeacher: 24,
      minPupilsPerTeacher: { sd: 20, smp: 20, sma: 20, smk: 15, tk: 15 },
      rounding: 'ceil',
    },
    legalBasis: 'PP No. 74 Tahun 2008 tentang Guru; Permendikbud No. 22 Tahun 2016 (rombel)',
    effectiveFrom: '2008-12-01',
    description: 'Guru kelas = jumlah rombel = ceil(siswa / maks. per rombel: SD 32, SMP 36); guru mapel = ceil(Σ JP per minggu / 24).',
  },
  {
    key: 'ratio.default_rounding',
    value: { mode: 'ceil' },
    legalBasis: 'Kebijakan BKPP Kota Semarang (norma rasio dibulatkan ke atas)',
    effectiveFrom: '2020-01-01',
    description: 'Kebutuhan dari norma rasio: ceil(penggerak / satuan per pegawai), dengan minimum per unit bila ditetapkan.',
  },
  // §4 Retirement
  {
    key: 'retirement.ages',
    value: {
      byKind: { jpt: 60, administrator: 58, pengawas: 58, pelaksana: 58 },
      byFunctionalLevel: {
        pemula: 58,
        terampil: 58,
        mahir: 58,
        penyelia: 58,
        ahli_pertama: 58,
        ahli_muda: 58,
        ahli_madya: 60,
        ahli_utama: 65,
      },
      teacher: 60,
      default: 58,
      effectiveDate: 'first_day_of_next_month',
    },
    legalBasis: 'PP No. 11 Tahun 2017 Pasal 239 jo. PP No. 17 Tahun 2020',
    effectiveFrom: '2017-03-30',
    description:
      'Batas usia pensiun (BUP): 58 administrasi, ahli pertama/muda dan keterampilan; 60 JPT, ahli madya dan guru; 65 ahli utama. TMT pensiun hari pertama bulan berikutnya.',
  },
  {
    key: 'supply.attrition_rates',
    value: { jpt: 0.01, administrator: 0.01, pengawas: 0.01, pelaksana: 0.015, fungsional: 0.01 },
    legalBasis: 'Asumsi perencanaan BKPP Kota Semarang (berhenti selain pensiun: meninggal, mengundurkan diri, mutasi keluar)',
    effectiveFrom: '2025-01-01',
    description: 'Laju keluar tahunan selain pensiun per jenis jabatan, untuk proyeksi ketersediaan pegawai.',
  },
  // Needs planning (BKPP planning assumptions, editable)
  {
    key: 'needs.priority',
    value: {
      sectorWeights: { kesehatan: 1.5, pendidikan: 1.4, sosial: 1.2, infrastruktur: 1.1, pemerintahan: 1.0, ekonomi: 1.0, lainnya: 0.9 },
      pressureCap: 3,
    },
    legalBasis: 'Kebijakan BKPP Kota Semarang: prioritas formasi untuk pelayanan dasar (kesehatan, pendidikan) sesuai SPM (PP No. 2 Tahun 2018)',
    effectiveFrom: '2025-01-01',
    description:
      'Skor prioritas = kekurangan × bobot sektor × tekanan beban kerja; tekanan = kebutuhan / pegawai yang ada (EJ, 1/rasio WISN), paling tinggi pressureCap (juga bila belum ada pegawai).',
  },
  {
    key: 'needs.fixed_positions',
    value: { headcount: 1 },
    legalBasis: 'Peraturan Wali Kota Semarang tentang kedudukan, susunan organisasi dan tata kerja perangkat daerah (satu pemangku per jabatan struktural)',
    effectiveFrom: '2020-01-01',
    description: 'Jabatan dengan metode tetap (struktural, kepala sekolah) dibutuhkan satu orang.',
  },
  {
    key: 'needs.formation_cost',
    value: {
      monthsPerYear: 14,
      masaKerjaGolongan: 0,
      assumeSpouse: true,
      assumeChildren: 2,
      pnsEntryRank: { SD: 'I/a', SMP: 'I/c', SMA: 'II/a', D1: 'II/a', D2: 'II/b', D3: 'II/c', D4: 'III/a', S1: 'III/a', PROFESI: 'III/b', S2: 'III/b', S3: 'III/c' },
      pppkEntryGrade: { SD: 'I', SMP: 'IV', SMA: 'V', D1: 'V', D2: 'VI', D3: 'VII', D4: 'IX', S1: 'IX', PROFESI: 'X', S2: 'X', S3: 'XI' },
      defaultEducation: 'S1',
    },
    legalBasis:
      'PP No. 5 Tahun 2024 (gaji pokok PNS); Perpres No. 11 Tahun 2024 (gaji PPPK); PP 7/1977 Pasal 16 (tunjangan keluarga); Perpres No. 12 Tahun 2006 (tunjangan umum); PP gaji ke-13 dan THR (12 + 2 bulan)',
    effectiveFrom: '2024-01-01',
    description:
      'Biaya setahun satu formasi: gaji pokok golongan awal menurut pendidikan (MKG 0; PPPK gaji minimum) + tunjangan suami/istri 10% + 2 anak × 2% + tunjangan umum (PNS), × 14 bulan (termasuk gaji ke-13 dan THR).',
  },
  // §6 Recruitment
  {
    key: 'recruitment.skd_passing_grades',
    value: {
      max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
      umum: { twk: 65, tiu: 80, tkp: 166 },
      cumlaude: { total: 311, tiu: 85 },
      disabilitas: { total: 286, tiu: 60 },
      papua: { total: 286, tiu: 60 },
    },
    legalBasis: 'KepmenPAN-RB No. 321 Tahun 2024 tentang Nilai Ambang Batas SKD CPNS 2024',
    effectiveFrom: '2024-01-01',
    description: 'Nilai ambang batas SKD: TWK ≥ 65, TIU ≥ 80, TKP ≥ 166 masing-masing; cumlaude total ≥ 311 dan TIU ≥ 85; disabilitas dan Papua total ≥ 286 dan TIU ≥ 60.',
  },
  {
    key: 'recruitment.shortlist',
    value: { multiplier: 3, tieAtCut: 'include_all', options: ['include_all', 'strict'] },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2024 tentang Pengadaan ASN',
    effectiveFrom: '2024-01-01',
    description: 'Peserta SKB per formasi: paling banyak 3 × kebutuhan dari yang lulus SKD menurut peringkat; yang nilainya sama dengan peringkat terakhir diikutkan semua.',
  },
  {
    key: 'recruitment.final_score',
    value: { skdWeight: 0.4, skbWeight: 0.6, skdMax: 550, scale: 100 },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2024',
    effectiveFrom: '2024-01-01',
    description: 'Nilai akhir = 40% × (SKD / 550 × 100) + 60% × SKB (0–100).',
  },
  {
    key: 'recruitment.tie_break',
    value: { order: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'] },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2024',
    effectiveFrom: '2024-01-01',
    description: 'Nilai sama diurutkan: nilai akhir, total SKD, TKP, TIU, TWK, IPK, lalu usia yang lebih tua.',
  },
  {
    key: 'recruitment.age_limits',
    value: { min: 18, max: 35, on: 'registration_close' },
    legalBasis: 'UU No. 20 Tahun 2023 tentang ASN; PermenPAN-RB No. 6 Tahun 2024',
    effectiveFrom: '2024-01-01',
    description: 'Usia 18–35 tahun pada tanggal penutupan pendaftaran (dapat diubah per jabatan, mis. 40 untuk dokter spesialis).',
  },
  {
    key: 'recruitment.pppk_scores',
    value: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 }, passingGrade: null },
    legalBasis: 'KepmenPAN-RB tentang Nilai Ambang Batas Seleksi PPPK 2024',
    effectiveFrom: '2024-01-01',
    description: 'PPPK 2024: teknis maks. 450, manajerial dan sosial kultural 180, wawancara 40, total 670; tanpa ambang batas, diperingkat per formasi.',
  },
  // §7 Competency
  {
    key: 'competency.jpm',
    value: {
      capAtStandard: false,
      categories: [
        { label: 'Optimal', code: 'optimal', min: 90 },
        { label: 'Cukup Optimal', code: 'cukup_optimal', min: 78 },
        { label: 'Kurang Optimal', code: 'kurang_optimal', min: 0 },
      ],
    },
    legalBasis: 'PermenPAN-RB No. 38 Tahun 2017; Peraturan BKN No. 26 Tahun 2019',
    effectiveFrom: '2019-01-01',
    description: 'Job-Person Match = Σ level hasil / Σ level standar × 100: Optimal ≥ 90, Cukup Optimal 78–<90, Kurang Optimal < 78.',
  },
  {
    key: 'competency.development_hours',
    value: { jpPerYear: 20, minutesPerJp: 45 },
    legalBasis: 'PP No. 11 Tahun 2017 Pasal 203',
    effectiveFrom: '2017-03-30',
    description: 'Setiap ASN berhak atas pengembangan kompetensi paling sedikit 20 JP setahun (1 JP = 45 menit).',
  },
  // §8 Performance
  {
    key: 'performance.predicate_matrix',
    value: {
      above: { below: 'kurang', meets: 'baik', above: 'sangat_baik' },
      meets: { below: 'kurang', meets: 'baik', above: 'baik' },
      below: { below: 'sangat_kurang', meets: 'butuh_perbaikan', above: 'butuh_perbaikan' },
    },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN',
    effectiveFrom: '2022-01-01',
    description: 'Predikat kinerja: baris rating hasil kerja × kolom rating perilaku.',
  },
  {
    key: 'performance.distribution_limits',
    value: {
      istimewa: { sangat_baik: { max: 0.7 } },
      baik: { baik: { max: 0.7 }, butuh_perbaikan_or_kurang: { minCount: 1 } },
      butuh_perbaikan: { butuh_perbaikan: { min: 0.6 }, sangat_baik: { max: 0.1 } },
      kurang: { kurang: { min: 0.6 }, butuh_perbaikan: { min: 0.1 }, sangat_baik: { max: 0.1 } },
      sangat_kurang: { sangat_kurang: { min: 0.6 }, kurang_or_butuh_perbaikan: { min: 0.1 }, sangat_baik: { max: 0 } },
      rounding: { min: 'ceil', max: 'floor' },
    },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2022, Lampiran',
    effectiveFrom: '2022-01-01',
    description: 'Batas distribusi predikat menurut predikat kinerja organisasi; minimum dibulatkan ke atas, maksimum ke bawah.',
  },
  {
    key: 'performance.monitoring',
    value: { checkpoints: 'monthly', atRiskThreshold: 0.15, followUpGraceDays: 0 },
    legalBasis: 'PermenPAN-RB No. 6 Tahun 2022 (pemantauan kinerja dan bimbingan berkelanjutan); ambang batas ditetapkan BKPP',
    effectiveFrom: '2022-01-01',
    description:
      'Titik periksa bawaan periode (bulanan atau triwulanan); target berisiko bila realisasi tertinggal dari laju yang diharapkan lebih dari ambang (0,15 = 15 poin); tindak lanjut bimbingan terlambat setelah tanggalnya lewat.',
  },
  // §9 IKM
  {
    key: 'ikm.scale',
    value: {
      elements: ['persyaratan', 'prosedur', 'waktu_pelayanan', 'biaya', 'produk', 'kompetensi_pelaksana', 'perilaku_pelaksana', 'penanganan_pengaduan', 'sarana_prasarana'],
      conversionFactor: 25,
      grades: [
        { grade: 'A', label: 'Sangat Baik', min: 88.31, max: 100 },
        { grade: 'B', label: 'Baik', min: 76.61, max: 88.3 },
        { grade: 'C', label: 'Kurang Baik', min: 65.0, max: 76.6 },
        { grade: 'D', label: 'Tidak Baik', min: 25.0, max: 64.99 },
      ],
      sample: { chiSquare: 3.841, p: 0.25, marginSquared: 0.0025 },
    },
    legalBasis: 'PermenPAN-RB No. 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat',
    effectiveFrom: '2017-01-01',
    description: 'IKM = Σ NRR / 9; konversi × 25; mutu A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99; sampel Krejcie & Morgan.',
  },
  {
    key: 'ikm.flood_protection',
    value: { perDevicePerDay: 10, perAddressPerHour: 600, duplicateWindowMinutes: 60 },
    legalBasis: 'Kebijakan BKPP (perlindungan formulir publik); PermenPAN-RB No. 14 Tahun 2017',
    effectiveFrom: '2017-01-01',
    description:
      'Batas pengisian survei publik: per perangkat per hari, per alamat jaringan per jam (longgar, agar Wi-Fi bersama satu kantor tidak terblokir), dan jawaban yang sama dari perangkat yang sama dalam jendela waktu dianggap duplikat.',
  },
  // Budget and cost
  {
    key: 'budget.personnel_spending_cap',
    value: { percentOfBudget: 30, reported: { year: 2025, percent: 29.58 } },
    legalBasis: 'UU No. 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah, Pasal 146',
    effectiveFrom: '2022-01-05',
    description: 'Belanja pegawai daerah paling tinggi 30% dari total belanja APBD; Kota Semarang 2025: 29,58%.',
  },
  {
    key: 'salary.pns_base',
    value: { currency: 'IDR', columns: ['golongan', 'masaKerjaGolongan', 'gajiPokok'], rows: PNS_BASE_SALARY_2024, between: 'lower_step' },
    legalBasis: 'PP No. 5 Tahun 2024 (perubahan kesembilan belas PP 7/1977), Lampiran',
    effectiveFrom: '2024-01-01',
    description: 'Gaji pokok PNS per golongan dan masa kerja golongan (MKG); di antara dua langkah berlaku langkah yang lebih rendah.',
  },
  {
    key: 'salary.pppk_base',
    value: { currency: 'IDR', columns: ['golongan', 'mkgMin', 'gajiMin', 'mkgMax', 'gajiMax'], rows: PPPK_BASE_SALARY_2024 },
    legalBasis: 'Perpres No. 11 Tahun 2024 (perubahan Perpres 98/2020), Lampiran',
    effectiveFrom: '2024-01-01',
    description: 'Gaji pokok PPPK per golongan I–XVII (minimum dan maksimum).',
  },
  {
    key: 'salary.allowances',
    value: {
      family: { spousePercent: 10, childPercent: 2, maxChildren: 2 },
      general: { II: 180000, III: 185000, IV: 190000, I: 175000, note: 'Golongan I (Rp175.000) belum terverifikasi' },
    },
    legalBasis: 'PP 7/1977 Pasal 16 (tunjangan keluarga); Perpres No. 12 Tahun 2006 (tunjangan umum)',
    effectiveFrom: '2006-01-01',
    description: 'Tunjangan keluarga: suami/istri 10%, anak 2% (maks. 2 anak) dari gaji pokok; tunjangan umum per golongan.',
  },
];
