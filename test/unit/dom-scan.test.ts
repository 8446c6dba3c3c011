// The plain-code stand-ins for selectors answer as the selectors do in a browser: in document order, including
// on a story tree that Readability has edited and that is not attached to a document (where jsdom's selector
// engine has returned a list of tags out of order).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { elementsByTag, forEachUnder, holdsTag, listOf, tagSet } from '../../src/core/dom-scan.ts';

const PAGE = '<!doctype html><body><div id="r"><div id="a"><p id="b">x <span id="s">y</span></p><ul id="u"><li id="c">z</li></ul></div><p id="d"><img id="i"></p><h2 id="h">t</h2></div></body>';

function ids(els: Element[]): string[] {
  return els.map((e) => e.id);
}

describe('forEachUnder', () => {
  it('visits every element under the root, in document order, and not the root itself', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      const seen: Element[] = [];
      forEachUnder(doc.getElementById('r')!, (el) => seen.push(el));
      expect(ids(seen)).toEqual(['a', 'b', 's', 'u', 'c', 'd', 'i', 'h']);
    });
  });
});

describe('listOf', () => {
  it('copies a live collection in document order, and the copy stays as it was when the page changes', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      const live = doc.getElementById('r')!.getElementsByTagName('p');
      const list = listOf(live);
      expect(ids(list)).toEqual(['b', 'd']);
      list[0]!.remove();
      expect(live.length).toBe(1);
      expect(ids(list)).toEqual(['b', 'd']);
      expect(ids(listOf(doc.getElementById('a')!.children))).toEqual(['u']);
      expect(listOf(doc.getElementsByTagName('table'))).toEqual([]);
    });
  });

  it('reads a collection of an element named "length" by index, not by that name', () => {
    withDocument('<!doctype html><body><form id="f"><input name="length" id="n"><input id="m"></form></body>', 'https://example.com/', (doc) => {
      expect(ids(listOf(doc.getElementById('f')!.getElementsByTagName('input')))).toEqual(['n', 'm']);
    });
  });
});

describe('elementsByTag', () => {
  it('lists the tags in document order, whatever order the list names them in', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      expect(ids(elementsByTag(doc.getElementById('r')!, tagSet('h2, li, p, div')))).toEqual(['a', 'b', 'c', 'd', 'h']);
    });
  });

  it('keeps to the elements under the root, in a tree that is not in the document', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      const root = doc.getElementById('r')!;
      root.remove();
      expect(ids(elementsByTag(root, tagSet('div, p')))).toEqual(['a', 'b', 'd']);
    });
  });

  it('with inner tags, drops the blocks that hold one (leaf blocks), or keeps only those', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      const root = doc.getElementById('r')!;
      const blocks = tagSet('div, p, li, h2');
      const inner = tagSet('p, li');
      expect(ids(elementsByTag(root, blocks, inner))).toEqual(['b', 'c', 'd', 'h']);
      expect(ids(elementsByTag(root, blocks, inner, true))).toEqual(['a']);
      // The same as the selectors a browser would run.
      expect(ids(elementsByTag(root, blocks, inner))).toEqual(ids(Array.from(root.querySelectorAll('div, p, li, h2')).filter((e) => !e.querySelector('p, li'))));
    });
  });
});

describe('holdsTag', () => {
  it('answers like querySelector for the element\'s descendants only', () => {
    withDocument(PAGE, 'https://example.com/', (doc) => {
      expect(holdsTag(doc.getElementById('d')!, tagSet('img, video'))).toBe(true);
      expect(holdsTag(doc.getElementById('b')!, tagSet('img, video'))).toBe(false);
      expect(holdsTag(doc.getElementById('b')!, tagSet('p'))).toBe(false);
      expect(holdsTag(doc.getElementById('a')!, tagSet('span'))).toBe(true);
    });
  });
});
