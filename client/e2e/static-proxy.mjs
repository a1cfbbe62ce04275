/**
 * A tiny production-like front for the built client: serves client/dist with the history-mode
 * fallback (index.html for client routes, never for /api) and proxies /api to the API server.
 * Used by the e2e runner and the budget script when the API server cannot serve the client itself.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

export function startStaticProxy({ dist, apiOrigin, port = 0, host = '127.0.0.1' }) {
  const api = new URL(apiOrigin);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api')) {
      const upstream = http.request(
        { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Bad gateway', status: 502, code: 'SERVICE_UNAVAILABLE', detail: 'API server unreachable' }));
      });
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
      const immutable = url.pathname.startsWith('/assets/');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
      createReadStream(file).pipe(res);
      return;
    }
    if (req.method === 'GET' && !extname(url.pathname) && (req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
      createReadStream(join(dist, 'index.html')).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}

// `node static-proxy.mjs <dist> <apiOrigin> <port>` for manual use
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, apiOrigin, port] = process.argv.slice(2);
  const s = await startStaticProxy({ dist, apiOrigin, port: Number(port ?? 5174) });
  console.log(`client at ${s.url} → API ${apiOrigin}`);
}
