import type { Role } from '@/api';
import { comingSoon } from '@/router/coming-soon';

export const needsRoles: readonly Role[] = ['admin', 'planner', 'operator', 'leader'];

export const { routes: needsRoutes, nav: needsNav } = comingSoon('needs', 'kebutuhan', 'pi pi-chart-line', needsRoles);
