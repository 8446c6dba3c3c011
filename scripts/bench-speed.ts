// Speed and size: detector time, the clean-view pipeline against plain Readability on the same pages,
// toggle-to-paint, bundle sizes and memory, in node/jsdom and in headless Chromium with the built extension;
// and side by side with what others pay: Firefox's own Reader View against the clean view (Firefox ESR),
// the detector against isProbablyReaderable cold, and page loads with and without the extension (Chromium).
//
//   npm run bench:speed [-- --browser-pages N|all] [--memory-pages N] [--reader-pages N|all]
//                       [--readerable-pages N|all] [--page-load-pages N|all] [--page-load-reps N]
//                       [--no-node] [--no-browser] [--no-toggle] [--no-reader] [--no-readerable] [--no-page-load]
//                       [--limit N] [--write-md] [--label TEXT] [--json FILE]
//
// Parts: node (node/jsdom), toggle (Chromium: detector, pipeline, toggle to paint, memory), reader (Firefox
// Reader View vs clean view), readerable (detector vs isProbablyReaderable, cold), page-load (load event and
// FCP with and without the extension). Every part runs by default; a browser part whose browser is not
// installed is skipped with a note; --no-<part> skips one, --no-browser all browser parts.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from './lib/speed-corpus.ts';
import { runNode, type NodePageTiming } from './lib/speed-node.ts';
import { runBrowserParts } from './lib/speed-browser-parts.ts';
import { everyPageLines, readerLines } from './lib/speed-side-report.ts';
import { bytes, median, medP95, ms, ratio } from './lib/speed-stats.ts';
import { writeBlock } from './lib/markdown-block.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    corpora: { type: 'string', default: resolve(root, '../shared/corpora') },
    limit: { type: 'string' },
    'browser-pages': { type: 'string', default: '80' },
    'memory-pages': { type: 'string', default: '8' },
    'no-node': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-toggle': { type: 'boolean', default: false },
    'no-reader': { type: 'boolean', default: false },
    'no-readerable': { type: 'boolean', default: false },
    'no-page-load': { type: 'boolean', default: false },
    'reader-pages': { type: 'string', default: '40' },
    'readerable-pages': { type: 'string', default: '80' },
    'page-load-pages': { type: 'string', default: '30' },
    'page-load-reps': { type: 'string', default: '5' },
    'node-chunk': { type: 'string' },
    'write-md': { type: 'boolean', default: false },
    label: { type: 'string' },
    json: { type: 'string' },
  },
});
const limit = args.limit ? Number(args.limit) : undefined;

// jsdom keeps part of every closed window alive (~2-20 MB a page), so the node part runs in chunks of
// pages, each in a fresh process; the parent only collects the numbers.
if (args['node-chunk']) {
  const [from, count] = args['node-chunk'].split(',').map(Number) as [number, number];
  const pages = loadCorpus(args.corpora, limit).slice(from, from + count);
  process.stdout.write(JSON.stringify(runNode(pages)));
  process.exit(0);
}

const CHUNK = 30;

function nodePart(total: number): NodePageTiming[] {
  const out: NodePageTiming[] = [];
  for (let from = 0; from < total; from += CHUNK) {
    const argv = ['--import', 'tsx', import.meta.filename, '--node-chunk', `${from},${CHUNK}`, '--corpora', args.corpora, ...(limit ? ['--limit', String(limit)] : [])];
    const child = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`node chunk ${from} failed (${child.status})`);
    out.push(...(JSON.parse(child.stdout) as NodePageTiming[]));
    process.stderr.write(`\rnode/jsdom: ${Math.min(total, from + CHUNK)}/${total}`);
  }
  process.stderr.write('\n');
  return out;
}

function bundleSizes(dir: string): { file: string; raw: number; gzip: number }[] {
  const files = ['content.js', 'listing.js', 'engine.js', 'background.js', ...readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)];
  return files.map((file) => {
    const buf = readFileSync(join(dir, file));
    return { file, raw: statSync(join(dir, file)).size, gzip: gzipSync(buf, { level: 9 }).length };
  });
}

