// The content script is injected into every page the user opens, so it must hold detection and messaging
// only; everything heavy belongs to the engine bundle, which the background injects on demand, and the reads only
// pages without a story need to the small listing bundle, injected on those pages.
// Builds the real bundles (in memory) with the production config and inspects what went into them.
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { gzipSync } from 'node:zlib';
import { scriptConfig, type ScriptEntry } from '../../vite.config.ts';
import { RULE_DOCS, SITE_RULES } from '../../src/core/rules/index.ts';

interface Bundle {
  code: string;
  modules: string[];
}

async function bundle(entry: ScriptEntry): Promise<Bundle> {
  const config = scriptConfig(entry, '/nonexistent');
  const out = (await build({ ...config, build: { ...config.build, write: false } })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  expect(chunks).toHaveLength(1);
  const chunk = chunks[0]!;
  return { code: chunk.code, modules: chunk.moduleIds.map((id) => id.replace(/\\/g, '/')) };
}

// What only the clean view or the popup needs: the extractor, sanitiser, attribution, the outlet
// directory (hundreds of KB of data) and the interface code.
const HEAVY_MODULES: [string, RegExp][] = [
  ['Readability', /@mozilla\/readability\//],
  ['DOMPurify', /\/dompurify\//],
  ['Preact', /\/preact\//],
  ['the outlet directory', /\/src\/core\/outlets\//],
  ['attribution', /\/src\/core\/attribution\//],
  ['extraction', /\/src\/core\/extract\//],
  ['listing extraction', /\/src\/core\/listing\.ts$/],
  ['the clean view', /\/src\/engine\//],
  ['the popup', /\/src\/popup\//],
  ['settings', /\/src\/shared\/settings\.ts$/],
];

// Strings that survive minification and identify the same code should it arrive some other way.
const HEAVY_STRINGS: [string, string][] = [
  ['Readability', 'readability-page-1'],
  ['Readability', '_readabilityDataTable'],
  ['DOMPurify', 'dompurify'],
  ['the outlet directory', 'ahram.org.eg'],
];

/**
 * Budget for the script every page pays for (gzip bytes, as served from the extension package). The passes only
 * pages without a story run (plain-link cards, full posts, running text, outlet names on cards, card times in
 * eleven languages) live in the listing bundle, so an article page neither parses nor compiles them. Raised from
 * 10,000 to 10,100 when the page kind learnt to read a JSON-LD CollectionPage (tag pages whose og:type says article),
 * to 10,150 when the JSON-LD reader learnt to tell a home page's per-card story records from a story's own, and to
 * 10,200 when the headline finder learnt Chinese titles joined by a bare hyphen ("标题-中国科普网") and the head reader
 * the editor meta tag.
 */
const CONTENT_GZIP_BUDGET = 10_200;
/** The listing bundle: loaded on pages without a story and on the sites of site rules. */
const LISTING_GZIP_BUDGET = 5_000;

// Identify the listing passes in a bundle: module paths, and a card-time word that survives minification.
const LISTING_MODULES = [/\/src\/core\/evidence\/listing-passes\.ts$/, /\/src\/core\/evidence\/cards\.ts$/, /\/src\/core\/card-time\.ts$/];
const LISTING_STRING = 'settiman';

describe('bundle split', () => {
  let content: Bundle;
  let engine: Bundle;
  let background: Bundle;
  let listing: Bundle;

  beforeAll(async () => {
    [content, engine, background, listing] = await Promise.all([bundle('content'), bundle('engine'), bundle('background'), bundle('listing')]);
  });

  it('builds evidence gathering into the content script, and the reading of it into the background', () => {
    expect(content.modules.some((m) => m.endsWith('/src/core/evidence/gather.ts'))).toBe(true);
    // The credit reader and the verdict run off the page's thread, in the background.
    expect(content.modules.filter((m) => /\/src\/core\/(?:detect\/|evidence\/(?:read|credit-forms)\.ts)/.test(m))).toEqual([]);
    for (const m of ['/src/core/detect/index.ts', '/src/core/evidence/read.ts', '/src/core/evidence/credit-forms.ts']) {
      expect(background.modules.some((b) => b.endsWith(m)), m).toBe(true);
    }
  });

  it('keeps the content script free of the on-demand code', () => {
    const found = HEAVY_MODULES.filter(([, re]) => content.modules.some((m) => re.test(m))).map(([name]) => name);
    expect(found).toEqual([]);
    const strings = HEAVY_STRINGS.filter(([, s]) => content.code.includes(s)).map(([name, s]) => `${name} (${s})`);
    expect(strings).toEqual([]);
  });

  it('keeps the listing passes out of the content script and in the listing bundle, with nothing heavy', () => {
    for (const re of LISTING_MODULES) {
      expect(content.modules.some((m) => re.test(m)), String(re)).toBe(false);
      expect(listing.modules.some((m) => re.test(m)), String(re)).toBe(true);
    }
    expect(content.code.includes(LISTING_STRING)).toBe(false);
    expect(listing.code.includes(LISTING_STRING)).toBe(true);
    // The listing bundle registers the passes only; gathering stays in the content script.
    expect(listing.modules.some((m) => /\/src\/core\/evidence\/(?:gather|index)\.ts$|\/src\/content\/index\.ts$/.test(m))).toBe(false);
    expect(HEAVY_MODULES.filter(([, re]) => listing.modules.some((m) => re.test(m))).map(([name]) => name)).toEqual([]);
  });

  it('puts the heavy code in the engine bundle, where the markers are found', () => {
    // Guards the guard: were the markers wrong, the check above would pass vacuously.
    for (const [name, re] of HEAVY_MODULES.filter(([n]) => !['Preact', 'the popup'].includes(n))) {
      expect(engine.modules.some((m) => re.test(m)), name).toBe(true);
    }
    for (const [name, s] of HEAVY_STRINGS) expect(engine.code.includes(s), name).toBe(true);
  });

  it('leaves the site rules\' examples and notes out of the page scripts, which hold the rules themselves', () => {
    for (const rule of SITE_RULES) {
      const docs = RULE_DOCS[rule.id]!;
      for (const b of [content, engine, background]) {
        expect(b.code.includes(docs.examples[0]!.url), rule.id).toBe(false);
        if (docs.notes) expect(b.code.includes(docs.notes), rule.id).toBe(false);
      }
      expect(content.code.includes(rule.homepage), rule.id).toBe(true);
    }
  });

  it(`keeps the content script within ${CONTENT_GZIP_BUDGET} bytes gzip and the listing bundle within ${LISTING_GZIP_BUDGET}`, () => {
    expect(gzipSync(content.code, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
    expect(gzipSync(listing.code, { level: 9 }).length).toBeLessThanOrEqual(LISTING_GZIP_BUDGET);
  });
});
