import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mountWithApp, stubApi } from '@/test-utils';
import { performanceMessagesReady } from '../messages';
import type { Target } from '../types';
import ReportDialog from './ReportDialog.vue';

const target = {
  id: '00000000-0000-4000-8000-0000000000t1',
  parentTargetId: null,
  parentTitle: null,
  title: 'Kunjungan rumah pasien TB',
  expectation: null,
  quantity: 12,
  quantityUnit: 'kunjungan',
  qualityPct: 100,
  deadline: null,
  months: null,
  cost: null,
  weight: 40,
  sortOrder: 1,
  realised: 3,
  realisedShare: 0.25,
  expected: 0.4,
  atRisk: false,
  windowEndsOn: '2026-12-31',
  lastReportedAt: null,
  version: 1,
} as Target;

beforeAll(() => performanceMessagesReady());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const q = <T extends Element = HTMLInputElement>(sel: string) => document.querySelector<T>(sel)!;
async function type(sel: string, value: string) {
  const el = q<HTMLInputElement | HTMLTextAreaElement>(sel);
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await vi.waitFor(() => undefined);
}

describe('ReportDialog', () => {
  it('should send the realised figure, the note and the photo as multipart/form-data, and preview the share against the pace', async () => {
    const api = stubApi({
      [`POST /api/v1/performance/targets/${target.id}/reports`]: () =>
        json(201, { id: 'r1', targetId: target.id, status: 'pending', realised: 7, target: { realised: 7, realisedShare: 0.5833, expected: 0.4, atRisk: false } }),
    });
    const w = mountWithApp(ReportDialog, { props: { visible: false, target } });
    await w.setProps({ visible: true });
    await vi.waitFor(() => expect(q('[data-testid="report-form"]')).toBeTruthy());
    // the visible labels name the fields
    expect(q('label[for="report-realised"]').textContent).toContain('Realisasi sampai saat ini (kunjungan)');
    const file = q('[data-testid="report-file"]');
    expect(file.getAttribute('accept')).toBe('image/*,application/pdf');
    expect(file.getAttribute('capture')).toBe('environment');

    await type('[data-testid="report-realised"]', '7');
    await vi.waitFor(() => expect(q('[data-testid="report-preview"]').textContent).toContain('58,3%'));
    await type('[data-testid="report-note"]', 'Kunjungan minggu ini');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'bukti.jpg', { type: 'image/jpeg' });
    Object.defineProperty(file, 'files', { value: [photo] });
    file.dispatchEvent(new Event('change'));

    const results = await axe.run(q('[data-testid="report-form"]'), { rules: { region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    q<HTMLButtonElement>('[data-testid="report-submit"]').click();
    await vi.waitFor(() => expect(w.emitted('saved')).toBeTruthy());
    const req = api.calls.find((r) => r.method === 'POST')!;
    expect(req.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await req.formData();
    expect(form.get('realised')).toBe('7');
    expect(form.get('note')).toBe('Kunjungan minggu ini');
    expect((form.get('file') as File).name).toBe('bukti.jpg');
    w.unmount();
  });

  it('should send JSON with a percentage and a link, and refuse a bad link before sending', async () => {
    const api = stubApi({
      [`POST /api/v1/performance/targets/${target.id}/reports`]: () => json(201, { id: 'r2', targetId: target.id, status: 'pending', realised: 6 }),
    });
    const w = mountWithApp(ReportDialog, { props: { visible: false, target } });
    await w.setProps({ visible: true });
    await vi.waitFor(() => expect(q('[data-testid="report-form"]')).toBeTruthy());
    q<HTMLInputElement>('#report-mode-percent').click();
    await type('[data-testid="report-realised"]', '50');
    await type('[data-testid="report-link"]', 'drive/bukti');
    q<HTMLButtonElement>('[data-testid="report-submit"]').click();
    await vi.waitFor(() => expect(document.querySelector('[data-field-error="report-link"]')).toBeTruthy());
    expect(api.calls).toHaveLength(0);

    await type('[data-testid="report-link"]', 'https://drive.example.go.id/bukti');
    q<HTMLButtonElement>('[data-testid="report-submit"]').click();
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0].headers.get('content-type')).toContain('application/json');
    expect(await api.calls[0].json()).toEqual({ realisedPercent: 50, evidenceLink: 'https://drive.example.go.id/bukti' });
    w.unmount();
  });
});
