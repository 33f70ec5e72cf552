// npm run bench: builds the benchmark page, serves it, runs it in Debian's Chromium and prints the figures.
// `npm run bench -- --restore-only` measures restoring a backup alone.
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
// The app's own production build, for the JavaScript a first visit loads (the scripts index.html names), gzipped.
const appRoot = new URL('../..', import.meta.url).pathname;
await build({ root: appRoot, logLevel: 'warn' });
const indexHtml = readFileSync(`${appRoot}dist/index.html`, 'utf8');
const firstLoadJsGzipKb =
  [...indexHtml.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g), ...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)]
    .map((m) => gzipSync(readFileSync(`${appRoot}dist/${m[1]}`)).length)
    .reduce((a, b) => a + b, 0) / 1024;

const config = new URL('./vite.config.ts', import.meta.url).pathname;
await build({ configFile: config });
const server = await preview({ configFile: config, preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(process.argv.includes('--restore-only') ? `${url}?only=restore` : url);
  await page.waitForFunction(() => window.benchResults !== undefined, null, { timeout: 900_000 });
  const results = await page.evaluate(() => window.benchResults);
  if (!Array.isArray(results)) throw new Error(results.error);
  console.log(`Audit Workbench benchmarks (Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)})`);
  for (const f of results) console.log(`${f.ms.toFixed(1).padStart(9)} ms  ${f.name}${f.target ? `  [target: ${f.target}]` : ''}`);
  // Last, one JSON object: every named figure in milliseconds, each beside its baseline measured in the same run.
  console.log(`${firstLoadJsGzipKb.toFixed(1).padStart(9)} kB  JavaScript a first visit loads, gzipped (the app's production build)`);
  console.log(
    JSON.stringify({
      ...Object.fromEntries(results.filter((f) => f.key).map((f) => [f.key, Math.round(f.ms * 10) / 10])),
      firstLoadJsGzipKb: Math.round(firstLoadJsGzipKb * 10) / 10,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
