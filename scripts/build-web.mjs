// Builds the static site into build/web/: bundles the page modules and the worker with esbuild,
// copies the HTML/CSS, KaTeX's stylesheet and fonts, and the WebAssembly module, and writes their
// brotli and gzip forms (precompress.mjs).
import { build } from 'esbuild';
import { cp, mkdir, readFile, writeFile, copyFile, rm } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { precompress } from './precompress.mjs';

const out = 'build/web';
await rm(`${out}/chunks`, { recursive: true, force: true });  // chunk names carry hashes: drop the old ones
await mkdir(`${out}/examples`, { recursive: true });
await build({
  entryPoints: {
    article: 'web/src/pages/article.js',
    playground: 'web/src/pages/playground.js',
    frame: 'web/src/pages/frame.js',
    embed: 'web/src/embed.js',
    worker: 'web/src/worker.js',
  },
  outdir: out,
  bundle: true,
  format: 'esm',
  // Code only some cells need (the plotting code) is its own chunk, loaded on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  target: 'es2022',
  external: ['node:fs/promises'],
  logLevel: 'warning',
});
for (const f of ['index.html', 'playground.html', 'frame.html', 'styles.css', 'cells.css', 'embed.css', 'examples/blog.css']) {
  await copyFile(`web/${f}`, `${out}/${f}`);
}
// The sample post's iframe carries a cell in its URL, encoded as the share link encodes it.
const frameCells = ['import torch\n\nx = torch.tensor([2.0, 3.0], requires_grad=True)\n(x ** 3).sum().backward()\nprint(x.grad)'];
const encoded = deflateRawSync(Buffer.from(JSON.stringify(frameCells))).toString('base64url');
const post = (await readFile('web/examples/blog-post.html', 'utf8')).replace('{{FRAME_CELLS}}', encoded);
await writeFile(`${out}/examples/blog-post.html`, post);
await mkdir(`${out}/katex`, { recursive: true });
await copyFile('node_modules/katex/dist/katex.min.css', `${out}/katex/katex.min.css`);
await cp('node_modules/katex/dist/fonts', `${out}/katex/fonts`, { recursive: true });
// Emscripten's loader looks for autograd.wasm next to the module that bundled it (worker.js).
await copyFile('build/wasm/autograd.wasm', `${out}/autograd.wasm`);
await precompress(out);
console.log(`built ${out}/`);
