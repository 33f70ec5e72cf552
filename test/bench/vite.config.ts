// Builds the benchmark page (test/bench/index.html) with the app's own build settings, for `npm run bench`.
import { mergeConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import app from '../../vite.config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default mergeConfig(app, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: `${root}public`,
  build: { outDir: `${root}dist-bench`, emptyOutDir: true, sourcemap: false },
  logLevel: 'warn',
});
