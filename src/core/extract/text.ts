// Text helpers shared by the extraction steps.

export { norm } from '../text.ts';
import { norm } from '../text.ts';
import { domainOfUrl, httpUrl } from '../domain.ts';
import { elementsByTag, tagSet } from '../dom-scan.ts';

/**
 * A sentence's end, in the scripts that mark one: Latin, CJK (。！？), Devanagari and Bengali
 * (।), Urdu (۔), Arabic (؟), Myanmar (။), Ethiopic (።), Khmer (។); and a symbol after the story's last words, which
 * ends a poem or a line without a full stop: a magazine's end mark (the New Yorker's "♦", the "■" or "∎" of others,
 * theregister.com's "®"), a blogger's "Success ✔" or an emoji. An excerpt cut off mid-sentence never ends on one.
 * Closing quotes as each language sets them: ” and ’, German and Czech “ and ‘ („…“, kleinezeitung.at), «  (»…«).
 */
export const ENDS_SENTENCE = /[.!?…:;"'”’“‘)\]»«。！？।॥۔؟။።។]$|[.!?]["'”’“‘«)]+$|\S\s*(?:\p{So}|\p{Extended_Pictographic})\uFE0F?$/u;

export function snippet(text: string, max = 160): string {
  const t = norm(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A readable snippet of an element: its blocks joined with " · " rather than run together. */
export function snippetOf(el: Element, max = 160): string {
  return snippet(blockText(el).split('\n\n').join(' · '), max);
}

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);

/** Captions describe pictures; they are kept in the clean view's HTML but are not story text. */
const CAPTION = /^(?:FIGCAPTION)$/;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit)(?:$|[\s_-])/i;

/** The class a caption keeps through Readability, which drops every class it is not told to keep. */
export const CAPTION_MARK = 'upstream-caption';

/** Whether an element's class names it a caption ("wp-caption-text", "image-credit"). */
export const captionNamed = (el: Element): boolean => {
  const cls = el.getAttribute('class');
  return !!cls && CAPTION_CLASS.test(cls);
};

/**
 * Marks captions before Readability strips the classes: the elements whose class names them (`captionNamed`) and
 * the line repeating a picture's alt text. Only a caption's own lines: a container named so ("wp-caption" around
 * the picture, "article-caption") holding paragraphs or a long text is not left out of the story. The caller finds
 * both lists in the one walk it makes over the page.
 */
export function markCaptions(named: readonly Element[], images: readonly Element[]): void {
  for (const el of named) {
    if (el.querySelector('p, li, h2, h3, h4, table, img, picture, video')) continue;
    if ((el.textContent ?? '').length <= 400) el.classList.add(CAPTION_MARK);
  }
  for (const img of images) markAltCaption(img);
}

const ALT_CAPTION_TAGS = tagSet('span, p, div, figcaption, em, small');

/**
 * A line under a picture that repeats the picture's alt text is its caption ("Inverted 'T' design for arrow keys"
 * under that photo). Looked for only in a small box around the picture, never among the story's paragraphs.
 */
function markAltCaption(img: Element): void {
  const alt = norm(img.getAttribute('alt'));
  if (alt.length < 10) return;
  let box = img.parentElement;
  for (let level = 0; level < 3 && box; level++, box = box.parentElement) {
    if ((box.textContent ?? '').length > alt.length + 300) return;
    // The innermost element holding just that line: the last match in document order.
    const found = elementsByTag(box, ALT_CAPTION_TAGS).filter((el) => el.childElementCount <= 2 && norm(el.textContent) === alt).pop();
    if (found) {
      found.classList.add(CAPTION_MARK);
      return;
    }
  }
}

/**
 * Clean text: one paragraph per block (and per run of inline text between blocks), blank line
 * between; with `story`, captions are left out and repeated paragraphs (galleries) kept once.
 */
export function blockText(root: Element, story = false): string {
  const parts: string[] = [];
  let run = '';
  const flush = (): void => {
    const t = norm(run);
    if (t) parts.push(t);
    run = '';
  };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) run += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const el = c as Element;
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT') continue;
        if (el.tagName === 'BR') run += ' ';
        if (story && (CAPTION.test(el.tagName) || CAPTION_CLASS.test(el.getAttribute('class') ?? ''))) continue;
        if (BLOCK_TAGS.has(el.tagName)) {
          flush();
          walk(el);
          flush();
        } else walk(el);
      }
    }
  };
  walk(root);
  flush();
  if (!story) return parts.join('\n\n');
  // A paragraph right after itself, or a long one twice, is a teaser or summary repeated; lines of lists, menus
  // and recipes repeat with purpose.
  const seen = new Set<string>();
  return parts.filter((p, i) => p !== parts[i - 1] && (p.length < 250 || (!seen.has(p) && !!seen.add(p)))).join('\n\n');
}

/** The share of an element's text that is link text (0..1). */
export function linkShare(el: Element): number {
  const all = norm(el.textContent).length;
  if (!all) return 0;
  if (el.tagName === 'A') return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += norm(a.textContent).length;
  return linked / all;
}

/** The registrable domain a link leads to, or '' for a link that leads nowhere on the web ("#top", "mailto:"). */
export function linkDomain(a: Element): string {
  return domainOfUrl(httpUrl(a.getAttribute('href'), a.ownerDocument.URL) ?? '');
}

/**
 * The text of `el` around `links`: before the first link (null when no link holds text), between each two links in
 * a row, and after the last. Read by the rules that judge a line of links by what joins them.
 */
export function textAroundLinks(el: Element, links: readonly Element[]): { lead: string | null; gaps: string[]; tail: string } {
  let lead: string | null = null;
  const gaps: string[] = [];
  let glue = '';
  let last: Element | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const link = links.find((a) => a.contains(n));
    if (!link) {
      glue += n.nodeValue ?? '';
      continue;
    }
    if (lead === null) lead = glue;
    else if (link !== last) gaps.push(glue);
    last = link;
    glue = '';
  }
  return { lead, gaps, tail: glue };
}
