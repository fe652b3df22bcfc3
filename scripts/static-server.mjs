// A small static file server for dist/, bound to 127.0.0.1 only. Used by
// `scripts/serve` and by the end-to-end tests. Sends the headers a host should
// send: the WebAssembly MIME type, a Content-Security-Policy without inline
// script, long caching for hashed files, and text and WebAssembly gzipped
// for a browser that accepts it (as the shipped .htaccess asks Apache to).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** What a host compresses: text and WebAssembly, not PNGs. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json', '.csv', '.txt']);

/** The policy the widget's pages ship: WebAssembly, no inline script. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/**
 * The file a request path names inside `root`, or null when it would leave
 * `root` (`..`, encoded `%2e%2e`, a sibling folder such as `dist-other/`
 * sharing the prefix) or cannot be decoded. Compared with a trailing
 * separator, so `/srv/dist-other` is not inside `/srv/dist`.
 */
export function resolveInside(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.sep + pathname);
  const inside = file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  return inside ? file : null;
}

/** Serves `dir` on 127.0.0.1 at `port` (0: any free port). Resolves to { origin, close }. */
export function serve(dir, { port = 0, headers = {} } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const file0 = resolveInside(root, req.url);
    if (file0 === null) { res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden'); return; }
    let file = file0;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      // As static hosts do: the site's own 404.html (the widget, which says
      // what it could not read in the address), else plain text.
      const notFound = path.join(root, '404.html');
      if (!fs.existsSync(notFound) || path.extname(file) !== '' && path.extname(file) !== '.html') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      file = notFound;
      status = 404;
    }
    const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
    const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    res.writeHead(status, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      // A sandboxed iframe (WordPress oEmbeds) has an opaque origin: its module
      // script and .wasm fetches are cross-origin and need CORS.
      'access-control-allow-origin': '*',
      'content-security-policy': CSP,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    const body = fs.createReadStream(file);
    (gzip ? body.pipe(zlib.createGzip()) : body).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ origin: `http://127.0.0.1:${bound}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node scripts/static-server.mjs DIR PORT`: serve until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  serve(dir, { port })
    .then(({ origin }) => {
      console.log(`\nCalf Pump Explorer is running at ${origin}/\n(press Ctrl+C to stop)`);
    })
    .catch((e) => {
      console.error(`Could not serve on 127.0.0.1:${port}: ${e.message}. Try another port: PORT=8081 scripts/serve`);
      process.exit(1);
    });
}
