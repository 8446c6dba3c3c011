// article | listing | other, from cheap structural counts gathered with the rest of the evidence (the counts only
// pages without a story need are read in listing-passes.ts).
import type { PageKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import type { LdStory } from './head.ts';
import type { Paragraph } from './regions.ts';
import { CJK } from '../text.ts';
import { closestWhere, isDialog } from '../dom-scan.ts';

/** Counts the page kind is decided from (plain data, kept with the evidence). */
export interface PageStructure {
  /** Paragraphs over 80 characters, and their total length. */
  longParagraphs: number;
  /** Paragraphs of Chinese, Japanese or Korean of 41 to 80 characters, not on cards: as long as 80 Latin ones. */
  denseParagraphs: number;
  proseChars: number;
  /** The most long paragraphs (not card summaries) under one parent or grandparent: a story's prose sits together. */
  together: number;
  /** Long paragraphs that are summaries on story cards: inside a small block that also holds a headline link. */
  carded: number;
  /** h2–h4 headings that are or hold links: story cards. */
  headlineLinks: number;
  /**
   * The page describes itself as an article (og:type or JSON-LD), and its JSON-LD does not call it a collection:
   * archive templates set og:type "article" on tag pages too (Yoast's CollectionPage), and the JSON-LD is more specific.
   */
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
export type CardCache = Map<Element, CardTest>;

/**
 * A card: up to three levels above the paragraph, a block of at most 1,200 characters that holds a headline
 * link. Answers are kept per ancestor: a story's paragraphs share their parent, whose text is long.
 */
export function onCard(p: Element | Text, cache: CardCache): boolean {
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
  let denseParagraphs = 0;
  for (const p of paragraphs) {
    const len = p.text.length;
    // A character of Chinese, Japanese or Korean says about what two Latin ones do: three short paragraphs of
    // Japanese fill a story's screen. Counted apart, for the last word on a story (cards are counted as before).
    if (len > 40 && len <= 80 && CJK.test(p.text) && !onCard(p.el, cards)) denseParagraphs++;
    // A dialog's paragraphs (a consent manager's notice, belfusto.com's tag page) are no story's and no card's.
    if (len > 80 && !closestWhere(p.el, isDialog)) {
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
  const articleMeta = !ld?.types.includes('CollectionPage') && (ogType === 'article' || !!ld?.types.some((t) => ARTICLE_LD.test(t)));
  return { longParagraphs, denseParagraphs, proseChars, together: Math.max(0, ...perParent.values()), carded, headlineLinks, articleMeta };
}

function pathMatches(patterns: string[] | undefined, path: string): boolean {
  return !!patterns?.some((p) => new RegExp(p, 'i').test(path));
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
  // A story's own headline over a story's metadata is a short story beside its rail of cards (a portal's
  // finance story of three paragraphs among ten teasers), not a listing.
  if (s.headlineLinks >= 5 && s.carded >= 4 && s.carded >= 0.6 * s.longParagraphs && !prose && !(s.articleMeta && s.storyHeadline)) return 'listing';
  if (rule && pathMatches(rule.articlePaths, path)) return 'article';
  // Many headline links and little prose: a feed, even when its cards carry no summaries. A short story with a
  // row of related links (six links, three paragraphs) stays an article.
  // A story's own headline over a short story (a few paragraphs of Japanese fill a screen) is no section's name.
  const sectionPage = !s.storyHeadline;
  if (sectionPage && s.headlineLinks >= 5 && !s.articleMeta && !prose && s.headlineLinks >= 3 * Math.max(1, s.longParagraphs)) return 'listing';
  if (s.articleMeta || prose) return 'article';
  if (s.longParagraphs + s.denseParagraphs >= 3 || s.proseChars > 1500) return 'article';
  // Many headline links around a story's own headline: a short story among its site's links.
  if (s.headlineLinks >= 5) return sectionPage ? 'listing' : 'article';
  // Headlines that are plain links, repeated in one shape (a portal's list, an aggregator's topic page), with no
  // story beside them (pages with prose or article metadata returned above) and under a section's name, not a
  // story's headline (a short story among dated links).
  if (sectionPage && (s.cardLinks ?? 0) >= 6 && s.cardLinks! >= 3 * Math.max(1, s.longParagraphs)) return 'listing';
  return 'other';
}
