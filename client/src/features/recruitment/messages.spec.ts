import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import { recruitmentMessagesReady } from './messages';

afterEach(() => setLocale('id'));

describe('recruitment messages', () => {
  it('should have the same keys in both languages', async () => {
    const id = (await import('@/i18n/locales/id/recruitment')).default;
    const en = (await import('@/i18n/locales/en/recruitment')).default;
    const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(id).length).toBeGreaterThan(300);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('should have every message the area’s pages ask for, in both languages', async () => {
    const id = (await import('@/i18n/locales/id/recruitment')).default as unknown as Record<string, unknown>;
    const base = (await import('@/i18n/locales/id')).default as unknown as Record<string, unknown>;
    const has = (key: string) =>
      [id, base].some((root) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root) !== undefined);
    const sources = import.meta.glob<string>(['./**/*.vue', './**/*.ts', '!./**/*.spec.ts'], { query: '?raw', import: 'default', eager: true });
    const used = new Set<string>();
    for (const src of Object.values(sources)) for (const m of src.matchAll(/\b(?:t|te)\('((?:recruitment|nav|common|errors|validation|gender)\.[\w.]+)'/g)) used.add(m[1]);
    for (const src of Object.values(sources)) for (const m of src.matchAll(/labelKey: '(nav\.[\w.]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(250);
    expect([...used].filter((k) => !has(k))).toEqual([]);
    // keys built from values: one per value
    for (const k of [
      'recruitment.stage.shortlisted',
      'recruitment.schedule.appealAnswerBy',
      'recruitment.phase.adminSelection',
      'recruitment.roundPhase.finished',
      'recruitment.funnel.interval.appointment',
    ])
      expect(has(k), k).toBe(true);
  });
  it('should load with the area, keep the app’s own messages and follow a language switch', async () => {
    await recruitmentMessagesReady();
    expect(i18n.global.t('recruitment.rounds.title')).toBe('Periode seleksi');
    expect(i18n.global.t('errors.ROUND_LOCKED')).toContain('amandemen');
    expect(i18n.global.t('errors.VALIDATION_FAILED')).toContain('Beberapa isian');
    await setLocale('en');
    await expect.poll(() => i18n.global.t('recruitment.rounds.title')).toBe('Selection rounds');
    expect(i18n.global.t('auth.signIn')).toBe('Sign in');
  });
});
