// Markdown for the side-by-side parts of the speed benchmark: Firefox's Reader View against the clean view,
// and the every-page cost (detector against isProbablyReaderable, page loads with and without Upstream).
import type { ReaderPageTiming } from './speed-reader-view.ts';
import type { ColdPageTiming } from './speed-cold-worlds.ts';
import { LOAD_SERIES, pageMedian, type LoadSeries, type PageLoadTiming } from './speed-page-load.ts';
import { median, medP95, ms, p95, ratio } from './speed-stats.ts';

const finite = (v: (number | null | undefined)[]): number[] => v.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/** Per-page a ÷ b where both exist. */
function ratios<T>(rows: T[], a: (r: T) => number | null, b: (r: T) => number | null): number[] {
  return finite(rows.map((r) => {
    const x = a(r);
    const y = b(r);
    return x !== null && y ? x / y : null;
  }));
}

const verdict = (met: boolean): string => (met ? 'met' : 'missed');

export function readerLines(rows: ReaderPageTiming[]): string[] {
  const ok = rows.filter((r) => !r.error);
  const timed = ok.filter((r) => r.readerMs !== null && r.upstreamMs !== null);
  const up = (r: ReaderPageTiming): number | null => r.upstreamMs;
  const toggleRatio = (set: ReaderPageTiming[]): number[] => ratios(set, up, (r) => r.readerMs);
  const all = toggleRatio(timed);
  const upP95 = p95(finite(timed.map(up)));
  const ffP95 = p95(finite(timed.map((r) => r.readerMs)));
  const flagged = timed.filter((r) => r.aggregator);
  const other = timed.filter((r) => !r.aggregator);
  const lines = [
    `| Measure (Firefox ESR, same run, same pages) | Median / p95 | Pages | Target |`,
    `|---|---|---|---|`,
    `| Firefox Reader View: reader toggle (\`tabs.toggleReaderMode\`, the reader button's path) to article painted | ${medP95(finite(timed.map((r) => r.readerMs)))} | ${timed.length} (of ${ok.length}; ${ok.filter((r) => !r.readerable).length} without the reader button) | |`,
    `| Upstream clean view: toggle to painted, first open, same pages | ${medP95(finite(timed.map(up)))} | ${timed.length} | p95 no worse than Reader View: ${verdict(upP95 <= ffP95)} |`,
    `| Upstream ÷ Reader View per page | ${medP95(all, ratio)} | ${all.length} | median ≤ 1.0×: ${verdict(median(all) <= 1)} |`,
    `| … pages flagged as copies (analysis prepared in idle time) | ${medP95(toggleRatio(flagged), ratio)} | ${flagged.length} (${flagged.filter((r) => r.prepared).length} prepared) | |`,
    `| … other pages (cold: engine injected, analysis on toggle) | ${medP95(toggleRatio(other), ratio)} | ${other.length} | |`,
    `| Firefox Reader View opened at \`about:reader?url=…\` (download, parse, render), navigation start to painted | ${medP95(finite(ok.map((r) => r.readerUrlMs)))} | ${finite(ok.map((r) => r.readerUrlMs)).length} | |`,
    `| Upstream (first open) ÷ \`about:reader?url=…\` per page | ${medP95(ratios(ok, up, (r) => r.readerUrlMs), ratio)} | ${ratios(ok, up, (r) => r.readerUrlMs).length} | |`,
  ];
  const failed = rows.filter((r) => r.error);
  if (failed.length) lines.push('', `Firefox pages that failed: ${failed.map((r) => `${r.id.slice(0, 16)} (${r.error})`).join('; ')}.`);
  return lines;
}

function coldLines(rows: ColdPageTiming[]): string[] {
  const ok = rows.filter((r) => !r.error && r.detectorMs !== null && r.readerableMs !== null);
  const call = ratios(ok, (r) => r.detectorMs, (r) => r.readerableMs);
  const total = ratios(ok, (r) => r.detectorTotalMs, (r) => r.readerableTotalMs);
  const lines = [
    `| Cold, Chromium, fresh renderer and isolated world per page (${ok.length} pages, ${ok.filter((r) => r.readerable).length} readerable) | Upstream detector | isProbablyReaderable | Detector ÷ readerable per page, median / p95 | Target |`,
    `|---|---|---|---|---|`,
    `| The call, median / p95 | ${medP95(finite(ok.map((r) => r.detectorMs)))} | ${medP95(finite(ok.map((r) => r.readerableMs)))} | ${medP95(call, ratio)} | median ≤ 1.0×: ${verdict(median(call) <= 1)} |`,
    `| Script top level and the call, median / p95 | ${medP95(finite(ok.map((r) => r.detectorTotalMs)))} | ${medP95(finite(ok.map((r) => r.readerableTotalMs)))} | ${medP95(total, ratio)} | |`,
  ];
  const failed = rows.filter((r) => r.error);
  if (failed.length) lines.push('', `Cold-world pages that failed: ${failed.map((r) => `${r.id.slice(0, 16)} (${r.error})`).join('; ')}.`);
  return lines;
}

function signed(x: number): string {
  return Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${ms(Math.abs(x))}` : 'n/a';
}

function loadLines(rows: PageLoadTiming[], reps: number): string[] {
  const ok = rows.filter((r) => !r.error);
  const row = (what: 'loadMs' | 'fcpMs', label: string): string => {
    const per = (s: LoadSeries): (number | null)[] => ok.map((r) => pageMedian(r, s, what));
    const [w, a, b] = LOAD_SERIES.map(per) as [(number | null)[], (number | null)[], (number | null)[]];
    const diff = (x: (number | null)[], y: (number | null)[]): number[] => finite(x.map((v, i) => (v !== null && y[i] !== null ? v - y[i]! : null)));
    const cost = [median(diff(w, a)), median(diff(w, b))];
    const noise = diff(b, a);
    const spread = median(noise.map(Math.abs));
    const within = cost.every((c) => Math.abs(c) <= spread);
    return `| ${label} | ${ms(median(finite(a)))} | ${ms(median(finite(b)))} | ${ms(median(finite(w)))} | ${signed(cost[0]!)} / ${signed(cost[1]!)} | ${signed(median(noise))} (${ms(spread)}) | within the noise: ${within ? 'yes' : 'no'} |`;
  };
  return [
    `| Page load, Chromium (${ok.length} pages × ${reps} loads per series), median over pages of each page's median | Without, run A | Without, run B | With Upstream | With − without (A / B), median per page | Noise: B − A, median per page (median \\|B − A\\|) | Target: cost within the noise |`,
    `|---|---|---|---|---|---|---|`,
    row('loadMs', 'Load event (`loadEventStart`)'),
    row('fcpMs', 'First contentful paint'),
  ];
}

export function everyPageLines(cold: ColdPageTiming[] | null, load: PageLoadTiming[] | null, reps: number): string[] {
  const lines: string[] = [];
  if (cold) lines.push(...coldLines(cold));
  if (cold && load) lines.push('');
  if (load) lines.push(...loadLines(load, reps));
  return lines;
}
