import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';
import { prefetchEmployeeList } from './employee-list';

/** Who may read master data, and who may change it (the server enforces the same). */
export const masterDataRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];
export const masterDataWriters: readonly Role[] = ['admin', 'planner', 'operator'];

export const masterDataRoutes: RouteRecordRaw[] = [
  {
    path: 'data-induk',
    component: () => import('./views/MasterDataLayout.vue'),
    meta: { titleKey: 'nav.masterData', roles: masterDataRoles },
    children: [
      { path: '', name: 'master-data', redirect: { name: 'employees' } },
      {
        path: 'pegawai',
        name: 'employees',
        component: () => import('./views/EmployeesView.vue'),
        meta: { titleKey: 'nav.employees', prefetch: prefetchEmployeeList },
      },
      { path: 'pegawai/:id', name: 'employee', component: () => import('./views/EmployeeDetailView.vue'), props: true, meta: { titleKey: 'nav.employees' } },
      { path: 'jabatan', name: 'positions', component: () => import('./views/PositionsView.vue'), meta: { titleKey: 'nav.positions' } },
      { path: 'impor', name: 'employee-import', component: () => import('./views/ImportView.vue'), meta: { titleKey: 'nav.import', roles: masterDataWriters } },
    ],
  },
];

export const masterDataNav: NavItem = {
  key: 'master-data',
  labelKey: 'nav.masterData',
  icon: 'pi pi-database',
  to: { name: 'employees' },
  roles: masterDataRoles,
  children: [
    { key: 'employees', labelKey: 'nav.employees', icon: 'pi pi-users', to: { name: 'employees' } },
    { key: 'positions', labelKey: 'nav.positions', icon: 'pi pi-sitemap', to: { name: 'positions' } },
    { key: 'import', labelKey: 'nav.import', icon: 'pi pi-upload', to: { name: 'employee-import' }, roles: masterDataWriters },
  ],
};
