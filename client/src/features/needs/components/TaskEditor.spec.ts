import Toast from 'primevue/toast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { i18n } from '@/i18n';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import { needsMessagesReady } from '../messages';
import TaskEditor from './TaskEditor.vue';

const task = (over: Record<string, unknown> = {}) => ({
  id: 't1',
  positionId: 'p1',
  description: 'Memverifikasi berkas',
  outputUnit: 'berkas',
  volume: 20,
  volumePeriod: 'week',
  annualVolume: 940,
  minutesPerUnit: 30,
  annualMinutes: 28200,
  sortOrder: 0,
  version: 3,
  ...over,
});
const result = (minutes: number) => ({
  tasks: [{ volume: 0, period: 'year', annualVolume: 0, minutesPerUnit: 0, minutes }],
  workloadMinutes: minutes,
  effectiveMinutesPerYear: 75000,
  requiredFte: minutes / 75000,
  requiredHeadcount: Math.round(minutes / 75000),
  rounding: 'half_up',
  existing: 1,
  difference: 1 - Math.round(minutes / 75000),
  effectiveness: minutes / 75000,
  effectivenessRounded: Math.round((minutes / 75000) * 100) / 100,
  effectivenessCategory: { grade: 'A', label: 'Sangat Baik' },
  rules: [],
});
const workload = (tasks = [task()]) => ({
  positionId: 'p1',
  positionTitle: 'Analis',
  unitId: 'u1',
  unitName: 'BKPP',
  needsMethod: 'workload',
  existing: 1,
  tasks,
  result: result(28200),
});
const text = (sel: string) => document.body.querySelector(sel)?.textContent?.trim() ?? '';
const settle = () => new Promise((r) => setTimeout(r, 400));
/** The editor with the toasts it raises (the app shows them from its layout). */
const WithToasts = defineComponent({ setup: () => () => h('div', [h(Toast), h(TaskEditor, { positionId: 'p1', writable: true })]) });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function typeNumber(testid: string, value: string) {
  const input = document.body.querySelector<HTMLInputElement>(`[data-testid=${testid}] input`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value }));
  input.dispatchEvent(new Event('blur'));
  await nextTick();
}

describe('TaskEditor', () => {
  it('should recalculate on the server as the volume changes and show FTE, headcount and category', async () => {
    await needsMessagesReady();
    const calc: unknown[] = [];
    stubApi({
      'GET /api/v1/needs/positions/p1/tasks': () => json(200, workload()),
      'POST /api/v1/needs/calculate/workload': async (req) => {
        const body = (await req.json()) as { tasks: { volume: number; minutesPerUnit: number }[] };
        calc.push(body);
        return json(200, result(body.tasks[0].volume * 47 * body.tasks[0].minutesPerUnit));
      },
    });
    const w = mountWithApp(TaskEditor, { props: { positionId: 'p1', writable: true } });
    await settle();
    expect(text('[data-testid=workload-minutes]')).toBe('28.200');
    await typeNumber('task-volume-0', '40');
    await settle();
    expect(calc.at(-1)).toEqual({ tasks: [{ volume: 40, minutesPerUnit: 30, period: 'week' }], existing: 1 });
    expect(text('[data-testid=workload-minutes]')).toBe('56.400');
    expect(text('[data-testid=workload-fte]')).toBe('0,75');
    expect(text('[data-testid=workload-result]')).toContain('A · Sangat Baik');
    w.unmount();
  });

  it('should save a changed task with its version, and on a stale version reload and say so', async () => {
    await needsMessagesReady();
    let version = 3;
    const patches: unknown[] = [];
    stubApi({
      'GET /api/v1/needs/positions/p1/tasks': () => json(200, workload([task({ version, volume: version === 3 ? 20 : 25 })])),
      'POST /api/v1/needs/calculate/workload': () => json(200, result(28200)),
      'PATCH /api/v1/needs/positions/p1/tasks/t1': async (req) => {
        patches.push(await req.json());
        version = 4; // someone else saved first
        return json(409, { type: 'about:blank', title: 'Stale version', status: 409, detail: 'stale', instance: '/x', code: 'STALE_VERSION', correlationId: 'c' });
      },
    });
    const w = mountWithApp(WithToasts);
    await settle();
    await typeNumber('task-volume-0', '30');
    await flush();
    (document.body.querySelector('[data-testid=task-save]') as HTMLButtonElement).click();
    await settle();
    expect(patches).toEqual([{ version: 3, volume: 30 }]);
    expect(document.body.textContent).toContain(i18n.global.t('needs.common.staleReloaded'));
    // the other person's value is on screen now, nothing is left unsaved
    expect(document.body.querySelector<HTMLInputElement>('[data-testid=task-volume-0] input')!.value).toBe('25');
    expect((document.body.querySelector('[data-testid=task-save]') as HTMLButtonElement).disabled).toBe(true);
    w.unmount();
  });
});
