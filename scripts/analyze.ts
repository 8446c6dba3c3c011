// Runs the Upstream pipeline on saved pages and prints the result as JSON.
//
//   npm run --silent analyze -- page.html [--url URL] [--now ISO] [--html]
//   npm run --silent analyze -- --manifest list.tsv [--now ISO] [--html]     (JSON Lines, input order)
//
// A manifest line is `path<TAB>url` (url optional); blank lines and `#` comments are skipped and paths are
// relative to the manifest's folder. `.gz` files are gunzipped. In a batch, a page that cannot be read or
// analysed becomes `{"file":...,"error":...}` and the batch goes on; a single bad file exits with code 2.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { errorRecord } from './lib/analysis-output.ts';
import { isAbsoluteUrl, parseManifest } from './lib/manifest.ts';
import { streamPool } from './lib/page-pool.ts';
import { analyzeFile, type AnalyzeJob } from './lib/analyze-page.ts';
import { InputError } from './lib/read-html.ts';

const USAGE = `usage: npm run --silent analyze -- <file.html[.gz]> [--url URL] [--now ISO] [--html]
       npm run --silent analyze -- --manifest <list.tsv> [--now ISO] [--html]
  --url URL        page URL (default: the file's file:// URL)
  --now ISO        moment the page was captured, for relative times such as "18 hours ago"
  --html           include the clean article HTML in the output
  --manifest FILE  one page per line: path<TAB>url (url optional; # comments); prints JSON Lines`;

class UsageError extends Error {}

/** One line on stderr and exit code 2: never a stack trace for bad input or bad arguments. */
function fail(message: string, usage = false): never {
  process.stderr.write(`analyze: ${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(2);
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

function parseCli(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        now: { type: 'string' },
        manifest: { type: 'string' },
        html: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(oneLine(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.manifest !== undefined && positionals.length > 0) throw new UsageError('give a file or --manifest, not both');
  if (values.manifest !== undefined && values.url !== undefined) throw new UsageError('--url applies to a single file; put URLs in the manifest');
  if (values.manifest === undefined && positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one file' : 'no input file');
  if (values.url !== undefined && !isAbsoluteUrl(values.url)) throw new UsageError(`--url is not an absolute URL: ${values.url}`);
  let now: Date | null = null;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not an ISO date: ${values.now}`);
  }
  return { file: positionals[0], manifest: values.manifest, url: values.url, now, html: values.html };
}

async function main(): Promise<void> {
  let cli: ReturnType<typeof parseCli>;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message, true);
    throw error;
  }
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  if (cli.manifest === undefined) {
    const file = cli.file as string;
    const path = resolve(file);
    const job: AnalyzeJob = { file, path, url: cli.url ?? pathToFileURL(path).href, now: cli.now?.toISOString() ?? null, html: cli.html };
    let record;
    try {
      record = analyzeFile(job);
    } catch (error) {
      if (error instanceof InputError) fail(`${file}: ${error.message}`);
      process.stderr.write(`analyze: ${file}: pipeline failed: ${oneLine(error)}\n`);
      process.exit(1);
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
    return;
  }

  let manifestText: string;
  try {
    manifestText = readFileSync(cli.manifest, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`${cli.manifest}: ${code === 'ENOENT' ? 'manifest not found' : `cannot read manifest (${code ?? oneLine(error)})`}`);
  }
  // Pages run in child processes, a chunk each, so memory stays bounded however long the manifest; records
  // are printed in input order as chunks finish. A page that kills its worker gets an error record.
  const jobs: AnalyzeJob[] = parseManifest(manifestText, cli.manifest).map((job) => ({ ...job, now: cli.now?.toISOString() ?? null, html: cli.html }));
  await streamPool<AnalyzeJob, Record<string, unknown>>(
    join(import.meta.dirname, 'lib/analyze-worker.ts'),
    jobs,
    (records) => {
      for (const record of records) process.stdout.write(`${JSON.stringify(record)}\n`);
    },
    { chunk: 40, concurrency: Math.min(2, availableParallelism()), onCrash: (job, error) => errorRecord(job.file, `pipeline crashed: ${error}`) },
  );
}

await main();
