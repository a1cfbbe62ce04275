/**
 * The needs area's messages load with the area, not with the sign-in page: they are a part of each locale of their own
 * (`src/i18n/locales/<lang>/needs.ts`, compiled at build time like the rest) merged into the app's messages when a
 * needs page first opens, and for the other language when the user switches.
 */
import { i18n, onLocaleChange, type Locale } from '@/i18n';

const loaders: Record<Locale, () => Promise<{ default: object }>> = {
  id: () => import('@/i18n/locales/id/needs'),
  en: () => import('@/i18n/locales/en/needs'),
};
const loading = new Map<Locale, Promise<void>>();

export function loadNeedsMessages(locale: Locale): Promise<void> {
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

/**
 * vue-i18n tracks its messages as a whole: merging into the language already on screen (after a switch) re-renders
 * nothing. Setting the language again — to the other one and back, synchronously — renders once, with the messages.
 */
function rerender(locale: Locale) {
  i18n.global.locale.value = locale === 'id' ? 'en' : 'id';
  i18n.global.locale.value = locale;
}

/** Follows language switches only once (the listener lives as long as the app). */
let listening = false;
/** Loads the messages of the current language (and Indonesian, the fallback) and follows language switches. */
export function needsMessagesReady(): Promise<void> {
  if (!listening) {
    listening = true;
    onLocaleChange((l) => void loadNeedsMessages(l));
  }
  const current = i18n.global.locale.value;
  return Promise.all([loadNeedsMessages('id'), current !== 'id' ? loadNeedsMessages(current) : null]).then(() => undefined);
}
