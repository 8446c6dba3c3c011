// A listing page's story cards, found by structure: shapes from real home and section pages (nytimes.com/es,
// wired.com), with the shape that looks like them but is one story.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { parseCard, storyCards } from '../../src/core/extract/cards.ts';

function titles(body: string): string[] {
  return withDocument(`<!doctype html><body>${body}</body>`, 'https://news.example.com/', (doc) =>
    storyCards(doc.body).map((c) => parseCard(c, 'https://news.example.com/')?.title ?? ''),
  );
}

const card = (title: string, n: number, extra = ''): string =>
  `<article><h2><a href="/2022/01/story-${n}.html">${title}</a></h2><p>A summary of the story that runs to a sentence or so.</p>${extra}</article>`;

const LEAD = ['The Olympics Are Being Run by the Host’s Own Rules', 'The Day I Gave Up on the Beatles', 'What Video Games Have to Do With the Metaverse'];
const RAIL = ['Another Variant Is Coming and the World Must Be Ready', 'I Want My Son to Learn to Be Lazy', 'Omicron Is Not the End of the Pandemic'];
const MORE = ['The Eat Well Challenge Starts on Monday', 'Diets Make You Feel Bad, So Train Your Brain', 'How the mRNA Vaccines Were Made'];

describe('story cards on a listing page', () => {
  it('nytimes.com/es: sections headed by an unlinked heading give every story of their lists', () => {
    const stories = [...LEAD, ...RAIL, ...MORE];
    // Four sections (Highlights, Opinion, Special, Coronavirus), each a heading without a link above an <ol>.
    const sections = [0, 1, 2, 3].map((s) => {
      const three = [0, 1, 2].map((i) => `<li>${card(stories[(s * 3 + i) % stories.length]!, s * 3 + i)}</li>`).join('');
      return `<div class="section"><h2>Section ${s}</h2><ol>${three}</ol></div>`;
    });
    const got = titles(`<main>${sections.join('')}</main>`);
    expect(got).toHaveLength(12);
    expect(got.slice(0, 9)).toEqual(stories);
  });

  it('wired.com: a grid cell wrapped three deep around a two-story list gives both stories', () => {
    const cell = (a: string, b: string, n: number): string =>
      `<div class="grid"><div class="grid-item"><div><div class="summary-list">${card(a, n)}${card(b, n + 1)}</div></div></div></div>`;
    const got = titles(`<section>${cell(LEAD[0]!, LEAD[1]!, 0)}${cell(RAIL[0]!, RAIL[1]!, 10)}</section>`);
    expect(got).toEqual([LEAD[0], LEAD[1], RAIL[0], RAIL[1]]);
  });

  it('a story card with a second link ("Read in English") stays one story, not two', () => {
    const one = (t: string, n: number): string =>
      `<li><article><div><h2><a href="/es/${n}.html">${t}</a></h2></div><div><a href="/en/${n}.html">Read in English here</a></div></article></li>`;
    expect(titles(`<ul>${RAIL.map((t, i) => one(t, i)).join('')}</ul>`)).toEqual(RAIL);
  });
});
