import Select from 'primevue/select';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { flush, json, mountWithApp, stubApi } from '@/test-utils';
import UserFormDialog from './UserFormDialog.vue';

const q = (sel: string) => document.body.querySelector(sel);
async function type(sel: string, value: string) {
  const el = q(sel) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await nextTick();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('UserFormDialog', () => {
  it('should validate as the user types', async () => {
    stubApi({ 'GET /api/v1/org-units/tree': () => json(200, []) });
    const w = mountWithApp(UserFormDialog, { props: { visible: true, user: null } });
    await flush();
    expect(q('[data-field-error=user-username]')).toBeNull();
    await type('#user-username', 'ada spasi');
    expect(q('[data-field-error=user-username]')?.textContent).toContain('tanpa spasi');
    await type('#user-username', 'operator.baru');
    expect(q('[data-field-error=user-username]')).toBeNull();
    w.unmount();
  });

  it("should show the server's field errors next to the fields and clear one when it is edited", async () => {
    const { calls } = stubApi({
      'GET /api/v1/org-units/tree': () => json(200, []),
      'POST /api/v1/users': () =>
        json(400, {
          type: 'about:blank',
          title: 'Validation failed',
          status: 400,
          detail: 'The request has invalid fields.',
          instance: '/api/v1/users',
          code: 'VALIDATION_FAILED',
          correlationId: 'c1',
          errors: [
            { path: 'username', code: 'unique', message: 'username must be unique' },
            { path: 'password', code: 'too_common', message: 'password is too common' },
          ],
        }),
    });
    const w = mountWithApp(UserFormDialog, { props: { visible: true, user: null } });
    await flush();
    await type('#user-username', 'admin');
    await type('#user-name', 'Admin Kedua');
    await type('#user-password', 'Semarang#2026');
    w.findComponent(Select).vm.$emit('update:modelValue', 'admin');
    await nextTick();
    (q('[data-testid=user-save]') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(calls.some((c) => c.method === 'POST')).toBe(true);
    expect(q('[data-field-error=user-username]')?.textContent).toContain('Sudah dipakai');
    expect(q('[data-field-error=user-password]')?.textContent).toContain('password is too common');
    expect(q('[data-testid=form-error]')?.textContent).toContain('Beberapa isian belum benar');
    expect(q('#user-username')?.getAttribute('aria-invalid')).toBe('true');
    await type('#user-username', 'admin2');
    expect(q('[data-field-error=user-username]')).toBeNull();
    expect(q('[data-field-error=user-password]')).not.toBeNull();
    expect(w.emitted('saved')).toBeUndefined();
    w.unmount();
  });

  it('should emit saved with the created user on success', async () => {
    const created = {
      id: 'u1',
      username: 'op.baru',
      displayName: 'Operator Baru',
      role: 'admin',
      unitId: null,
      unitName: null,
      employeeId: null,
      active: true,
      locked: false,
      lastLoginAt: null,
      version: 1,
    };
    stubApi({ 'GET /api/v1/org-units/tree': () => json(200, []), 'POST /api/v1/users': () => json(201, created) });
    const w = mountWithApp(UserFormDialog, { props: { visible: true, user: null } });
    await flush();
    await type('#user-username', 'op.baru');
    await type('#user-name', 'Operator Baru');
    await type('#user-password', 'Semarang#2026');
    w.findComponent(Select).vm.$emit('update:modelValue', 'admin');
    await nextTick();
    (q('[data-testid=user-save]') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(w.emitted('saved')?.[0]).toEqual([created, true]);
    w.unmount();
  });
});
