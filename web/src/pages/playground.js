// The playground: free-form cells to add, remove and reorder.
import { Notebook } from '../notebook.js';
import { createToolbar } from '../toolbar.js';
import { cellsFromLocation, decodeCells } from '../share.js';

const STARTER = [
  'import torch\n\nx = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)\ny = (x ** 2).sum()\ny.backward()\nprint(x.grad)',
  'z = torch.stack([x[0] * x[1], x[1] ** 2, x[2].sin()])\nz.backward(torch.tensor([1.0, 0.0, 0.0]))\nprint(x.grad)',
];
const root = document.querySelector('[data-notebook]');
const notebook = new Notebook({ workerUrl: new URL('./worker.js', import.meta.url), storageKey: 'playground-cells', editable: true, container: root, codes: STARTER });
root.before(createToolbar(notebook, { addCell: true }));
const shared = cellsFromLocation();
if (shared) decodeCells(shared).then((codes) => notebook.setCodes(codes)).catch(() => {});
window.notebook = notebook;
