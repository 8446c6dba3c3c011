// article | listing | other, from cheap structural counts gathered with the rest of the evidence.
import type { PageKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import type { LdStory } from './head.ts';
import type { Paragraph } from './regions.ts';
import { runningText } from '../weights.ts';
import { headlineLike, norm, wordsIn } from '../text.ts';
import { showsTime } from '../card-time.ts';
import { closestWhere } from '../dom-scan.ts';
import { registrableDomain } from '../domain.ts';

/** Counts the page kind is decided from (plain data, kept with the evidence). */
export interface PageStructure {
  /** Paragraphs over 80 characters, and their total length. */
  longParagraphs: number;
  proseChars: number;
  /** The most long paragraphs (not card summaries) under one parent or grandparent: a story's prose sits together. */
  together: number;
  /** Long paragraphs that are summaries on story cards: inside a small block that also holds a headline link. */
  carded: number;
  /** h2–h4 headings that are or hold links: story cards. */
  headlineLinks: number;
  /** The page describes itself as an article (og:type or JSON-LD). */
  articleMeta: boolean;
  /**
   * The most running text (long text runs outside links, headings and cards) under one element, counted only
   * when the other counts suggest a listing: stories split by <br> rather than <p> have few paragraphs.
   */
  runningProse?: number;
  /**
   * The most headline links of one shape (the link's and its parent's tag and class) outside navigation and
   * prose, each with a time on its card or linking to another site: story cards whose headlines are plain links. Counted only on pages without a story's prose or
   * article metadata.
   */
  cardLinks?: number;
  /** The page's headline names its title and reads as a story's headline (five words or more), not a section's name. */
  storyHeadline?: boolean;
  /**
   * Posts shown in full (a blog's home or archive page): separate blocks each holding its own headline link and two
   * long paragraphs or more. Counted only on pages without a story's headline or article metadata.
   */
  fullPosts?: number;
}

const ARTICLE_LD = /^(?:News|Blog|Report|Scholarly|Tech|Opinion|Analysis|Reportage)?(?:News)?Article$|^BlogPosting$/;

const HEADLINE_LINK = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/** What one ancestor says about cards: too big to be one, holds a headline link, or neither. */
type CardTest = 'big' | 'card' | 'plain';
type CardCache = Map<Element, CardTest>;

/**
 * A card: up to three levels above the paragraph, a block of at most 1,200 characters that holds a headline
 * link. Answers are kept per ancestor: a story's paragraphs share their parent, whose text is long.
 */
function onCard(p: Element | Text, cache: CardCache): boolean {
  let el = p.parentElement;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    let test = cache.get(el);
    if (!test) {
      test = (el.textContent ?? '').length > 1200 ? 'big' : el.querySelector(HEADLINE_LINK) ? 'card' : 'plain';
      cache.set(el, test);
    }
    if (test !== 'plain') return test === 'card';
  }
  return false;
}

export function pageStructure(doc: Document, paragraphs: Paragraph[], ld: LdStory | null, ogType: string): PageStructure {
  let longParagraphs = 0;
  let proseChars = 0;
  let carded = 0;
  const perParent = new Map<Element | null, number>();
  const cards: CardCache = new Map();
  const count = (el: Element | null): void => {
    if (el) perParent.set(el, (perParent.get(el) ?? 0) + 1);
  };
  for (const p of paragraphs) {
    const len = p.text.length;
    if (len > 80) {
      longParagraphs++;
      proseChars += len;
      if (onCard(p.el, cards)) {
        carded++;
        continue;
      }
      // Stories split by ad slots or per-paragraph wrappers still share a grandparent.
      count(p.el.parentElement);
      count(p.el.parentElement?.parentElement ?? null);
    }
  }
  let headlineLinks = 0;
  // By index, not Array.from: only the first 300 headings get touched (each one read costs a wrapper object).
  const headings = doc.querySelectorAll('h2, h3, h4');
  for (let i = 0; i < headings.length && i < 300; i++) {
    const h = headings[i]!;
    if (h.querySelector('a[href]') || h.closest('a[href]')) headlineLinks++;
  }
  const articleMeta = ogType === 'article' || !!ld?.types.some((t) => ARTICLE_LD.test(t));
  return { longParagraphs, proseChars, together: Math.max(0, ...perParent.values()), carded, headlineLinks, articleMeta };
}

function pathMatches(patterns: string[] | undefined, path: string): boolean {
  return !!patterns?.some((p) => new RegExp(p, 'i').test(path));
}

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

export function pageKind(s: PageStructure, url: string, rule: SiteRule | null): PageKind {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    // keep '/'
  }
  if (rule && pathMatches(rule.listingPaths, path)) return 'listing';
  // Three posts or more shown in full, each under its own headline link: a blog's home or archive page.
  if (!s.storyHeadline && !s.articleMeta && (s.fullPosts ?? 0) >= 3) return 'listing';
  // A page with a story's worth of running prose is an article, however many teasers surround it.
  const prose = s.together >= 4 || (s.runningProse ?? 0) >= 600;
  // Story cards (a headline link and a summary each) with no running prose: a tag, topic, section or home page,
  // whatever its address says.
  if (s.headlineLinks >= 5 && s.carded >= 4 && s.carded >= 0.6 * s.longParagraphs && !prose) return 'listing';
  if (rule && pathMatches(rule.articlePaths, path)) return 'article';
  // Many headline links and little prose: a feed, even when its cards carry no summaries. A short story with a
  // row of related links (six links, three paragraphs) stays an article.
  // A story's own headline over a short story (a few paragraphs of Japanese fill a screen) is no section's name.
  const sectionPage = !s.storyHeadline;
  if (sectionPage && s.headlineLinks >= 5 && !s.articleMeta && !prose && s.headlineLinks >= 3 * Math.max(1, s.longParagraphs)) return 'listing';
  if (s.articleMeta || prose) return 'article';
  if (s.longParagraphs >= 3 || s.proseChars > 1500) return 'article';
  // Many headline links around a story's own headline: a short story among its site's links.
  if (s.headlineLinks >= 5) return sectionPage ? 'listing' : 'article';
  // Headlines that are plain links, repeated in one shape (a portal's list, an aggregator's topic page), with no
  // story beside them (pages with prose or article metadata returned above) and under a section's name, not a
  // story's headline (a short story among dated links).
  if (sectionPage && (s.cardLinks ?? 0) >= 6 && s.cardLinks! >= 3 * Math.max(1, s.longParagraphs)) return 'listing';
  return 'other';
}
