// Writes NAME.br and NAME.gz beside each compressible file of a built site, for servers that
// send precompressed files (scripts/serve.mjs does; so can nginx's gzip_static/brotli_static and
// most static hosts). Brotli at its highest quality takes seconds on the wasm module, so a file
// whose content has not changed since the last run keeps its compressed copies.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.ttf']);
const MIN_BYTES = 1024;  // below this the headers outweigh the saving

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export async function precompress(root) {
  const manifestPath = join(root, '.precompressed.json');
  const previous = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{}'));
  const manifest = {};
  for await (const path of files(root)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const body = await readFile(path);
    if (body.length < MIN_BYTES) continue;
    const key = path.slice(root.length + 1);
    const hash = createHash('sha1').update(body).digest('hex');
    manifest[key] = hash;
    const fresh = previous[key] === hash && await stat(`${path}.br`).then(() => stat(`${path}.gz`)).then(() => true, () => false);
    if (fresh) continue;
    await writeFile(`${path}.br`, brotliCompressSync(body, { params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    } }));
    await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 1));
}
