import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from '@/api';
import { json, stubApi } from '@/test-utils';
import { REFRESH_TOKEN_KEY, useSessionStore } from './session';

const me = {
  id: 'u1',
  kind: 'user',
  username: 'operator.dinkes',
  displayName: 'Operator',
  role: 'operator',
  unitId: 'd1',
  unitName: 'Dinas Kesehatan',
  employeeId: null,
  scopes: [],
};

beforeEach(() => {
  setActivePinia(createPinia());
  const s = useSessionStore();
  configureApi({ getAccessToken: () => s.accessToken, refresh: () => s.refresh(), onSessionExpired: () => s.expire() });
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('session store', () => {
  it('should restore the session after a reload from the stored refresh token, rotating it', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'r1');
    const { calls } = stubApi({
      'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'a2', refreshToken: 'r2', expiresIn: 900, tokenType: 'Bearer' }),
      'GET /api/v1/auth/me': () => json(200, me),
    });
    const s = useSessionStore();
    await s.restore();
    expect(s.isAuthenticated).toBe(true);
    expect(s.user?.unitName).toBe('Dinas Kesehatan');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r2');
    expect(await calls[0].json()).toEqual({ refreshToken: 'r1' });
    expect(calls[1].headers.get('Authorization')).toBe('Bearer a2');
  });

  it('should stay signed out when the stored refresh token is refused', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'stale');
    stubApi({ 'POST /api/v1/auth/refresh': () => json(401, { status: 401, code: 'INVALID_REFRESH_TOKEN', detail: 'x' }) });
    const s = useSessionStore();
    await s.restore();
    expect(s.isAuthenticated).toBe(false);
    expect(s.status).toBe('ready');
  });

  it('should say the session expired when the server refuses it mid-work', async () => {
    stubApi({
      'POST /api/v1/auth/login': () => json(200, { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900, tokenType: 'Bearer' }),
      'GET /api/v1/auth/me': () => json(200, me),
      'POST /api/v1/auth/refresh': () => json(401, { status: 401, code: 'REFRESH_TOKEN_REUSED', detail: 'x' }),
      'GET /api/v1/users': () => json(401, { status: 401, code: 'TOKEN_EXPIRED', detail: 'expired' }),
    });
    const s = useSessionStore();
    await s.login('operator.dinkes', 'pw');
    expect(s.isAuthenticated).toBe(true);
    const { api, unwrap } = await import('@/api');
    await expect(unwrap(api.GET('/api/v1/users'))).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(s.isAuthenticated).toBe(false);
    expect(s.endReason).toBe('expired');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });
});
