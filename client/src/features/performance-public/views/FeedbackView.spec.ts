import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import { DEVICE_ID_KEY } from '../feedback';
import { performancePublicMessagesReady } from '../messages';
import FeedbackView from './FeedbackView.vue';

const SERVICE = { id: '11111111-1111-4111-8111-111111111111', code: 'PKM-PONCOL-UMUM', name: 'Poli Umum', desk: 'Loket 1', unitId: 'u1', unitName: 'Puskesmas Poncol' };

beforeAll(() => performancePublicMessagesReady());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

async function mounted(post: (req: Request) => Response | Promise<Response>) {
  const api = stubApi({ [`GET /api/v1/public/services/${SERVICE.code}`]: () => json(200, SERVICE), 'POST /api/v1/public/feedback': post });
  const w = mountWithApp(FeedbackView, { props: { code: SERVICE.code } });
  await vi.waitFor(() => expect(w.find('[data-testid=pp-feedback-form]').exists()).toBe(true));
  return { w, api };
}
const answer = async (w: Awaited<ReturnType<typeof mounted>>['w'], values: (number | null)[]) => {
  for (const [i, v] of values.entries()) if (v !== null) await w.get(`[data-testid=ikm-a-${i}-${v}]`).setValue(true);
};

describe('the feedback form', () => {
  it('should show the nine elements as labelled radio groups with their own wording', async () => {
    const { w } = await mounted(() => json(201, {}));
    expect(w.get('[data-testid=pp-service-name]').text()).toBe('Poli Umum');
    const groups = w.findAll('fieldset.pp-question');
    expect(groups).toHaveLength(9);
    for (const g of groups) {
      expect(g.find('legend').text()).not.toBe('');
      const radios = g.findAll('input[type=radio]');
      expect(radios).toHaveLength(4);
      // each radio is inside its label (its accessible name is the visible answer)
      for (const r of radios) expect(r.element.closest('label')?.textContent?.trim()).not.toBe('');
    }
    expect(groups[0].text()).toContain('Tidak sesuai');
    expect(groups[0].text()).toContain('Sangat sesuai');
    expect(groups[3].text()).toContain('Gratis');
    expect(w.text()).toContain('tanpa data pribadi');
  });

  it('should send the answers, the comment and the device id, then thank the citizen', async () => {
    const bodies: Record<string, unknown>[] = [];
    const headers: string[] = [];
    const { w } = await mounted(async (req) => {
      bodies.push((await req.json()) as Record<string, unknown>);
      headers.push(req.headers.get('x-device-id') ?? '');
      return json(201, { id: 'r1', receivedAt: '2026-11-28T05:00:00Z' });
    });
    await answer(w, [4, 3, 3, 4, 3, 4, 4, 2, null]);
    await w.get('#pp-comment').setValue('  Antrean cepat, petugas ramah.  ');
    expect(w.get('[data-testid=pp-progress]').text()).toBe('8 dari 9 dijawab');
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-testid=pp-thanks]').exists()).toBe(true));
    expect(bodies).toHaveLength(1);
    const deviceId = localStorage.getItem(DEVICE_ID_KEY);
    expect(deviceId).toBeTruthy();
    expect(bodies[0]).toEqual({ serviceId: SERVICE.id, answers: [4, 3, 3, 4, 3, 4, 4, 2, null], comment: 'Antrean cepat, petugas ramah.', deviceId });
    expect(headers[0]).toBe(deviceId);
    expect(w.get('[data-testid=pp-thanks]').text()).toContain('Terima kasih');
  });

  it('should not send fewer than five answers, and mark the open questions', async () => {
    const post = vi.fn(() => json(201, {}));
    const { w } = await mounted(post);
    await answer(w, [4, 3, 3, 4, null, null, null, null, null]);
    await w.get('form').trigger('submit');
    await flush();
    expect(post).not.toHaveBeenCalled();
    expect(w.get('[data-testid=pp-too-few]').text()).toContain('Baru 4 yang dijawab');
    expect(w.findAll('fieldset.invalid')).toHaveLength(5);
    await answer(w, [null, null, null, null, 2]);
    expect(w.find('[data-testid=pp-too-few]').exists()).toBe(false);
  });

  it('should say a duplicate was already received', async () => {
    const { w } = await mounted(() => json(409, { status: 409, code: 'DUPLICATE_FEEDBACK', detail: 'duplicate', errors: [] }));
    await answer(w, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-testid=pp-failure]').exists()).toBe(true));
    expect(w.get('[data-testid=pp-failure]').attributes('data-kind')).toBe('duplicate');
    expect(w.get('[data-testid=pp-failure]').text()).toContain('sudah kami terima');
  });

  it('should say when to try again after too many submissions', async () => {
    const { w } = await mounted(
      () =>
        new Response(JSON.stringify({ status: 429, code: 'TOO_MANY_REQUESTS', detail: 'slow down' }), {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '120' },
        }),
    );
    await answer(w, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-testid=pp-failure]').exists()).toBe(true));
    expect(w.get('[data-testid=pp-failure]').text()).toContain('coba lagi dalam 2 menit');
  });

  it('should mark the element the server refused', async () => {
    const { w } = await mounted(() =>
      json(400, { status: 400, code: 'VALIDATION_FAILED', detail: 'bad', errors: [{ path: 'answers[4]', code: 'max', message: 'answers[4] must be 1–4' }] }),
    );
    await answer(w, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-testid=pp-failure]').exists()).toBe(true));
    expect(w.get('[data-testid=ikm-q-4]').classes()).toContain('invalid');
  });

  it('should send contact details only when given', async () => {
    const bodies: Record<string, unknown>[] = [];
    const { w } = await mounted(async (req) => {
      bodies.push((await req.json()) as Record<string, unknown>);
      return json(201, { id: 'r2', receivedAt: '2026-11-28T05:00:00Z' });
    });
    await answer(w, [3, 3, 3, 3, 3, null, null, null, null]);
    await w.get('#pp-contact-name').setValue('Sri');
    await w.get('#pp-contact').setValue('081234567890');
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-testid=pp-thanks]').exists()).toBe(true));
    expect(bodies[0]).toMatchObject({ contactName: 'Sri', contact: '081234567890' });
    expect(bodies[0]).not.toHaveProperty('comment');
  });
});
