// Captions stay in the clean view beside their pictures but are not story text. Readability drops every class
// it is not told to keep, so captions are marked by their class before it runs (real shapes from two sites), and a
// container merely named so keeps its paragraphs in the text.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const PARAS = [
  'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and route.',
  'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.',
  'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work to start sooner.',
  'The harbour master said the old wall had been patched eleven times since 1990 and could not be patched again.',
];

function extract(figure: string): { text: string; html: string } {
  const body = `<article><h1>Council approves the harbour wall</h1><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${figure}<p>${PARAS[2]}</p><p>${PARAS[3]}</p></article>`;
  return withDocument(`<!doctype html><html><head><title>Council approves the harbour wall</title></head><body>${body}</body></html>`, 'https://news.example.com/a', (doc) => {
    const a = extractArticle(doc, 'https://news.example.com/a', null);
    return { text: a.text, html: a.html };
  });
}

describe('captions', () => {
  it.each([
    // jeongdongtheater.com (WordPress): the caption paragraph beside the picture.
    ['WordPress', '<div class="wp-caption aligncenter"><img src="/a.jpg" alt="" width="960" height="720"><p class="wp-caption-text">2018 Tradition Series Performance at the harbour festival</p></div>', '2018 Tradition Series Performance'],
    // businessinsider.com: a caption span under the picture.
    ['Business Insider', '<figure><img src="/b.jpg" alt=""><span class="caption">The harbour wall seen from the ferry terminal in March.</span></figure>', 'seen from the ferry terminal'],
    // msn.com: the caption holding a photo credit.
    ['MSN', '<div><img src="/c.jpg" alt=""><span class="caption truncate"><span class="attribution">© John Brecher</span> Needle poking skin during a flu shot at a community health center.</span></div>', 'John Brecher'],
    // A line under a picture that repeats the picture's alt text, with no class to tell.
    // appleinsider.com: the caption in a grey <span>.
    ['appleinsider.com', '<div align="center"><div class="article-img"><img src="/k.jpg" alt="Inverted \'T\' design for arrow keys"></div><br><span class="minor2 small gray">Inverted \'T\' design for arrow keys</span></div>', 'Inverted \'T\' design'],
    // space.com: the same, in a figure.
    ['space.com', '<figure><img src="/e.jpg" alt="An artist\'s illustration of a plume of water vapor over the moon"><div><p>An artist\'s illustration of a plume of water vapor over the moon</p></div></figure>', 'plume of water vapor'],
  ])('%s: the caption is in the view, not in the text', (_site, figure, caption) => {
    const { text, html } = extract(figure);
    expect(text).not.toContain(caption);
    expect(html).toContain(caption);
    for (const p of PARAS) expect(text).toContain(p);
  });

  it('a story paragraph is not a caption because a picture\'s alt text quotes it', () => {
    // The alt text repeats the story's second paragraph, which stands among the others, not in the picture's box.
    const { text } = extract(`<div><img src="/a.jpg" alt="${PARAS[1]}"></div>`);
    for (const p of PARAS) expect(text).toContain(p);
  });

  it('a container named like a caption that holds paragraphs keeps them in the text', () => {
    const extra = 'The wall will be built from granite quarried on the island, the contractor said, to match the old quay.';
    const { text } = extract(`<div class="article-caption"><p>${extra}</p><p>Additional reporting on the harbour plan came from the island desk team.</p></div>`);
    expect(text).toContain(extra);
  });
});
