// The engine's Web Worker: one notebook session, driven by {id, type, payload} messages.
// Running here keeps the page responsive. There is no time limit in here: the page asks the
// reader after 10 s whether to keep going, and stops a cell by terminating the worker.
import { load } from '../../wasm/index.mjs';

let session = null;
const ready = load().then((ag) => {
  session = new ag.Session();
  self.postMessage({ type: 'ready' });
});

// What the page shows by default: the Jacobian of the latest backward root whose graph is still
// alive (one backward per one-hot seed needs it), w.r.t. a leaf of that graph, and its graph.
function defaultViews(result) {
  const views = { graph: null, jacobian: null, choices: choices(result) };
  // Prefer the last backward(v) from a many-element output: that is where a Jacobian lives.
  const calls = [...result.backwardLog].reverse().filter((c) => c.root && c.jacobian.length);
  const call = calls.find((c) => c.jacobian.length > 1) ?? calls[0];
  if (!call) return views;
  const leaf = result.tensors.find((t) => t.name === call.leaf);
  views.jacobian = { output: call.root, input: call.leaf, rows: call.jacobian, columns: call.columns, gradient: call.gradient,
                     grad: leaf?.hasGrad ? session.graph(call.leaf).nodes?.[0]?.grad : null };
  const graph = session.graph(call.root);
  if (graph.ok) views.graph = { root: call.root, ...graph, backwardOrder: call.nodes, nodeGrads: call.nodeGrads };
  return views;
}

// Tensors the reader can pick for the Jacobian view.
function choices(result) {
  return {
    outputs: result.tensors.filter((t) => t.requiresGrad && !t.isLeaf).map((t) => t.name),
    inputs: result.tensors.filter((t) => t.requiresGrad && t.isLeaf).map((t) => t.name),
  };
}

self.onmessage = async ({ data: { id, type, payload } }) => {
  try {
    await ready;
    let result;
    switch (type) {
      case 'run': {
        // What the cell prints streams to the page while it runs.
        session.setOutputListener((stdout, stderr) => self.postMessage({ id, type: 'output', payload: { stdout, stderr } }));
        let run;
        try {
          run = session.run(payload.code, payload.filename ?? '<cell>');
        } finally {
          session.setOutputListener(null);
        }
        result = { ...run, views: run.ok ? defaultViews(run) : { graph: null, jacobian: null, choices: null } };
        break;
      }
      case 'jacobian': {
        const rows = session.jacobianRows(payload.output, payload.input);
        result = rows.ok ? { ok: true, output: payload.output, input: payload.input, rows: rows.rows } : rows;
        break;
      }
      case 'graph':
        result = session.graph(payload.expression);
        break;
      case 'reset':
        session.reset();
        result = { ok: true };
        break;
      default:
        throw new Error(`unknown message ${type}`);
    }
    self.postMessage({ id, type: 'result', payload: result });
  } catch (error) {
    // A trap or abort leaves the wasm instance unusable: ask the page for a fresh worker.
    const crashed = error instanceof WebAssembly.RuntimeError || /^Aborted/.test(String(error?.message));
    self.postMessage({ id, type: crashed ? 'crashed' : 'error', payload: { name: error.name, message: error.message } });
  }
};
