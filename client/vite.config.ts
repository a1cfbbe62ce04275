import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { i18nMessages } from './build/i18n-messages.ts';
import { primeVueTheme } from './build/primevue-theme.ts';
import { SemarangPreset } from './src/theme.ts';

/**
 * What nearly every page uses, in one chunk instead of twenty small ones: the browser opens only six connections
 * to a server (HTTP/1.1), so on a first visit each extra request queues behind the others.
 */
const COMMON = /[\\/]src[\\/](components|composables)[\\/]|[\\/]node_modules[\\/](primevue|@primevue|@primeuix)[\\/]|[\\/]favicon\.svg/;
/** And a feature's own modules that several of its pages share. */
const FEATURE = /[\\/]src[\\/]features[\\/]/;
/**
 * PrimeVue components that only some pages use: they stay with those pages. So does our PagedTable, which imports
 * DataTable: in the common chunk it would make common and the datatable chunk import each other, and DataTable would
 * run before PrimeVue's base component is defined ("e.cx is not a function").
 */
const ONLY_SOME = /[\\/](PagedTable|charts|datatable|column|tree|toast|menu|drawer|confirmdialog|progressbar|checkbox|radiobutton|toggleswitch|textarea|chip|skeleton|tooltip|datepicker)[\\/.]/;

/** Where `npm run dev` forwards /api (the API server started with `npm start` listens on 3000). */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    vue(),
    i18nMessages(),
    primeVueTheme({ preset: SemarangPreset, options: { darkModeSelector: false, cssLayer: false }, srcDir: fileURLToPath(new URL('./src', import.meta.url)) }),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // messages are compiled at build time (build/i18n-messages.ts): the runtime-only build, without the compiler
      { find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' },
    ],
  },
  define: {
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // one stylesheet (the app's own CSS is small): no extra request, and no wait for it, when a page's code loads
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 2 },
            { name: 'common', test: (id) => (COMMON.test(id) && !ONLY_SOME.test(id)) || FEATURE.test(id), minShareCount: 2, priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
