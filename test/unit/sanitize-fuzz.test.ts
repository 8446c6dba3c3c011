// Property test: generated hostile pages through the whole pipeline (analyze() on jsdom, the clean view,
// the popup) never put anything active, styled, foreign-namespace or non-http(s) into what the reader sees.
// Seeded and reproducible: the run is split into FUZZ_SHARDS shards (default 2) with seeds FC_SEED,
// FC_SEED+1, …; each shard runs in its own process so both cores work. FC_SEED=<n> replays a run,
// FC_RUNS=<n> sets its size: 10,000 pages in CI (CI set), 1,000 otherwise so that a local unit run on a
// shared machine stays quick (FC_RUNS=10000 for the full run).
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShardResult } from './fuzz/fuzz-shard.ts';

const SEED = Number(process.env.FC_SEED ?? 20_250_601);
const RUNS = Number(process.env.FC_RUNS ?? (process.env.CI ? 10_000 : 1_000));
const SHARDS = Math.max(1, Number(process.env.FUZZ_SHARDS ?? 2));
const SHARD_SCRIPT = resolve(import.meta.dirname, 'fuzz/fuzz-shard.ts');

function runInChild(seed: number, runs: number): Promise<ShardResult> {
  return new Promise((done, fail) => {
    const child = fork(SHARD_SCRIPT, [String(seed), String(runs)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: ShardResult | null = null;
    child.on('message', (m) => (result = m as ShardResult));
    child.on('error', fail);
    child.on('exit', (code) => (result ? done(result) : fail(new Error(`fuzz shard (seed ${seed}) exited with code ${code} and no result`))));
  });
}

/** Runs the shards with at most `limit` processes at a time. */
async function runAll(limit: number): Promise<ShardResult[]> {
  const jobs = Array.from({ length: SHARDS }, (_, i) => ({ seed: SEED + i, runs: Math.floor(RUNS / SHARDS) + (i < RUNS % SHARDS ? 1 : 0) }));
  const results: ShardResult[] = [];
  const worker = async (): Promise<void> => {
    for (let job = jobs.shift(); job; job = jobs.shift()) results.push(await runInChild(job.seed, job.runs));
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  return results.sort((a, b) => a.seed - b.seed);
}

describe('sanitising: hostile pages through analyze(), the clean view and the popup', () => {
  it(`${RUNS} generated pages, seed ${SEED}, ${SHARDS} shards`, async () => {
    console.log(`sanitize-fuzz: seed ${SEED} (shard seeds ${SEED}..${SEED + SHARDS - 1}), ${RUNS} pages; replay with FC_SEED=${SEED} FUZZ_SHARDS=${SHARDS}`);
    const t0 = performance.now();
    const results = await runAll(Math.min(SHARDS, availableParallelism()));
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    for (const r of results) {
      console.log(`sanitize-fuzz: shard seed ${r.seed}: ${r.pages} pages in ${(r.ms / 1000).toFixed(1)} s (${(r.cpuMs / 1000).toFixed(1)} s CPU), ${r.withHtml} with article HTML, ${r.listings} listings, slowest page ${r.slowestMs.toFixed(0)} ms${r.failure ? ' — FAILED' : ''}`);
    }
    console.log(`sanitize-fuzz: ${results.reduce((n, r) => n + r.pages, 0)} pages in ${secs} s wall time`);
    const failures = results.filter((r) => r.failure).map((r) => `shard seed ${r.seed}:\n${r.failure}`);
    expect(failures.join('\n\n')).toBe('');
    // The generator must reach the sanitiser: most pages are articles whose body the extractor keeps.
    for (const r of results) expect(r.withHtml).toBeGreaterThan(r.runs * 0.6);
  }, 900_000);
});
