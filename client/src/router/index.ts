import { createRouter, createWebHistory, type RouteLocation, type RouteLocationNormalized, type RouteRecordRaw, type Router } from 'vue-router';
import type { Role } from '@/api';
import { adminNav, adminRoutes } from '@/features/admin/routes';
import { authRoutes } from '@/features/auth/routes';
import { competencyNav, competencyPublicRoutes, competencyRoutes } from '@/features/competency/routes';
import { homeNav, homeRoutes } from '@/features/home/routes';
import { masterDataNav, masterDataRoutes } from '@/features/master-data/routes';
import { needsNav, needsRoutes } from '@/features/needs/routes';
import { performancePublicRoutes } from '@/features/performance-public/routes';
import { performanceNav, performanceRoutes } from '@/features/performance/routes';
import { recruitmentPanelRoutes, recruitmentPublicRoutes } from '@/features/recruitment-public/routes';
import { recruitmentNav, recruitmentRoutes } from '@/features/recruitment/routes';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import type { NavItem } from './types';

export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  ...competencyPublicRoutes,
  ...recruitmentPublicRoutes,
  ...performancePublicRoutes,
  {
    path: '/',
    component: () => import('@/layouts/AppLayout.vue'),
    children: [
      ...homeRoutes,
      ...needsRoutes,
      ...competencyRoutes,
      ...recruitmentRoutes,
      ...recruitmentPanelRoutes,
      ...performanceRoutes,
      ...masterDataRoutes,
      ...adminRoutes,
      { path: 'akses-ditolak', name: 'forbidden', component: () => import('@/components/StatusView.vue'), props: { kind: 'forbidden' }, meta: { titleKey: 'app.forbidden' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/components/StatusView.vue'), props: { kind: 'notFound' }, meta: { titleKey: 'app.notFound' } },
    ],
  },
];

/** The side navigation, in the order officials think of the work. */
export const navigation: NavItem[] = [homeNav, needsNav, competencyNav, recruitmentNav, performanceNav, masterDataNav, adminNav];

export const allowed = (roles: readonly Role[] | undefined, role: Role | null) => !roles || (!!role && roles.includes(role));

/** The navigation a role may use (items and sub-items it is not allowed are left out). */
export function navigationFor(role: Role | null, items: NavItem[] = navigation): NavItem[] {
  return items.filter((i) => allowed(i.roles, role)).map((i) => (i.children ? { ...i, children: navigationFor(role, i.children) } : i));
}

/**
 * On a page load, what the page needs before it can show: its code, and (with `meta.prefetch`) its first data
 * as soon as the session has an access token. Started while the session is being restored, not after.
 */
export function preloadRoute(to: RouteLocation) {
  for (const r of to.matched) {
    const c = r.components?.default;
    if (typeof c === 'function') void (c as () => Promise<unknown>)().catch(() => undefined);
  }
  const prefetch = to.meta.prefetch;
  if (prefetch)
    void useSessionStore()
      .accessTokenReady()
      .then((token) => {
        if (token) prefetch(to);
      });
}

/** The one guard: restore the session once, send strangers to sign in, and keep each role to its pages. */
export async function guard(to: RouteLocationNormalized) {
  const session = useSessionStore();
  if (session.status !== 'ready') {
    if (session.status === 'idle') preloadRoute(to);
    await session.restore();
  }
  if (to.meta.public) {
    if (to.name === 'sign-in' && session.isAuthenticated) return typeof to.query.redirect === 'string' && to.query.redirect.startsWith('/') ? to.query.redirect : { name: 'home' };
    return true;
  }
  if (!session.isAuthenticated) return { name: 'sign-in', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  if (!to.matched.every((r) => allowed(r.meta.roles, session.role))) return { name: 'forbidden' };
  return true;
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (to, from, saved) => {
      // a page load starts at the top, and staying on the same address moves nothing: scrolling there would only
      // force an early layout of the whole page
      if (!from.matched.length || to.fullPath === from.fullPath) return saved?.top || saved?.left ? saved : false;
      return saved ?? { top: 0 };
    },
  });
  router.beforeEach(guard);
  router.afterEach((to, from) => {
    const key = to.meta.titleKey;
    document.title = `${key ? i18n.global.t(key) + ' · ' : ''}ASN Planner`;
    // move focus to the new page for keyboard and screen-reader users (not on the first load)
    if (from.matched.length && to.path !== from.path) {
      requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
    }
  });
  return router;
}
