// The page's side of the worker protocol: requests become Promises. stop() terminates a runaway
// worker, starts a fresh one and replays the cells that had run, so the session is as it was.
export class EngineClient {
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.pending = new Map();
    this.nextId = 1;
    this.history = [];  // code of the cells that ran successfully, in order
    this.start();
  }

  start() {
    this.worker = new Worker(this.workerUrl, { type: 'module' });
    this.worker.onmessage = ({ data }) => {
      const entry = this.pending.get(data.id);
      if (!entry) return;
      this.pending.delete(data.id);
      if (data.type === 'error') entry.reject(Object.assign(new Error(data.payload.message), { name: data.payload.name }));
      else entry.resolve(data.payload);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      for (const entry of this.pending.values()) entry.reject(new Error('the engine failed to load'));
      this.pending.clear();
      this.failed = true;
    };
  }

  request(type, payload) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, type, payload });
    });
  }

  async run(code, filename) {
    const result = await this.request('run', { code, filename });
    if (result.ok) this.history.push({ code, filename });
    return result;
  }

  /** Kills the worker (whatever it is doing), restarts it and replays the history. */
  async stop() {
    this.worker.terminate();
    const interrupted = [...this.pending.values()];
    this.pending.clear();
    for (const entry of interrupted) {
      entry.resolve({ ok: false, stopped: true, stdout: '', stderr: '', tensors: [], backwardLog: [],
        error: { type: 'KeyboardInterrupt', message: 'stopped', line: 0, column: 0, traceback: 'KeyboardInterrupt: stopped\n' },
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
