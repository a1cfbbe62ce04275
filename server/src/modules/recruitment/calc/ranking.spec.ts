import { compareCpns, comparePppk, compareSkd, type CpnsCandidate, type PppkCandidate, rankGroup, shortlist, type SkdCandidate } from './ranking.js';

const base: CpnsCandidate = { registrationNumber: 'CPNS2026-000500', finalScore: 78.55, skdTotal: 420, tkp: 180, tiu: 130, twk: 110, gpa: 3.5, birthDate: '1998-05-01' };
const cand = (over: Partial<CpnsCandidate>): CpnsCandidate => ({ ...base, ...over });

/** `a` must rank before `b`, in both argument orders. */
function before<T>(cmp: (x: T, y: T) => number, a: T, b: T): void {
  expect(cmp(a, b)).toBeLessThan(0);
  expect(cmp(b, a)).toBeGreaterThan(0);
  expect([b, a].sort(cmp)).toEqual([a, b]);
}

describe('compareCpns: every step of the tie-break order', () => {
  it('1. final score decides first, even against every later key', () => {
    before(
      compareCpns,
      cand({ finalScore: 78.56, skdTotal: 300, tkp: 100, tiu: 100, twk: 100, gpa: 2, birthDate: '2003-01-01', registrationNumber: 'Z' }),
      cand({ finalScore: 78.55 }),
    );
  });

  it('2. equal final score: the higher SKD total', () => {
    before(compareCpns, cand({ skdTotal: 421, tkp: 100 }), cand({ skdTotal: 420 }));
  });

  it('3. equal SKD total: the higher TKP', () => {
    before(compareCpns, cand({ tkp: 181, tiu: 100 }), cand({ tkp: 180 }));
  });

  it('4. equal TKP: the higher TIU', () => {
    before(compareCpns, cand({ tiu: 135, twk: 50 }), cand({ tiu: 130 }));
  });

  it('5. equal TIU: the higher TWK', () => {
    before(compareCpns, cand({ twk: 115, gpa: 2 }), cand({ twk: 110 }));
  });

  it('6. equal TWK: the higher GPA', () => {
    before(compareCpns, cand({ gpa: 3.51, birthDate: '2003-01-01' }), cand({ gpa: 3.5 }));
  });

  it('7. equal GPA: the OLDER applicant (earlier birth date)', () => {
    before(compareCpns, cand({ birthDate: '1998-04-30', registrationNumber: 'CPNS2026-999999' }), cand({ birthDate: '1998-05-01' }));
  });

  it('8. born the same day: the registration number, in code-point order', () => {
    before(compareCpns, cand({ registrationNumber: 'CPNS2026-000499' }), cand({ registrationNumber: 'CPNS2026-000500' }));
    expect(compareCpns(cand({}), cand({}))).toBe(0);
  });

  it('should give a total, deterministic order whatever the input order', () => {
    const xs = [
      cand({ registrationNumber: 'A3', gpa: 3.2 }),
      cand({ registrationNumber: 'A1', finalScore: 80 }),
      cand({ registrationNumber: 'A2', skdTotal: 430 }),
      cand({ registrationNumber: 'A4', gpa: 3.2, birthDate: '1990-01-01' }),
    ];
    const order = [...xs].sort(compareCpns).map((x) => x.registrationNumber);
    expect(order).toEqual(['A1', 'A2', 'A4', 'A3']);
    expect(
      [...xs]
        .reverse()
        .sort(compareCpns)
        .map((x) => x.registrationNumber),
    ).toEqual(order);
  });
});

