// Serves test/fixtures/<id>/source.html at http://127.0.0.1:<port>/<id>/ for browser tests and `npm start`,
// and also under the page's real host and path (from expected.json), e.g. http://www.daily8.com:<port>/news/…,
// for browsers told to resolve those hosts to 127.0.0.1 (see `mappedHosts`): site rules match real hosts.
// Every request is recorded so tests can assert the extension itself never fetches anything.
import { createServer, type IncomingMessage } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../test/fixtures');

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  time: number;
}

export interface FixtureServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** URL of one fixture page. */
  pageUrl(id: string): string;
  /** The page at its real host and path on this server's port (http), or pageUrl when it has none. */
  realUrl(id: string): string;
  close(): Promise<void>;
  /** Every request received so far, in order (live array). */
  requests: RecordedRequest[];
}

/** Fixture ids: folders holding a source.html. Read on each call, since fixtures may be added while it runs. */
export function listFixtures(dir = FIXTURES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

const ID = /^[a-z0-9][a-z0-9-]*$/i;
const ONE_PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Where each fixture lives in reality, from its expected.json: id → URL. */
export function realLocations(dir = FIXTURES_DIR): Map<string, URL> {
  const out = new Map<string, URL>();
  for (const id of listFixtures(dir)) {
    const file = join(dir, id, 'expected.json');
    if (!existsSync(file)) continue;
    try {
      const url = new URL(String(JSON.parse(readFileSync(file, 'utf8')).url));
      if (url.protocol === 'http:' || url.protocol === 'https:') out.set(id, url);
    } catch {
      // A fixture without a usable URL is served at /<id>/ only.
    }
  }
  return out;
}

/** Hostnames a browser must resolve to 127.0.0.1 to load fixtures at their real hosts. */
export function mappedHosts(dir = FIXTURES_DIR): string[] {
  return Array.from(new Set(Array.from(realLocations(dir).values(), (u) => u.hostname))).sort();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function indexPage(ids: string[], real: Map<string, URL>, port: number): string {
  const items = ids.map((id) => {
    const at = real.get(id);
    // The real-host link only works in a browser that resolves those hosts here (npm start's Chromium does).
    const realLink = at ? ` · <a href="http://${at.hostname}:${port}${escapeHtml(at.pathname + at.search)}">at ${escapeHtml(at.hostname)}</a>` : '';
    return `<li><a href="/${id}/">${escapeHtml(id)}</a>${realLink}</li>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upstream fixtures</title></head>
<body><h1>Upstream fixture pages</h1><ul>\n${items.join('\n')}\n</ul></body></html>\n`;
}

export function startFixtureServer(opts: { dir?: string; port?: number } = {}): Promise<FixtureServer> {
  const dir = opts.dir ?? FIXTURES_DIR;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers, time: Date.now() });
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const send = (status: number, body: string, type = 'text/html; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (host && host !== '127.0.0.1' && host !== 'localhost') {
      for (const [id, real] of realLocations(dir)) {
        if (real.hostname === host && real.pathname === path) return send(200, readFileSync(join(dir, id, 'source.html'), 'utf8'));
      }
      return send(404, 'not found\n', 'text/plain; charset=utf-8');
    }
    // `/slow/<ms>`: an image that takes that long (at most 5 s), for pages whose load event must wait.
    const slow = /^\/slow\/(\d{1,4})$/.exec(path);
    if (slow) {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : ONE_PIXEL_GIF);
      }, Math.min(Number(slow[1]), 5000));
      return;
    }
    if (path === '/') return send(200, indexPage(listFixtures(dir), realLocations(dir), (server.address() as AddressInfo).port));
    const m = /^\/([^/]+)\/$/.exec(path);
    const id = m?.[1];
    if (id && ID.test(id)) {
      const file = join(dir, id, 'source.html');
      if (existsSync(file)) return send(200, readFileSync(file, 'utf8'));
    }
    // Fixture pages point at relative assets that do not exist on purpose: a plain 404 is the expected answer.
    send(404, 'not found\n', 'text/plain; charset=utf-8');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/`;
      resolvePromise({
        url,
        pageUrl: (id) => `${url}${id}/`,
        realUrl: (id) => {
          const real = realLocations(dir).get(id);
          return real ? `http://${real.hostname}:${port}${real.pathname}${real.search}` : `${url}${id}/`;
        },
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// `tsx scripts/fixture-server.ts` serves the fixtures until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startFixtureServer({ port: Number(process.env.PORT) || 0 });
  console.log(`serving ${listFixtures().length} fixtures at ${s.url}`);
}
