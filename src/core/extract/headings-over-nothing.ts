// The story's last block, when it heads nothing: a heading or a label whose list went with the passes before it.
import type { RemovedBlock } from '../types.ts';
import { isRelatedHeading } from './patterns.ts';
import { norm, snippet } from './text.ts';
import { holdsTag, tagSet } from '../dom-scan.ts';

/** Elements that are content without words: pictures, players, tables. */
export const MEDIA_HOLDERS = tagSet('img, picture, video, audio, figure, table');
const HEADINGS = tagSet('h2, h3, h4, h5, h6');
/** A sentence's own end marks only: ENDS_SENTENCE (text.ts) also takes a colon or a bracket, which close labels. */
const SENTENCE_END = /[.!?…。！？]["'”’»)]*$/u;

/** Anything after the element inside the root: text, or a picture, video or table standing alone. */
function followedByContent(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let n = e.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 3 ? norm(n.textContent) : n.nodeType === 1 && (norm(n.textContent) || MEDIA_HOLDERS.has((n as Element).localName) || holdsTag(n as Element, MEDIA_HOLDERS))) return true;
    }
  }
  return false;
}

const LINE_BLOCKS = tagSet('p, div, li, dd, dt, blockquote, section, h2, h3, h4, h5, h6');

/** The block around the story's last words, found walking back from the story's end rather than through it all. */
function lastBlock(root: Element): Element | null {
  let end: Node = root;
  while (end.lastChild) end = end.lastChild;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  walker.currentNode = end;
  let last: Node | null = end.nodeType === 3 ? end : walker.previousNode();
  while (last && !norm(last.textContent)) last = walker.previousNode();
  let el = last?.parentElement ?? null;
  while (el && el !== root && !LINE_BLOCKS.has(el.localName)) el = el.parentElement;
  return el && el !== root ? el : null;
}

/**
 * A heading or a label left last in the story heads nothing: the list it stood over ("Zobacz także", "Lesen Sie
 * auch", "Tags:", "LEA MÁS:") went with the passes above, whatever its language, and a heading over nothing is no
 * part of the story.
 */
export function cutHeadingsOverNothing(root: Element, removed: RemovedBlock[]): void {
  for (let i = 0; i < 4; i++) {
    const b = lastBlock(root);
    if (!b || followedByContent(b, root) || holdsTag(b, MEDIA_HOLDERS)) return;
    const text = norm(b.textContent);
    // A heading that is a sentence ("Deadpool 2 opens in theatres on May 18.") is the story's own line set large.
    const heading = HEADINGS.has(b.localName) && text.length <= 120 && !SENTENCE_END.test(text);
    const label = text.length <= 40 && /[:：]$/.test(text);
    if (!heading && !label) return;
    b.remove();
    removed.push({ kind: isRelatedHeading(text.replace(/[:：]$/, '')) ? 'related' : 'other', text: snippet(text) });
  }
}
