// The JavaScript API of autograd-playground: PyTorch-style tensors and autograd, and notebook
// sessions that run PyTorch-flavoured Python cells. See index.d.ts for the documented surface and
// README.md (this folder) for who owns what.
import createAutogradModule from '../build/wasm/autograd.mjs';

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Loads the WebAssembly module. In Node the .wasm file is read from disk; in a browser or a
 *  worker it is fetched next to autograd.mjs. */
export async function load(options = {}) {
  const moduleOptions = {};
  if (options.wasmBinary) {
    moduleOptions.wasmBinary = options.wasmBinary;
  } else if (isNode) {
    const { readFile } = await import('node:fs/promises');
    moduleOptions.wasmBinary = await readFile(new URL('../build/wasm/autograd.wasm', import.meta.url));
  }
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  const M = await createAutogradModule(moduleOptions);
  return makeApi(M);
}

const DTYPES = new Set(['float32', 'float64', 'int64', 'bool']);

// Flattens nested arrays, checking they are rectangular (PyTorch's message when not).
function flatten(data) {
  if (ArrayBuffer.isView(data)) return { values: Array.from(data, Number), shape: [data.length] };
  if (typeof data === 'number' || typeof data === 'boolean') return { values: [Number(data)], shape: [] };
  if (!Array.isArray(data)) {
    throw new TypeError(`tensor(): expected a number, a boolean, an array or a typed array, got ${typeof data}`);
  }
  const shape = [];
  for (let level = data; Array.isArray(level); level = level[0]) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const values = [];
  // PyTorch's limit on dimensions; also keeps a hostile 100,000-deep array off the JS stack.
  if (shape.length > 64) throw new RangeError(`tensor(): too many dimensions (${shape.length} > 64)`);
  const walk = (node, depth) => {
    if (depth === shape.length) {
      if (typeof node !== 'number' && typeof node !== 'boolean') {
        throw new TypeError(`tensor(): elements must be numbers or booleans, got ${typeof node}`);
      }
      values.push(Number(node));
      return;
    }
    if (!Array.isArray(node) || node.length !== shape[depth]) {
      throw new RangeError(`expected sequence of length ${shape[depth]} at dim ${depth} (got ${Array.isArray(node) ? node.length : 'a scalar'})`);
    }
    for (const child of node) walk(child, depth + 1);
  };
  walk(data, 0);
  return { values, shape };
}

function inferDtype(data) {
  let kind = 0;  // 0 bool, 1 int, 2 float
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'number') kind = Math.max(kind, Number.isInteger(v) ? 1 : 2);
  };
  if (ArrayBuffer.isView(data)) return data instanceof Float64Array ? 'float64' : data instanceof Float32Array ? 'float32' : 'int64';
  visit(data);
  return kind === 2 ? 'float32' : kind === 1 ? 'int64' : 'bool';
}

// Dims, indices and sizes cross into C++ as int64; Embind would quietly truncate 1.5 or turn
// 'a' into 0, so we check them here and answer in PyTorch's words.
function int(what, v) {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new TypeError(`${what} must be an integer, got ${typeof v === 'number' ? v : typeof v}`);
  }
  if (!Number.isSafeInteger(v)) throw new RangeError(`${what} is too large: ${v}`);
  return v;
}
function num(what, v) {
  if (typeof v !== 'number') throw new TypeError(`${what} must be a number, got ${typeof v}`);
  return v;
}
function ints(what, values) {
  if (!Array.isArray(values)) throw new TypeError(`${what} must be an array of integers, got ${typeof values}`);
  values.forEach((v) => int(what, v));
  return values;
}

function checkShape(shape) {
  if (!Array.isArray(shape)) throw new TypeError('shape must be an array of non-negative integers');
  for (const s of shape) {
    if (!Number.isSafeInteger(s) || s < 0) throw new RangeError(`shape must be an array of non-negative integers, got [${shape}]`);
  }
  return shape;
}

