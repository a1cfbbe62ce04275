import type { SkdPassingGrades } from '../recruitment.types.js';
import { ScoreInputError } from './rounding.js';
import { checkSkdScores, evaluateSkd, passingGradeFor } from './skd.js';

/** The 2024 grades (KepmenPAN-RB 321/2024), as in the reference rule `recruitment.skd_passing_grades`. */
const GRADES: SkdPassingGrades = {
  max: { twk: 150, tiu: 175, tkp: 225, total: 550 },
  umum: { twk: 65, tiu: 80, tkp: 166 },
  cumlaude: { total: 311, tiu: 85 },
  disabilitas: { total: 286, tiu: 60 },
  papua: { total: 286, tiu: 60 },
};

function inputError(fn: () => void): ScoreInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScoreInputError) return e;
    throw e;
  }
  throw new Error('expected a ScoreInputError');
}

describe('evaluateSkd', () => {
  describe('umum: each sub-test on its own', () => {
    it('should pass when every sub-test is exactly at its grade (65/80/166)', () => {
      expect(evaluateSkd({ twk: 65, tiu: 80, tkp: 166 }, 'umum', GRADES)).toEqual({
        total: 311,
        passed: true,
        failedOn: [],
        passingGrade: { twk: 65, tiu: 80, tkp: 166, total: null },
      });
    });

    it('should fail on TWK alone when TWK is 64 (a point below), whatever the total', () => {
      // 60 is the multiple of 5 below 65; 64 is checked by the rule itself (validation happens elsewhere)
      expect(evaluateSkd({ twk: 64, tiu: 175, tkp: 225 }, 'umum', GRADES)).toMatchObject({ passed: false, failedOn: ['twk'] });
      expect(evaluateSkd({ twk: 60, tiu: 80, tkp: 166 }, 'umum', GRADES)).toMatchObject({ passed: false, failedOn: ['twk'] });
    });

    it('should fail on TIU alone when TIU is 79', () => {
      expect(evaluateSkd({ twk: 150, tiu: 79, tkp: 225 }, 'umum', GRADES)).toMatchObject({ passed: false, failedOn: ['tiu'] });
    });

    it('should fail on TKP alone when TKP is 165', () => {
      expect(evaluateSkd({ twk: 150, tiu: 175, tkp: 165 }, 'umum', GRADES)).toMatchObject({ total: 490, passed: false, failedOn: ['tkp'] });
    });

    it('should name every sub-test missed, in the order twk, tiu, tkp', () => {
      expect(evaluateSkd({ twk: 0, tiu: 0, tkp: 0 }, 'umum', GRADES).failedOn).toEqual(['twk', 'tiu', 'tkp']);
    });

    it('should not pass on a high total when one sub-test is below its grade', () => {
      expect(evaluateSkd({ twk: 150, tiu: 175, tkp: 160 }, 'umum', GRADES).passed).toBe(false);
    });
  });

  describe('cumlaude: total ≥ 311 and TIU ≥ 85', () => {
    it('should pass at exactly total 311 with TIU 85', () => {
      expect(evaluateSkd({ twk: 60, tiu: 85, tkp: 166 }, 'cumlaude', GRADES)).toEqual({
        total: 311,
        passed: true,
        failedOn: [],
        passingGrade: { twk: null, tiu: 85, tkp: null, total: 311 },
      });
    });

    it('should fail on the total at 310 with TIU 85', () => {
      expect(evaluateSkd({ twk: 60, tiu: 85, tkp: 165 }, 'cumlaude', GRADES)).toMatchObject({ total: 310, passed: false, failedOn: ['total'] });
    });

    it('should fail on TIU at 84 with a total of 311', () => {
      expect(evaluateSkd({ twk: 61, tiu: 84, tkp: 166 }, 'cumlaude', GRADES)).toMatchObject({ total: 311, passed: false, failedOn: ['tiu'] });
    });

    it('should ignore the umum sub-test grades (TWK 0 passes on total and TIU)', () => {
      expect(evaluateSkd({ twk: 0, tiu: 175, tkp: 136 }, 'cumlaude', GRADES)).toMatchObject({ total: 311, passed: true });
    });
  });

  describe.each(['disabilitas', 'papua'] as const)('%s: total ≥ 286 and TIU ≥ 60', (category) => {
    it('should pass at exactly total 286 with TIU 60', () => {
      expect(evaluateSkd({ twk: 60, tiu: 60, tkp: 166 }, category, GRADES)).toMatchObject({ total: 286, passed: true, failedOn: [] });
    });

    it('should fail on the total at 285 and on TIU at 55', () => {
      expect(evaluateSkd({ twk: 60, tiu: 60, tkp: 165 }, category, GRADES)).toMatchObject({ passed: false, failedOn: ['total'] });
      expect(evaluateSkd({ twk: 65, tiu: 55, tkp: 166 }, category, GRADES)).toMatchObject({ total: 286, passed: false, failedOn: ['tiu'] });
      expect(evaluateSkd({ twk: 0, tiu: 0, tkp: 0 }, category, GRADES).failedOn).toEqual(['tiu', 'total']);
    });
  });

  it('should read the grades from the data (a round with other grades)', () => {
    const other = { ...GRADES, umum: { twk: 70, tiu: 80, tkp: 166 } };
    expect(evaluateSkd({ twk: 65, tiu: 80, tkp: 166 }, 'umum', other)).toMatchObject({ passed: false, failedOn: ['twk'] });
    expect(passingGradeFor('papua', GRADES)).toEqual({ twk: null, tiu: 60, tkp: null, total: 286 });
  });
});

describe('checkSkdScores', () => {
  it('should accept the full range ends (0 and the maxima)', () => {
    expect(() => checkSkdScores({ twk: 0, tiu: 0, tkp: 0 }, GRADES.max)).not.toThrow();
    expect(() => checkSkdScores({ twk: 150, tiu: 175, tkp: 225 }, GRADES.max)).not.toThrow();
  });

  it.each([
    [{ twk: 155, tiu: 80, tkp: 166 }, 'twk', 'max'],
    [{ twk: 65, tiu: 180, tkp: 166 }, 'tiu', 'max'],
    [{ twk: 65, tiu: 80, tkp: 226 }, 'tkp', 'max'],
    [{ twk: -5, tiu: 80, tkp: 166 }, 'twk', 'min'],
    [{ twk: 64, tiu: 80, tkp: 166 }, 'twk', 'step'],
    [{ twk: 65, tiu: 81, tkp: 166 }, 'tiu', 'step'],
    [{ twk: 65, tiu: 80, tkp: 166.5 }, 'tkp', 'is_int'],
  ])('should refuse %j naming %s (%s)', (scores, field, code) => {
    const e = inputError(() => checkSkdScores(scores, GRADES.max));
    expect(e.field).toBe(field);
    expect(e.code).toBe(code);
  });

  it('should accept any TKP point count (1–5 points a question: 167 is fine)', () => {
    expect(() => checkSkdScores({ twk: 65, tiu: 80, tkp: 167 }, GRADES.max)).not.toThrow();
  });
});
