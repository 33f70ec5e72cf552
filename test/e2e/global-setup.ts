// Serves the built app (dist/) with Vite's preview, in this process, for the end-to-end tests; stops it after.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  chromiumPath(); // fail early, with how to install it, if there is no Chromium
  if (!existsSync('dist/index.html')) throw new Error('The app is not built: run `npm run build` before the end-to-end tests (npm test does).');
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite preview did not report its address');
  project.provide('baseURL', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
