// The byline area: the elements sites mark as bylines and source slots, from the story's headline to its end,
// read with their parts kept apart. A byline outside that stretch belongs to a related card, a rail or a footer.
import { BY_ALONE, norm } from '../text.ts';
import { notStoryLine } from './regions.ts';
import { closestWhere, hiddenItself, isCaption } from '../dom-scan.ts';

// Byline and source slots as sites mark them; the selector engine of a browser answers this without touching
// every element.
// "autor" and "firma" (Spanish, German, Portuguese, Italian) and "writer" (Japanese sites) only as whole class names:
// inside longer ones they are other words ("noAutoRefresh", "confirmation", "typewriter"). HTML's <address> holds the
// contact of its article's author (theguardian.com, theatlantic.com, abendblatt.de set bylines in it).
const BYLINE_SELECTOR =
  'address, [class*="byline" i], [id*="byline" i], [class*="author" i], [rel~="author" i], [itemprop~="author" i], [data-testid*="byline" i], [data-testid*="author" i], [class*="dateline" i], [class~="autor" i], [class~="firma" i], [class~="writer" i], [class*="writer-name" i]';
const SOURCE_SELECTOR = '[class*="source" i], [class*="provider" i], [class*="attribution" i], [data-testid*="provider" i]';

/** A credit beside a picture or in its caption ("Reuters" under a photo, "Getty Images") names the photographer's agency. */
function besidePicture(el: Element): boolean {
  if (/photo|image|img|picture|media|caption|getty|gallery/i.test(el.getAttribute('class') ?? '') || closestWhere(el, isCaption)) return true;
  const parent = el.parentElement;
  if (!parent || (parent.textContent ?? '').length > 400 || parent.querySelector('a[rel~="author" i]')) return false;
  // A picture beside the element, or inside it unless its address names it the source's logo (a portal's
  // provider link).
  const pic = parent.querySelector('img, picture, video');
  return !!pic && !(el.contains(pic) && /logo/i.test(pic.getAttribute('src') ?? ''));
}
const AREA_SELECTOR = `${BYLINE_SELECTOR}, ${SOURCE_SELECTOR}`;
/** Links to an author's page, which many templates give no byline class: "/author/jane-roe", "/about/editors/…". */
const AUTHOR_LINK = 'a[href*="/author/" i], a[href*="/authors/" i], a[href*="/about/editors/" i], a[href*="?author=" i]';

export interface BylineArea {
  /** Texts of the byline elements (at most 6, each at most 150 characters). */
  lines: string[];
  /** Texts of source, provider and credit elements ("Source: Reuters", "Provided by AFP"). */
  sources: string[];
  /** Alt texts of the images in them: a source's logo ("Reuters") stands where its name would. */
  logos: string[];
  /** Texts of author-page links in the same stretch (at most 6): a byline where the template marks none. */
  authorLinks: string[];
}

/** Elements that start a line of their own: what stands before them is another part. */
const PARTING = new Set(['br', 'p', 'div', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'header', 'footer', 'address', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'table', 'tr', 'td', 'th']);

/**
 * An element's text with its parts kept apart: where two elements' texts meet without a space ("Joe Davidson" +
 * "Washington Post" + "Dec 13"), a " · " goes between them, as a reader sees them on separate spans or lines.
 */
export function partedText(el: Element): string {
  let out = '';
  let owner: Node | null = null;
  // A <br> or a block parts the lines it stands between ("By Kelli Miller<br>WebMD Health News", "By Nathan
  // Willis<br>March 25", "<a>Ben Silverman</a><div>Games Editor</div>", "by <span>Ikran Dahir</span><p>BuzzFeed UK
  // News Fellow</p>").
  let broken = false;
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if (PARTING.has((n as Element).localName)) broken = broken || out.trim() !== '';
      continue;
    }
    const t = n.nodeValue ?? '';
    if (!t.trim()) {
      out += t;
      continue;
    }
    const parentTag = n.parentElement?.localName;
    if (parentTag === 'script' || parentTag === 'style') continue;
    // A button inside a byline is a control ("Folgen", "Follow"); a byline that is itself a button (a name opening
    // the author's card) is read.
    const button = n.parentElement?.closest('button');
    if (button && button !== el && el.contains(button)) continue;
    // A "By" or a label on a line of its own still leads the name ("<div>By</div><div>Dana Reyes</div>",
    // "<span>Source:</span><div>Reuters</div>").
    if (broken && (BY_ALONE.test(out.trim()) || /^[^:：·]{1,30}[:：]$/.test(out.trim()))) out = `${out.trimEnd()} `;
    else if (broken) out = `${out.trimEnd()} · `;
    // Parts already joined by the text ("<a>A</a>, <a>B</a>") are one line: the reader sees the comma.
    else if (out && owner !== n.parentNode && !/[\s,;&]$/.test(out) && !/^[\s,;&]/.test(t)) out += ' · ';
    out += t;
    owner = n.parentNode;
    broken = false;
  }
  return norm(out);
}

