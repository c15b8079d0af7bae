// Real blog engines: a Hugo site and a Jekyll site (Debian's hugo and jekyll, installed by
// scripts/setup.sh) whose Markdown posts mark fenced Python blocks as the README says, with the
// one script tag in the layout. The built sites host the playground's files next to them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './chromium.mjs';

const LAYOUT = (title, content) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="/embed.js"></script></head>
<body><article>${content}</article></body></html>
`;

// The post, in each engine's Markdown: two live blocks sharing a session, one left as text.
const HUGO_POST = `---
title: "Gradients in Hugo"
---
A tensor that requires grad:

\`\`\`python {.live}
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
(x ** 2).sum().backward()
\`\`\`

This one stays text:

\`\`\`python
print("not run")
\`\`\`

\`\`\`python {data-live=""}
print(x.grad)
\`\`\`
`;

const JEKYLL_POST = `---
layout: post
title: Gradients in Jekyll
---
A tensor that requires grad:

\`\`\`python
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
(x ** 2).sum().backward()
\`\`\`
{: .live}

This one stays text:

\`\`\`python
print("not run")
\`\`\`

\`\`\`python
print(x.grad)
\`\`\`
{: data-live=""}
`;

let work, browser;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'blog-engines-'));
  browser = await launch();
  await mkdir('build/screenshots', { recursive: true });
});
after(async () => {
  await browser.close();
  await rm(work, { recursive: true, force: true });
});

async function buildHugo() {
  const site = join(work, 'hugo');
  await mkdir(join(site, 'layouts/_default'), { recursive: true });
  await mkdir(join(site, 'content/posts'), { recursive: true });
  await writeFile(join(site, 'hugo.toml'), 'baseURL = "http://localhost/"\ntitle = "A blog"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  const layout = LAYOUT('{{ .Title }}', '{{ .Content }}');
  await writeFile(join(site, 'layouts/_default/single.html'), layout);
  await writeFile(join(site, 'layouts/_default/list.html'), layout);
  await writeFile(join(site, 'content/posts/gradients.md'), HUGO_POST);
  execFileSync('hugo', ['--quiet', '-s', site, '-d', join(site, 'public')], { stdio: 'pipe' });
  return { root: join(site, 'public'), path: 'posts/gradients/' };
}

async function buildJekyll() {
  const site = join(work, 'jekyll');
  await mkdir(join(site, '_layouts'), { recursive: true });
  await mkdir(join(site, '_posts'), { recursive: true });
  await writeFile(join(site, '_config.yml'), 'title: A blog\nmarkdown: kramdown\n');
  await writeFile(join(site, '_layouts/post.html'), LAYOUT('{{ page.title }}', '{{ content }}'));
  await writeFile(join(site, '_posts/2026-12-01-gradients.md'), JEKYLL_POST);
  execFileSync('jekyll', ['build', '--quiet', '-s', site, '-d', join(site, '_site')], { stdio: 'pipe' });
  return { root: join(site, '_site'), path: '2026/12/01/gradients.html' };
}

async function checkSite({ root, path }, name) {
  await cp('build/web', root, { recursive: true, force: false, errorOnExist: false });
  const server = await serve(root, 0);
  try {
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A missing favicon is the blog's business; any other failed request or error is ours.
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
    await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
    await page.locator('[data-cell]').first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator('[data-cell]').count(), 2, 'the two marked blocks became cells');
    assert.match(await page.locator('article').textContent(), /print\("not run"\)/, 'the unmarked block stays text');
    for (const index of [0, 1]) {
      const cell = page.locator(`[data-cell="${index}"]`);
      await cell.locator('[data-action="run"]').click();
      await cell.locator('[data-output]').waitFor({ state: 'visible', timeout: 30000 });
      await page.waitForFunction((i) => {
        const c = document.querySelector(`[data-cell="${i}"]`);
        return !c.classList.contains('running') && !c.hasAttribute('data-rendering');
      }, index);
    }
    assert.equal(await page.locator('[data-cell="1"] [data-output]').textContent(), 'tensor([2., 4.])\n');
    await page.screenshot({ path: `build/screenshots/blog-${name}.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    server.close();
  }
}

test('a Hugo post: fenced blocks marked {.live} / {data-live=""} come alive and share a session', async () => {
  await checkSite(await buildHugo(), 'hugo');
});

test('a Jekyll post: fenced blocks marked {: .live} / {: data-live=""} come alive and share a session', async () => {
  await checkSite(await buildJekyll(), 'jekyll');
});
