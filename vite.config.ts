import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin as PostCssPlugin } from 'postcss';

const root = fileURLToPath(new URL('.', import.meta.url));

// govuk-frontend still carries an old IE hack, `@media (min-width: 0\0)`, that Vite's CSS minifier rejects.
// No supported browser reads those rules, so they are dropped before minifying.
const dropIeMediaHack: PostCssPlugin = {
  postcssPlugin: 'drop-ie-media-hack',
  AtRule: {
    media(rule) {
      if (['\\0', String.fromCharCode(0), '\uFFFD'].some((hack) => rule.params.includes(hack))) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@/': `${root}src/`, '@templates/': `${root}templates/`, '@test/': `${root}test/` } },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [root], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
    postcss: { plugins: [dropIeMediaHack] },
  },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/{storage,templates,domain,lint}/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
