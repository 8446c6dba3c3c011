// Runs a per-page job over many saved pages in child processes, a chunk of pages per process, so that memory
// stays bounded however long the list (jsdom keeps part of every closed window alive, and a long batch in one
// process runs out of heap). Results come back over IPC and are handed on in input order, chunk by chunk, so
// a caller that streams them (the analyze CLI) holds at most a few chunks at once.
//
// The worker module is a script that calls `servePages(handler)`; the parent calls `runPool(script, items)`
// or `streamPool(script, items, onResults)`.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Request<T> {
  items: T[];
}
type Reply<R> = { ok: true; results: R[] } | { ok: false; error: string };

export interface PoolOptions<T, R> {
  /** Pages per child process (default 40). */
  chunk?: number;
  /** Child processes at once (default: the machine's cores, at most 4). */
  concurrency?: number;
  /** Called after each finished chunk with the count done so far. */
  progress?: (done: number, total: number) => void;
  /**
   * The result for a page whose worker died (out of memory, a crash in the parser). Without it a dead worker
   * fails the run; with it, the chunk's pages are retried one process each and only the page that kills its
   * worker gets this result.
   */
  onCrash?: (item: T, error: string) => R;
}

/** One child process over `items`; rejects when the child dies or its handler throws. */
function runChild<T, R>(script: string, items: T[]): Promise<R[]> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (reply: Reply<R>) => {
      answered = true;
      if (reply.ok) resolvePromise(reply.results);
      else reject(new Error(reply.error));
      child.kill();
    });
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`page worker exited (${signal ?? `code ${code}`}) before answering`));
    });
    child.send({ items } satisfies Request<T>);
  });
}

/** A chunk whose worker died, page by page, so one bad page costs only its own result. */
async function isolate<T, R>(script: string, items: T[], onCrash: (item: T, error: string) => R): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) {
    try {
      out.push(...(await runChild<T, R>(script, [item])));
    } catch (error) {
      out.push(onCrash(item, (error as Error).message.split('\n')[0] ?? 'worker died'));
    }
  }
  return out;
}

/**
 * Runs `script` over `items` and hands each chunk's results to `onResults` in input order, as soon as every
 * earlier chunk has been handed on. Nothing is kept after that.
 */
export async function streamPool<T, R>(
  script: string,
  items: T[],
  onResults: (results: R[]) => void,
  options: PoolOptions<T, R> = {},
): Promise<void> {
  const chunk = Math.max(1, options.chunk ?? 40);
  const concurrency = Math.max(1, options.concurrency ?? Math.min(4, availableParallelism()));
  const chunkCount = Math.ceil(items.length / chunk);
  const waiting = new Map<number, R[]>();
  let flushed = 0;
  let next = 0;
  let done = 0;
  // Lanes stay at most a few chunks ahead of the oldest unfinished one, so a slow chunk cannot make the
  // finished ones behind it pile up.
  const ahead = concurrency * 3;
  let wake: (() => void)[] = [];
  const flush = (): void => {
    for (let ready = waiting.get(flushed); ready; ready = waiting.get(flushed)) {
      waiting.delete(flushed++);
      onResults(ready);
    }
    const woken = wake;
    wake = [];
    for (const w of woken) w();
  };
  const lane = async (): Promise<void> => {
    while (next < chunkCount) {
      while (next - flushed >= ahead) await new Promise<void>((w) => wake.push(w));
      if (next >= chunkCount) break;
      const index = next++;
      const slice = items.slice(index * chunk, (index + 1) * chunk);
      let results: R[];
      try {
        results = await runChild<T, R>(script, slice);
      } catch (error) {
        if (!options.onCrash) throw error;
        results = await isolate(script, slice, options.onCrash);
      }
      waiting.set(index, results);
      flush();
      done += slice.length;
      options.progress?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunkCount) }, lane));
}

/** Parent side: runs `script` (a module calling servePages) over `items`; all results, in input order. */
export async function runPool<T, R>(script: string, items: T[], options: PoolOptions<T, R> = {}): Promise<R[]> {
  const all: R[] = [];
  await streamPool<T, R>(script, items, (results) => all.push(...results), options);
  return all;
}

/** Child side: answers one request with the handler's result for each item, then the parent ends it. */
export function servePages<T, R>(handler: (item: T) => R | Promise<R>): void {
  process.once('message', async (request: Request<T>) => {
    try {
      const results: R[] = [];
      for (const item of request.items) results.push(await handler(item));
      process.send?.({ ok: true, results } satisfies Reply<R>);
    } catch (error) {
      process.send?.({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Reply<R>);
    }
  });
}
