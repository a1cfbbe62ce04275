import { defineStore } from 'pinia';
import { ref } from 'vue';

const KEY = 'asn.scope';

/** The unit the user is looking at: every list and the dashboard are scoped to it (null = everything they may see). */
export const useScopeStore = defineStore('scope', () => {
  const saved = (() => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { id: string; name: string } | null;
    } catch {
      return null;
    }
  })();
  const unitId = ref<string | null>(saved?.id ?? null);
  const unitName = ref<string | null>(saved?.name ?? null);

  function persist() {
    try {
      if (unitId.value) sessionStorage.setItem(KEY, JSON.stringify({ id: unitId.value, name: unitName.value }));
      else sessionStorage.removeItem(KEY);
    } catch {
      /* ignore */
    }
  }

  function select(id: string | null, name: string | null = null) {
    unitId.value = id;
    unitName.value = id ? name : null;
    persist();
  }

  function clear() {
    select(null);
  }

  return { unitId, unitName, select, clear };
});
