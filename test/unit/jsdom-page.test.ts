// The offline page loader every batch tool and unit test shares: whatever a page holds, closing its window
// must not throw, or one odd page ends a whole manifest or benchmark run.
import { describe, expect, it } from 'vitest';
import { parseHtml, withDocument } from '../../scripts/lib/jsdom-page.ts';

const URL = 'https://news.example.com/story';

describe('parseHtml / withDocument', () => {
  it('closes a page with an <iframe> in MathML beside a real one (jsdom counts both as frames)', () => {
    // The head's iframe is moved into the body by the parser; the one under <math> is a MathML element
    // that jsdom's frame count matches by name but never gives a window.
    const html = '<head><iframe src="https://frames.example/"></iframe></head><body><p>a</p>'
      + '<math><svg><foreignObject><iframe src="javascript:1"></iframe></foreignObject></svg><p>b</p></body>';
    const page = parseHtml(html, URL, { onError: () => undefined });
    expect(Array.from(page.doc.querySelectorAll('iframe')).map((f) => f.namespaceURI)).toEqual([
      'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML',
    ]);
    expect(() => page.close()).not.toThrow();
  });

  it('closes a page with frames jsdom never gave a window (javascript: source, frameset)', () => {
    for (const html of ['<body><iframe src="javascript:1"></iframe><iframe srcdoc="x"></iframe></body>', '<frameset><frame src="javascript:1"></frameset>']) {
      expect(withDocument(html, URL, (doc) => doc.querySelectorAll('iframe, frame').length, { onError: () => undefined })).toBeGreaterThan(0);
    }
  });
});
