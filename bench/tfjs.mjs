// The TensorFlow.js peer (wasm backend, Node): the same op chain and MLP as bench/wasm.mjs.
// Run with node --no-experimental-fetch (the backend's Emscripten loader predates Node's fetch).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

await tf.setBackend('wasm');
await tf.ready();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const repeat = (f, reps) => { f(); const t = []; for (let i = 0; i < reps; i++) t.push(time(f)); return median(t); };
const out = (name, ms) => console.log(JSON.stringify({ name, who: 'tfjs-wasm', ms }));

function opChain() {
  tf.tidy(() => {
    const g = tf.grad((v) => {
      let y = v;
      for (let i = 0; i < 2500; i++) y = tf.tanh(y.mul(1.0001).add(0.0001)).sub(0.00005);
      return y.sum();
    });
    g(tf.tensor1d([0.1, 0.2, 0.3, 0.4])).dataSync();
  });
}
const x = tf.randomNormal([64, 256]), t = tf.randomNormal([64, 256]);
const w1 = tf.randomNormal([256, 256]).mul(0.05), w2 = tf.randomNormal([256, 256]).mul(0.05);
const b1 = tf.zeros([256]), b2 = tf.zeros([256]);
function mlp() {
  tf.tidy(() => {
    const grads = tf.grads((a, b, c, d) => tf.losses.meanSquaredError(t, tf.tanh(x.matMul(a).add(b)).matMul(c).add(d)));
    for (const g of grads([w1, b1, w2, b2])) g.dataSync();
  });
}
const only = process.argv[2];
if (!only || only === 'op-overhead-wasm') out('op-overhead-wasm', repeat(opChain, 7));
if (!only || only === 'mlp-wasm') out('mlp-wasm', repeat(mlp, 15));
