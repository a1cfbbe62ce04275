import { describe, expect, it } from 'vitest';
import { bandMax, formatPercent, gapState, HEAT_BANDS, heatBand, jpPerMonthNeeded, radarData, sharePercent, standardChanged, toggleMark } from './profile';

describe('radarData', () => {
  it('should give one axis per competency with required and assessed levels when some are assessed', () => {
    const r = radarData([
      { code: 'M-INT', required: 3, assessed: 4 },
      { code: 'M-KOM', required: 4, assessed: 2 },
      { code: 'T-ASKEP', required: 3, assessed: null },
    ]);
    expect(r.indicators).toEqual([
      { name: 'M-INT', max: 5 },
      { name: 'M-KOM', max: 5 },
      { name: 'T-ASKEP', max: 5 },
    ]);
    expect(r.required).toEqual([3, 4, 3]);
    expect(r.assessed).toEqual([4, 2, 0]);
    expect(r.anyAssessed).toBe(true);
  });
  it('should say nothing is assessed when no level is known', () => {
    expect(radarData([{ code: 'A', required: 2, assessed: null }]).anyAssessed).toBe(false);
    expect(radarData([]).indicators).toEqual([]);
  });
});

describe('gapState', () => {
  it('should compare the assessed level with the standard', () => {
    expect(gapState({ required: 3, assessed: 2 })).toBe('below');
    expect(gapState({ required: 3, assessed: 3 })).toBe('meets');
    expect(gapState({ required: 3, assessed: 5 })).toBe('above');
    expect(gapState({ required: 3, assessed: null })).toBe('unassessed');
  });
});

describe('heatBand', () => {
  it('should put each share in its band, the lower bound inclusive', () => {
    expect(heatBand(0).key).toBe('none');
    expect(heatBand(0.0999).key).toBe('none');
    expect(heatBand(0.1).key).toBe('low');
    expect(heatBand(0.25).key).toBe('mid');
    expect(heatBand(0.4999).key).toBe('mid');
    expect(heatBand(0.5).key).toBe('high');
    expect(heatBand(0.75).key).toBe('severe');
    expect(heatBand(1).key).toBe('severe');
  });
  it('should give the grey band when nobody is assessed', () => {
    expect(heatBand(null).key).toBe('unassessed');
    expect(heatBand(undefined).key).toBe('unassessed');
    expect(heatBand(Number.NaN).key).toBe('unassessed');
  });
  it('should get darker band by band and keep the text readable (WCAG 4.5:1)', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const ls = HEAT_BANDS.map((b) => lum(b.bg));
    expect([...ls].sort((a, b) => b - a)).toEqual(ls);
    for (const b of HEAT_BANDS) expect(contrast(b.bg, b.fg)).toBeGreaterThanOrEqual(4.5);
  });
  it('should give each band its upper bound for the legend', () => {
    expect(bandMax('none')).toBe(0.1);
    expect(bandMax('high')).toBe(0.75);
    expect(bandMax('severe')).toBe(1);
    expect(sharePercent(0.254)).toBe(25);
  });
});

describe('standardChanged', () => {
  const saved = [
    { competencyId: 'a', requiredLevel: 3 },
    { competencyId: 'b', requiredLevel: 2 },
  ];
  it('should not see a change when only the order differs', () => {
    expect(standardChanged(saved, [saved[1], saved[0]])).toBe(false);
  });
  it('should see a changed level, an added and a removed competency', () => {
    expect(standardChanged(saved, [{ competencyId: 'a', requiredLevel: 4 }, saved[1]])).toBe(true);
    expect(standardChanged(saved, [...saved, { competencyId: 'c', requiredLevel: 1 }])).toBe(true);
    expect(standardChanged(saved, [saved[0]])).toBe(true);
    expect(standardChanged(saved, [saved[0], { competencyId: 'c', requiredLevel: 2 }])).toBe(true);
  });
});

describe('formatPercent', () => {
  it('should write a JPM the Indonesian way in both languages', () => {
    expect(formatPercent(87.5, 'id')).toBe('87,5%');
    expect(formatPercent(96.2962, 'en')).toBe('96,3%');
    expect(formatPercent(100, 'id')).toBe('100%');
    expect(formatPercent(null, 'id')).toBe('—');
    expect(formatPercent(33.333, 'id', 0)).toBe('33%');
  });
});

describe('jpPerMonthNeeded', () => {
  it('should spread the JP still owed over the months left', () => {
    // 8 of 20 JP done on day 332 of 365: 12 JP over ~1.09 months
    expect(jpPerMonthNeeded(8, 20, 332, 365)).toBe(11.1);
    // half the year gone, nothing done: 20 JP over 6 months
    expect(jpPerMonthNeeded(0, 20, 182.5, 365)).toBe(3.4);
  });
  it('should need nothing once the JP owed is done', () => {
    expect(jpPerMonthNeeded(20, 20, 100, 365)).toBe(0);
    expect(jpPerMonthNeeded(26, 20, 100, 365)).toBe(0);
  });
  it('should count at least half a month at the very end of the year', () => {
    expect(jpPerMonthNeeded(19, 20, 365, 365)).toBe(2);
  });
});

describe('toggleMark', () => {
  it('should mark present first, then flip between absent and present', () => {
    expect(toggleMark(null)).toBe(true);
    expect(toggleMark(true)).toBe(false);
    expect(toggleMark(false)).toBe(true);
  });
});