const pages = loadCorpus(args.corpora, limit);
const started = performance.now();
const loadAtStart = loadavg()[0]!;
const nodeT = args['no-node'] ? [] : nodePart(pages.length);
const { browser, pageLoad, cold, reader, built } = await runBrowserParts(pages, {
  skip: (['toggle', 'reader', 'readerable', 'page-load'] as const).filter((p) => args['no-browser'] || args[`no-${p}`]),
  browserPages: args['browser-pages'],
  memoryPages: Number(args['memory-pages']),
  readerPages: args['reader-pages'],
  readerablePages: args['readerable-pages'],
  pageLoadPages: args['page-load-pages'],
  pageLoadReps: Number(args['page-load-reps']),
});
const sizes = bundleSizes(built ? join(built, 'chrome') : resolve(root, 'dist/chrome'));
const wallS = (performance.now() - started) / 1000;

const num = (v: (number | null)[]): number[] => v.filter((x): x is number => x !== null && Number.isFinite(x));
const ratios = (rows: { pipelineMs: number | null; readabilityMs: number | null }[]): number[] =>
  num(rows.map((r) => (r.pipelineMs !== null && r.readabilityMs ? r.pipelineMs / r.readabilityMs : null)));
const bt = browser?.timings ?? [];
const okB = bt.filter((r) => !r.error);
const mem = browser?.memory ?? [];
const pct = (a: number, b: number): string => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;

const cpu = cpus();
const host = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${arch()}, Node ${process.version}`;
const machine = `${host}${browser ? `, ${browser.version}` : ''}`;
const date = new Date().toISOString().slice(0, 10);
const git = (...a: string[]): string => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const revision = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src' : ''}`;

/** An argument as a shell would need it typed (the label is free text). */
const shellWord = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** The run's header line for each generated block (each block may be refreshed by a run of its own). */
const header = (env: string): string[] => [
  `Last run ${date} on commit ${revision}; ${host}${env}; load average at start ${loadAtStart.toFixed(1)}.`,
  `Command: \`npm run bench:speed -- ${process.argv.slice(2).map(shellWord).join(' ')}\`; wall time of the whole run ${wallS.toFixed(0)} s.`,
  ...(args.label ? ['', `**Note:** ${args.label}`] : []),
];

