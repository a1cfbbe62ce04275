import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      environmentOptions: { happyDOM: { url: 'http://localhost:5173/' } },
      include: ['src/**/*.spec.ts'],
      setupFiles: ['src/test-setup.ts'],
      restoreMocks: true,
    },
  }),
);
