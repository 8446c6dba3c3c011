// Cleans Readability's output: lines of furniture it kept, teasers glued after the story's end,
// and truncated excerpts of other stories at the tail.
import type { RemovedBlock } from '../types.ts';
import { blockKind, END_OF_STORY, isRelatedHeading, LINE_CLUTTER, RIGHTS_NOTICE } from './patterns.ts';
import { ENDS_SENTENCE, linkShare, norm, snippet } from './text.ts';
import { MONTH_WORD } from '../text.ts';
import { removeFurnitureAndLinkLines } from './furniture-lines.ts';
import { cutAuthorBox } from './author-box.ts';
import { cutVideoTeasers } from './video-teasers.ts';
import { cutTrailingCalls } from './trailing-calls.ts';
import { cutLinkCards } from './story-teasers.ts';
import { cutFormLabels, cutNavElements } from './interface-blocks.ts';
import { cutHeadingsOverNothing, MEDIA_HOLDERS } from './headings-over-nothing.ts';
import { elementsByTag, holdsTag, listOf, tagSet } from '../dom-scan.ts';

const BLOCKS = tagSet('p, div, section, aside, figcaption, span, h2, h3, h4, h5, h6, li, ul, ol, blockquote, figure, footer, header');

/** Leaf-most blocks in document order: blocks without block descendants. */
const LEAF_TAGS = tagSet('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd');
const LEAF_INNER = tagSet('p, li, blockquote, pre, h1, h2, h3, h4, h5, h6');
export const leafBlocks = (root: Element): Element[] => elementsByTag(root, LEAF_TAGS, LEAF_INNER);

function removeFurnitureLines(root: Element, removed: RemovedBlock[]): void {
  for (const el of elementsByTag(root, BLOCKS)) {
    if (!root.contains(el)) continue;
    const text = norm(el.textContent);
    if (!text) {
      // Empty shells left behind (ad slots, lazy widgets) add nothing; keep media holders.
      if (!holdsTag(el, MEDIA_HOLDERS)) el.remove();
      continue;
    }
    if (text.length <= 240 && LINE_CLUTTER.test(text)) {
      removed.push({ kind: /advert|sponsor|^ad$/i.test(text) ? 'ad' : 'promo', text: snippet(text) });
      el.remove();
      continue;
    }
    const kind = el.tagName === 'LI' ? null : blockKind(text);
    if (kind) {
      removed.push({ kind, text: snippet(text) });
      el.remove();
    }
  }
}

/**
 * Everything after an end-of-story line ("This column reflects the personal views…", a wire's rights notice) is
 * not the story. The line is found before furniture lines are removed, since a short notice is itself one of them;
 * a comment node keeps its place.
 */
function markStoryEnd(root: Element): Comment | null {
  const blocks = leafBlocks(root);
  let endAt = -1;
  blocks.forEach((b, i) => {
    const text = norm(b.textContent);
    // Only an end marker in the last part of the text counts; an early one is a quote or a note. A rights notice
    // is neither, and what a page sets after its release (a conference's whole session list) may be longer than it.
    if ((i >= blocks.length * 0.5 && END_OF_STORY.test(text)) || (i >= 3 && RIGHTS_NOTICE.test(text))) endAt = i;
  });
  if (endAt < 0) return null;
  const mark = root.ownerDocument.createComment('story-end');
  blocks[endAt]!.after(mark);
  return mark;
}

function cutAfterEnd(root: Element, mark: Comment | null, removed: RemovedBlock[]): void {
  if (!mark) return;
  if (root.contains(mark)) {
    for (const b of leafBlocks(root)) {
      const text = norm(b.textContent);
      if (!text || !root.contains(b) || !(mark.compareDocumentPosition(b) & 4 /* FOLLOWING */)) continue;
      removed.push({ kind: 'related', text: snippet(text) });
      b.remove();
    }
  }
  mark.remove();
}

/**
 * A sign-off closes a paragraph too: a wire's ("… with the ministry. — Bernama", "… into the US. PTI") and a quoted
 * reviewer's or author's, with where they write ("I loved this book. -- Ami Bray, Loganberry Books" on cleveland.com,
 * "… Hallo!” – Charles Dickens, A Christmas Carol" on foxbusiness.com).
 */
