// The whole pipeline for one page: detection, then extraction (articles) or the item list
// (listings), then attribution. Pure: the same code runs in the page, in node tests and the CLI.
import type { Analysis, AnalyzeOptions, Attribution, ExtractedArticle } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';
import { detect } from './detect/index.ts';
import { extractArticle } from './extract/index.ts';
import { extractListing, listingFurniture } from './listing.ts';
import { attribute } from './attribution/index.ts';

/** A listing's own heading ("Latest news with #USJapanRelations"), not the tab title with the site's name. */
function listingTitle(doc: Document): string | null {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  return doc.title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim() || null;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, url: string, rules: readonly SiteRule[], options: AnalyzeOptions = {}): Analysis {
  const clock = options.clock ?? now;
  const t0 = clock();
  const detection = options.detection ?? detect(doc, url, rules);
  const t1 = clock();
  const rule = rules.find((r) => r.id === detection.rule) ?? null;
  const items = detection.kind === 'listing' ? extractListing(doc, url, rule) : [];
  const article: ExtractedArticle | null =
    detection.kind === 'listing' && items.length >= 3 ? null : extractArticle(doc, url, rule);
  const attribution: Attribution = attribute(doc, url, {
    detection,
    credits: article?.credits ?? [],
    text: article?.text ?? '',
    title: article?.title ?? null,
    rule,
    now: options.now ?? null,
  });
  const t2 = clock();
  return {
    url,
    kind: detection.kind === 'listing' && !article ? 'listing' : detection.kind === 'listing' ? 'article' : detection.kind,
    isAggregator: detection.isAggregator,
    signals: detection.signals,
    host: attribution.host,
    original: detection.kind === 'listing' && !article ? null : attribution.original,
    // attribute() already weighs the extractor's byline sources and rejects outlet names ("Reuters") as authors.
    byline: attribution.byline,
    published: attribution.published ?? article?.published ?? null,
    cited: attribution.cited,
    title: article?.title ?? listingTitle(doc),
    text: article?.text ?? '',
    html: article?.html ?? '',
    removed: article?.removed ?? (items.length ? listingFurniture(doc) : []),
    coverage: article?.coverage ?? [],
    items,
    timings: { detectMs: t1 - t0, extractMs: t2 - t1 },
  };
}
