// Listing pages (an aggregator's tag or topic page): the story cards as a clean list, with cards
// that cover the same story grouped, and promos or sponsored cards left out.
import type { ListingItem, RemovedBlock } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';
import { parseCard, storyCards, type Card } from './extract/cards.ts';
import { blockKind } from './extract/patterns.ts';
import { snippet } from './extract/text.ts';
import { removeClutter } from './extract/clutter.ts';
import { cosine, distinctiveWords, sameStoryTitles, shared, vectorize } from './extract/topic.ts';
import { domainOfUrl, sameSite } from './domain.ts';
import { wordsIn } from './text.ts';

const SPONSORED = /\b(?:sponsored|advertisement|promoted|paid (?:post|content)|partner content)\b/i;

/** Cards this close in topic report the same story. */
export const SAME_STORY_CARDS = 0.3;

function groupCards(cards: Card[]): number[] {
  const vectors = vectorize(cards.map((c) => `${c.title} ${c.title} ${c.summary ?? ''}`));
  const titles = distinctiveWords(cards.map((c) => c.title));
  const texts = distinctiveWords(cards.map((c) => `${c.title} ${c.summary ?? ''}`));
  const parent = cards.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      // The same story, or cards that read alike overall.
      // Headlines sharing a story's rare words, or one of them with five or more in common in the summaries.
      const rare = sameStoryTitles(titles[i]!, titles[j]!) || (shared(titles[i]!, titles[j]!).length >= 1 && shared(texts[i]!, texts[j]!).length >= 5);
      if (rare || cosine(vectors[i]!, vectors[j]!) >= SAME_STORY_CARDS) parent[find(j)] = find(i);
    }
  }
  // Group numbers in order of first appearance: 1, 2, 3…
  const numbers = new Map<number, number>();
  return cards.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size + 1);
    return numbers.get(root)!;
  });
}

/** The story cards of a listing page as items, and the sponsored cards left out of them (reported as ads). */
export function extractListing(doc: Document, url: string, rule: SiteRule | null): { items: ListingItem[]; sponsored: RemovedBlock[] } {
  const body = doc.body;
  const sponsored: RemovedBlock[] = [];
  if (!body) return { items: [], sponsored };
  const elements = rule?.selectors?.listingItem ? Array.from(body.querySelectorAll(rule.selectors.listingItem)) : storyCards(body);
  const hostDomain = domainOfUrl(url);
  const cards: Card[] = [];
  const seen = new Set<string>();
  for (const el of elements) {
    const card = parseCard(el, url);
    // Twelve characters, or four words (a short headline in Japanese or Chinese).
    if (!card || (card.title.length < 12 && wordsIn(card.title) < 4)) continue;
    const text = card.text;
    if (SPONSORED.test(text.slice(0, 200))) {
      sponsored.push({ kind: 'ad', text: snippet(text) });
      continue;
    }
    if (blockKind(card.title, false)) continue;
    const key = card.url ?? card.title;
    if (seen.has(key)) continue;
    seen.add(key);
    cards.push(card);
  }
  const groups = groupCards(cards);
  const items = cards.map((c, i) => {
    const linkDomain = c.url ? domainOfUrl(c.url) : '';
    return {
      title: c.title,
      outlet: c.outlet,
      // A card linking off-site links to the outlet itself; on-site links say nothing about the outlet.
      domain: linkDomain && !sameSite(linkDomain, hostDomain) ? linkDomain : null,
      time: c.time,
      summary: c.summary,
      url: c.url,
      group: groups[i]!,
    };
  });
  return { items, sponsored };
}

/** What the clean list leaves out of a listing page (promos, app banners, consent), for "show removed". */
export function listingFurniture(doc: Document): RemovedBlock[] {
  const clone = doc.cloneNode(true) as Document;
  const body = clone.body;
  if (!body) return [];
  return removeClutter({ body, anchor: null, title: clone.getElementsByTagName('h1')[0] ?? null }).removed.filter((r) => r.kind !== 'related');
}
