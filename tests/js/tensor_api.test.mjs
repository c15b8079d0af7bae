// The JS tensor API against the module built by the wasm preset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from '../../wasm/index.mjs';

const ag = await load();

test('the classic example: z = 2x, backward with one-hot seeds, then loss.backward()', () => {
  ag.scope(() => {
    const x = ag.tensor([[1, 2, 3, 4]], { dtype: 'float32', requiresGrad: true });
    const z = x.mul(2);
    const loss = z.sum(1);
    const seeds = [[[1, 0, 0, 0]], [[0, 1, 0, 0]], [[1, 1, 1, 1]]];
    const printed = [];
    for (const s of seeds) {
      z.backward(ag.tensor(s, { dtype: 'float32' }), { retainGraph: true });
      printed.push(x.grad.toString());
      x.zeroGrad();  // x.grad.data.zero_()
    }
    loss.backward();
    printed.push(x.grad.toString());
    assert.deepEqual(printed, [
      'tensor([[2., 0., 0., 0.]])',
      'tensor([[0., 2., 0., 0.]])',
      'tensor([[2., 2., 2., 2.]])',
      'tensor([[2., 2., 2., 2.]])',
    ]);
    assert.equal(z.toString(), 'tensor([[2., 4., 6., 8.]], grad_fn=<MulBackward0>)');
    assert.equal(z.gradFn, 'MulBackward0');
    assert.equal(loss.gradFn, 'SumBackward1');
  });
});

test('attributes, conversion to arrays and typed arrays', () => {
  ag.scope(() => {
    const t = ag.tensor([[1.5, 2], [3, 4]]);
    assert.deepEqual(t.shape, [2, 2]);
    assert.equal(t.dtype, 'float32');
    assert.equal(t.isLeaf, true);
    assert.equal(t.requiresGrad, false);
    assert.deepEqual(t.toArray(), [[1.5, 2], [3, 4]]);
    assert.ok(t.toTypedArray() instanceof Float32Array);
    assert.deepEqual(ag.tensor([1, 2]).toTypedArray(), BigInt64Array.from([1n, 2n]));
    assert.deepEqual(ag.tensor([true, false]).toArray(), [true, false]);
    assert.equal(ag.tensor(3.5).item(), 3.5);
  });
});

test('Python scalars on either side, and every op of the engine', () => {
  ag.scope(() => {
    const x = ag.tensor([1, 2, 3], { dtype: 'float32', requiresGrad: true });
    const y = x.pow(2).add(x.mul(3)).sub(1).div(2).exp().log().sum();
    y.backward();
    assert.equal(x.grad.toString(), 'tensor([2.5000, 3.5000, 4.5000])');
    assert.equal(x.rsub(1).gradFn, 'RsubBackward1');
    assert.equal(x.rdiv(1).gradFn, 'MulBackward0');
    assert.equal(x.view(3, 1).gradFn, 'ViewBackward0');
    assert.equal(x.unsqueeze(0).expand(2, 3).gradFn, 'ExpandBackward0');
    assert.equal(ag.stack([x, x]).gradFn, 'StackBackward0');
  });
});

test('C++ errors arrive as JS Errors named after the Python exception', () => {
  ag.scope(() => {
    const a = ag.ones([2, 3]);
    assert.throws(() => a.matmul(a), { name: 'RuntimeError', message: 'mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)' });
    assert.throws(() => ag.tensor([1, 2, 3]).select(0, 5), { name: 'IndexError' });
    assert.throws(() => ag.ones([3], { requiresGrad: true }).mul(2).backward(), { name: 'RuntimeError', message: 'grad can be implicitly created only for scalar outputs' });
    assert.throws(() => ag.tensor([1, 2]).item(), { name: 'ValueError' });
    // The module is still usable afterwards.
    assert.equal(ag.ones([2]).toString(), 'tensor([1., 1.])');
  });
});

test('bad input from JS is a TypeError or RangeError, never an abort', () => {
  assert.throws(() => ag.tensor([[1, 2], [3]]), RangeError);
  assert.throws(() => ag.tensor('abc'), TypeError);
  assert.throws(() => ag.zeros([2, -1]), RangeError);
  assert.throws(() => ag.zeros([1.5]), RangeError);
  assert.throws(() => ag.tensor([1], { dtype: 'int32' }), TypeError);
  const t = ag.tensor([1]);
  t.delete();
  assert.throws(() => t.toString(), TypeError);
  assert.throws(() => ag.ones([2]).add('x'), TypeError);
});

test('a failed huge allocation leaves the module usable', () => {
  assert.throws(() => ag.zeros([1e10]), { name: 'RuntimeError' });
  assert.equal(ag.scope(() => ag.ones([2]).toString()), 'tensor([1., 1.])');
});

test('autograd.grad and Jacobian rows leave .grad alone', () => {
  ag.scope(() => {
    const x = ag.tensor([0.5, -1, 2], { dtype: 'float32', requiresGrad: true });
    const y = x.mul(x);
    const [g] = ag.grad(y.sum(), x, { retainGraph: true });
    assert.equal(g.toString(), 'tensor([ 1., -2.,  4.])');
    const rows = ag.jacobianRows(y, x);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1].seed, [0, 1, 0]);
    assert.deepEqual(rows[1].row, [0, -2, 0]);
    assert.deepEqual(ag.jacobianRows(y, x, { batched: true }), rows);
    assert.equal(ag.jacobian(y, x).toString(), 'tensor([[ 1., -0.,  0.],\n        [ 0., -2.,  0.],\n        [ 0., -0.,  4.]])');  // as torch.autograd.functional.jacobian prints it
    assert.equal(x.grad, null);
  });
});

test('seeded random numbers are PyTorch\'s', () => {
  ag.scope(() => {
    ag.manualSeed(0);
    assert.equal(ag.randn([3]).toString(), 'tensor([ 1.5410, -0.2934, -2.1788])');
  });
});

test('scope() deletes what it created, except what it returns', () => {
  const before = ag.memoryInUse();
  const kept = ag.scope(() => {
    ag.ones([1000]);
    ag.ones([1000]).mul(2);
    return ag.zeros([10]);
  });
  assert.equal(ag.memoryInUse(), before + 40);
  kept.delete();
  assert.equal(ag.memoryInUse(), before);
});
