import fc from 'fast-check';
import { CalcInputError } from './errors.js';
import { allocateFamilyDemand, entryMember, familyOf, FamilyMember, FUNCTIONAL_LEVEL_LABELS, isEntryLevel } from './family.js';

const member = (positionId: string, over: Partial<FamilyMember> = {}): FamilyMember => ({
  positionId,
  title: `Perawat ${positionId}`,
  kind: 'fungsional',
  level: null,
  jobClass: null,
  existing: 0,
  supply: [0, 0, 0],
  ...over,
});

describe('familyOf', () => {
  it.each([
    ['Perawat Ahli Pertama', 'Perawat'],
    ['Guru Kelas Ahli Muda', 'Guru Kelas'],
    ['Pranata Komputer Terampil', 'Pranata Komputer'],
    ['Bidan Mahir', 'Bidan'],
    ['Pengawas Sekolah Ahli Utama', 'Pengawas Sekolah'],
    ['Arsiparis Penyelia', 'Arsiparis'],
    ['Pemadam Kebakaran Pemula', 'Pemadam Kebakaran'],
    ['Dokter Ahli Madya', 'Dokter'],
    ['  perawat   ahli  PERTAMA  ', 'perawat'],
    ['Analis Kebijakan', 'Analis Kebijakan'],
    ['Kepala Seksi Pelayanan ', 'Kepala Seksi Pelayanan'],
    ['Mahir', 'Mahir'],
    ['Ahli Muda', 'Ahli Muda'],
    ['Penyelia Terampil Mahir', 'Penyelia Terampil'],
    ['Tenaga Mahiran', 'Tenaga Mahiran'],
  ])('should give %j the family %j', (title, family) => {
    expect(familyOf(title)).toBe(family);
  });

  it('should know every functional level label', () => {
    expect(Object.keys(FUNCTIONAL_LEVEL_LABELS)).toEqual(['pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama']);
    for (const label of Object.values(FUNCTIONAL_LEVEL_LABELS)) expect(familyOf(`Perawat ${label}`)).toBe('Perawat');
  });
});

describe('isEntryLevel', () => {
  it('should take pelaksana and the pemula, terampil and ahli pertama levels as entry', () => {
    expect(isEntryLevel('pelaksana', null)).toBe(true);
    expect(isEntryLevel('fungsional', 'pemula')).toBe(true);
    expect(isEntryLevel('fungsional', 'terampil')).toBe(true);
    expect(isEntryLevel('fungsional', 'ahli_pertama')).toBe(true);
    for (const level of ['mahir', 'penyelia', 'ahli_muda', 'ahli_madya', 'ahli_utama']) expect(isEntryLevel('fungsional', level)).toBe(false);
    expect(isEntryLevel('fungsional', null)).toBe(false);
    expect(isEntryLevel('administrator', null)).toBe(false);
  });
});

describe('entryMember', () => {
  it('should prefer entry-level members, then most holders, then lowest class, then title', () => {
    const a = member('a', { level: 'ahli_muda', existing: 9, jobClass: 5 });
    const b = member('b', { level: 'ahli_pertama', existing: 2, jobClass: 8, title: 'Perawat Ahli Pertama' });
    const c = member('c', { level: 'terampil', existing: 3, jobClass: 7, title: 'Perawat Terampil' });
    expect(entryMember([a, b, c]).positionId).toBe('c');
    expect(entryMember([a, b, { ...c, existing: 2 }]).positionId).toBe('c'); // tie on holders → lower class
    expect(entryMember([a, b, { ...c, existing: 2, jobClass: 8 }]).positionId).toBe('b'); // tie on class → title
    expect(entryMember([a, b, { ...c, existing: 2, jobClass: null }]).positionId).toBe('b'); // unclassed sorts last
  });

  it('should fall back to the lowest-class member when no member is entry level', () => {
    const a = member('a', { level: 'ahli_madya', jobClass: 11, existing: 5 });
    const b = member('b', { level: 'ahli_muda', jobClass: 9, existing: 1 });
    const c = member('c', { level: 'mahir', jobClass: null, existing: 7 });
    expect(entryMember([a, b, c]).positionId).toBe('b');
  });

  it('should reject an empty family', () => {
    expect(() => entryMember([])).toThrow(CalcInputError);
  });
});

