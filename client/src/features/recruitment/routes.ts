import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

export const recruitmentRoles: readonly Role[] = ['admin', 'planner', 'panel'];

export const recruitmentRoutes: RouteRecordRaw[] = [
  {
    path: 'rekrutmen',
    name: 'recruitment',
    component: () => import('@/components/ComingSoonView.vue'),
    props: { module: 'recruitment', icon: 'pi pi-user-plus' },
    meta: { titleKey: 'nav.recruitment', roles: recruitmentRoles },
  },
];

export const recruitmentNav: NavItem = { key: 'recruitment', labelKey: 'nav.recruitment', icon: 'pi pi-user-plus', to: { name: 'recruitment' }, roles: recruitmentRoles, soon: true };
