// Images before Readability: lazy sources copied into src, and attribute names that setAttribute rejects
// removed, so Readability's <noscript> image unwrapping cannot throw and lose the story.
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { isPlaceholderSrc, resolveLazyImage } from '../../src/core/extract/lazy-images.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const URL = 'https://news.example.com/2024/05/harbour-storm';
const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the storm closed the harbour for two days and the ferry company cancelled every crossing to the islands.</p>`).join('');
// The HTML parser keeps `"htm` as a name when a quote lands inside a tag, as on real pages with broken templates.
const BROKEN_IMG = `<figure><img src="https://news.example.com/lazy.gif" "htm="https://news.example.com/harbour.jpg" 1x="https://news.example.com/harbour.jpg"><noscript><img src="https://news.example.com/harbour.jpg" alt="The harbour"></noscript></figure>`;
const PAGE = `<!doctype html><html lang="en"><head><title>Storm closes harbour</title></head><body><article><h1>Storm closes harbour</h1>${BROKEN_IMG}${STORY}</article></body></html>`;

describe('resolveLazyImage', () => {
  it('makes a page whose image attribute names setAttribute rejects safe for Readability', () => {
    // Without the clean-up Readability throws on this page: the failure the step exists for.
    expect(() => withDocument(PAGE, URL, (doc) => new Readability(doc).parse())).toThrow();
    const text = withDocument(PAGE, URL, (doc) => {
      doc.body.querySelectorAll('img, source').forEach(resolveLazyImage);
      const img = doc.querySelector('figure > img')!;
      expect(img.getAttributeNames()).toEqual(['src']);
      return new Readability(doc).parse()?.textContent ?? '';
    });
    expect(text).toContain('Paragraph 6');
  });

  it('keeps the story and its picture through the pipeline', () => {
    const article = withDocument(PAGE, URL, (doc) => extractArticle(doc, URL, null));
    expect(article.text).toContain('Paragraph 1: the storm closed the harbour');
    expect(article.text).toContain('Paragraph 6');
    expect(article.html).toContain('harbour.jpg');
  });

  it('copies a lazy source over a placeholder but never over a real picture', () => {
    withDocument('<body><img id="a" src="data:image/gif;base64,R0lGOD" data-src="/a.jpg"><img id="b" src="/real.jpg" data-src="/other.jpg"><img id="c" data-lazy-srcset="/c.jpg 1x"></body>', URL, (doc) => {
      doc.body.querySelectorAll('img, source').forEach(resolveLazyImage);
      expect(doc.getElementById('a')!.getAttribute('src')).toBe('/a.jpg');
      expect(doc.getElementById('b')!.getAttribute('src')).toBe('/real.jpg');
      expect(doc.getElementById('c')!.getAttribute('srcset')).toBe('/c.jpg 1x');
    });
  });

  it.each([
    ['nothing', '', true],
    ['a blank file', 'https://cdn.example.com/img/blank.gif', true],
    ['a one-pixel data: GIF', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', true],
    ['a picture file', 'https://cdn.example.com/img/harbour.jpg', false],
    ['a real inline PNG', `data:image/png;base64,${'A'.repeat(400)}`, false],
  ])('a src of %s is a placeholder: %s', (_what, src, want) => {
    expect(isPlaceholderSrc(src)).toBe(want);
  });
});
