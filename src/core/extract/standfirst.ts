// The headline's summary paragraph (a "standfirst", "dek", German "Teaser"/"Vorspann", Spanish "entradilla"): many
// sites set it in the header beside the headline, apart from the container of the story's paragraphs, so
// Readability, which takes one container, leaves it out. The page's own description names it: sites fill the
// description tag from the same field.
import { ENDS_SENTENCE, norm } from './text.ts';

/** Elements walked after the headline: a header's lines, its picture and its share buttons, not the whole page. */
const WALK_LIMIT = 300;
/** Shorter than this, a description is a tag line or a label, too weak a key to find a paragraph with. */
const MIN_CHARS = 50;
/** A wrapper this long holds more than one summary paragraph: skip it without normalising its text. */
const MAX_RAW = 3000;

/** The description without the ellipsis a site adds where it cut it, and cut back to a whole word when it was cut. */
function summaryKey(description: string, cutAt: number): string {
  let s = norm(description).replace(/\s*(?:\.\.\.|…)$/u, '');
  // A description cut mid-word (by the site, or where the head was read: HeadData keeps `cutAt` characters).
  if (s.length !== norm(description).length || s.length >= cutAt - 5) s = s.slice(0, s.lastIndexOf(' ')).trim();
  return s;
}

/**
 * How a block's text stands to the description: 'whole' when the block is the description (or the description is
 * its opening, cut), 'part' when the block is the description's first sentences (a site whose description repeats
 * or runs on into the story's first paragraph), '' when neither.
 */
function match(text: string, key: string, whole: string): 'whole' | 'part' | '' {
  if (text === whole || (text.startsWith(key) && text.length <= key.length + 600)) return 'whole';
  // Whole sentences only (the paragraph may leave out the full stop the description has): not a sentence's first words.
  if (text.length >= MIN_CHARS && whole.startsWith(text) && (ENDS_SENTENCE.test(text) || /^[.!?…]/u.test(whole.slice(text.length)))) return 'part';
  return '';
}

/** Not a summary, wherever it stands: a link (a teaser card), a caption, a form's text. */
const OUTSIDE = 'a, figure, figcaption, form, button, nav, aside, footer, [aria-hidden="true"]';

/**
 * The standfirst's text: the first block after the headline whose text is one of the page's descriptions (its
 * description and Open Graph description tags, which sites fill from different fields). A wrapper matching only
 * because the description is its cut opening gives way to the child that matches alone (the standfirst's own
 * paragraph, without the byline beside it). Null when no block near the headline is a description.
 */
export function findStandfirst(headline: Element | null, descriptions: readonly string[], cutAt = 300): string | null {
  if (!headline) return null;
  const keys = [...new Set(descriptions)].map((d) => ({ key: summaryKey(d, cutAt), whole: norm(d) })).filter((k) => k.key.length >= MIN_CHARS);
  if (!keys.length) return null;
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let visited = 0;
  for (let n = walker.nextNode() as Element | null; n && visited < WALK_LIMIT; n = walker.nextNode() as Element | null, visited++) {
    // A wrapper of many blocks is no summary: skipped before its text is even gathered.
    if (headline.contains(n) || n.childElementCount > 12) continue;
    const raw = n.textContent ?? '';
    if (raw.length > MAX_RAW) continue;
    const text = norm(raw);
    if (text.length < MIN_CHARS) continue;
    for (const { key, whole } of keys) {
      const how = match(text, key, whole);
      if (!how) continue;
      if (n.closest(OUTSIDE)) return null;
      return how === 'whole' ? ownBlock(n, text, key, whole) : text;
    }
  }
  return null;
}

/** From a block matching the whole description, down to the child that still matches alone. */
function ownBlock(block: Element, text: string, key: string, whole: string): string {
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
    const t = norm(c.textContent);
    if (t.length >= MIN_CHARS && match(t, key, whole) === 'whole') return ownBlock(c, t, key, whole);
  }
  return text;
}
