// Runs a per-page job over many saved pages in child processes, a chunk of pages per process, so that memory
// stays bounded however long the list (jsdom keeps part of every closed window alive, and a long batch in one
// process runs out of heap). Results come back over IPC in input order.
//
// The worker module is a script that calls `servePages(handler)`; the parent calls `runPool(script, items)`.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Request<T> {
  items: T[];
}
type Reply<R> = { ok: true; results: R[] } | { ok: false; error: string };

export interface PoolOptions {
  /** Pages per child process (default 40). */
  chunk?: number;
  /** Child processes at once (default: the machine's cores, at most 4). */
  concurrency?: number;
  /** Called after each finished chunk with the count done so far. */
  progress?: (done: number, total: number) => void;
}

/** Parent side: runs `script` (a module calling servePages) over `items`; results in input order. */
export async function runPool<T, R>(script: string, items: T[], options: PoolOptions = {}): Promise<R[]> {
  const chunk = Math.max(1, options.chunk ?? 40);
  const concurrency = Math.max(1, options.concurrency ?? Math.min(4, availableParallelism()));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += chunk) chunks.push(items.slice(i, i + chunk));
  const results: R[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const runChunk = (index: number): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let answered = false;
      child.once('message', (reply: Reply<R>) => {
        answered = true;
        if (reply.ok) {
          results[index] = reply.results;
          resolvePromise();
        } else reject(new Error(reply.error));
        child.kill();
      });
      child.once('exit', (code) => {
        if (!answered) reject(new Error(`page worker exited with code ${code} before answering`));
      });
      child.send({ items: chunks[index]! } satisfies Request<T>);
    });
  const lane = async (): Promise<void> => {
    while (next < chunks.length) {
      const index = next++;
      await runChunk(index);
      done += chunks[index]!.length;
      options.progress?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, lane));
  return results.flat();
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
