import { afterEach, describe, expect, it, vi } from 'vitest';
import LanguageSwitch from '@/components/LanguageSwitch.vue';
import { mountWithApp, flush } from '@/test-utils';
import { i18n, LOCALE_STORAGE_KEY, restoreLocale, setLocale } from './index';

afterEach(async () => {
  await setLocale('id');
  localStorage.clear();
});

describe('language switch', () => {
  it('should start in Bahasa Indonesia', () => {
    expect(i18n.global.locale.value).toBe('id');
    expect(i18n.global.t('auth.signIn')).toBe('Masuk');
  });

  it('should interpolate, pluralise and keep literal braces with the messages compiled at build time', () => {
    expect(i18n.global.t('common.results', { n: 3 }, 3)).toBe('3 data');
    expect(i18n.global.t('employee.retiresIn', { years: 2, months: 5 })).toBe('Pensiun dalam 2 tahun 5 bulan');
    expect(i18n.global.t('rules.jsonObject')).toBe('Nilai harus berupa objek JSON, mis. {"umur": 58}.');
  });

  it('should switch the whole UI to English, remember it and set <html lang>', async () => {
    const w = mountWithApp(LanguageSwitch);
    expect(w.get('[data-testid=lang-id]').attributes('aria-pressed')).toBe('true');
    await w.get('[data-testid=lang-en]').trigger('click');
    await vi.waitFor(() => expect(i18n.global.locale.value).toBe('en'));
    await flush();
    expect(i18n.global.t('auth.signIn')).toBe('Sign in');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(w.get('[data-testid=lang-en]').attributes('aria-pressed')).toBe('true');
    expect(w.text()).toContain('English');
    w.unmount();
  });

  it('should restore the remembered language on the next visit', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    await restoreLocale();
    expect(i18n.global.locale.value).toBe('en');
  });

  it('should have the same keys in both languages', async () => {
    const id = (await import('./locales/id')).default;
    const en = (await import('./locales/en')).default;
    // messages are compiled at build time: a message is a string or its compiled form (a resource node, `t: 0`)
    const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(id)).toContain('errors.VALIDATION_FAILED');
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
});
