import { nikAgrees, parseNik, parseNip } from './identity.js';

describe('parseNip', () => {
  it('should break down the domain.md example 196608011988031001', () => {
    expect(parseNip('196608011988031001')).toEqual({ ok: true, value: { birthDate: '1966-08-01', appointmentMonth: '1988-03', gender: 'L', sequence: '001' } });
  });

  it('should read a woman from gender digit 2', () => {
    const r = parseNip('199002292015032007');
    expect(r.ok).toBe(false); // 1990-02-29 does not exist
    const ok = parseNip('199202292015032007');
    expect(ok).toMatchObject({ ok: true, value: { birthDate: '1992-02-29', gender: 'P', sequence: '007' } });
  });

  it.each([
    ['12345', 'NIP_FORMAT'],
    ['19660801198803100a', 'NIP_FORMAT'],
    ['196613011988031001', 'NIP_BIRTH_DATE'],
    ['196608321988031001', 'NIP_BIRTH_DATE'],
    ['196608011988001001', 'NIP_APPOINTMENT_MONTH'],
    ['196608011988131001', 'NIP_APPOINTMENT_MONTH'],
    ['196608011960031001', 'NIP_APPOINTMENT_MONTH'],
    ['196608011988030001', 'NIP_GENDER_DIGIT'],
    ['196608011988033001', 'NIP_GENDER_DIGIT'],
  ])('should refuse %s with %s', (nip, code) => {
    const r = parseNip(nip);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });

  it('should not apply the gender-digit rule to PPPK numbers', () => {
    expect(parseNip('198501012021030001', { pppk: true })).toMatchObject({ ok: true, value: { gender: null, birthDate: '1985-01-01' } });
    expect(parseNip('198501012021030001').ok).toBe(false);
  });
});

describe('parseNik', () => {
  it('should read a woman by day + 40 and give Kemendagri region codes', () => {
    expect(parseNik('3374015708850001')).toEqual({
      ok: true,
      value: { provinceCode: '33', regencyCode: '33.74', districtCode: '33.74.01', gender: 'P', birthDay: 17, birthMonth: 8, birthYear2: '85', sequence: '0001' },
    });
  });

  it('should read a man and accept applicants from elsewhere', () => {
    expect(parseNik('3171021203990123')).toMatchObject({ ok: true, value: { provinceCode: '31', gender: 'L', birthDay: 12, birthMonth: 3, birthYear2: '99' } });
  });

  it.each([
    ['337401570885000', 'NIK_FORMAT'],
    ['0974015708850001', 'NIK_REGION'],
    ['3374003208850001', 'NIK_REGION'],
    ['3374013208850001', 'NIK_BIRTH_DATE'],
    ['3374017208850001', 'NIK_BIRTH_DATE'],
    ['3374011713850001', 'NIK_BIRTH_DATE'],
    ['3374011208850000', 'NIK_SEQUENCE'],
  ])('should refuse %s with %s', (nik, code) => {
    const r = parseNik(nik);
    expect(r).toMatchObject({ ok: false, code });
  });

  it('should accept 29 February only for a leap year in one of the centuries', () => {
    expect(parseNik('3374012902000001').ok).toBe(true); // 2000 (and 1900 is not leap, but 2000 is)
    expect(parseNik('3374012902010001').ok).toBe(false); // neither 1901 nor 2001
  });

  it('should check a NIK against a birth date and gender', () => {
    const r = parseNik('3374015708850001');
    if (!r.ok) throw new Error('parse');
    expect(nikAgrees(r.value, '1985-08-17', 'P')).toEqual([]);
    expect(nikAgrees(r.value, '1985-08-18', 'L')).toHaveLength(2);
  });
});
