// Every labelled fixture page: host, original, byline, published date and cited outlets exactly as expected,
// through analyze() as the extension runs it (which hands detection and extraction evidence to attribute()).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { findOutletByName } from '../../src/core/outlets/index.ts';
import type { OutletRef } from '../../src/core/types.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const ids = readdirSync(FIXTURES).filter((id) => existsSync(join(FIXTURES, id, 'expected.json')));

interface Expected {
  url: string;
  host: OutletRef;
  original: OutletRef | null;
  byline: string | null;
  published: string | null;
  cited: OutletRef[];
}

/** Same domain, and the same name as written or the directory outlet the expected name denotes. */
function outletLabel(actual: OutletRef | null, expected: OutletRef | null): string {
  if (!actual || !expected) return String(actual && `${actual.name} (${actual.domain})`);
  const strip = (s: string): string => s.toLowerCase().replace(/^the /, '');
  const sameName = strip(actual.name) === strip(expected.name) || (!!actual.id && findOutletByName(expected.name)?.id === actual.id);
  return sameName ? `${expected.name} (${actual.domain})` : `${actual.name} (${actual.domain})`;
}

describe('attribution on fixture pages', () => {
  it('has fixtures to check', () => expect(ids.length).toBeGreaterThanOrEqual(5));

  it.each(ids)('%s', (id) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, id, 'expected.json'), 'utf8')) as Expected;
    const page = parseHtml(readFileSync(join(FIXTURES, id, 'source.html'), 'utf8'), expected.url);
    try {
      const a = analyze(page.doc, expected.url, SITE_RULES);
      const label = (o: OutletRef | null): string => (o ? `${o.name} (${o.domain})` : 'null');
      expect(outletLabel(a.host, expected.host)).toBe(label(expected.host));
      expect(outletLabel(a.original, expected.original)).toBe(label(expected.original));
      expect(a.byline).toBe(expected.byline);
      expect(a.published).toBe(expected.published);
      expect(a.cited.map((c, i) => outletLabel(c, expected.cited[i] ?? null))).toEqual(expected.cited.map(label));
      for (const o of [a.host, a.original, ...a.cited]) if (o) expect(o.homepage ?? '').toMatch(/^https:\/\//);
      if (a.original?.url) expect(a.original.url).toMatch(/^https?:\/\//);
    } finally {
      page.close();
    }
  });
});
