import { adminDecision, automaticChecks, normaliseMajor, type AdminCheckInput } from './admin-checks.js';

const base = (over: Partial<AdminCheckInput> = {}, applicant: Partial<AdminCheckInput['applicant']> = {}, vacancy: Partial<AdminCheckInput['vacancy']> = {}): AdminCheckInput => ({
  applicant: { birthDate: '1998-05-10', educationLevel: 'S1', major: 'Kesehatan Masyarakat', gpa: 3.2, ...applicant },
  vacancy: { educationLevels: ['S1', 'D4'], majors: ['Kesehatan Masyarakat'], gpaMin: null, ageMax: null, ...vacancy },
  rules: {
    ageLimits: { min: 18, max: 35 },
    gpaMin: 3,
    documents: [
      { key: 'ktp', label: 'KTP', required: true },
      { key: 'ijazah', label: 'Ijazah', required: true },
      { key: 'sertifikat', label: 'Sertifikat pendukung', required: false },
    ],
  },
  registrationCloses: '2026-01-31',
  uploadedKinds: ['ktp', 'ijazah'],
  ...over,
});

const codes = (i: AdminCheckInput) => automaticChecks(i).failures.map((f) => f.code);

describe('automaticChecks', () => {
  it('should pass every check when the applicant meets every requirement', () => {
    const r = automaticChecks(base());
    expect(r.failures).toEqual([]);
    expect(r.checks.every((c) => c.passed)).toBe(true);
    expect(r.checks.map((c) => c.key)).toEqual(['age', 'education_level', 'major', 'gpa', 'document:ktp', 'document:ijazah']);
    expect(r.age).toBe(27);
  });

  describe('age on the closing date (completed years)', () => {
    it('should accept an applicant born exactly 35 years before the closing date (35)', () => {
      const r = automaticChecks(base({}, { birthDate: '1991-01-31' }));
      expect(r.age).toBe(35);
      expect(r.failures).toEqual([]);
    });
    it('should accept the day before the 36th birthday', () => {
      const r = automaticChecks(base({}, { birthDate: '1990-02-01' }));
      expect(r.age).toBe(35);
      expect(r.failures).toEqual([]);
    });
    it('should refuse on the 36th birthday', () => {
      const r = automaticChecks(base({}, { birthDate: '1990-01-31' }));
      expect(r.age).toBe(36);
      expect(r.failures).toEqual([{ code: 'AGE_ABOVE_MAX', message: 'Usia 36 tahun pada 2026-01-31 melebihi batas maksimal 35 tahun.' }]);
    });
    it('should refuse one day before the 18th birthday and accept on it', () => {
      expect(codes(base({}, { birthDate: '2008-02-01' }))).toEqual(['AGE_BELOW_MIN']);
      expect(codes(base({}, { birthDate: '2008-01-31' }))).toEqual([]);
    });
    it('should use the vacancy maximum over the round maximum when it has one', () => {
      expect(codes(base({}, { birthDate: '1987-03-01' }, { ageMax: 40 }))).toEqual([]);
      expect(codes(base({}, { birthDate: '1985-01-31' }, { ageMax: 40 }))).toEqual(['AGE_ABOVE_MAX']);
    });
  });

  describe('education', () => {
    it('should refuse a level not in the vacancy list and accept any level when the list is empty', () => {
      expect(codes(base({}, { educationLevel: 'D3' }))).toEqual(['EDUCATION_LEVEL']);
      expect(codes(base({}, { educationLevel: 'D3' }, { educationLevels: [] }))).toEqual([]);
    });
    it('should compare majors case- and space-insensitively, any major when the list is empty', () => {
      expect(codes(base({}, { major: '  kesehatan   MASYARAKAT ' }))).toEqual([]);
      expect(codes(base({}, { major: 'Farmasi' }))).toEqual(['MAJOR']);
      expect(codes(base({}, { major: 'Farmasi' }, { majors: [] }))).toEqual([]);
      expect(normaliseMajor(' Teknik\tSipil ')).toBe('teknik sipil');
    });
  });

  describe('GPA', () => {
    it('should accept exactly the minimum and refuse below it', () => {
      expect(codes(base({}, { gpa: 3 }))).toEqual([]);
      const r = automaticChecks(base({}, { gpa: 2.99 }));
      expect(r.failures).toEqual([{ code: 'GPA_BELOW_MIN', message: 'IPK/nilai rata-rata 2,99 kurang dari batas minimal 3.' }]);
    });
    it('should prefer the vacancy minimum and have none when both are null', () => {
      expect(codes(base({}, { gpa: 3.2 }, { gpaMin: 3.25 }))).toEqual(['GPA_BELOW_MIN']);
      const none = base({}, { gpa: 1 });
      none.rules.gpaMin = null;
      expect(codes(none)).toEqual([]);
    });
  });

  it('should name every missing required document and ignore optional ones', () => {
    const r = automaticChecks(base({ uploadedKinds: ['sertifikat'] }));
    expect(r.failures).toEqual([
      { code: 'DOCUMENT_MISSING', key: 'ktp', message: 'Dokumen KTP belum diunggah.' },
      { code: 'DOCUMENT_MISSING', key: 'ijazah', message: 'Dokumen Ijazah belum diunggah.' },
    ]);
  });

  it('should list every failure at once', () => {
    expect(codes(base({ uploadedKinds: [] }, { birthDate: '1980-01-01', educationLevel: 'SMA', major: 'IPA', gpa: 2 }))).toEqual([
      'AGE_ABOVE_MAX',
      'EDUCATION_LEVEL',
      'MAJOR',
      'GPA_BELOW_MIN',
      'DOCUMENT_MISSING',
      'DOCUMENT_MISSING',
    ]);
  });
});

describe('adminDecision', () => {
  it('should be MS when no automatic check failed and every checklist item is true', () => {
    expect(adminDecision([], { ktp: true, ijazah: true })).toEqual({ result: 'ms', failures: [] });
  });
  it('should be TMS naming each checklist item marked false, after the automatic failures', () => {
    const auto = [{ code: 'MAJOR', message: 'Program studi X tidak sesuai.' }];
    const r = adminDecision(auto, { ktp: true, ijazah: false, surat_sehat: false }, { ijazah: 'Ijazah' });
    expect(r.result).toBe('tms');
    expect(r.failures).toEqual([
      auto[0],
      { code: 'CHECKLIST_FAILED', key: 'ijazah', message: 'Verifikasi panitia: Ijazah tidak memenuhi syarat.' },
      { code: 'CHECKLIST_FAILED', key: 'surat_sehat', message: 'Verifikasi panitia: surat sehat tidak memenuhi syarat.' },
    ]);
  });
  it('should be TMS on an automatic failure even when the checklist is all true', () => {
    expect(adminDecision([{ code: 'AGE_ABOVE_MAX', message: 'x' }], { ktp: true }).result).toBe('tms');
  });
});
