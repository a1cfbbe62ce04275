import { getCurrentScope, onScopeDispose, ref, watch } from 'vue';
import { useAsync } from '@/composables/useAsync';

/** How long the live calculators wait for the typing to stop before they ask the server. */
export const LIVE_CALC_DEBOUNCE_MS = 300;

/**
 * A figure recalculated by the server as its inputs are edited: `input()` gives the request body (null while it is
 * not complete enough to send); a change waits for the typing to stop, an identical body is not sent again, and an
 * answer to a superseded body never wins (useAsync). The last result stays on screen while the next is on its way.
 */
export function useLiveCalc<B, R>(input: () => B | null, calculate: (body: B) => Promise<R>, delay = LIVE_CALC_DEBOUNCE_MS) {
  const state = useAsync((body: B) => calculate(body));
  /** True from an edit until its answer arrives. */
  const pending = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';

  function send(body: B) {
    const key = JSON.stringify(body);
    if (key === last && !state.error.value) {
      pending.value = false;
      return Promise.resolve(state.data.value);
    }
    last = key;
    return state.run(body).finally(() => {
      if (JSON.stringify(input()) === key) pending.value = false;
    });
  }

  watch(
    () => JSON.stringify(input()),
    (now, before) => {
      clearTimeout(timer);
      const body = input();
      if (body === null) {
        pending.value = false;
        return;
      }
      // the first calculation (opening the page) goes at once; edits wait for the typing to stop
      if (before === undefined) {
        pending.value = true;
        void send(body);
        return;
      }
      if (now === last) return;
      pending.value = true;
      timer = setTimeout(() => void send(body), delay);
    },
    { immediate: true },
  );
  if (getCurrentScope()) onScopeDispose(() => clearTimeout(timer));

  /** Calculates now (e.g. after a save), skipping the wait. */
  function now() {
    clearTimeout(timer);
    const body = input();
    if (body === null) return Promise.resolve(undefined);
    last = '';
    pending.value = true;
    return send(body);
  }

  return { result: state.data, loading: state.loading, error: state.error, pending, now };
}
