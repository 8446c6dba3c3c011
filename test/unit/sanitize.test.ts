// Regression cases for the sanitiser: each input is a shape the property test (sanitize-fuzz) once got
// through, or a classic vector that must stay covered even if the generator changes.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { sanitizeTree } from '../../src/core/extract/sanitize.ts';
import { untrustedViolations } from './fuzz/inert-check.ts';

const BASE = 'https://www.daily8.com/news/story';

/** Sanitises `html` as the pipeline does: as the tree a parser builds from it. */
function clean(html: string, base = BASE): { out: string; violations: string[] } {
  return withDocument('<!doctype html><body></body>', base, (doc) => {
    const parse = (markup: string): HTMLElement => new (doc.defaultView as Window & typeof globalThis).DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
    const root = parse(html);
    const before = root.innerHTML;
    const out = sanitizeTree(doc.defaultView!, root, base);
    // The story's tree is read, never changed: the sanitiser works on its own copy.
    expect(root.innerHTML).toBe(before);
    return { out, violations: untrustedViolations(parse(out)) };
  });
}

describe('sanitizeTree', () => {
  it.each([
    // Found by the property test: things DOMPurify allows by default that do not belong in the view.
    ['<slot name="x">slot</slot>', /<slot/],
    ['<p part="content" exportparts="content" slot="x">p</p>', /part=|slot=/],
    ['<p popover="manual">p</p>', /popover/],
    ['<title>t</title><noscript>n</noscript>', /<title|<noscript/],
    ['<p href="\\\\evil.example\\x" srcset="x.png 1x" src="x.png">p</p>', /href|srcset|src=/],
    ['<img src="mailto:someone@example.org">', /mailto/],
    ['<p xlink:href="https://evil.example/">p</p>', /xlink/],
    ['<video autoplay src="https://ok.example/v.mp4"></video>', /autoplay/],
    // Classic vectors.
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['<a href=" java&#x09;script:alert(1)">x</a>', /javascript/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', /svg/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror|<style|<math/],
    ['<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', /onerror|<style|<svg/],
    ['<form action="https://evil.example/"><input name="p"><button>go</button></form>', /<form|<input|<button|action/],
    ['<p is="x-evil">p</p>', /is="x-evil"/],
  ])('%s', (html, banned) => {
    const { out, violations } = clean(html);
    expect(violations).toEqual([]);
    expect(out).not.toMatch(banned);
  });

  it('keeps what a story needs: links made absolute and safe, pictures, raster data: images', () => {
    const { out } = clean('<p>Read <a href="/world/x">more</a>.</p><img src="/a.jpg" srcset="/a-2x.jpg 2x" alt="A"><img src="data:image/png;base64,iVBORw0KGgo=" alt="B">');
    expect(out).toContain('href="https://www.daily8.com/world/x"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('src="https://www.daily8.com/a.jpg"');
    expect(out).toContain('srcset="https://www.daily8.com/a-2x.jpg 2x"');
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('resolves links against the address of each call (one sanitiser per window serves every page)', () => {
    expect(clean('<a href="/x">x</a>', 'https://one.example/a/').out).toContain('href="https://one.example/x"');
    expect(clean('<a href="/x">x</a>', 'https://two.example/b/').out).toContain('href="https://two.example/x"');
  });

  it('takes only a <body> root, whose children are the story', () => {
    withDocument('<!doctype html><body><div><p>x</p></div></body>', BASE, (doc) => {
      expect(() => sanitizeTree(doc.defaultView!, doc.querySelector('div')!, BASE)).toThrow(/body/);
      expect(sanitizeTree(doc.defaultView!, doc.body, BASE)).toBe('<div><p>x</p></div>');
    });
  });
});
