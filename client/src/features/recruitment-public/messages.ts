/**
 * The messages of the public recruitment pages and the panelist's screens load with them, not with the sign-in page: a part
 * of each locale of its own (`src/i18n/locales/<lang>/recruitment-public.ts`, compiled at build time) merged into the app's messages
 * when one of these pages first opens, and for the other language when the user switches.
 */
import { i18n, onLocaleChange, type Locale } from '@/i18n';

const loaders: Record<Locale, () => Promise<{ default: object }>> = {
  id: () => import('@/i18n/locales/id/recruitment-public'),
  en: () => import('@/i18n/locales/en/recruitment-public'),
};
const loading = new Map<Locale, Promise<void>>();

export function loadRecruitmentPublicMessages(locale: Locale): Promise<void> {
  let p = loading.get(locale);
  if (!p) {
    p = loaders[locale]().then((m) => {
      i18n.global.mergeLocaleMessage(locale, m.default as never);
      if (i18n.global.locale.value === locale) rerender(locale);
    });
    p.catch(() => loading.delete(locale));
    loading.set(locale, p);
  }
  return p;
}

/** Merging into the language on screen re-renders nothing: set the language to the other one and back, synchronously. */
function rerender(locale: Locale) {
  i18n.global.locale.value = locale === 'id' ? 'en' : 'id';
  i18n.global.locale.value = locale;
}

let listening = false;
/** Loads the messages of the current language (and Indonesian, the fallback) and follows language switches. */
export function recruitmentPublicMessagesReady(): Promise<void> {
  if (!listening) {
    listening = true;
    onLocaleChange((l) => void loadRecruitmentPublicMessages(l));
  }
  const current = i18n.global.locale.value;
  return Promise.all([loadRecruitmentPublicMessages('id'), current !== 'id' ? loadRecruitmentPublicMessages(current) : null]).then(() => undefined);
}
