// Article-body extraction quality on the article-extraction-benchmark corpus, Upstream against plain
// Readability in the same run (same parse, same machine, same metric as the benchmark's evaluate.py).
//
//   npm run bench:quality [-- --json out.json] [--write-md] [--label TEXT] [--limit N] [--corpus DIR]
//                         [--predictions DIR]   (writes upstream.json / readability.json in the benchmark's
//                                                output format, so its own evaluate.py can score them too)
//                         [--no-leaks] [--leaks-only] [--leak-list]
//
// Then the leak figures: on every page with block labels (test/labels/blocks.jsonl), which related, comment, promo
// and navigation blocks stay in the clean text and which story paragraphs are lost, for Upstream and plain
// Readability in the same run; and on every written fixture, clutter lines left and story paragraphs lost. The
// current news pages of test/corpora/fundus are reported apart: their leaks, and the same metric against the story
// paragraphs fundus's own site parsers extract.
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/analyze.ts';
import { SITE_RULES } from '../src/core/rules/index.ts';
import { type PageCounts, type Scores, matchShingles, pageF1, scoreCorpus } from './lib/extraction-metric.ts';
import { parseHtml } from './lib/jsdom-page.ts';
import { writeBlock } from './lib/markdown-block.ts';
import { readHtmlFile } from './lib/read-html.ts';
import { corpusEntries, REPO_CORPORA } from './lib/corpus.ts';
import { blockLabels, FIXTURES_DIR } from './lib/labels.ts';
import { kinds, leakGroup, leakRows, type LeakGroup } from './lib/leak-figures.ts';
import { runPool } from './lib/page-pool.ts';
import type { TextJob, TextRun } from './lib/quality-worker.ts';
import { existsSync, readdirSync } from 'node:fs';
import { fundusExpected } from './lib/fundus-expected.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    'write-md': { type: 'boolean', default: false },
    label: { type: 'string' },
    limit: { type: 'string' },
    worst: { type: 'string', default: '10' },
    predictions: { type: 'string' },
    corpus: { type: 'string', default: resolve(root, '../shared/corpora/article-extraction-benchmark') },
    'no-leaks': { type: 'boolean', default: false },
    'leaks-only': { type: 'boolean', default: false },
    'leak-list': { type: 'boolean', default: false },
  },
});

interface PageResult {
  id: string;
  url: string;
  upstream: PageCounts & { f1: number; chars: number };
  readability: PageCounts & { f1: number; chars: number };
}
type System = 'upstream' | 'readability';

