// Links for the original outlet: the story itself when the page links to it, else a search on its site.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';

const fixture = (id: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures', id, 'source.html'), 'utf8');

const analyzed = (html: string, url: string) => withDocument(html, url, (doc) => analyze(doc, url, SITE_RULES));

describe('original outlet links', () => {
  it('uses the provider line’s link to the story at the source', () => {
    const a = analyzed(fixture('seed-000-daily8-rt'), 'https://www.daily8.com/news/us-japan-relations-undergoing-era-defining-crisis');
    expect(a.original?.domain).toBe('rt.com');
    expect(a.original?.url).toBe('https://www.rt.com/news/621361-us-japan-relations-crisis-ft/');
  });

  it('falls back to a headline search restricted to the outlet’s domain', () => {
    const html = fixture('seed-000-daily8-rt').replace('href="https://www.rt.com/news/621361-us-japan-relations-crisis-ft/"', 'href="/source/rt"');
    const a = analyzed(html, 'https://www.daily8.com/news/us-japan-relations-undergoing-era-defining-crisis');
    expect(a.original?.url).toMatch(/^https:\/\/duckduckgo\.com\/\?q=US-Japan\+relations.*site%3Art\.com$/);
  });

  it('never lets a non-http link out', () => {
    const html = fixture('seed-000-daily8-rt').replace('href="https://www.rt.com/news/621361-us-japan-relations-crisis-ft/"', 'href="javascript:alert(1)//rt.com/news/a-b-c"');
    const a = analyzed(html, 'https://www.daily8.com/news/x');
    for (const link of [a.original?.url, a.original?.homepage, a.host.homepage, ...a.cited.map((c) => c.homepage)]) {
      if (link) expect(link).toMatch(/^https?:\/\//);
    }
  });
});
