// The story's tree made one an HTML parser could have built. Readability edits the page as a tree (a <div> becomes
// a <p> unless it holds one of a few block tags; a layout <table> becomes a <div> and leaves its rows behind; the
// <body> itself can be its pick), and the story is cleaned, measured and sanitised as that tree. The view parses
// the sanitised HTML again: without this, that parse would rebuild a different structure from what was measured.
import { elementsByTag, tagSet } from '../dom-scan.ts';

// Start tags that close an open <p> when HTML is parsed (the view's document is in no-quirks mode, where <table>
// is one of them).
const CLOSES_P = tagSet('address, article, aside, blockquote, center, details, dialog, dir, div, dl, fieldset, figcaption, figure, footer, header, hgroup, main, menu, nav, ol, p, pre, listing, section, summary, ul, h1, h2, h3, h4, h5, h6, hr, xmp, li, dd, dt, form, table, plaintext, search');
const PARAGRAPH = tagSet('p');
// Tags a parser drops outside their own context, keeping what they hold.
const DOCUMENT_PARTS = tagSet('html, head, body');
const TABLE_PARTS = tagSet('caption, colgroup, col, thead, tbody, tfoot, tr, td, th');
const PARTS = new Set([...DOCUMENT_PARTS, ...TABLE_PARTS]);

function rename(el: Element, tag: string): void {
  const to = el.ownerDocument.createElement(tag);
  // Attribute nodes are copied as they are: a name the parser accepted may be one setAttribute rejects.
  for (const attr of Array.from(el.attributes)) to.setAttributeNode(attr.cloneNode() as Attr);
  to.append(...Array.from(el.childNodes));
  el.replaceWith(to);
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Rewrites, in place, the parts of the tree under `root` that parsing its HTML would not reproduce. */
export function makeParseable(root: Element): void {
  // One walk finds both kinds of part.
  const parts = elementsByTag(root, PARTS);
  for (const el of parts) if (DOCUMENT_PARTS.has(el.localName)) unwrap(el);
  for (const el of parts) {
    if (TABLE_PARTS.has(el.localName) && !el.parentElement?.closest('table')) unwrap(el);
  }
  // A <p> holding a block would be split by the parser; as a <div> it keeps its content together.
  for (const p of elementsByTag(root, PARAGRAPH, CLOSES_P, true)) rename(p, 'div');
}
