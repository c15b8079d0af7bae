// Home: the interactive article. Its cells are the <pre data-cell-source> blocks of the page.
import { Notebook } from '../notebook.js';
import { createToolbar } from '../toolbar.js';
import { cellsFromLocation, decodeCells } from '../share.js';

const placeholders = [...document.querySelectorAll('pre[data-cell-source]')];
const notebook = new Notebook({ workerUrl: new URL('./worker.js', import.meta.url), storageKey: 'article-cells', placeholders });
document.querySelector('[data-toolbar]').append(createToolbar(notebook));
const shared = cellsFromLocation();
if (shared) decodeCells(shared).then((codes) => notebook.setCodes(codes)).catch(() => {});
window.notebook = notebook;
