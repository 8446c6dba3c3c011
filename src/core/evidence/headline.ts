// The story's headline and the short lines under it (provider labels, bylines, datelines): where a copy's credit
// most often stands. Pages without <h1> name their headline by the title they carry.
import { CJK, norm } from '../text.ts';
import { closestWhere, isCaption } from '../dom-scan.ts';
import { partedText } from './byline-area.ts';

// Separators between a title's headline and the site's name ("Headline | Site", "标题_频道_网站", "标题--频道--人民网").
const TITLE_PARTS = /\s+[|\-–—:·»]\s+|_|--|\s*[|｜]\s*|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])/;

/** Long enough to be a headline rather than a label: 12 characters, or 6 in Chinese, Japanese or Korean. */
const headlineLength = (text: string): boolean => text.length >= (CJK.test(text) ? 6 : 12);

/** Whether `el` holds the title's headline (a page's <h1> is sometimes "Send a comment" or the site's name). */
export function namesTitle(el: Element, title: string): boolean {
  const text = norm(el.textContent);
  return headlineLength(text) && norm(title).toLowerCase().includes(text.toLowerCase());
}

/**
 * The story's headline: its <h1> (not the logo's), or on a page without one, the first short element whose text is the headline
 * part of the title (a `div.title` in many older and Chinese CMSs). Scans only on pages with no <h1>.
 */
export function headlineElement(doc: Document, title: string): Element | null {
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length) {
    // A logo or a label set in an <h1> before the story's own ("", "Sections"): the first long enough to be a
    // headline is the story's.
    for (let i = 0, n = Math.min(h1s.length, 10); i < n; i++) if (headlineLength(norm(h1s[i]!.textContent))) return h1s[i]!;
    return h1s[0]!;
  }
  if (!doc.body) return null;
  const parts = new Set([title, ...title.split(TITLE_PARTS)].map((t) => norm(t)).filter(headlineLength));
  if (!parts.size) return null;
  const all = doc.body.getElementsByTagName('*');
  for (let i = 0, n = Math.min(all.length, 5000); i < n; i++) {
    const el = all[i]!;
    if (el.children.length > 2 || el.localName === 'title' || el.localName === 'a' || el.localName === 'option') continue;
    const raw = el.textContent ?? '';
    if (raw.length < 6 || raw.length > 400) continue;
    if (parts.has(norm(raw))) return el;
  }
  return null;
}

/** A year, as a date line holds one ("2019年4月4日", "Sep 30, 2016 7:00 AM"). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Lines read past the limit when they hold a year: a date set under a row of share buttons and menus. */
const DATED_EXTRA = 2;

/**
 * A headline's summary paragraph, which many sites set between the headline and the byline or date line (the
 * Guardian's "standfirst", German portals' "Teaser", a "dek"): marked so on the paragraph or a wrapper close by.
 */
/** A headline's summary by the names templates give it; the clean view's standfirst reads the same words (standfirst.ts). */
export const SUMMARY_NAMES = 'standfirst|dek|intro|lede|lead|summary|subtitle|sub-?headline|subhead|excerpt|abstract|chapo|entradilla|sottotitolo|vorspann';
const DEK = new RegExp(`\\b(?:${SUMMARY_NAMES}|teaser|description)\\b`, 'i');
const isDek = (p: Element): boolean => markedNear(p, DEK, 3, ['class', 'id', 'itemprop', 'data-gu-name']);

/** Whether `el` or one of its closest ancestors (`levels` in all, `el` included) names `mark` in one of `attrs`. */
function markedNear(el: Element, mark: RegExp, levels: number, attrs: string[]): boolean {
  for (let e: Element | null = el, up = 0; e && up < levels; e = e.parentElement, up++) {
    if (mark.test(attrs.map((a) => e!.getAttribute(a) ?? '').join(' '))) return true;
  }
  return false;
}

/**
 * A picture's credit or description set beside it under the headline, by its class ("asset-credit" in an
 * "article-image-description", spiegel.de; "photo-credit", "image-source"): it names who made the picture.
 */
const PICTURE_NOTE = /(?:image|photo|picture|img|media|asset|bild|foto)[-_]?(?:credit|description|desc|source|copyright|rights)/i;
const pictureNote = (el: Element): boolean => markedNear(el, PICTURE_NOTE, 2, ['class']);

/** Short lines right under the headline: provider labels ("Russia Today18 hours ago"), bylines, datelines. */
export function headlineLines(doc: Document, h1: Element | null, limit = 8): string[] {
  if (!h1 || !doc.body) return [];
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = h1;
  let visited = 0;
  let dekPassed = false;
  for (let n = walker.nextNode() as Element | null; n && out.length < limit + DATED_EXTRA && visited < 120; n = walker.nextNode() as Element | null, visited++) {
    if (n.children.length > 3 || /^(?:SCRIPT|STYLE|SVG|svg|path|NOSCRIPT)$/.test(n.tagName) || h1.contains(n)) continue;
    // A wrapper holding only a caption was read before the caption itself: its line is the picture's credit.
    if (isCaption(n) || pictureNote(n)) {
      const caption = out.indexOf(norm(n.textContent));
      if (caption >= 0) out.splice(caption, 1);
      continue;
    }
    const raw = n.textContent ?? '';
    // A block of story text cannot be a short line: skip it before copying and normalising it.
    if (raw.length > 400) {
      if (n.tagName === 'P') break;
      continue;
    }
    // A <br> among the few children parts the line ("By Kelli Miller<br>WebMD Health News").
    let broken = false;
    for (let c = n.firstElementChild; c && !broken; c = c.nextElementSibling) broken = c.localName === 'br';
    const t = broken ? partedText(n) : norm(raw);
    if (n.tagName === 'P' && t.length > 100) {
      // The byline and the date often follow the headline's summary: read past it, once.
      if (dekPassed || !isDek(n)) break;
      dekPassed = true;
      continue;
    }
    // Past the limit only a date line, and none from a table (an infobox's "Founded February 28, 1998").
    const dated = out.length < limit || (YEAR.test(t) && !n.closest('table'));
    if (t && t.length <= 100 && dated && !out.includes(t) && !closestWhere(n, isCaption)) out.push(t);
  }
  return out;
}
