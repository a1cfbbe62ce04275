import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, unwrap, type Me, type Role } from '@/api';

export const REFRESH_TOKEN_KEY = 'asn.refreshToken';

const storage = {
  get: () => {
    try {
      return localStorage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set: (v: string | null) => {
    try {
      if (v) localStorage.setItem(REFRESH_TOKEN_KEY, v);
      else localStorage.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      /* storage unavailable: the session lasts for this page */
    }
  },
};

/** Runs `fn` holding a lock shared by every tab, so two tabs never spend the same single-use refresh token. */
async function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request('asn-refresh', fn) as Promise<T>) : fn();
}

/**
 * The session: the access token lives in memory only, the rotating refresh token in localStorage
 * (so a reload keeps you signed in), renewed silently a minute before the access token expires.
 */
export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null);
  const user = ref<Me | null>(null);
  /** idle: not yet restored after a page load; ready: restored (signed in or not). */
  const status = ref<'idle' | 'restoring' | 'ready'>('idle');
  /** Why the last session ended, for the sign-in page: 'expired' or 'signedOut'. */
  const endReason = ref<'expired' | 'signedOut' | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<string | null> | null = null;

  const isAuthenticated = computed(() => !!accessToken.value && !!user.value);
  const role = computed<Role | null>(() => user.value?.role ?? null);
  const hasRole = (...roles: Role[]) => !!role.value && roles.includes(role.value);

  function schedule(expiresInSeconds: number) {
    clearTimeout(timer);
    const ms = Math.max(5, expiresInSeconds - 60) * 1000;
    timer = setTimeout(() => void refresh(), ms);
  }

  function accept(pair: { accessToken: string; refreshToken: string; expiresIn: number }) {
    accessToken.value = pair.accessToken;
    storage.set(pair.refreshToken);
    schedule(pair.expiresIn);
  }

  function clear() {
    clearTimeout(timer);
    accessToken.value = null;
    user.value = null;
    storage.set(null);
  }

  async function login(username: string, password: string): Promise<void> {
    const pair = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }));
    accept(pair);
    user.value = await unwrap(api.GET('/api/v1/auth/me'));
    endReason.value = null;
    status.value = 'ready';
  }

  /** Renews the access token; resolves null (and ends the session) when the refresh token is refused. */
  function refresh(): Promise<string | null> {
    refreshing ??= withRefreshLock(async () => {
      // read it inside the lock: another tab may have rotated it a moment ago
      const token = storage.get();
      if (!token) return null;
      try {
        const pair = await unwrap(api.POST('/api/v1/auth/refresh', { body: { refreshToken: token } }));
        accept(pair);
        return pair.accessToken;
      } catch {
        return null;
      }
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  let restoring: Promise<void> | null = null;
  /** The refresh of the restore in progress: resolves with the access token before the user is loaded. */
  let renewing: Promise<string | null> = Promise.resolve(null);

  /**
   * After a page load: a stored refresh token brings the session back without asking for the password.
   * Called as early as possible (and again by the router guard, which gets the same restore).
   */
  function restore(): Promise<void> {
    restoring ??= (async () => {
      if (status.value !== 'idle') return;
      status.value = 'restoring';
      try {
        renewing = storage.get() ? refresh() : Promise.resolve(null);
        if (await renewing) user.value = await unwrap(api.GET('/api/v1/auth/me'));
      } catch {
        clear();
      } finally {
        if (!user.value) accessToken.value = null;
        status.value = 'ready';
      }
    })();
    return restoring;
  }

  /** The access token once a restore has it, without waiting for the user (null when there is no session). */
  function accessTokenReady(): Promise<string | null> {
    return status.value === 'restoring' ? renewing.catch(() => null) : Promise.resolve(accessToken.value);
  }

  async function logout(): Promise<void> {
    const token = storage.get();
    clear();
    endReason.value = 'signedOut';
    if (token) await api.POST('/api/v1/auth/logout', { body: { refreshToken: token } }).catch(() => undefined);
  }

  /** The server refused the session (refresh failed, or 401 after a retry). */
  function expire(): void {
    if (!accessToken.value && !user.value) return;
    clear();
    endReason.value = 'expired';
  }

  /** Another tab signed out (its refresh token disappeared): follow it. */
  function onStorage(e: StorageEvent): boolean {
    if (e.key === REFRESH_TOKEN_KEY && e.newValue === null && isAuthenticated.value) {
      clearTimeout(timer);
      accessToken.value = null;
      user.value = null;
      endReason.value = 'signedOut';
      return true;
    }
    return false;
  }

  return { accessToken, user, status, endReason, isAuthenticated, role, hasRole, login, refresh, restore, accessTokenReady, logout, expire, onStorage };
});