function makeApi(M) {
  // Tensors created while a scope() callback runs; deleted when it returns.
  let scopes = [];
  // A safety net for handles nobody deleted: the GC deletes them eventually.
  const registry = new FinalizationRegistry((handle) => { if (!handle.isDeleted()) handle.delete(); });

  class Tensor {
    constructor(handle) {
      this._handle = handle;
      registry.register(this, handle, this);
      if (scopes.length) scopes[scopes.length - 1].push(this);
    }
    get shape() { return this._h().shape(); }
    get dtype() { return this._h().dtype(); }
    get requiresGrad() { return this._h().requiresGrad(); }
    set requiresGrad(v) { this._h().setRequiresGrad(Boolean(v)); }
    get isLeaf() { return this._h().isLeaf(); }
    get gradFn() { return this._h().gradFn(); }
    /** The accumulated gradient (a new wrapper each time), or null. */
    get grad() { return this._h().hasGrad() ? new Tensor(this._h().grad()) : null; }

    add(o) { return binary(this, o, 'add', 'addScalar', 'addScalar'); }
    sub(o) { return binary(this, o, 'sub', 'subScalar'); }
    mul(o) { return binary(this, o, 'mul', 'mulScalar'); }
    div(o) { return binary(this, o, 'div', 'divScalar'); }
    pow(o) { return binary(this, o, 'pow', 'powScalar'); }
    rsub(n) { return wrap(M.rsubScalar(this._h(), num('other', n))); }
    rdiv(n) { return wrap(M.rdivScalar(this._h(), num('other', n))); }
    matmul(o) { return wrap(M.matmul(this._h(), handleOf(o))); }
    mm(o) { return wrap(M.mm(this._h(), handleOf(o))); }
    mv(o) { return wrap(M.mv(this._h(), handleOf(o))); }
    dot(o) { return wrap(M.dot(this._h(), handleOf(o))); }
    neg() { return wrap(M.neg(this._h())); }
    exp() { return wrap(M.exp(this._h())); }
    log() { return wrap(M.log(this._h())); }
    sqrt() { return wrap(M.sqrt(this._h())); }
    sin() { return wrap(M.sin(this._h())); }
    cos() { return wrap(M.cos(this._h())); }
    tanh() { return wrap(M.tanh(this._h())); }
    sigmoid() { return wrap(M.sigmoid(this._h())); }
    relu() { return wrap(M.relu(this._h())); }
    abs() { return wrap(M.abs(this._h())); }
    clone() { return wrap(M.clone(this._h())); }
    detach() { return wrap(this._h().detach()); }
    t() { return wrap(M.t(this._h())); }
    sum(dim, keepdim = false) { return dim === undefined ? wrap(M.sumAll(this._h())) : wrap(M.sumDim(this._h(), ints('dim', [].concat(dim)), Boolean(keepdim))); }
    mean(dim, keepdim = false) { return dim === undefined ? wrap(M.meanAll(this._h())) : wrap(M.meanDim(this._h(), ints('dim', [].concat(dim)), Boolean(keepdim))); }
    prod() { return wrap(M.prodAll(this._h())); }
    max() { return wrap(M.maxAll(this._h())); }
    min() { return wrap(M.minAll(this._h())); }
    norm() { return wrap(M.norm(this._h())); }
    view(...shape) { return wrap(M.view(this._h(), ints('shape', shape.flat()))); }
    reshape(...shape) { return wrap(M.reshape(this._h(), ints('shape', shape.flat()))); }
    permute(...dims) { return wrap(M.permute(this._h(), ints('dims', dims.flat()))); }
    expand(...shape) { return wrap(M.expand(this._h(), ints('shape', shape.flat()))); }
    transpose(d0, d1) { return wrap(M.transpose(this._h(), int('dim0', d0), int('dim1', d1))); }
    unsqueeze(d) { return wrap(M.unsqueeze(this._h(), int('dim', d))); }
    squeeze() { return wrap(M.squeeze(this._h())); }
    select(dim, index) { return wrap(M.select(this._h(), int('dim', dim), int('index', index))); }
    softmax(dim) { return wrap(M.softmax(this._h(), int('dim', dim))); }
    logSoftmax(dim) { return wrap(M.logSoftmax(this._h(), int('dim', dim))); }

    /** backward(gradient?) accumulates gradientᵀJ into the leaves' .grad. */
    backward(gradient = null, { retainGraph = false, createGraph = false } = {}) {
      this._h().backward(gradient === null ? null : handleOf(gradient), Boolean(retainGraph), Boolean(createGraph));
    }
    retainGrad() { this._h().retainGrad(); return this; }
    /** Sets .grad to zero in place (x.grad.zero_()). */
    zeroGrad() { this._h().zeroGrad(); return this; }
    item() { return this._h().item(); }
    /** Nested arrays of numbers (booleans for bool tensors). */
    toArray() {
      const flat = this._h().flat();
      const shape = this.shape;
      const isBool = this.dtype === 'bool';
      let i = 0;
      const build = (d) => {
        if (d === shape.length) { const v = flat[i++]; return isBool ? v !== 0 : v; }
        return Array.from({ length: shape[d] }, () => build(d + 1));
      };
      return build(0);
    }
    toTypedArray() {
      const flat = this._h().flat();
      switch (this.dtype) {
        case 'float32': return Float32Array.from(flat);
        case 'float64': return Float64Array.from(flat);
        case 'int64': return BigInt64Array.from(flat, (v) => BigInt(v));
        default: return Uint8Array.from(flat);
      }
    }
    /** Exactly what PyTorch prints. */
    toString() { return this._h().toString(); }
    delete() {
      if (this._handle && !this._handle.isDeleted()) {
        registry.unregister(this);
        this._handle.delete();
      }
      this._handle = null;
    }
    [Symbol.dispose]() { this.delete(); }
    _h() {
      if (!this._handle || this._handle.isDeleted()) throw new TypeError('this tensor has been deleted');
      return this._handle;
    }
  }

  function handleOf(t) {
    if (!(t instanceof Tensor)) throw new TypeError(`expected a Tensor, got ${t === null ? 'null' : typeof t}`);
    return t._h();
  }
  function wrap(handle) { return new Tensor(handle); }
  function binary(a, b, tensorOp, scalarOp) {
    if (typeof b === 'number') return wrap(M[scalarOp](a._h(), b));
    return wrap(M[tensorOp](a._h(), handleOf(b)));
  }
  function dtypeOf(options, data) {
    const dtype = options.dtype ?? inferDtype(data);
    if (!DTYPES.has(dtype)) throw new TypeError(`unknown dtype '${dtype}' (use float32, float64, int64 or bool)`);
    return dtype;
  }

  const api = {
    Tensor,
    /** tensor(nestedArray | typedArray | number, {dtype, requiresGrad, shape}) */
    tensor(data, options = {}) {
      let { values, shape } = flatten(data);  // first: it bounds the depth inferDtype walks
      const dtype = dtypeOf(options, data);
      if (options.shape) {
        shape = checkShape(options.shape);
        const n = shape.reduce((a, b) => a * b, 1);
        if (n !== values.length) throw new RangeError(`shape [${shape}] needs ${n} values, got ${values.length}`);
      }
      return wrap(M.fromData(values, shape, dtype, Boolean(options.requiresGrad)));
    },
    zeros(shape, { dtype = 'float32', requiresGrad = false } = {}) { return withGrad(wrap(M.zeros(checkShape(shape), dtypeOf({ dtype }))), requiresGrad); },
    ones(shape, { dtype = 'float32', requiresGrad = false } = {}) { return withGrad(wrap(M.ones(checkShape(shape), dtypeOf({ dtype }))), requiresGrad); },
    rand(shape, { dtype = 'float32', requiresGrad = false } = {}) { return withGrad(wrap(M.rand(checkShape(shape), dtypeOf({ dtype }))), requiresGrad); },
    randn(shape, { dtype = 'float32', requiresGrad = false } = {}) { return withGrad(wrap(M.randn(checkShape(shape), dtypeOf({ dtype }))), requiresGrad); },
    manualSeed(seed) { M.manualSeed(int('seed', seed)); },
    stack(tensors, dim = 0) { return wrap(M.stack(Array.from(tensors, handleOf), int('dim', dim))); },
    cat(tensors, dim = 0) { return wrap(M.cat(Array.from(tensors, handleOf), int('dim', dim))); },
    mseLoss(a, b) { return wrap(M.mseLoss(handleOf(a), handleOf(b))); },
    crossEntropy(a, b) { return wrap(M.crossEntropy(handleOf(a), handleOf(b))); },
    /** torch.autograd.grad: gradients of outputs w.r.t. inputs, .grad untouched. */
    grad(outputs, inputs, { gradOutputs = [], retainGraph = false, createGraph = false, allowUnused = false } = {}) {
      const outs = [].concat(outputs), ins = [].concat(inputs), seeds = [].concat(gradOutputs);
      const result = M.grad(outs.map(handleOf), ins.map(handleOf), seeds.map(handleOf), retainGraph || createGraph, createGraph, allowUnused);
      return Array.from(result, (h) => (h === null ? null : wrap(h)));
    },
    /** One backward per one-hot seed eᵢ: [{index, seed, row, seedShape, rowShape}] as plain arrays. */
    jacobianRows(output, input, { batched = false } = {}) {
      return JSON.parse(M.jacobianRows(handleOf(output), handleOf(input), batched));
    },
    /** The full Jacobian (output.shape + input.shape) as a tensor, from the rows. */
    jacobian(output, input, options = {}) {
      const rows = api.jacobianRows(output, input, options);
      const shape = [...output.shape, ...input.shape];
      return api.tensor(rows.flatMap((r) => r.row), { dtype: input.dtype, shape });
    },
    /** Runs fn; deletes every tensor created meanwhile except those it returns. */
    scope(fn) {
      scopes.push([]);
      let result;
      try {
        result = fn();
      } finally {
        const created = scopes.pop();
        const keep = new Set([].concat(result ?? []).filter((v) => v instanceof Tensor));
        for (const t of created) {
          if (keep.has(t)) { if (scopes.length) scopes[scopes.length - 1].push(t); } else t.delete();
        }
      }
      return result;
    },
    setMemoryLimit(bytes) { M.setMemoryLimit(int('bytes', bytes)); },
    memoryInUse() { return M.memoryInUse(); },
    /** Bytes of WebAssembly memory (grows, never shrinks). */
    heapSize() { return M.HEAPU8.length; },
    Session: class Session {
      constructor() { this._s = new M.Session(); }
      /** Runs a cell; returns {ok, stdout, stderr, error?, milliseconds, tensors, backwardLog}. */
      run(code, filename = '<cell>') { return JSON.parse(this._live().run(String(code), String(filename))); }
      graph(expression) { return JSON.parse(this._live().graph(String(expression))); }
      jacobianRows(outputExpr, inputExpr) { return JSON.parse(this._live().jacobianRows(String(outputExpr), String(inputExpr))); }
      reset() { this._live().reset(); }
      setTimeLimit(seconds) { this._live().setTimeLimit(Number(seconds) || 0); }
      /** Off: backward() records nothing for views (backward log, Jacobian rows); faster, no re-runs of hooks. */
      setBackwardViews(on) { this._live().setBackwardViews(Boolean(on)); }
      setRecursionLimit(limit) { this._live().setRecursionLimit(int('limit', limit)); }
      /** Live output: listener(stdout, stderr) gets what a running cell printed since the last call,
       *  at most every intervalSeconds; run() still returns all of it. null turns it off. */
      setOutputListener(listener, intervalSeconds = 0.1) {
        if (listener != null && typeof listener !== 'function') throw new TypeError('listener must be a function or null');
        this._live().setOutputListener(listener ?? null, Number(intervalSeconds) || 0);
      }
      delete() { if (this._s) { this._s.delete(); this._s = null; } }
      [Symbol.dispose]() { this.delete(); }
      _live() { if (!this._s) throw new TypeError('this session has been deleted'); return this._s; }
    },
  };
  function withGrad(t, requiresGrad) { if (requiresGrad) t.requiresGrad = true; return t; }
  return api;
}
