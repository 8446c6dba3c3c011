// Story cards: a headline link with, optionally, the outlet that published it, a time and a summary. Read on listing
// pages (tag, topic, section and home pages) and in related-article blocks. A card names an outlet only where it
// shows one: a byline, a time, a section label or a separator is not an outlet.
import { httpUrl } from '../domain.ts';
import { norm } from './text.ts';
import { BY_ALONE, BYLINE_LED, headlineLike } from '../text.ts';
import { isCardTime, readsAsTime, sectionLabel, showsTime, SOURCE_CLASS } from '../card-time.ts';
import { findOutletByName } from '../outlets/index.ts';
import { listOf } from '../dom-scan.ts';

export interface Card {
  title: string;
  url: string | null;
  outlet: string | null;
  time: string | null;
  summary: string | null;
  text: string;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const SEPARATOR = /^[\s·•|,–—\-/:]*$/;
/** What sits beside a time on a card but is not an outlet. */
const NOT_OUTLET = /^(?:by\s|posted\b|updated\b|published\b|share\b|save\b|sponsored\b|ad\b|advertisement\b|\d+\s+comments?\b|comments?\b|read more\b|more\b|watch\b|video\b|live\b|opinion\b|analysis\b|exclusive\b|breaking\b|new\b)/i;
const AUTHOR_CLASS = /author|byline|writer/i;

/** Short text lines of a card in order, each with the element that holds it. */
function lines(el: Element): Line[] {
  const out: Line[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm(n.nodeValue);
    // A card's script is no line of it (wired.com's cards hold their story's JSON-LD).
    if (t && !/^(?:script|style)$/.test(n.parentElement?.localName ?? '')) out.push({ text: t, el: n.parentElement });
  }
  return out;
}

function plausibleOutlet(text: string, title: string): boolean {
  return text !== title && text.length >= 2 && text.length <= 40 && /\p{L}/u.test(text) && !SEPARATOR.test(text) && !NOT_OUTLET.test(text) && !isCardTime(text);
}

type Line = { text: string; el: Element | null };

/** Where sites link a writer's page (WordPress's /author/ and its equivalents). */
export const AUTHOR_HREF = /\/(?:author|authors|autor|autores|auteur|autore|writers?)\//i;

/**
 * A person's line, not an outlet: "By Jane Doe", a name after a lone "By", or a name marked as the author
 * anywhere up to the card (an author class, rel="author", a link to the writer's page).
 */
function bylineLine(ls: Line[], i: number, card: Element): boolean {
  const l = ls[i]!;
  if (/^By\b/i.test(l.text) || BYLINE_LED.test(l.text) || (i > 0 && BY_ALONE.test(ls[i - 1]!.text))) return true;
  for (let e = l.el; e; e = e.parentElement) {
    if (AUTHOR_CLASS.test(e.getAttribute('class') ?? '') || /(?:^|\s)author(?:\s|$)/i.test(e.getAttribute('rel') ?? '')) return true;
    if (AUTHOR_HREF.test(e.getAttribute('href') ?? '')) return true;
    if (e === card) break;
  }
  return false;
}

const LOGO_HINT = /logo|favicon|icon|brand|publisher|source|provider/i;

/** A source's logo or favicon (not a story's picture): named so in its address, class or alt text, or icon-sized. */
function logoImage(img: Element | null | undefined): boolean {
  if (img?.localName !== 'img') return false;
  const size = Math.max(Number(img.getAttribute('width')) || 0, Number(img.getAttribute('height')) || 0);
  return LOGO_HINT.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`) || (size > 0 && size <= 48);
}

/**
 * The name beside a source's logo at the card's top (aggregators show the outlet's favicon and its name), or a logo
 * that names the outlet in its alt text ("Reuters logo").
 */
function logoOutlet(ls: Line[], title: string, card: Element): string | null {
  for (const [i, l] of ls.entries()) {
    const el = l.el;
    if (!el || !plausibleOutlet(l.text, title) || bylineLine(ls, i, card)) continue;
    if (logoImage(el.previousElementSibling) || (el.parentElement !== card && !el.previousElementSibling && logoImage(el.parentElement?.previousElementSibling))) return l.text;
  }
  for (const img of Array.from(card.querySelectorAll('img[alt]'))) {
    const named = /^(.{2,40}?)\s+logo$/i.exec(norm(img.getAttribute('alt')))?.[1];
    if (named && plausibleOutlet(named, title)) return named;
  }
  return null;
}

/**
 * The outlet's name on a line of its own at the card's top, above the headline, as aggregators set their cards
 * (news.google.com, ground.news). A kicker stands there too ("Politics", "Opinion"), so only a name the outlet
 * directory knows counts (where the directory is loaded).
 */
function outletAbove(ls: Line[], title: string, card: Element): string | null {
  const first = ls[0];
  if (!first?.el || ls[1]?.text !== title || first.el.closest('a[href]') || sectionLabel(first.el)) return null;
  if (!plausibleOutlet(first.text, title) || bylineLine(ls, 0, card)) return null;
  return findOutletByName(first.text) ? first.text : null;
}

/** The outlet a card shows: an element marked as its source, else the text right before (or after) its time. */
function cardOutlet(ls: Line[], timeAt: number, title: string, card: Element): string | null {
  for (const [i, l] of ls.entries()) {
    const cls = `${l.el?.getAttribute('class') ?? ''} ${l.el?.getAttribute('data-testid') ?? ''}`;
    if (SOURCE_CLASS.test(cls) && !bylineLine(ls, i, card) && plausibleOutlet(l.text, title)) return l.text;
  }
  // The card's <cite>: "The Verge:", "Jane Doe / The Verge:" (the writer, then the outlet).
  const cite = card.querySelector('cite');
  const cited = norm(cite?.textContent).replace(/\s*:$/, '').split(' / ').pop() ?? '';
  if (cited && plausibleOutlet(cited, title) && !BYLINE_LED.test(cited)) return cited;
  const logo = logoOutlet(ls, title, card);
  if (logo) return logo;
  const above = outletAbove(ls, title, card);
  if (above) return above;
  if (timeAt < 0) return null;
  const neighbour = (step: number): number => {
    for (let i = timeAt + step; i >= 0 && i < ls.length; i += step) if (!SEPARATOR.test(ls[i]!.text)) return i;
    return -1;
  };
  for (const at of [neighbour(-1), neighbour(1)]) {
    if (at < 0) continue;
    const n = ls[at]!;
    // A byline beside the time ("By Jane Doe · 2 hours ago") names a person, and a kicker ("World · 2h") a
    // section, not an outlet.
    if (bylineLine(ls, at, card) || sectionLabel(n.el) || !plausibleOutlet(n.text, title)) return null;
    // The outlet's name is on a line of its own, not part of the headline, inside the summary or the headline link.
    if (title.includes(n.text) || (n.el?.closest('a[href]') && norm(n.el.closest('a[href]')!.textContent) === title)) return null;
    return n.text;
  }
  return null;
}

/** Tags that style words inside a line without starting a new one. */
const INLINE = new Set(['em', 'strong', 'b', 'i', 'u', 'mark', 'small', 'abbr', 'q', 'sup', 'sub', 'span', 'font', 'br']);

/**
 * The headline of a link that wraps a whole card (a portal's list item: headline, source and time inside one
 * link): its first line that reads like a headline, when one of its lines is a time. Lines are the texts of the
 * link's blocks; words styled inline stay in their line. Any other link reads as its whole text.
 */
function linkHeadline(a: Element): string {
  const parts: { owner: Element | null; text: string }[] = [];
  const walker = a.ownerDocument.createTreeWalker(a, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let owner = n.parentElement;
    while (owner && owner !== a && INLINE.has(owner.localName)) owner = owner.parentElement;
    const last = parts[parts.length - 1];
    if (last && last.owner === owner) last.text += n.nodeValue ?? '';
    else parts.push({ owner, text: n.nodeValue ?? '' });
  }
  const texts = parts.map((p) => norm(p.text)).filter(Boolean);
  if (!texts.some(isCardTime)) return norm(a.textContent);
  return texts.find((t) => !isCardTime(t) && headlineLike(t)) ?? norm(a.textContent);
}

export function parseCard(card: Element, baseUrl: string): Card | null {
  const links = Array.from(card.querySelectorAll('a[href]')).concat(card.matches('a[href]') ? [card] : []);
  // The headline is the heading that links to the story; a kicker above it ("Opinion", a columnist's name) does not.
  const headings = Array.from(card.querySelectorAll(HEADING));
  const heading = headings.find((h) => h.querySelector('a[href]') || h.closest('a[href]')) ?? headings[0] ?? null;
  const titleLink = links.find((a) => headlineLike(norm(a.textContent)) && !readsAsTime(norm(a.textContent)) && !creditLink(a)) ?? null;
  const title = norm(heading?.textContent) || (titleLink ? linkHeadline(titleLink) : '') || (card.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  if (!title) return null;
  const ls = lines(card);
  const timeAt = ls.findIndex((l) => isCardTime(l.text));
  const time = timeAt >= 0 ? ls[timeAt]!.text.replace(/^time\s*/i, '') : null;
  let outlet = cardOutlet(ls, timeAt, title, card);
  // "Source: BBC News" lines on topic hubs.
  const src = ls.findIndex((l) => /^(?:source|via|from)\s*:?$/i.test(l.text));
  if (!outlet && src >= 0 && ls[src + 1] && ls[src + 1]!.text.length <= 40) outlet = ls[src + 1]!.text;
  const summary = ls.map((l) => l.text).filter((l) => l.length > 60 && l !== title).sort((a, b) => b.length - a.length)[0] ?? null;
  const href = (heading?.closest('a') ?? heading?.querySelector('a[href]') ?? titleLink)?.getAttribute('href') ?? null;
  // A link to a place on this page ("Skip to: Latest News", a table of contents) is no story.
  if (/^#./.test(href ?? '')) return null;
  return { title, url: httpUrl(href, baseUrl), outlet, time, summary, text: ls.map((l) => l.text).join(' ') };
}

/** A child that is a story card: it is or holds a link whose text reads like a headline. */
function isCard(c: Element): boolean {
  const links = c.matches('a[href]') ? [c] : Array.from(c.querySelectorAll('a[href]'));
  return links.some((a) => {
    const text = norm(a.textContent);
    if (!headlineLike(text) || creditLink(a)) return false;
    // Without spaces between words a menu item reads as long as a headline: a card there shows its time.
    return text.split(' ').length >= 3 || showsTime(c, 300);
  });
}

/**
 * A link marked as a card's source or writer ("The Associated Press" under a headline, in a <cite>), or a post's
 * date linking to it ("October 18, 2015"): no headline.
 */
function creditLink(a: Element): boolean {
  if (a.closest('cite') || isCardTime(norm(a.textContent))) return true;
  return [a, a.parentElement].some((e) => SOURCE_CLASS.test(e?.getAttribute('class') ?? '') || AUTHOR_CLASS.test(e?.getAttribute('class') ?? ''));
}

function cardChildren(el: Element): Element[] {
  return listOf(el.children).filter(isCard);
}

/** The element whose children are the cards: the one with the most children holding a titled link. */
export function cardElements(block: Element): Element[] {
  let best: Element[] = [];
  const candidates = [block, ...Array.from(block.querySelectorAll('*')).slice(0, 2000)];
  for (const el of candidates) {
    const cards = cardChildren(el);
    if (cards.length > best.length) best = cards;
  }
  return best;
}

/** Navigation, headers and footers hold links that are not stories. */
function inChrome(el: Element): boolean {
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    const tag = e.localName;
    if (tag === 'nav' || tag === 'footer' || tag === 'header' || e.getAttribute('role') === 'navigation') return true;
    if (/(?:^|[\s_-])(?:nav|menu|footer|breadcrumbs?|pagination|pager|tags?|tag-?list)(?:$|[\s_-])/i.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * The story cards of a listing page in page order: the largest group of cards, and every other group of at least
 * two (a lead story's related links, a "Latest" rail) that neither holds nor sits inside a group already taken.
 */
export function storyCards(body: Element): Element[] {
  const groups: { el: Element; cards: Element[] }[] = [];
  const candidates = [body, ...Array.from(body.querySelectorAll('*')).slice(0, 4000)];
  for (const el of candidates) {
    const cards = cardChildren(el);
    if (cards.length >= 2 && !inChrome(el)) groups.push({ el, cards });
  }
  groups.sort((a, b) => b.cards.length - a.cards.length);
  const taken: { el: Element; cards: Element[] }[] = [];
  for (const g of groups) {
    if (taken.some((t) => t.el.contains(g.el) || g.el.contains(t.el))) continue;
    if (taken.length && g.cards.length < 2) continue;
    taken.push(g);
  }
  // A "card" that holds two cards or more (a section of stories under its own heading, a lead story's related
  // links) gives its cards.
  const expand = (card: Element): Element[] => {
    const inner = cardChildren(card);
    // One story shown twice (an image link and a headline link to the same page) is still one card.
    const targets = new Set(inner.map((c) => (c.matches('a[href]') ? c : c.querySelector('a[href]'))?.getAttribute('href') ?? ''));
    if (inner.length >= 2 && targets.size >= 2) return inner.flatMap(expand);
    // A section whose only card is its list (a heading without a link above an <ol> of stories, a grid cell
    // wrapped three deep) gives the list's cards when each has a headline of its own; a headline link beside a
    // "Read in English" link is one card.
    if (inner.length === 1) {
      const deeper = expand(inner[0]!);
      if (deeper.length >= 2 && deeper.every((c) => c.querySelector(HEADING))) return deeper;
    }
    return [card];
  };
  const all = taken.flatMap((t) => t.cards.flatMap(expand));
  // Page order: 4 is Node.DOCUMENT_POSITION_FOLLOWING.
  return all.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
