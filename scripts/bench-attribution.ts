// Attribution over labelled pages, reported in groups: real pages on sites no site rule covers (the figures that
// predict how Upstream does on the web), the same for each corpus kept in test/corpora (fundus, mediacloud,
// metascraper: reported apart so the older figures stay comparable), real pages on sites with a rule, and
// written fixtures.
// For each: detection precision/recall of `isAggregator`, original-outlet accuracy, byline accuracy (with
// plain Readability's byline on the same pages), date accuracy, listing pages recognised and listing items
// found with their outlet, and the outlet's own stories flagged as copies.
//
// Labels: test/labels/attribution.jsonl (real pages; how they were made: test/labels/README.md) and each
// fixture's expected.json. Pages run in child processes, 40 per process, two at a time.
//
//   npm run bench:attribution [-- --verbose] [--misses] [--write-md] [--only aeb,rtp,xf,fn,mc,ms,fixture]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, totalmem, platform, arch } from 'node:os';
import { execFileSync } from 'node:child_process';
import { corpusEntries, REPO_CORPORA } from './lib/corpus.ts';
import { attributionLabels, fixtureLabels, type AttributionLabel, type OutletLabel } from './lib/labels.ts';
import { runPool } from './lib/page-pool.ts';
import type { PageJob, PageRun } from './lib/attribution-worker.ts';
import { findOutletByName } from '../src/core/outlets/index.ts';
import { ruleForHost } from '../src/core/detect/index.ts';
import { SITE_RULES } from '../src/core/rules/index.ts';
import { hostnameOf, registrableDomain } from '../src/core/domain.ts';
import { writeBlock } from './lib/markdown-block.ts';
import { bylineKey, sameLabelledOutlet, titleKey } from './lib/label-compare.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    'write-md': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

/** The corpora kept in this repository, each its own group (scripts/lib/corpus.ts). */
const OWN_CORPORA = REPO_CORPORA.map((c) => ({ ...c, group: `real ${c.years} (${c.name}), no site rule` }));
type Group = string;
const ownGroup: Partial<Record<string, Group>> = Object.fromEntries(OWN_CORPORA.map((c) => [c.corpus, c.group]));
interface Labelled extends AttributionLabel {
  file: string;
  url: string;
  group: Group;
}

function pages(): Labelled[] {
  const entries = new Map(corpusEntries().map((e) => [e.id, e]));
  const out: Labelled[] = [];
  for (const label of attributionLabels()) {
    const entry = entries.get(label.id);
    if (!entry) continue;
    const ruled = !!ruleForHost(hostnameOf(entry.url), SITE_RULES);
    const group: Group = ruled ? 'real, site rule' : (ownGroup[entry.corpus] ?? 'real, no site rule');
    out.push({ ...label, file: entry.file, url: entry.url, group });
  }
  for (const f of fixtureLabels()) out.push({ ...f, group: 'written fixtures' });
  const only = args.only?.split(',');
  return only ? out.filter((p) => only.some((o) => p.id.startsWith(`${o}/`))) : out;
}

interface Tally {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  originalOk: number;
  originalN: number;
  bylineOk: number;
  readabilityBylineOk: number;
  bylineN: number;
  dateOk: number;
  dateN: number;
  listings: number;
  listingsFound: number;
  items: number;
  itemsFound: number;
  ownFlagged: string[];
  /** Pages whose analysis shows an original other than the host without calling the page a copy (must be none). */
  unflaggedOriginals: string[];
  missedCopies: string[];
  misses: string[];
  byForm: Map<string, { n: number; found: number }>;
}

const tally = (): Tally => ({
  pages: 0, tp: 0, fp: 0, fn: 0, originalOk: 0, originalN: 0, bylineOk: 0, readabilityBylineOk: 0, bylineN: 0, dateOk: 0, dateN: 0,
  listings: 0, listingsFound: 0, items: 0, itemsFound: 0, ownFlagged: [], unflaggedOriginals: [], missedCopies: [], misses: [], byForm: new Map(),
});

function originalOk(label: Labelled, r: PageRun): boolean {
  if (label.kind === 'listing') return !r.original || registrableDomain(r.original.domain) === registrableDomain(r.host.domain);
  const want: OutletLabel | null = label.copy ? label.original : null;
  if (!want) return !!r.original && (r.original.domain === r.host.domain || (!!r.original.id && r.original.id === r.host.id));
  return sameLabelledOutlet(r.original, want);
}

function itemOutletOk(want: string | null, got: string | null): boolean {
  if (!want) return !got;
  if (!got) return false;
  const a = findOutletByName(want);
  const b = findOutletByName(got);
  return (!!a && a.id === b?.id) || titleKey(want) === titleKey(got);
}

