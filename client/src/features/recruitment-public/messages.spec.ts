import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import { recruitmentPublicMessagesReady } from './messages';

afterEach(() => setLocale('id'));

describe('recruitment public messages', () => {
  it('should have the same keys in both languages', async () => {
    const id = (await import('@/i18n/locales/id/recruitment-public')).default;
    const en = (await import('@/i18n/locales/en/recruitment-public')).default;
    const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(id).length).toBeGreaterThan(100);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('should have every message the pages ask for, in both languages', async () => {
    const id = (await import('@/i18n/locales/id/recruitment-public')).default as unknown as Record<string, unknown>;
    const base = (await import('@/i18n/locales/id')).default as unknown as Record<string, unknown>;
    const has = (key: string) =>
      [id, base].some((root) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root) !== undefined);
    const sources = import.meta.glob<string>(['./**/*.vue', './**/*.ts', '!./**/*.spec.ts'], { query: '?raw', import: 'default', eager: true });
    const used = new Set<string>();
    for (const src of Object.values(sources)) for (const m of src.matchAll(/\bt\('((?:recruitmentPublic|nav|common|errors|validation|gender|app)\.[\w.]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !has(k))).toEqual([]);
    // keys built at run time
    for (const k of [
      'recruitmentPublic.stage',
      'recruitmentPublic.category',
      'recruitmentPublic.step',
      'recruitmentPublic.outcome',
      'recruitmentPublic.schedule',
      'recruitmentPublic.nik.NIK_REGION',
    ])
      expect(has(k), k).toBe(true);
  });
  it('should load with the pages, keep the app’s own messages and follow a language switch', async () => {
    await recruitmentPublicMessagesReady();
    expect(i18n.global.t('recruitmentPublic.register.accessCode')).toBe('Kode akses');
    expect(i18n.global.t('errors.APPLICATION_EXISTS')).toContain('sudah terdaftar');
    expect(i18n.global.t('errors.VALIDATION_FAILED')).toContain('Beberapa isian');
    // field codes merge into the app's own list of field messages
    expect(i18n.global.t('errors.fields.nik_mismatch')).toBe('Tidak sesuai dengan NIK.');
    expect(i18n.global.t('errors.fields.required')).toBe('Wajib diisi.');
    await setLocale('en');
    await expect.poll(() => i18n.global.t('recruitmentPublic.register.accessCode')).toBe('Access code');
    expect(i18n.global.t('auth.signIn')).toBe('Sign in');
  });
});
