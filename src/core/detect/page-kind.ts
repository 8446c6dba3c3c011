// article | listing | other, from cheap structural counts.
import type { PageKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import type { Paragraph } from './text-signals.ts';

function pathMatches(patterns: string[] | undefined, path: string): boolean {
  return !!patterns?.some((p) => new RegExp(p, 'i').test(path));
}

/** `ogType`: the page's og:type, lower-cased ('' when none). */
export function pageKind(doc: Document, url: string, rule: SiteRule | null, paragraphs: Paragraph[], jsonLd: Record<string, unknown>[], ogType: string): PageKind {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    // keep '/'
  }
  if (rule && pathMatches(rule.listingPaths, path)) return 'listing';
  if (rule && pathMatches(rule.articlePaths, path)) return 'article';
  let long = 0;
  let chars = 0;
  // Long paragraphs per parent: a story's prose sits together; card summaries sit one per card.
  const perParent = new Map<Element | null, number>();
  for (const p of paragraphs) {
    const len = p.text.length;
    if (len > 80) {
      long++;
      chars += len;
      perParent.set(p.el.parentElement, (perParent.get(p.el.parentElement) ?? 0) + 1);
    }
  }
  const together = Math.max(0, ...perParent.values());
  // Many headline links and little running prose: a feed, tag or topic page.
  let headlineLinks = 0;
  // By index, not Array.from: only the first 300 headings get touched (each one read costs a wrapper object).
  const headings = doc.querySelectorAll('h2, h3, h4');
  for (let i = 0; i < headings.length && i < 300; i++) {
    const h = headings[i]!;
    if (h.querySelector('a[href]') || h.closest('a[href]')) headlineLinks++;
  }
  const articleLd = jsonLd.some((o) => /(?:^|,)\s*(?:News|Blog|Report|Scholarly|Tech|Opinion|Analysis|Reportage)?(?:News)?Article\b/.test(String(o['@type'] ?? '')));
  // A page with a story's worth of running prose is an article, however many teasers surround it.
  const prose = chars >= 1200 && together >= 4;
  if (headlineLinks >= 5 && !articleLd && ogType !== 'article' && !prose && (long < 4 || headlineLinks > long * 1.5)) return 'listing';
  if (ogType === 'article' || articleLd) return 'article';
  if (long >= 3 || chars > 1500) return 'article';
  if (headlineLinks >= 5) return 'listing';
  return 'other';
}
