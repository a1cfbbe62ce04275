import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

export const needsRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];

export const needsRoutes: RouteRecordRaw[] = [
  {
    path: 'kebutuhan',
    name: 'needs',
    component: () => import('@/components/ComingSoonView.vue'),
    props: { module: 'needs', icon: 'pi pi-chart-line' },
    meta: { titleKey: 'nav.needs', roles: needsRoles },
  },
];

export const needsNav: NavItem = { key: 'needs', labelKey: 'nav.needs', icon: 'pi pi-chart-line', to: { name: 'needs' }, roles: needsRoles, soon: true };
