// The content script gathers the evidence without the listing passes and loads them only when the page asks for
// them. That split must never change the evidence: without the passes, gathering either answers exactly what the
// full gathering answers, or answers null (load the passes and ask again).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { gatherEvidence, gatherWith } from '../../src/core/evidence/index.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const ids = readdirSync(FIXTURES).filter((id) => existsSync(join(FIXTURES, id, 'expected.json')));

/** Gathers a page both ways, each on a fresh document. */
function both(html: string, url: string): { core: unknown; full: unknown } {
  const core = withDocument(html, url, (doc) => gatherWith(doc, url, SITE_RULES, null));
  const full = withDocument(html, url, (doc) => gatherEvidence(doc, url, SITE_RULES));
  return { core, full };
}

const para = (n: number): string =>
  `<p>${'The council voted on the budget after a long debate about the cost of repairs to the old bridge. '.repeat(2)}Paragraph ${n}.</p>`;

describe('gathering without the listing passes', () => {
  it('answers the full evidence on a story page', () => {
    const html = `<html><head><title>Council passes the budget after a long debate</title><meta property="og:type" content="article"></head><body><article><h1>Council passes the budget after a long debate</h1><p class="byline">By Jane Doe</p>${[1, 2, 3, 4, 5].map(para).join('')}</article></body></html>`;
    const { core, full } = both(html, 'https://www.towncrier.example/news/council-budget');
    expect(core).not.toBeNull();
    expect(core).toEqual(full);
  });

  it('answers null on a page of story cards, and on a site rule\'s page', () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Story number ${i} about the council and the budget</a></h3><p>${'A short summary of the story that runs long enough to count. '.repeat(2)}</p><span>${i + 1} hours ago</span></div>`).join('');
    const listing = both(`<html><head><title>Local news</title></head><body><h1>Local</h1>${cards}</body></html>`, 'https://www.towncrier.example/local/');
    expect(listing.core).toBeNull();
    expect((listing.full as { kind: string }).kind).toBe('listing');
    const rulePage = both(`<html><head><title>A story</title></head><body><h1>A story about the council</h1>${[1, 2, 3, 4].map(para).join('')}</body></html>`, 'https://www.msn.com/en-us/news/world/a-story/ar-AA1abcd');
    expect(rulePage.core).toBeNull();
    expect((rulePage.full as { rule: string | null }).rule).toBe('msn');
  });

  it.each(ids)('fixture %s: null, or the same evidence as the full gathering', (id) => {
    const { url } = JSON.parse(readFileSync(join(FIXTURES, id, 'expected.json'), 'utf8')) as { url: string };
    const { core, full } = both(readFileSync(join(FIXTURES, id, 'source.html'), 'utf8'), url);
    if (core !== null) expect(core).toEqual(full);
  });

  it('lets most story fixtures go without the passes (the split saves something)', () => {
    let without = 0;
    for (const id of ids) {
      const { url, kind, rule } = JSON.parse(readFileSync(join(FIXTURES, id, 'expected.json'), 'utf8')) as { url: string; kind: string; rule: string | null };
      if (kind !== 'article' || rule) continue;
      if (withDocument(readFileSync(join(FIXTURES, id, 'source.html'), 'utf8'), url, (doc) => gatherWith(doc, url, SITE_RULES, null)) !== null) without++;
    }
    expect(without).toBeGreaterThanOrEqual(20);
  });
});
