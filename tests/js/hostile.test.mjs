// Hostile input to the JS API and the session: a TypeError or RangeError with a clear message,
// or a Python error as data — never an abort, and the module keeps working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from '../../wasm/index.mjs';

const ag = await load();

function stillWorks() {
  assert.equal(ag.scope(() => ag.ones([2]).mul(3).toString()), 'tensor([3., 3.])');
}

test('wrong types, ragged or absurdly deep arrays, bad shapes', () => {
  assert.throws(() => ag.tensor([[1, 2], [3]]), { name: 'RangeError', message: 'expected sequence of length 2 at dim 1 (got 1)' });
  assert.throws(() => ag.tensor([[1, 2], 3]), RangeError);
  assert.throws(() => ag.tensor([1, 'two']), { name: 'TypeError', message: 'tensor(): elements must be numbers or booleans, got string' });
  assert.throws(() => ag.tensor({ length: 2 }), TypeError);
  assert.throws(() => ag.tensor(null), TypeError);
  assert.throws(() => ag.tensor(undefined), TypeError);
  let deep = [1];
  for (let i = 0; i < 100000; i++) deep = [deep];
  assert.throws(() => ag.tensor(deep), { name: 'RangeError', message: 'tensor(): too many dimensions (100001 > 64)' });
  for (const shape of [[-1], [1.5], [NaN], [Infinity], ['2'], [2 ** 60]]) {
    assert.throws(() => ag.zeros(shape), RangeError, `zeros(${shape})`);
  }
  assert.throws(() => ag.zeros('2, 3'), TypeError);
  assert.throws(() => ag.ones([2], { dtype: 'complex64' }), TypeError);
  stillWorks();
});

test('dims and indices must be integers; tensors must be live Tensors', () => {
  ag.scope(() => {
    const a = ag.ones([2, 3]);
    assert.throws(() => a.sum(0.5), { name: 'TypeError', message: 'dim must be an integer, got 0.5' });
    assert.throws(() => a.select('0', 1), { name: 'TypeError', message: 'dim must be an integer, got string' });
    assert.throws(() => a.view(2, NaN), TypeError);
    assert.throws(() => a.transpose(0, 1e300), RangeError);
    assert.throws(() => a.softmax(), TypeError);
    assert.throws(() => a.rsub('1'), TypeError);
    assert.throws(() => a.add({}), { name: 'TypeError', message: 'expected a Tensor, got object' });
    assert.throws(() => a.matmul(null), { name: 'TypeError', message: 'expected a Tensor, got null' });
    assert.throws(() => ag.cat([a, 3]), TypeError);
    assert.throws(() => a.select(0, 9), { name: 'IndexError' });
    const dead = ag.ones([3]);
    dead.delete();
    assert.throws(() => a.add(dead), { name: 'TypeError', message: 'this tensor has been deleted' });
    assert.throws(() => dead.backward(), { name: 'TypeError', message: 'this tensor has been deleted' });
    dead.delete();  // deleting twice is harmless
    assert.throws(() => ag.manualSeed('x'), TypeError);
  });
  stillWorks();
});

test('backward with a wrong seed, on a freed graph, or on a deleted session', () => {
  ag.scope(() => {
    const x = ag.ones([3], { requiresGrad: true });
    const y = x.mul(2);
    assert.throws(() => y.backward(ag.ones([2])), { name: 'RuntimeError', message: /Mismatch in shape/ });
    assert.throws(() => y.backward([1, 1, 1]), TypeError);
    y.backward(ag.ones([3]));
    assert.throws(() => y.backward(ag.ones([3])), { name: 'RuntimeError', message: /Trying to backward through the graph a second time/ });
  });
  const s = new ag.Session();
  s.run('import torch\nx = torch.ones(2, requires_grad=True)\ny = (x * x).sum()\n');
  s.reset();
  const r = s.run('y.backward()');
  assert.equal(r.ok, false);
  assert.equal(r.error.type, 'NameError');
  assert.deepEqual(s.jacobianRows('y', 'x'), { ok: false, error: "name 'y' is not defined" });
  assert.equal(s.run('print(1)').stdout, '1\n');
  s.delete();
  assert.throws(() => s.run('print(1)'), { name: 'TypeError', message: 'this session has been deleted' });
  stillWorks();
});

test('hostile cells come back as Python errors through the wasm session', () => {
  const s = new ag.Session();
  s.setTimeLimit(0.5);
  const cases = [
    ['while True:\n    pass\n', 'TimeoutError'],
    ['def f():\n    return f()\nf()\n', 'RecursionError'],
    ['import torch\ntorch.zeros(10**10)\n', 'RuntimeError'],
    ["s = 'x' * 10**10\n", 'MemoryError'],
    ['x = ' + '('.repeat(10000) + ')'.repeat(10000) + '\n', 'SyntaxError'],
    ['x = 1\u0000\n', 'SyntaxError'],
    ['print(10**100)\n', 'OverflowError'],
    ['import math\nmath.log()\n', 'TypeError'],
    ["print('\\ud800')\n", null],  // a lone surrogate must not break the JSON bridge
  ];
  for (const [code, type] of cases) {
    const r = s.run(code);
    if (type === null) {
      assert.equal(r.ok, true, code);
    } else {
      assert.equal(r.ok, false, code.slice(0, 40));
      assert.equal(r.error.type, type, code.slice(0, 40));
    }
    assert.equal(s.run('print(6 * 7)').stdout, '42\n');
  }
  s.delete();
});
