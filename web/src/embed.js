// embed.js: one <script type="module" src=".../embed.js"> turns a page's marked code blocks into
// live cells sharing one session. Marked means: <pre data-live>, <pre class="live">, or the
// <pre><code class="language-python"> blocks Jekyll/Hugo render, opted in with data-live or the
// class "live" on the <pre> or the <code>. The code is only ever run by our interpreter.
import { Notebook } from './notebook.js';

const STYLE_URL = new URL('./embed.css', import.meta.url);

function markedBlocks() {
  const blocks = new Set();
  for (const el of document.querySelectorAll('pre[data-live], pre.live, pre > code.language-python[data-live], pre > code.language-python.live, pre.live > code, pre[data-live] > code')) {
    blocks.add(el.closest('pre'));
  }
  return [...blocks];
}

function upgrade() {
  const blocks = markedBlocks();
  if (!blocks.length) return null;
  if (!document.querySelector(`link[href="${STYLE_URL}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLE_URL;
    document.head.append(link);
  }
  for (const pre of blocks) {
    // The source is the block's text; anything else inside (highlighting spans) is discarded.
    pre.textContent = pre.textContent;
  }
  return new Notebook({ workerUrl: new URL('./worker.js', import.meta.url), placeholders: blocks });
}

const notebook = document.readyState === 'loading'
  ? await new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(upgrade())))
  : upgrade();
window.autogradPlaygroundNotebook = notebook;
