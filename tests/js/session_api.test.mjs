// The session API the page uses, and the memory behaviour of long-running use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepRecursionCells } from './deep-recursion-cells.mjs';
import { load } from '../../wasm/index.mjs';

const ag = await load();

test('a session runs cells, keeps state, and reports plain data', () => {
  const s = new ag.Session();
  let r = s.run('import torch\nx = torch.tensor([[1., 2., 3., 4.]], requires_grad=True)\nz = 2 * x\nloss = z.sum(dim=1)\n');
  assert.equal(r.ok, true);
  r = s.run('z.backward(torch.tensor([[1., 0., 0., 0.]]), retain_graph=True)\nprint(x.grad)\n');
  assert.equal(r.stdout, 'tensor([[2., 0., 0., 0.]])\n');
  assert.deepEqual(r.tensors.map((t) => t.name), ['loss', 'x', 'z']);
  assert.equal(r.backwardLog.length, 1);
  assert.deepEqual(r.backwardLog[0].gradient, [1, 0, 0, 0]);
  assert.equal(r.backwardLog[0].root, 'z');
  const g = s.graph('loss');
  assert.equal(g.ok, true);
  assert.deepEqual(g.nodes.map((n) => n.label), ['loss', 'SumBackward1', 'MulBackward0', 'AccumulateGrad', 'x']);
  const rows = s.jacobianRows('z', 'x');
  assert.deepEqual(rows.rows.map((row) => row.row), [[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 2]]);
  s.delete();
});

test('errors carry type, message, line and traceback; the session survives them', () => {
  const s = new ag.Session();
  const r = s.run('import torch\ny = torch.ones(3, requires_grad=True) * 2\ny.backward()\n', 'cell.py');
  assert.equal(r.ok, false);
  assert.equal(r.error.type, 'RuntimeError');
  assert.equal(r.error.message, 'grad can be implicitly created only for scalar outputs');
  assert.equal(r.error.line, 3);
  assert.match(r.error.traceback, /File "cell.py", line 3, in <module>\n    y.backward\(\)\nRuntimeError: grad can/);
  const syntax = s.run('x = (1,\n');
  assert.equal(syntax.error.type, 'SyntaxError');
  assert.equal(syntax.error.line, 1);
  assert.equal(s.run('print(6 * 7)\n').stdout, '42\n');
  s.delete();
});

test('limits: time, recursion, memory', () => {
  const s = new ag.Session();
  s.setTimeLimit(0.2);
  assert.equal(s.run('while True:\n    pass\n').error.type, 'TimeoutError');
  assert.equal(s.run('def f(n):\n    return f(n + 1)\nf(0)\n').error.type, 'RecursionError');
  const big = s.run('import torch\nx = torch.zeros(10**10)\n');
  assert.equal(big.error.type, 'RuntimeError');
  assert.match(big.error.message, /you tried to allocate 40000000000 bytes/);
  assert.equal(s.run('print(torch.ones(2))\n').stdout, 'tensor([1., 1.])\n');
  s.delete();
});

test('recursion stops at the limit on every path, well before the native stack runs out', () => {
  const s = new ag.Session();
  for (const code of deepRecursionCells) {
    const r = s.run(code);
    assert.equal(r.ok, true, r.error?.message);
    assert.match(r.stdout, /^caught maximum recursion depth exceeded/);
  }
  assert.equal(s.run('print("alive")\n').stdout, 'alive\n');
  s.delete();
});

test('live output: a running cell hands out what it printed as it goes', () => {
  const s = new ag.Session();
  const chunks = [];
  s.setOutputListener((stdout, stderr) => chunks.push({ stdout, stderr, at: Date.now() }), 0.05);
  const start = Date.now();
  const r = s.run('import time\nfor step in range(4):\n    print("step", step)\n    t = time.time()\n    while time.time() - t < 0.1:\n        pass\n');
  assert.equal(r.ok, true, r.error?.message);
  assert.equal(r.stdout, 'step 0\nstep 1\nstep 2\nstep 3\n');  // all of it, streamed or not
  assert.ok(chunks.length >= 2, `expected several chunks, got ${chunks.length}`);
  assert.equal(chunks[0].stdout.startsWith('step 0\n'), true);
  assert.ok(chunks[0].at - start < 300, 'the first line arrived while the cell was still running');
  assert.equal(chunks.map((c) => c.stdout).join('') + '', r.stdout.slice(0, chunks.map((c) => c.stdout).join('').length));
  s.setOutputListener(null);
  chunks.length = 0;
  assert.equal(s.run('print(1)\n').stdout, '1\n');
  assert.equal(chunks.length, 0);
  assert.throws(() => s.setOutputListener(42), TypeError);
  s.delete();
});

test('10,000 cells and many tensor ops: the wasm heap stops growing', () => {
  const s = new ag.Session();
  const cell = 'x = torch.randn(8, 8, requires_grad=True)\ny = (x @ x).tanh().sum()\ny.backward()\nprint(round(y.item(), 2))\n';
  s.run('import torch\n');
  for (let i = 0; i < 1000; i++) s.run(cell);  // warm up: let the allocator reach its working size
  const heapAfterWarmup = ag.heapSize();
  const liveAfterWarmup = ag.memoryInUse();
  for (let i = 0; i < 9000; i++) {
    const r = s.run(cell);
    if (!r.ok) throw new Error(r.error.traceback);
  }
  for (let i = 0; i < 2000; i++) {
    ag.scope(() => {
      const a = ag.randn([16, 16], { requiresGrad: true });
      a.matmul(a).relu().sum().backward();
      return undefined;
    });
  }
  assert.equal(ag.memoryInUse(), liveAfterWarmup, 'live tensor bytes are back where they were');
  assert.ok(ag.heapSize() <= heapAfterWarmup * 1.25, `heap grew from ${heapAfterWarmup} to ${ag.heapSize()}`);
  s.delete();
});

test('a graph 20,000 operations deep is built, differentiated and freed without exhausting the stack', () => {
  const s = new ag.Session();
  const r = s.run('import torch\nx = torch.tensor([1.0], requires_grad=True)\ny = x\nfor i in range(20000):\n    y = y * 1.0 + 0.0\ny.backward()\nprint(x.grad)\ndel y\n');
  assert.equal(r.ok, true, r.error?.traceback);
  assert.equal(r.stdout, 'tensor([1.])\n');
  ag.scope(() => {
    let y = ag.tensor([1], { dtype: 'float32', requiresGrad: true });
    for (let i = 0; i < 20000; i++) y = y.mul(1);
    y.sum().backward();
  });
  s.delete();
});
