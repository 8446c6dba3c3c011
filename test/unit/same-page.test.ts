// One answer to "is this link the page itself?", for related cards and video links alike: the same page whatever
// its fragment, scheme, "www.", trailing slash, case or campaign tags; another page when a parameter names it.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { samePage } from '../../src/core/domain.ts';
import { cutVideoTeasers } from '../../src/core/extract/video-teasers.ts';

describe('samePage', () => {
  it.each([
    ['https://www.example.com/news/a-story/', 'http://example.com/news/a-story#comments'],
    ['https://example.com/News/A-Story', 'https://example.com/news/a-story'],
    ['https://example.com/a?utm_source=twitter&utm_medium=social', 'https://example.com/a'],
    ['https://example.com/view?id=12&fbclid=abc', 'https://example.com/view?id=12'],
  ])('%s is %s', (a, b) => {
    expect(samePage(a, b)).toBe(true);
  });

  it.each([
    ['http://entermedia.co.kr/news/news_view.html?idx=8723', 'http://entermedia.co.kr/news/news_view.html?idx=8724'],
    ['https://example.com/a', 'https://example.com/b'],
    ['https://example.com/a', 'https://example.org/a'],
  ])('%s is not %s', (a, b) => {
    expect(samePage(a, b)).toBe(false);
  });
});

describe('video links', () => {
  const teaser = (href: string, pageUrl: string): string[] =>
    withDocument(
      `<!doctype html><body><div id="c"><p>The council approved the new harbour wall on Tuesday night after a long debate.</p><div><a href="${href}">Watch the council debate the harbour wall plan</a></div></div></body>`,
      pageUrl,
      (doc) => {
        const removed: { kind: string; text: string }[] = [];
        cutVideoTeasers(doc.getElementById('c')!, pageUrl, removed as never);
        return removed.map((r) => r.text);
      },
    );

  it('another video page is a teaser; the page itself, reached with a campaign tag, is not', () => {
    expect(teaser('https://video.example.com/v/123', 'https://www.example.com/news/harbour')).toHaveLength(1);
    expect(teaser('https://www.example.com/video/harbour-debate', 'https://example.com/video/harbour-debate/?utm_source=newsletter')).toEqual([]);
  });
});
