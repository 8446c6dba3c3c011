// Pages for the sturdiness run: the shared real-world corpora (served as they are, gunzipped) and
// pathological pages. Small pathological pages are fixtures (test/fixtures/stress-*/source.html); large
// ones and those needing another content type are generated here at request time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface StressPage {
  id: string;
  /** Page scripts the page needs to be what it is (the continuously rewriting page). */
  needsScript?: boolean;
  /** The page's DOM may legitimately differ after the toggle (it changes itself). */
  selfChanging?: boolean;
  /** Not an HTML document: the clean view must decline to open, cleanly. */
  refusesView?: boolean;
  /** Too large to read: the view opens at once with a message saying so, and the page stays responsive. */
  tooLarge?: boolean;
}

/** Corpus page ids: `aeb-<hash>` (article-extraction-benchmark) and `rtp-<name>` (readability test pages). */
export function corpusPageIds(root = CORPORA): string[] {
  const aeb = join(root, 'article-extraction-benchmark/html');
  const rtp = join(root, 'readability-test-pages');
  const ids: string[] = [];
  if (existsSync(aeb)) for (const f of readdirSync(aeb).sort()) if (f.endsWith('.html.gz')) ids.push(`aeb-${f.slice(0, -'.html.gz'.length)}`);
  if (existsSync(rtp)) for (const d of readdirSync(rtp).sort()) if (existsSync(join(rtp, d, 'source.html'))) ids.push(`rtp-${d}`);
  return ids;
}

function corpusBody(id: string, root: string): Buffer | null {
  if (id.startsWith('aeb-')) {
    const file = join(root, 'article-extraction-benchmark/html', `${id.slice(4)}.html.gz`);
    return existsSync(file) ? gunzipSync(readFileSync(file)) : null;
  }
  const file = join(root, 'readability-test-pages', id.slice(4), 'source.html');
  return id.startsWith('rtp-') && existsSync(file) ? readFileSync(file) : null;
}

const para = (i: number): string => `Paragraph ${i} of a long story about the harbour, the storm and the town council's late-night vote.`;

/** Generated pathological pages: [content type, body]. */
const GENERATED: Record<string, () => [string, string]> = {
  // 100,000 elements: 20,000 paragraphs of 5 elements each.
  'huge-dom': () => [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><title>100k elements</title></head><body><article><h1>A very long page</h1>${Array.from(
      { length: 20_000 },
      (_, i) => `<div><p>${para(i)} <a href="/x/${i}">link</a> <b>bold</b> <i>it</i></p></div>`,
    ).join('')}</article></body></html>`,
  ],
  // One 5 MB text node.
  'huge-text-node': () => [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><title>One huge text node</title></head><body><h1>Huge</h1><p>${'All work and no play makes a dull story. '.repeat(125_000)}</p></body></html>`,
  ],
  // An SVG document: no HTML, no body, a foreign namespace root.
  'svg-document': () => [
    'image/svg+xml',
    `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><title>An SVG document</title><text x="10" y="40">Not an article at all</text><rect x="10" y="60" width="100" height="50" fill="teal"/></svg>`,
  ],
  // XHTML with no <body> (the HTML parser would always add one; the XML parser does not).
  'no-body': () => [
    'application/xhtml+xml',
    `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>A page with no body</title></head></html>`,
  ],
};

/** Static pathological fixtures, by id (served from test/fixtures/stress-<id>/source.html). */
export function fixtureStressIds(dir = FIXTURES): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((d) => d.startsWith('stress-') && existsSync(join(dir, d, 'source.html'))).map((d) => d.slice('stress-'.length)).sort() : [];
}

/** Every pathological page; about:blank is visited directly by the test. */
export function stressPages(): StressPage[] {
  return [...Object.keys(GENERATED), ...fixtureStressIds()].sort().map((id) => ({
    id,
    needsScript: id === 'rewriting-dom',
    selfChanging: id === 'rewriting-dom',
    refusesView: id === 'svg-document',
    tooLarge: id === 'huge-dom',
  }));
}

export interface SturdinessServer {
  url: string;
  corpusUrl(id: string): string;
  stressUrl(id: string): string;
  /** Paths requested, in order (the privacy test reads the fixture server's log; this one is for debugging). */
  requests: string[];
  close(): Promise<void>;
}

export function startSturdinessServer(root = CORPORA): Promise<SturdinessServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const corpus = /^\/corpus\/([^/]+)\/$/.exec(path);
    if (corpus) {
      const body = corpusBody(corpus[1]!, root);
      // No charset: the browser reads the page's own <meta charset>, as it would from the outlet.
      return body ? send(200, 'text/html', body) : send(404, 'text/plain', 'not found\n');
    }
    const stress = /^\/stress\/([a-z0-9-]+)\/$/.exec(path);
    if (stress) {
      const id = stress[1]!;
      const gen = GENERATED[id];
      if (gen) return send(200, ...gen());
      const file = join(FIXTURES, `stress-${id}`, 'source.html');
      if (existsSync(file)) return send(200, 'text/html; charset=utf-8', readFileSync(file));
    }
    send(404, 'text/plain', 'not found\n');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      done({
        url,
        corpusUrl: (id) => `${url}corpus/${id}/`,
        stressUrl: (id) => `${url}stress/${id}/`,
        requests,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
