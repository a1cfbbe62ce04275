import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '@/router/types';

export const homeRoutes: RouteRecordRaw[] = [{ path: '', name: 'home', component: () => import('./views/HomeView.vue'), meta: { titleKey: 'nav.home' } }];

export const homeNav: NavItem = { key: 'home', labelKey: 'nav.home', icon: 'pi pi-home', to: { name: 'home' } };
