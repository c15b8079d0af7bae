// embed.js: one <script type="module" src=".../embed.js"> turns a page's marked code blocks into
// live cells sharing one session. Marked means data-live or the class "live" on the <pre>, on
// its <code>, or on the wrappers blog engines put around highlighted blocks, where the fence's
// attributes land: Hugo's <div class="highlight">, Jekyll/Rouge's <div class="language-python
// highlighter-rouge"><div class="highlight">. The code is only ever run by our interpreter.
import { Notebook } from './notebook.js';

const STYLE_URL = new URL('./embed.css', import.meta.url);

const MARK = '[data-live], .live';
const WRAPPER = 'div.highlight, div.highlighter-rouge';

// The element a marked block occupies (the outermost highlighting wrapper, else the <pre>), or
// null when the block is not marked.
function markedBlock(pre) {
  let marked = pre.matches(MARK) || Boolean(pre.querySelector(':scope > code')?.matches(MARK));
  let block = pre;
  for (let el = pre.parentElement, depth = 0; el && depth < 2 && el.matches(WRAPPER); el = el.parentElement, depth += 1) {
    if (el.children.length !== 1) break;  // a wrapper holds just this block
    marked ||= el.matches(MARK);
    block = el;
  }
  return marked ? block : null;
}

function markedBlocks() {
  return [...document.querySelectorAll('pre')].map(markedBlock).filter(Boolean);
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
  for (const block of blocks) {
    // The source is the block's text; anything else inside (highlighting spans, wrappers) is discarded.
    block.textContent = block.querySelector('pre')?.textContent ?? block.textContent;
  }
  return new Notebook({ workerUrl: new URL('./worker.js', import.meta.url), placeholders: blocks });
}

const notebook = document.readyState === 'loading'
  ? await new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(upgrade())))
  : upgrade();
window.autogradPlaygroundNotebook = notebook;
