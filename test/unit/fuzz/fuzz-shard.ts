// One shard of the sanitiser property run: `runs` generated pages from `seed`. Runs in-process, or as a
// child process (`tsx fuzz-shard.ts <seed> <runs>`, answering over IPC) so a run can use every core:
// jsdom is single-threaded and vitest gives one worker to a test file.
import fc from 'fast-check';
import { hostileDocument, pageUrl } from './hostile-documents.ts';
import { checkPipeline } from './pipeline-check.ts';
import { installI18n } from '../ui-helpers.ts';

export interface ShardResult {
  seed: number;
  runs: number;
  /** Pages checked, including the ones fast-check replayed while shrinking a failure. */
  pages: number;
  /** Pages whose analysis carried article HTML (what the sanitiser works on). */
  withHtml: number;
  listings: number;
  ms: number;
  /** CPU time of the shard's process (user + system): what the run costs on an otherwise idle machine. */
  cpuMs: number;
  /** The slowest page, in ms (a page that makes the pipeline crawl is a finding too). */
  slowestMs: number;
  /** fast-check's report (seed, path, shrunk counterexample) when the property failed. */
  failure: string | null;
}

export async function runShard(seed: number, runs: number): Promise<ShardResult> {
  installI18n();
  const result: ShardResult = { seed, runs, pages: 0, withHtml: 0, listings: 0, ms: 0, cpuMs: 0, slowestMs: 0, failure: null };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const details = await fc.check(
    fc.asyncProperty(hostileDocument, pageUrl, async (html, url) => {
      const start = performance.now();
      const r = checkPipeline(html, url);
      result.slowestMs = Math.max(result.slowestMs, performance.now() - start);
      result.pages++;
      if (r.htmlLength > 0) result.withHtml++;
      if (r.kind === 'listing') result.listings++;
      // jsdom frees a closed window only once the event loop turns: without this, memory grows ~1 MB a page.
      await new Promise((done) => setImmediate(done));
      if (r.violations.length > 0) throw new Error(r.violations.join('\n'));
    }),
    { seed, numRuns: runs },
  );
  result.ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    result.failure = `${fc.defaultReportMessage(details) ?? 'property failed'}\nViolations:\n${error}`;
  }
  return result;
}

if (process.send && import.meta.url === `file://${process.argv[1]}`) {
  const [seed, runs] = process.argv.slice(2).map(Number);
  const result = await runShard(seed!, runs!);
  process.send(result, () => process.exit(0));
}
