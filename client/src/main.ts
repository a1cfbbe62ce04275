import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import Tooltip from 'primevue/tooltip';
import { createApp } from 'vue';
import 'primeicons/primeicons.css';
import './styles/main.css';
import { configureApi } from '@/api';
import App from './App.vue';
import { currentLocale, i18n, onLocaleChange, restoreLocale } from './i18n';
import { primeVueLocales } from './i18n/primevue-locale';
import { createAppRouter } from './router';
import { useScopeStore } from './stores/scope';
import { useSessionStore } from './stores/session';
import { SemarangPreset } from './theme';

async function start() {
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);
  app.use(i18n);
  await restoreLocale();
  app.use(PrimeVue, {
    theme: { preset: SemarangPreset, options: { darkModeSelector: false, cssLayer: false } },
    locale: primeVueLocales[currentLocale()],
  });
  app.use(ToastService);
  app.use(ConfirmationService);
  app.directive('tooltip', Tooltip);
  onLocaleChange((l) => {
    app.config.globalProperties.$primevue.config.locale = primeVueLocales[l];
  });

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
  window.addEventListener('storage', (e) => {
    if (session.onStorage(e)) void router.replace({ name: 'sign-in' });
  });
  app.use(router);
  await router.isReady();
  app.mount('#app');
}

void start();
