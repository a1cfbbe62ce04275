import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import { IKM_ELEMENTS } from './feedback';
import { performancePublicMessagesReady } from './messages';

afterEach(() => setLocale('id'));

const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));

describe('performance public messages', () => {
  it('should have the same keys in both languages', async () => {
    const id = (await import('@/i18n/locales/id/performance-public')).default;
    const en = (await import('@/i18n/locales/en/performance-public')).default;
    expect(keys(id).length).toBeGreaterThan(100);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('should word every element with its own four answers', async () => {
    const id = (await import('@/i18n/locales/id/performance-public')).default as unknown as { performancePublic: { elements: Record<string, Record<string, unknown>> } };
    for (const el of IKM_ELEMENTS) expect(Object.keys(id.performancePublic.elements[el]).sort(), el).toEqual(['a1', 'a2', 'a3', 'a4', 'question', 'title']);
  });

  it('should have every message the pages ask for', async () => {
    const id = (await import('@/i18n/locales/id/performance-public')).default as unknown as Record<string, unknown>;
    const base = (await import('@/i18n/locales/id')).default as unknown as Record<string, unknown>;
    const has = (key: string) =>
      [id, base].some((root) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root) !== undefined);
    const sources = import.meta.glob<string>(['./**/*.vue', './**/*.ts', '!./**/*.spec.ts'], { query: '?raw', import: 'default', eager: true });
    const used = new Set<string>();
    for (const src of Object.values(sources)) for (const m of src.matchAll(/\bt\('((?:performancePublic|nav|common|errors|validation|app)\.[\w.]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((k) => !has(k))).toEqual([]);
  });

  it('should load with the pages and follow a language switch', async () => {
    await performancePublicMessagesReady();
    expect(i18n.global.t('performancePublic.elements.persyaratan.a1')).toBe('Tidak sesuai');
    expect(i18n.global.t('errors.DUPLICATE_FEEDBACK')).toContain('sudah diterima');
    expect(i18n.global.t('auth.signIn')).toBe('Masuk');
    await setLocale('en');
    await expect.poll(() => i18n.global.t('performancePublic.elements.persyaratan.a4')).toBe('Very suitable');
  });
});
