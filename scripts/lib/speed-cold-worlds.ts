// Every-page cost, side by side: Upstream's detector (gatherEvidence, what the content script runs on each
// load) against Readability's isProbablyReaderable (what Firefox and reader-mode extensions run on page
// loads), each cold, in Chromium.
// Each script is bundled alone (cold-bundles.ts). Per page: a fresh browser context (so a new renderer
// process: no compiled code, regular expressions or DOM wrappers left from other pages), the page loaded
// there without the extension, then for each check a new isolated world (CDP Page.createIsolatedWorld) in
// which the script is evaluated once (Runtime.evaluate) and times itself with performance.now(). The script
// text carries a per-page nonce so that no compilation cache can serve it. The two run in alternating order.
import type { Browser } from 'puppeteer-core';
import type { CorpusPage } from './speed-corpus.ts';
import { coldBundle, type ColdEntry } from './cold-bundles.ts';

export interface ColdPageTiming {
  id: string;
  /** The check's call alone (as the content script times its detector). */
  detectorMs: number | null;
  readerableMs: number | null;
  /** The script's top level and the call: everything after V8 parsed the script. */
  detectorTotalMs: number | null;
  readerableTotalMs: number | null;
  /** isProbablyReaderable's answer on the page. */
  readerable: boolean | null;
  error?: string;
}

interface WorldRun {
  totalMs: number;
  runMs: number;
  result: unknown;
}

function timedScript(entry: ColdEntry, code: string, nonce: string): string {
  return `var __coldT0 = performance.now();
${code}
;(() => {
  const t1 = performance.now();
  const r = cold_${entry}.run();
  const t2 = performance.now();
  return { totalMs: t2 - __coldT0, runMs: t2 - t1, result: typeof r === 'boolean' ? r : null };
})();
// ${nonce}`;
}

export async function runColdWorlds(
  browser: Browser,
  pages: CorpusPage[],
  urlOf: (i: number) => string,
  progress: (i: number) => void = () => {},
): Promise<ColdPageTiming[]> {
  const code = { detector: await coldBundle('detector'), readerable: await coldBundle('readerable') };
  const out: ColdPageTiming[] = [];
  for (const [i, p] of pages.entries()) {
    const row: ColdPageTiming = { id: p.id, detectorMs: null, readerableMs: null, detectorTotalMs: null, readerableTotalMs: null, readerable: null };
    const ctx = await browser.createBrowserContext();
    try {
      const page = await ctx.newPage();
      await page.goto(urlOf(i), { waitUntil: 'load', timeout: 30_000 });
      // Laid out and painted, as when a content script at document_idle or Firefox's post-paint check runs.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const cdp = await page.createCDPSession();
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const nonce = `${Date.now()}-${i}-${Math.random()}`;
      const order: ColdEntry[] = i % 2 ? ['readerable', 'detector'] : ['detector', 'readerable'];
      for (const entry of order) {
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `cold-${entry}-${nonce}` });
        const res = await cdp.send('Runtime.evaluate', { expression: timedScript(entry, code[entry], nonce), contextId: executionContextId, returnByValue: true });
        if (res.exceptionDetails) throw new Error(`${entry}: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
        const run = res.result.value as WorldRun;
        if (entry === 'detector') {
          row.detectorMs = run.runMs;
          row.detectorTotalMs = run.totalMs;
        } else {
          row.readerableMs = run.runMs;
          row.readerableTotalMs = run.totalMs;
          row.readerable = run.result as boolean;
        }
      }
    } catch (err) {
      row.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    } finally {
      await ctx.close();
    }
    out.push(row);
    progress(i);
  }
  return out;
}
