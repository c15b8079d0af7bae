import { load } from '/wasm/index.mjs';
const ag = await load();
const session = new ag.Session();
const r = session.run('import torch\ntorch.manual_seed(0)\nprint(torch.randn(3))\n');
postMessage(r.stdout);