describe('allocateFamilyDemand', () => {
  it('should give non-entry positions their own supply and the entry position the remainder', () => {
    const members = [
      member('pertama', { level: 'ahli_pertama', existing: 4, supply: [4, 3.9, 5] }),
      member('muda', { level: 'ahli_muda', existing: 3, supply: [3, 2.5, 2] }),
      member('madya', { level: 'ahli_madya', existing: 1, supply: [1, 1, 0] }),
    ];
    const { entryPositionId, demand } = allocateFamilyDemand(members, [10, 12, 2]);
    expect(entryPositionId).toBe('pertama');
    expect(demand.get('muda')).toEqual([3, 2.5, 2]);
    expect(demand.get('madya')).toEqual([1, 1, 0]);
    expect(demand.get('pertama')).toEqual([6, 8.5, 0]); // 10 − 4, 12 − 3.5, max(0, 2 − 2)
    expect(demand.size).toBe(3);
  });

  it('should clip the entry remainder at 0 when the others already exceed the family demand', () => {
    const members = [member('e', { kind: 'pelaksana', supply: [1] }), member('x', { level: 'ahli_muda', supply: [5] })];
    expect(allocateFamilyDemand(members, [3]).demand.get('e')).toEqual([0]);
  });

  it('should put the remainder on the lowest-class member of a family without an entry level', () => {
    const members = [member('a', { level: 'ahli_madya', jobClass: 11, supply: [2] }), member('b', { level: 'ahli_muda', jobClass: 9, supply: [1] })];
    const r = allocateFamilyDemand(members, [7]);
    expect(r.entryPositionId).toBe('b');
    expect(r.demand.get('b')).toEqual([5]);
    expect(r.demand.get('a')).toEqual([2]);
  });

  it('should not share the supply arrays it was given', () => {
    const m = member('m', { level: 'ahli_muda', supply: [1, 2, 3] });
    const r = allocateFamilyDemand([member('e', { kind: 'pelaksana' }), m], [5, 5, 5]);
    r.demand.get('m')![0] = 99;
    expect(m.supply[0]).toBe(1);
  });

  it('should reject duplicate positions and supply series of the wrong length', () => {
    expect(() => allocateFamilyDemand([member('a'), member('a')], [1, 1, 1])).toThrow(CalcInputError);
    expect(() => allocateFamilyDemand([member('a', { supply: [1] })], [1, 1])).toThrow(/1 years of supply, the family demand 2/);
  });

  it('should preserve the family total: Σ demand − Σ supply = family demand − Σ supply when the remainder is ≥ 0', () => {
    const levels = [null, 'pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];
    const arbMembers = (horizon: number) =>
      fc.uniqueArray(
        fc.record({
          positionId: fc.string({ minLength: 1, maxLength: 4 }),
          kind: fc.constantFrom('fungsional', 'pelaksana'),
          level: fc.constantFrom(...levels),
          jobClass: fc.option(fc.integer({ min: 1, max: 17 }), { nil: null }),
          existing: fc.nat(20),
          supply: fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: horizon, maxLength: horizon }),
        }),
        { minLength: 1, maxLength: 6, selector: (m) => m.positionId },
      );
    const arb = fc.integer({ min: 1, max: 5 }).chain((h) => fc.tuple(arbMembers(h), fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: h, maxLength: h })));
    fc.assert(
      fc.property(arb, ([raw, familyDemand]) => {
        const members: FamilyMember[] = raw.map((m) => ({ ...m, title: `Jabatan ${m.positionId}` }));
        const { entryPositionId, demand } = allocateFamilyDemand(members, familyDemand);
        const entry = members.find((m) => m.positionId === entryPositionId)!;
        expect(entry).toBe(entryMember(members));
        for (let y = 0; y < familyDemand.length; y++) {
          const othersSupply = members.filter((m) => m !== entry).reduce((s, m) => s + m.supply[y], 0);
          const totalSupply = othersSupply + entry.supply[y];
          const totalDemand = members.reduce((s, m) => s + demand.get(m.positionId)![y], 0);
          for (const m of members) if (m !== entry) expect(demand.get(m.positionId)![y]).toBe(m.supply[y]);
          expect(demand.get(entryPositionId)![y]).toBeGreaterThanOrEqual(0);
          if (familyDemand[y] - othersSupply >= 0) expect(totalDemand - totalSupply).toBeCloseTo(familyDemand[y] - totalSupply, 9);
          else expect(demand.get(entryPositionId)![y]).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
