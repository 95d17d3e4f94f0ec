/**
 * The one static file server of the real-browser tests, the Firefox smoke test and the bench: serves
 * directories under URL prefixes on 127.0.0.1 (a free port), plus in-memory HTML pages at given paths.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface StaticServer {
  server: Server;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** in-memory pages: URL path → HTML */
  pages?: Record<string, string>;
  /** headers sent with every 200 response (e.g. COOP/COEP for cross-origin isolation) */
  headers?: Record<string, string>;
}

/** `roots` is a directory served at `/`, or URL prefixes ('/e2e/') → directories. Nothing outside them is served. */
export function serveStatic(roots: string | Record<string, string>, opts: ServeOptions = {}): Promise<StaticServer> {
  const table = Object.entries(typeof roots === 'string' ? { '/': roots } : roots).map(
    ([prefix, dir]) => [prefix, resolve(dir)] as const,
  );
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      path = '';
    }
    const page = opts.pages?.[path];
    if (page !== undefined) {
      res.writeHead(200, { ...opts.headers, 'content-type': MIME['.html'] });
      return res.end(page);
    }
    for (const [prefix, dir] of table) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, '.' + path.slice(prefix.length - 1));
      if ((file === dir || file.startsWith(dir + sep)) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { ...opts.headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({
        server,
        baseUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
