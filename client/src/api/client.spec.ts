import { describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap, type ApiHooks } from './client';
import { ApiError } from './errors';

const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title: code, status, detail: `${code} detail`, instance: '/x', code, correlationId: 'corr-1', ...extra }, 'application/problem+json');
const page = { items: [], total: 0, page: 1, pageSize: 20 };

function setup(responder: (req: Request, n: number) => Response | Promise<Response>, hooks: Partial<ApiHooks> = {}) {
  const seen: Request[] = [];
  const fetch = vi.fn(async (req: Request) => {
    seen.push(req.clone());
    return responder(req, seen.length);
  });
  let token = 'old-token';
  const h: ApiHooks = {
    getAccessToken: () => token,
    refresh: vi.fn(() => {
      token = 'new-token';
      return Promise.resolve(token);
    }),
    onSessionExpired: vi.fn(),
    getLocale: () => 'id',
    ...hooks,
  };
  const client = createApiClient({ hooks: h, baseUrl: 'http://api.test', fetch: fetch as unknown as typeof globalThis.fetch });
  return { client, fetch, seen, hooks: h };
}

describe('API client middleware', () => {
  it('should send the bearer token and Accept-Language when signed in', async () => {
    const { client, seen } = setup(() => json(200, page));
    await unwrap(client.GET('/api/v1/users'));
    expect(seen[0].headers.get('Authorization')).toBe('Bearer old-token');
    expect(seen[0].headers.get('Accept-Language')).toBe('id');
  });

  it('should refresh once and retry the request with the new token when the access token expired', async () => {
    const { client, seen, hooks } = setup((req) => (req.headers.get('Authorization') === 'Bearer old-token' ? problem(401, 'TOKEN_EXPIRED') : json(200, page)));
    const data = await unwrap(client.GET('/api/v1/users'));
    expect(data).toEqual(page);
    expect(hooks.refresh).toHaveBeenCalledTimes(1);
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old-token', 'Bearer new-token']);
  });

  it('should replay the request body when retrying a POST after refresh', async () => {
    const { client, seen } = setup((req) => (req.headers.get('Authorization') === 'Bearer old-token' ? problem(401, 'TOKEN_EXPIRED') : json(201, { id: 'k1' })));
    await unwrap(client.POST('/api/v1/api-keys', { body: { name: 'SIMPEG', scopes: ['employees:read'] } }));
    expect(await seen[1].json()).toEqual({ name: 'SIMPEG', scopes: ['employees:read'] });
  });

  it('should share one refresh between concurrent requests that all got 401', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const refresh = vi.fn(async () => {
      await gate;
      return 'new-token';
    });
    let token = 'old-token';
    const { client } = setup((req) => (req.headers.get('Authorization') === 'Bearer old-token' ? problem(401, 'TOKEN_EXPIRED') : json(200, page)), {
      getAccessToken: () => token,
      refresh: async () => {
        const t = await refresh();
        token = t;
        return t;
      },
    });
    const calls = [unwrap(client.GET('/api/v1/users')), unwrap(client.GET('/api/v1/api-keys')), unwrap(client.GET('/api/v1/audit-events'))];
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all(calls);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('should not retry a second time and should end the session when the retry is also refused', async () => {
    const { client, fetch, hooks } = setup(() => problem(401, 'TOKEN_EXPIRED'));
    await expect(unwrap(client.GET('/api/v1/users'))).rejects.toMatchObject({ status: 401 });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(hooks.refresh).toHaveBeenCalledTimes(1);
    expect(hooks.onSessionExpired).toHaveBeenCalled();
  });

  it('should end the session with SESSION_EXPIRED when the refresh token is refused', async () => {
    const { client, fetch, hooks } = setup(() => problem(401, 'TOKEN_EXPIRED'), { refresh: vi.fn(() => Promise.resolve(null)) });
    const err = await unwrap(client.GET('/api/v1/users')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('SESSION_EXPIRED');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(hooks.onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('should never refresh for a failed sign-in', async () => {
    const { client, hooks } = setup(() => problem(401, 'INVALID_CREDENTIALS'));
    await expect(unwrap(client.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } }))).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(hooks.refresh).not.toHaveBeenCalled();
    expect(hooks.onSessionExpired).not.toHaveBeenCalled();
  });

  it('should turn a problem+json body into a typed ApiError with field errors', async () => {
    const { client } = setup(() => problem(400, 'VALIDATION_FAILED', { errors: [{ path: 'username', code: 'unique', message: 'username must be unique' }] }));
    const err = (await unwrap(client.POST('/api/v1/users', { body: { username: 'x', password: 'y', displayName: 'z', role: 'admin' } })).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.correlationId).toBe('corr-1');
    expect(err.fieldMap().username?.code).toBe('unique');
  });

  it('should keep problem extension members such as an import report', async () => {
    const report = { totalRows: 2, errorCount: 1, errors: [{ row: 3, column: 'nip', value: '1', code: 'nip_format', message: 'x' }] };
    const { client } = setup(() => problem(422, 'IMPORT_ROWS_INVALID', { report }));
    const err = (await unwrap(client.GET('/api/v1/users')).catch((e: unknown) => e)) as ApiError;
    expect(err.problem?.report).toEqual(report);
  });

  it('should report a network failure as NETWORK_ERROR', async () => {
    const { client } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(client.GET('/api/v1/users'))).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('should map a non-problem error body by status', async () => {
    const { client } = setup(() => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(unwrap(client.GET('/api/v1/users'))).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
  });
});
