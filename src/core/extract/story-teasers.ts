// Other stories' teasers that Readability keeps inside the story: a card that is one link (picture and headline), and
// a list of cards, each a headline link on a line of its own with a short summary under it. Removing only the
// headline (a link line) would leave the summaries standing as if they were the story's.
import type { RemovedBlock } from '../types.ts';
import { norm, snippet } from './text.ts';
import { domainOfUrl, httpUrl, samePage } from '../domain.ts';
import { holdsTag, listOf, tagSet } from '../dom-scan.ts';
import { wordsIn } from '../text.ts';
import { readsAsTime } from '../card-time.ts';
import { AUTHOR_HREF } from './cards.ts';

const PICTURES = tagSet('img, picture, video');
/** A link to a picture (a story's photo opening full size), not to another page. */
const PICTURE_HREF = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;
const CARD_BLOCKS = 'div, section, article, aside, figure, p, li';
const HEADINGS = 'h2, h3, h4';

/** Whether `el` holds a subheading that is a link: another story's headline (a story's own subheadings are not links). */
export const holdsLinkedHeading = (el: Element): boolean => !!el.querySelector('h2 a[href], h3 a[href], h4 a[href]');

/**
 * Another story's card set into the page: a block that is one link, holding a picture and a headline (and maybe a
 * summary and "Read now"), nothing of its own (medicalnewstoday.com's in-story teasers, bloomberg.com's and
 * bhg.com's card rows). A picture that opens full size, a linked word in a paragraph and a figure with its own
 * caption stay.
 */
export function cutLinkCards(root: Element, removed: RemovedBlock[]): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (!root.contains(a) || PICTURE_HREF.test(a.getAttribute('href') ?? '') || !holdsTag(a, PICTURES)) continue;
    const title = norm(a.textContent);
    if (title.length < 15 || title.length > 300 || title.split(' ').length < 3) continue;
    // The card is the largest block around the link that holds nothing else: no other text, no other link.
    let card: Element = a;
    for (let up = a.parentElement; up && up !== root && up.matches(CARD_BLOCKS); up = up.parentElement) {
      if (norm(up.textContent) !== title || up.querySelectorAll('a[href]').length > 1) break;
      card = up;
    }
    if (card === a && a.parentElement && norm(a.parentElement.textContent) !== title) continue;
    removed.push({ kind: 'related', text: snippet(title) });
    card.remove();
  }
}

/** A teaser's summary is a line or two; a story's list item that runs longer is the story's. */
const SUMMARY_CHARS = 300;

/**
 * The headline of a teaser: its longest link, two words or more and not a time, to another page of the site,
 * standing on a line of its own (its wrappers hold nothing else and no words sit beside them). Other links of the
 * card point at the same page ("Full story") or are a few words (a time, "Watch"). A card whose one link is laid over
 * it, with no words or picture of its own (a "stretched" link), is headed by its subheading. Null when `item` is no teaser.
 */
export function teaser(item: Element, site: string, pageUrl: string): { title: string; summary: string } | null {
  const text = norm(item.textContent);
  if (text.length > SUMMARY_CHARS + 200) return null;
  const links = Array.from(item.querySelectorAll('a[href]'), (a) => ({ a, text: norm(a.textContent) }));
  // The headline is the card's longest link that is not a time ("Updated 84 minutes ago 4/15/2011 10:46 AM").
  let head: { a: Element; text: string } | null = null;
  for (const l of links) if (l.text.length > (head?.text.length ?? 0) && !readsAsTime(l.text)) head = l;
  // A stretched link is empty: a link around a picture (a photo's gallery page, a writer's portrait) heads no card.
  const laid = !head && links.length > 0 && new Set(links.map((l) => l.a.getAttribute('href'))).size === 1 && !links.some((l) => holdsTag(l.a, PICTURES)) ? item.querySelector(HEADINGS) : null;
  if (laid) head = { a: links[0]!.a, text: norm(laid.textContent) };
  if (!head || wordsIn(head.text) < 2) return null;
  const href = httpUrl(head.a.getAttribute('href'), pageUrl);
  if (!href || PICTURE_HREF.test(href) || samePage(href, pageUrl) || domainOfUrl(href) !== site) return null;
  if (links.some((l) => l !== head && httpUrl(l.a.getAttribute('href'), pageUrl) !== href && !readsAsTime(l.text) && wordsIn(l.text) > 4)) return null;
  const title = head.text;
  let line: Element = laid ?? head.a;
  while (line.parentElement && line.parentElement !== item && norm(line.parentElement.textContent) === title) line = line.parentElement;
  // "<li><a>Apple's new phone</a> costs $999 and …</li>": words beside the link make it a sentence of a list.
  if (Array.from(line.parentElement?.childNodes ?? []).some((n) => n.nodeType === 3 && /\p{L}/u.test(n.nodeValue ?? ''))) return null;
  // The headline opens the card, after a kicker or a time at most; a feature list's "Learn more about WebIDE" closes it.
  const before = text.slice(0, Math.max(0, text.indexOf(title)));
  if (before.length > 40 && !readsAsTime(before)) return null;
  const summary = ownText(item, laid);
  return summary.length <= SUMMARY_CHARS ? { title, summary } : null;
}

