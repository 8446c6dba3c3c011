// A link on the page to a story on the original's site: aggregators often link the provider line to the source
// article. Read by the engine only once the original is known (the detector never walks the page's links).
import { domainStem, hostnameOf, httpUrl, registrableDomain } from '../domain.ts';
import { compactKey } from '../outlet-names.ts';

/** The first link to a story (not a homepage or section front) on `domain`, among the page's first 1,500 links. */
export function storyLinkOn(doc: Document, pageUrl: string, domain: string): string | null {
  if (!domain) return null;
  const links = doc.getElementsByTagName('a');
  for (let i = 0, n = Math.min(links.length, 1500); i < n; i++) {
    const href = httpUrl(links[i]!.getAttribute('href'), pageUrl);
    if (!href || registrableDomain(hostnameOf(href)) !== domain) continue;
    const path = new URL(href).pathname;
    if (path.split('/').filter(Boolean).length >= 2 || /\d{4,}|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+/i.test(path)) return href;
  }
  return null;
}

/**
 * The site of an outlet the directory does not know, from the page's links: "Inside Climate News" is the site
 * whose domain reads insideclimatenews (the page links to "Read the original article").
 */
export function domainNamed(doc: Document, pageUrl: string, name: string): string | null {
  const key = compactKey(name);
  if (key.length < 4) return null;
  const links = doc.getElementsByTagName('a');
  for (let i = 0, n = Math.min(links.length, 1500); i < n; i++) {
    const href = httpUrl(links[i]!.getAttribute('href'), pageUrl);
    const domain = href ? registrableDomain(hostnameOf(href)) : '';
    if (domain && domainStem(domain).replace(/-/g, '') === key) return domain;
  }
  return null;
}
