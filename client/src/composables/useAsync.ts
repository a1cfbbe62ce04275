import { shallowRef, ref, type Ref, type ShallowRef } from 'vue';

/**
 * Loads something for a view: `data`, `loading`, `error`, and `run()` that ignores answers to
 * superseded calls (typing fast in a search box never shows an older result last).
 */
export function useAsync<T, A extends unknown[] = []>(fn: (...args: A) => Promise<T>, initial?: T) {
  const data = shallowRef<T | undefined>(initial) as ShallowRef<T | undefined>;
  const loading = ref(false);
  const error: Ref<unknown> = ref(null);
  let seq = 0;

  async function run(...args: A): Promise<T | undefined> {
    const mine = ++seq;
    loading.value = true;
    error.value = null;
    try {
      const value = await fn(...args);
      if (mine === seq) data.value = value;
      return value;
    } catch (e) {
      if (mine === seq) error.value = e;
      return undefined;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  return { data, loading, error, run };
}
