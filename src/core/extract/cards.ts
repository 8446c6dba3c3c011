// Story cards: a headline link with, optionally, the outlet that published it, a time and a summary. Read on listing
// pages (tag, topic, section and home pages) and in related-article blocks. A card names an outlet only where it
// shows one: a byline, a time, a section label or a separator is not an outlet.
import { httpUrl } from '../domain.ts';
import { norm } from './text.ts';

export interface Card {
  title: string;
  url: string | null;
  outlet: string | null;
  time: string | null;
  summary: string | null;
  text: string;
}

/** "26 minutes ago", "2h", "1d", "yesterday", "21-06-2025", "Mar 3, 2025", "3 March 2025", "2025-03-03". */
const CARD_TIME =
  /^(?:time\s*)?(?:(?:\d{1,3}|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago|\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs)|yesterday|just now|today|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[T ][\d:]+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)$/i;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const SEPARATOR = /^[\s·•|,–—\-/:]*$/;
/** What sits beside a time on a card but is not an outlet. */
const NOT_OUTLET = /^(?:by\s|posted\b|updated\b|published\b|share\b|save\b|sponsored\b|ad\b|advertisement\b|\d+\s+comments?\b|comments?\b|read more\b|more\b|watch\b|video\b|live\b|opinion\b|analysis\b|exclusive\b|breaking\b|new\b)/i;
/** Elements sites mark as the card's source. */
const SOURCE_CLASS = /source|provider|publisher|outlet|brand|attribution|site-?name|partner/i;
const AUTHOR_CLASS = /author|byline|writer/i;

/** Short text lines of a card in order, each with the element that holds it. */
function lines(el: Element): { text: string; el: Element | null }[] {
  const out: { text: string; el: Element | null }[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm(n.nodeValue);
    if (t) out.push({ text: t, el: n.parentElement });
  }
  return out;
}

function plausibleOutlet(text: string, title: string): boolean {
  return text !== title && text.length >= 2 && text.length <= 40 && /\p{L}/u.test(text) && !SEPARATOR.test(text) && !NOT_OUTLET.test(text) && !CARD_TIME.test(text);
}

/** The outlet a card shows: an element marked as its source, else the text right before (or after) its time. */
function cardOutlet(ls: { text: string; el: Element | null }[], timeAt: number, title: string): string | null {
  for (const l of ls) {
    const cls = `${l.el?.getAttribute('class') ?? ''} ${l.el?.getAttribute('data-testid') ?? ''}`;
    if (SOURCE_CLASS.test(cls) && !AUTHOR_CLASS.test(cls) && plausibleOutlet(l.text, title)) return l.text;
  }
  if (timeAt < 0) return null;
  const neighbour = (step: number): { text: string; el: Element | null } | null => {
    for (let i = timeAt + step; i >= 0 && i < ls.length; i += step) {
      if (SEPARATOR.test(ls[i]!.text)) continue;
      return ls[i]!;
    }
    return null;
  };
  for (const n of [neighbour(-1), neighbour(1)]) {
    if (!n) continue;
    const cls = n.el?.getAttribute('class') ?? '';
    // A byline beside the time ("By Jane Doe · 2 hours ago") names a person, not an outlet.
    if (AUTHOR_CLASS.test(cls) || !plausibleOutlet(n.text, title) || /^By\b/i.test(n.text)) return null;
    // The outlet's name is on a line of its own, not inside the summary or the headline link.
    if (n.el?.closest('a[href]') && norm(n.el.closest('a[href]')!.textContent) === title) return null;
    return n.text;
  }
  return null;
}

export function parseCard(card: Element, baseUrl: string): Card | null {
  const links = Array.from(card.querySelectorAll('a[href]')).concat(card.matches('a[href]') ? [card] : []);
  // The headline is the heading that links to the story; a kicker above it ("Opinion", a columnist's name) does not.
  const headings = Array.from(card.querySelectorAll(HEADING));
  const heading = headings.find((h) => h.querySelector('a[href]') || h.closest('a[href]')) ?? headings[0] ?? null;
  const titleLink = links.find((a) => norm(a.textContent).length >= 15) ?? null;
  const title = norm(heading?.textContent) || norm(titleLink?.textContent) || (card.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  if (!title) return null;
  const ls = lines(card);
  const timeAt = ls.findIndex((l) => CARD_TIME.test(l.text));
  const time = timeAt >= 0 ? ls[timeAt]!.text.replace(/^time\s*/i, '') : null;
  let outlet = cardOutlet(ls, timeAt, title);
  // "Source: BBC News" lines on topic hubs.
  const src = ls.findIndex((l) => /^(?:source|via|from)\s*:?$/i.test(l.text));
  if (!outlet && src >= 0 && ls[src + 1] && ls[src + 1]!.text.length <= 40) outlet = ls[src + 1]!.text;
  const summary = ls.map((l) => l.text).filter((l) => l.length > 60 && l !== title).sort((a, b) => b.length - a.length)[0] ?? null;
  const href = (heading?.closest('a') ?? heading?.querySelector('a[href]') ?? titleLink)?.getAttribute('href') ?? null;
  return { title, url: httpUrl(href, baseUrl), outlet, time, summary, text: norm(card.textContent) };
}

/** A child that is a story card: it is or holds a link whose text reads like a headline. */
function isCard(c: Element): boolean {
  const links = c.matches('a[href]') ? [c] : Array.from(c.querySelectorAll('a[href]'));
  return links.some((a) => {
    const t = norm(a.textContent);
    return t.length >= 15 && t.split(' ').length >= 3;
  });
}

function cardChildren(el: Element): Element[] {
  return Array.from(el.children).filter(isCard);
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
