// Speed and size: detector time, the clean-view pipeline against plain Readability on the same pages,
// toggle-to-paint, bundle sizes and memory, in node/jsdom and in headless Chromium with the built extension.
//
//   npm run bench:speed [-- --browser-pages N|all] [--memory-pages N] [--no-node] [--no-browser]
//                       [--limit N] [--write-md] [--label TEXT] [--json FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadCorpus, samplePages } from './lib/speed-corpus.ts';
import { runNode, type NodePageTiming } from './lib/speed-node.ts';
import type { BrowserPageTiming, MemoryResult } from './lib/speed-browser.ts';
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
const BENCH_DIST = '.tmp/bench-dist';

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
  const files = ['content.js', 'engine.js', 'background.js', ...readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)];
  return files.map((file) => {
    const buf = readFileSync(join(dir, file));
    return { file, raw: statSync(join(dir, file)).size, gzip: gzipSync(buf, { level: 9 }).length };
  });
}

async function browserPart(pages: ReturnType<typeof loadCorpus>): Promise<{ timings: BrowserPageTiming[]; memory: MemoryResult[]; version: string }> {
  // A build of our own, so a rebuild of dist/ by someone else cannot change the extension mid-run.
  process.env.UPSTREAM_DIST = BENCH_DIST;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  const h = await import('../test/e2e/harness.ts');
  const { runChromium, runMemory, serveCorpus } = await import('./lib/speed-browser.ts');
  const wanted = args['browser-pages'] === 'all' ? pages.length : Number(args['browser-pages']);
  const sample = samplePages(pages, wanted);
  const { server, urlOf } = await serveCorpus(sample);
  const s = await h.launchChromium();
  try {
    const version = await s.browser.version();
    const timings = await runChromium(h, s, sample, urlOf, (i) => process.stderr.write(`\rchromium: ${i + 1}/${sample.length}`));
    process.stderr.write('\n');
    const memIdx = samplePages(sample.map((_, i) => i), Number(args['memory-pages']));
    const memory = await runMemory(h, s, sample, urlOf, memIdx);
    return { timings, memory, version };
  } finally {
    await s.close();
    server.close();
  }
}

const pages = loadCorpus(args.corpora, limit);
const started = performance.now();
const nodeT = args['no-node'] ? [] : nodePart(pages.length);
const browser = args['no-browser'] ? null : await browserPart(pages);
const sizes = bundleSizes(resolve(root, browser ? `${BENCH_DIST}/chrome` : 'dist/chrome'));
const wallS = (performance.now() - started) / 1000;

const num = (v: (number | null)[]): number[] => v.filter((x): x is number => x !== null && Number.isFinite(x));
const ratios = (rows: { pipelineMs: number | null; readabilityMs: number | null }[]): number[] =>
  num(rows.map((r) => (r.pipelineMs !== null && r.readabilityMs ? r.pipelineMs / r.readabilityMs : null)));
const bt = browser?.timings ?? [];
const okB = bt.filter((r) => !r.error);
const mem = browser?.memory ?? [];
const pct = (a: number, b: number): string => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;

const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${arch()}, Node ${process.version}${browser ? `, ${browser.version}` : ''}`;
const date = new Date().toISOString().slice(0, 10);
const git = (...a: string[]): string => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const revision = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src' : ''}`;

const lines: string[] = [
  `Last run ${date} on commit ${revision}; ${machine}; load average at start ${(await import('node:os')).loadavg()[0]!.toFixed(1)}.`,
  `Command: \`npm run bench:speed -- --write-md${args['browser-pages'] !== '80' ? ` --browser-pages ${args['browser-pages']}` : ''}\`; wall time ${wallS.toFixed(0)} s.`,
  ...(args.label ? ['', `**Note:** ${args.label}`] : []),
  '',
  '| Measure | node/jsdom | Chromium | Target |',
  '|---|---|---|---|',
  `| Pages | ${nodeT.length} (all) | ${bt.length} (one page in ${bt.length ? Math.round(pages.length / bt.length) : "-"})${bt.length - okB.length ? `, ${bt.length - okB.length} failed` : ''} | |`,
  `| Detector per page, median / p95 | ${medP95(nodeT.map((r) => r.detectMs))} | ${medP95(num(okB.map((r) => r.detectMs)))} | ≤ 1 ms / ≤ 5 ms (Chromium) |`,
  `| Pipeline per page, median / p95 | ${medP95(nodeT.map((r) => r.pipelineMs))} | ${medP95(num(okB.map((r) => r.pipelineMs)))} | |`,
  `| Readability (clone + parse), median / p95 | ${medP95(nodeT.map((r) => r.readabilityMs))} | ${medP95(num(okB.map((r) => r.readabilityMs)))} | |`,
  `| Pipeline ÷ Readability per page, median / p95 | ${medP95(ratios(nodeT), ratio)} | ${medP95(ratios(okB), ratio)} | median ≤ 1.2× |`,
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

console.log(lines.join('\n'));
if (args.json) writeFileSync(args.json, `${JSON.stringify({ date, revision, machine, node: nodeT, browser: bt, memory: mem, sizes }, null, 1)}\n`);
if (args['write-md']) {
  writeBlock(join(root, 'BENCHMARKS.md'), 'bench:speed', '## Speed and size', lines.join('\n'));
  console.log('updated BENCHMARKS.md');
}

