import { RULE_SEEDS } from '../../reference/rules.seed.js';
import { calculateJpm, JpmInputError, JpmRule } from './jpm.js';

const rule = RULE_SEEDS.find((r) => r.key === 'competency.jpm')!.value as JpmRule;
const nine = (assessed: number[]) => assessed.map((a) => ({ required: 3, assessed: a }));

describe('calculateJpm', () => {
  it('should reproduce the domain example: standard 3 on all 9, assessed sum 26 → 96.30 %, capped 92.59 %, both Optimal', () => {
    const items = nine([4, 4, 3, 3, 3, 3, 2, 2, 2]);
    expect(items.reduce((s, i) => s + i.assessed, 0)).toBe(26);
    const r = calculateJpm(items, rule);
    expect(r.jpmPercentRounded).toBe(96.3);
    expect(r.category.code).toBe('optimal');
    const example = nine([4, 3, 3, 3, 3, 3, 3, 2, 2]); // sum 26, capped 25
    const capped = calculateJpm(example, rule, true);
    expect(capped.assessedTotal).toBe(25);
    expect(capped.jpmPercentRounded).toBe(92.59);
    expect(capped.category.code).toBe('optimal');
    expect(calculateJpm(example, rule, false).jpmPercentRounded).toBe(96.3);
  });

  it('should put exactly 90 in Optimal and exactly 78 in Cukup Optimal', () => {
    // 9/10 = 90 %; 39/50 = 78 %
    expect(
      calculateJpm(
        [
          { required: 5, assessed: 4 },
          { required: 5, assessed: 5 },
        ],
        rule,
      ).category.code,
    ).toBe('optimal');
    const items78 = [...Array(10)].map((_, i) => ({ required: 5, assessed: i < 9 ? 4 : 3 })); // 39 / 50
    const r = calculateJpm(items78, rule);
    expect(r.jpmPercent).toBe(78);
    expect(r.category.code).toBe('cukup_optimal');
    const below = [...Array(10)].map((_, i) => ({ required: 5, assessed: i < 8 ? 4 : 3 })); // 38 / 50 = 76
    expect(calculateJpm(below, rule).category).toEqual({ code: 'kurang_optimal', label: 'Kurang Optimal' });
  });

  it('should read the category on the JPM rounded to 2 decimals', () => {
    // 2 / 3 = 66.666…% → 66.67 %, which reaches a category starting at 66.67
    const categories = [
      { code: 'a', label: 'A', min: 66.67 },
      { code: 'b', label: 'B', min: 0 },
    ];
    const r = calculateJpm([{ required: 3, assessed: 2 }], { capAtStandard: false, categories });
    expect(r.jpmPercentRounded).toBe(66.67);
    expect(r.category.code).toBe('a');
  });

  it('should report each gap and count the competencies below standard', () => {
    const r = calculateJpm(
      [
        { required: 3, assessed: 2 },
        { required: 2, assessed: 4 },
        { required: 4, assessed: 4 },
      ],
      rule,
    );
    expect(r.items.map((i) => i.gap)).toEqual([-1, 2, 0]);
    expect(r.belowStandard).toBe(1);
    expect(r.requiredTotal).toBe(9);
    expect(r.assessedTotal).toBe(10);
  });

  it('should refuse levels outside 1–5 and an empty list, naming the field', () => {
    expect(() => calculateJpm([{ required: 3, assessed: 6 }], rule)).toThrow(JpmInputError);
    try {
      calculateJpm(
        [
          { required: 3, assessed: 2 },
          { required: 0, assessed: 2 },
        ],
        rule,
      );
    } catch (e) {
      expect((e as JpmInputError).field).toBe('items.1.required');
    }
    expect(() => calculateJpm([], rule)).toThrow('at least one');
  });
});
