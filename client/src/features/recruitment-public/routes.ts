import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';

/** Who may open the panelist's screens (the committee sees them too, for support). */
export const interviewRoles: readonly Role[] = ['admin', 'planner', 'panel'];

type Area = typeof import('./area');
type ViewName = keyof Area['views'];
/** The area is one chunk with its messages: a page resolves once both are there. */
const view = (name: ViewName) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));

/** Public recruitment pages (outside the signed-in layout): rules, registration, status, announcements. */
export const recruitmentPublicRoutes: RouteRecordRaw[] = [
  { path: '/seleksi', name: 'selection-rounds', component: view('PublicRoundsView'), meta: { titleKey: 'nav.recruitmentRounds', public: true } },
  { path: '/seleksi/status', name: 'selection-status', component: view('StatusCheckView'), meta: { titleKey: 'nav.recruitmentStatus', public: true } },
  { path: '/seleksi/:roundId', name: 'selection-round', component: view('PublicRoundView'), props: true, meta: { titleKey: 'nav.recruitmentRound', public: true } },
  {
    path: '/seleksi/:roundId/daftar',
    name: 'selection-register',
    component: view('RegisterView'),
    props: true,
    meta: { titleKey: 'nav.recruitmentRegister', public: true },
  },
  {
    path: '/pengumuman-seleksi/:roundId',
    name: 'selection-announcement',
    component: view('AnnouncementView'),
    props: true,
    meta: { titleKey: 'nav.recruitmentAnnouncement', public: true },
  },
];

/** The panelist's pages (inside the signed-in layout): assigned interviews and the scoring screen. */
export const recruitmentPanelRoutes: RouteRecordRaw[] = [
  { path: 'rekrutmen/wawancara', name: 'recruitment-interviews', component: view('InterviewsView'), meta: { titleKey: 'nav.recruitmentInterviews', roles: interviewRoles } },
  {
    path: 'rekrutmen/wawancara/:id',
    name: 'recruitment-interview',
    component: view('InterviewView'),
    props: true,
    meta: { titleKey: 'nav.recruitmentInterview', roles: interviewRoles },
  },
];
