import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';
import { useSessionStore } from '@/stores/session';
import { performancePublicStaffNav, performancePublicStaffRoutes } from '@/features/performance-public/routes';

/**
 * Who uses the Kinerja area: every employee keeps their own targets (SKP) and reports progress; leaders also watch
 * their subtree live, approve plans and reports, coach and appraise; operators, planners and admins watch and check
 * their scope, and the city view is for them.
 */
export const performanceRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];
/** People with a plan of their own (a login linked to an employee). */
export const targetRoles: readonly Role[] = ['leader', 'employee'];
/** Who watches a subtree: the live board, coaching, evaluations and the distribution check. */
export const boardRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];
/** Who approves plans and reports (the direct leader). */
export const inboxRoles: readonly Role[] = ['leader'];
/** The city view by unit. */
export const cityRoles: readonly Role[] = ['admin', 'planner', 'operator'];

type Area = typeof import('./area');
type ViewName = keyof Area['views'];
/** The area is one chunk with its messages: a page resolves once both are there. */
const view = (name: ViewName) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));

export const performanceRoutes: RouteRecordRaw[] = [
  {
    path: 'kinerja',
    meta: { titleKey: 'nav.performance', roles: performanceRoles },
    children: [
      { path: '', name: 'performance', redirect: () => (useSessionStore().role === 'employee' ? { name: 'performance-mine' } : { name: 'performance-board' }) },
      { path: 'target-saya', name: 'performance-mine', component: view('MyTargetsView'), meta: { titleKey: 'nav.performanceMine', roles: targetRoles } },
      { path: 'papan', name: 'performance-board', component: view('BoardView'), meta: { titleKey: 'nav.performanceBoard', roles: boardRoles } },
      { path: 'persetujuan', name: 'performance-inbox', component: view('InboxView'), meta: { titleKey: 'nav.performanceInbox', roles: inboxRoles } },
      { path: 'coaching', name: 'performance-coaching', component: view('CoachingView'), meta: { titleKey: 'nav.performanceCoaching', roles: boardRoles } },
      {
        path: 'evaluasi/:planId',
        name: 'performance-evaluation',
        component: view('EvaluationView'),
        props: true,
        meta: { titleKey: 'nav.performanceEvaluation', roles: boardRoles },
      },
      { path: 'distribusi', name: 'performance-distribution', component: view('DistributionView'), meta: { titleKey: 'nav.performanceDistribution', roles: boardRoles } },
      { path: 'kota', name: 'performance-city', component: view('CityView'), meta: { titleKey: 'nav.performanceCity', roles: cityRoles } },
      // IKM staff pages (services and QR codes, the unit report, comment moderation) live with the public feedback area
      ...performancePublicStaffRoutes,
    ],
  },
];

export const performanceNav: NavItem = {
  key: 'performance',
  labelKey: 'nav.performance',
  icon: 'pi pi-bullseye',
  to: { name: 'performance' },
  roles: performanceRoles,
  children: [
    { key: 'performance-mine', labelKey: 'nav.performanceMine', icon: 'pi pi-flag', to: { name: 'performance-mine' }, roles: targetRoles },
    { key: 'performance-board', labelKey: 'nav.performanceBoard', icon: 'pi pi-chart-line', to: { name: 'performance-board' }, roles: boardRoles },
    { key: 'performance-inbox', labelKey: 'nav.performanceInbox', icon: 'pi pi-inbox', to: { name: 'performance-inbox' }, roles: inboxRoles },
    { key: 'performance-coaching', labelKey: 'nav.performanceCoaching', icon: 'pi pi-comments', to: { name: 'performance-coaching' }, roles: boardRoles },
    { key: 'performance-distribution', labelKey: 'nav.performanceDistribution', icon: 'pi pi-chart-bar', to: { name: 'performance-distribution' }, roles: boardRoles },
    { key: 'performance-city', labelKey: 'nav.performanceCity', icon: 'pi pi-building', to: { name: 'performance-city' }, roles: cityRoles },
    performancePublicStaffNav,
  ],
};
