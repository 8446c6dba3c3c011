// Chromium part of the speed benchmark: the built extension on corpus pages served from 127.0.0.1.
// Everything is read from the extension's own runs, not from a copy of its code:
// - detector: the content script times its detect() call on page load and reports it in `ping`;
// - pipeline: the engine's analyze() timings (extraction + attribution, the clone included; detection is
//   the content script's, reused), from the analysis the first toggle computed;
// - Readability: @mozilla/readability's own file evaluated in the page, `new Readability(document.cloneNode(true)).parse()`;
// - toggle to paint: from an extension page sending set-clean-view to two animation frames after the view's
//   host element entered the page (clocks compared through performance.timeOrigin);
// - memory: CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage on the page's renderer.
import type { Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CorpusPage } from './speed-corpus.ts';

export type Harness = typeof import('../../test/e2e/harness.ts');
export type Session = Awaited<ReturnType<Harness['launchChromium']>>;

export interface BrowserPageTiming {
  id: string;
  detectMs: number | null;
  pipelineMs: number | null;
  readabilityMs: number | null;
  /** First toggle on the page: engine injection, analysis and rendering. */
  firstPaintMs: number | null;
  /** Toggle after close and reopen: the analysis is cached. */
  reopenPaintMs: number | null;
  /** The detector flagged the page as a copy (the badge shows): the engine prepares in idle time. */
  aggregator: boolean;
  /** The idle-time preparation had run before the first toggle. */
  prepared: boolean;
  error?: string;
}

export interface MemoryResult {
  id: string;
  /** Heap of the page's renderer without the extension (a browser context where it does not run). */
  withoutBytes: number;
  withBytes: number;
  /** With the extension: before the first open, after one open/close, after ten more. */
  beforeOpenBytes: number;
  afterOneBytes: number;
  afterElevenBytes: number;
}

const HOST_TAG = 'upstream-clean-view';
// Page scripts would run against missing resources and rewrite pages differently on every load; blocking
// them keeps runs comparable. Content scripts and CDP evaluation are not subject to the page's CSP.
const CSP = "script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'";

export async function serveCorpus(pages: CorpusPage[]): Promise<{ server: Server; urlOf(i: number): string }> {
  const server = createServer((req, res) => {
    const m = /^\/p\/(\d+)\/$/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': CSP }).end(page.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, urlOf: (i) => `http://127.0.0.1:${port}/p/${i}/` };
}

const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Arms a main-world observer that stamps the time two frames after the view's host is in the page. */
function armPaintProbe(page: Page): Promise<unknown> {
  return page.evaluate((tag: string) => {
    const w = window as unknown as { __paintAt?: number };
    delete w.__paintAt;
    const obs = new MutationObserver(() => {
      if (!document.documentElement.querySelector(`:scope > ${tag}`)) return;
      obs.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (w.__paintAt = performance.timeOrigin + performance.now())));
    });
    obs.observe(document.documentElement, { childList: true });
  }, HOST_TAG);
}

/** Milliseconds from an extension page sending set-clean-view to the view painted in `page`. */
export async function toggleToPaint(h: Harness, s: Session, page: Page, tabId: number): Promise<number> {
  await armPaintProbe(page);
  const sentAt = await h.evalInExtension(
    s,
    async (ext, id) => {
      const t0 = performance.timeOrigin + performance.now();
      await ext.tabs.sendMessage(id, { type: 'set-clean-view', open: true });
      return t0;
    },
    tabId,
  );
  const handle = await page.waitForFunction(() => (window as unknown as { __paintAt?: number }).__paintAt ?? false, { timeout: 15_000, polling: 'raf' });
  return ((await handle.jsonValue()) as number) - sentAt;
}

export async function closeView(h: Harness, s: Session, tabId: number): Promise<void> {
  await h.sendTabMessage(s, tabId, { type: 'set-clean-view', open: false });
}

