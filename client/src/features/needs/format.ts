/**
 * Numbers of the needs area, the Indonesian way (Intl `id-ID`: 1.234,5; Rp 5.860.000.000.000), in either language
 * (English uses `en-ID`, which groups and rounds the same way). Headcounts are whole; FTE, supply and gaps are full
 * precision on the server and shown with one or two decimals; money is rupiah without cents.
 */

/** The Intl locale for a UI language: numbers read the same in both (dots for thousands, comma for decimals). */
export const numberLocale = (lang: string) => (lang === 'en' ? 'en-ID' : 'id-ID');

const cache = new Map<string, Intl.NumberFormat>();
function fmt(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(numberLocale(lang), options)));
  return f;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
/** The real minus sign (U+2212): easier to see than a hyphen, and read as "minus" by screen readers. */
export const MINUS = '\u2212';
const dash = '—';

/** A sign shown in front of a figure: −, + or nothing for zero. */
export type Sign = 'negative' | 'positive' | 'zero';
export const signOf = (v: number, epsilon = 0.005): Sign => (v < -epsilon ? 'negative' : v > epsilon ? 'positive' : 'zero');

export interface NeedsFormat {
  /** Whole numbers: headcount, formations, demand. */
  int(v: number | null | undefined): string;
  /** A headcount that may carry a fraction (a family's demand shared out, projected retirements): up to one decimal. */
  qty(v: number | null | undefined): string;
  /** One or two decimals (FTE, projected supply, shortages of a group). */
  dec(v: number | null | undefined): string;
  /** Up to `max` decimals, none forced. */
  num(v: number | null | undefined, max?: number): string;
  /** A gap (supply − demand) with its sign: "−2,4", "+1,0", "0". */
  gap(v: number | null | undefined): string;
  /** Rupiah, whole: "Rp 59.000.000". */
  money(v: number | null | undefined): string;
  /** Rupiah, short: "Rp 5,86 T", "Rp 25 M" (thousand million). */
  moneyShort(v: number | null | undefined): string;
  /** A value already in percent (29.58 → "29,58%"). */
  percent(v: number | null | undefined, max?: number): string;
  /** A share (0.2958 → "29,6%"). */
  share(v: number | null | undefined, max?: number): string;
}

export function needsFormat(lang: string): NeedsFormat {
  const num = (v: number | null | undefined, max = 2) => (finite(v) ? fmt(lang, { maximumFractionDigits: max }).format(v) : dash);
  const dec = (v: number | null | undefined) => (finite(v) ? fmt(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(v) : dash);
  return {
    int: (v) => (finite(v) ? fmt(lang, { maximumFractionDigits: 0 }).format(v) : dash),
    qty: (v) => num(v, 1),
    dec,
    num,
    gap(v) {
      if (!finite(v)) return dash;
      const sign = signOf(v);
      if (sign === 'zero') return '0';
      const abs = fmt(lang, { minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(Math.abs(v));
      return `${sign === 'negative' ? MINUS : '+'}${abs}`;
    },
    money: (v) => (finite(v) ? fmt(lang, { style: 'currency', currency: 'IDR', currencyDisplay: 'symbol', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(v) : dash),
    moneyShort: (v) =>
      finite(v)
        ? fmt(lang, { style: 'currency', currency: 'IDR', currencyDisplay: 'symbol', notation: 'compact', maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(v)
        : dash,
    percent: (v, max = 2) => (finite(v) ? `${fmt(lang, { maximumFractionDigits: max }).format(v)}%` : dash),
    share: (v, max = 1) => (finite(v) ? fmt(lang, { style: 'percent', maximumFractionDigits: max }).format(v) : dash),
  };
}

/** Sum of a per-year series (retirements over the horizon). */
export const sum = (values: readonly number[] | null | undefined) => (values ?? []).reduce((a, v) => a + (Number.isFinite(v) ? v : 0), 0);
