// The passes only pages without a story need (see gather.ts): plain-link story cards, posts shown in full, running
// text outside paragraphs, and outlet names on story cards. Kept apart so that the content script, which runs on
// every page load, does not carry them: it loads them (the `listing` bundle) on the pages that ask for them.
import type { Paragraph } from './regions.ts';
import type { ListingPasses } from './gather.ts';
import { runningText } from '../weights.ts';
import { headlineLike, norm, wordsIn } from '../text.ts';
import { showsTime } from '../card-time.ts';
import { closestWhere } from '../dom-scan.ts';
import { registrableDomain } from '../domain.ts';
import { onCard, type CardCache } from './page-kind.ts';
import { cardOutlets } from './cards.ts';

const NOT_PROSE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'button', 'option', 'script', 'style', 'noscript', 'label', 'figcaption']);

/** The most running text under one element (see PageStructure.runningProse); walks at most 8,000 text nodes. */
export function runningProse(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const cards: CardCache = new Map();
  const under = runningText(body, 2, (n) => {
    const len = (n.nodeValue ?? '').length;
    if (len < 100) return null;
    const parent = n.parentElement;
    if (!parent || NOT_PROSE.has(parent.localName) || parent.closest('a') || onCard(n, cards)) return null;
    return { el: parent, len };
  });
  return Math.max(0, ...under.values());
}

const NOT_A_CARD = new Set(['nav', 'header', 'footer', 'aside', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label']);

/** A time ("2 hours ago", "12m", "3/3(日) 10:00") on the card around a link: its parent, or a small grandparent. */
function timedCard(a: Element): boolean {
  const parent = a.parentElement;
  return !!parent && (showsTime(parent, 400) || (!!parent.parentElement && showsTime(parent.parentElement, 400)));
}

function offSite(a: Element, site: string): boolean {
  const host = (a as HTMLAnchorElement).hostname;
  return !!host && !!site && registrableDomain(host) !== site;
}

/** See PageStructure.cardLinks; reads at most 600 links. `site` is the page's registrable domain. */
export function cardLinks(doc: Document, site: string): number {
  const links = doc.getElementsByTagName('a');
  const count = Math.min(links.length, 600);
  const shapes = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const a = links[i]!;
    if (!a.hasAttribute('href')) continue;
    const text = norm(a.textContent);
    // Headings with links are counted as headline links already; a link inside a paragraph is part of its prose.
    if (text.length > 200 || !headlineLike(text) || wordsIn(text) < 4) continue;
    const inChrome = a.parentElement && closestWhere(a.parentElement, (e) => NOT_A_CARD.has(e.localName) || e.getAttribute('role') === 'navigation');
    // A menu's links have the same shape as cards; a story card shows when it was published, or links to the
    // outlet's own site (a headline aggregator).
    if (inChrome || !(offSite(a, site) || timedCard(a))) continue;
    const parent = a.parentElement;
    const key = `${a.className} ${parent?.localName} ${parent?.className}`;
    shapes.set(key, (shapes.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...shapes.values());
}

/** See PageStructure.fullPosts; looks at the first 30 headline links. */
export function fullPosts(doc: Document, paragraphs: Paragraph[]): number {
  const long = paragraphs.filter((p) => p.text.length > 80).map((p) => p.el);
  const links = doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href]');
  const posts = new Set<Element>();
  for (let i = 0; i < links.length && i < 30; i++) {
    const a = links[i]!;
    const heading = a.closest('h1, h2, h3');
    // A post's headline links to the post; a section heading's "¶" links to itself on this page.
    if ((a.getAttribute('href') ?? '').startsWith('#') || norm(a.textContent).length * 2 < norm(heading?.textContent).length) continue;
    // The post: the nearest block above the headline that holds two long paragraphs.
    let el = heading?.parentElement ?? null;
    for (let up = 0; el && up < 4; el = el.parentElement, up++) {
      let held = 0;
      for (const p of long) if (el.contains(p) && ++held >= 2) break;
      if (held >= 2) {
        posts.add(el);
        break;
      }
    }
  }
  // Headlines of one story (its own and a related rail inside its block) share a block; posts do not hold each other.
  const blocks = [...posts];
  return blocks.filter((b) => !blocks.some((o) => o !== b && b.contains(o))).length;
}

export const LISTING_PASSES: ListingPasses = { cardLinks, fullPosts, runningProse, cardOutlets };
