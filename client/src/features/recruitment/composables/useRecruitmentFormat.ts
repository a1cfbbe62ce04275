import { useI18n } from 'vue-i18n';
import { formatBytes, formatDuration, formatScore } from '../round';

/** The recruitment pages' number and date formats, in the language on screen. */
export function useRecruitmentFormat() {
  const { locale, n, d } = useI18n();
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'id-ID');
  return {
    int: (v: number | null | undefined) => (v === null || v === undefined ? '—' : n(v, 'integer')),
    score: (v: number | string | null | undefined, digits = 2) => formatScore(v, tag(), digits),
    percent: (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatScore(v, tag(), 1)} %`),
    bytes: (v: number) => formatBytes(v, tag()),
    duration: (ms: number) => formatDuration(ms, tag()),
    /** A calendar date from the API (`2026-08-01`). */
    date: (v: string | null | undefined) => (v ? d(new Date(`${v.slice(0, 10)}T00:00:00Z`), 'date') : '—'),
    dateTime: (v: string | null | undefined) => (v ? d(new Date(v), 'dateTime') : '—'),
  };
}
