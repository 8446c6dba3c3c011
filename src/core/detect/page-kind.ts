// article | listing | other, from cheap structural counts.
import type { PageKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';

function pathMatches(patterns: string[] | undefined, path: string): boolean {
  return !!patterns?.some((p) => new RegExp(p, 'i').test(path));
}

export function pageKind(doc: Document, url: string, rule: SiteRule | null, paragraphs: HTMLElement[]): PageKind {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    // keep '/'
  }
  if (rule && pathMatches(rule.listingPaths, path)) return 'listing';
  if (rule && pathMatches(rule.articlePaths, path)) return 'article';
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  let long = 0;
  let chars = 0;
  for (const p of paragraphs) {
    const len = (p.textContent ?? '').length;
    if (len > 80) long++;
    chars += len;
  }
  // Many headline links and little running prose: a feed, tag or topic page.
  const headlineLinks = doc.querySelectorAll('h2 a[href], h3 a[href], a[href] h2, a[href] h3, h4 a[href]').length;
  const articleLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) =>
    /"@type"\s*:\s*"(?:News|Blog|Report|Scholarly|Tech)?Article"|"@type"\s*:\s*"(?:Opinion|Analysis)NewsArticle"/.test(
      (s.textContent ?? '').slice(0, 5000),
    ),
  );
  if (headlineLinks >= 5 && !articleLd && ogType !== 'article' && (long < 4 || headlineLinks > long * 1.5)) return 'listing';
  if (ogType === 'article' || articleLd) return 'article';
  if (long >= 3 || chars > 1500) return 'article';
  if (headlineLinks >= 5) return 'listing';
  return 'other';
}
