import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
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

// The Content-Security-Policy: everything from the app's own origin, no inline script or style, no plugins, no <base>,
// no requests elsewhere. The built index.html carries it in a <meta> element, so it holds wherever the files are
// served; frame-ancestors only works as a header, so the preview server sends the whole policy as one (and the README
// asks the same of whatever serves the app). Not in development: Vite's dev server injects inline script.
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];
export const CONTENT_SECURITY_POLICY = POLICY.join('; ');
const HEADERS = {
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

const UNIT_TESTS = [
  'src/**/*.test.ts',
  'test/{storage,templates,domain,lint,team}/**/*.test.ts',
  'src/**/*.test.tsx',
  'test/{storage,templates,domain,lint,team}/**/*.test.tsx',
];
/** The `.ts` tests that need a browser's DOM or storage (localStorage). */
const DOM_TESTS = ['src/data/draft-stash.test.ts'];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  preview: { headers: HEADERS },
  resolve: { alias: { '@/': `${root}src/`, '@templates/': `${root}templates/`, '@test/': `${root}test/` } },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [root], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
    postcss: { plugins: [dropIeMediaHack] },
  },
  // No source maps: the production build ships the app, not its source.
  build: { target: 'es2022', sourcemap: false },
  // Tests that need no DOM run in node, which starts far faster than jsdom; components (`*.test.tsx`) and the few
  // tests of the browser's own storage run in jsdom.
  test: {
    setupFiles: ['./test/setup.ts'],
    css: false,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: UNIT_TESTS.filter((g) => g.endsWith('.ts')), exclude: DOM_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./test/setup-dom.ts'],
          include: [...UNIT_TESTS.filter((g) => g.endsWith('.tsx')), ...DOM_TESTS],
        },
      },
    ],
  },
});
