import type { RouteLocation } from 'vue-router';
import type { Role } from '@/api';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title and breadcrumbs). */
    titleKey?: string;
    /** Roles allowed; checked on every matched record. Absent = any signed-in user. */
    roles?: readonly Role[];
    /** Reachable without signing in. */
    public?: boolean;
    /** Starts the page's first request on a page load, as soon as the session has an access token (before the page's code has arrived). */
    prefetch?: (to: RouteLocation) => void;
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
