import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import type { Role } from '@/api';
import { useSessionStore } from '@/stores/session';
import { guard, navigationFor } from './index';

const route = (name: string, roles?: Role[], extra: Partial<RouteLocationNormalized> = {}) =>
  ({ name, fullPath: `/${name}`, path: `/${name}`, query: {}, meta: { roles }, matched: [{ meta: { roles } }], ...extra }) as unknown as RouteLocationNormalized;

function signIn(role: Role) {
  const s = useSessionStore();
  s.status = 'ready';
  s.accessToken = 'a';
  s.user = { id: 'u', kind: 'user', username: 'x', displayName: 'X', role, unitId: null, unitName: null, employeeId: null, scopes: [] };
}

beforeEach(() => {
  setActivePinia(createPinia());
  localStorage.clear();
});

describe('router guard', () => {
  it('should send a stranger to sign in, keeping where they were going', async () => {
    useSessionStore().status = 'ready';
    expect(await guard(route('employees', ['admin']))).toEqual({ name: 'sign-in', query: { redirect: '/employees' } });
  });
  it('should refuse a page the role may not use', async () => {
    signIn('operator');
    expect(await guard(route('users', ['admin']))).toEqual({ name: 'forbidden' });
    expect(await guard(route('employees', ['admin', 'operator']))).toBe(true);
  });
  it('should show each role only the modules it may use', () => {
    const keys = (r: Role) => navigationFor(r).map((i) => i.key);
    expect(keys('operator')).toEqual(['home', 'needs', 'competency', 'recruitment', 'performance', 'master-data']);
    expect(keys('panel')).toEqual(['home', 'recruitment']);
    expect(
      navigationFor('panel')
        .find((i) => i.key === 'recruitment')
        ?.children?.map((c) => c.key),
    ).toEqual(['recruitment-interviews']);
    expect(keys('admin')).toContain('admin');
    expect(
      navigationFor('leader')
        .find((i) => i.key === 'master-data')
        ?.children?.map((c) => c.key),
    ).toEqual(['employees', 'positions']);
  });
});