describe('comparePppk', () => {
  const p = (over: Partial<PppkCandidate>): PppkCandidate => ({
    registrationNumber: 'PPPK2026-000100',
    finalScore: 74.63,
    total: 500,
    technical: 300,
    managerialSocioCultural: 160,
    interview: 40,
    gpa: 3.2,
    birthDate: '1990-01-01',
    ...over,
  });

  it('should order by final score, total, technical, managerial, interview, GPA, older, registration number', () => {
    before(comparePppk, p({ finalScore: 74.78, total: 501 }), p({}));
    before(comparePppk, p({ total: 501 }), p({}));
    before(comparePppk, p({ technical: 301, managerialSocioCultural: 159 }), p({}));
    before(comparePppk, p({ managerialSocioCultural: 161, interview: 39 }), p({}));
    before(comparePppk, p({ interview: 40, gpa: 3.0 }), p({ interview: 39 }));
    before(comparePppk, p({ gpa: 3.3, birthDate: '1999-01-01' }), p({}));
    before(comparePppk, p({ birthDate: '1989-12-31' }), p({}));
    before(comparePppk, p({ registrationNumber: 'PPPK2026-000099' }), p({}));
  });
});

describe('rankGroup', () => {
  it('should number 1, 2, 3 in order and pass those within the seats', () => {
    const r = rankGroup(
      [cand({ registrationNumber: 'B', finalScore: 70 }), cand({ registrationNumber: 'A', finalScore: 90 }), cand({ registrationNumber: 'C', finalScore: 80 })],
      compareCpns,
      2,
    );
    expect(r.map((x) => [x.registrationNumber, x.rank, x.outcome])).toEqual([
      ['A', 1, 'passed'],
      ['C', 2, 'passed'],
      ['B', 3, 'not_passed'],
    ]);
  });
});

describe('shortlist: ties at the cut', () => {
  const s = (reg: string, skdTotal: number, over: Partial<SkdCandidate> = {}): SkdCandidate => ({
    registrationNumber: reg,
    skdTotal,
    tkp: 170,
    tiu: 100,
    twk: 80,
    gpa: 3.5,
    birthDate: '1998-01-01',
    ...over,
  });
  // one seat, multiplier 3: three places; P3, P4 and P5 share the SKD total of the third place
  const passers = [s('P1', 450), s('P2', 440), s('P3', 430, { tkp: 190 }), s('P4', 430, { tkp: 180 }), s('P5', 430, { tkp: 175 }), s('P6', 420)];

  it('should take everyone tied with the last place with include_all', () => {
    const r = shortlist(passers, 1, 3, 'include_all');
    expect(r.places).toBe(3);
    expect(r.cutTotal).toBe(430);
    expect(r.shortlisted.map((x) => x.registrationNumber)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(r.notShortlisted.map((x) => x.registrationNumber)).toEqual(['P6']);
  });

  it('should cut at the places exactly with strict, by the tie-break (TKP) among the tied', () => {
    const r = shortlist([...passers].reverse(), 1, 3, 'strict');
    expect(r.shortlisted.map((x) => x.registrationNumber)).toEqual(['P1', 'P2', 'P3']);
    expect(r.notShortlisted.map((x) => x.registrationNumber)).toEqual(['P4', 'P5', 'P6']);
  });

  it('should take nobody extra when the next one is below the cut', () => {
    expect(shortlist(passers, 1, 2, 'include_all').shortlisted.map((x) => x.registrationNumber)).toEqual(['P1', 'P2']);
  });

  it('should take every passer when there are fewer than the places', () => {
    const r = shortlist(passers.slice(0, 2), 2, 3, 'include_all');
    expect(r.places).toBe(6);
    expect(r.shortlisted).toHaveLength(2);
  });

  it('should take nobody for a category without seats', () => {
    expect(shortlist(passers, 0, 3, 'include_all')).toMatchObject({ shortlisted: [], places: 0, cutTotal: null });
  });

  it('should order the shortlist by SKD total, TKP, TIU, TWK, GPA, older, registration number', () => {
    const t = (reg: string, over: Partial<SkdCandidate>) => s(reg, 400, over);
    before(compareSkd, t('X', { tkp: 171 }), t('A', {}));
    before(compareSkd, t('X', { tiu: 105 }), t('A', {}));
    before(compareSkd, t('X', { twk: 85 }), t('A', {}));
    before(compareSkd, t('X', { gpa: 3.6 }), t('A', {}));
    before(compareSkd, t('X', { birthDate: '1997-12-31' }), t('A', {}));
    before(compareSkd, t('A', {}), t('B', {}));
  });
});
