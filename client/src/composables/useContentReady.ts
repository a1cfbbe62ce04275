import { getCurrentInstance, inject, provide, ref, type InjectionKey, type Ref } from 'vue';

const CONTENT_READY: InjectionKey<() => void> = Symbol('content-ready');

/**
 * For a layout with secondary panels (the unit tree beside the lists): `ready` turns true once the page inside
 * says its main content is on screen, so the panels neither compete with it for the network nor for the main
 * thread. After `fallbackMs` the panels come anyway.
 */
export function provideContentReady(fallbackMs = 3000): Ref<boolean> {
  const ready = ref(false);
  provide(CONTENT_READY, () => {
    ready.value = true;
  });
  setTimeout(() => (ready.value = true), fallbackMs);
  return ready;
}

/** For a page: the function to call once its main content is on screen (does nothing outside such a layout). */
export function useContentReady(): () => void {
  return (getCurrentInstance() ? inject(CONTENT_READY, null) : null) ?? (() => undefined);
}
