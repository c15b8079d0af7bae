// The iframe form of embedding: frame.html#cells=... (the code travels in the URL).
import { Notebook } from '../notebook.js';
import { cellsFromLocation, decodeCells } from '../share.js';

const root = document.querySelector('[data-notebook]');
const encoded = cellsFromLocation();
const codes = encoded ? await decodeCells(encoded).catch(() => ['# This link does not hold valid cells.']) : ['import torch\nprint(torch.ones(2))'];
window.notebook = new Notebook({ workerUrl: new URL('./worker.js', import.meta.url), container: root, codes });
