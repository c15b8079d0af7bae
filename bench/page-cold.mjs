// page-cold: headless Chromium, navigation to the first cell's output on the home page, served
// as `npm start` serves it (precompressed, brotli when the browser asks for it), and the bytes
// that crossed the wire for requests made before that output appeared (what the first output
// needs; the editor and the views that load after it are not counted).
import { serve } from '../scripts/serve.mjs';
import { launch } from '../tests/browser/chromium.mjs';

const server = await serve('build/web', 0);
const browser = await launch();
const times = [];
const needed = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const output = document.querySelector('[data-cell="0"] [data-output]');
      if (output && !output.hidden) { window.__outputAt = Date.now(); observer.disconnect(); }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const requests = [];
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => null);
    const length = Number((await r.response())?.headers()['content-length'] ?? 0);
    requests.push({ at: r.timing().startTime, bytes: sizes?.responseBodySize || length });
  });
  const t0 = performance.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.locator('[data-cell="0"] [data-action="run"]').click();
  await page.locator('[data-cell="0"] [data-output]').waitFor({ state: 'visible' });
  times.push(performance.now() - t0);
  await page.waitForTimeout(500);
  const outputAt = await page.evaluate(() => window.__outputAt);
  needed.push(requests.filter((r) => r.at < outputAt).reduce((a, r) => a + r.bytes, 0));
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ name: 'page-cold', who: 'ours-page', ms: times[2], bytes: Math.max(...needed) }));
