import { createPinia, setActivePinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import { performanceMessagesReady } from '../messages';
import type { Monitoring, MonitoringPerson } from '../types';
import BoardView from './BoardView.vue';

const person = (over: Partial<MonitoringPerson>): MonitoringPerson => ({
  employeeId: 'e1',
  name: 'Sari Wulandari',
  nip: '199001012015032001',
  unitId: 'u1',
  unitName: 'Puskesmas Poncol',
  positionTitle: 'Perawat',
  planId: 'p1',
  planStatus: 'approved',
  targets: 3,
  atRiskTargets: 0,
  realisation: 0.3,
  expected: 0.4,
  behind: 0.1,
  reportedThisCheckpoint: false,
  lastReportAt: null,
  openCoaching: 0,
  overdueFollowUps: 0,
  ...over,
});
const monitoring = (people: MonitoringPerson[]): Monitoring => ({
  period: { id: 'per', year: 2026, name: 'SKP 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', checkpoints: 'monthly', status: 'open' },
  on: '2026-05-04',
  checkpoint: { index: 5, startsOn: '2026-05-01', endsOn: '2026-05-31' },
  threshold: 0.15,
  totals: {
    people: people.length,
    withPlan: people.length,
    approved: people.length,
    reportedThisCheckpoint: 0,
    notReported: people.length,
    atRiskPeople: 1,
    atRiskTargets: 1,
    overdueFollowUps: 0,
  },
  units: [
    {
      unitId: 'u1',
      unitName: 'Puskesmas Poncol',
      depth: 0,
      people: people.length,
      withPlan: people.length,
      reported: 0,
      notReported: people.length,
      atRisk: 1,
      realisation: 0.3,
      expected: 0.4,
    },
  ],
  people: { items: people, total: people.length, page: 1, pageSize: 50 },
});

function signIn() {
  const s = useSessionStore();
  s.status = 'ready';
  s.accessToken = 'token-1';
  s.user = { id: 'u', kind: 'user', username: 'kepala.poncol', displayName: 'Kepala', role: 'leader', unitId: 'u1', unitName: 'Puskesmas Poncol', employeeId: 'lead', scopes: [] };
}

beforeAll(() => performanceMessagesReady());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('BoardView', () => {
  it('should show at-risk and not-reported people, and update a row in place from the live stream without reloading', async () => {
    let push!: (s: string) => void;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        const enc = new TextEncoder();
        push = (s) => c.enqueue(enc.encode(s));
      },
    });
    let monitoringCalls = 0;
    const api = stubApi({
      'GET /api/v1/performance/periods': () =>
        json(200, [{ id: 'per', year: 2026, name: 'SKP 2026', startsOn: '2000-01-01', endsOn: '2999-12-31', checkpoints: 'monthly', status: 'open', currentCheckpoint: 5 }]),
      'GET /api/v1/performance/monitoring': () => {
        monitoringCalls += 1;
        return json(200, monitoring([person({ employeeId: 'e2', name: 'Budi Santoso', atRiskTargets: 1, behind: 0.3 }), person({})]));
      },
      'GET /api/v1/org-units/tree': () => json(200, []),
      'GET /api/v1/performance/stream': () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    });
    // signed in before the page opens: the stream starts with the session's token
    const pinia = createPinia();
    setActivePinia(pinia);
    signIn();
    const w = mountWithApp(BoardView, { global: { plugins: [pinia, i18n, [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService] } });
    await vi.waitFor(() => expect(w.find('[data-testid="board-row-e1"]').exists()).toBe(true));
    const stream = api.calls.find((r) => r.url.endsWith('/api/v1/performance/stream'))!;
    expect(stream.headers.get('authorization')).toBe('Bearer token-1');

    const rows = w.findAll('tbody tr[data-testid^="board-row-"]');
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual(['board-row-e2', 'board-row-e1']);
    expect(w.get('[data-testid="board-row-e2"]').attributes('data-at-risk')).toBe('true');
    expect(w.get('[data-testid="board-row-e1"] [data-testid="board-not-reported"]').text()).toContain('Belum lapor');

    push('event: ready\nid: 40\ndata: {}\n\n');
    await vi.waitFor(() => expect(w.get('[data-testid="board-live-state"]').attributes('data-state')).toBe('open'));
    push(
      'event: report.submitted\nid: 41\ndata: {"reportId":"r1","targetId":"t1","planId":"p1","employeeId":"e1","employeeName":"Sari Wulandari","unitId":"u1","realised":7,"quantity":12,"expected":0.33,"realisedShare":0.5833,"atRisk":false}\n\n',
    );
    await vi.waitFor(() => expect(w.get('[data-testid="board-row-e1"] [data-testid="board-realised"]').text()).toBe('7 / 12'));
    const row = w.get('[data-testid="board-row-e1"]');
    expect(row.attributes('data-live')).toBe('report.submitted');
    expect(row.attributes('data-reported')).toBe('true');
    expect(row.classes()).toContain('flash');
    expect(row.find('[data-testid="board-not-reported"]').exists()).toBe(false);
    expect(w.get('[data-testid="board-announce"]').text()).toContain('Sari Wulandari');
    // in place: no page reload, the monitoring was asked for once (a quiet refresh follows later)
    expect(monitoringCalls).toBe(1);
    await flush();
    w.unmount();
  });
});
