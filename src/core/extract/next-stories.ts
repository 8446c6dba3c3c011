// Pages that load the next stories under the first (moderndiplomacy.eu, newsgram.com, dagbladet.no): each later story
// comes with its own <h1> headline, date and paragraphs, and a longer one outweighs the page's own story for
// Readability, which then shows another story under this page's headline. The page's story is the one under the
// headline its title names.
import { forEachUnder } from '../dom-scan.ts';
import { PARAGRAPH_CHARS } from './story-anchor.ts';
import { norm } from './text.ts';

/** A story's date or byline, by element or by the template's name for it. */
const STORY_MARKS = 'time, [class*="date" i], [class*="byline" i], [class*="author" i]';

/** Running text under one headline before it counts as a story: a few paragraphs, not a teaser's summary. */
const STORY_CHARS = 400;

/**
 * The long paragraphs inside `root`, and their characters; with `range`, only those after its first element and
 * before its second in page order.
 */
function longParagraphs(root: Element, range?: [Element, Element]): { paragraphs: Element[]; chars: number } {
  const paragraphs: Element[] = [];
  let chars = 0;
  forEachUnder(root, (el) => {
    if (el.localName !== 'p' || (range && !(range[0].compareDocumentPosition(el) & 4 && range[1].compareDocumentPosition(el) & 2))) return;
    const len = norm(el.textContent).length;
    if (len < PARAGRAPH_CHARS) return;
    paragraphs.push(el);
    chars += len;
  });
  return { paragraphs, chars };
}

/** Class names two elements share: the template's name for a story's headline. */
function shareClass(a: Element, b: Element): boolean {
  const own = new Set((a.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  return (b.getAttribute('class') ?? '').split(/\s+/).some((c) => own.has(c));
}

/**
 * The later stories' blocks to take out: for each <h1> after the page's headline and set by the same template (a
 * class name in common), the largest block holding it and none of the page's own story. Only when the page's title
 * names its first headline and that headline has a story of its own before the next one; a later story is a few
 * paragraphs long, with a date or byline of its own. A story that heads its sections with <h1>s keeps them.
 */
export function laterStories(body: Element, headline: Element | null, pageTitle: string): Element[] {
  if (!headline) return [];
  const heads = Array.from(body.getElementsByTagName('h1'));
  const own = norm(headline.textContent).toLowerCase();
  if (heads.length < 2 || own.length < 10 || !norm(pageTitle).toLowerCase().includes(own.slice(0, 60))) return [];
  const later = heads.filter((h) => h !== headline && headline.compareDocumentPosition(h) & 4 && shareClass(headline, h) && norm(h.textContent).toLowerCase() !== own);
  if (!later.length) return [];
  // The page's own story: the long paragraphs between its headline and the next story's.
  const first = longParagraphs(body, [headline, later[0]!]);
  if (first.chars < STORY_CHARS) return [];
  const out: Element[] = [];
  for (const h of later) {
    if (out.some((o) => o.contains(h))) continue;
    let top: Element = h;
    for (let up = top.parentElement; up && up !== body && !up.contains(headline) && !first.paragraphs.some((p) => up!.contains(p)); up = up.parentElement) top = up;
    // Another story comes with its own date or byline; a section of this one (medium.com's, under <h1>s sharing
    // the headline's generated class names) does not.
    if (top.querySelector(STORY_MARKS) && longParagraphs(top).chars >= STORY_CHARS) out.push(top);
  }
  return out;
}
