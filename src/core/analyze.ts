// The whole pipeline for one page: the page's evidence (gathered once, by the detector), extraction (articles)
// or the item list (listings), then one verdict and the attribution, both read from that evidence.
// Pure: the same code runs in the page, in node tests and the CLI.
import type { Analysis, AnalyzeOptions, Attribution, ExtractedArticle } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';
import { readDetection } from './detect/index.ts';
import { addStoryLines, gatherEvidence } from './evidence/index.ts';
import { extractArticle } from './extract/index.ts';
import { descriptionsOf } from './evidence/head.ts';
import { extractListing, listingFurniture } from './listing.ts';
import { attribute } from './attribution/index.ts';
import { directoryIsHost, findHost } from './host.ts';
import { domainNamed, storyLinkOn } from './attribution/story-link.ts';
import { norm } from './text.ts';

/** A listing's own heading ("Latest news with #USJapanRelations"), not the tab title with the site's name. */
function listingTitle(doc: Document): string | null {
  const h1 = norm(doc.getElementsByTagName('h1')[0]?.textContent);
  if (h1) return h1;
  return doc.title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim() || null;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, url: string, rules: readonly SiteRule[], options: AnalyzeOptions = {}): Analysis {
  const clock = options.clock ?? now;
  const t0 = clock();
  const gathered = options.evidence ?? gatherEvidence(doc, url, rules);
  const t1 = clock();
  const rule = rules.find((r) => r.id === gathered.rule) ?? null;
  const listing = gathered.kind === 'listing';
  const { items, sponsored } = listing ? extractListing(doc, url, rule) : { items: [], sponsored: [] };
  const article: ExtractedArticle | null = listing && items.length >= 3 ? null : extractArticle(doc, url, rule, descriptionsOf(gathered.head));
  // The engine knows the story's first and last paragraphs better than the detector's quick look.
  const evidence = article ? addStoryLines(gathered, article.text) : gathered;
  const host = findHost(evidence, rule);
  // One verdict: read from the evidence with the directory's knowledge of the host's names, and the original
  // named only on a page read as a copy.
  const detection = readDetection(evidence, rules, directoryIsHost(evidence, host));
  const attribution: Attribution = attribute(evidence, host, {
    detection,
    text: article?.text ?? '',
    title: article?.title ?? null,
    rule,
    now: options.now ?? null,
    storyLink: (domain) => storyLinkOn(doc, url, domain),
    domainFor: (name) => domainNamed(doc, url, name),
  });
  const t2 = clock();
  const isListing = listing && !article;
  return {
    url,
    kind: isListing ? 'listing' : listing ? 'article' : detection.kind,
    isAggregator: detection.isAggregator,
    signals: detection.signals,
    rule: detection.rule,
    host: attribution.host,
    original: isListing ? null : attribution.original,
    byline: attribution.byline,
    published: attribution.published ?? article?.published ?? null,
    cited: attribution.cited,
    title: article?.title ?? listingTitle(doc),
    standfirst: article?.standfirst ?? null,
    text: article?.text ?? '',
    html: article?.html ?? '',
    removed: article?.removed ?? (items.length ? [...listingFurniture(doc), ...sponsored] : []),
    coverage: article?.coverage ?? [],
    items,
    timings: { detectMs: options.evidence ? 0 : t1 - t0, extractMs: t2 - t1 },
  };
}
