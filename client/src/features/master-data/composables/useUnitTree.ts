import { shallowRef } from 'vue';
import { api, unwrap } from '@/api';
import { useAsync } from '@/composables/useAsync';
import { toUnitNodes, type UnitNode } from '../unit-tree';

/** The unit tree of the signed-in user (their subtree, or the whole city), loaded once per session. */
const cache = shallowRef<{ userId: string; nodes: UnitNode[] } | null>(null);

export function useUnitTree(userId: () => string | undefined) {
  const state = useAsync(async (force = false) => {
    const id = userId() ?? '';
    if (!force && cache.value?.userId === id) return cache.value.nodes;
    const tree = await unwrap(api.GET('/api/v1/org-units/tree'));
    const nodes = toUnitNodes(tree);
    cache.value = { userId: id, nodes };
    return nodes;
  });
  return state;
}
