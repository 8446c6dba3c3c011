// The clean view on documents that are not ordinary HTML pages: it declines cleanly, changing nothing.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { CleanView } from '../../src/engine/clean-view.ts';
import { DEFAULTS } from '../../src/shared/settings.ts';
import { installI18n, sampleArticle } from './ui-helpers.ts';

const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (s: string, o: object) => { window: Window } };

beforeAll(() => installI18n());

function load(source: string, contentType: string): Document {
  return new JSDOM(source, { url: 'https://example.org/x', contentType }).window.document;
}

describe('clean view on other documents', () => {
  it('declines an SVG document with a readable error and leaves it as it was', () => {
    const doc = load('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', 'image/svg+xml');
    const before = doc.documentElement.outerHTML;
    const view = new CleanView({ doc });
    expect(() => view.open(sampleArticle(), { ...DEFAULTS, sites: {} })).toThrow(/HTML pages only/);
    expect(view.isOpen).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('opens and closes on an XHTML page without a body', () => {
    const doc = load('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head></html>', 'application/xhtml+xml');
    expect(doc.body).toBeNull();
    const before = doc.documentElement.outerHTML;
    const view = new CleanView({ doc });
    view.open(sampleArticle(), { ...DEFAULTS, sites: {} });
    expect(view.isOpen).toBe(true);
    view.close();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