async function readabilityInPage(page: Page): Promise<number> {
  await page.evaluate(`${readabilitySource}\n;window.__Readability = Readability;`);
  return page.evaluate(() => {
    const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
    const t0 = performance.now();
    try {
      new R(document.cloneNode(true) as Document).parse();
    } catch {
      // Time spent all the same.
    }
    return performance.now() - t0;
  });
}

/**
 * What the content script found on load, once the page has settled. A reader opens the view some time after
 * the page loaded: on flagged pages, the idle-time preparation is given the time it takes (it reports
 * through ping) before the toggle.
 */
export async function settle(h: Harness, s: Session, tabId: number): Promise<{ detectMs: number | null; aggregator: boolean; prepared: boolean }> {
  const ping = await h.sendTabMessage(s, tabId, { type: 'ping' });
  const aggregator = !!ping.detection?.isAggregator;
  let prepared = !!ping.prepared;
  for (let waited = 0; aggregator && !prepared && waited < 10_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    prepared = !!(await h.sendTabMessage(s, tabId, { type: 'ping' })).prepared;
  }
  return { detectMs: ping.detectMs ?? null, aggregator, prepared };
}

export async function runChromium(
  h: Harness,
  s: Session,
  pages: CorpusPage[],
  urlOf: (i: number) => string,
  progress: (i: number) => void = () => {},
): Promise<BrowserPageTiming[]> {
  const out: BrowserPageTiming[] = [];
  for (const [i, p] of pages.entries()) {
    const url = urlOf(i);
    const row: BrowserPageTiming = { id: p.id, detectMs: null, pipelineMs: null, readabilityMs: null, firstPaintMs: null, reopenPaintMs: null, aggregator: false, prepared: false };
    const tab = await h.newTab(s);
    try {
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await h.waitForMark(tab);
      const tabId = await h.tabIdOf(s, url);
      Object.assign(row, await settle(h, s, tabId));
      // Alternate which system runs first, so neither always gets the warmer caches.
      if (i % 2 === 1) row.readabilityMs = await readabilityInPage(tab);
      row.firstPaintMs = await toggleToPaint(h, s, tab, tabId);
      const res = await h.sendTabMessage(s, tabId, { type: 'analyze' });
      if (res && 'analysis' in res) row.pipelineMs = res.analysis.timings.detectMs + res.analysis.timings.extractMs;
      await closeView(h, s, tabId);
      row.reopenPaintMs = await toggleToPaint(h, s, tab, tabId);
      await closeView(h, s, tabId);
      if (i % 2 === 0) row.readabilityMs = await readabilityInPage(tab);
    } catch (err) {
      row.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    } finally {
      await tab.close();
    }
    out.push(row);
    progress(i);
  }
  return out;
}

export async function runMemory(h: Harness, s: Session, pages: CorpusPage[], urlOf: (i: number) => string, indexes: number[]): Promise<MemoryResult[]> {
  const out: MemoryResult[] = [];
  // Extensions do not run in a fresh browser context (incognito-like) unless allowed there.
  const bare = await s.browser.createBrowserContext();
  try {
    for (const i of indexes) {
      const url = urlOf(i);
      const plain = await bare.newPage();
      await plain.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      if (await plain.evaluate(() => document.documentElement.hasAttribute('data-upstream'))) throw new Error('the extension ran in the bare context');
      const withoutBytes = await heapBytes(plain);
      await plain.close();

      const tab = await h.newTab(s);
      await tab.goto(url, { waitUntil: 'load' });
      await h.waitForMark(tab);
      const tabId = await h.tabIdOf(s, url);
      const withBytes = await heapBytes(tab);
      const cycle = async (): Promise<void> => {
        await toggleToPaint(h, s, tab, tabId);
        await closeView(h, s, tabId);
      };
      await cycle();
      const afterOneBytes = await heapBytes(tab);
      for (let k = 0; k < 10; k++) await cycle();
      const afterElevenBytes = await heapBytes(tab);
      await tab.close();
      out.push({ id: pages[i]!.id, withoutBytes, withBytes, beforeOpenBytes: withBytes, afterOneBytes, afterElevenBytes });
    }
  } finally {
    await bare.close();
  }
  return out;
}
