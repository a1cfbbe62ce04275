import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

export const performanceRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];

export const performanceRoutes: RouteRecordRaw[] = [
  {
    path: 'kinerja',
    name: 'performance',
    component: () => import('@/components/ComingSoonView.vue'),
    props: { module: 'performance', icon: 'pi pi-bullseye' },
    meta: { titleKey: 'nav.performance', roles: performanceRoles },
  },
];

export const performanceNav: NavItem = { key: 'performance', labelKey: 'nav.performance', icon: 'pi pi-bullseye', to: { name: 'performance' }, roles: performanceRoles, soon: true };
