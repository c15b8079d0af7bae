// Type declarations for autograd-playground's JavaScript API (hand-written: Emscripten 3.1.6
// cannot generate them). Ownership: see wasm/README.md.

export type DType = 'float32' | 'float64' | 'int64' | 'bool';
export type NestedArray = number | boolean | NestedArray[];

export interface LoadOptions {
  /** The bytes of autograd.wasm (otherwise read from disk in Node, fetched in a browser). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to fetch autograd.wasm from, as Emscripten's locateFile. */
  locateFile?: (path: string, prefix: string) => string;
}

export interface TensorOptions {
  dtype?: DType;
  requiresGrad?: boolean;
  /** Reshape flat data to this shape. */
  shape?: number[];
}

export interface BackwardOptions {
  /** Keep the graph's saved tensors so backward can run again (retain_graph=True). */
  retainGraph?: boolean;
  /** Record the backward pass itself, for higher derivatives (create_graph=True). */
  createGraph?: boolean;
}

/** A tensor owned by JavaScript. Call delete() (or use api.scope) when done with it. */
export interface Tensor {
  readonly shape: number[];
  readonly dtype: DType;
  requiresGrad: boolean;
  readonly isLeaf: boolean;
  /** The grad_fn's PyTorch name ("MulBackward0"), or null for leaves. */
  readonly gradFn: string | null;
  /** The accumulated gradient as a new Tensor, or null. */
  readonly grad: Tensor | null;

  add(other: Tensor | number): Tensor;
  sub(other: Tensor | number): Tensor;
  mul(other: Tensor | number): Tensor;
  div(other: Tensor | number): Tensor;
  pow(other: Tensor | number): Tensor;
  /** number - this */
  rsub(n: number): Tensor;
  /** number / this */
  rdiv(n: number): Tensor;
  matmul(other: Tensor): Tensor;
  mm(other: Tensor): Tensor;
  mv(other: Tensor): Tensor;
  dot(other: Tensor): Tensor;
  neg(): Tensor; exp(): Tensor; log(): Tensor; sqrt(): Tensor; sin(): Tensor; cos(): Tensor;
  tanh(): Tensor; sigmoid(): Tensor; relu(): Tensor; abs(): Tensor;
  clone(): Tensor;
  detach(): Tensor;
  t(): Tensor;
  sum(dim?: number | number[], keepdim?: boolean): Tensor;
  mean(dim?: number | number[], keepdim?: boolean): Tensor;
  prod(): Tensor; max(): Tensor; min(): Tensor; norm(): Tensor;
  view(...shape: number[]): Tensor;
  reshape(...shape: number[]): Tensor;
  permute(...dims: number[]): Tensor;
  expand(...shape: number[]): Tensor;
  transpose(dim0: number, dim1: number): Tensor;
  unsqueeze(dim: number): Tensor;
  squeeze(): Tensor;
  /** t[index] along dim (Python's IndexError when out of range). */
  select(dim: number, index: number): Tensor;
  softmax(dim: number): Tensor;
  logSoftmax(dim: number): Tensor;

  /** Accumulates vᵀJ into the leaves' .grad; v defaults to 1 for one-element tensors. */
  backward(gradient?: Tensor | null, options?: BackwardOptions): void;
  retainGrad(): Tensor;
  /** x.grad.zero_() */
  zeroGrad(): Tensor;
  item(): number;
  toArray(): NestedArray;
  toTypedArray(): Float32Array | Float64Array | BigInt64Array | Uint8Array;
  /** Exactly what PyTorch prints. */
  toString(): string;
  delete(): void;
  [Symbol.dispose](): void;
}

/** One row of a Jacobian: the one-hot seed eᵢ (shaped like the output) and eᵢᵀJ (like the input). */
export interface JacobianRow {
  index: number;
  seed: number[];
  row: number[];
  seedShape: number[];
  rowShape: number[];
}

export interface CellError {
  /** The Python exception type: "RuntimeError", "SyntaxError", "TimeoutError", ... */
  type: string;
  message: string;
  /** 1-based line of the failing statement; 0 if unknown. */
  line: number;
  /** 0-based column (syntax errors). */
  column: number;
  /** CPython's text, ending with "Type: message". */
  traceback: string;
}

export interface TensorSummary {
  name: string;
  shape: number[];
  dtype: DType;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  hasGrad: boolean;
  /** The values as PyTorch prints them (up to 16), else the first six and the count. */
  data: string;
  /** The same for .grad, or null when it is None. */
  grad: string | null;
}

