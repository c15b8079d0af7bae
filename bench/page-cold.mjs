// page-cold: headless Chromium, navigation to the first cell's output on the home page, and the
// gzip size of what the page transferred.
import { gzipSync } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../tests/browser/chromium.mjs';

const server = await serve('build/web', 0);
const browser = await launch();
const times = [];
let bytes = 0;
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  page.on('response', async (r) => { try { sizes.push(gzipSync(await r.body()).length); } catch {} });
  const t0 = performance.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.locator('[data-cell="0"] [data-action="run"]').click();
  await page.locator('[data-cell="0"] [data-output]').waitFor({ state: 'visible' });
  times.push(performance.now() - t0);
  await page.waitForTimeout(200);
  bytes = sizes.reduce((a, b) => a + b, 0);
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ name: 'page-cold', who: 'ours-page', ms: times[2], bytes }));
