import type { Role } from '@/api';
import { comingSoon } from '@/router/coming-soon';

export const recruitmentRoles: readonly Role[] = ['admin', 'planner', 'panel'];

export const { routes: recruitmentRoutes, nav: recruitmentNav } = comingSoon('recruitment', 'rekrutmen', 'pi pi-user-plus', recruitmentRoles);
