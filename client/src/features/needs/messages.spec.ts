import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { i18n, setLocale } from '@/i18n';
import { mountWithApp } from '@/test-utils';
import { needsMessagesReady } from './messages';

afterEach(() => setLocale('id'));

describe('needs messages', () => {
  it('should have the same keys in both languages', async () => {
    const id = (await import('@/i18n/locales/id/needs')).default;
    const en = (await import('@/i18n/locales/en/needs')).default;
    const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(id).length).toBeGreaterThan(300);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('should re-render a page already on screen once the other language’s messages arrive', async () => {
    await needsMessagesReady();
    const Title = defineComponent({ setup: () => () => h('h1', useI18n().t('needs.dashboard.title')) });
    const w = mountWithApp(Title);
    expect(w.text()).toBe('Kebutuhan ASN');
    await setLocale('en');
    await expect.poll(() => w.text()).toBe('Workforce needs');
    w.unmount();
  });
  it('should load with the area, keep the app’s own messages and follow a language switch', async () => {
    await needsMessagesReady();
    expect(i18n.global.t('needs.dashboard.title')).toBe('Kebutuhan ASN');
    expect(i18n.global.t('needs.common.years', { n: 5 }, 5)).toBe('5 tahun');
    expect(i18n.global.t('errors.NEEDS_PLAN_FOUR_EYES')).toContain('orang lain');
    expect(i18n.global.t('errors.VALIDATION_FAILED')).toContain('Beberapa isian');
    await setLocale('en');
    await expect.poll(() => i18n.global.t('needs.dashboard.title')).toBe('Workforce needs');
    expect(i18n.global.t('needs.common.years', { n: 1 }, 1)).toBe('1 year');
    expect(i18n.global.t('auth.signIn')).toBe('Sign in');
  });
});
