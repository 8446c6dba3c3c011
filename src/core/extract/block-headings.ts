// Headings over furniture: the label that names a block goes with it, so that it is neither left standing over the
// story's next paragraph nor judged apart from what it names.
import { blockKind } from './patterns.ts';
import { norm } from './text.ts';
import { protectedEl, type ClutterContext } from './clutter-context.ts';

/** Elements whose text is read whole as a label: a heading, or the block or inline element a template sets one in. */
export const HEADINGISH = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SPAN', 'P', 'STRONG', 'B', 'A', 'BUTTON', 'LEGEND', 'LABEL', 'SECTION', 'HEADER', 'LI', 'EM', 'SUMMARY']);

/** A heading that stands alone: the related cards are its following siblings. Gathers them into one block. */
export function headingWithFollowers(heading: Element, ctx: ClutterContext): Element | null {
  const cards: Element[] = [];
  for (let sib = heading.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (/^H[1-6]$/.test(sib.tagName) || protectedEl(sib, ctx)) break;
    if (!sib.matches('a[href]') && !sib.querySelector('a[href]')) break;
    cards.push(sib);
  }
  if (cards.length < 2) return null;
  // The clone is ours: wrapping the cards lets the block be judged and reported like any other.
  const wrap = heading.ownerDocument.createElement('div');
  heading.before(wrap);
  wrap.append(heading, ...cards);
  return wrap;
}

/**
 * A teaser list with its name: the short subheading right before it, nothing between them, goes with it
 * (abendblatt.de's and waz.de's "Exklusive Politik-Hintergründe – für Sie recherchiert" over a list of
 * headline links). Left behind, it would stand in the story as a subheading over the next paragraph. A heading with
 * words between it and the list opens the story's next part and stays.
 */
export function namedList(list: Element, ctx: ClutterContext): Element {
  let heading = list.previousSibling;
  while (heading && heading.nodeType !== 1 && !(heading.nodeValue ?? '').trim()) heading = heading.previousSibling;
  if (!heading || heading.nodeType !== 1 || !/^H[2-6]$/.test((heading as Element).tagName)) return list;
  const el = heading as Element;
  const text = norm(el.textContent);
  if (!text || text.length > 80 || protectedEl(el, ctx)) return list;
  // The clone is ours: wrapping the pair lets the block be judged and reported like any other.
  const wrap = el.ownerDocument.createElement('div');
  el.before(wrap);
  wrap.append(el, list);
  return wrap;
}

/** A short heading over a furniture block, alone with it in one wrapper ("BuzzFeed Daily" over its newsletter pitch), goes with it. */
export function withHeading(block: Element, ctx: ClutterContext, max: number): Element {
  const wrap = block.parentElement;
  const heading = block.previousElementSibling;
  if (!wrap || !heading || wrap.childElementCount !== 2 || !/^H[1-6]$/.test(heading.tagName)) return block;
  if (Array.from(wrap.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim())) return block;
  if (norm(heading.textContent).length > 60 || protectedEl(wrap, ctx) || norm(wrap.textContent).length > max) return block;
  return wrap;
}

/** The short heading right before a comment thread that names it ("4 comments", "Leave a Reply" is not one). */
export function threadHeading(first: Element, ctx: ClutterContext): Element | null {
  const prev = first.previousElementSibling;
  if (!prev || !HEADINGISH.has(prev.tagName) || protectedEl(prev, ctx)) return null;
  const text = norm(prev.textContent);
  return text.length <= 60 && /\d/.test(text) && blockKind(text) === 'comments' ? prev : null;
}
