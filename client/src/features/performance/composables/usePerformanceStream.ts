import { getCurrentScope, onScopeDispose, ref } from 'vue';
import { useSessionStore } from '@/stores/session';
import { openStream, type StreamHandle, type StreamState } from '../sse';
import type { StreamEvent } from '../types';

export const STREAM_URL = '/api/v1/performance/stream';

/**
 * The live Kinerja events of the signed-in user's scope, for as long as the calling component lives: the session's
 * token (renewed on a 401), reconnection with `Last-Event-ID`, and the connection state for the page to show.
 */
export function usePerformanceStream(onEvent: (e: StreamEvent) => void) {
  const session = useSessionStore();
  const state = ref<StreamState>('connecting');
  const received = ref(0);
  let handle: StreamHandle | null = null;

  function start() {
    handle?.close();
    handle = openStream({
      url: STREAM_URL,
      getToken: () => session.accessToken,
      refresh: () => session.refresh(),
      lastEventId: handle?.lastEventId() ?? null,
      onState: (s) => (state.value = s),
      onEvent: (e) => {
        received.value += 1;
        onEvent(e);
      },
    });
  }
  function stop() {
    handle?.close();
    handle = null;
  }
  start();
  if (getCurrentScope()) onScopeDispose(stop);
  return { state, received, restart: start, stop };
}
