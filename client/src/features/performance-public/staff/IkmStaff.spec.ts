import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mountWithApp, stubApi } from '@/test-utils';
import { performancePublicMessagesReady } from '../messages';
import IkmCommentsView from './IkmCommentsView.vue';
import IkmServicesView from './IkmServicesView.vue';

beforeAll(() => performancePublicMessagesReady());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const COMMENT = {
  responseId: '22222222-2222-4222-8222-222222222222',
  serviceId: 's1',
  serviceCode: 'PKM-PONCOL-UMUM',
  serviceName: 'Pelayanan Poli Umum',
  unitId: 'u1',
  unitName: 'Puskesmas Poncol',
  submittedAt: '2026-11-20T03:00:00Z',
  comment: 'Antrean terlalu lama.',
  status: 'pending',
  reply: null,
  moderatedByName: null,
  contactName: 'Sri',
  contact: '081234567890',
  answers: [3, 3, 2, 4, 3, 3, 4, 2, 3],
  version: 3,
};

describe('IKM comment moderation', () => {
  it('should publish a comment with a reply, sending the version read', async () => {
    const patches: unknown[] = [];
    stubApi({
      'GET /api/v1/performance/ikm/comments': () => json(200, { items: [COMMENT], total: 1, page: 1, pageSize: 20 }),
      [`PATCH /api/v1/performance/ikm/comments/${COMMENT.responseId}`]: async (req) => {
        patches.push(await req.json());
        return json(200, { ...COMMENT, status: 'published', version: 4 });
      },
    });
    const w = mountWithApp(IkmCommentsView);
    await vi.waitFor(() => expect(w.find(`[data-comment="${COMMENT.responseId}"]`).exists()).toBe(true));
    const card = w.get(`[data-comment="${COMMENT.responseId}"]`);
    expect(card.text()).toContain('Antrean terlalu lama.');
    expect(card.text()).toContain('081234567890');
    await card.get('textarea').setValue('Terima kasih, loket kedua kami buka mulai pekan depan.');
    await w.get(`[data-testid=ikm-publish-${COMMENT.responseId}]`).trigger('click');
    await vi.waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toEqual({ status: 'published', reply: 'Terima kasih, loket kedua kami buka mulai pekan depan.', version: 3 });
  });
});

describe('IKM services', () => {
  it('should list the desks with a link to each one’s printable QR code', async () => {
    const service = {
      id: 's1',
      unitId: 'u1',
      unitName: 'Puskesmas Poncol',
      code: 'PKM-PONCOL-UMUM',
      name: 'Pelayanan Poli Umum',
      desk: 'Loket 1',
      annualUsers: 24000,
      active: true,
      responses: 73,
      formPath: '/umpan-balik/PKM-PONCOL-UMUM',
      version: 1,
    };
    stubApi({
      'GET /api/v1/performance/ikm/services': () => json(200, { items: [service], total: 1, page: 1, pageSize: 200 }),
    });
    const w = mountWithApp(IkmServicesView);
    await vi.waitFor(() => expect(w.find('[data-code="PKM-PONCOL-UMUM"]').exists()).toBe(true));
    expect(w.get('[data-code="PKM-PONCOL-UMUM"]').text()).toContain('Pelayanan Poli Umum');
    expect(w.find('[data-testid="ikm-qr-PKM-PONCOL-UMUM"]').exists()).toBe(true);
  });
});