const SIGN_OFF_END = /[.!?"”’]\s*[-–—]+\s*\p{Lu}[\p{L}&.' ]{1,40}(?:,\s*\p{Lu}[\p{L}&.' ]{1,40})?$|[.!?]["”’]?\s+\p{Lu}{2,8}$/u;

/** "For more information, please visit www.example.com": a press release's boilerplate ends on an address. */
const ENDS_WITH_ADDRESS = /(?:https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?|\S+@\S+\.\w+)$/i;

/** Excerpts of other stories glued after the story end mid-sentence ("…would be enough to remove at"). */
function cutTruncatedTail(root: Element, removed: RemovedBlock[]): void {
  const blocks = leafBlocks(root).filter((b) => b.tagName === 'P' || b.tagName === 'DIV');
  const lengths = blocks.map((b) => norm(b.textContent).length);
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - 8); i--) {
    const b = blocks[i]!;
    const text = norm(b.textContent);
    if (text.length < 150 || ENDS_SENTENCE.test(text) || SIGN_OFF_END.test(text) || ENDS_WITH_ADDRESS.test(text)) break;
    // Glued after a story, so a story must stand before it: a poem or a post of one paragraph without a final
    // full stop is the story itself.
    const before = lengths.slice(0, i).reduce((sum, n) => sum + (n >= 80 ? n : 0), 0);
    if (before < Math.max(400, 2 * text.length)) break;
    removed.push({ kind: 'related', text: snippet(text) });
    b.remove();
  }
}

/** A paragraph of the story: long enough, mostly its own words rather than links, ending a sentence. */
function isProse(el: Element, text: string): boolean {
  if (text.length < 80) return false;
  // A Japanese paragraph may close on its quote (「…」).
  return linkShare(el) < 0.35 && (ENDS_SENTENCE.test(text) || SIGN_OFF_END.test(text) || /[」』]$/.test(text));
}

/**
 * A line of a calendar or a programme: a date or a range of dates, then a colon or a tilde ("Jan. 17-18: Alabama
 * Regional Future City Competition, …" on al.com, "2018.04.05 ~ OPEN RUN Tue – Sat 4PM" on jeongdongtheater.com).
 * A headline that opens on a date goes on with words ("Jan. 6 panel subpoenas …").
 */
const SCHEDULE_LINE = new RegExp(String.raw`^(?:${MONTH_WORD}\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[:~～]`, 'i');

/**
 * A line that reads like another story's headline: short, several words, no sentence end, not a fact line
 * ("VIP : 60,000₩", "Inquiry 02-751-1500", an address) nor a calendar's line.
 */
function headlineShaped(text: string): boolean {
  if (text.length < 15 || text.length > 140 || ENDS_SENTENCE.test(text)) return false;
  if (text.split(/\s+/).length < 3 || /\s:\s|:\/\/|\bwww\./.test(text) || SCHEDULE_LINE.test(text)) return false;
  return (text.match(/\d/g)?.length ?? 0) < 0.15 * text.length;
}

/** Headlines are set in title case ("Man Shot at Dallas Gas Station Dies"); a feature list is not. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/**
 * A list the story introduces under a heading of its own ("Qualified teams" over "England (Group A): 10th
 * appearance", …) is the story's, however headline-like its items; under "Related" it is other stories.
 */
function introducedList(b: Element): boolean {
  const list = b.localName === 'li' ? b.parentElement : null;
  const intro = list?.previousElementSibling;
  if (!intro || !/^h[2-6]$/.test(intro.localName)) return false;
  const heading = norm(intro.textContent);
  return !!heading && !isRelatedHeading(heading);
}

/**
 * The story ends with its last paragraph; what follows must prove it belongs. Lists that are mostly links, and
 * runs of two or more headline-shaped lines in title case (plain headlines under a "Related News" heading), go;
 * notes, quotes, pictures, fact boxes, feature lists and further paragraphs stay.
 */
