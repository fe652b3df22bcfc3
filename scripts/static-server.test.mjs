// The static server never serves a file outside the folder it was given:
// not through `..`, not through an encoded `%2e%2e`, not a sibling folder
// whose name starts the same (`dist-other/` next to `dist/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { serve, resolveInside } from './static-server.mjs';

/** A raw GET, with the path sent exactly as written (no URL normalisation). */
function get(origin, rawPath) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('requests cannot leave the served folder', async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-serve-'));
  const dist = path.join(base, 'dist');
  fs.mkdirSync(dist);
  fs.mkdirSync(path.join(base, 'dist-other'));
  fs.writeFileSync(path.join(dist, 'index.html'), 'inside');
  fs.writeFileSync(path.join(base, 'dist-other', 'secret.txt'), 'SIBLING');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'PARENT');
  const server = await serve(dist);
  try {
    assert.equal((await get(server.origin, '/')).body, 'inside');
    assert.equal((await get(server.origin, '/index.html')).status, 200);
    for (const attack of [
      '/../secret.txt',
      '/../dist-other/secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/dist-other/secret.txt',
      '/..%2fsecret.txt',
      '/..%2Fdist-other%2Fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%zz',
      '/a%00b',
    ]) {
      const { status, body } = await get(server.origin, attack);
      assert.ok(status === 403 || status === 404 || status === 400, `${attack}: status ${status}`);
      assert.ok(!body.includes('SIBLING') && !body.includes('PARENT'), `${attack} leaked a file`);
    }
  } finally {
    await server.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
});

test('the path check compares whole folder names', () => {
  assert.equal(resolveInside('/srv/dist', '/a/b.js'), '/srv/dist/a/b.js');
  assert.equal(resolveInside('/srv/dist', '/'), '/srv/dist');
  // `..` and `%2e%2e` segments are folded by URL parsing and stay inside; an
  // encoded slash survives parsing and must be refused.
  assert.equal(resolveInside('/srv/dist', '/../dist-other/x'), '/srv/dist/dist-other/x');
  assert.equal(resolveInside('/srv/dist', '/%2e%2e/dist-other/x'), '/srv/dist/dist-other/x');
  assert.equal(resolveInside('/srv/dist', '/..%2fdist-other%2fx'), null);
  assert.equal(resolveInside('/srv/dist', '/..%2f..%2fetc%2fpasswd'), null);
  assert.equal(resolveInside('/srv/dist', '/%E0%A4%A'), null);
});

test('an unknown page gets the site\'s 404.html with status 404; a missing file plain text', async () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-404-'));
  fs.writeFileSync(path.join(dist, 'index.html'), 'home');
  fs.writeFileSync(path.join(dist, '404.html'), 'the widget');
  const server = await serve(dist);
  try {
    assert.deepEqual(await get(server.origin, '/stairs/leaky/'), { status: 404, body: 'the widget' });
    assert.deepEqual(await get(server.origin, '/missing.png'), { status: 404, body: 'not found' });
    assert.deepEqual(await get(server.origin, '/'), { status: 200, body: 'home' });
  } finally {
    await server.close();
  }
});

test('text and WebAssembly go gzipped to a browser that accepts it, as from a real host', async () => {
  const { gunzipSync } = await import('node:zlib');
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-gzip-'));
  const page = '<!doctype html><p>' + 'calf pump '.repeat(500);
  fs.writeFileSync(path.join(dist, 'index.html'), page);
  fs.writeFileSync(path.join(dist, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const server = await serve(dist);
  const fetchRaw = (p, encoding) => new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.origin);
    http.get({ hostname, port, path: p, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  try {
    const zipped = await fetchRaw('/', 'gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.body).toString(), page);
    assert.ok(zipped.body.length < page.length / 10, `${zipped.body.length} bytes`);
    const plain = await fetchRaw('/', null);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), page);
    assert.equal((await fetchRaw('/card.png', 'gzip')).headers['content-encoding'], undefined, 'a PNG is sent as it is');
  } finally {
    await server.close();
  }
});
