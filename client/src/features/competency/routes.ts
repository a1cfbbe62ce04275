import type { Role } from '@/api';
import { comingSoon } from '@/router/coming-soon';

export const competencyRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];

export const { routes: competencyRoutes, nav: competencyNav } = comingSoon('competency', 'kompetensi', 'pi pi-graduation-cap', competencyRoles);