const lines: string[] = [
  ...header(browser ? `, ${browser.version}` : ''),
  '',
  '| Measure | node/jsdom | Chromium | Target |',
  '|---|---|---|---|',
  `| Pages | ${nodeT.length} (all) | ${bt.length} (one page in ${bt.length ? Math.round(pages.length / bt.length) : "-"})${bt.length - okB.length ? `, ${bt.length - okB.length} failed` : ''} | |`,
  `| Detector per page, median / p95 | ${medP95(nodeT.map((r) => r.detectMs))} | ${medP95(num(okB.map((r) => r.detectMs)))} | ≤ 1 ms / ≤ 5 ms (Chromium) |`,
  `| Pipeline per page, median / p95 | ${medP95(nodeT.map((r) => r.pipelineMs))} | ${medP95(num(okB.map((r) => r.pipelineMs)))} | |`,
  `| Readability (clone + parse), median / p95 | ${medP95(nodeT.map((r) => r.readabilityMs))} | ${medP95(num(okB.map((r) => r.readabilityMs)))} | |`,
  `| Pipeline ÷ Readability per page, median / p95 | ${medP95(ratios(nodeT), ratio)} | ${medP95(ratios(okB), ratio)} | median ≤ 1.5× (node), ≤ 2.0× (Chromium) |`,
  `| Toggle to clean view painted, first open, all pages, median / p95 | – | ${medP95(num(okB.map((r) => r.firstPaintMs)))} | |`,
  `| … pages flagged as copies (badge shown; analysis prepared in idle time), median / p95 | – | ${medP95(num(okB.filter((r) => r.aggregator).map((r) => r.firstPaintMs)))} (${okB.filter((r) => r.aggregator).length} pages, ${okB.filter((r) => r.prepared).length} prepared) | p95 ≤ 150 ms |`,
  `| … other pages (cold: engine injected, analysis on toggle), median / p95 | – | ${medP95(num(okB.filter((r) => !r.aggregator).map((r) => r.firstPaintMs)))} (${okB.filter((r) => !r.aggregator).length} pages) | |`,
  `| Toggle to painted, reopen (analysis cached), median / p95 | – | ${medP95(num(okB.map((r) => r.reopenPaintMs)))} | |`,
];
if (mem.length) {
  const added = mem.map((m) => m.withBytes - m.withoutBytes);
  lines.push(
    `| JS heap added by the content script, median / max (${mem.length} pages) | – | ${bytes(median(added))} / ${bytes(Math.max(...added))} | ≤ 1 MB |`,
    `| Heap after 11 open/close vs after 1, median / max | – | ${pct(median(mem.map((m) => m.afterElevenBytes / m.afterOneBytes)), 1)} / ${pct(Math.max(...mem.map((m) => m.afterElevenBytes / m.afterOneBytes)), 1)} | within 10% |`,
    `| Heap after 11 open/close vs before the first open, median / max | – | ${pct(median(mem.map((m) => m.afterElevenBytes / m.beforeOpenBytes)), 1)} / ${pct(Math.max(...mem.map((m) => m.afterElevenBytes / m.beforeOpenBytes)), 1)} | |`,
  );
}
lines.push('', '| Bundle | Raw | gzip -9 |', '|---|---|---|', ...sizes.map((b) => `| \`${b.file.replace(/-[\w-]{8}\.js$/, '.js')}\` | ${bytes(b.raw)} | ${bytes(b.gzip)} |`));
const failed = bt.filter((r) => r.error);
if (failed.length) lines.push('', `Chromium pages that failed: ${failed.map((r) => `${r.id.slice(0, 16)} (${r.error})`).join('; ')}.`);
const slow = [...okB].sort((a, b) => (b.firstPaintMs ?? 0) - (a.firstPaintMs ?? 0)).slice(0, 3);
if (slow.length) lines.push('', `Slowest first opens in Chromium: ${slow.map((r) => `${r.id.slice(0, 16)} ${ms(r.firstPaintMs ?? NaN)} (pipeline ${ms(r.pipelineMs ?? NaN)})`).join(', ')}.`);

const readerBlock = reader ? [...header(`, ${reader.version}`), '', ...readerLines(reader.rows)] : null;
const everyPageBlock = cold || pageLoad ? [...header(''), '', ...everyPageLines(cold, pageLoad, Number(args['page-load-reps']))] : null;

// The main block is left alone by a run that measured only side-by-side parts.
const mainBlock = nodeT.length || browser ? lines : null;
console.log([mainBlock, readerBlock, everyPageBlock].filter((b) => b !== null).map((b) => b.join('\n')).join('\n\n'));
if (args.json) {
  const data = { date, revision, machine, node: nodeT, browser: bt, memory: mem, sizes, reader: reader?.rows ?? null, cold, pageLoad };
  writeFileSync(args.json, `${JSON.stringify(data, null, 1)}\n`);
}
if (args['write-md']) {
  const file = join(root, 'BENCHMARKS.md');
  if (mainBlock) writeBlock(file, 'bench:speed', '## Speed and size', mainBlock.join('\n'));
  // The side-by-side blocks are rewritten only by a run that measured them.
  if (readerBlock) writeBlock(file, 'bench:speed-reader', '#### Firefox Reader View', readerBlock.join('\n'));
  if (everyPageBlock) writeBlock(file, 'bench:speed-every-page', '#### What every page load pays', everyPageBlock.join('\n'));
  console.log('updated BENCHMARKS.md');
}
