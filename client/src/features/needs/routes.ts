import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

/** Who may read the needs area, who may change its inputs and draft plans, and who verifies and approves. */
export const needsRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];
export const needsWriters: readonly Role[] = ['admin', 'planner', 'operator'];
export const needsPlanners: readonly Role[] = ['admin', 'planner'];

type Area = typeof import('./area');
type ViewName = keyof Area['views'];
/**
 * The needs area is one chunk (its pages share most of their code, and code several chunks share would otherwise be
 * moved into the chunk the sign-in page loads) with its messages: a page resolves once both are there.
 */
const view = (name: ViewName) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));

export const needsRoutes: RouteRecordRaw[] = [
  {
    path: 'kebutuhan',
    meta: { titleKey: 'nav.needs', roles: needsRoles },
    children: [
      { path: '', name: 'needs', component: view('NeedsDashboardView'), meta: { titleKey: 'nav.needsDashboard' } },
      { path: 'analisis', name: 'needs-analysis', component: view('NeedsAnalysisView'), meta: { titleKey: 'nav.needsAnalysis' } },
      { path: 'jabatan/:id', name: 'needs-position', component: view('PositionNeedView'), props: true, meta: { titleKey: 'needs.position.title' } },
      { path: 'norma', name: 'needs-norms', component: view('NormsView'), meta: { titleKey: 'nav.needsNorms' } },
      { path: 'wisn', name: 'needs-wisn', component: view('WisnStudiesView'), meta: { titleKey: 'nav.needsWisn' } },
      { path: 'wisn/baru', name: 'needs-wisn-new', component: view('WisnStudyView'), meta: { titleKey: 'needs.wisn.newTitle', roles: needsWriters } },
      { path: 'wisn/:id', name: 'needs-wisn-study', component: view('WisnStudyView'), props: true, meta: { titleKey: 'needs.wisn.title' } },
      { path: 'formasi', name: 'needs-plans', component: view('PlansView'), meta: { titleKey: 'nav.needsPlans' } },
      { path: 'formasi/baru', name: 'needs-plan-new', component: view('PlanCreateView'), meta: { titleKey: 'needs.planCreate.title', roles: needsWriters } },
      { path: 'formasi/:id', name: 'needs-plan', component: view('PlanView'), props: true, meta: { titleKey: 'nav.needsPlans' } },
      { path: 'persetujuan', name: 'needs-inbox', component: view('ApprovalInboxView'), meta: { titleKey: 'nav.needsInbox', roles: needsPlanners } },
      { path: 'skenario', name: 'needs-scenarios', component: view('ScenariosView'), meta: { titleKey: 'nav.needsScenarios' } },
      { path: 'skenario/:id', name: 'needs-scenario', component: view('ScenarioCompareView'), props: true, meta: { titleKey: 'nav.needsScenarios' } },
    ],
  },
];

export const needsNav: NavItem = {
  key: 'needs',
  labelKey: 'nav.needs',
  icon: 'pi pi-chart-line',
  to: { name: 'needs' },
  roles: needsRoles,
  children: [
    { key: 'needs-dashboard', labelKey: 'nav.needsDashboard', icon: 'pi pi-gauge', to: { name: 'needs' } },
    { key: 'needs-analysis', labelKey: 'nav.needsAnalysis', icon: 'pi pi-table', to: { name: 'needs-analysis' } },
    { key: 'needs-plans', labelKey: 'nav.needsPlans', icon: 'pi pi-briefcase', to: { name: 'needs-plans' } },
    { key: 'needs-inbox', labelKey: 'nav.needsInbox', icon: 'pi pi-inbox', to: { name: 'needs-inbox' }, roles: needsPlanners },
    { key: 'needs-scenarios', labelKey: 'nav.needsScenarios', icon: 'pi pi-sliders-h', to: { name: 'needs-scenarios' } },
    { key: 'needs-norms', labelKey: 'nav.needsNorms', icon: 'pi pi-book', to: { name: 'needs-norms' } },
    { key: 'needs-wisn', labelKey: 'nav.needsWisn', icon: 'pi pi-heart', to: { name: 'needs-wisn' } },
  ],
};
