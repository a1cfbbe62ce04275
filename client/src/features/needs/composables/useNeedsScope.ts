import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { useUnitTree } from '@/features/master-data/composables/useUnitTree';
import type { UnitNode } from '@/features/master-data/unit-tree';
import { useScopeStore } from '@/stores/scope';
import { useSessionStore } from '@/stores/session';

export const DEFAULT_HORIZON = 5;
export const MAX_HORIZON = 10;
const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Base year and horizon as the address bar holds them (defaults: this year, 5 years; out-of-range values fall back). */
export function parseScopeQuery(query: LocationQuery, thisYear = new Date().getFullYear()) {
  const year = Number(one(query.year));
  const horizon = Number(one(query.horizon));
  return {
    baseYear: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
    horizon: Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_HORIZON ? horizon : DEFAULT_HORIZON,
  };
}

function findName(nodes: UnitNode[], id: string): string | null {
  for (const n of nodes) {
    if (n.key === id) return n.label;
    const below = findName(n.children, id);
    if (below) return below;
  }
  return null;
}

/**
 * What every needs page is computed for: a unit subtree (the unit chosen anywhere in the portal, else the user's own
 * unit or the whole city, as the server defaults), a base year and a horizon (in the address bar, so a view can be
 * shared and reloaded). `query` is what the analysis endpoints take.
 */
export function useNeedsScope() {
  const route = useRoute();
  const router = useRouter();
  const scope = useScopeStore();
  const session = useSessionStore();
  const { t } = useI18n();
  const tree = useUnitTree(() => session.user?.id);
  const thisYear = new Date().getFullYear();

  const parsed = computed(() => parseScopeQuery(route.query, thisYear));
  const setQuery = (patch: Record<string, string | undefined>) => {
    const q: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...route.query, ...patch })) if (typeof v === 'string' && v) q[k] = v;
    void router.replace({ query: q });
  };
  const baseYear = computed({
    get: () => parsed.value.baseYear,
    set: (v: number) => setQuery({ year: v === thisYear ? undefined : String(v) }),
  });
  const horizon = computed({
    get: () => parsed.value.horizon,
    set: (v: number) => setQuery({ horizon: v === DEFAULT_HORIZON ? undefined : String(v) }),
  });
  const unitId = computed({
    get: () => scope.unitId,
    set: (id: string | null) => {
      if (id) void tree.run().then((nodes) => scope.select(id, findName(nodes ?? [], id)));
      else scope.select(null);
    },
  });
  const unitName = computed(() => scope.unitName ?? session.user?.unitName ?? t('common.city'));
  const query = computed(() => ({ ...(unitId.value ? { orgUnitId: unitId.value } : {}), baseYear: baseYear.value, horizon: horizon.value }));
  /** The years a base year may be chosen from. */
  const yearOptions = computed(() => Array.from({ length: 6 }, (_, i) => thisYear - 2 + i).map((y) => ({ label: String(y), value: y })));
  const horizonOptions = computed(() => Array.from({ length: MAX_HORIZON }, (_, i) => i + 1).map((h) => ({ label: t('needs.common.years', { n: h }, h), value: h })));
  /** The year and horizon to carry over in links to other needs pages. */
  const linkQuery = computed(() => ({
    ...(baseYear.value !== thisYear ? { year: String(baseYear.value) } : {}),
    ...(horizon.value !== DEFAULT_HORIZON ? { horizon: String(horizon.value) } : {}),
  }));

  return { unitId, unitName, baseYear, horizon, query, yearOptions, horizonOptions, linkQuery, thisYear };
}
