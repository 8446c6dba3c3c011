// A phrase inside a paragraph's sentence keeps its words whatever its class says: Readability drops any element whose
// class or id sounds like page furniture, and yahoo.com marks phrases for its selection-sharing tool with
// class="comment-selection", so a sentence of the story read "given to him by a According to a , she had waited".
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const URL = 'https://news.example.com/entertainment/singer-throws-gift';
const FILLER = [
  'Tensions are high between the singer and his fans right now, after a run of cancelled meet and greets this spring.',
  'In the short clip, fans crowd around the car and someone hands him a blue item, maybe a little too close to his face.',
  'The singer has yet to address the situation, and his management did not answer a request for comment on Tuesday.',
].map((p) => `<p>${p}</p>`);

function text(paragraph: string): string {
  const body = [FILLER[0], FILLER[1], `<p>${paragraph}</p>`, FILLER[2]].join('');
  const html = `<!doctype html><head><title>Singer throws gift</title></head><body><main><article><h1>Singer throws gift</h1>${body}</article></main></body>`;
  return withDocument(html, URL, (doc) => extractArticle(doc, URL, null).text);
}

describe('phrases inside a sentence', () => {
  it.each([
    ['a selection-sharing mark (yahoo.com)', 'The gift turned out to be a flag, given to him by a<a href="https://www.nme.com/news/1"> <span class="comment-selection">15-year-old girl</span></a><span class="comment-selection">. </span>According to a <span class="comment-selection">Facebook post</span>, she had waited for hours outside his hotel.', 'given to him by a 15-year-old girl. According to a Facebook post, she had waited'],
    ['an id that sounds like a menu', 'The band played the <em id="menu-item-7">whole first album</em> from start to finish before the encore on Saturday night.', 'played the whole first album from start'],
  ])('%s stays in its sentence', (_, paragraph, expected) => {
    expect(text(paragraph)).toContain(expected);
  });

  it('a paragraph that is only a furniture element is still judged as furniture', () => {
    // The class is kept where the element is the whole line, so what names it furniture still counts.
    const out = text('<span class="comment-count">12 comments</span>');
    expect(out).not.toContain('12 comments');
    expect(out).toContain('Tensions are high');
  });
});
