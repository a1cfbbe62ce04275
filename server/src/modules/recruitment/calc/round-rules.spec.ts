import type { RoundRules, RoundSchedule } from '../recruitment.types.js';
import { defaultRoundRules, diffValues, educationLevelsOf, mergeDeep, roundPhase, validateRules, validateSchedule, vacancyCodeBase, type RuleSources } from './round-rules.js';

const SOURCES: RuleSources = {
  skdPassingGrades: {
    max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
    umum: { twk: 65, tiu: 80, tkp: 166 },
    cumlaude: { total: 311, tiu: 85 },
    disabilitas: { total: 286, tiu: 60 },
    papua: { total: 286, tiu: 60 },
  },
  shortlist: { multiplier: 3, tieAtCut: 'include_all' },
  finalScore: { skdWeight: 0.4, skbWeight: 0.6 },
  tieBreak: { order: ['finalScore', 'skdTotal', 'tkp', 'tiu', 'twk', 'gpa', 'older'] },
  ageLimits: { min: 18, max: 35 },
  pppkScores: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
};

const SCHEDULE: RoundSchedule = {
  registrationOpens: '2026-08-01',
  registrationCloses: '2026-08-15',
  adminSelectionEnds: '2026-08-25',
  appealOpens: '2026-08-26',
  appealCloses: '2026-08-28',
  appealAnswerBy: '2026-09-02',
  skdStarts: '2026-09-10',
  skdEnds: '2026-09-20',
  skbStarts: '2026-10-01',
  skbEnds: '2026-10-10',
  announcement: '2026-10-20',
};

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);
const withRules = (patch: unknown): RoundRules => mergeDeep(defaultRoundRules(SOURCES), patch);

describe('defaultRoundRules', () => {
  it('should take the reference rules and the module defaults', () => {
    const r = defaultRoundRules(SOURCES);
    expect(r.passingGrades.umum).toEqual({ twk: 65, tiu: 80, tkp: 166 });
    expect(r.shortlist).toEqual({ multiplier: 3, tieAtCut: 'include_all' });
    expect(r.finalScore).toEqual({ skdWeight: 0.4, skbWeight: 0.6 });
    expect(r.skbComponents.map((c) => c.weight)).toEqual([0.5, 0.3, 0.2]);
    expect(r.interview.rubric).toHaveLength(5);
    expect(r.interview.rubric.every((c) => c.max === 100)).toBe(true);
    expect(r.interview).toMatchObject({ minPanelists: 2, spreadLimit: 20 });
    expect(r.documents.filter((d) => d.required).map((d) => d.key)).toEqual(['ktp', 'ijazah', 'transkrip', 'pas_foto', 'surat_lamaran']);
    expect(r.documents.find((d) => d.key === 'sertifikat_pendidik')?.required).toBe(false);
    expect(r.maxDocumentBytes).toBe(1048576);
    expect(r.gpaMin).toBeNull();
    expect(r.pppk.max.total).toBe(670);
    expect(r.tieBreak[0]).toBe('finalScore');
  });

  it('should give a rule set that validates', () => {
    expect(validateRules(defaultRoundRules(SOURCES))).toEqual([]);
  });

  it('should not share arrays between two rule sets', () => {
    const a = defaultRoundRules(SOURCES);
    a.skbComponents[0].weight = 0.9;
    expect(defaultRoundRules(SOURCES).skbComponents[0].weight).toBe(0.5);
  });
});

describe('mergeDeep', () => {
  it('should merge objects key by key and replace arrays and null', () => {
    const r = withRules({ passingGrades: { umum: { twk: 70 } }, gpaMin: 3, skbComponents: [{ key: 'cat', label: 'CAT', weight: 1 }] });
    expect(r.passingGrades.umum).toEqual({ twk: 70, tiu: 80, tkp: 166 });
    expect(r.passingGrades.cumlaude.total).toBe(311);
    expect(r.gpaMin).toBe(3);
    expect(r.skbComponents).toEqual([{ key: 'cat', label: 'CAT', weight: 1 }]);
    expect(mergeDeep(r, { gpaMin: null }).gpaMin).toBeNull();
  });
});

