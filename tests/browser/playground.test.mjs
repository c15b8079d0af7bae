// The pages, as a reader uses them, in Debian's Chromium. Screenshots go to build/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './chromium.mjs';

let server, browser, base;
before(async () => {
  server = await serve('build/web', 0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
  await mkdir('build/screenshots', { recursive: true });
});
after(async () => { await browser.close(); server.close(); });

async function open(path, { width = 1200, height = 900, dark = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  const page = await context.newPage();
  const errors = [];
  // Anything the page's Content-Security-Policy blocks, and any dialog a script opens, is a failure.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/${path}`);
  await page.locator('[data-cell]').first().waitFor({ timeout: 30000 });
  return { page, errors, context };
}

async function runCell(page, index) {
  const cell = page.locator(`[data-cell="${index}"]`);
  await cell.locator('[data-action="run"]').click();
  await cell.locator('[data-output]').waitFor({ state: 'visible', timeout: 30000 });
  await page.waitForFunction((i) => {
    const c = document.querySelector(`[data-cell="${i}"]`);
    return !c.classList.contains('running') && !c.hasAttribute('data-rendering');  // views load lazily
  }, index);
  return cell;
}

test('the article runs the classic example: four tensors, the Jacobian rows, the graph', async () => {
  const { page, errors } = await open('index.html');
  const cells = page.locator('[data-cell]');
  assert.equal(await cells.count(), 4);
  const cell = await runCell(page, 2);
  const output = await cell.locator('[data-output]').textContent();
  assert.equal(output, 'tensor([[2., 0., 0., 0.]])\ntensor([[0., 2., 0., 0.]])\ntensor([[2., 2., 2., 2.]])\ntensor([[2., 2., 2., 2.]])\n');
  const rows = cell.locator('[data-jacobian] [data-row]');
  assert.equal(await rows.count(), 4);
  assert.match(await rows.nth(0).textContent(), /= \[2, 0, 0, 0\]/);
  assert.match(await rows.nth(3).textContent(), /= \[0, 0, 0, 2\]/);
  const nodes = await cell.locator('[data-graph] [data-node]').evaluateAll((els) => els.map((e) => e.dataset.node));
  assert.deepEqual(nodes.sort(), ['AccumulateGrad', 'MulBackward0', 'x', 'z'].sort());
  const columns = cell.locator('[data-jacobian] [data-column]');
  assert.equal(await columns.count(), 4);
  assert.match(await columns.nth(1).textContent(), /= \[0, 2, 0, 0\]/);
  await cell.locator('[data-graph] button', { hasText: 'Step through backward' }).click();
  assert.match(await cell.locator('.graph-inspector').textContent(), /MulBackward0 receives the gradient tensor\(\[\[1\., 1\., 1\., 1\.\]\]\)/);
  await cell.locator('[data-jacobian] button', { hasText: 'Show all rows' }).click();
  await page.screenshot({ path: 'build/screenshots/article-desktop-light.png', fullPage: true });
  assert.deepEqual(errors, []);
});

test('the attributes panel shows each tensor\'s five attributes, why a grad is None, and what changed', async () => {
  const { page, errors } = await open('index.html');
  const first = await runCell(page, 0);
  const row = (cell, name) => cell.locator(`[data-tensors] tr[data-tensor="${name}"] td`);
  const texts = async (cell, name) => (await row(cell, name).allTextContents()).map((t) => t.trim());
  assert.deepEqual(await texts(first, 'x'), ['x', 'tensor([1., 2., 3.])', 'True',
    'None — no backward() has reached it yet', 'None', 'True']);
  assert.deepEqual(await texts(first, 'y'), ['y', 'tensor([2., 4., 6.])', 'True',
    'None — a non-leaf: its gradient passes through; call .retain_grad() to keep it', 'MulBackward0', 'False']);
  // The classic cell rebinds x, z and loss and fills x.grad: those cells are marked as changed.
  const classic = await runCell(page, 2);
  const x = row(classic, 'x');
  assert.equal(await x.nth(3).textContent(), 'tensor([[2., 2., 2., 2.]])');
  assert.equal(await x.nth(3).evaluate((td) => td.classList.contains('changed')), true);
  assert.equal(await x.nth(4).evaluate((td) => td.classList.contains('changed')), false);  // grad_fn: None before and after
  assert.equal(await row(classic, 'loss').nth(4).textContent(), 'SumBackward1');
  await classic.locator('[data-tensors]').screenshot({ path: 'build/screenshots/article-tensors-panel.png' });
  assert.deepEqual(errors, []);
});

test('the tensor view draws the classic cell as tensors joined by operations, with their attributes', async () => {
  const { page, errors } = await open('index.html');
  const cell = await runCell(page, 2);
  await cell.locator('[data-graph] [data-action="tensor-view"]').click();
  const view = cell.locator('[data-tensor-view]');
  await view.waitFor({ state: 'visible' });
  const names = await view.locator('[data-tensor-node]').evaluateAll((els) => els.map((e) => e.dataset.tensorNode).sort());
  assert.deepEqual(names, ['x', 'z']);
  assert.deepEqual(await view.locator('.edge').evaluateAll((els) => els.map((e) => e.dataset.op)), ['mul']);
  const x = await view.locator('[data-tensor-node="x"] .tensor-attr').allTextContents();
  assert.deepEqual(x, ['data: tensor([[1., 2., 3., 4.]])', 'requires_grad: True', 'grad: tensor([[2., 2., 2., 2.]])',
    'grad_fn: None', 'is_leaf: True']);
  const z = await view.locator('[data-tensor-node="z"] .tensor-attr').allTextContents();
  assert.equal(z[2], 'grad: None (non-leaf: call .retain_grad())');
  assert.equal(z[3], 'grad_fn: MulBackward0');
  await cell.locator('[data-graph]').screenshot({ path: 'build/screenshots/article-tensor-view.png' });
  // Stepping through backward on this picture: the gradient flows back along mul, then reaches x.
  const stepButton = view.locator('[data-action="tensor-step"]');
  await stepButton.click();
  assert.match(await view.locator('.tensor-step-status').textContent(), /^Step 1 of 2: z receives .*MulBackward0 sends it back along mul/);
  assert.equal(await view.locator('.edge.flowing').count(), 1);
  await stepButton.click();
  assert.match(await view.locator('.tensor-step-status').textContent(), /^Step 2 of 2: .* arrives at the leaf x and is added to its \.grad\./);
  assert.equal(await view.locator('[data-tensor-node="x"].reached').count(), 1);
  await cell.locator('[data-graph]').screenshot({ path: 'build/screenshots/article-tensor-view-step.png' });
  // And back to the backward graph.
  await cell.locator('[data-graph] [data-action="tensor-view"]').click();
  assert.equal(await view.isHidden(), true);
  assert.deepEqual(errors, []);
});

test('a syntax error is reported and marked at its line', async () => {
  const { page } = await open('playground.html');
  await page.evaluate(() => window.notebook.cells[0].editor.setCode('import torch\nx = (1,\nprint(x)'));
  const cell = await runCell(page, 0);
  assert.match(await cell.locator('[data-output]').textContent(), /SyntaxError: '\(' was never closed/);
  assert.equal(await cell.locator('.cm-error-line').getAttribute('data-error-line'), '2');
});

test('Stop ends a runaway cell; the session is replayed and the page keeps working', async () => {
  const { page } = await open('playground.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await runCell(page, 0);  // defines x
  await page.evaluate(() => window.notebook.cells[1].editor.setCode('while True:\n    pass'));
  const cell = page.locator('[data-cell="1"]');
  await cell.locator('[data-action="run"]').click();
  await cell.locator('[data-action="stop"]').waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  await cell.locator('[data-action="stop"]').click();
  await cell.locator('[data-output]').waitFor({ state: 'visible' });
  assert.match(await cell.locator('[data-output]').textContent(), /KeyboardInterrupt/);
  await page.evaluate(() => window.notebook.cells[1].editor.setCode('print(x.grad)'));
  const again = await runCell(page, 1);
  assert.equal(await again.locator('[data-output]').textContent(), 'tensor([2., 4., 6.])\n');
});

test('output streams in while a cell runs; past the limit it asks, and Stop keeps what was printed', async () => {
  const { page, errors } = await open('playground.html');
  await page.evaluate(() => { localStorage.clear(); window.notebook.askAfterSeconds = 1.5; });
  await page.evaluate(() => window.notebook.cells[0].editor.setCode(
    'import time\nfor epoch in range(100):\n    print(f"epoch {epoch}: loss {1 / (epoch + 1):.4f}")\n    time.sleep(0.25)'));
  const cell = page.locator('[data-cell="0"]');
  await cell.locator('[data-action="run"]').click();
  // The first lines arrive while the cell is still running, with the elapsed time beside them.
  await page.waitForFunction(() => /epoch 1:/.test(document.querySelector('[data-cell="0"] [data-output]').textContent));
  assert.equal(await cell.evaluate((el) => el.classList.contains('running')), true);
  assert.match(await cell.locator('.cell-status').textContent(), /running… \d+\.\d s/);
  // Past the limit the cell asks instead of dying; Keep running lets it go on.
  await cell.locator('[data-long-run]').waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await cell.locator('[data-long-run]').textContent(), /still running after 1.5 s/);
  await page.screenshot({ path: 'build/screenshots/playground-long-run.png' });
  await cell.locator('[data-action="keep-running"]').click();
  assert.equal(await cell.locator('[data-long-run]').isHidden(), true);
  const before = (await cell.locator('[data-output]').textContent()).split('\n').length;
  await page.waitForTimeout(600);
  assert.ok((await cell.locator('[data-output]').textContent()).split('\n').length > before, 'still printing');
  await cell.locator('[data-action="stop"]').click();
  await page.waitForFunction(() => !document.querySelector('[data-cell="0"]').classList.contains('running'));
  const output = await cell.locator('[data-output]').textContent();
  assert.match(output, /^epoch 0: loss 1\.0000\nepoch 1: loss 0\.5000\n/);
  assert.match(output, /KeyboardInterrupt: stopped/);
  assert.equal(await cell.locator('.cell-status').textContent(), 'stopped');
  assert.deepEqual(errors, []);
});

test('a cell that plots shows its figures as SVG among its prints; the plotting code loads only then', async () => {
  const { page, errors } = await open('playground.html');
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.evaluate(() => localStorage.clear());
  await runCell(page, 0);
  assert.equal(loaded.some((p) => /plot-view/.test(p)), false, 'no plotting code for a cell without plots');
  await page.evaluate(() => window.notebook.cells[1].editor.setCode([
    'import torch',
    'import matplotlib.pyplot as plt',
    'torch.manual_seed(0)',
    'w = torch.zeros(1, requires_grad=True)',
    'losses = []',
    'for step in range(25):',
    '    loss = ((w - 3) ** 2).sum()',
    '    loss.backward()',
    '    with torch.no_grad():',
    '        w -= 0.1 * w.grad',
    '        w.grad.zero_()',
    '    losses.append(loss.item())',
    'print("first", round(losses[0], 2))',
    'plt.plot(losses, "o-", label="loss")',
    'plt.xlabel("step")',
    'plt.ylabel("loss")',
    'plt.yscale("log")',
    'plt.title("Gradient descent on (w - 3)²")',
    'plt.legend()',
    'plt.show()',
    'print("last", round(losses[-1], 4))',
    'fig, (a, b) = plt.subplots(1, 2, figsize=(8, 3))',
    'a.hist(torch.randn(500), bins=15, color="tab:green")',
    'b.scatter(torch.arange(10.), torch.arange(10.) ** 0.5, c=torch.arange(10.))',
  ].join('\n')));
  const cell = await runCell(page, 1);
  await page.waitForFunction(() => document.querySelectorAll('[data-cell="1"] [data-figure] svg').length === 2);
  const figures = cell.locator('[data-figure]');
  // The first figure sits between the two prints, the second after them (shown when the cell ended).
  const order = await cell.locator('[data-output]').evaluate((out) => [...out.childNodes].map((n) => (n.nodeType === 3 ? n.textContent.trim() : 'figure')));
  assert.deepEqual(order.map((o) => o.split(' ')[0]), ['first', 'figure', 'last', 'figure']);
  assert.equal(await figures.nth(0).locator('[data-series="line"]').getAttribute('data-points'), '25');
  assert.equal(await figures.nth(0).locator('[data-series="line"] circle').count(), 25);
  assert.match(await figures.nth(0).locator('svg > title').textContent(), /Gradient descent/);
  assert.equal(await figures.nth(0).locator('[data-legend]').getAttribute('data-legend'), '1');
  assert.equal(await figures.nth(1).locator('[data-series="bar"] rect').count(), 15);
  assert.equal(await figures.nth(1).locator('[data-series="scatter"] circle').count(), 10);
  assert.equal(await figures.nth(1).locator('[data-axes]').count(), 2);
  assert.equal(loaded.filter((p) => /plot-view/.test(p)).length, 1);
  await cell.screenshot({ path: 'build/screenshots/playground-plots.png' });
  assert.deepEqual(errors, []);
});

test('the first output needs only the engine: the editor and KaTeX come after it, and the code does not move', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // When the first cell's output appeared, on the page's clock (resource timings use the same).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const output = document.querySelector('[data-cell="0"] [data-output]');
      if (output && !output.hidden) { window.__outputAt = performance.now(); observer.disconnect(); }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // The reader clicks Run while the engine is still loading (held back until then).
  let engine;
  const held = new Promise((ok) => { engine = ok; });
  await page.route('**/autograd.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${base}/index.html`);
  const cell = page.locator('[data-cell="0"]');
  const code = cell.locator('.cell-code');
  const box = await code.boundingBox();
  const text = await code.textContent();
  await cell.locator('[data-action="run"]').click();
  engine();
  await cell.locator('[data-output]').waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await cell.locator('[data-output]').textContent(), /^tensor\(\[1., 2., 3.\]\) True None None True/);
  // Then the editor replaces the text in place: same code, same box.
  await cell.locator('.cm-content').waitFor({ timeout: 30000 });
  const { outputAt, fetched } = await page.evaluate(() => ({
    outputAt: window.__outputAt,
    fetched: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  const before = fetched.filter((r) => r.start < outputAt).map((r) => r.path);
  assert.ok(before.includes('/autograd.wasm') || before.includes('/worker.js'), before.join(' '));
  assert.equal(before.some((p) => /editor-/.test(p)), false, `no editor before the first output: ${before.join(' ')}`);
  assert.equal(fetched.some((r) => /katex/.test(r.path)), false, 'no KaTeX for a cell without a Jacobian');
  assert.equal(fetched.filter((r) => /editor-/.test(r.path)).length, 1, 'one editor chunk for every cell');
  assert.equal(await cell.locator('.cell-code').count(), 0);
  assert.equal(await page.evaluate(() => window.notebook.cells[0].code), text);
  const editorBox = await cell.locator('.cell-editor').boundingBox();
  assert.equal(Math.round(editorBox.height), Math.round(box.height));
  assert.equal(Math.round(editorBox.y), Math.round(box.y));
  await context.close();
  assert.deepEqual(errors, []);
});

test('a reader who clicks into the code before the editor has loaded gets the editor with the focus', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  // Hold the engine back, so the editor loads because of the click and not because the page is idle.
  await page.route('**/autograd.wasm', () => {});
  await page.goto(`${base}/index.html`);
  const cell = page.locator('[data-cell="1"]');
  await cell.locator('.cell-code').click();
  await cell.locator('.cm-content').waitFor({ timeout: 30000 });
  assert.equal(await cell.locator('.cm-content').evaluate((el) => el.contains(document.activeElement) || el === document.activeElement), true);
  await page.keyboard.type('# mine\n');
  assert.match(await page.evaluate(() => window.notebook.cells[1].code), /^# mine\nw = torch.tensor/);
  assert.equal(await page.locator('[data-cell="0"] .cell-code').count(), 1, 'other cells wait for the engine');
  await context.close();
});

test('while the editor is still on its way, the code is there to read and Shift+Enter runs it', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.route('**/chunks/editor-*.js', () => {});  // an editor that never arrives
  await page.goto(`${base}/index.html`);
  const cell = page.locator('[data-cell="0"]');
  await cell.locator('.cell-code').focus();
  await page.keyboard.press('Shift+Enter');
  await cell.locator('[data-output]').waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await cell.locator('[data-output]').textContent(), /^tensor\(\[1., 2., 3.\]\) True None None True/);
  assert.equal(await cell.locator('.cm-content').count(), 0);
  await context.close();
});

test('autograd\'s classic errors are explained under the traceback, with the fix', async () => {
  const { page, errors } = await open('playground.html');
  await page.evaluate(() => localStorage.clear());
  const cases = [
    ['import torch\nx = torch.ones(3, requires_grad=True)\ny = x * 2\ny.backward()', /grad can be implicitly created/, /y\.backward\(v\).*vᵀJ/],
    ['y = (x * x).sum()\ny.backward()\ny.backward()', /backward through the graph a second time/, /retain_graph=True/],
    ['x.add_(1)', /a leaf Variable that requires grad/, /torch\.no_grad\(\)/],
    ['a = x.sigmoid()\na.mul_(2)\na.sum().backward()', /modified by an inplace operation/, /out-of-place/],
    ['print(1 + 1)', /^2\n$/, null],
  ];
  for (const [code, message, fix] of cases) {
    await page.evaluate((c) => window.notebook.cells[0].editor.setCode(c), code);
    const cell = await runCell(page, 0);
    const output = await cell.locator('[data-output]').textContent();
    assert.match(output, message);
    if (fix) {
      assert.match(await cell.locator('[data-lesson]').textContent(), /^Why: .+Fix: .+/s);
      assert.match(await cell.locator('[data-lesson]').textContent(), fix);
    } else {
      assert.equal(await cell.locator('[data-lesson]').count(), 0);
    }
    if (code.startsWith('import')) await cell.screenshot({ path: 'build/screenshots/playground-lesson.png' });
  }
  assert.deepEqual(errors, []);
});

// Types `code` into the first cell, presses Share and opens the link in a fresh page.
async function openShared(code) {
  const { page } = await open('playground.html');
  await page.evaluate((c) => window.notebook.cells[0].editor.setCode(c), code);
  await page.locator('[data-action="share"]').click();
  await page.waitForFunction(() => document.querySelector('.notebook-toolbar').dataset.shareLink);
  const link = await page.locator('.notebook-toolbar').getAttribute('data-share-link');
  assert.match(link, /#cells=/);
  return open(link.replace(base + '/', ''));
}

test('a share link restores the cells exactly', async () => {
  const code = 'import torch\nprint("shared ✓", torch.arange(3))';
  const second = await openShared(code);
  await second.page.waitForFunction(() => window.notebook?.cells?.[0]?.code.includes('shared'));
  assert.equal(await second.page.evaluate(() => window.notebook.cells[0].code), code);
});

test('the embedding page upgrades its marked code blocks and leaves the others', async () => {
  const { page, errors } = await open('examples/blog-post.html');
  await page.locator('[data-cell]').first().waitFor();
  assert.equal(await page.locator('[data-cell]').count(), 2);
  assert.equal(await page.locator('pre:not([data-live]) > code.language-python').count(), 1);
  const cell = await runCell(page, 0);
  assert.equal(await cell.locator('[data-output]').textContent(), 'tensor([2.0000, 0.4000, 0.0600])\n');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-cell="0"] [data-action="run"]').click();
  await frame.locator('[data-output]').waitFor({ state: 'visible', timeout: 30000 });
  assert.equal(await frame.locator('[data-output]').textContent(), 'tensor([12., 27.])\n');
  await page.screenshot({ path: 'build/screenshots/embed-desktop-light.png', fullPage: true });
  assert.deepEqual(errors, []);
});

test('output is text: markup printed by a cell is not interpreted', async () => {
  const { page } = await open('playground.html');
  await page.evaluate(() => window.notebook.cells[0].editor.setCode('print("<img src=x onerror=alert(1)>")'));
  const cell = await runCell(page, 0);
  assert.equal(await cell.locator('[data-output] img').count(), 0);
  assert.equal(await cell.locator('[data-output]').textContent(), '<img src=x onerror=alert(1)>\n');
});

test('screenshots: light and dark, desktop and phone width', async () => {
  for (const [name, options] of [
    ['article-desktop-dark', { dark: true }],
    ['article-phone-light', { width: 390, height: 844 }],
    ['playground-desktop-light', {}],
    ['playground-phone-dark', { width: 390, height: 844, dark: true }],
  ]) {
    const path = name.startsWith('article') ? 'index.html' : 'playground.html';
    const { page } = await open(path, options);
    await runCell(page, name.startsWith('article') ? 2 : 0);
    await page.screenshot({ path: `build/screenshots/${name}.png`, fullPage: true });
  }
});

test('a share link with markup and script in its code runs nothing but our interpreter', async () => {
  const code = 'print("<img src=x onerror=alert(1)>")\n# </script><script>alert(2)</script>\nx = "<svg onload=alert(3)>"\nprint(repr(x))';
  const shared = await openShared(code);
  await shared.page.waitForFunction(() => window.notebook?.cells?.[0]?.code.includes('onerror'));
  assert.equal(await shared.page.evaluate(() => window.notebook.cells[0].code), code);
  const cell = await runCell(shared.page, 0);
  assert.equal(await cell.locator('[data-output]').textContent(), '<img src=x onerror=alert(1)>\n\'<svg onload=alert(3)>\'\n');
  assert.equal(await shared.page.locator('img[src="x"], svg[onload], script:not([src])').count(), 0);
  assert.deepEqual(shared.errors, []);
  assert.deepEqual(await shared.page.evaluate(() => window.__cspViolations), []);
});

test('the pages run under their strict Content-Security-Policy without a single violation', async () => {
  for (const path of ['index.html', 'playground.html', 'frame.html']) {
    const { page, errors } = await open(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/, path);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'", path);  // no inline script, no eval
    await runCell(page, 0);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], path);
    assert.deepEqual(errors, [], path);
  }
});

test('an out-of-memory cell is a Python error; the session and every edit survive', async () => {
  const { page } = await open('playground.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('[data-cell]').first().waitFor();
  await page.evaluate(() => window.notebook.cells[0].editor.setCode('import torch\nkeep = torch.arange(3.)\n# my edit'));
  await runCell(page, 0);
  await page.evaluate(() => window.notebook.cells[1].editor.setCode('hog = [torch.ones(10**8) for i in range(100)]'));
  const hog = await runCell(page, 1);
  assert.match(await hog.locator('[data-output]').textContent(), /(MemoryError|RuntimeError)/);
  assert.equal(await page.evaluate(() => window.notebook.cells[0].code), 'import torch\nkeep = torch.arange(3.)\n# my edit');
  await page.evaluate(() => window.notebook.cells[1].editor.setCode('hog = None\nprint(keep * 2)'));
  const after = await runCell(page, 1);
  assert.equal(await after.locator('[data-output]').textContent(), 'tensor([0., 2., 4.])\n');
  // The edits are also kept across a reload.
  await page.reload();
  await page.waitForFunction(() => window.notebook?.cells?.[0]?.code.includes('my edit'));
});
