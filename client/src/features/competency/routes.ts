import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

export const competencyRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];

export const competencyRoutes: RouteRecordRaw[] = [
  {
    path: 'kompetensi',
    name: 'competency',
    component: () => import('@/components/ComingSoonView.vue'),
    props: { module: 'competency', icon: 'pi pi-graduation-cap' },
    meta: { titleKey: 'nav.competency', roles: competencyRoles },
  },
];

export const competencyNav: NavItem = { key: 'competency', labelKey: 'nav.competency', icon: 'pi pi-graduation-cap', to: { name: 'competency' }, roles: competencyRoles, soon: true };
