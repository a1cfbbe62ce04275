/**
 * Pure helpers of the competency pages: the radar of required vs assessed levels, the heatmap's colour scale, the
 * gap of one competency in words, and the standard editor's change check. No Vue, no API: easy to test.
 */
import type { GapItem, StandardItemInput } from './types';

export interface RadarData {
  /** One axis per competency (its code: names are too long around a radar), 0–5. */
  indicators: { name: string; max: number }[];
  required: number[];
  /** Assessed level; 0 where never assessed (the table beside the chart says "not assessed"). */
  assessed: number[];
  /** Whether any competency has been assessed (else the radar shows only the standard). */
  anyAssessed: boolean;
}

/** The radar of one employee: each competency of the position standard, its required and its assessed level. */
export function radarData(items: readonly Pick<GapItem, 'code' | 'required' | 'assessed'>[]): RadarData {
  return {
    indicators: items.map((i) => ({ name: i.code, max: 5 })),
    required: items.map((i) => i.required),
    assessed: items.map((i) => i.assessed ?? 0),
    anyAssessed: items.some((i) => i.assessed != null),
  };
}

/** How one competency stands against its standard (shown with an icon and a word, never by colour alone). */
export type GapState = 'below' | 'meets' | 'above' | 'unassessed';
export function gapState(item: Pick<GapItem, 'assessed' | 'required'>): GapState {
  if (item.assessed == null) return 'unassessed';
  return item.assessed < item.required ? 'below' : item.assessed > item.required ? 'above' : 'meets';
}

/** A band of the heatmap's scale: the share of assessed people below standard, from `min` (inclusive) up. */
export interface HeatBand {
  key: 'none' | 'low' | 'mid' | 'high' | 'severe' | 'unassessed';
  min: number;
  bg: string;
  fg: string;
}

/**
 * The heatmap's colour scale, light to dark (sequential, readable by people with colour-blindness: lightness
 * carries the order), each with a text colour that keeps 4.5:1 on it. Every cell also prints its number.
 */
export const HEAT_BANDS: readonly HeatBand[] = [
  { key: 'none', min: 0, bg: '#f1f8f6', fg: '#1b2733' },
  { key: 'low', min: 0.1, bg: '#fdecc8', fg: '#1b2733' },
  { key: 'mid', min: 0.25, bg: '#f9b97a', fg: '#1b2733' },
  { key: 'high', min: 0.5, bg: '#c2410c', fg: '#ffffff' },
  { key: 'severe', min: 0.75, bg: '#8f1d1d', fg: '#ffffff' },
];
export const HEAT_UNASSESSED: HeatBand = { key: 'unassessed', min: -1, bg: '#eef1f4', fg: '#4f5d6b' };

/** The band of a share (0–1); null (nobody assessed) has its own grey band. */
export function heatBand(share: number | null | undefined): HeatBand {
  if (share == null || !Number.isFinite(share)) return HEAT_UNASSESSED;
  let band = HEAT_BANDS[0];
  for (const b of HEAT_BANDS) if (share >= b.min) band = b;
  return band;
}

/** The upper bound of a band (for the legend "25–50%"): the next band's minimum, 1 for the last. */
export function bandMax(key: HeatBand['key']): number {
  const i = HEAT_BANDS.findIndex((b) => b.key === key);
  return i >= 0 && i < HEAT_BANDS.length - 1 ? HEAT_BANDS[i + 1].min : 1;
}

/** Whether the edited standard differs from the saved one (order does not matter). */
export function standardChanged(saved: readonly StandardItemInput[], edited: readonly StandardItemInput[]): boolean {
  if (saved.length !== edited.length) return true;
  const levels = new Map(saved.map((i) => [i.competencyId, i.requiredLevel]));
  return edited.some((i) => levels.get(i.competencyId) !== i.requiredLevel);
}

/** Whole percent of a share 0–1 ("37"), for heatmap cells. */
export const sharePercent = (share: number) => Math.round(share * 100);

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A JPM % the Indonesian way in either language ("87,5%"): up to 2 decimals; "—" for none. */
export function formatPercent(v: number | null | undefined, lang: string, maxDecimals = 2): string {
  if (v == null || !Number.isFinite(v)) return '—';
  const key = `${lang}|${maxDecimals}`;
  let f = percentFormats.get(key);
  if (!f) percentFormats.set(key, (f = new Intl.NumberFormat(lang === 'en' ? 'en-ID' : 'id-ID', { maximumFractionDigits: maxDecimals })));
  return `${f.format(v)}%`;
}

/** JP a person still has to do per remaining month to make the year (rounded up to a tenth); 0 when met. */
export function jpPerMonthNeeded(jp: number, owed: number, daysElapsed: number, daysInYear: number): number {
  const remaining = Math.max(0, owed - jp);
  if (!remaining) return 0;
  const monthsLeft = Math.max(((daysInYear - daysElapsed) / daysInYear) * 12, 0.5);
  return Math.ceil((remaining / monthsLeft) * 10) / 10;
}

/** The next mark of an attendance toggle: present, absent, present… (a day not marked yet becomes present). */
export function toggleMark(current: boolean | null): boolean {
  return current !== true;
}
