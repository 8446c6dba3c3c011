// The real pages kept in this repository (test/corpora/fundus, mediacloud, metascraper, omnivore, magichtml): every
// page is there with its address and licence, every page carries a hand label that agrees with its address, and block
// labels follow the label rules, so the benchmarks read every page and count each one once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusEntries, REPO_CORPORA_DIR } from '../../scripts/lib/corpus.ts';
import { fundusExpected } from '../../scripts/lib/fundus-expected.ts';
import { attributionLabels, blockLabels } from '../../scripts/lib/labels.ts';
import { hostnameOf, registrableDomain } from '../../src/core/domain.ts';

const corpora = [
  { dir: 'fundus', corpus: 'fn', pages: 258, licence: /MIT License/, blocks: 200 },
  { dir: 'mediacloud', corpus: 'mc', pages: 49, licence: /Apache License\s+Version 2\.0/, blocks: 30 },
  { dir: 'metascraper', corpus: 'ms', pages: 82, licence: /The MIT License/, blocks: 60 },
  { dir: 'omnivore', corpus: 'om', pages: 76, licence: /Apache License\s+Version 2\.0/, blocks: 60 },
  { dir: 'magichtml', corpus: 'mh', pages: 140, licence: /Apache License\s+Version 2\.0/, blocks: 100 },
] as const;

describe.each(corpora)('the $dir corpus', ({ dir, corpus, pages: count, licence, blocks: minBlocks }) => {
  const pages = corpusEntries([corpus]);
  const ids = new Set(pages.map((p) => p.id));
  const prefix = `${corpus}/`;

  it('holds every page of its manifest, each with its address, beside its licence', () => {
    expect(pages.length).toBe(count);
    expect(ids.size).toBe(pages.length);
    for (const p of pages) {
      expect(existsSync(p.file), p.id).toBe(true);
      expect(p.url, p.id).toMatch(/^https?:\/\/[^/]+\.[a-z]/);
    }
    expect(readFileSync(join(REPO_CORPORA_DIR, dir, 'LICENSE'), 'utf8')).toMatch(licence);
  });

  it('labels every page once, with the host its address names', () => {
    const labels = attributionLabels().filter((l) => l.id.startsWith(prefix));
    expect(new Set(labels.map((l) => l.id))).toEqual(ids);
    expect(labels.length).toBe(ids.size);
    const url = new Map(pages.map((p) => [p.id, p.url]));
    for (const l of labels) {
      expect(l.host.domain, l.id).toBe(registrableDomain(hostnameOf(url.get(l.id)!)));
      // A copy names its original; a page that is its outlet's own story names none.
      expect(l.copy ? !!l.original : l.original === null, l.id).toBe(true);
      if (l.published) expect(l.published, l.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('labels the blocks of article pages only, with probes of the length the label rules ask for', () => {
    const articles = new Set(attributionLabels().filter((l) => l.id.startsWith(prefix) && l.kind === 'article').map((l) => l.id));
    const blocks = blockLabels().filter((l) => l.id.startsWith(prefix));
    expect(blocks.length).toBeGreaterThan(minBlocks);
    for (const b of blocks) {
      expect(articles.has(b.id), b.id).toBe(true);
      expect(b.story.length, b.id).toBeGreaterThanOrEqual(3);
      for (const probe of [...b.story, ...b.blocks.flatMap((x) => x.probes)]) expect(probe.replace(/\s+/g, ' ').trim().length, `${b.id}: ${probe}`).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('the fundus corpus expectations', () => {
  it('name only pages the corpus holds, each with a story', () => {
    const ids = new Set(corpusEntries(['fn']).map((p) => p.id));
    const expected = fundusExpected();
    expect(expected.length).toBeGreaterThan(240);
    expect(expected.filter((e) => !ids.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(expected.filter((e) => e.body !== null && e.body.length === 0).map((e) => e.id)).toEqual([]);
  });
});

describe('the mediacloud corpus', () => {
  it('keeps no trace of the web archive it was saved through: pages read as their sites served them', () => {
    for (const p of corpusEntries(['mc'])) {
      const html = gunzipSync(readFileSync(p.file)).toString('utf8');
      expect(html, p.id).not.toMatch(/web\.archive\.org|web-static\.archive|WAYBACK/i);
    }
  });
});
