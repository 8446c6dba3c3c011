// Hand labels of the real corpus pages (test/labels/*.jsonl, see test/labels/README.md) and of the written
// fixtures (test/fixtures/*/expected.json), in one shape for the benchmarks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageKind } from '../../src/core/types.ts';

const root = resolve(import.meta.dirname, '../..');
export const LABELS_DIR = join(root, 'test/labels');
export const FIXTURES_DIR = join(root, 'test/fixtures');

export interface OutletLabel {
  name: string;
  domain: string;
}

export type CreditForm =
  | 'byline-agency' | 'dateline' | 'sign-off' | 'rights-line' | 'source-line' | 'republished-note' | 'provider-line'
  | 'title-source' | 'metadata' | 'canonical' | 'url-segment' | 'logo' | 'site-known';

export interface AttributionLabel {
  id: string;
  kind: PageKind;
  host: OutletLabel;
  copy: boolean;
  /** null: the host is the original. */
  original: OutletLabel | null;
  byline: string | null;
  published: string | null;
  credit: CreditForm[];
  items?: { title: string; outlet: string | null }[];
  evidence?: string;
  unsure?: string;
}

export interface BlockLabel {
  id: string;
  story: string[];
  blocks: { kind: 'related' | 'comments' | 'promo' | 'nav'; where: 'inside' | 'after' | 'before'; probes: string[] }[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

/** Labels of one kind: the merged file, else the labelling batches while they are being written. */
function labelFile<T extends { id: string }>(name: 'attribution' | 'blocks'): T[] {
  const merged = join(LABELS_DIR, `${name}.jsonl`);
  if (existsSync(merged)) return readJsonl<T>(merged);
  const dir = join(LABELS_DIR, 'batches');
  if (!existsSync(dir)) return [];
  const seen = new Set<string>();
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<T>(join(dir, f)))
    .filter((l) => !seen.has(l.id) && !!seen.add(l.id));
}

export const attributionLabels = (): AttributionLabel[] => labelFile<AttributionLabel>('attribution');
export const blockLabels = (): BlockLabel[] => labelFile<BlockLabel>('blocks');

interface FixtureExpected {
  url: string;
  rule: string | null;
  kind: PageKind;
  isAggregator: boolean;
  host: OutletLabel;
  original: OutletLabel | null;
  byline: string | null;
  published: string | null;
  items?: { title: string; outlet: string | null }[];
}

export interface FixtureLabel extends AttributionLabel {
  file: string;
  url: string;
}

/** Written fixture pages with expectations, as attribution labels (the seeds and stress pages included when labelled). */
export function fixtureLabels(): FixtureLabel[] {
  const out: FixtureLabel[] = [];
  for (const id of readdirSync(FIXTURES_DIR).sort()) {
    const expectedFile = join(FIXTURES_DIR, id, 'expected.json');
    if (!existsSync(expectedFile)) continue;
    const e = JSON.parse(readFileSync(expectedFile, 'utf8')) as FixtureExpected;
    const own = !e.original || (e.original.domain === e.host.domain && e.original.name === e.host.name);
    out.push({
      id: `fixture/${id}`,
      file: join(FIXTURES_DIR, id, 'source.html'),
      url: e.url,
      kind: e.kind,
      host: e.host,
      copy: e.isAggregator,
      original: own ? null : e.original,
      byline: e.byline,
      published: e.published,
      credit: [],
      ...(e.items ? { items: e.items.map((i) => ({ title: i.title, outlet: i.outlet })) } : {}),
    });
  }
  return out;
}