function cutAfterStoryEnd(root: Element, removed: RemovedBlock[]): void {
  const blocks = leafBlocks(root);
  let last = -1;
  blocks.forEach((b, i) => {
    if (isProse(b, norm(b.textContent))) last = i;
  });
  if (last < 0) return;
  const after = blocks.slice(last + 1).filter((b) => root.contains(b));
  const cut = (b: Element): void => {
    const text = norm(b.textContent);
    if (text) removed.push({ kind: 'related', text: snippet(text) });
    b.remove();
  };
  for (let i = 0; i < after.length; i++) {
    const b = after[i]!;
    if (!root.contains(b)) continue;
    const text = norm(b.textContent);
    const list = b.tagName === 'LI' ? b.parentElement : null;
    if (list && root.contains(list) && linkShare(list) >= 0.5 && list.children.length >= 2) {
      for (const item of listOf(list.children)) removed.push({ kind: 'related', text: snippet(norm(item.textContent)) });
      list.remove();
      continue;
    }
    if (headlineShaped(text) && !introducedList(b)) {
      let j = i;
      while (j + 1 < after.length && headlineShaped(norm(after[j + 1]!.textContent))) j++;
      const run = after.slice(i, j + 1);
      // Two or more, most in title case: a list of features or steps in sentence case is the story's.
      if (j > i && run.filter((r) => titleCase(norm(r.textContent))).length * 2 > run.length) {
        for (const r of run) if (root.contains(r)) cut(r);
      }
      i = j;
    }
  }
}

/** What a video player shows around its picture: its button, its label, its running time. */
const PLAYER_WORD = /^(?:play video|watch(?: video| now)?:?|video ad feedback|just watched|must watch|now playing|click to watch)$/i;
const DATED = new RegExp(String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b${MONTH_WORD}\s+\d{1,2},?\s+\d{4}\b`, 'i');
const RUNNING_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[-–]\s*source:.*)?$/i;

/**
 * A video player left in the story: its picture, its "Play Video" or "Video Ad Feedback" and its running time
 * ("05:22"), with another story's title (cnn.com's players between paragraphs, independent.co.uk's, cnet.com's,
 * timesofindia.com's "Watch …" link, deadspin.com's bare "Watch"). The player goes up to the block that holds
 * the story's own paragraphs; a time of day in a table or a line of the story is not a player.
 */
function cutVideoPlayers(root: Element, removed: RemovedBlock[]): void {
  const marks: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm(n.nodeValue);
    if (t.length > 40 || !(PLAYER_WORD.test(t) || RUNNING_TIME.test(t))) continue;
    const el = n.parentElement;
    if (el && el !== root && norm(el.textContent) === t && !el.closest('td, th, table')) marks.push(el);
  }
  for (const mark of marks) {
    if (!root.contains(mark)) continue;
    let player: Element = mark;
    for (let up = mark.parentElement; up && up !== root; up = up.parentElement) {
      const text = norm(up.textContent);
      if (text.length > 300 || leafBlocks(up).some((b) => isProse(b, norm(b.textContent)))) break;
      player = up;
    }
    // A running time counts only beside the player's picture, and a time beside a date is when a story was
    // published ("17:08 10/04/2011" under a headline), not how long a video runs.
    if (RUNNING_TIME.test(norm(mark.textContent)) && (!player.querySelector('img, picture, video, iframe') || DATED.test(norm(player.textContent)))) continue;
    const text = norm(player.textContent);
    removed.push({ kind: text.length > norm(mark.textContent).length + 10 ? 'related' : 'other', text: snippet(text) });
    player.remove();
  }
}

export function postClean(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const end = markStoryEnd(root);
  cutNavElements(root, removed);
  cutFormLabels(root, removed);
  cutLinkCards(root, removed);
  cutVideoPlayers(root, removed);
  cutVideoTeasers(root, root.ownerDocument.URL, removed);
  removeFurnitureLines(root, removed);
  removeFurnitureAndLinkLines(root, removed);
  cutAfterEnd(root, end, removed);
  cutAfterStoryEnd(root, removed);
  cutTruncatedTail(root, removed);
  cutAuthorBox(root, leafBlocks(root), root.ownerDocument.URL, removed);
  cutTrailingCalls(root, leafBlocks(root), removed);
  cutHeadingsOverNothing(root, removed);
  return removed;
}
