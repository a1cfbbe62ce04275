import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, routerKey } from 'vue-router';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import { recruitmentMessagesReady } from '../messages';
import { defaultRules } from '../round';
import { SCHEDULE_KEYS } from '../types';
import RoundWizardView from './RoundWizardView.vue';

const Empty = { template: '<div />' };
function router() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'recruitment-rounds', component: Empty },
      { path: '/r/:id', name: 'recruitment-round', component: Empty },
    ],
  });
}
const dates = ['2026-08-01', '2026-08-15', '2026-08-22', '2026-08-23', '2026-08-25', '2026-08-30', '2026-09-05', '2026-09-20', '2026-10-01', '2026-10-15', '2026-10-30'];

beforeAll(() => recruitmentMessagesReady());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('RoundWizardView', () => {
  it('should walk identity → schedule (in order) → rules (weights 100 %) → review, and save a draft with the whole rules', async () => {
    const defaults = defaultRules();
    defaults.shortlist.multiplier = 2; // the city's reference rules, as the server sends them, not the built-in ones
    const api = stubApi({
      'GET /api/v1/recruitment/rule-defaults': () => json(200, defaults),
      'POST /api/v1/recruitment/rounds': () => json(201, { id: 'r1' }),
    });
    const r = router();
    // the router only as the view uses it (useRouter): the app's plugins stay as mountWithApp installs them
    const w = mountWithApp(RoundWizardView, { global: { provide: { [routerKey]: r } } });
    await flush();
    // identity is required before the schedule
    await w.get('form').trigger('submit');
    expect(w.text()).toContain('Wajib diisi');
    await w.get('[data-testid=round-code]').setValue('CPNS-2026');
    await w.get('[data-testid=round-name]').setValue('Seleksi CPNS Kota Semarang 2026');
    await w.get('form').trigger('submit');
    expect(w.find('[data-testid=schedule-registrationOpens]').exists()).toBe(true);

    // a date before the one above it is named at its field
    for (const [i, k] of SCHEDULE_KEYS.entries()) await w.get(`[data-testid=schedule-${k}]`).setValue(dates[i]);
    await w.get('[data-testid=schedule-appealCloses]').setValue('2026-08-20');
    await w.get('form').trigger('submit');
    expect(w.get('[data-field-error=schedule-appealCloses]').text()).toContain('Masa sanggah dibuka');
    expect(w.find('[data-testid=skb-components]').exists()).toBe(false);
    await w.get('[data-testid=schedule-appealCloses]').setValue('2026-08-25');
    await w.get('form').trigger('submit');

    // rules: every control named; SKB weights must make 100 %
    const a = await axe.run(w.element as HTMLElement, { runOnly: ['label', 'button-name', 'label-content-name-mismatch', 'aria-valid-attr-value', 'duplicate-id'] });
    expect(a.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(w.get('[data-testid=skb-total]').text()).toBe('100 %');
    const weights = w.findAll('[data-testid=skb-components] tbody input.p-inputnumber-input');
    await weights[0].setValue('40');
    await weights[0].trigger('blur');
    await flush();
    expect(w.get('[data-testid=skb-total]').text()).toBe('90 %');
    await w.get('form').trigger('submit');
    expect(w.get('[data-testid=skb-components]').text()).toContain('Jumlah bobot harus 100 %');
    await weights[0].setValue('50');
    await weights[0].trigger('blur');
    await flush();
    await w.get('form').trigger('submit');

    // review, then save as a draft
    expect(w.get('[data-testid=wizard-review]').text()).toContain('CPNS-2026');
    await w.get('form').trigger('submit');
    await flush();
    await flush();
    const body = (await api.calls.find((c) => c.method === 'POST')!.json()) as {
      code: string;
      type: string;
      year: number;
      schedule: Record<string, string>;
      rules: { skbComponents: { weight: number }[]; shortlist: { multiplier: number } };
    };
    expect(body.code).toBe('CPNS-2026');
    expect(body.type).toBe('cpns');
    expect(body.schedule.appealCloses).toBe('2026-08-25');
    expect(body.rules.skbComponents.map((c) => c.weight)).toEqual([0.5, 0.3, 0.2]);
    expect(body.rules.shortlist.multiplier).toBe(2); // started from the server's defaults
    await flush();
    expect(r.currentRoute.value.fullPath).toBe('/r/r1');
    w.unmount();
  });
});
