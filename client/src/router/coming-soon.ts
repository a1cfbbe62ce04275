import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api';
import type { NavItem } from './types';

type SoonModule = 'needs' | 'competency' | 'recruitment' | 'performance';

/** The route and navigation entry of a module that is announced but not built yet (its page says what it will do). */
export function comingSoon(module: SoonModule, path: string, icon: string, roles: readonly Role[]): { routes: RouteRecordRaw[]; nav: NavItem } {
  return {
    routes: [
      {
        path,
        name: module,
        component: () => import('@/components/ComingSoonView.vue'),
        props: { module, icon },
        meta: { titleKey: `nav.${module}`, roles },
      },
    ],
    nav: { key: module, labelKey: `nav.${module}`, icon, to: { name: module }, roles, soon: true },
  };
}
