// Related-article blocks: split their cards into same-story coverage (kept as a short list) and
// unrelated clutter (removed), by topic similarity with the story.
import type { CoverageItem, RemovedBlock } from '../types.ts';
import { cosine, distinctiveWords, sameStoryTitles, vectorize } from './topic.ts';
import { norm, snippet } from './text.ts';
import { cardElements, parseCard, type Card } from './cards.ts';
import type { RelatedBlock } from './clutter.ts';
import { samePage } from '../domain.ts';
import { listOf } from '../dom-scan.ts';

/** Similarity above which a related card is taken to report the same story. */
export const SAME_STORY = 0.18;
/** The same, for a card whose headline shares the story headline's rare words. */
const SAME_STORY_BY_TITLE = 0.12;
// The lead carries a story's specifics; later paragraphs drift into background shared with other stories.
const LEAD = 800;

export function judgeRelated(
  blocks: RelatedBlock[],
  story: { title: string; text: string },
  baseUrl: string,
): { coverage: CoverageItem[]; removed: RemovedBlock[] } {
  const coverage: CoverageItem[] = [];
  const removed: RemovedBlock[] = [];
  for (const block of blocks) {
    const read = new Map<Element, Card>();
    for (const el of cardElements(block.element)) {
      const card = parseCard(el, baseUrl);
      if (card) read.set(el, card);
    }
    const cards = [...read.values()];
    if (cards.length === 0) {
      removed.push({ kind: 'related', text: snippet(block.element.textContent ?? '') });
      continue;
    }
    // What the block held beside its cards (an item whose headline is too short to read as one, a "More" link)
    // left the page with it, and is listed too.
    for (const el of listOf([...read.keys()][0]!.parentElement?.children ?? [])) {
      const text = read.has(el) || /^(?:script|style|noscript|template)$/.test(el.localName) ? '' : norm(el.textContent);
      if (text) removed.push({ kind: 'related', text: snippet(text) });
    }
    // Title counts double: it names the story; the lead carries its specifics.
    const storyText = `${story.title} ${story.title} ${story.text.slice(0, LEAD)}`;
    const vectors = vectorize([storyText, ...cards.map((c) => `${c.title} ${c.title} ${(c.summary ?? '').slice(0, LEAD)}`)]);
    const titles = distinctiveWords([story.title, ...cards.map((c) => c.title)]);
    cards.forEach((card, i) => {
      const sim = cosine(vectors[0]!, vectors[i + 1]!);
      // A list of popular stories may hold the story itself, and a card may link nowhere but the page ("#"): neither
      // is coverage of the story; like any other card of the block, it is listed as removed.
      const self = !!card.url && samePage(card.url, baseUrl);
      // A headline naming the story's own rare words needs less overlap in the text.
      if (!self && (sim >= SAME_STORY || (sim >= SAME_STORY_BY_TITLE && sameStoryTitles(titles[0]!, titles[i + 1]!)))) {
        // A page may show the same card in two boxes; the reader sees it once.
        if (!coverage.some((c) => (c.url ?? c.title) === (card.url ?? card.title))) coverage.push({ title: card.title, outlet: card.outlet, url: card.url });
      }
      else removed.push({ kind: 'related', text: snippet(`${card.title}${card.outlet ? ` — ${card.outlet}` : ''}`) });
    });
  }
  return { coverage, removed };
}
