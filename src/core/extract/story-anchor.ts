// The story's likely container, found cheaply before Readability runs, so that clutter removal keeps off the
// story (and, where Readability settles on a teaser, a second opinion on what the story is).
import { norm } from './text.ts';
import { classLower, closestWhere } from '../dom-scan.ts';
import { heaviest, runningText } from '../weights.ts';

/** A paragraph this long is running text, the story's or a run of it (story-sections.ts). */
export const PARAGRAPH_CHARS = 80;

/** `a, [id*="comment" i], [class*="comment" i], [id*="disqus" i], [class*="respond" i], [id*="respond" i], [itemtype*="Comment"]`. */
function linkOrComments(el: Element): boolean {
  if (el.localName === 'a') return true;
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  const cls = classLower(el);
  return id.includes('comment') || cls.includes('comment') || id.includes('disqus') || cls.includes('respond') || id.includes('respond') || (el.getAttribute('itemtype') ?? '').includes('Comment');
}

export interface StoryAnchor {
  el: Element | null;
  /** Found by running text, not paragraphs: it guards the story from clutter removal but is no second opinion on it. */
  running: boolean;
  /** Every parent of long paragraphs, in page order, and the heaviest of them (story-sections.ts). */
  parents: Element[];
  densest: Element | null;
}

/**
 * The element that most likely holds the story: the parent with the most long-paragraph text.
 * Cheap stand-in for Readability's scoring, good enough to keep clutter removal off the story.
 */
export function findStoryAnchor(body: Element): StoryAnchor {
  const weight = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p')).slice(0, 3000)) {
    const len = norm(p.textContent).length;
    // User comments can outweigh a short post; they are never the story.
    if (len < PARAGRAPH_CHARS || closestWhere(p, linkOrComments)) continue;
    const parent = p.parentElement;
    // Like Readability's paragraph score: many paragraphs beat one long card summary.
    if (parent) weight.set(parent, (weight.get(parent) ?? 0) + 1 + Math.min(len / 100, 3));
  }
  const best = heaviest(weight);
  const found = { parents: [...weight.keys()], densest: best };
  if (best && weight.get(best)! >= STORY_WEIGHT) return { el: best, running: false, ...found };
  // Fewer than about three long paragraphs: the story may not be written in <p> at all (lines split by <br>, a
  // post made of list items). The block holding the most running text is then a better anchor.
  // It must clearly outweigh the paragraphs found: a short story's wrapper holds little more than the story.
  const running = runningTextBlock(body);
  if (running && running.chars >= Math.max(1000, 3 * norm(best?.textContent).length)) return { el: running.el, running: true, ...found };
  return { el: best, running: false, ...found };
}

/** What three long paragraphs weigh in findStoryAnchor. */
const STORY_WEIGHT = 8;
const BLOCK_TAGS = new Set(['DIV', 'LI', 'TD', 'P', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'DD', 'PRE', 'BODY', 'MAIN']);
const NOT_RUNNING = 'a, h1, h2, h3, h4, h5, h6, button, label, option, figcaption, script, style, noscript, template, footer, nav, aside';

/** The block (or one of its next two ancestors) with the most text outside links, headings, comments, footers, navigation and asides. */
function runningTextBlock(body: Element): { el: Element; chars: number } | null {
  // Up to the list's parent: a post made of several lists is one block (on a tie the innermost wins).
  const under = runningText(body, 3, (n) => {
    const len = norm(n.nodeValue).length;
    if (len < 20) return null;
    let block = n.parentElement;
    if (!block || block.closest(NOT_RUNNING) || closestWhere(block, linkOrComments)) return null;
    while (block.parentElement && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
    return { el: block, len };
  });
  const el = heaviest(under);
  return el ? { el, chars: under.get(el)! } : null;
}
