import { useI18n } from 'vue-i18n';

/** Dates and numbers of the recruitment pages in the current language. */
export function useRpFormat() {
  const { d, locale } = useI18n();
  const nf = (decimals: number) => new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  return {
    /** A calendar day (yyyy-mm-dd) without shifting it. */
    date: (v: string | null | undefined) => (v ? d(new Date(v.length === 10 ? `${v}T00:00:00Z` : v), 'dateLong') : '—'),
    dateShort: (v: string | null | undefined) => (v ? d(new Date(v.length === 10 ? `${v}T00:00:00Z` : v), 'date') : '—'),
    dateTime: (v: string | null | undefined) => (v ? d(new Date(v), 'dateTime') : '—'),
    num: (v: number | string | null | undefined, decimals = 2) => (v === null || v === undefined || v === '' ? '—' : nf(decimals).format(Number(v))),
    percent: (v: number, decimals = 0) => `${nf(decimals).format(v * 100)}%`,
    bytes: (n: number) => (n >= 1_048_576 ? `${nf(1).format(n / 1_048_576)} MB` : `${nf(0).format(Math.ceil(n / 1024))} KB`),
  };
}
