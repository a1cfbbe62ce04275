import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import { performanceMessagesReady } from './messages';

afterEach(() => setLocale('id'));

const isMessage = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && (v as { t?: unknown }).t === 0);
const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (isMessage(v) ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));

describe('performance messages', () => {
  it('should have the same keys in both languages', async () => {
    const id = (await import('@/i18n/locales/id/performance')).default;
    const en = (await import('@/i18n/locales/en/performance')).default;
    expect(keys(id).length).toBeGreaterThan(250);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('should have every message the area’s pages ask for, in both languages', async () => {
    const id = (await import('@/i18n/locales/id/performance')).default as unknown as Record<string, unknown>;
    const base = (await import('@/i18n/locales/id')).default as unknown as Record<string, unknown>;
    const has = (key: string) =>
      [id, base].some((root) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root) !== undefined);
    const sources = import.meta.glob<string>(['./**/*.vue', './**/*.ts', '!./**/*.spec.ts'], { query: '?raw', import: 'default', eager: true });
    const used = new Set<string>();
    for (const src of Object.values(sources)) for (const m of src.matchAll(/\b(?:t|te)\('((?:performance|nav|common|errors|validation)\.[\w.]+)'/g)) used.add(m[1]);
    for (const src of Object.values(sources)) for (const m of src.matchAll(/(?:labelKey|titleKey): '(nav\.[\w.]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((k) => !has(k))).toEqual([]);
    // keys built from values: one per value
    for (const k of [
      'performance.pace.state.at_risk',
      'performance.board.stream.retrying',
      'performance.predicate.butuh_perbaikan',
      'performance.unitRating.istimewa',
      'performance.behaviour.berorientasi_pelayanan.name',
      'performance.behaviour.kolaboratif.hint',
      'performance.rating.above',
      'performance.reportStatus.returned',
      'performance.planStatus.submitted',
      'performance.coaching.status.closed',
      'performance.evaluation.status.final',
      'performance.distribution.violation.max',
      'performance.mine.blocker.weights',
      'performance.mine.live.planReturned',
      'performance.target.timeMode.months',
    ])
      expect(has(k), k).toBe(true);
  });
  it('should load with the area, keep the app’s own messages and follow a language switch', async () => {
    await performanceMessagesReady();
    expect(i18n.global.t('performance.board.title')).toBe('Papan pemantauan');
    expect(i18n.global.t('errors.COACHING_REQUIRED')).toContain('coaching');
    expect(i18n.global.t('errors.VALIDATION_FAILED')).toContain('Beberapa isian');
    await setLocale('en');
    await expect.poll(() => i18n.global.t('performance.board.title')).toBe('Monitoring board');
    expect(i18n.global.t('auth.signIn')).toBe('Sign in');
  });
});
