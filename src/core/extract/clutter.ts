// Removes page furniture from a cloned document before Readability scores it, and reports each
// removed block. Readability alone keeps promos and often picks a related-articles block on
// aggregators, whose card summaries can outweigh a short story.
import type { RemovedBlock, RemovedKind } from '../types.ts';
import { blockKind, MAX_BLOCK_CHARS, isRelatedHeading } from './patterns.ts';
import { linkShare, norm, snippet, snippetOf } from './text.ts';
import { commentThreads } from './comments.ts';
import { markFurniture } from './furniture-mark.ts';
import { holdsLinkedHeading, teaserCards, teaserLists } from './story-teasers.ts';
import { wordsIn } from '../text.ts';
import { SPONSOR_LABEL, sponsoredBlock } from './sponsored.ts';
import { widgetBoxes } from './widget-boxes.ts';
import { forgetAnchorLength, protectedEl, type ClutterContext } from './clutter-context.ts';
import { HEADINGISH, headingWithFollowers, namedList, threadHeading, withHeading } from './block-headings.ts';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/**
 * From a matched element, climb to the largest ancestor that is still only this block:
 * it starts with the matched text, stays under the size limit and holds no story. A `linkBox` (related
 * stories) stops before a wrapper that sets running text beside it.
 */
export function climb(el: Element, ctx: ClutterContext, maxChars: number, lead: string, linkBox = false): Element | null {
  if (protectedEl(el, ctx)) return null;
  let best: Element = el;
  const links = (e: Element): number => e.querySelectorAll('a[href]').length;
  // A promo box has a link or two; climbing into a run of story links would take a feed with it.
  const linkCapped = maxChars < MAX_BLOCK_CHARS.related;
  let bestLinks = linkCapped ? links(el) : 0;
  for (let up = el.parentElement; up && !protectedEl(up, ctx); up = up.parentElement) {
    const raw = up.textContent ?? '';
    // Far over the limit before its whitespace is even folded: a page-sized wrapper, not this block.
    if (raw.length > 20 * maxChars) break;
    const text = norm(raw);
    if (text.length > maxChars || !text.startsWith(lead.slice(0, 40))) break;
    // Only once the box holds its links: before, the running text beside its heading may be its own cards' summaries.
    if (linkBox && best.getElementsByTagName('a').length >= 2 && besideProse(up, best)) break;
    if (linkCapped) {
      const upLinks = links(up);
      if (upLinks > bestLinks + 2) break;
      bestLinks = upLinks;
    }
    best = up;
  }
  return best;
}

/** Running text: a paragraph this long with few links in it. */
const PROSE_CHARS = 100;

/**
 * Whether `up` holds, beside the block climbed so far, a block of running text: a page that sets a box of links
 * and the story's next paragraphs side by side in one wrapper (t-online.de's "Mehr aus dem Ressort" column) would
 * lose those paragraphs with the box. More cards of the box are no such block: their headlines are links.
 */
function besideProse(up: Element, best: Element): boolean {
  for (let c = up.firstElementChild; c; c = c.nextElementSibling) {
    if (c === best || c.contains(best) || (c.textContent ?? '').length < PROSE_CHARS) continue;
    if (linkShare(c) >= 0.2 || holdsLinkedHeading(c)) continue;
    const paragraphs = c.tagName === 'P' ? [c] : Array.from(c.getElementsByTagName('p'));
    if (paragraphs.some((p) => norm(p.textContent).length >= PROSE_CHARS && linkShare(p) < 0.25)) return true;
  }
  return false;
}

/** Elements whose own text (gathered once per element from its text nodes) is short and furniture-like. */
function* shortTextElements(body: Element): Generator<[Element, string]> {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    let el = n.parentElement;
    if (!el || SKIP_TAGS.has(el.tagName)) continue;
    // Inline wrappers (<span>Comments</span> inside <h3>) are judged at their block.
    while (el.parentElement && el.parentElement !== body && !HEADINGISH.has(el.tagName)) el = el.parentElement;
    if (seen.has(el)) continue;
    seen.add(el);
    const raw = el.textContent ?? '';
    // Wrappers of the whole page or story are never furniture: skip them before copying and normalising
    // their text (only a block that is almost all whitespace could still shrink under the limit).
    if (raw.length > 20_000) continue;
    const text = norm(raw);
    if (text.length > 0 && text.length <= 600) yield [el, text];
  }
}

export interface RelatedBlock {
  element: Element;
  heading: string;
}

/** Takes furniture out of the tree for the related pass, leaving a placeholder; `restore` puts it back marked. */
function lift(list: [Element, RemovedKind][], removed: RemovedBlock[], ctx: ClutterContext): () => void {
  forgetAnchorLength(ctx);
  const held: [Comment, Element][] = [];
  for (const [el, kind] of list) {
    if (!el.isConnected) continue;
    removed.push({ kind, text: snippetOf(el) });
    const placeholder = el.ownerDocument.createComment('');
    el.replaceWith(placeholder);
    held.push([placeholder, el]);
  }
  return () => {
    forgetAnchorLength(ctx);
    for (const [placeholder, el] of held) {
      markFurniture(el);
      placeholder.replaceWith(el);
    }
  };
}

