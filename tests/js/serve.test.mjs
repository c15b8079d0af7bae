// scripts/precompress.mjs and scripts/serve.mjs: the site is sent precompressed in the encoding
// the browser asks for, and never as a stale copy of a file that changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../scripts/precompress.mjs';
import { serve } from '../../scripts/serve.mjs';

function get(port, path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('precompressed copies are served in the accepted encoding, and refreshed when the file changes', async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  const page = `<!doctype html><title>t</title>${'<p>backward(v) is a vector-Jacobian product</p>'.repeat(100)}`;
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'small.css'), 'body { margin: 0 }');
  await writeFile(join(root, 'photo.png'), Buffer.alloc(4096, 7));
  await precompress(root);
  const names = await readdir(root);
  assert.ok(names.includes('index.html.br') && names.includes('index.html.gz'));
  assert.ok(!names.includes('small.css.br'), 'a tiny file is sent as it is');
  assert.ok(!names.includes('photo.png.br'), 'images are not recompressed');

  const server = await serve(root, 0);
  const { port } = server.address();
  try {
    const br = await get(port, '/index.html', 'gzip, deflate, br, zstd');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.ok(br.body.length < page.length / 5, `${br.body.length} bytes`);
    assert.equal(brotliDecompressSync(br.body).toString(), page);

    const gz = await get(port, '/index.html', 'gzip;q=1.0, identity;q=0.5');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), page);

    const plain = await get(port, '/', undefined);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), page);

    const small = await get(port, '/small.css', 'br');
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.body.toString(), 'body { margin: 0 }');

    // A rebuilt page gets fresh copies.
    const changed = page.replace('vector-Jacobian', 'Jacobian-vector');
    await writeFile(join(root, 'index.html'), changed);
    await precompress(root);
    assert.equal(brotliDecompressSync((await get(port, '/index.html', 'br')).body).toString(), changed);
    assert.equal(gunzipSync((await get(port, '/index.html', 'gzip')).body).toString(), changed);

    assert.equal((await get(port, '/missing.js', 'br')).status, 404);
  } finally {
    server.close();
  }
});
