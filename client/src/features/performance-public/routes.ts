import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

/** Who manages a unit's IKM (services, QR codes, report, comments): the unit's staff above the employee. */
export const ikmStaffRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];

type PublicArea = typeof import('./area');
type StaffArea = typeof import('./staff/area');
/** Each area is one chunk with its messages: a page resolves once both are there (the phone never loads the staff pages). */
const view = (name: keyof PublicArea['views']) => () => import('./area').then(async (m) => (await m.ready(), m.views[name]));
const staffView = (name: keyof StaffArea['views']) => () => import('./staff/area').then(async (m) => (await m.ready(), m.views[name]));

/** Public pages (no login, phone first): choose a service or arrive by its desk's QR code, rate it; the published IKM. */
export const performancePublicRoutes: RouteRecordRaw[] = [
  { path: '/umpan-balik', name: 'feedback-services', component: view('ServicePickerView'), meta: { titleKey: 'performancePublic.titles.feedback', public: true } },
  {
    path: '/umpan-balik/:code',
    name: 'feedback-form',
    component: view('FeedbackView'),
    props: true,
    meta: { titleKey: 'performancePublic.titles.feedbackService', public: true },
  },
  { path: '/ikm', name: 'ikm-public', component: view('PublicIkmView'), meta: { titleKey: 'performancePublic.titles.ikm', public: true } },
];

/**
 * The staff's IKM pages, as children of the Kinerja area's `kinerja` route (signed-in layout): `ikm` (report),
 * `ikm/layanan` (services), `ikm/layanan/:id/qr` (printable QR), `ikm/komentar` (moderation) — mounted with
 * `children: [..., ...performancePublicStaffRoutes]`, and `performancePublicStaffNav` among the area's nav children.
 */
export const performancePublicStaffRoutes: RouteRecordRaw[] = [
  { path: 'ikm', name: 'performance-ikm-report', component: staffView('IkmReportView'), meta: { titleKey: 'performancePublic.titles.staffReport', roles: ikmStaffRoles } },
  {
    path: 'ikm/layanan',
    name: 'performance-ikm-services',
    component: staffView('IkmServicesView'),
    meta: { titleKey: 'performancePublic.titles.staffServices', roles: ikmStaffRoles },
  },
  {
    path: 'ikm/layanan/:id/qr',
    name: 'performance-ikm-qr',
    component: staffView('IkmQrView'),
    props: true,
    meta: { titleKey: 'performancePublic.titles.staffQr', roles: ikmStaffRoles },
  },
  {
    path: 'ikm/komentar',
    name: 'performance-ikm-comments',
    component: staffView('IkmCommentsView'),
    meta: { titleKey: 'performancePublic.titles.staffComments', roles: ikmStaffRoles },
  },
];

/**
 * The Kinerja area's navigation entry for the IKM pages. The side navigation shows before this area's messages load, so
 * its label must be in the base locales (`nav.performanceIkm`: 'IKM layanan' / 'Service IKM' — in src/i18n/locales/<lang>/index.ts).
 */
export const performancePublicStaffNav: NavItem = {
  key: 'performance-ikm',
  labelKey: 'nav.performanceIkm',
  icon: 'pi pi-star',
  to: { name: 'performance-ikm-report' },
  roles: ikmStaffRoles,
};
