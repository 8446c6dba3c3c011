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

/**
 * `figure, figcaption, [class*="caption" i]` and a picture's or a clip's microdata item (foxnews.com's slideshow:
 * `itemtype="…/MediaObject"`): photo captions, which credit the picture, not the story.
 */
export const isCaption = (el: Element): boolean => {
  const tag = el.localName;
  return tag === 'figure' || tag === 'figcaption' || classLower(el).includes('caption') || /(?:Image|Media|Video)Object$/i.test(el.getAttribute('itemtype') ?? '');
};

/** A modal dialog: <dialog>, role="dialog" or "alertdialog", or aria-modal="true" (OneTrust's preference centre). */
export const isDialog = (el: Element): boolean =>
  el.localName === 'dialog' || el.getAttribute('aria-modal') === 'true' || /^(?:alert)?dialog$/i.test(el.getAttribute('role') ?? '');

/**
 * Hidden by the page itself: the `hidden` attribute or an inline `display: none` (a template, a collapsed notice, a
 * sign-in prompt). Readability drops such elements where it walks; what it does not walk must be judged the same way.
 */
export const hiddenItself = (el: Element): boolean => el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/** Calls `visit` on every element under `root` (itself left out), in document order: `querySelectorAll('*')`. */
export function forEachUnder(root: Element, visit: (el: Element) => void): void {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) visit(el);
}

/**
 * `root.querySelectorAll(tags)` for bare tag names, in one walk and always in document order (jsdom's selector
 * engine does not always return a list of selectors in that order, browsers do). With `inner`, only the elements
 * that hold none of those tags (`!el.querySelector(inner)`: a story's leaf blocks), or with `holding` only those that
 * hold one; jsdom runs each `querySelector` through its selector engine, which made that check costly there.
 */
export function elementsByTag(root: Element, tags: ReadonlySet<string>, inner?: ReadonlySet<string>, holding = false): Element[] {
  const found: Element[] = [];
  const holders = new Set<Element>();
  forEachUnder(root, (el) => {
    if (tags.has(el.localName)) found.push(el);
    if (!inner?.has(el.localName)) return;
    for (let up = el.parentElement; up && up !== root && !holders.has(up); up = up.parentElement) holders.add(up);
  });
  return inner ? found.filter((el) => holders.has(el) === holding) : found;
}

/**
 * A live element collection (`children`, `getElementsByTagName`) as an array, read by index. `Array.from`, spreading
 * and `for…of` read the collection's `length` at every step, and jsdom answers each read by first looking for an
 * element named "length": the square of the collection's size (a quarter of a second for 3,000 links), where an
 * index loop costs nothing. Browsers answer both alike.
 */
export function listOf<T extends Element>(list: ArrayLike<T>): T[] {
  const out: T[] = [];
  for (let i = 0, n = list.length; i < n; i++) out.push(list[i]!);
  return out;
}

/** `el.querySelector(tags)` for bare tag names: whether an element under `el` has one, by a walk that stops there. */
export function holdsTag(el: Element, tags: ReadonlySet<string>): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) if (tags.has(n.localName)) return true;
  return false;
}

/** A set of tag names from a selector list of bare tags: "p, li, h2" → {p, li, h2}. */
export const tagSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s*,\s*/));
