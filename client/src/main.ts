import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createApp } from 'vue';
import 'primeicons/primeicons.css';
import './styles/main.css';
// after the app's own CSS, as PrimeVue's run-time theme came after it
import 'virtual:primevue-theme.css';
import { configureApi } from '@/api';
import App from './App.vue';
import { currentLocale, i18n, onLocaleChange, restoreLocale } from './i18n';
import { primeVueLocales } from './i18n/primevue-locale';
import { createAppRouter, preloadRoute } from './router';
import { useScopeStore } from './stores/scope';
import { useSessionStore } from './stores/session';

async function start() {
  const app = createApp(App);
  app.use(createPinia());
  const router = createAppRouter();
  const session = useSessionStore();
  configureApi({
    getAccessToken: () => session.accessToken,
    refresh: () => session.refresh(),
    getLocale: () => currentLocale(),
    onSessionExpired: () => {
      session.expire();
      useScopeStore().clear();
      const here = router.currentRoute.value;
      if (!here.meta.public) void router.replace({ name: 'sign-in', query: { redirect: here.fullPath } });
    },
  });
  // first the network: renew the session and fetch the page's code and data while the rest starts up
  void session.restore();
  preloadRoute(router.resolve(window.location.pathname + window.location.search + window.location.hash));

  app.use(i18n);
  await restoreLocale();
  app.use(PrimeVue, {
    // the theme is compiled to CSS at build time (build/primevue-theme.ts)
    theme: 'none',
    locale: primeVueLocales[currentLocale()],
  });
  app.use(ToastService);
  app.use(ConfirmationService);
  onLocaleChange((l) => {
    app.config.globalProperties.$primevue.config.locale = primeVueLocales[l];
  });
  window.addEventListener('storage', (e) => {
    if (session.onStorage(e)) void router.replace({ name: 'sign-in' });
  });
  app.use(router);
  await router.isReady();
  app.mount('#app');
}

void start();
