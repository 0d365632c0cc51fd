// A tiny static file server for tests and the benchmark: serves a built site under its base path on
// 127.0.0.1, answers 404 for anything else (so a test can see a broken base path), sets no cookies.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order, with its status; lets tests assert that nothing 404s. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function createStaticServer(rootDir: string, basePath = '/', port = 0): Promise<StaticServer> {
  const root = resolve(rootDir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const log: StaticServer['log'] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      log.push({ path: url.pathname, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (!url.pathname.startsWith(base)) return send(404, 'Not found (outside base path)');
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) return send(403, 'Forbidden');
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(301, { location: `${url.pathname}/` });
        log.push({ path: url.pathname, status: 301 });
        return res.end();
      }
      send(200, await readFile(file), TYPES[extname(file)] || 'application/octet-stream');
    } catch {
      try {
        send(404, await readFile(join(root, '404.html')), TYPES['.html']);
      } catch {
        send(404, 'Not found');
      }
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    log,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