describe('validateRules', () => {
  it('should name the weight when the SKB weights do not sum to 1', () => {
    const errors = validateRules(
      withRules({
        skbComponents: [
          { key: 'cat', label: 'CAT', weight: 0.5 },
          { key: 'interview', label: 'Wawancara', weight: 0.4 },
        ],
      }),
    );
    expect(paths(errors)).toEqual(['rules.skbComponents.1.weight']);
    expect(errors[0].code).toBe('weights_sum');
  });

  it('should accept SKB weights summing to 1 within 0.0001', () => {
    const comps = [
      { key: 'a', label: 'A', weight: 0.33335 },
      { key: 'b', label: 'B', weight: 0.33333 },
      { key: 'c', label: 'C', weight: 0.33333 },
    ];
    expect(validateRules(withRules({ skbComponents: comps }))).toEqual([]);
    comps[0].weight = 0.3336;
    expect(paths(validateRules(withRules({ skbComponents: comps })))).toEqual(['rules.skbComponents.2.weight']);
  });

  it('should refuse final-score weights not summing to 1', () => {
    expect(paths(validateRules(withRules({ finalScore: { skdWeight: 0.5 } })))).toEqual(['rules.finalScore.skbWeight']);
  });

  it('should refuse a multiplier below 1 or not an integer', () => {
    expect(paths(validateRules(withRules({ shortlist: { multiplier: 0 } })))).toEqual(['rules.shortlist.multiplier']);
    expect(validateRules(withRules({ shortlist: { multiplier: 2.5 } }))[0]).toMatchObject({ path: 'rules.shortlist.multiplier', code: 'is_int' });
    expect(validateRules(withRules({ shortlist: { multiplier: 1 } }))).toEqual([]);
  });

  it('should refuse an age minimum not below the maximum', () => {
    expect(paths(validateRules(withRules({ ageLimits: { min: 35, max: 35 } })))).toEqual(['rules.ageLimits.max']);
    expect(validateRules(withRules({ ageLimits: { min: 18, max: 40 } }))).toEqual([]);
  });

  it('should refuse repeated keys', () => {
    const docs = [...defaultRoundRules(SOURCES).documents, { key: 'ktp', label: 'KTP lagi', required: false }];
    expect(paths(validateRules(withRules({ documents: docs })))).toEqual(['rules.documents.6.key']);
    expect(paths(validateRules(withRules({ tieBreak: ['finalScore', 'finalScore'] })))).toEqual(['rules.tieBreak.1']);
    const rubric = defaultRoundRules(SOURCES).interview.rubric.map((c) => ({ ...c, key: 'sama' }));
    expect(paths(validateRules(withRules({ interview: { rubric } })))).toEqual([
      'rules.interview.rubric.1.key',
      'rules.interview.rubric.2.key',
      'rules.interview.rubric.3.key',
      'rules.interview.rubric.4.key',
    ]);
  });

  it('should keep passing grades within the maxima', () => {
    expect(validateRules(withRules({ passingGrades: { umum: { twk: 151 } } }))[0]).toMatchObject({ path: 'rules.passingGrades.umum.twk', code: 'max' });
    expect(validateRules(withRules({ passingGrades: { umum: { twk: 150 } } }))).toEqual([]);
    expect(paths(validateRules(withRules({ passingGrades: { cumlaude: { total: 551 } } })))).toEqual(['rules.passingGrades.cumlaude.total']);
    expect(paths(validateRules(withRules({ passingGrades: { papua: { tiu: -1 } } })))).toEqual(['rules.passingGrades.papua.tiu']);
    expect(paths(validateRules(withRules({ passingGrades: { max: { total: 500 } } })))).toEqual(['rules.passingGrades.max.total']);
  });

  it('should name unknown fields and wrong types', () => {
    expect(validateRules(withRules({ bonus: 1 }))[0]).toMatchObject({ path: 'rules.bonus', code: 'unknown_field' });
    expect(validateRules(withRules({ shortlist: { multiplier: 3, extra: true } }))[0]).toMatchObject({ path: 'rules.shortlist.extra', code: 'unknown_field' });
    expect(validateRules(withRules({ skbComponents: 'cat' }))[0]).toMatchObject({ path: 'rules.skbComponents', code: 'is_array' });
    expect(validateRules(withRules({ shortlist: { tieAtCut: 'random' } }))[0]).toMatchObject({ path: 'rules.shortlist.tieAtCut', code: 'is_in' });
    expect(validateRules(withRules({ documents: [{ key: 'KTP', label: 'KTP', required: 'yes' }] })).map((e) => e.path)).toEqual([
      'rules.documents.0.key',
      'rules.documents.0.required',
    ]);
    expect(validateRules(withRules({ gpaMin: 'tiga' }))[0]).toMatchObject({ path: 'rules.gpaMin', code: 'is_number' });
    expect(validateRules('x')[0]).toMatchObject({ path: 'rules', code: 'is_object' });
  });

  it('should require at least two panelists', () => {
    expect(paths(validateRules(withRules({ interview: { minPanelists: 1 } })))).toEqual(['rules.interview.minPanelists']);
  });
});

