// A small static server for the built app, as a production host would serve it: gzip for text,
// long caching for hashed assets, 127.0.0.1 only. `npm run serve` uses it; so does the benchmark,
// which also mounts the bare-Leaflet floor page under /__floor/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.txt', '.webmanifest']);

/**
 * Serves `root` (and any `extra` URL → file mappings) on 127.0.0.1:`port`.
 * Resolves to the running server; call `server.close()` to stop it.
 */
export function startServer({ root, port = 4180, extra = {} }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const file = extra[pathname] ?? path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!extra[pathname] && !path.resolve(file).startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const ext = path.extname(file);
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
      headers['Cache-Control'] = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  const port = Number(process.env.PORT ?? 4180);
  await startServer({ root, port });
  console.log(`Serving dist/ at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
