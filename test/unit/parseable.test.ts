// The story is cleaned and sanitised as Readability's tree and parsed again only in the view: that tree must be
// one a parser could have built, or the view would show a different structure from the one measured.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { makeParseable } from '../../src/core/extract/parseable.ts';

const BASE = 'https://news.example.com/story';

/** Builds a tree by DOM calls (as Readability edits one), makes it parseable, and reparses its HTML. */
function check(build: (doc: Document, root: HTMLElement) => void): { html: string; reparsed: string; text: string; textBefore: string } {
  return withDocument('<!doctype html><body></body>', BASE, (doc) => {
    const root = doc.createElement('body');
    build(doc, root);
    const textBefore = root.textContent ?? '';
    makeParseable(root);
    const html = root.innerHTML;
    const reparsed = new (doc.defaultView as Window & typeof globalThis).DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.innerHTML;
    return { html, reparsed, text: root.textContent ?? '', textBefore };
  });
}

const el = (doc: Document, tag: string, ...children: (Node | string)[]): HTMLElement => {
  const e = doc.createElement(tag);
  e.append(...children);
  return e;
};

describe('makeParseable', () => {
  it.each([
    // A <div> Readability renamed <p> though it held a heading or a <center> (not among its block tags).
    ['a <p> holding a heading', (d: Document, r: HTMLElement) => r.append(el(d, 'p', el(d, 'h3', 'How is it spread?'), 'Fleas carry it.'))],
    ['a <p> holding a <p> inside a <span>', (d: Document, r: HTMLElement) => r.append(el(d, 'p', el(d, 'span', el(d, 'p', 'Inner paragraph.')), 'tail'))],
    ['a <p> holding a table', (d: Document, r: HTMLElement) => r.append(el(d, 'p', el(d, 'span', el(d, 'table', el(d, 'tbody', el(d, 'tr', el(d, 'td', 'cell')))))))],
    // A layout table Readability turned into a <div>, its rows and cells left behind.
    ['rows and cells outside a table', (d: Document, r: HTMLElement) => r.append(el(d, 'div', el(d, 'tbody', el(d, 'tr', el(d, 'td', 'First cell'), el(d, 'td', 'Second cell')))))],
    // The page's <body> itself as the story.
    ['a <body> inside the story', (d: Document, r: HTMLElement) => r.append(el(d, 'div', el(d, 'body', el(d, 'h1', 'Headline'), el(d, 'p', 'Text.'))))],
  ])('%s: its HTML parses back to the same tree, with the same text', (_name, build) => {
    const { html, reparsed, text, textBefore } = check(build);
    expect(reparsed).toBe(html);
    expect(text).toBe(textBefore);
  });

  it('leaves a tree a parser could build as it is', () => {
    const { html } = check((d, r) => {
      r.append(el(d, 'p', 'Plain ', el(d, 'a', 'link'), ' and ', el(d, 'em', 'words'), '.'));
      r.append(el(d, 'table', el(d, 'tbody', el(d, 'tr', el(d, 'td', el(d, 'p', 'In a cell'))))));
      r.append(el(d, 'div', el(d, 'span', el(d, 'p', 'A paragraph in a span, not in a paragraph'))));
    });
    expect(html).toBe('<p>Plain <a>link</a> and <em>words</em>.</p><table><tbody><tr><td><p>In a cell</p></td></tr></tbody></table><div><span><p>A paragraph in a span, not in a paragraph</p></span></div>');
  });

  it('keeps the attributes of a <p> it turns into a <div>, even names setAttribute would reject', () => {
    const page = '<!doctype html><body><p dir="rtl" lang="ar" a"b="1">x</p></body>';
    const html = withDocument(page, BASE, (doc) => {
      const p = doc.querySelector('p')!;
      p.append(el(doc, 'h2', 'heading'));
      makeParseable(doc.body);
      return doc.body.innerHTML;
    });
    expect(html).toBe('<div dir="rtl" lang="ar" a"b="1">x<h2>heading</h2></div>');
  });
});
