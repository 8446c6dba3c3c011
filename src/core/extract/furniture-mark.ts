// Furniture found before Readability (promos, newsletter boxes, share rows) is marked, not removed, while
// Readability chooses the story, and leaves the story after. Taking a newsletter line out of a story's wrapper
// first can split the story in Readability's eyes, so that it picks one part of it.

import { forEachUnder } from '../dom-scan.ts';

export const FURNITURE_MARK = 'data-upstream-furniture';

/**
 * Marks a block's every element, and wraps its loose text in marked spans (phrasing content, which Readability
 * scores as before): Readability rebuilds small blocks (a <div> of phrasing becomes a new <p>, a wrapper of
 * one paragraph is replaced by it) and the block's own element may not survive, but its text does.
 */
export function markFurniture(el: Element): void {
  const doc = el.ownerDocument;
  for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
    e.setAttribute(FURNITURE_MARK, '');
    for (const n of Array.from(e.childNodes)) {
      if (n.nodeType !== 3 || !(n.nodeValue ?? '').trim()) continue;
      const span = doc.createElement('span');
      span.setAttribute(FURNITURE_MARK, '');
      n.replaceWith(span);
      span.append(n);
    }
  }
}

/** Removes marked furniture from the story Readability (or the fallback) returned, and the wrappers it empties. */
export function dropMarkedFurniture(root: Element): void {
  // A walk rather than an attribute selector, which jsdom's selector engine runs slowly; the same elements, in
  // document order.
  const marked: Element[] = [];
  forEachUnder(root, (el) => {
    if (el.hasAttribute(FURNITURE_MARK)) marked.push(el);
  });
  for (const el of marked) {
    let gone: Element = el;
    const own = (el.textContent ?? '').trim();
    for (let up = el.parentElement; up && up !== root && up.childElementCount === 1 && (up.textContent ?? '').trim() === own; up = up.parentElement) gone = up;
    gone.remove();
  }
}
