import { load } from '/wasm/index.mjs';
import { deepRecursionCells } from '/tests/js/deep-recursion-cells.mjs';
const ag = await load();
const session = new ag.Session();
const r = session.run('import torch\ntorch.manual_seed(0)\nprint(torch.randn(3))\n');
// Recursion down to the limit, the ways that use the most native stack per Python frame: in a
// worker the stack is the browser's, and overflowing it would kill the module, not raise.
const deep = deepRecursionCells.map((code) => {
  const result = session.run(code);
  return result.ok ? result.stdout : `${result.error.type}: ${result.error.message}`;
});
postMessage({ stdout: r.stdout, deep, after: session.run('print("alive")\n').stdout });
