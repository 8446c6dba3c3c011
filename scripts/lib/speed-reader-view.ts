// Firefox part of the speed benchmark: Firefox's own Reader View and Upstream's clean view on the same pages,
// in the same Firefox ESR run, each opened the way a reader opens it and timed from the request to the
// article painted.
// - Reader View: an extension page stamps the time and calls `browser.tabs.toggleReaderMode(tabId)`, which
//   sends the same actor message as the address bar's reader button: the loaded document is serialised,
//   parsed by Readability in Firefox's reader worker, the tab navigates to about:reader and the article is
//   rendered there. A preload script (WebDriver BiDi script.addPreloadScript, through evaluateOnNewDocument)
//   runs in the about:reader document too; it stamps two animation frames after Firefox's own
//   `AboutReaderContentReady` event, which about:reader fires right after it inserted the article.
//   Firefox offers the toggle only on pages its isProbablyReaderable check accepted (the button shows,
//   `tabs.Tab.isArticle`); other pages are counted, not timed.
// - about:reader?url=…: the other way into Reader View, a tab opened straight at the reader address (a
//   bookmark, a link). about:reader downloads the page again and parses the fresh document; timed from the
//   about:reader document's own navigation start to the same paint stamp. Works on every page.
// - Clean view: the same toggle-to-paint probe as in Chromium (speed-browser.ts), on the same page.
// Each of the three runs in a tab of its own; which goes first rotates from page to page.
import type { Page } from 'puppeteer-core';
import type { CorpusPage } from './speed-corpus.ts';
import { closeView, settle, toggleToPaint, type Harness, type Session } from './speed-browser.ts';

export interface ReaderPageTiming {
  id: string;
  /** Firefox showed its reader button (its isProbablyReaderable check passed after load). */
  readerable: boolean;
  /** Reader toggle to the about:reader article painted. */
  readerMs: number | null;
  /** A tab opened at about:reader?url=…: its navigation start to the article painted (null: error page). */
  readerUrlMs: number | null;
  /** Upstream toggle to the clean view painted, first open. */
  upstreamMs: number | null;
  /** The detector flagged the page as a copy: the analysis was prepared in idle time before the toggle. */
  aggregator: boolean;
  prepared: boolean;
  error?: string;
}

type ProbeWindow = Window & { __readerPaintAt?: number; __readerError?: boolean };

/** Runs in every new document of the tab, the about:reader one included. */
function readerProbe(): void {
  const w = window as ProbeWindow;
  document.addEventListener('AboutReaderContentReady', () => {
    requestAnimationFrame(() => requestAnimationFrame(() => (w.__readerPaintAt = performance.timeOrigin + performance.now())));
  });
  document.addEventListener('AboutReaderContentError', () => (w.__readerError = true));
}

