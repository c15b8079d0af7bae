// npm run bench: builds what it needs, runs every benchmark in rounds (ours and the peer
// alternate inside each program, after a warm-up), takes medians, prints a table and writes
// build/bench/results.json. Ratios are peer_ms / ours_ms: above 1 means we are faster.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const ROUNDS = 3;
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
const step = (what) => process.stderr.write(`bench: ${what}\n`);

step('setting up peers');
sh('bash', ['bench/setup.sh'], { stdio: 'inherit' });
step('building');
sh('bash', ['scripts/build.sh'], { stdio: 'inherit' });
sh('cmake', ['--preset', 'bench'], { stdio: 'inherit' });
sh('cmake', ['--build', '--preset', 'bench', '--target', 'bench_native', 'bench_memory'], { stdio: 'inherit' });

const samples = new Map();  // "name|who" -> [ms]
const extra = {};
const collect = (text, rename) => {
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line);
    if (rename) r.name = rename;
    const key = `${r.name}|${r.who}`;
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key).push(r.ms ?? r.mb);  // the memory rows report MB
    if (r.bytes) extra[r.name] = { bytes: r.bytes };
  }
};
for (let round = 1; round <= ROUNDS; round++) {
  step(`round ${round} of ${ROUNDS}`);
  collect(sh('build/bench-native/bench/native/bench_native', []));
  collect(sh('build/bench-native/bench/native/bench_memory', []));
  // The MLP again, libtorch's BLAS calls going to OpenBLAS (one thread) instead of the reference BLAS.
  const openblas = 'build/bench/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread';
  collect(sh('build/bench-native/bench/native/bench_native', ['mlp-native'],
    { env: { ...process.env, LD_LIBRARY_PATH: openblas, OPENBLAS_NUM_THREADS: '1' } }), 'mlp-native-openblas');
  collect(sh('/usr/bin/python3', ['bench/memory_peer.py']));
  collect(sh('/usr/bin/python3', ['bench/jacobian_pytorch.py']));
  collect(sh('/usr/bin/python3', ['bench/cells_peer.py']));
  collect(sh('node', ['bench/wasm.mjs']));
  collect(sh('node', ['--no-experimental-fetch', 'bench/tfjs.mjs']));
  collect(sh('node', ['bench/page-cold.mjs']));
}
const med = (name, who) => {
  const v = samples.get(`${name}|${who}`);
  if (!v) return null;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const row = (name, ours, peer, peerMs) => ({
  name, ours_ms: ours, peer, peer_ms: peerMs, ratio: ours && peerMs ? peerMs / ours : null,
});
const results = [
  row('op-overhead-native', med('op-overhead-native', 'ours'), 'libtorch C++ 1.13', med('op-overhead-native', 'libtorch')),
  row('mlp-native', med('mlp-native', 'ours'), 'libtorch C++ 1.13', med('mlp-native', 'libtorch')),
  row('mlp-native-openblas', med('mlp-native-openblas', 'ours'), 'libtorch C++ 1.13 with OpenBLAS 0.3.21', med('mlp-native-openblas', 'libtorch')),
  row('jacobian-batched-vs-rows', med('jacobian-batched-vs-rows', 'ours-batched'), 'ours, one backward per row', med('jacobian-batched-vs-rows', 'ours-rows')),
  row('jacobian-vs-pytorch', med('jacobian-batched-vs-rows', 'ours-batched'), 'torch.autograd.functional.jacobian(vectorize=True)', med('jacobian-vs-pytorch', 'pytorch')),
  row('op-overhead-wasm', med('op-overhead-wasm', 'ours-wasm'), '@tensorflow/tfjs-backend-wasm 4.22', med('op-overhead-wasm', 'tfjs-wasm')),
  row('mlp-wasm', med('mlp-wasm', 'ours-wasm'), '@tensorflow/tfjs-backend-wasm 4.22', med('mlp-wasm', 'tfjs-wasm')),
  row('wasm-vs-native', med('mlp-wasm', 'ours-wasm'), 'ours native', med('mlp-native', 'ours')),
  row('nn-train-native', med('nn-train-native', 'ours'), 'PyTorch 1.13 (python3, one thread)', med('nn-train-native', 'pytorch')),
  row('nn-train-wasm', med('nn-train-wasm', 'ours-wasm'), 'PyTorch 1.13 (python3, one thread)', med('nn-train-wasm', 'pytorch')),
  row('tutorial-native', med('tutorial-native', 'ours'), 'PyTorch 1.13 (python3, one thread)', med('tutorial-native', 'pytorch')),
  row('tutorial-wasm', med('tutorial-wasm', 'ours-wasm'), 'PyTorch 1.13 (python3, one thread)', med('tutorial-wasm', 'pytorch')),
  row('interp-loop-native', med('interp-loop-native', 'ours'), 'CPython 3.11', med('interp-loop-native', 'cpython')),
  row('interp-loop-wasm', med('interp-loop-wasm', 'ours-wasm'), 'CPython 3.11', med('interp-loop-wasm', 'cpython')),
  row('cell-latency', med('cell-latency', 'ours-wasm'), null, null),
  // Memory (MB, not ms): resident memory after 5,000 steps of bench/memory_loop.py natively and
  // PyTorch's; growth from step 500 to 5,000 (flat is 0); the wasm heap after 5,000 steps.
  row('memory-5000-native-mb', med('memory-5000', 'ours'), 'PyTorch 1.13 (python3), resident', med('memory-5000', 'pytorch')),
  row('memory-growth-native-mb', med('memory-5000', 'ours') - med('memory-500', 'ours'), 'PyTorch 1.13, growth 500 -> 5,000 steps',
    med('memory-5000', 'pytorch') - med('memory-500', 'pytorch')),
  row('memory-5000-wasm-mb', med('memory-5000', 'ours-wasm'), 'wasm heap after 500 steps', med('memory-500', 'ours-wasm')),
  { ...row('page-cold', med('page-cold', 'ours-page'), null, null), ...(extra['page-cold'] ?? {}) },
];
mkdirSync('build/bench', { recursive: true });
writeFileSync('build/bench/results.json', JSON.stringify(results, null, 2) + '\n');
const fmt = (v) => (v === null || v === undefined ? '—' : v < 10 ? v.toFixed(3) : v.toFixed(1));
console.log('| name | ours ms | peer | peer ms | ratio |\n|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.name} | ${fmt(r.ours_ms)} | ${r.peer ?? '—'} | ${fmt(r.peer_ms)} | ${r.ratio ? r.ratio.toFixed(2) : '—'}${r.bytes ? ` (${r.bytes} bytes transferred)` : ''} |`);
}
