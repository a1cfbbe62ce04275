import { createI18n } from 'vue-i18n';
import id from './locales/id';

export type Locale = 'id' | 'en';
export type MessageSchema = typeof id;
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const LOCALE_STORAGE_KEY = 'asn.locale';

const dateFormats = {
  /** Calendar dates from the API (`2026-01-31`) are UTC midnight: format them in UTC so they never shift a day. */
  date: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  dateLong: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const;

function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    return v === 'en' || v === 'id' ? v : 'id';
  } catch {
    return 'id';
  }
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  messages: { id } as Record<Locale, MessageSchema>,
  datetimeFormats: { id: dateFormats, en: dateFormats },
  numberFormats: { id: { integer: { maximumFractionDigits: 0 } }, en: { integer: { maximumFractionDigits: 0 } } },
  missingWarn: false,
  fallbackWarn: false,
});

const listeners = new Set<(locale: Locale) => void>();
/** Lets other parts (the component library's own strings) follow the language. */
export function onLocaleChange(fn: (locale: Locale) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

async function ensureMessages(locale: Locale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale)) return;
  // English is loaded only when someone asks for it: Indonesian users never download it.
  const mod = await import('./locales/en');
  i18n.global.setLocaleMessage(locale, mod.default);
}

/** Switches the language, remembers it, and updates <html lang>. */
export async function setLocale(locale: Locale): Promise<void> {
  await ensureMessages(locale);
  i18n.global.locale.value = locale;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = locale;
  for (const fn of listeners) fn(locale);
}

/** Applies the remembered language (call once before mounting). */
export function restoreLocale(): Promise<void> {
  return setLocale(storedLocale());
}

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}
