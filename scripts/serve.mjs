// A small static file server for the playground and the browser tests (127.0.0.1 only).
//   node scripts/serve.mjs [ROOT] [PORT]     (PORT 0 picks a free one)
// A file with a precompressed copy beside it (NAME.br, NAME.gz: scripts/precompress.mjs) is sent
// in the best encoding the browser accepts, as a static host would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.py': 'text/plain',
};

const ENCODINGS = new Map([['.br', 'br'], ['.gz', 'gzip']]);

// The brotli or gzip copy of `path` if the request accepts that encoding and the copy exists.
async function precompressed(path, acceptEncoding = '') {
  const accepted = new Set(acceptEncoding.split(',').map((part) => part.split(';')[0].trim()).filter(Boolean));
  for (const [suffix, encoding] of ENCODINGS) {
    if (!accepted.has(encoding)) continue;
    try {
      return { encoding, body: await readFile(`${path}${suffix}`) };
    } catch {}  // no copy in this encoding
  }
  return null;
}

export function serve(root, port = 0, headers = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw new Error('outside root');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const encoded = await precompressed(path, req.headers['accept-encoding']);
      if (encoded) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': encoded.encoding, Vary: 'Accept-Encoding', ...headers });
        res.end(encoded.body);
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? '.';
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(root, port);
  console.log(`Serving ${resolve(root)} at http://127.0.0.1:${server.address().port}/`);
}
