// What the clutter passes share: the page being cleaned, its story container and headline, and the one test every
// removal passes first (whether it could take the story with it).
import { norm } from './text.ts';

export interface ClutterContext {
  body: Element;
  anchor: Element | null;
  title: Element | null;
}

// The story container's text length, read once per pass instead of once per element judged: it is the
// longest text on the page. Removals change it, so every removal forgets it.
const anchorLengths = new WeakMap<ClutterContext, number>();

function anchorLength(ctx: ClutterContext): number {
  let len = anchorLengths.get(ctx);
  if (len === undefined) {
    len = norm(ctx.anchor?.textContent).length;
    anchorLengths.set(ctx, len);
  }
  return len;
}

/**
 * Whether removing `el` could take story content with it. Inside the story container only small inserts (inline
 * promos, newsletter cards) may go; a comment thread (`thread`), whose shape is strong evidence, may be large there
 * (sites nest the thread in the article's element) and is guarded only by the story's long paragraphs.
 */
export function protectedEl(el: Element, ctx: ClutterContext, thread = false): boolean {
  if (el === ctx.body || el.contains(ctx.body)) return true;
  if (ctx.anchor && (el === ctx.anchor || el.contains(ctx.anchor))) return true;
  if (ctx.title && el.contains(ctx.title)) return true;
  if (!ctx.anchor?.contains(el)) return false;
  if (!thread && norm(el.textContent).length > 0.3 * anchorLength(ctx)) return true;
  return Array.from(el.querySelectorAll('p')).some((p) => norm(p.textContent).length > 300);
}

/** After a removal: the story container's length is read afresh. */
export function forgetAnchorLength(ctx: ClutterContext): void {
  anchorLengths.delete(ctx);
}
