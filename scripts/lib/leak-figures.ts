// Leak figures of a clean text against block labels (test/labels/blocks.jsonl): which labelled blocks (related,
// comments, promo, nav) are still in the text, and which story probes are missing from it.
import type { BlockLabel } from './labels.ts';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface PageLeaks {
  id: string;
  storyProbes: number;
  storyLost: string[];
  leaked: { kind: BlockLabel['blocks'][number]['kind']; probe: string }[];
}

export function pageLeaks(label: BlockLabel, text: string): PageLeaks {
  const t = flat(text);
  const storyLost = label.story.filter((p) => !t.includes(flat(p)));
  const leaked: PageLeaks['leaked'] = [];
  for (const block of label.blocks) {
    const probe = block.probes.find((p) => t.includes(flat(p)));
    if (probe) leaked.push({ kind: block.kind, probe });
  }
  return { id: label.id, storyProbes: label.story.length, storyLost, leaked };
}

export interface LeakTotals {
  pages: number;
  /** Pages that have a labelled block of each kind. */
  withRelated: number;
  withComments: number;
  withPromo: number;
  withNav: number;
  relatedPages: number;
  commentPages: number;
  promoBlocks: number;
  promoPages: number;
  navPages: number;
  storyLostProbes: number;
  storyLostPages: number;
  storyProbes: number;
}

export function leakTotals(labels: BlockLabel[], results: PageLeaks[]): LeakTotals {
  const has = (kind: string): number => labels.filter((l) => l.blocks.some((b) => b.kind === kind)).length;
  const pagesWith = (kind: string): number => results.filter((r) => r.leaked.some((l) => l.kind === kind)).length;
  return {
    pages: results.length,
    withRelated: has('related'),
    withComments: has('comments'),
    withPromo: has('promo'),
    withNav: has('nav'),
    relatedPages: pagesWith('related'),
    commentPages: pagesWith('comments'),
    promoBlocks: results.reduce((n, r) => n + r.leaked.filter((l) => l.kind === 'promo').length, 0),
    promoPages: pagesWith('promo'),
    navPages: pagesWith('nav'),
    storyLostProbes: results.reduce((n, r) => n + r.storyLost.length, 0),
    storyLostPages: results.filter((r) => r.storyLost.length > 0).length,
    storyProbes: results.reduce((n, r) => n + r.storyProbes, 0),
  };
}

/** The leak figures of one group of labelled pages, for Upstream's text, its clean view and plain Readability. */
export interface LeakGroup {
  upstream: LeakTotals;
  view: LeakTotals;
  readability: LeakTotals;
  upstreamPages: PageLeaks[];
  viewPages: PageLeaks[];
}

export function leakGroup(texts: Map<string, { upstream: string; view: string; readability: string }>, labels: BlockLabel[]): LeakGroup {
  const of = (system: 'upstream' | 'view' | 'readability'): PageLeaks[] => labels.map((l) => pageLeaks(l, texts.get(l.id)?.[system] ?? ''));
  const [upstreamPages, viewPages, readabilityPages] = [of('upstream'), of('view'), of('readability')];
  return { upstream: leakTotals(labels, upstreamPages), view: leakTotals(labels, viewPages), readability: leakTotals(labels, readabilityPages), upstreamPages, viewPages };
}

/** The group's table rows, as BENCHMARKS.md shows them. */
export function leakRows(g: LeakGroup, readabilityVersion: string): string[] {
  const pct = (a: number, b: number): string => `${a} (${b ? ((100 * a) / b).toFixed(1) : '0.0'}%)`;
  const row = (name: string, t: LeakTotals): string =>
    `| ${name} | ${pct(t.relatedPages, t.pages)} | ${t.commentPages} of ${t.withComments} | ${t.promoBlocks} in ${t.promoPages} pages | ${t.navPages} | ${t.storyLostProbes} of ${t.storyProbes} in ${t.storyLostPages} pages |`;
  return [
    '| System | Pages leaking a related block | Pages leaking comments | Promo blocks leaked | Pages leaking navigation | Story paragraphs lost |',
    '|---|---|---|---|---|---|',
    row('Upstream', g.upstream),
    row('Upstream, as its clean view shows the story (standfirst and picture captions included)', g.view),
    row(`Readability ${readabilityVersion}`, g.readability),
  ];
}

/** How many of the group's pages have a labelled block of each kind. */
export const kinds = (t: LeakTotals): string =>
  `${t.withRelated} with related blocks, ${t.withComments} with comments, ${t.withPromo} with promos, ${t.withNav} with navigation blocks near the story`;