export interface BackwardCall {
  /** The variable backward was called on ("" if unnamed). */
  root: string;
  /** The seed v (flattened), or null for the implicit 1. */
  gradient: number[] | null;
  retainGraph: boolean;
  createGraph: boolean;
  /** grad_fn names in the order the engine ran them. */
  nodes: string[];
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  /** Warnings Python would print on stderr. */
  stderr: string;
  error?: CellError;
  milliseconds: number;
  /** Every tensor bound to a global name after the run (the first 64 by name). */
  tensors: TensorSummary[];
  /** The backward calls this run made. */
  backwardLog: BackwardCall[];
  /** Rich output the cell showed (matplotlib figures), each after `offset` UTF-16 units of stdout. */
  displays: { kind: 'figure'; offset: number; data: unknown }[];
}

export interface GraphNode {
  id: number;
  kind: 'tensor' | 'function';
  label: string;
  detail: string;
  isLeaf: boolean;
  requiresGrad: boolean;
  /** repr of .grad for leaves that have one, else "". */
  grad: string;
}

export type GraphResult =
  | { ok: true; nodes: GraphNode[]; edges: { from: number; to: number }[] }
  | { ok: false; error: string };

export type JacobianRowsResult = { ok: true; rows: JacobianRow[] } | { ok: false; error: string };

/** A notebook session: cells share globals. Delete it when done. */
export interface Session {
  run(code: string, filename?: string): RunResult;
  /** The autograd graph reachable from the tensor an expression evaluates to. */
  graph(expression: string): GraphResult;
  /** Rows of d(output)/d(input), one backward per one-hot seed; .grad is left alone. */
  jacobianRows(outputExpr: string, inputExpr: string): JacobianRowsResult;
  reset(): void;
  /** Seconds; 0 disables. A cell over the limit stops with TimeoutError. */
  setTimeLimit(seconds: number): void;
  /** Off: backward() records nothing for the views (backward log, Jacobian rows): faster, and hooks run once. */
  setBackwardViews(on: boolean): void;
  setRecursionLimit(limit: number): void;
  /** Live output: listener gets what a running cell printed since its last call, at most every
   *  intervalSeconds (default 0.1); run() still returns all of it. null turns it off. */
  setOutputListener(listener: ((stdout: string, stderr: string) => void) | null, intervalSeconds?: number): void;
  delete(): void;
  [Symbol.dispose](): void;
}

export interface Api {
  Tensor: { new (handle: never): Tensor };
  tensor(data: NestedArray | ArrayBufferView, options?: TensorOptions): Tensor;
  zeros(shape: number[], options?: TensorOptions): Tensor;
  ones(shape: number[], options?: TensorOptions): Tensor;
  rand(shape: number[], options?: TensorOptions): Tensor;
  randn(shape: number[], options?: TensorOptions): Tensor;
  /** torch.manual_seed: rand/randn then give PyTorch's numbers. */
  manualSeed(seed: number): void;
  stack(tensors: Tensor[], dim?: number): Tensor;
  cat(tensors: Tensor[], dim?: number): Tensor;
  mseLoss(input: Tensor, target: Tensor): Tensor;
  crossEntropy(input: Tensor, target: Tensor): Tensor;
  /** torch.autograd.grad; never touches .grad. Unused inputs give null with allowUnused. */
  grad(outputs: Tensor | Tensor[], inputs: Tensor | Tensor[],
       options?: { gradOutputs?: Tensor | Tensor[]; retainGraph?: boolean; createGraph?: boolean; allowUnused?: boolean }): (Tensor | null)[];
  /** One backward per one-hot seed (or all seeds in one pass with batched: true). */
  jacobianRows(output: Tensor, input: Tensor, options?: { batched?: boolean }): JacobianRow[];
  jacobian(output: Tensor, input: Tensor, options?: { batched?: boolean }): Tensor;
  /** Runs fn, then deletes every Tensor created meanwhile except those it returns. */
  scope<T>(fn: () => T): T;
  /** Cap on live tensor bytes (default 4 GiB; allocations past it throw RuntimeError). */
  setMemoryLimit(bytes: number): void;
  memoryInUse(): number;
  heapSize(): number;
  Session: { new (): Session };
}

export function load(options?: LoadOptions): Promise<Api>;
