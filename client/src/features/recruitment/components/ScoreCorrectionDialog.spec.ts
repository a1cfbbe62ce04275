import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import FieldNumber from '@/components/FieldNumber.vue';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import { recruitmentMessagesReady } from '../messages';
import type { ApplicationDetail as Detail } from '../types';
import ScoreCorrectionDialog from './ScoreCorrectionDialog.vue';
import { application } from './application.fixture';

const ID = '00000000-0000-4000-8000-000000000001';

const scored = (over: Partial<Detail> = {}) =>
  application({
    stage: 'shortlisted',
    scores: { ...application().scores, twk: 100, tiu: 120, tkp: 180, skdTotal: 400, skbComponents: { cat: 70, praktik: 80, interview: 75 } },
    ...over,
  });
const round = {
  id: '00000000-0000-4000-8000-0000000000aa',
  rules: {
    skbComponents: [
      { key: 'cat', label: 'CAT SKB', weight: 0.5 },
      { key: 'praktik', label: 'Praktik kerja', weight: 0.3 },
      { key: 'interview', label: 'Wawancara', weight: 0.2 },
    ],
  },
};
const q = (sel: string) => document.body.querySelector(sel);
const text = (sel: string) => q(sel)?.textContent?.trim() ?? '';
async function type(sel: string, value: string) {
  const el = q(sel) as HTMLTextAreaElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await nextTick();
}
async function submit() {
  (q('[data-testid=score-correction-submit]') as HTMLButtonElement).click();
  await flush();
  await flush();
}

beforeAll(() => recruitmentMessagesReady());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ScoreCorrectionDialog', () => {
  it('should prefill the CPNS scores and send only the changed ones, the reason and the application version', async () => {
    const api = stubApi({
      'GET /api/v1/recruitment/rounds/00000000-0000-4000-8000-0000000000aa': () => json(200, round),
      [`PATCH /api/v1/recruitment/applications/${ID}/scores`]: () => json(200, { ...scored().scores, tiu: 125 }),
    });
    const w = mountWithApp(ScoreCorrectionDialog, { props: { application: scored(), visible: true } });
    await flush();
    await flush();
    const fields = w.findAllComponents(FieldNumber);
    const ids = fields.map((f) => f.props('field').id);
    // TWK/TIU/TKP and the round's SKB components but the interview (from the panel)
    expect(ids).toEqual(['score-fix-twk', 'score-fix-tiu', 'score-fix-tkp', 'score-fix-skb-cat', 'score-fix-skb-praktik']);
    expect(fields.map((f) => f.props('modelValue'))).toEqual([100, 120, 180, 70, 80]);
    fields[1].vm.$emit('update:modelValue', 125);
    fields[4].vm.$emit('update:modelValue', 82.5);
    await nextTick();
    await type('#score-fix-reason', 'Berita acara koreksi BKN no. 12/2026');
    await submit();
    const patch = api.calls.find((c) => c.method === 'PATCH')!;
    expect(await patch.json()).toEqual({ reason: 'Berita acara koreksi BKN no. 12/2026', version: 4, tiu: 125, skbComponents: { praktik: 82.5 } });
    expect(w.emitted('corrected')).toHaveLength(1);
    expect(w.emitted('update:visible')?.at(-1)).toEqual([false]);
    w.unmount();
  });

  it('should require a reason of at least 10 characters and a TIU in multiples of 5 before sending', async () => {
    const api = stubApi({ 'GET /api/v1/recruitment/rounds/00000000-0000-4000-8000-0000000000aa': () => json(200, round) });
    const w = mountWithApp(ScoreCorrectionDialog, { props: { application: scored(), visible: true } });
    await flush();
    await flush();
    w.findAllComponents(FieldNumber)[1].vm.$emit('update:modelValue', 122);
    await type('#score-fix-reason', 'salah');
    await submit();
    expect(api.calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(text('[data-field-error=score-fix-reason]')).toContain('minimal 10 karakter');
    expect(text('[data-field-error=score-fix-tiu]')).toContain('kelipatan 5');
    expect(q('#score-fix-reason')?.getAttribute('aria-describedby')).toContain('score-fix-reason-error');
    w.unmount();
  });

  it('should show a 409 (final result published) in the dialog and keep it open', async () => {
    stubApi({
      [`PATCH /api/v1/recruitment/applications/${ID}/scores`]: () =>
        json(409, { type: 'about:blank', title: 'Conflict', status: 409, code: 'RESULT_PUBLISHED', detail: 'The final result of this round is published.' }),
    });
    const pppk = scored({
      round: { ...application().round, type: 'pppk' },
      scores: { ...application().scores, technical: 300, managerialSocioCultural: 120, interview: 30 },
    });
    const w = mountWithApp(ScoreCorrectionDialog, { props: { application: pppk, visible: true } });
    await flush();
    const fields = w.findAllComponents(FieldNumber);
    expect(fields.map((f) => f.props('field').id)).toEqual(['score-fix-technical', 'score-fix-managerialSocioCultural', 'score-fix-interview']);
    fields[2].vm.$emit('update:modelValue', 35);
    await type('#score-fix-reason', 'Nilai wawancara salah ketik di berita acara');
    await submit();
    expect(text('[data-testid=score-correction-dialog] [role=alert]')).toContain('Hasil akhir seleksi ini sudah diumumkan');
    expect(w.emitted('corrected')).toBeUndefined();
    expect(q('[data-testid=score-correction-dialog]')).not.toBeNull();
    w.unmount();
  });

  it('should show server field errors at the fields', async () => {
    stubApi({
      'GET /api/v1/recruitment/rounds/00000000-0000-4000-8000-0000000000aa': () => json(200, round),
      [`PATCH /api/v1/recruitment/applications/${ID}/scores`]: () =>
        json(400, {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'The request has invalid fields.',
          errors: [{ path: 'skbComponents.cat', code: 'range', message: 'skbComponents.cat must be 0..100 with at most 2 decimals' }],
        }),
    });
    const w = mountWithApp(ScoreCorrectionDialog, { props: { application: scored(), visible: true } });
    await flush();
    await flush();
    w.findAllComponents(FieldNumber)[3].vm.$emit('update:modelValue', 71);
    await type('#score-fix-reason', 'Berita acara koreksi BKN no. 12/2026');
    await submit();
    expect(text('[data-field-error=score-fix-skb-cat]')).toContain('skbComponents.cat');
    w.unmount();
  });

  it('should name every control (axe)', async () => {
    stubApi({ 'GET /api/v1/recruitment/rounds/00000000-0000-4000-8000-0000000000aa': () => json(200, round) });
    const w = mountWithApp(ScoreCorrectionDialog, { props: { application: scored(), visible: true } });
    await flush();
    await flush();
    const r = await axe.run(q('[data-testid=score-correction-dialog]') as HTMLElement, {
      runOnly: ['label', 'button-name', 'label-content-name-mismatch', 'aria-allowed-attr', 'aria-valid-attr-value', 'duplicate-id'],
    });
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    w.unmount();
  });
});
