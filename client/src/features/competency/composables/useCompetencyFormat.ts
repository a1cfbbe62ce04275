import { useI18n } from 'vue-i18n';
import { formatPercent } from '../profile';

/** Numbers and dates of the competency pages in the current language. */
export function useCompetencyFormat() {
  const { locale, d } = useI18n();
  return {
    percent: (v: number | null | undefined, decimals = 2) => formatPercent(v, locale.value, decimals),
    /** A figure with up to `decimals` decimals, the Indonesian way ("11,1"). */
    num: (v: number | null | undefined, decimals = 1) => formatPercent(v, locale.value, decimals).replace('%', ''),
    date: (v: string | null | undefined) => (v ? d(new Date(v), 'date') : '—'),
  };
}
