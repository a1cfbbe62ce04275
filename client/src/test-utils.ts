/** Helpers for component tests: mount with the app's plugins, and answer API calls with canned responses. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import Tooltip from 'primevue/tooltip';
import { vi } from 'vitest';
import type { Component } from 'vue';
import { i18n } from '@/i18n';

export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: {
      plugins: [pinia, i18n, [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService],
      directives: { tooltip: Tooltip },
      stubs: { RouterLink: { template: '<a><slot /></a>' }, ...(options.global?.stubs ?? {}) },
      ...options.global,
    },
  });
}

type Handler = (req: Request) => Response | Promise<Response>;

/** Stubs global fetch: each call is matched by `METHOD /path` (query ignored); unmatched calls answer 404. */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    calls.push(req.clone());
    const key = `${req.method} ${new URL(req.url).pathname}`;
    const handler = routes[key];
    return handler ? handler(req) : json(404, { code: 'ROUTE_NOT_FOUND', status: 404, detail: key });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const flush = () => new Promise((r) => setTimeout(r, 0));
