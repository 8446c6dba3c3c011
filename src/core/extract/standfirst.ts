// The headline's summary paragraph (a "standfirst", "dek", German "Teaser"/"Vorspann", Spanish "entradilla"): many
// sites set it in the header beside the headline, apart from the container of the story's paragraphs, so
// Readability, which takes one container, leaves it out. The page's own description names it: sites fill the
// description tag from the same field. Where the description is worded otherwise, the template's name for the block
// does ("intro-text", "ue-c-article__standfirst", "einleitung", "post-subtitle", "c-article-summary").
import { ENDS_SENTENCE, norm } from './text.ts';
import { closestWhere, isCaption } from '../dom-scan.ts';
import { BYLINE_LED } from '../text.ts';
import { SUMMARY_NAMES } from '../evidence/headline.ts';
import { blockKind } from './patterns.ts';

/** Elements walked after the headline: a header's lines, its picture and its share buttons, not the whole page. */
const WALK_LIMIT = 300;
/** Shorter than this, a description is a tag line or a label, too weak a key to find a paragraph with. */
const MIN_CHARS = 50;
/** A wrapper this long holds more than one summary paragraph: skip it without normalising its text. */
const MAX_RAW = 3000;
/**
 * A standfirst's name in a template's classes, in the languages of the sites that set one. Underscores and hyphens
 * part the words ("ue-c-article__standfirst"); "leader" or "introduction-video" name other things, and a step of a
 * type scale ("subtitle-2", "subtitle1") names a font size.
 */
const STANDFIRST_MARK = new RegExp(`(?<![a-z])(?:${SUMMARY_NAMES}|einleitung)(?![a-z]|-?\\d)`, 'i');
/** What a summary block never holds: the story's lead picture or video ("ArticlePage-lead", "image__lede"), a control. */
const NOT_IN_SUMMARY = 'img, picture, video, iframe, figure, button';
/** A time of day: a date line ("Updated: Nov. 20, 2019 1:35 a.m.") under a summary's class, not a summary. */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b|uhr\b)/i;
/** A marked summary stands in the headline's first lines: the elements walked for one, at most. */
const MARK_WALK = 80;
/** A summary is a paragraph or two; a marked block longer than this is a story's body or a card list. */
const MARKED_MAX = 600;
/** An unmarked paragraph this long after the headline: the story has begun, and no summary comes after it. */
const STORY_BEGUN = 150;

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
 * A marked block that reads as a summary: a paragraph or two of prose, not a caption, a link, a picture with its
 * credit, a byline with its date, or a pitch (a newsletter's "Subscribe below!").
 */
function summaryLike(el: Element, text: string): boolean {
  if (text.length > MARKED_MAX || el.closest(OUTSIDE) || closestWhere(el, isCaption) || el.querySelector(NOT_IN_SUMMARY)) return false;
  return !BYLINE_LED.test(text) && !TIME_OF_DAY.test(text) && !blockKind(text);
}

/** Whether `el`'s own class or id names it the headline's summary. */
const markedSummary = (el: Element): boolean => STANDFIRST_MARK.test(`${el.getAttribute('class') ?? ''} ${el.id}`);

/**
 * The standfirst's candidates, in the page's order: the first block after the headline whose text is one of the
 * page's descriptions (its description and Open Graph description tags, which sites fill from different fields), and,
 * where it comes before that, the first block the template names a summary, before the story's first paragraph (a
 * caption, a link and a form's text are none). A wrapper matching only because the description is its cut opening
 * gives way to the child that matches alone (the standfirst's own paragraph, without the byline beside it). The
 * caller takes the first the story does not already hold: a description may repeat the story's first paragraph, and
 * a marked block may be the story's own opening.
 */
export function findStandfirst(headline: Element | null, descriptions: readonly string[], cutAt = 300): string[] {
  if (!headline) return [];
  const keys = [...new Set(descriptions)].map((d) => ({ key: summaryKey(d, cutAt), whole: norm(d) })).filter((k) => k.key.length >= MIN_CHARS);
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  const found: string[] = [];
  let visited = 0;
  let begun = false;
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
      if (!n.closest(OUTSIDE)) found.push(how === 'whole' ? ownBlock(n, text, key, whole) : text);
      return found;
    }
    if (begun || found.length || visited >= MARK_WALK) {
      if (!keys.length) break;
      continue;
    }
    if (!markedSummary(n)) begun = n.localName === 'p' && text.length >= STORY_BEGUN;
    else if (summaryLike(n, text)) found.push(text);
  }
  return found;
}

/** From a block matching the whole description, down to the child that still matches alone. */
function ownBlock(block: Element, text: string, key: string, whole: string): string {
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
    const t = norm(c.textContent);
    if (t.length >= MIN_CHARS && match(t, key, whole) === 'whole') return ownBlock(c, t, key, whole);
  }
  return text;
}
