import { useI18n } from 'vue-i18n';

/** Figures and dates of the Kinerja pages in the current language (Indonesian decimals: "62,5%"). */
export function usePerformanceFormat() {
  const { locale, d } = useI18n();
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'id-ID');
  const num = (v: number | null | undefined, decimals = 1) =>
    v == null || !Number.isFinite(v) ? '—' : new Intl.NumberFormat(tag(), { maximumFractionDigits: decimals }).format(v);
  return {
    num,
    /** A share 0–1 as a percentage. */
    share: (v: number | null | undefined, decimals = 1) => (v == null || !Number.isFinite(v) ? '—' : `${num(v * 100, decimals)}%`),
    /** A figure already in % */
    pct: (v: number | null | undefined, decimals = 1) => (v == null || !Number.isFinite(v) ? '—' : `${num(v, decimals)}%`),
    money: (v: number | null | undefined) => (v == null ? '—' : new Intl.NumberFormat(tag(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(v)),
    date: (v: string | null | undefined) => (v ? d(new Date(v), 'date') : '—'),
    dateTime: (v: string | null | undefined) => (v ? new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(v)) : '—'),
  };
}