/** Waits (up to `timeout`) for Firefox's post-paint isProbablyReaderable check to show the reader button. */
async function waitReaderable(h: Harness, s: Session, tabId: number, timeout = 3000): Promise<boolean> {
  for (const end = Date.now() + timeout; ; ) {
    const isArticle = await h.evalInExtension(s, async (ext, id) => (await ext.tabs.get(id)).isArticle ?? false, tabId);
    if (isArticle || Date.now() > end) return isArticle;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function openSettled(h: Harness, s: Session, url: string, preload?: () => void): Promise<{ tab: Page; tabId: number; readerable: boolean; aggregator: boolean; prepared: boolean }> {
  const tab = await h.newTab(s);
  if (preload) await tab.evaluateOnNewDocument(preload);
  await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await h.waitForMark(tab);
  const tabId = await h.tabIdOf(s, url);
  // Both systems start from the same state: the content script's idle-time work done, Firefox's check done.
  const { aggregator, prepared } = await settle(h, s, tabId);
  const readerable = await waitReaderable(h, s, tabId);
  return { tab, tabId, readerable, aggregator, prepared };
}

async function timeReader(h: Harness, s: Session, url: string): Promise<{ readerable: boolean; ms: number | null }> {
  const { tab, tabId, readerable } = await openSettled(h, s, url, readerProbe);
  try {
    if (!readerable) return { readerable, ms: null };
    const sentAt = await h.evalInExtension(
      s,
      async (ext, id) => {
        const t0 = performance.timeOrigin + performance.now();
        await ext.tabs.toggleReaderMode(id);
        return t0;
      },
      tabId,
    );
    const handle = await tab.waitForFunction(
      () => {
        const w = window as ProbeWindow;
        if (w.__readerError) throw new Error('about:reader could not show the article');
        return w.__readerPaintAt ?? false;
      },
      { timeout: 15_000, polling: 50 },
    );
    return { readerable, ms: ((await handle.jsonValue()) as number) - sentAt };
  } finally {
    await tab.close();
  }
}

async function timeReaderUrl(h: Harness, s: Session, url: string): Promise<number | null> {
  const tab = await h.newTab(s);
  try {
    await tab.evaluateOnNewDocument(readerProbe);
    // WebDriver BiDi may navigate to about: pages because the harness starts Firefox with system access.
    await tab.goto(`about:reader?url=${encodeURIComponent(url)}`, { waitUntil: 'load', timeout: 30_000 });
    const handle = await tab.waitForFunction(
      () => {
        const w = window as ProbeWindow;
        if (w.__readerError) return -1;
        return w.__readerPaintAt === undefined ? false : w.__readerPaintAt - performance.timeOrigin;
      },
      { timeout: 15_000, polling: 50 },
    );
    const ms = (await handle.jsonValue()) as number;
    return ms < 0 ? null : ms;
  } finally {
    await tab.close();
  }
}

async function timeUpstream(h: Harness, s: Session, url: string): Promise<{ ms: number; aggregator: boolean; prepared: boolean }> {
  const { tab, tabId, aggregator, prepared } = await openSettled(h, s, url);
  try {
    const ms = await toggleToPaint(h, s, tab, tabId);
    await closeView(h, s, tabId);
    return { ms, aggregator, prepared };
  } finally {
    await tab.close();
  }
}

export async function runReaderView(
  h: Harness,
  s: Session,
  pages: CorpusPage[],
  urlOf: (i: number) => string,
  progress: (i: number) => void = () => {},
): Promise<ReaderPageTiming[]> {
  const out: ReaderPageTiming[] = [];
  // Firefox parses in a reader worker it starts on first use in a content process (~3 s here on the first
  // page): a one-off per session, not a per-page cost. One untimed round of each system on the first page
  // starts it, and the first engine injection, before anything is timed.
  await timeReader(h, s, urlOf(0)).catch(() => null);
  await timeUpstream(h, s, urlOf(0)).catch(() => null);
  await timeReaderUrl(h, s, urlOf(0)).catch(() => null);
  for (const [i, p] of pages.entries()) {
    const row: ReaderPageTiming = { id: p.id, readerable: false, readerMs: null, readerUrlMs: null, upstreamMs: null, aggregator: false, prepared: false };
    const reader = async (): Promise<void> => {
      const r = await timeReader(h, s, urlOf(i));
      row.readerable = r.readerable;
      row.readerMs = r.ms;
    };
    const upstream = async (): Promise<void> => {
      const u = await timeUpstream(h, s, urlOf(i));
      row.upstreamMs = u.ms;
      row.aggregator = u.aggregator;
      row.prepared = u.prepared;
    };
    const readerUrl = async (): Promise<void> => {
      row.readerUrlMs = await timeReaderUrl(h, s, urlOf(i));
    };
    try {
      // Rotate which system runs first, so none always gets the warmer browser.
      const runs = [reader, upstream, readerUrl];
      for (let k = 0; k < runs.length; k++) await runs[(i + k) % runs.length]!();
    } catch (err) {
      row.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    }
    out.push(row);
    progress(i);
  }
  return out;
}
