import type { RoundRules } from '../recruitment.types.js';
import { checkScore, checkScoreRows, mapScoreColumns, scoreColumns, templateHeader } from './score-file.js';

const rules = {
  passingGrades: { max: { twk: 150, tiu: 175, tkp: 225, total: 550 } },
  skbComponents: [
    { key: 'cat', label: 'CAT', weight: 0.5 },
    { key: 'praktik', label: 'Praktik', weight: 0.2 },
    { key: 'interview', label: 'Wawancara', weight: 0.3 },
  ],
  pppk: { max: { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 } },
} as unknown as RoundRules;

describe('score file columns', () => {
  it('should take SKB columns from the round’s components, except interview', () => {
    expect(templateHeader('skb', rules)).toEqual(['registrationNumber', 'cat', 'praktik']);
    expect(templateHeader('skd', rules)).toEqual(['registrationNumber', 'twk', 'tiu', 'tkp']);
    expect(templateHeader('pppk', rules)).toEqual(['registrationNumber', 'technical', 'managerialSocioCultural', 'interview']);
  });

  it('should match headers case-insensitively and name each missing column', () => {
    const { index, missing } = mapScoreColumns(['registrationnumber', 'twk', 'tkp'], scoreColumns('skd', rules));
    expect(index.get('registrationNumber')).toBe(0);
    expect(missing).toEqual(['tiu']);
    expect(mapScoreColumns(['registration_number', 'managerial_socio_cultural', 'technical', 'INTERVIEW'], scoreColumns('pppk', rules)).missing).toEqual([]);
  });
});

describe('checkScore', () => {
  const [twk, tiu, tkp] = scoreColumns('skd', rules);
  const [cat] = scoreColumns('skb', rules);
  const [technical] = scoreColumns('pppk', rules);

  it('should accept the SKD boundaries and refuse what lies outside them', () => {
    expect(checkScore('150', twk)).toEqual({ ok: true, value: 150 });
    expect(checkScore('0', twk)).toEqual({ ok: true, value: 0 });
    expect(checkScore('155', twk)).toMatchObject({ ok: false, message: 'twk must be between 0 and 150' });
    expect(checkScore('67', twk)).toMatchObject({ ok: false, message: 'twk must be a multiple of 5' });
    expect(checkScore('175', tiu)).toEqual({ ok: true, value: 175 });
    expect(checkScore('178', tiu)).toMatchObject({ ok: false });
    expect(checkScore('167', tkp)).toEqual({ ok: true, value: 167 });
    expect(checkScore('226', tkp)).toMatchObject({ ok: false, message: 'tkp must be between 0 and 225' });
    expect(checkScore('-5', twk)).toMatchObject({ ok: false });
  });

  it('should refuse non-integers for SKD and PPPK, and more than 2 decimals for SKB', () => {
    expect(checkScore('80.5', tkp)).toMatchObject({ ok: false, message: 'tkp must be a whole number' });
    expect(checkScore('abc', tkp)).toMatchObject({ ok: false });
    expect(checkScore('', tkp)).toMatchObject({ ok: false, message: 'tkp is empty' });
    expect(checkScore('85.25', cat)).toEqual({ ok: true, value: 85.25 });
    expect(checkScore('85,5', cat)).toEqual({ ok: true, value: 85.5 });
    expect(checkScore('85.255', cat)).toMatchObject({ ok: false, message: 'cat must be a number with at most 2 decimals' });
    expect(checkScore('100.01', cat)).toMatchObject({ ok: false, message: 'cat must be between 0 and 100' });
    expect(checkScore('450', technical)).toEqual({ ok: true, value: 450 });
    expect(checkScore('451', technical)).toMatchObject({ ok: false });
  });
});

describe('checkScoreRows', () => {
  const columns = scoreColumns('skd', rules);

  it('should report each bad cell with its file row, duplicates included, and skip blank rows', () => {
    const rows = [
      ['CPNS-1', '100', '90', '170'],
      ['', '', '', ''],
      ['cpns-2', '101', '90', '170'],
      ['CPNS-1', '100', '90', '170'],
      ['CPNS-3', '100', '90', '300'],
    ];
    const r = checkScoreRows(['registrationnumber', 'twk', 'tiu', 'tkp'], rows, columns);
    expect(r.totalRows).toBe(4);
    expect(r.rows).toEqual([{ row: 2, registrationNumber: 'CPNS-1', values: { twk: 100, tiu: 90, tkp: 170 } }]);
    expect(r.errors).toEqual([
      { row: 4, column: 'twk', message: 'twk must be a multiple of 5' },
      { row: 5, column: 'registrationNumber', message: 'registration number CPNS-1 appears already on row 2' },
      { row: 6, column: 'tkp', message: 'tkp must be between 0 and 225' },
    ]);
  });

  it('should give one error per missing column and no clean rows', () => {
    const r = checkScoreRows(['registrationnumber', 'twk'], [['CPNS-1', '100']], columns);
    expect(r.errors).toEqual([
      { row: 1, column: 'tiu', message: 'column tiu is missing' },
      { row: 1, column: 'tkp', message: 'column tkp is missing' },
    ]);
    expect(r.rows).toEqual([]);
  });
});