const truth = JSON.parse(readFileSync(join(args.corpus, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = args['leaks-only'] ? [] : Object.keys(truth).sort().slice(0, args.limit ? Number(args.limit) : undefined);
const failures: { id: string; system: System; error: string }[] = [];
const ms: Record<System, number> = { upstream: 0, readability: 0 };
const pages: PageResult[] = [];
const predictions: Record<System, Record<string, { articleBody: string }>> = { upstream: {}, readability: {} };

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Runs one system; a throw counts as empty output and is listed, it never stops the run. */
function run(system: System, id: string, fn: () => string): string {
  const t0 = performance.now();
  try {
    return fn();
  } catch (error) {
    failures.push({ id, system, error: oneLine(error) });
    return '';
  } finally {
    ms[system] += performance.now() - t0;
  }
}

function score(expected: string, text: string) {
  const counts = matchShingles(expected, text);
  return { ...counts, f1: pageF1(counts), chars: text.length };
}

const started = performance.now();
for (const [index, id] of ids.entries()) {
  const { articleBody, url } = truth[id]!;
  let page;
  try {
    page = parseHtml(readHtmlFile(join(args.corpus, 'html', `${id}.html.gz`)), url);
  } catch (error) {
    // An unreadable page still counts, as empty output for both systems, so totals stay comparable.
    for (const system of ['readability', 'upstream'] as const) failures.push({ id, system, error: `input: ${oneLine(error)}` });
    pages.push({ id, url, upstream: score(articleBody, ''), readability: score(articleBody, '') });
    continue;
  }
  try {
    // Readability mutates the document it is given, so it works on a clone taken before Upstream runs.
    const clone = page.doc.cloneNode(true) as Document;
    // As the published benchmark ran readability.js: default options, article.textContent.
    const readability = run('readability', id, () => new Readability(clone).parse()?.textContent ?? '');
    const upstream = run('upstream', id, () => analyze(page.doc, url, SITE_RULES, {}).text);
    predictions.readability[id] = { articleBody: readability };
    predictions.upstream[id] = { articleBody: upstream };
    pages.push({ id, url, upstream: score(articleBody, upstream), readability: score(articleBody, readability) });
  } finally {
    page.close();
  }
  if (process.stderr.isTTY) process.stderr.write(`\r${index + 1}/${ids.length}`);
}
if (process.stderr.isTTY) process.stderr.write('\r');
const wallS = (performance.now() - started) / 1000;

// ---- leak figures ----
interface FixtureLeaks {
  id: string;
  clutterLeft: string[];
  storyLost: string[];
}
/** The corpora kept in this repository (scripts/lib/corpus.ts), each reported apart; fundus also has its F1 table. */
const [FUNDUS, ...OTHER_OWN] = REPO_CORPORA;
let leaks: { shared: LeakGroup; current: LeakGroup; others: { title: string; group: LeakGroup }[]; fixtures: FixtureLeaks[]; fundus: Record<System, Scores> & { pages: number } } | null = null;
if (!args['no-leaks']) {
  const entries = new Map(corpusEntries().map((e) => [e.id, e]));
  const labels = blockLabels().filter((l) => entries.has(l.id));
  const fundus = fundusExpected().filter((e) => e.body?.length && entries.has(e.id));
  const fixtureIds = readdirSync(FIXTURES_DIR).filter((d) => existsSync(join(FIXTURES_DIR, d, 'expected.json')));
  const fixtureExpected = new Map(
    fixtureIds.map((d) => [d, JSON.parse(readFileSync(join(FIXTURES_DIR, d, 'expected.json'), 'utf8')) as { url: string; paragraphs: string[]; absent: string[] }]),
  );
  const pageIds = [...new Set([...labels.map((l) => l.id), ...fundus.map((f) => f.id)])];
  const jobs: TextJob[] = [
    ...pageIds.map((id) => ({ id, file: entries.get(id)!.file, url: entries.get(id)!.url })),
    ...fixtureIds.map((d) => ({ id: `fixture/${d}`, file: join(FIXTURES_DIR, d, 'source.html'), url: fixtureExpected.get(d)!.url })),
  ];
  const texts = new Map((await runPool<TextJob, TextRun>(join(import.meta.dirname, 'lib/quality-worker.ts'), jobs, { chunk: 40, concurrency: 2 })).map((r) => [r.id, r]));
  const flatText = (x: string): string => x.replace(/\s+/g, ' ').trim();
  const fixtures = fixtureIds.map((d) => {
    const e = fixtureExpected.get(d)!;
    const t = flatText(texts.get(`fixture/${d}`)?.upstream ?? '');
    return { id: d, clutterLeft: e.absent.filter((a) => t.includes(flatText(a))), storyLost: e.paragraphs.filter((p) => !t.includes(flatText(p))) };
  });
  const fundusScores = (system: System): Scores =>
    scoreCorpus(fundus.map((f) => matchShingles(f.body!.join('\n'), texts.get(f.id)?.[system] ?? '')));
  leaks = {
    shared: leakGroup(texts, labels.filter((l) => !REPO_CORPORA.some((c) => c.corpus === entries.get(l.id)!.corpus))),
    current: leakGroup(texts, labels.filter((l) => entries.get(l.id)!.corpus === FUNDUS.corpus)),
    others: OTHER_OWN.map((c) => ({ title: c.title, group: leakGroup(texts, labels.filter((l) => entries.get(l.id)!.corpus === c.corpus)) })),
    fixtures,
    fundus: { pages: fundus.length, upstream: fundusScores('upstream'), readability: fundusScores('readability') },
  };
}

function leakTable(): string[] {
  if (!leaks) return [];
  const { shared, current, others, fixtures, fundus } = leaks;
  const clutter = fixtures.reduce((n, f) => n + f.clutterLeft.length, 0);
  const lost = fixtures.reduce((n, f) => n + f.storyLost.length, 0);
  const out = [
    `Leaks on ${shared.upstream.pages} real pages with block labels (${kinds(shared.upstream)}):`,
    '',
    ...leakRows(shared, readabilityVersion),
    '',
    'Upstream\'s text (`analyze().text`, what the extraction benchmark scores) leaves picture captions out; its clean view ' +
      'shows them beside their pictures, and Readability\'s `textContent` holds them too. A headline\'s summary paragraph ' +
      'that the page sets apart from the story\'s container (`analyze().standfirst`) is shown under the headline, not in the text.',
    '',
    `Written fixtures (${fixtures.length}): ${clutter} clutter lines left in the text (${fixtures.filter((f) => f.clutterLeft.length).map((f) => f.id).join(', ') || 'none'}), ` +
      `${lost} story paragraphs lost (${fixtures.filter((f) => f.storyLost.length).map((f) => f.id).join(', ') || 'none'}).`,
  ];
  if (current.upstream.pages) {
    out.push('', `${FUNDUS.title}: leaks on ${current.upstream.pages} pages with block labels (${kinds(current.upstream)}):`, '', ...leakRows(current, readabilityVersion));
  }
  if (fundus.pages) {
    out.push(
      '',
      `The same pages against the story paragraphs fundus's own site parsers extract (${fundus.pages} pages; same metric as above; subheadings and standfirsts count as story):`,
      '',
      '| System | Precision | Recall | F1 |',
      '|---|---|---|---|',
      `| Upstream | ${f3(fundus.upstream.precision)} | ${f3(fundus.upstream.recall)} | ${f3(fundus.upstream.f1)} |`,
      `| Readability ${readabilityVersion} | ${f3(fundus.readability.precision)} | ${f3(fundus.readability.recall)} | ${f3(fundus.readability.f1)} |`,
    );
  }
  for (const { title, group } of others) {
    if (group.upstream.pages) {
      out.push('', `${title}: leaks on ${group.upstream.pages} pages with block labels (${kinds(group.upstream)}):`, '', ...leakRows(group, readabilityVersion));
    }
  }
  return out;
}

const totals: Record<System, Scores> = {
  upstream: scoreCorpus(pages.map((p) => p.upstream)),
  readability: scoreCorpus(pages.map((p) => p.readability)),
};
const gap = (p: PageResult) => p.upstream.f1 - p.readability.f1;
const worst = [...pages]
  .sort((a, b) => gap(a) - gap(b))
  .slice(0, Number(args.worst));

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a');
const signed = (x: number) => (Number.isFinite(x) ? (x >= 0 ? '+' : '') + x.toFixed(3) : ' n/a');
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const readabilityVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/@mozilla/readability/package.json'), 'utf8')) as { version: string }
).version;
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${arch()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
function git(...argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirtyCore = git('status', '--porcelain', '--', 'src/core') !== '';
const revision = `${commit}${dirtyCore ? ' + uncommitted changes in src/core' : ''}`;

const rows: [string, Scores][] = [
  ['Upstream', totals.upstream],
  [`Readability ${readabilityVersion}`, totals.readability],
];
const delta = {
  precision: totals.upstream.precision - totals.readability.precision,
  recall: totals.upstream.recall - totals.readability.recall,
  f1: totals.upstream.f1 - totals.readability.f1,
};

console.log(`Extraction quality: ${pages.length} pages of ${args.corpus}`);
console.log(`${'system'.padEnd(20)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(20)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.f1).padStart(6)}`);
console.log(`${'delta'.padEnd(20)} ${signed(delta.precision).padStart(6)} ${signed(delta.recall).padStart(6)} ${signed(delta.f1).padStart(6)}`);
console.log(`\nWorst ${worst.length} pages for Upstream relative to Readability (per-page F1):`);
for (const p of worst) {
  console.log(`  ${p.id}  up ${f3(p.upstream.f1)}  rd ${f3(p.readability.f1)}  ${signed(gap(p))}  ${host(p.url)}`);
}
console.log(failures.length ? `\nThrew (counted as empty output):` : '\nNo page threw.');
for (const f of failures) console.log(`  ${f.system.padEnd(11)} ${f.id}  ${f.error}`);
console.log(`\nTime: Upstream ${(ms.upstream / 1000).toFixed(1)} s, Readability ${(ms.readability / 1000).toFixed(1)} s (parsing excluded); wall ${wallS.toFixed(1)} s`);
console.log(`${date} · ${revision} · ${machine}`);
if (leaks) {
  console.log(`\n${leakTable().join('\n')}`);
  if (args['leak-list']) {
    [leaks.shared, leaks.current, ...leaks.others.map((o) => o.group)].forEach((g) => g.upstreamPages.forEach((p, i) => {
      for (const l of p.leaked) console.log(`  leak ${l.kind.padEnd(8)} ${p.id}: ${l.probe}`);
      for (const s of p.storyLost) console.log(`  lost story ${p.id}: ${s}`);
      // Where the view differs from the text: a caption that holds clutter, or a story line kept as a caption.
      const view = g.viewPages[i]!;
      for (const l of view.leaked) if (!p.leaked.some((x) => x.probe === l.probe)) console.log(`  leak in the view only ${l.kind.padEnd(8)} ${p.id}: ${l.probe}`);
      for (const s of view.storyLost) if (!p.storyLost.includes(s)) console.log(`  lost in the view only ${p.id}: ${s}`);
    }));
    for (const f of leaks.fixtures) {
      for (const c of f.clutterLeft) console.log(`  leak fixture ${f.id}: ${c.slice(0, 80)}`);
      for (const c of f.storyLost) console.log(`  lost fixture ${f.id}: ${c.slice(0, 80)}`);
    }
  }
}

if (args.json) {
  const report = { date, revision, machine, corpus: args.corpus, pages: pages.length, readabilityVersion, totals, delta, failures, worst: worst.map((p) => p.id), perPage: pages };
  writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${args.json}`);
}

if (args.predictions) {
  mkdirSync(args.predictions, { recursive: true });
  for (const system of ['upstream', 'readability'] as const) {
    writeFileSync(join(args.predictions, `${system}.json`), `${JSON.stringify(predictions[system], null, 1)}\n`);
  }
  console.log(`wrote ${args.predictions}/{upstream,readability}.json`);
}

if (args['write-md']) {
  const md = [
    `Last run ${date} on commit ${revision}; ${machine}.`,
    `Command: \`npm run bench:quality -- --write-md${args.label ? ' --label …' : ''}\`, ${pages.length} pages.`,
    ...(args.label ? ['', `**Note:** ${args.label}`] : []),
    '',
    '| System | Precision | Recall | F1 |',
    '|---|---|---|---|',
    `| Upstream (\`analyze().text\`) | ${f3(totals.upstream.precision)} | ${f3(totals.upstream.recall)} | ${f3(totals.upstream.f1)} |`,
    `| Readability ${readabilityVersion} (\`textContent\`, default options) | ${f3(totals.readability.precision)} | ${f3(totals.readability.recall)} | ${f3(totals.readability.f1)} |`,
    `| Upstream − Readability | ${signed(delta.precision)} | ${signed(delta.recall)} | ${signed(delta.f1)} |`,
    '',
    `Time in the systems (parsing excluded, not a speed benchmark): Upstream ${(ms.upstream / 1000).toFixed(1)} s, Readability ${(ms.readability / 1000).toFixed(1)} s.`,
    '',
    `Pages where a system threw (scored as empty output): ${failures.length ? failures.map((f) => `${f.system} ${f.id.slice(0, 12)} (${f.error})`).join('; ') : 'none'}.`,
    '',
    `Worst ${worst.length} pages for Upstream relative to Readability (page id prefix, site, per-page F1 Upstream / Readability):`,
    '',
    ...worst.map((p) => `- \`${p.id.slice(0, 12)}\` ${host(p.url)}: ${f3(p.upstream.f1)} / ${f3(p.readability.f1)}`),
    '',
    ...leakTable(),
  ].join('\n');
  writeBlock(join(root, 'BENCHMARKS.md'), 'bench:quality', '## Extraction quality', md);
  console.log('updated BENCHMARKS.md');
}