describe('validateSchedule', () => {
  it('should accept a schedule in order, with equal consecutive days', () => {
    expect(validateSchedule(SCHEDULE)).toEqual([]);
    expect(validateSchedule({ ...SCHEDULE, appealCloses: SCHEDULE.appealOpens })).toEqual([]);
  });

  it('should name the first date out of order', () => {
    const errors = validateSchedule({ ...SCHEDULE, appealOpens: '2026-08-20', skdStarts: '2026-08-01' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'schedule.appealOpens', code: 'order' });
    expect(errors[0].message).toContain('adminSelectionEnds (2026-08-25)');
  });

  it('should name missing, invalid and unknown dates', () => {
    const { skbEnds: _omit, ...rest } = SCHEDULE;
    void _omit;
    expect(paths(validateSchedule(rest))).toEqual(['schedule.skbEnds']);
    expect(paths(validateSchedule({ ...SCHEDULE, announcement: '2026-02-30' }))).toEqual(['schedule.announcement']);
    expect(paths(validateSchedule({ ...SCHEDULE, interviews: '2026-10-01' }))).toEqual(['schedule.interviews']);
  });
});

describe('roundPhase', () => {
  it('should follow the schedule, windows inclusive', () => {
    const at = (d: string) => roundPhase(SCHEDULE, d);
    expect(at('2026-07-31')).toBe('upcoming');
    expect(at('2026-08-01')).toBe('registration');
    expect(at('2026-08-15')).toBe('registration');
    expect(at('2026-08-16')).toBe('administration');
    expect(at('2026-08-25')).toBe('administration');
    expect(at('2026-08-26')).toBe('appeal');
    expect(at('2026-09-02')).toBe('appeal');
    expect(at('2026-09-03')).toBe('skd');
    expect(at('2026-09-20')).toBe('skd');
    expect(at('2026-09-21')).toBe('skb');
    expect(at('2026-10-10')).toBe('skb');
    expect(at('2026-10-11')).toBe('announcement');
    expect(at('2026-10-20')).toBe('announcement');
    expect(at('2026-10-21')).toBe('finished');
  });

  it('should call a closed round finished', () => {
    expect(roundPhase(SCHEDULE, '2026-08-05', 'closed')).toBe('finished');
  });
});

describe('diffValues', () => {
  it('should list the changed leaves with their paths', () => {
    expect(diffValues({ a: 1, b: { c: 2, d: [1] } }, { a: 1, b: { c: 3, d: [1, 2] } }, 'rules')).toEqual([
      { path: 'rules.b.c', before: 2, after: 3 },
      { path: 'rules.b.d', before: [1], after: [1, 2] },
    ]);
    expect(diffValues({ a: 1 }, { a: 1 }, 'x')).toEqual([]);
  });
});

describe('educationLevelsOf', () => {
  it('should read the levels of a requirement', () => {
    expect(educationLevelsOf('S1/D4')).toEqual(['D4', 'S1']);
    expect(educationLevelsOf('D3 Keperawatan')).toEqual(['D3']);
    expect(educationLevelsOf('SMA/SMK')).toEqual(['SMA']);
    expect(educationLevelsOf('S1 Kedokteran (Profesi Dokter)')).toEqual(['S1', 'PROFESI']);
    expect(educationLevelsOf('S2 Pendidikan')).toEqual(['S2']);
    expect(educationLevelsOf('Sanitarian')).toEqual([]);
    expect(educationLevelsOf(null)).toEqual([]);
  });
});

describe('vacancyCodeBase', () => {
  it('should make a readable code of at most 36 characters', () => {
    expect(vacancyCodeBase('DINKES', 'Perawat Ahli Pertama')).toBe('DINKES-PERAWAT-AHLI-PERTAMA');
    const long = vacancyCodeBase('PKM-PONCOL', 'Pranata Laboratorium Kesehatan Ahli Pertama');
    expect(long.length).toBeLessThanOrEqual(36);
    expect(long).toMatch(/^[A-Z0-9][A-Z0-9-]+[A-Z0-9]$/);
  });
});
