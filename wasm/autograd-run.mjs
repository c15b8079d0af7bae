#!/usr/bin/env node
// node wasm/autograd-run.mjs FILE.py [--timeout SECONDS]: the WebAssembly twin of
// build/native/autograd-run — same stdout, same last stderr line, same exit status.
import { readFileSync } from 'node:fs';
import { load } from './index.mjs';

const args = process.argv.slice(2);
let path = null;
let timeout = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--timeout' && i + 1 < args.length) timeout = Number(args[++i]);
  else if (path === null) path = args[i];
  else { process.stderr.write('usage: autograd-run.mjs FILE.py [--timeout SECONDS]\n'); process.exit(2); }
}
if (path === null) { process.stderr.write('usage: autograd-run.mjs FILE.py [--timeout SECONDS]\n'); process.exit(2); }

let code;
try {
  code = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
} catch {
  process.stderr.write(`autograd-run: can't open file '${path}': [Errno 2] No such file or directory\n`);
  process.exit(2);
}
const ag = await load();
const session = new ag.Session();
session.setTimeLimit(timeout);
session.setBackwardViews(false);  // a script's output only: no views to record
const result = session.run(code, path === '-' ? '<stdin>' : path);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
if (!result.ok) {
  process.stderr.write(result.error.traceback);
  process.exitCode = 1;
}
