import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { needsFormat } from '../format';

/** The needs number formats for the current language (they follow a language switch). */
export function useNeedsFormat() {
  const { locale } = useI18n();
  const f = computed(() => needsFormat(locale.value));
  return {
    int: (v: number | null | undefined) => f.value.int(v),
    qty: (v: number | null | undefined) => f.value.qty(v),
    dec: (v: number | null | undefined) => f.value.dec(v),
    num: (v: number | null | undefined, max?: number) => f.value.num(v, max),
    gap: (v: number | null | undefined) => f.value.gap(v),
    money: (v: number | null | undefined) => f.value.money(v),
    moneyShort: (v: number | null | undefined) => f.value.moneyShort(v),
    percent: (v: number | null | undefined, max?: number) => f.value.percent(v, max),
    share: (v: number | null | undefined, max?: number) => f.value.share(v, max),
  };
}