function score(t: Tally, label: Labelled, r: PageRun): void {
  t.pages++;
  if (r.original && !r.isAggregator && registrableDomain(r.original.domain) !== registrableDomain(r.host.domain)) t.unflaggedOriginals.push(label.id);
  const wantCopy = label.copy;
  if (r.isAggregator && wantCopy) t.tp++;
  else if (r.isAggregator) {
    t.fp++;
    if (label.kind === 'article') t.ownFlagged.push(label.id);
  } else if (wantCopy) {
    t.fn++;
    t.missedCopies.push(`${label.id} [${label.credit.join(',')}]`);
  }
  if (wantCopy) {
    for (const form of label.credit) {
      const f = t.byForm.get(form) ?? { n: 0, found: 0 };
      f.n++;
      if (r.isAggregator) f.found++;
      t.byForm.set(form, f);
    }
  }
  t.originalN++;
  if (originalOk(label, r)) t.originalOk++;
  else t.misses.push(`${label.id}: original ${r.original ? `${r.original.name} (${r.original.domain})` : 'none'}, want ${label.copy && label.original ? `${label.original.name} (${label.original.domain})` : 'the host'}`);
  if (label.kind === 'article') {
    t.bylineN++;
    if (bylineKey(r.byline) === bylineKey(label.byline)) t.bylineOk++;
    else t.misses.push(`${label.id}: byline ${JSON.stringify(r.byline)}, want ${JSON.stringify(label.byline)}`);
    if (bylineKey(r.readabilityByline) === bylineKey(label.byline)) t.readabilityBylineOk++;
    t.dateN++;
    if ((r.published?.slice(0, 10) ?? null) === (label.published?.slice(0, 10) ?? null)) t.dateOk++;
  }
  if (label.kind === 'listing') {
    t.listings++;
    if (r.kind === 'listing') t.listingsFound++;
    else t.misses.push(`${label.id}: kind ${r.kind}, want listing`);
    for (const item of label.items ?? []) {
      t.items++;
      const got = r.items.find((i) => titleKey(i.title) === titleKey(item.title));
      if (got && itemOutletOk(item.outlet, got.outlet)) t.itemsFound++;
      else if (args.misses) t.misses.push(`${label.id}: item ${JSON.stringify(item.title.slice(0, 50))} ${got ? `outlet ${JSON.stringify(got.outlet)}, want ${JSON.stringify(item.outlet)}` : 'not found'}`);
    }
  } else if (r.kind === 'listing' && label.kind === 'article') t.misses.push(`${label.id}: kind listing, want article`);
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '–');

function table(groups: Map<Group, Tally>): string {
  const rows = [
    '| Pages | Copies (labelled) | Detection P | Detection R | Original correct | Byline correct (Readability) | Date correct | Listings recognised | Listing items with outlet | Own stories flagged |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, t] of groups) {
    rows.push(
      `| ${name}: ${t.pages} | ${t.tp + t.fn} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} | ${ratio(t.originalOk, t.originalN)} | ` +
        `${ratio(t.bylineOk, t.bylineN)} (${ratio(t.readabilityBylineOk, t.bylineN)}) | ${ratio(t.dateOk, t.dateN)} | ${t.listingsFound} of ${t.listings} | ` +
        `${t.itemsFound} of ${t.items} | ${t.ownFlagged.length} of ${t.pages - t.tp - t.fn - t.listings} |`,
    );
  }
  return rows.join('\n');
}

function formTable(t: Tally): string {
  const rows = ['| Credit form on the page | Copies | Flagged |', '|---|---|---|'];
  for (const [form, f] of [...t.byForm].sort((a, b) => b[1].n - a[1].n)) rows.push(`| ${form} | ${f.n} | ${f.found} |`);
  return rows.join('\n');
}

const list = pages();
const started = Date.now();
const runs = await runPool<PageJob, PageRun>(
  join(import.meta.dirname, 'lib/attribution-worker.ts'),
  list.map((p) => ({ id: p.id, file: p.file, url: p.url })),
  { chunk: 40, concurrency: 2, progress: (done, total) => args.verbose && process.stderr.write(`${done}/${total}\n`) },
);
const groups = new Map<Group, Tally>([
  ['real, no site rule', tally()],
  ...OWN_CORPORA.map((c): [Group, Tally] => [c.group, tally()]),
  ['real, site rule', tally()],
  ['written fixtures', tally()],
]);
const errors: string[] = [];
runs.forEach((r, i) => {
  const label = list[i]!;
  if (r.error) errors.push(`${label.id}: ${r.error}`);
  score(groups.get(label.group)!, label, r);
});

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
const header =
  `Last run ${new Date().toISOString().slice(0, 10)} on commit ${commit}; ${cpus().length} × ${cpus()[0]?.model.split(' ')[0] ?? 'cpu'}, ` +
  `${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${arch()}, Node ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s.\n` +
  'Command: `npm run bench:attribution -- --write-md`.';
const noRule = groups.get('real, no site rule')!;
const own = OWN_CORPORA.map((c) => ({ ...c, tally: groups.get(c.group)! }));
const report = [
  header,
  '',
  table(groups),
  '',
  'Copies flagged by the credit forms their pages show (real pages, no site rule; a page may show several forms):',
  '',
  formTable(noRule),
  ...own.flatMap((c) => ['', `The same on the ${c.name} pages (no site rule):`, '', formTable(c.tally)]),
  '',
  `Own stories flagged as copies (real pages): ${[noRule, ...own.map((c) => c.tally), groups.get('real, site rule')!].flatMap((t) => t.ownFlagged).join(', ') || 'none'}.`,
  `Pages showing an original other than the host without calling the page a copy (all groups): ${[...groups.values()].flatMap((g) => g.unflaggedOriginals).join(', ') || 'none'}.`,
  `Copies not flagged (real pages, no site rule): ${noRule.missedCopies.join('; ') || 'none'}.`,
  ...own.map((c) => `Copies not flagged (${c.name} pages, no site rule): ${c.tally.missedCopies.join('; ') || 'none'}.`),
  ...(errors.length ? [`Pages that failed: ${errors.join('; ')}.`] : []),
].join('\n');
console.log(report);
if (args.misses) for (const [name, t] of groups) for (const m of t.misses) console.log(`  miss [${name}] ${m}`);
if (args['write-md']) writeBlock(join(root, 'BENCHMARKS.md'), 'bench:attribution', '## Attribution', report);

