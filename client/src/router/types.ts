import type { Role } from '@/api';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title and breadcrumbs). */
    titleKey?: string;
    /** Roles allowed; checked on every matched record. Absent = any signed-in user. */
    roles?: readonly Role[];
    /** Reachable without signing in. */
    public?: boolean;
  }
}

/** One entry of the side navigation. */
export interface NavItem {
  key: string;
  labelKey: string;
  icon: string;
  to: { name: string };
  roles?: readonly Role[];
  /** The module is announced but not built yet. */
  soon?: boolean;
  children?: NavItem[];
}

export {};
