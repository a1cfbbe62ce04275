import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

/** Who may read the competency area, who reads across people (standards, gaps, heatmap), and who changes them. */
export const competencyRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];
export const competencyReaders: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];
export const competencyWriters: readonly Role[] = ['admin', 'planner', 'operator'];
/** The dictionary is the city's: BKPP edits it. */
export const dictionaryEditors: readonly Role[] = ['admin', 'planner'];

type Area = typeof import('./area');
type ViewName = keyof Area['views'];
/** The area is one chunk with its messages: a page resolves once both are there. */
const view = (name: ViewName) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));

export const competencyRoutes: RouteRecordRaw[] = [
  {
    path: 'kompetensi',
    meta: { titleKey: 'nav.competency', roles: competencyRoles },
    children: [
      { path: '', name: 'competency', component: view('CompetencyHomeView'), meta: { titleKey: 'nav.competency' } },
      { path: 'kesenjangan', name: 'competency-gaps', component: view('UnitGapsView'), meta: { titleKey: 'nav.competencyGaps', roles: competencyReaders } },
      { path: 'peta', name: 'competency-heatmap', component: view('HeatmapView'), meta: { titleKey: 'nav.competencyHeatmap', roles: competencyReaders } },
      { path: 'standar', name: 'competency-standards', component: view('StandardEditorView'), meta: { titleKey: 'nav.competencyStandards', roles: competencyReaders } },
      {
        path: 'standar/:id',
        name: 'competency-standard',
        component: view('StandardEditorView'),
        props: true,
        meta: { titleKey: 'nav.competencyStandards', roles: competencyReaders },
      },
      { path: 'kamus', name: 'competency-dictionary', component: view('DictionaryView'), meta: { titleKey: 'nav.competencyDictionary' } },
      { path: 'pegawai/:id', name: 'competency-employee', component: view('EmployeeCompetencyView'), props: true, meta: { titleKey: 'nav.competencyProfile' } },
      { path: 'pelatihan', name: 'training-programs', component: view('TrainingProgramsView'), meta: { titleKey: 'nav.trainingPrograms' } },
      { path: 'jadwal', name: 'training-sessions', component: view('TrainingSessionsView'), meta: { titleKey: 'nav.trainingSessions' } },
      { path: 'jadwal/:id', name: 'training-session', component: view('TrainingSessionView'), props: true, meta: { titleKey: 'nav.trainingSessions' } },
      { path: 'jp', name: 'training-hours', component: view('TrainingHoursView'), meta: { titleKey: 'nav.trainingHours' } },
      { path: 'rencana', name: 'development-plans', component: view('DevelopmentPlansView'), meta: { titleKey: 'nav.developmentPlans', roles: competencyReaders } },
      { path: 'rencana/:id', name: 'development-plan', component: view('DevelopmentPlanView'), props: true, meta: { titleKey: 'nav.developmentPlans', roles: competencyReaders } },
    ],
  },
];

/** Public pages of the area (outside the signed-in layout): checking a certificate by its code. */
export const competencyPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/verifikasi-sertifikat/:code',
    name: 'certificate-check',
    component: view('CertificateCheckView'),
    props: true,
    meta: { titleKey: 'nav.certificateCheck', public: true },
  },
];

export const competencyNav: NavItem = {
  key: 'competency',
  labelKey: 'nav.competency',
  icon: 'pi pi-graduation-cap',
  to: { name: 'competency' },
  roles: competencyRoles,
  children: [
    { key: 'competency-home', labelKey: 'nav.competencyMine', icon: 'pi pi-user', to: { name: 'competency' }, roles: ['employee'] },
    { key: 'competency-gaps', labelKey: 'nav.competencyGaps', icon: 'pi pi-list', to: { name: 'competency-gaps' }, roles: competencyReaders },
    { key: 'competency-heatmap', labelKey: 'nav.competencyHeatmap', icon: 'pi pi-th-large', to: { name: 'competency-heatmap' }, roles: competencyReaders },
    { key: 'competency-standards', labelKey: 'nav.competencyStandards', icon: 'pi pi-sliders-v', to: { name: 'competency-standards' }, roles: competencyReaders },
    { key: 'competency-dictionary', labelKey: 'nav.competencyDictionary', icon: 'pi pi-book', to: { name: 'competency-dictionary' } },
    { key: 'training-programs', labelKey: 'nav.trainingPrograms', icon: 'pi pi-bookmark', to: { name: 'training-programs' } },
    { key: 'training-sessions', labelKey: 'nav.trainingSessions', icon: 'pi pi-calendar', to: { name: 'training-sessions' } },
    { key: 'training-hours', labelKey: 'nav.trainingHours', icon: 'pi pi-stopwatch', to: { name: 'training-hours' } },
    { key: 'development-plans', labelKey: 'nav.developmentPlans', icon: 'pi pi-wallet', to: { name: 'development-plans' }, roles: competencyReaders },
  ],
};
