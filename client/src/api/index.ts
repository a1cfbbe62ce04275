/** The one API client of the app. The session store and i18n plug their hooks in at start-up. */
import { createApiClient, type ApiHooks } from './client';

let hooks: ApiHooks = {
  getAccessToken: () => null,
  refresh: () => Promise.resolve(null),
  onSessionExpired: () => undefined,
  getLocale: () => 'id',
};

export function configureApi(next: Partial<ApiHooks>): void {
  hooks = { ...hooks, ...next };
}

export const api = createApiClient({
  hooks: {
    getAccessToken: () => hooks.getAccessToken(),
    refresh: () => hooks.refresh(),
    onSessionExpired: () => hooks.onSessionExpired(),
    getLocale: () => hooks.getLocale(),
  },
});

export { unwrap, fetchWithUploadProgress } from './client';
export { ApiError, isApiError } from './errors';
export * from './types';
