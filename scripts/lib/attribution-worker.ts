// Child process of bench:attribution: analyses a chunk of pages and returns what attribution found on each,
// with plain Readability's byline on the same document for comparison.
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import type { OutletRef, PageKind } from '../../src/core/types.ts';
import { parseHtml } from './jsdom-page.ts';
import { readHtmlFile } from './read-html.ts';
import { servePages } from './page-pool.ts';

export interface PageJob {
  id: string;
  file: string;
  url: string;
}

export interface PageRun {
  id: string;
  error?: string;
  rule: string | null;
  kind: PageKind;
  isAggregator: boolean;
  host: OutletRef;
  original: OutletRef | null;
  byline: string | null;
  published: string | null;
  items: { title: string; outlet: string | null }[];
  signals: string[];
  readabilityByline: string | null;
}

const EMPTY: Omit<PageRun, 'id'> = {
  rule: null, kind: 'other', isAggregator: false, host: { name: '', domain: '' }, original: null, byline: null, published: null,
  items: [], signals: [], readabilityByline: null,
};

function run(job: PageJob): PageRun {
  let page;
  try {
    page = parseHtml(readHtmlFile(job.file), job.url, { onError: () => {} });
  } catch (error) {
    return { id: job.id, ...EMPTY, error: (error as Error).message.split('\n')[0] };
  }
  try {
    let readabilityByline: string | null = null;
    try {
      readabilityByline = new Readability(page.doc.cloneNode(true) as Document).parse()?.byline ?? null;
    } catch {
      // Readability's failure only leaves its column empty.
    }
    const a = analyze(page.doc, job.url, SITE_RULES, { now: new Date('2026-01-01T00:00:00Z') });
    return {
      id: job.id,
      rule: a.signals.some((s) => s.id === 'site-rule') ? (a.host.name ?? null) : null,
      kind: a.kind,
      isAggregator: a.isAggregator,
      host: a.host,
      original: a.original,
      byline: a.byline,
      published: a.published,
      items: a.items.map((i) => ({ title: i.title, outlet: i.outlet })),
      signals: a.signals.map((s) => `${s.id}${s.outlet ? `:${s.outlet}` : ''}`),
      readabilityByline,
    };
  } catch (error) {
    return { id: job.id, ...EMPTY, error: (error as Error).message.split('\n')[0] };
  } finally {
    page.close();
  }
}

servePages(run);
