import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSessionStore } from '@/stores/session';
import FieldNumber from '@/components/FieldNumber.vue';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import type { Role } from '@/api';
import { recruitmentMessagesReady } from '../messages';
import type { ApplicationDetail as Detail, RequiredDocument } from '../types';
import ApplicationDetail from './ApplicationDetail.vue';
import { application as applicationFixture } from './application.fixture';

const documents: RequiredDocument[] = [
  { key: 'ktp', label: 'KTP', required: true },
  { key: 'ijazah', label: 'Ijazah', required: true },
  { key: 'foto', label: 'Pas foto', required: false },
];
const application = (over: Partial<Detail> = {}): Detail => applicationFixture({ requiredDocuments: documents, ...over });

function signIn(role: Role) {
  const s = useSessionStore();
  s.status = 'ready';
  s.accessToken = 'a';
  s.user = { id: 'u', kind: 'user', username: 'x', displayName: 'X', role, unitId: null, unitName: null, employeeId: null, scopes: [] };
}

beforeAll(() => recruitmentMessagesReady());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('ApplicationDetail', () => {
  it('should mask the NIK for an operator, preview TMS until every required document is ticked, then send the checklist with the version', async () => {
    const api = stubApi({
      'POST /api/v1/recruitment/applications/00000000-0000-4000-8000-000000000001/admin-decision': () =>
        json(200, application({ adminResult: 'ms', stage: 'admin_passed', version: 5 })),
    });
    const w = mountWithApp(ApplicationDetail, { props: { application: application(), documents } });
    // the session of the app the component was mounted in
    signIn('operator');
    await flush();
    expect(w.get('[data-testid=applicant-nik]').text()).toBe('3374**********01');
    expect(w.get('[data-testid=decision-preview]').text()).toContain('TMS');
    await w.get('#doc-check-ktp').setValue(true);
    expect(w.get('[data-testid=decision-preview]').text()).toContain('TMS');
    await w.get('#doc-check-ijazah').setValue(true);
    expect(w.get('[data-testid=decision-preview]').text()).toContain('MS (memenuhi syarat)');
    await w.get('[data-testid=decision-save]').trigger('click');
    await flush();
    await flush();
    const body = (await api.calls[0].json()) as { checklist: Record<string, boolean>; version: number };
    expect(body).toEqual({ checklist: { ktp: true, ijazah: true, foto: false }, version: 4 });
    expect(w.emitted('saved')?.[0]?.[0]).toMatchObject({ adminResult: 'ms', version: 5 });
    w.unmount();
  });

  it('should show the full NIK to BKPSDM and a failed automatic check as TMS whatever the checklist', async () => {
    const w = mountWithApp(ApplicationDetail, {
      props: { application: application({ automaticChecks: [{ key: 'age', label: 'Usia', passed: false, detail: '36 tahun, batas 35' }] }), documents },
    });
    // the session of the app the component was mounted in
    signIn('planner');
    await flush();
    expect(w.get('[data-testid=applicant-nik]').text()).toBe('3374015708950001');
    await w.get('#doc-check-ktp').setValue(true);
    await w.get('#doc-check-ijazah').setValue(true);
    expect(w.get('[data-testid=decision-preview]').text()).toContain('1 syarat belum terpenuhi');
    expect(w.get('[data-testid=application-checks]').text()).toContain('36 tahun, batas 35');
    w.unmount();
  });

  it('should list the timeline with dates, in words (documents by their label, the appeal answer, who decided)', async () => {
    const w = mountWithApp(ApplicationDetail, {
      props: {
        application: application({
          timeline: [
            { event: 'registered', at: '2026-08-02T03:00:00Z', by: null },
            { event: 'document:ktp', at: '2026-08-02T03:05:00Z', by: null },
            { event: 'admin_tms', at: '2026-08-20T02:00:00Z', by: 'Budi Santoso' },
            { event: 'appeal_accepted', at: '2026-08-25T02:00:00Z', by: 'Budi Santoso' },
            { event: 'skd_scored', at: '2026-09-10T02:00:00Z', by: null },
          ],
        }),
        documents,
      },
    });
    signIn('operator');
    await flush();
    const items = w.findAll('[data-testid=application-timeline] li');
    expect(items.map((li) => li.find('span').text())).toEqual([
      'Mendaftar',
      'Dokumen diunggah: KTP',
      'Seleksi administrasi: TMS · oleh Budi Santoso',
      'Sanggah dijawab: Diterima · oleh Budi Santoso',
      'Nilai SKD masuk',
    ]);
    expect(items[0].find('time').attributes('datetime')).toBe('2026-08-02T03:00:00Z');
    expect(items[0].find('time').text()).toMatch(/2026/);
    expect(w.find('[data-testid=score-correction-open]').exists()).toBe(false);
    w.unmount();
  });

  it('should let BKPSDM correct the scores, then reload the detail', async () => {
    const fresh = application({ version: 5 });
    stubApi({
      'GET /api/v1/recruitment/rounds/00000000-0000-4000-8000-0000000000aa': () =>
        json(200, { id: '00000000-0000-4000-8000-0000000000aa', rules: { skbComponents: [{ key: 'cat', label: 'CAT SKB', weight: 1 }] } }),
      'PATCH /api/v1/recruitment/applications/00000000-0000-4000-8000-000000000001/scores': () => json(200, { ...fresh.scores, twk: 105 }),
      'GET /api/v1/recruitment/applications/00000000-0000-4000-8000-000000000001': () => json(200, fresh),
    });
    const w = mountWithApp(ApplicationDetail, { props: { application: application(), documents } });
    signIn('planner');
    await flush();
    await w.get('[data-testid=score-correction-open]').trigger('click');
    await flush();
    await flush();
    expect(document.body.querySelector('[data-testid=score-correction-dialog]')).not.toBeNull();
    const twk = w.findAllComponents(FieldNumber)[0];
    twk.vm.$emit('update:modelValue', 105);
    const reason = document.body.querySelector<HTMLTextAreaElement>('#score-fix-reason')!;
    reason.value = 'Berita acara koreksi BKN no. 12/2026';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    document.body.querySelector<HTMLButtonElement>('[data-testid=score-correction-submit]')!.click();
    await flush();
    await flush();
    await flush();
    expect(w.emitted('saved')?.[0]?.[0]).toMatchObject({ version: 5 });
    w.unmount();
  });

  it('should name every control (axe: labels, buttons, names that contain the visible text)', async () => {
    const w = mountWithApp(ApplicationDetail, {
      props: { application: application({ timeline: [{ event: 'registered', at: '2026-08-02T03:00:00Z', by: null }] }), documents },
    });
    signIn('planner');
    await flush();
    expect(w.find('[data-testid=score-correction-open]').text()).toBe('Koreksi nilai');
    const r = await axe.run(w.element as HTMLElement, {
      runOnly: [
        'label',
        'button-name',
        'label-content-name-mismatch',
        'aria-allowed-attr',
        'aria-valid-attr-value',
        'duplicate-id',
        'list',
        'listitem',
        'definition-list',
        'dlitem',
      ],
    });
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    w.unmount();
  });
});
