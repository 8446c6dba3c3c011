// The address a page is read at. Pure: (url, head, document) → address; the evidence is gathered at it.
import { hostnameOf, httpUrl, registrableDomain } from '../domain.ts';
import { compact, norm } from '../text.ts';
import { initials } from '../outlet-names.ts';
import { meta, type HeadData } from './head.ts';

/**
 * Not an address on the web: this machine (a saved page opened from disk or served locally, a development
 * server) or a name reserved never to resolve on the web (RFC 6761: .localhost, .invalid, .test).
 */
const LOCAL_HOST = /^(?:|localhost|.+\.(?:localhost|invalid|test)|\d{1,3}(?:\.\d{1,3}){3}|\[[\d:a-f.]+\])$/i;

/**
 * The address a page is read at: its own, unless that is not on the web, where the address it gives itself
 * (rel=canonical, og:url) tells which site it is, else the site most of its links lead to when the page names it
 * (a page saved from a site links to that site's sections and stories). A copy of a story on its own site is not
 * another site's copy because it was saved.
 */
export function ownAddress(url: string, head: HeadData, doc: Document, rights: string): string {
  if (!LOCAL_HOST.test(hostnameOf(url)) && /^https?:/i.test(url)) return url;
  const own = httpUrl(head.canonical, url) ?? httpUrl(meta(head, 'og:url'), url);
  if (own && !LOCAL_HOST.test(hostnameOf(own))) return own;
  const site = linkedSite(doc);
  // Only when the page's own name agrees (its title, site name or footer's rights line): a blog post links to
  // the code it writes about more often than to its own site.
  if (!site) return url;
  const stem = compact(registrableDomain(site).split('.')[0]!);
  const notice = rights || (doc.querySelector('[class*="copyright" i], [id*="copyright" i]')?.textContent ?? '').slice(0, 300);
  const named = stem.length >= 3 && compact(`${doc.title} ${meta(head, 'og:site_name') ?? ''} ${notice}`).includes(stem);
  // A short address is the initials of the name ending the title ("… The Associated Press" on ap.org).
  const words = norm(doc.title).split(' ');
  const initialled = stem.length >= 2 && [2, 3, 4].some((k) => words.length > k && initials(words.slice(-k).join(' ')) === stem);
  return named || initialled ? `https://${site}/` : url;
}

const ABSOLUTE_HOST = /^\s*(?:https?:)?\/\/([^/?#:\s]+)/i;

/** The host most of the page's absolute links lead to: at least 10 links and 40% of them, else null. */
function linkedSite(doc: Document): string | null {
  const links = doc.getElementsByTagName('a');
  const counts = new Map<string, { n: number; host: string }>();
  let total = 0;
  for (let i = 0, n = Math.min(links.length, 800); i < n; i++) {
    const host = ABSOLUTE_HOST.exec(links[i]!.getAttribute('href') ?? '')?.[1]?.toLowerCase();
    if (!host || LOCAL_HOST.test(host)) continue;
    total++;
    const domain = registrableDomain(host);
    const seen = counts.get(domain);
    if (seen) seen.n++;
    else counts.set(domain, { n: 1, host });
  }
  let best: { n: number; host: string } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 10 && best.n >= total * 0.4 ? best.host : null;
}
