// The WebAssembly module in Chromium: in a page and in a module Web Worker.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await serve(root, 0);
const browser = await launch();
after(async () => { await browser.close(); server.close(); });

test('loads in a page and in a worker, with PyTorch\'s results', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/browser/wasm-page.html`);
  const results = await page.waitForFunction(() => window.results, null, { timeout: 30000 }).then((h) => h.jsonValue());
  assert.deepEqual(errors, []);
  assert.equal(results.page, 'tensor([[0., 2., 0., 0.]])');
  assert.equal(results.fromWorker, 'tensor([ 1.5410, -0.2934, -2.1788])\n');
  for (const out of results.deep) assert.match(out, /^caught maximum recursion depth exceeded/);
  assert.equal(results.after, 'alive\n');
});