/** Removes blocks now (comment blocks, related blocks); related ones are reported when judged. */
function drop(list: [Element, RemovedKind][], removed: RemovedBlock[], ctx: ClutterContext): void {
  forgetAnchorLength(ctx);
  for (const [el, kind] of list) {
    if (!el.isConnected) continue;
    if (kind !== 'related') removed.push({ kind, text: snippetOf(el) });
    el.remove();
  }
}

/**
 * Finds furniture blocks and removes related blocks; returns what was found and the related blocks (judged
 * later). Comment threads and related blocks leave the tree now; other furniture is marked and leaves the story
 * after Readability (FURNITURE_MARK). Two passes: furniture is out of the tree while related blocks are sought,
 * so a promo sitting above a "More news" heading in the same rail no longer hides where the related block starts.
 */
export function removeClutter(ctx: ClutterContext): { removed: RemovedBlock[]; related: RelatedBlock[] } {
  const removed: RemovedBlock[] = [];
  const related: RelatedBlock[] = [];
  // Comment threads go whole first, found by their shape, as one entry each.
  for (const thread of commentThreads(ctx.body, (el) => protectedEl(el, ctx, true))) {
    // Its heading ("4 Responses to …", "Kommentare (4)") goes in the same entry.
    const heading = threadHeading(thread.elements[0]!, ctx);
    // The page's own count where its heading gives one ("22 comments on …"); else the comments counted here.
    const text = heading ? snippetOf(heading) : `${thread.count} comments · ${snippetOf(thread.elements[0]!)}`;
    removed.push({ kind: 'comments', text: snippet(text) });
    heading?.remove();
    for (const el of thread.elements) el.remove();
  }
  forgetAnchorLength(ctx);
  const doomed = widgetBoxes(ctx.body, (el) => protectedEl(el, ctx));
  for (const [el, text] of shortTextElements(ctx.body)) {
    if (doomed.some(([d]) => d.contains(el))) continue;
    // A sponsor's label marks the advert around it, which may open or close with it.
    if (SPONSOR_LABEL.test(text)) {
      for (const ad of sponsoredBlock(el, ctx.body)) if (!protectedEl(ad, ctx)) doomed.push([ad, 'ad']);
      continue;
    }
    const kind = blockKind(text);
    if (!kind) continue;
    const max = kind === 'comments' ? 20_000 : MAX_BLOCK_CHARS[kind];
    const block = climb(el, ctx, max, text, kind === 'related');
    if (block) doomed.push([withHeading(block, ctx, max), kind]);
  }
  // Comment blocks go now: left in, a long one can outweigh a short story in Readability's scoring.
  drop(doomed.filter(([, kind]) => kind === 'comments'), removed, ctx);
  const restore = lift(doomed.filter(([, kind]) => kind !== 'comments'), removed, ctx);
  for (const [el, text] of shortTextElements(ctx.body)) {
    if (related.some((r) => r.element.contains(el))) continue;
    if (text.length > 60 || !isRelatedHeading(text) || !/^H[1-6]$|^(?:DIV|SPAN|P|STRONG|B|EM|I|HEADER|LEGEND|LABEL|SUMMARY)$/.test(el.tagName)) continue;
    const climbed = climb(el, ctx, MAX_BLOCK_CHARS.related, text, true);
    const links = climbed ? climbed.querySelectorAll('a[href]').length : 0;
    // A box of one link under its label ("Leia também: …") is a related block too, when the link is all it says
    // besides its label (and a note a screen reader hears: lemonde.fr's "Lire aussi" + "Article réservé à nos
    // abonnés" + the link).
    const boxChars = climbed ? norm(climbed.textContent).length : 0;
    // The link is another story's headline, not a section's "[edit]".
    const single = !!climbed && links === 1 && boxChars <= 300 && linkShare(climbed) * boxChars >= 0.6 * (boxChars - text.length) && wordsIn(norm(climbed.querySelector('a[href]')?.textContent)) >= 3;
    const block = climbed && (links >= 2 || single) ? climbed : climbed && headingWithFollowers(climbed, ctx);
    if (block) related.push({ element: block, heading: text });
  }
  // Teaser lists where Readability may take them with the story: it scores the paragraphs' parents and
  // grandparents and takes the best one's siblings too.
  const region = ctx.anchor?.parentElement?.parentElement ?? ctx.body;
  const keep = (el: Element): boolean => protectedEl(el, ctx);
  for (const list of [...teaserLists(region, keep).map((l) => namedList(l, ctx)), ...teaserCards(region, keep)]) {
    if (!related.some((r) => r.element.contains(list) || list.contains(r.element))) related.push({ element: list, heading: '' });
  }
  drop(
    related.map((r) => [r.element, 'related']),
    removed,
    ctx,
  );
  restore();
  return { removed, related };
}