/** The card's words outside its links (and its headline): its summary. A box of links (an encyclopedia's navigation box) has none. */
function ownText(item: Element, headline: Element | null): string {
  let out = '';
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('a[href], script, style') && !headline?.contains(n)) out += `${n.nodeValue} `;
  }
  return norm(out);
}

/**
 * Lists of other stories' teasers, found by their shape where no heading names them: two or more list items (or
 * sibling <article>s), every one a headline link on its own line with at most a short summary, at least one with a
 * summary, all linking to other pages of the site (bbc.co.uk's feature boxes, msnbc.com's story lists). Readability
 * keeps the summaries and drops the headlines, so the list is taken whole before it runs. Guards: a list whose
 * items are sentences with a link in them, or whose links lead off the site (a shopping list, a reading list of
 * other outlets), and whatever `keep` protects (the story's own block), stay.
 */
export function teaserLists(scope: Element, keep: (el: Element) => boolean): Element[] {
  const pageUrl = scope.ownerDocument.URL;
  const site = domainOfUrl(pageUrl);
  if (!site) return [];
  const parents = new Set<Element>(Array.from(scope.querySelectorAll('ul, ol')));
  for (const a of listOf(scope.getElementsByTagName('article'))) if (a.parentElement) parents.add(a.parentElement);
  const out: Element[] = [];
  for (const list of parents) {
    const items = listOf(list.children).filter((c) => !/^(?:hr|script|style|template)$/.test(c.localName) && c.textContent?.trim());
    const tag = list.localName === 'ul' || list.localName === 'ol' ? 'li' : 'article';
    if (items.length < 2 || !items.every((c) => c.localName === tag) || out.some((o) => o.contains(list))) continue;
    let summaries = 0;
    if (!items.every((c) => {
      const t = teaser(c, site, pageUrl);
      if (t && t.summary.length >= 20) summaries++;
      return t;
    }) || !summaries) continue;
    // Last, as it is the dearest test: most lists are no teasers.
    if (!keep(list)) out.push(list);
  }
  return out;
}

/**
 * One other story's teaser set alone into the story, under a heading: a small box holding a heading (h2 to h4) that
 * names another page of the site, a short summary and nothing of its own (tagesschau.de's "teaser-absatz",
 * zdfheute.de's <article> card for its live blog, mdr.de's and trails.com's cards). Readability keeps such a box as
 * part of the story. Guards: a heading that links off the site or to this page, a box that holds the story's own
 * paragraphs (more than a card's words, or a second heading), a writer's box, cards side by side (a list:
 * `teaserLists` and the list's own rules judge it), and whatever `keep` protects, stay.
 */
export function teaserCards(scope: Element, keep: (el: Element) => boolean): Element[] {
  const pageUrl = scope.ownerDocument.URL;
  const site = domainOfUrl(pageUrl);
  if (!site) return [];
  const out: Element[] = [];
  for (const heading of Array.from(scope.querySelectorAll(HEADINGS))) {
    // The card: the largest box around the heading that is still a card's size and holds no other heading.
    let card: Element | null = null;
    for (let up = heading.parentElement; up && up !== scope; up = up.parentElement) {
      if (norm(up.textContent).length > SUMMARY_CHARS + 200 || up.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 1) break;
      card = up;
    }
    if (!card || out.some((o) => o.contains(card)) || (teaser(card, site, pageUrl)?.summary.length ?? 0) < 20) continue;
    // A writer's box (a name linked to the writer's page, a short biography) is shaped like a card and is no story's.
    if (Array.from(card.querySelectorAll('a[href]')).some((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? ''))) continue;
    if (neighbours(card).some((c) => c.querySelector(HEADINGS) && teaser(c, site, pageUrl)) || keep(card)) continue;
    out.push(card);
  }
  return out;
}

/** The nearest element on each side of `el` that holds words: cards side by side make a list, one between paragraphs does not. */
function neighbours(el: Element): Element[] {
  const out: Element[] = [];
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let n = el[step];
    while (n && !norm(n.textContent)) n = n[step];
    if (n) out.push(n);
  }
  return out;
}
