// The browser parts of the speed benchmark (see bench-speed.ts): each part launches its own browsers, serves
// its sample of the corpus from 127.0.0.1 and closes everything when done.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { samplePages, type CorpusPage } from './speed-corpus.ts';
import type { BrowserPageTiming, MemoryResult } from './speed-browser.ts';
import type { ReaderPageTiming } from './speed-reader-view.ts';
import type { ColdPageTiming } from './speed-cold-worlds.ts';
import type { PageLoadTiming } from './speed-page-load.ts';

type Pages = CorpusPage[];
type Harness = typeof import('../../test/e2e/harness.ts');
export type BrowserPart = 'toggle' | 'reader' | 'readerable' | 'page-load';

export interface BrowserPartOptions {
  /** Parts not to run. */
  skip: readonly BrowserPart[];
  /** Page counts: a number or "all". */
  browserPages: string;
  memoryPages: number;
  readerPages: string;
  readerablePages: string;
  pageLoadPages: string;
  pageLoadReps: number;
}

export interface BrowserResults {
  browser: { timings: BrowserPageTiming[]; memory: MemoryResult[]; version: string } | null;
  reader: { rows: ReaderPageTiming[]; version: string } | null;
  cold: ColdPageTiming[] | null;
  pageLoad: PageLoadTiming[] | null;
  /** The build the browsers ran (holding chrome/ and firefox/), or null when no browser part ran. */
  built: string | null;
}

const root = resolve(import.meta.dirname, '../..');
const BENCH_DIST = '.tmp/bench-dist';


const count = (flag: string, pages: Pages): number => (flag === 'all' ? pages.length : Number(flag));

/** Builds the extension once for every browser part: our own build, so a rebuild of dist/ by someone else cannot change it mid-run. */
async function harness(): Promise<Harness> {
  process.env.UPSTREAM_DIST = BENCH_DIST;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  return import('../../test/e2e/harness.ts');
}

/** Runs `fn` with the sampled pages served from 127.0.0.1 (page scripts blocked, see speed-browser.ts). */
async function withServedPages<T>(pages: Pages, wanted: number, fn: (sample: Pages, urlOf: (i: number) => string) => Promise<T>): Promise<T> {
  const { serveCorpus } = await import('./speed-browser.ts');
  const sample = samplePages(pages, wanted);
  const { server, urlOf } = await serveCorpus(sample);
  try {
    return await fn(sample, urlOf);
  } finally {
    server.close();
  }
}

const progress = (what: string, total: number) => (i: number): void => {
  process.stderr.write(`\r${what}: ${i + 1}/${total}${i + 1 === total ? '\n' : ''}`);
};

async function togglePart(h: Harness, pages: Pages, o: BrowserPartOptions): Promise<{ timings: BrowserPageTiming[]; memory: MemoryResult[]; version: string }> {
  const { runChromium, runMemory } = await import('./speed-browser.ts');
  return withServedPages(pages, count(o.browserPages, pages), async (sample, urlOf) => {
    const s = await h.launchChromium();
    try {
      const version = await s.browser.version();
      const timings = await runChromium(h, s, sample, urlOf, progress('chromium', sample.length));
      const memIdx = samplePages(sample.map((_, i) => i), o.memoryPages);
      const memory = await runMemory(h, s, sample, urlOf, memIdx);
      return { timings, memory, version };
    } finally {
      await s.close();
    }
  });
}

async function readerPart(h: Harness, pages: Pages, o: BrowserPartOptions): Promise<{ rows: ReaderPageTiming[]; version: string }> {
  const { runReaderView } = await import('./speed-reader-view.ts');
  return withServedPages(pages, count(o.readerPages, pages), async (sample, urlOf) => {
    const s = await h.launchFirefox({ offline: true });
    try {
      const version = await s.browser.version();
      return { rows: await runReaderView(h, s, sample, urlOf, progress('firefox reader view', sample.length)), version };
    } finally {
      await s.close();
    }
  });
}

async function readerablePart(h: Harness, pages: Pages, o: BrowserPartOptions): Promise<ColdPageTiming[]> {
  const { runColdWorlds } = await import('./speed-cold-worlds.ts');
  return withServedPages(pages, count(o.readerablePages, pages), async (sample, urlOf) => {
    const bare = await h.launchBareChromium({ offline: true });
    try {
      return await runColdWorlds(bare, sample, urlOf, progress('cold worlds', sample.length));
    } finally {
      await bare.close();
    }
  });
}

async function pageLoadPart(h: Harness, pages: Pages, o: BrowserPartOptions): Promise<PageLoadTiming[]> {
  const { runPageLoad } = await import('./speed-page-load.ts');
  return withServedPages(pages, count(o.pageLoadPages, pages), async (sample, urlOf) => {
    const s = await h.launchChromium({ offline: true });
    const bare: Browser[] = [];
    try {
      for (let k = 0; k < 2; k++) bare.push(await h.launchBareChromium({ offline: true }));
      const [withoutA, withoutB] = bare as [Browser, Browser];
      return await runPageLoad(h, s, { withoutA, withoutB }, sample, urlOf, o.pageLoadReps, progress('page loads', sample.length));
    } finally {
      for (const b of bare) await b.close();
      await s.close();
    }
  });
}

// The harness's BINARIES; browsers.ts cannot be imported before UPSTREAM_DIST is set (it reads it on import).
const BINARIES = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;
const BROWSER_OF: Record<BrowserPart, keyof typeof BINARIES> = { toggle: 'chromium', reader: 'firefox', readerable: 'chromium', 'page-load': 'chromium' };

/** Runs the browser parts asked for whose browser is installed (a missing browser is reported, not fatal). */
export async function runBrowserParts(pages: Pages, o: BrowserPartOptions): Promise<BrowserResults> {
  const wants = (part: BrowserPart): boolean => {
    if (o.skip.includes(part)) return false;
    if (existsSync(BINARIES[BROWSER_OF[part]])) return true;
    process.stderr.write(`${part}: skipped, ${BINARIES[BROWSER_OF[part]]} is not installed\n`);
    return false;
  };
  const run = { toggle: wants('toggle'), reader: wants('reader'), readerable: wants('readerable'), pageLoad: wants('page-load') };
  if (!Object.values(run).some(Boolean)) return { browser: null, reader: null, cold: null, pageLoad: null, built: null };
  const h = await harness();
  return {
    browser: run.toggle ? await togglePart(h, pages, o) : null,
    pageLoad: run.pageLoad ? await pageLoadPart(h, pages, o) : null,
    cold: run.readerable ? await readerablePart(h, pages, o) : null,
    reader: run.reader ? await readerPart(h, pages, o) : null,
    built: resolve(root, BENCH_DIST),
  };
}
