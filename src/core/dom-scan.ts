// Plain-code stand-ins for a few CSS selectors the core used to run on whole pages. Substring attribute
// selectors (`[class*="byline" i]`) and `closest()` with them cost tens of milliseconds per page in jsdom
// (its selector engine re-reads every attribute per element) and are cheap in JS: one tree walk that
// stops at the first few hits, or a loop up the ancestors. Each function says which selector it equals.

/** The first `limit` elements under `root` (itself included, document order) for which `test` holds. */
export function firstElements(root: Element, test: (el: Element) => boolean, limit: number): Element[] {
  const out: Element[] = [];
  if (limit <= 0) return out;
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el: Element | null = root; el && out.length < limit; el = walker.nextNode() as Element | null) {
    if (test(el)) out.push(el);
  }
  return out;
}

/** The class attribute, lower-cased: what `[class*="x" i]` compares with. */
export const classLower = (el: Element): string => (el.getAttribute('class') ?? '').toLowerCase();

/** `.name`: one of the element's class tokens. */
export function hasClass(el: Element, name: string): boolean {
  return (el.getAttribute('class') ?? '').split(/[\t\n\f\r ]+/).includes(name);
}

/** `el.closest(sel)` for a selector written as a test of one element. */
export function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}

/** `figure, figcaption, [class*="caption" i]`: photo captions, which credit the picture, not the story. */
export const isCaption = (el: Element): boolean => {
  const tag = el.localName;
  return tag === 'figure' || tag === 'figcaption' || classLower(el).includes('caption');
};
