// Cells' code in a URL: JSON, deflated, base64url in the fragment (#cells=...), so links never
// carry anything but text for our interpreter.
async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export async function encodeCells(codes) {
  const json = new TextEncoder().encode(JSON.stringify(codes));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export async function decodeCells(encoded) {
  const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  const codes = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) throw new Error('not a list of cells');
  return codes;
}

export function cellsFromLocation() {
  const match = /(?:^|[#&])cells=([A-Za-z0-9_-]+)/.exec(location.hash);
  return match ? match[1] : null;
}
