// Our WebAssembly module in Node: op overhead, the MLP, and cell latency. JSON lines like
// bench_native. (TensorFlow.js runs in its own process: bench/tfjs.mjs.)
import { readFileSync } from 'node:fs';
import { load } from '../wasm/index.mjs';

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const out = (name, who, ms) => console.log(JSON.stringify({ name, who, ms }));
const repeat = (f, reps) => { f(); const t = []; for (let i = 0; i < reps; i++) t.push(time(f)); return median(t); };

const ag = await load();

function opChain() {
  ag.scope(() => {
    let y = ag.tensor([0.1, 0.2, 0.3, 0.4], { dtype: 'float32', requiresGrad: true });
    for (let i = 0; i < 2500; i++) y = y.mul(1.0001).add(0.0001).tanh().sub(0.00005);
    y.sum().backward();
  });
}

ag.manualSeed(0);
const m = { x: ag.randn([64, 256]), t: ag.randn([64, 256]), w1: ag.randn([256, 256]).mul(0.05),
  w2: ag.randn([256, 256]).mul(0.05), b1: ag.zeros([256]), b2: ag.zeros([256]) };
for (const k of ['w1', 'w2', 'b1', 'b2']) m[k].requiresGrad = true;
function mlp() {
  ag.scope(() => {
    const y = m.x.mm(m.w1).add(m.b1).tanh().mm(m.w2).add(m.b2);
    ag.mseLoss(y, m.t).backward();
  });
}

// A benchmark cell (bench/NAME.py) as two cells: the setup above its marker line, then the
// timed rest (median over `reps` fresh sessions).
function timedCell(fileName, reps) {
  const source = readFileSync(new URL(`./${fileName}`, import.meta.url), 'utf8');
  const [setup, loop] = source.split('# --- timed loop ---');
  const times = [];
  for (let rep = 0; rep < reps; rep++) {
    const session = new ag.Session();
    session.run(setup);
    const t0 = performance.now();
    const r = session.run(loop);
    times.push(performance.now() - t0);
    session.delete();
    if (!r.ok) throw new Error(`${fileName}: ${JSON.stringify(r.error)}`);
  }
  return median(times);
}

const only = process.argv[2];
// The tutorial takes seconds: once per round.
for (const [name, file, reps] of [['nn-train-wasm', 'nn_train.py', 3], ['tutorial-wasm', 'tutorial.py', 1], ['interp-loop-wasm', 'interp_loop.py', 3]]) {
  if (!only || only === name) out(name, 'ours-wasm', timedCell(file, reps));
}
// bench/memory_loop.py after nn_train.py's setup: train(500), then train(4500), reading the WebAssembly memory (it only
// grows, so it is the peak) after each.
if (!only || only === 'memory-wasm') {
  const session = new ag.Session();
  const setup = readFileSync(new URL('./nn_train.py', import.meta.url), 'utf8').split('# --- timed loop ---')[0];
  const source = setup + readFileSync(new URL('./memory_loop.py', import.meta.url), 'utf8');
  for (const [cell, name] of [[source, null], ['train(500)\n', 'memory-500'], ['train(4500)\n', 'memory-5000']]) {
    const r = session.run(cell);
    if (!r.ok) throw new Error(`memory_loop.py: ${JSON.stringify(r.error)}`);
    if (name) console.log(JSON.stringify({ name, who: 'ours-wasm', mb: ag.heapSize() / 2 ** 20 }));
  }
  session.delete();
}
if (!only || only === 'op-overhead-wasm') out('op-overhead-wasm', 'ours-wasm', repeat(opChain, 7));
if (!only || only === 'mlp-wasm') out('mlp-wasm', 'ours-wasm', repeat(mlp, 15));
if (!only || only === 'cell-latency') {
  const session = new ag.Session();
  const cell = 'x = Variable(torch.FloatTensor([[1, 2, 3, 4]]), requires_grad=True)\nz = 2*x\nloss = z.sum(dim=1)\n' +
    'z.backward(torch.FloatTensor([[1, 0, 0, 0]]), retain_graph=True)\nx.grad.data.zero_()\nloss.backward()\n';
  session.run('import torch\nfrom torch.autograd import Variable\n');
  for (let i = 0; i < 50; i++) session.run(cell);
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) session.run(cell);
  out('cell-latency', 'ours-wasm', (performance.now() - t0) / 1000);
  session.delete();
}
