import { finalScore, finalScoreExact, pppkFinalScore, pppkTotal, skbScore, weightText } from './final-score.js';
import { formatRatio, roundRatio, ScoreInputError } from './rounding.js';

const W = { skdWeight: 0.4, skbWeight: 0.6 };
const PPPK_MAX = { technical: 450, managerialSocioCultural: 180, interview: 40, total: 670 };

describe('finalScore', () => {
  it('should reproduce the domain example: SKD 420 → 76.36, SKB 80 → final 78.55', () => {
    expect(finalScore(420, 80, W)).toEqual({ skdScaled: 76.36, skdPart: expect.closeTo(30.545454545454, 10), skbPart: 48, finalScore: 78.55 });
  });

  it('should round from the unrounded parts, not from the rounded SKD scale', () => {
    // SKD 421: scale 76.5454… (shown 76.55); 0.4 × 76.5454… + 0.6 × 80 = 78.6181… → 78.62
    // (0.4 × 76.55 + 48 would give 78.62 too; take SKB 80.01: exact 78.624181… → 78.62, rounded parts 78.626 → 78.63)
    expect(finalScore(421, 80.01, W).finalScore).toBe(78.62);
  });

  it('should round an exact half up (no float drift): SKD 550, SKB 80.125 with 40/60 → 88.075 → 88.08', () => {
    // 0.4 × 100 + 0.6 × 80.125 = 88.075 exactly; in doubles 0.6 * 80.125 = 48.074999999999996
    expect(0.4 * 100 + 0.6 * 80.125).not.toBe(88.075);
    expect(finalScore(550, 80.125, W).finalScore).toBe(88.08);
  });

  it('should give 0 and 100 at the ends', () => {
    expect(finalScore(0, 0, W).finalScore).toBe(0);
    expect(finalScore(550, 100, W).finalScore).toBe(100);
  });

  it('should use the weights and the SKD maximum given (a round may set them)', () => {
    expect(finalScore(420, 80, { skdWeight: 0.5, skbWeight: 0.5 }).finalScore).toBe(78.18);
    expect(finalScore(300, 80, W, 600).skdScaled).toBe(50);
  });

  it.each([
    [() => finalScore(551, 80, W), 'skdTotal'],
    [() => finalScore(420.5, 80, W), 'skdTotal'],
    [() => finalScore(420, 100.01, W), 'skbScore'],
    [() => finalScore(420, -1, W), 'skbScore'],
    [() => finalScore(420, 80, { skdWeight: 1.2, skbWeight: 0.6 }), 'skdWeight'],
  ])('should refuse out-of-range input naming the field (%#)', (fn, field) => {
    expect(fn).toThrow(ScoreInputError);
    try {
      fn();
    } catch (e) {
      expect((e as ScoreInputError).field).toBe(field);
    }
  });

  it('should agree with the PostgreSQL form round((w1 × skd × 100 + w2 × skb × 550) / 550, 2) on a grid of inputs', () => {
    // The same value computed as one fraction: the SQL divides once, at the end.
    for (let skd = 0; skd <= 550; skd += 7) {
      for (const skb of [0, 12.5, 33.333, 50.005, 66.67, 80.125, 99.995]) {
        const x = finalScoreExact(skd, skb, W).final;
        expect(finalScore(skd, skb, W).finalScore).toBe(roundRatio(x, 2));
        expect(Number(formatRatio(x, 2))).toBe(finalScore(skd, skb, W).finalScore);
      }
    }
  });
});

describe('skbScore', () => {
  const spec = [
    { key: 'cat', weight: 0.5 },
    { key: 'interview', weight: 0.3 },
    { key: 'practical', weight: 0.2 },
  ];

  it('should weigh the components exactly', () => {
    const r = skbScore({ cat: 80, interview: 75.5, practical: 90.25 }, spec);
    expect(r.missing).toEqual([]);
    expect(formatRatio(r.score!, 3)).toBe('80.700'); // 40 + 22.65 + 18.05
  });

  it('should name every missing component and give no score', () => {
    expect(skbScore({ cat: 80, interview: null }, spec)).toEqual({ score: null, missing: ['interview', 'practical'] });
  });

  it('should feed the final score unrounded', () => {
    const r = skbScore({ cat: 80.01, interview: 80.01, practical: 80.01 }, spec);
    expect(roundRatio(finalScoreExact(420, r.score!, W).final, 2)).toBe(finalScore(420, 80.01, W).finalScore);
  });
});

describe('PPPK', () => {
  it('should total the three parts and scale to 100 (500 / 670 → 74.63)', () => {
    expect(pppkTotal({ technical: 300, managerialSocioCultural: 160, interview: 40 }, PPPK_MAX)).toBe(500);
    expect(pppkFinalScore(500)).toBe(74.63);
    expect(pppkFinalScore(670)).toBe(100);
    expect(pppkFinalScore(335)).toBe(50);
  });

  it('should refuse a part above its maximum naming it', () => {
    expect(() => pppkTotal({ technical: 451, managerialSocioCultural: 0, interview: 0 }, PPPK_MAX)).toThrow(/technical must not exceed 450/);
    expect(() => pppkTotal({ technical: 1, managerialSocioCultural: 1, interview: 41 }, PPPK_MAX)).toThrow(ScoreInputError);
  });
});

describe('weightText', () => {
  it('should give the decimal text PostgreSQL receives, without binary noise', () => {
    expect([weightText('w', 0.4), weightText('w', 0.1), weightText('w', 1), weightText('w', 0.125), weightText('w', 0)]).toEqual(['0.4', '0.1', '1', '0.125', '0']);
    expect(() => weightText('skdWeight', -0.1)).toThrow(ScoreInputError);
  });
});
