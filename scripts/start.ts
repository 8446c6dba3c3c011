// npm start: builds the extension, serves the fixture pages and runs Upstream in Chromium.
//   npm start            with a display: a Chromium window with Upstream loaded, on the fixture index;
//                        without one (CI, servers): visits each demo fixture headless, prints what the
//                        detector found and saves a screenshot per page to out/start/.
//   npm start -- <URL>   the same for one address instead of the fixtures.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFixtures, realLocations, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { launchChromium, newTab, openPage, poll, sendRuntimeMessage, tabIdOf, type Session } from './lib/browsers.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/start');

class UsageError extends Error {}

function parseTarget(argv: string[]): string | null {
  const [arg, extra] = argv;
  if (extra !== undefined) throw new UsageError('give at most one URL: npm start -- <URL>');
  if (arg === undefined) return null;
  let url: URL;
  try {
    url = new URL(arg);
  } catch {
    throw new UsageError(`not a URL: ${arg} (for example: npm start -- https://www.daily8.com/news/...)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`only http and https pages: ${arg}`);
  return url.href;
}

function build(): void {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const res = spawnSync(tsx, [join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  if (res.error) throw new Error(`could not run the build: ${res.error.message} (run npm ci first)`);
  if (res.status !== 0) throw new Error('the build failed (see above)');
}

interface Visit {
  name: string;
  url: string;
  /** Where to go when `url` cannot load here (see demoPages). */
  fallback?: string;
}

/**
 * Pages the headless run visits: the realistic fixtures (stress pages are for tests) at their real addresses,
 * so site rules match. Hosts on the browser's HSTS preload list (msn.com, bbc.co.uk…) are forced to https,
 * which the plain-http fixture server cannot answer: those fall back to the 127.0.0.1 address.
 */
function demoPages(server: FixtureServer): Visit[] {
  const real = realLocations();
  return listFixtures()
    .filter((id) => !id.startsWith('stress-'))
    .map((id) => (real.has(id) ? { name: id, url: server.realUrl(id), fallback: server.pageUrl(id) } : { name: id, url: server.pageUrl(id) }));
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim();
}

/** One line for one page: what the content script marked and what the background recorded. */
async function visit(s: Session, { name, url, fallback }: Visit): Promise<string> {
  const page = await newTab(s);
  try {
    let note = '';
    const { mark } = await openPage(s, url, page).catch((err: unknown) => {
      if (fallback && /ERR_SSL_PROTOCOL_ERROR/.test(String(err))) {
        note = `  (${new URL(url).hostname} is https-only in the browser: shown at ${fallback})`;
        return openPage(s, fallback, page);
      }
      throw err;
    }).catch((err: unknown) => {
      throw new Error(`did not load or the detector did not run: ${firstLine(err)}`, { cause: err });
    });
    const tabId = await tabIdOf(s, page.url());
    const state = await poll(() => sendRuntimeMessage(s, { type: 'get-tab-state', tabId }), 'the detection');
    const d = state.detection;
    const verdict = d.isAggregator ? `aggregator: ${d.host.name}` : 'not an aggregator';
    const details = [d.kind, d.rule ? `rule ${d.rule}` : null].filter(Boolean).join(', ');
    const shot = join(outDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`) as `${string}.png`;
    await page.screenshot({ path: shot });
    return `${url}  ${mark === 'aggregator' ? '↑' : '·'} ${verdict} (${details})  ${shot.slice(root.length + 1)}${note}`;
  } finally {
    await page.close();
  }
}

async function headless(server: FixtureServer, target: string | null): Promise<number> {
  const pages: Visit[] = target ? [{ name: new URL(target).hostname, url: target }] : demoPages(server);
  if (pages.length === 0) throw new Error('no fixture pages in test/fixtures');
  mkdirSync(outDir, { recursive: true });
  console.log(`No display: visiting ${pages.length} page(s) in headless Chromium with Upstream loaded.`);
  const s = await launchChromium();
  let failures = 0;
  try {
    for (const v of pages) {
      try {
        console.log(await visit(s, v));
      } catch (err) {
        failures++;
        console.log(`${v.url}  error: ${firstLine(err)}`);
      }
    }
  } finally {
    await s.close();
  }
  console.log(`Screenshots in ${outDir.slice(root.length + 1)}/. With a display, npm start opens a Chromium window instead.`);
  return failures === 0 ? 0 : 1;
}

async function headed(server: FixtureServer, target: string | null): Promise<number> {
  const s = await launchChromium({ headed: true });
  const url = target ?? server.url;
  const page = await newTab(s);
  await page.goto(url).catch((err: unknown) => console.error(`could not open ${url}: ${firstLine(err)}`));
  console.log(`Chromium is open with Upstream loaded, on ${url}. Close the window (or press Ctrl+C) to stop.`);
  await new Promise<void>((done) => {
    s.browser.once('disconnected', () => done());
    process.once('SIGINT', () => void s.close().then(done, done));
  });
  return 0;
}

async function main(): Promise<number> {
  const target = parseTarget(process.argv.slice(2));
  build();
  const server = await startFixtureServer();
  try {
    return process.env.DISPLAY ? await headed(server, target) : await headless(server, target);
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`npm start: ${firstLine(err)}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
