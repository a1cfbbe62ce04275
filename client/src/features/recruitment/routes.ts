import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';
import { useSessionStore } from '@/stores/session';

/**
 * Who uses the recruitment area: BKPSDM runs the rounds (admin, planner), unit operators and leaders read their
 * subtree's vacancies and applications (operators also check documents), and the selection panel only scores the
 * interviews assigned to it (its pages live in features/recruitment-public).
 */
export const recruitmentRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'panel'];
export const recruitmentReaders: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];
export const recruitmentVerifiers: readonly Role[] = ['admin', 'planner', 'operator'];
export const recruitmentManagers: readonly Role[] = ['admin', 'planner'];
/** Who sees the panel's interview pages from the navigation. */
export const interviewRoles: readonly Role[] = ['admin', 'planner', 'panel'];

type Area = typeof import('./area');
type ViewName = keyof Area['views'];
/** The area is one chunk with its messages: a page resolves once both are there. */
const view = (name: ViewName) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));

export const recruitmentRoutes: RouteRecordRaw[] = [
  {
    path: 'rekrutmen',
    meta: { titleKey: 'nav.recruitment', roles: recruitmentRoles },
    children: [
      // the area's entry: the panel goes to its interviews, everyone else to the rounds
      { path: '', name: 'recruitment', redirect: () => (useSessionStore().role === 'panel' ? { name: 'recruitment-interviews' } : { name: 'recruitment-rounds' }) },
      { path: 'periode', name: 'recruitment-rounds', component: view('RoundsView'), meta: { titleKey: 'nav.recruitmentPeriods', roles: recruitmentReaders } },
      {
        path: 'periode/baru',
        name: 'recruitment-round-new',
        component: view('RoundWizardView'),
        meta: { titleKey: 'recruitment.wizard.newTitle', roles: recruitmentManagers },
      },
      {
        path: 'periode/:id/ubah',
        name: 'recruitment-round-edit',
        component: view('RoundWizardView'),
        props: true,
        meta: { titleKey: 'recruitment.wizard.editTitle', roles: recruitmentManagers },
      },
      {
        path: 'periode/:id/:tab(lowongan|pelamar|sanggah|nilai|wawancara|peringkat|corong)?',
        name: 'recruitment-round',
        component: view('RoundView'),
        props: true,
        meta: { titleKey: 'nav.recruitmentPeriods', roles: recruitmentReaders },
      },
      {
        path: 'seleksi-administrasi',
        name: 'recruitment-workbench',
        component: view('WorkbenchView'),
        meta: { titleKey: 'nav.recruitmentWorkbench', roles: recruitmentReaders },
      },
      { path: 'sanggah', name: 'recruitment-appeals', component: view('AppealsView'), meta: { titleKey: 'nav.recruitmentAppeals', roles: recruitmentReaders } },
    ],
  },
];

export const recruitmentNav: NavItem = {
  key: 'recruitment',
  labelKey: 'nav.recruitment',
  icon: 'pi pi-user-plus',
  to: { name: 'recruitment' },
  roles: recruitmentRoles,
  children: [
    { key: 'recruitment-rounds', labelKey: 'nav.recruitmentPeriods', icon: 'pi pi-calendar', to: { name: 'recruitment-rounds' }, roles: recruitmentReaders },
    { key: 'recruitment-workbench', labelKey: 'nav.recruitmentWorkbench', icon: 'pi pi-check-square', to: { name: 'recruitment-workbench' }, roles: recruitmentReaders },
    { key: 'recruitment-appeals', labelKey: 'nav.recruitmentAppeals', icon: 'pi pi-inbox', to: { name: 'recruitment-appeals' }, roles: recruitmentReaders },
    { key: 'recruitment-interviews', labelKey: 'nav.recruitmentInterviews', icon: 'pi pi-comments', to: { name: 'recruitment-interviews' }, roles: interviewRoles },
  ],
};
