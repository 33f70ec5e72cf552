// Builds the benchmark page (test/bench/index.html) with the app's own modules, for `npm run bench`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { '@/': `${root}src/`, '@templates/': `${root}templates/` } },
  build: { outDir: `${root}dist-bench`, emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
