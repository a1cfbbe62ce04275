import { ref, shallowRef, watch, type Ref } from 'vue';
import { calculatePredicate } from '../api';
import type { PredicateResult, Rating } from '../types';

/**
 * The predicate the server's matrix gives a result rating and a behaviour rating, asked again whenever either changes
 * (`POST /performance/calculate/predicate`: the same code and reference rule the evaluation uses). An answer to an
 * older pair never replaces a newer one.
 */
export function usePredicatePreview(result: Ref<Rating | null>, behaviour: Ref<Rating | null>) {
  const preview = shallowRef<PredicateResult | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let seq = 0;
  async function run() {
    const mine = ++seq;
    const r = result.value;
    const b = behaviour.value;
    if (!r || !b) {
      preview.value = null;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      const got = await calculatePredicate(r, b);
      if (mine === seq) preview.value = got;
    } catch (e) {
      if (mine === seq) {
        error.value = e;
        preview.value = null;
      }
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  watch([result, behaviour], () => void run(), { immediate: true });
  return { preview, loading, error, refresh: run };
}
