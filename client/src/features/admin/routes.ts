import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from '@/router/types';

export const adminRoles: readonly Role[] = ['admin'];

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'administrasi',
    meta: { titleKey: 'nav.admin', roles: adminRoles },
    children: [
      { path: '', name: 'admin', redirect: { name: 'users' } },
      { path: 'pengguna', name: 'users', component: () => import('./views/UsersView.vue'), meta: { titleKey: 'nav.users' } },
      { path: 'kunci-api', name: 'api-keys', component: () => import('./views/ApiKeysView.vue'), meta: { titleKey: 'nav.apiKeys' } },
      { path: 'aturan', name: 'reference-rules', component: () => import('./views/ReferenceRulesView.vue'), meta: { titleKey: 'nav.referenceRules' } },
      { path: 'audit', name: 'audit', component: () => import('./views/AuditLogView.vue'), meta: { titleKey: 'nav.audit' } },
    ],
  },
];

export const adminNav: NavItem = {
  key: 'admin',
  labelKey: 'nav.admin',
  icon: 'pi pi-cog',
  to: { name: 'users' },
  roles: adminRoles,
  children: [
    { key: 'users', labelKey: 'nav.users', icon: 'pi pi-id-card', to: { name: 'users' } },
    { key: 'api-keys', labelKey: 'nav.apiKeys', icon: 'pi pi-key', to: { name: 'api-keys' } },
    { key: 'reference-rules', labelKey: 'nav.referenceRules', icon: 'pi pi-book', to: { name: 'reference-rules' } },
    { key: 'audit', labelKey: 'nav.audit', icon: 'pi pi-history', to: { name: 'audit' } },
  ],
};
