// Where credits live, read from the page cheaply (the detector's budget is a few milliseconds): the short lines
// under the headline, the byline elements and the logos in them, the first and last paragraphs of the story, and
// the short lines right after its last paragraph. Never related cards, sidebars, comments or captions: a credit
// there says nothing about this story.
import { norm } from '../text.ts';
import { closestWhere, isCaption } from '../dom-scan.ts';
import { heaviest } from '../weights.ts';

export interface Paragraph {
  el: Element;
  /** Trimmed text, read once. */
  text: string;
}

const RAIL = /comment|related|sidebar|recommend|read-?more|more-?stories|teaser|newsletter|promo|disqus|respon(?:d|se)/i;
const classAndId = (el: Element): string => (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');

/** Containers whose text is not the story: comments, related rails, asides, footers, navigation. */
function outsideStory(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'aside' || tag === 'footer' || tag === 'nav') return true;
  const id = classAndId(el);
  return RAIL.test(id) || /footer/i.test(id);
}

/** The block a story and its own meta share: an article, a blog post. */
const STORY_BLOCK = 'article, .post, .hentry, [itemtype*="Article" i], [itemtype*="BlogPosting" i]';

/**
 * The page's one story block, when it has exactly one: where a story written without paragraphs (a blog post in
 * <br> lines) ends, for want of a last paragraph.
 */
export function loneStoryBlock(doc: Document): Element | null {
  const found = doc.querySelectorAll(STORY_BLOCK);
  return found.length === 1 ? found[0]! : null;
}

/**
 * A story's own footer or aside: "Posted by X at 5:06 AM" under a blog post, the author line in an article's
 * <footer>. Short, no rail word, and inside the story block that holds the story's last paragraph (`end`); a
 * related card's footer sits in the card's own block.
 */
function ownFooter(el: Element, end: Element): boolean {
  // Measured as read: template whitespace can make a one-line footer thousands of characters long.
  if (RAIL.test(classAndId(el)) || norm(el.textContent).length > 500) return false;
  return el.parentElement?.closest(STORY_BLOCK)?.contains(end) ?? false;
}

/**
 * Captions and the containers above, up to the block that holds `frame` (the story's region or its headline):
 * what holds the story is its page, not a rail, whatever its class says ("no-sidebars", "footer-menu-enabled",
 * "withSidebar" on the body or a page wrapper). Given the story's last paragraph (`end`), the story's own
 * footers and asides are the story's too.
 */
export function notStoryLine(el: Element, frame: Element | null = null, end: Element | null = null): boolean {
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if (frame && e !== frame && e.contains(frame)) return false;
    if (isCaption(e) || (outsideStory(e) && !(end && ownFooter(e, end)))) return true;
  }
  return false;
}

/**
 * The paragraphs that most likely belong to the story: inside <article>/<main> when present. On a long page
 * the window of `limit` paragraphs starts at the headline (`from`), so that the rails and teasers a page puts
 * before its story do not push the story out of it.
 */
export function storyParagraphs(doc: Document, limit = 120, from: Element | null = null): Paragraph[] {
  // One <article> is the story; several are cards or comments, so look at the whole main area.
  const articles = doc.getElementsByTagName('article');
  const scope = (articles.length === 1 ? articles[0] : null) ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!scope) return [];
  let all = scope.getElementsByTagName('p');
  if (all.length < 3 && scope !== doc.body && doc.body) all = doc.body.getElementsByTagName('p');
  // Credits sit at the start and the end; the middle of a very long page adds nothing but cost. Only the
  // paragraphs kept are touched: in a browser every element read from script gets a wrapper object.
  const n = all.length;
  const first = n > limit && from ? firstAfter(all, from) : 0;
  const head = Math.min(n, first + (n > limit ? limit - limit / 4 : n));
  const out: Paragraph[] = [];
  const take = (i: number): void => {
    const el = all[i]!;
    out.push({ el, text: (el.textContent ?? '').trim() });
  };
  for (let i = first; i < head; i++) take(i);
  for (let i = Math.max(head, n - limit / 4); i < n; i++) take(i);
  return out;
}

/** Index of the first element of `list` (in document order) that follows `el`: a binary search, few reads. */
function firstAfter(list: HTMLCollectionOf<Element>, el: Element): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // 4 = DOCUMENT_POSITION_FOLLOWING: the paragraph comes after the headline.
    if (el.compareDocumentPosition(list[mid]!) & 4) hi = mid;
    else lo = mid + 1;
  }
  return lo < list.length ? lo : 0;
}

/**
 * The story's own paragraphs: the parent holding the most long-paragraph text, and its siblings' paragraphs
 * under the same grandparent (stories are often split by ad slots), minus captions, comments and rails.
 */
export function storyBody(paragraphs: Paragraph[], headline: Element | null = null): Paragraph[] {
  const weight = new Map<Element, number>();
  for (const p of paragraphs) {
    const parent = p.el.parentElement;
    if (parent && p.text.length > 80) weight.set(parent, (weight.get(parent) ?? 0) + p.text.length);
  }
  const first = heaviest(weight);
  // A comment thread or a rail can outweigh a story written without paragraphs (a blog post in <br> lines): the
  // story is the heaviest block that is not one of those, seen from the headline's block. Only the winners are
  // checked, so a page pays for one climb or a few.
  let best = first;
  for (let tries = 0; best && tries < 4 && notStoryLine(best, headline); tries++) {
    weight.delete(best);
    best = heaviest(weight);
  }
  best ??= first;
  if (!best) return [];
  const region = best.parentElement && best.parentElement.localName !== 'body' ? best.parentElement : best;
  return paragraphs.filter((p) => region.contains(p.el) && !notStoryLine(p.el, region));
}