/**
 * Where the story's own byline and credits can stand: from its headline to its last paragraph. A byline element
 * outside that stretch belongs to a related card, a rail or the page's footer.
 */
export interface StoryStretch {
  start: Element | null;
  end: Element | null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

function within(el: Element, stretch: StoryStretch): boolean {
  const { start, end } = stretch;
  // The headline's own header block counts whole: some sites put the byline above the headline.
  const header = start?.parentElement?.parentElement;
  const above = !!start && start !== el && !(start.compareDocumentPosition(el) & (FOLLOWING | CONTAINED_BY));
  // Unless that block is the whole page (it holds the story's end too): then only what stands above the headline
  // counts, and what follows must end with the story (a news ticker after it is not the story's).
  if (header && header.localName !== 'body' && header.contains(el) && (!end || !header.contains(end) || above)) return true;
  if (above) return false;
  // A byline just after the story (a credit line, an author box) still belongs to it: the end is inclusive of
  // what follows the last paragraph within its parent's parent.
  const limit = end?.parentElement?.parentElement ?? end?.parentElement ?? end;
  if (limit && limit !== el && !limit.contains(el) && limit.compareDocumentPosition(el) & FOLLOWING) return false;
  return true;
}

/** A byline inside an <article> that holds neither the headline nor the story's end: another story's card. */
function inCard(el: Element, { start, end }: StoryStretch): boolean {
  const card = el.closest('article');
  return !!card && !!(start || end) && !(start && card.contains(start)) && !(end && card.contains(end));
}

/**
 * Hidden by the page itself (the `hidden` attribute, an inline `display: none`): a template, or a sign-in prompt for
 * following the author (sn.at), not a byline the reader sees. A hidden hCard or microdata author is the exception:
 * markup written for machines, hidden on purpose (`<span style="display:none" class="vcard author">`).
 */
function hiddenByPage(el: Element): boolean {
  if (el.closest('.vcard, [itemprop]')) return false;
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if (hiddenItself(e)) return true;
  }
  return false;
}

export function bylineArea(doc: Document, stretch: StoryStretch = { start: null, end: null }): BylineArea {
  const lines: string[] = [];
  const sources: string[] = [];
  const logos: string[] = [];
  const authorLinks: string[] = [];
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(`${AREA_SELECTOR}, ${AUTHOR_LINK}`);
  } catch {
    return { lines, sources, logos, authorLinks };
  }
  const taken: Element[] = [];
  for (let i = 0, n = 0; i < found.length && n < 40 && lines.length + sources.length < 10; i++) {
    const el = found[i]!;
    // An author link outside byline slots is kept apart (and not counted against the slots read).
    const link = !el.matches(AREA_SELECTOR);
    if (!link) n++;
    else if (authorLinks.length >= 6) continue;
    // Inner elements of a byline already read; photo credits, author boxes in rails and comment authors.
    if (taken.some((t) => t.contains(el)) || hiddenByPage(el)) continue;
    // Measured without the template's whitespace, which can make a one-line byline hundreds of characters long;
    // a long block holding byline elements of its own is read through them.
    const raw = el.textContent ?? '';
    if ((raw.length > 400 && (raw.length > 3000 || raw.replace(/\s+/g, ' ').length > 400 || el.querySelector(AREA_SELECTOR))) || notStoryLine(el, stretch.start, stretch.end) || !within(el, stretch) || inCard(el, stretch)) continue;
    const text = partedText(el);
    if (link) {
      if (text && !authorLinks.includes(text)) authorLinks.push(text);
      continue;
    }
    if (text.length > 150) continue;
    taken.push(el);
    const isByline = el.matches(BYLINE_SELECTOR);
    if (!isByline && besidePicture(el)) continue;
    const list = isByline ? lines : sources;
    if (text && !list.includes(text) && list.length < 6) list.push(text);
    const imgs = el.getElementsByTagName('img');
    for (let j = 0; j < imgs.length && j < 2; j++) {
      const alt = norm(imgs[j]!.getAttribute('alt'));
      if (alt && alt.length <= 40 && !logos.includes(alt)) logos.push(alt);
    }
  }
  return { lines, sources, logos, authorLinks };
}
