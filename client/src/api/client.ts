import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorFromResponse } from './errors';
import type { paths } from './types';

/** What the API client needs from the session and the language, injected so the client stays testable. */
export interface ApiHooks {
  getAccessToken(): string | null;
  /** Renews the access token with the refresh token (rotating it); resolves null when the session cannot be renewed. */
  refresh(): Promise<string | null>;
  /** Called once a request failed because the session is over (refresh refused, or 401 after a retry). */
  onSessionExpired(): void;
  getLocale(): string;
}

/** Auth entry points never trigger refresh-and-retry (their 401 means "wrong credentials", not "expired"). */
const isAuthEntry = (schemaPath: string) => /^\/api\/v1\/auth\/(login|refresh|logout)$/.test(schemaPath);

/**
 * The middleware every call goes through: bearer token, Accept-Language, refresh-and-retry once on
 * 401 TOKEN_EXPIRED (concurrent 401s share one refresh: refresh tokens are single-use), and any
 * non-2xx answer thrown as a typed ApiError (so `data` is always present when a call returns).
 */
export function apiMiddleware(hooks: ApiHooks): Middleware {
  const pending = new Map<string, Request>();
  let refreshing: Promise<string | null> | null = null;
  const refreshOnce = () =>
    (refreshing ??= hooks
      .refresh()
      .catch(() => null)
      .finally(() => {
        refreshing = null;
      }));

  return {
    onRequest({ request, schemaPath, id }) {
      request.headers.set('Accept-Language', hooks.getLocale());
      const token = hooks.getAccessToken();
      if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
      // keep a replayable copy: the body of the original is consumed by the first attempt
      if (!isAuthEntry(schemaPath)) pending.set(id, request.clone());
      return request;
    },
    async onResponse({ response, schemaPath, id, options }) {
      const replay = pending.get(id);
      pending.delete(id);
      if (response.ok) return response;
      if (response.status !== 401 || !replay || isAuthEntry(schemaPath)) throw await apiErrorFromResponse(response);

      const problem = await apiErrorFromResponse(response);
      if (problem.code !== 'TOKEN_EXPIRED') {
        if (replay.headers.has('Authorization')) hooks.onSessionExpired();
        throw problem;
      }
      const token = await refreshOnce();
      if (!token) {
        hooks.onSessionExpired();
        throw new ApiError({ status: 401, code: 'SESSION_EXPIRED', detail: problem.detail, correlationId: problem.correlationId });
      }
      replay.headers.set('Authorization', `Bearer ${token}`);
      const retried = await options.fetch(replay);
      if (retried.ok) return retried;
      const err = await apiErrorFromResponse(retried);
      if (retried.status === 401) hooks.onSessionExpired();
      throw err;
    },
    onError({ error, id }) {
      pending.delete(id);
      return error instanceof ApiError ? error : ApiError.network(error);
    },
  };
}

export function createApiClient(options: { hooks: ApiHooks; baseUrl?: string; fetch?: typeof globalThis.fetch }) {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch ?? ((req: Request) => globalThis.fetch(req)) });
  client.use(apiMiddleware(options.hooks));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Awaits an openapi-fetch call and returns its data (the middleware already threw an ApiError on failure). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const result = await call;
  if (!result.response.ok) throw await apiErrorFromResponse(result.response);
  return result.data as T;
}

/**
 * A fetch for one request that reports upload progress (fetch cannot): same Request in, Response out,
 * so the call still goes through the client and its middleware.
 */
export function fetchWithUploadProgress(onProgress: (fraction: number) => void): typeof globalThis.fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : await req.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(req.method, req.url);
      req.headers.forEach((value, key) => xhr.setRequestHeader(key, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
      };
      xhr.upload.onload = () => onProgress(1);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const i = line.indexOf(':');
          if (i > 0) headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
        }
        resolve(new Response(xhr.status === 204 ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
      req.signal.addEventListener('abort', () => xhr.abort());
      xhr.send(body);
    });
  };
}