function pick(paragraphs: Paragraph[], count: number, fromEnd: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length && out.length < count; i++) {
    const p = paragraphs[fromEnd ? paragraphs.length - 1 - i : i]!;
    if (p.text.length < 3 || (!fromEnd && p.text.length < 8) || closestWhere(p.el, isCaption)) continue;
    out.push(p);
  }
  return fromEnd ? out.reverse() : out;
}

/** The story's first lines (where datelines are). */
export const leadLines = (story: Paragraph[]): string[] => pick(story, 3, false).map((p) => p.text);

/**
 * The story's last lines (sign-offs, rights lines, notes), last one last. A closing paragraph may hold several,
 * one per <br> ("Aus dem Englischen von …<br>Copyright: Project Syndicate, 2025", diepresse.com), read apart.
 */
export const tailLines = (story: Paragraph[]): string[] =>
  pick(story, 4, true).flatMap((p) => linesOf(p.el));

/** "Source link": the link feed-copying blogs put under each story they take, to the story they took. */
const SOURCE_LINK = /^source link\s*[:›»→]?$/i;

/** The address a "Source link" line under the story points to, or null. */
export function sourceLink(story: Paragraph[]): string | null {
  for (const p of pick(story, 4, true)) {
    if (p.text.length > 30 || !SOURCE_LINK.test(p.text)) continue;
    const a = p.el.getElementsByTagName('a')[0];
    const href = a && SOURCE_LINK.test(norm(a.textContent)) ? a.getAttribute('href') : null;
    if (href) return href.trim();
  }
  return null;
}

const BLOCKISH = /^(?:p|div|span|small|em|i|strong|b|section|footer|aside|li|ul|ol|h[1-6]|figure|address)$/;

const BLOCK_CHILD = /^(?:p|div|li|h[1-6]|section|footer|address|figure|blockquote)$/;

/**
 * A block's lines as a reader sees them: split at each block inside it and at each <br>. albawaba.com's box after
 * the story holds "Via SyndiGate.info" and "Copyright @ 2019 The New Arab." as two paragraphs; diepresse.com sets
 * "Aus dem Englischen von …<br>Copyright: Project Syndicate, 2025" in one. Run together, neither is a credit line.
 */
function linesOf(el: Element): string[] {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    text += n.nodeType == 3 ? n.nodeValue : n.localName == 'br' || BLOCK_CHILD.test(n.localName) ? '\0' : '';
  }
  return text.split('\0').map(norm).filter(Boolean);
}

/**
 * Short blocks right after the story's last paragraph, in order: "Copyright 2024 The Associated Press…",
 * "Source: Xinhua", "— Bernama". Stops at a heading or a block of links (a related list), after four lines.
 */
export function afterLines(story: Paragraph[]): string[] {
  const last = story[story.length - 1]?.el;
  if (!last) return [];
  const out: string[] = [];
  let el: Element | null = last;
  for (let climbs = 0; el && climbs < 5 && out.length < 4; climbs++) {
    for (let sib = el.nextElementSibling; sib && out.length < 4; sib = sib.nextElementSibling) {
      const tag = sib.localName;
      // A heading, or a block holding one (another story's card: zdfheute.de's live-blog teaser, whose picture
      // credit "Quelle: dpa" follows it), ends the story's closing lines.
      if (/^h[1-6]$/.test(tag) || sib.querySelector('h1,h2,h3,h4,h5,h6')) return out;
      if (outsideStory(sib)) {
        // The story's own <footer> is the story's ("Posted by Alon Zakai." over a "Retweet this article!" link,
        // v8.dev): its blocks are read one by one, without the links beside them. The page's footer is not.
        if (!ownFooter(sib, last)) return out;
        for (const part of Array.from(sib.children)) {
          const text = BLOCKISH.test(part.localName) && !isCaption(part) ? norm(part.textContent) : '';
          if (text && out.length < 4) out.push(text);
        }
        continue;
      }
      if (!BLOCKISH.test(tag) || isCaption(sib)) continue;
      const raw = sib.textContent ?? '';
      if (raw.length > 400) return out;
      if (!norm(raw)) continue;
      if (sib.getElementsByTagName('a').length >= 3) return out;
      for (const text of linesOf(sib)) if (out.length < 4) out.push(text);
    }
    el = el.parentElement;
    if (!el || el.localName === 'body' || el.localName === 'article' || el.localName === 'main') break;
  }
  return out;
}

/** `time[datetime]` and `[itemprop="datePublished"]` values near the top, for the date. */
export function timeValues(doc: Document): string[] {
  const out: string[] = [];
  const found = doc.querySelectorAll('[itemprop="datePublished"], time[datetime]');
  for (let i = 0; i < found.length && out.length < 3; i++) {
    const el = found[i]!;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    if (v && v.length < 80) out.push(v.trim());
  }
  return out;
}

const RIGHTS_WORDS = /©|\(c\)|copyright|all rights reserved|版权所有|版權所有|著作権|저작권/i;

/**
 * The rights line of the page's footer: who the site says it belongs to. Read from the last <footer> elements
 * (else the last elements named for a footer), and only a line with a rights word, so that a story's own credits
 * never come from here.
 */
export function siteRights(doc: Document): string {
  let found: ArrayLike<Element> = doc.getElementsByTagName('footer');
  if (!found.length) found = doc.querySelectorAll('[id*="footer" i], [class*="footer" i]');
  for (let i = found.length - 1; i >= 0 && i >= found.length - 4; i--) {
    const raw = found[i]!.textContent ?? '';
    if (raw.length > 5000 || !RIGHTS_WORDS.test(raw)) continue;
    const line = raw.split('\n').map((l) => norm(l)).find((l) => l.length <= 200 && RIGHTS_WORDS.test(l));
    if (line) return line;
  }
  return '';
}
