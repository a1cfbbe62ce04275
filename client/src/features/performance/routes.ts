import type { Role } from '@/api';
import { comingSoon } from '@/router/coming-soon';

export const performanceRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];

export const { routes: performanceRoutes, nav: performanceNav } = comingSoon('performance', 'kinerja', 'pi pi-bullseye', performanceRoles);
