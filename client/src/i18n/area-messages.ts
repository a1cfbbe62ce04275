/**
 * An area's messages load with the area, not with the sign-in page: a part of each locale of its own
 * (`src/i18n/locales/<lang>/<area>.ts`, compiled at build time like the rest) merged into the app's messages when one of
 * the area's pages first opens, and for the other language when the user switches.
 */
import { i18n, onLocaleChange, type Locale } from '@/i18n';

export type MessageLoaders = Record<Locale, () => Promise<{ default: object }>>;

/**
 * vue-i18n tracks its messages as a whole: merging into the language already on screen (after a switch) re-renders
 * nothing. Setting the language again — to the other one and back, synchronously — renders once, with the messages.
 */
function rerender(locale: Locale) {
  i18n.global.locale.value = locale === 'id' ? 'en' : 'id';
  i18n.global.locale.value = locale;
}

/** `load(locale)` merges one language once (retried after a failure); `ready()` loads the current language and Indonesian (the fallback) and follows switches. */
export function areaMessages(loaders: MessageLoaders): { load: (locale: Locale) => Promise<void>; ready: () => Promise<void> } {
  const loading = new Map<Locale, Promise<void>>();
  const load = (locale: Locale): Promise<void> => {
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
  };
  let listening = false;
  const ready = (): Promise<void> => {
    if (!listening) {
      listening = true;
      onLocaleChange((l) => void load(l));
    }
    const current = i18n.global.locale.value;
    return Promise.all([load('id'), current !== 'id' ? load(current) : null]).then(() => undefined);
  };
  return { load, ready };
}
