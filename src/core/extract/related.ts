// Related-article blocks: split their cards into same-story coverage (kept as a short list) and
// unrelated clutter (removed), by topic similarity with the story.
import type { CoverageItem, RemovedBlock } from '../types.ts';
import { cosine, vectorize } from './topic.ts';
import { httpUrl } from '../domain.ts';
import { norm, snippet } from './text.ts';
import type { RelatedBlock } from './clutter.ts';

export interface Card {
  title: string;
  url: string | null;
  outlet: string | null;
  time: string | null;
  summary: string | null;
  text: string;
}

const RELATIVE_TIME = /^(?:time\s*)?(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^(?:time\s*)?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/i;


/** Short lines of a card in order (leaf text), for picking outlet and time. */
function lines(el: Element): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm(n.nodeValue);
    if (t) out.push(t);
  }
  return out;
}

/** The element whose children are the cards: the one with the most children holding a titled link. */
export function cardElements(block: Element): Element[] {
  let best: Element[] = [];
  const candidates = [block, ...Array.from(block.querySelectorAll('*')).slice(0, 2000)];
  for (const el of candidates) {
    const cards = Array.from(el.children).filter((c) =>
      Array.from(c.querySelectorAll('a[href]')).concat(c.matches('a[href]') ? [c] : []).some((a) => norm(a.textContent).length >= 15),
    );
    if (cards.length > best.length) best = cards;
  }
  return best;
}

export function parseCard(card: Element, baseUrl: string): Card | null {
  const links = Array.from(card.querySelectorAll('a[href]')).concat(card.matches('a[href]') ? [card] : []);
  const heading = card.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const titleLink = links.find((a) => norm(a.textContent).length >= 15) ?? null;
  const title = norm(heading?.textContent) || norm(titleLink?.textContent) || (card.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  if (!title) return null;
  const ls = lines(card);
  let outlet: string | null = null;
  let time: string | null = null;
  for (let i = 0; i < ls.length; i++) {
    // The outlet name sits right before the time on aggregator cards ("Russia Today · 26 minutes ago").
    if (RELATIVE_TIME.test(ls[i]!)) {
      time = ls[i]!.replace(/^time\s*/i, '');
      const cand = i > 0 ? ls[i - 1]! : '';
      if (cand && cand !== title && cand.length <= 40 && !/^time$/i.test(cand)) outlet = cand;
      break;
    }
  }
  // "Source: BBC News" lines on topic hubs.
  const src = ls.findIndex((l) => /^(?:source|via|from)\s*:?$/i.test(l));
  if (!outlet && src >= 0 && ls[src + 1] && ls[src + 1]!.length <= 40) outlet = ls[src + 1]!;
  const summary = ls.filter((l) => l.length > 60 && l !== title).sort((a, b) => b.length - a.length)[0] ?? null;
  const href = (heading?.closest('a') ?? titleLink)?.getAttribute('href') ?? null;
  return { title, url: httpUrl(href, baseUrl), outlet, time, summary, text: norm(card.textContent) };
}

/** Similarity above which a related card is taken to report the same story. */
export const SAME_STORY = 0.18;
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
    const cards = cardElements(block.element)
      .map((c) => parseCard(c, baseUrl))
      .filter((c): c is Card => c !== null);
    if (cards.length === 0) {
      removed.push({ kind: 'related', text: snippet(block.element.textContent ?? '') });
      continue;
    }
    // Title counts double: it names the story; the lead carries its specifics.
    const storyText = `${story.title} ${story.title} ${story.text.slice(0, LEAD)}`;
    const vectors = vectorize([storyText, ...cards.map((c) => `${c.title} ${c.title} ${(c.summary ?? '').slice(0, LEAD)}`)]);
    cards.forEach((card, i) => {
      const sim = cosine(vectors[0]!, vectors[i + 1]!);
      if (sim >= SAME_STORY) coverage.push({ title: card.title, outlet: card.outlet, url: card.url });
      else removed.push({ kind: 'related', text: snippet(`${card.title}${card.outlet ? ` — ${card.outlet}` : ''}`) });
    });
  }
  return { coverage, removed };
}
