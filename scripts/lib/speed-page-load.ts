// What a page load pays in total for Upstream, in Chromium: load-event and first-contentful-paint times of
// the same pages with the extension and without it, and the run's own noise.
// Three browsers run side by side, started the same way: one with the built extension (harness), two without
// (launchBareChromium). Each page is loaded `reps` times in each of three series, W (with the extension) and
// A and B (one per extension-less browser), in a new tab per load, the order of the three rotating from load
// to load. Times are the page's own: navigation timing's loadEventStart and the first-contentful-paint entry,
// both from the navigation start. A and B are the same condition twice, in two browsers as W is in a browser
// of its own, so their difference is the run's noise, including what differs from one browser to another.
import type { Browser, Page } from 'puppeteer-core';
import type { CorpusPage } from './speed-corpus.ts';
import type { Harness, Session } from './speed-browser.ts';
import { median } from './speed-stats.ts';

export type LoadSeries = 'with' | 'withoutA' | 'withoutB';
export const LOAD_SERIES: readonly LoadSeries[] = ['with', 'withoutA', 'withoutB'];

export interface LoadSample {
  loadMs: number;
  fcpMs: number | null;
}

export interface PageLoadTiming {
  id: string;
  /** Per series, one sample per repetition. */
  samples: Record<LoadSeries, LoadSample[]>;
  error?: string;
}

// Evaluated as text: functions passed to evaluate() would carry the name helpers tsx adds when it runs this file.
const READ_LOAD_TIMES = `new Promise((resolve) => {
  const read = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { loadMs: nav ? nav.loadEventStart : NaN, fcpMs: fcp ? fcp.startTime : null };
  };
  if (performance.getEntriesByName('first-contentful-paint').length) return resolve(read());
  // A page with nothing to paint has no FCP entry: give it a second, then report none.
  new PerformanceObserver(() => resolve(read())).observe({ type: 'paint', buffered: true });
  setTimeout(() => resolve(read()), 1000);
})`;

function readLoadTimes(page: Page): Promise<LoadSample> {
  return page.evaluate(READ_LOAD_TIMES) as Promise<LoadSample>;
}

/** A page's median over its repetitions in one series (a median, so one slow load does not move it). */
export function pageMedian(row: PageLoadTiming, series: LoadSeries, what: 'loadMs' | 'fcpMs'): number | null {
  const v = row.samples[series].map((s) => s[what]).filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? median(v) : null;
}

export async function runPageLoad(
  h: Harness,
  s: Session,
  bare: { withoutA: Browser; withoutB: Browser },
  pages: CorpusPage[],
  urlOf: (i: number) => string,
  reps: number,
  progress: (i: number) => void = () => {},
): Promise<PageLoadTiming[]> {
  const load = async (series: LoadSeries, url: string): Promise<LoadSample> => {
    const tab = series === 'with' ? await h.newTab(s) : await bare[series].newPage();
    try {
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
      const sample = await readLoadTimes(tab);
      // Let the content script finish before the next load, so its work never lands in another series' load.
      if (series === 'with') await h.waitForMark(tab);
      return sample;
    } finally {
      await tab.close();
    }
  };
  const out: PageLoadTiming[] = [];
  for (const [i, p] of pages.entries()) {
    const row: PageLoadTiming = { id: p.id, samples: { with: [], withoutA: [], withoutB: [] } };
    try {
      for (let r = 0; r < reps; r++) {
        for (let k = 0; k < LOAD_SERIES.length; k++) {
          const series = LOAD_SERIES[(i + r + k) % LOAD_SERIES.length]!;
          row.samples[series].push(await load(series, urlOf(i)));
        }
      }
    } catch (err) {
      row.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    }
    out.push(row);
    progress(i);
  }
  return out;
}
