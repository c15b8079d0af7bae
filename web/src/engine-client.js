// The page's side of the worker protocol: requests become Promises. stop() terminates a runaway
// worker, starts a fresh one and replays the cells that had run, so the session is as it was;
// a worker that crashes (a WebAssembly trap or abort) is recovered the same way.
export class EngineClient {
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.pending = new Map();
    this.nextId = 1;
    this.history = [];  // code of the cells that ran successfully, in order
    // Resolves when the first worker has loaded the engine (or failed to).
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    this.start();
  }

  start() {
    this.worker = new Worker(this.workerUrl, { type: 'module' });
    this.loaded = false;
    this.worker.onmessage = ({ data }) => {
      this.loaded = true;
      if (data.type === 'ready') {
        this.markReady();
        return;
      }
      if (data.type === 'crashed') {
        this.recover({ type: 'RuntimeError', message: `the engine crashed (${data.payload.message}); it was restarted and the cells that had run were replayed` });
        return;
      }
      const entry = this.pending.get(data.id);
      if (!entry) return;
      if (data.type === 'output') {  // live output of a running cell
        entry.stdout += data.payload.stdout;
        entry.onOutput?.(data.payload);
        return;
      }
      this.pending.delete(data.id);
      if (data.type === 'error') entry.reject(Object.assign(new Error(data.payload.message), { name: data.payload.name }));
      else entry.resolve(data.payload);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      if (this.loaded) {
        this.recover({ type: 'RuntimeError', message: `the engine crashed (${event.message}); it was restarted and the cells that had run were replayed` });
        return;
      }
      for (const entry of this.pending.values()) entry.reject(new Error('the engine failed to load'));
      this.pending.clear();
      this.failed = true;
      this.markReady();
    };
  }

  request(type, payload, onOutput) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onOutput, stdout: '' });
      this.worker.postMessage({ id, type, payload });
    });
  }

  /** Runs a cell; onOutput({stdout, stderr}) gets what it prints while it runs. */
  async run(code, filename, { onOutput } = {}) {
    const result = await this.request('run', { code, filename }, onOutput);
    if (result.ok) this.history.push({ code, filename });
    return result;
  }

  /** Kills the worker (whatever it is doing), restarts it and replays the history. */
  stop() {
    return this.recover({ type: 'KeyboardInterrupt', message: 'stopped' }, { stopped: true });
  }

  /** Ends what was pending with `error`, starts a fresh worker and replays the history. */
  async recover(error, extra = {}) {
    this.worker.terminate();
    const interrupted = [...this.pending.values()];
    this.pending.clear();
    for (const entry of interrupted) {  // what a stopped cell printed is kept
      entry.resolve({ ok: false, ...extra, stdout: entry.stdout, stderr: '', tensors: [], backwardLog: [],
        error: { ...error, line: 0, column: 0, traceback: `${error.type}: ${error.message}\n` },
        views: { graph: null, jacobian: null } });
    }
    this.start();
    const replay = this.history;
    this.history = [];
    for (const cell of replay) await this.run(cell.code, cell.filename);
  }

  async reset() {
    this.history = [];
    await this.request('reset', {});
  }

  jacobian(output, input) { return this.request('jacobian', { output, input }); }
  graph(expression) { return this.request('graph', { expression }); }
}
