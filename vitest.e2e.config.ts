// End-to-end tests: the built app served by Vite's preview, driven in Debian's Chromium by playwright-core.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Tests build their seed data with the app's own domain code.
  resolve: { alias: { '@/': `${root}src/`, '@templates/': `${root}templates/` } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./test/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two files at a time, one a core: each has a browser and profiles of its own, and the preview server is shared.
    // The whole run then takes about 5 minutes here instead of 9.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
