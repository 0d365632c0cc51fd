// The benchmark's static server: the plain-ESM twin of tests/support/static-server.ts (the bench runs on plain
// Node, which cannot import the TypeScript one). One deliberate difference: it gzips text responses when the
// browser asks, as every static host or CDN does, so Lighthouse's timings and byte totals describe what a reader
// would download rather than an uncompressed loopback transfer.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves `rootDir` under `basePath` on 127.0.0.1 (port 0 = any free port). Answers 404 (with the site's 404.html)
 * outside the base path or for missing files, so a broken reference shows up in the log.
 * @returns {Promise<{url: string, log: {path: string, status: number}[], close(): Promise<void>}>}
 */
export async function createStaticServer(rootDir, basePath = '/', port = 0) {
  const root = resolve(rootDir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const log = [];
  // Same bytes every time, and gzip -9 is slow enough to distort Lighthouse's request timings if redone per hit.
  const gzipCache = new Map();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] || ''));
    const send = (status, body, type = 'text/plain; charset=utf-8', key = undefined) => {
      log.push({ path: url.pathname, status });
      const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
      let payload = body;
      if (acceptsGzip && COMPRESSIBLE.test(type) && body.length > 0) {
        payload = (key && gzipCache.get(key)) || gzipSync(body, { level: 9 });
        if (key) gzipCache.set(key, payload);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(payload.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    };
    if (!url.pathname.startsWith(base)) return send(404, 'Not found (outside base path)');
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        log.push({ path: url.pathname, status: 301 });
        res.writeHead(301, { location: `${url.pathname}/` });
        return res.end();
      }
      send(200, await readFile(file), TYPES[extname(file)] || 'application/octet-stream', file);
    } catch {
      try {
        const notFound = join(root, '404.html');
        send(404, await readFile(notFound), TYPES['.html'], notFound);
      } catch {
        send(404, 'Not found');
      }
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
