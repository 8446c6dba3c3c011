// Browser-test harness: the launch and page helpers of scripts/lib/browsers.ts, plus vitest wiring that
// declares each test once per browser and shares one fixture server per test file.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.ts';
import { BROWSERS, launch, type BrowserName, type LaunchOptions, type Session } from '../../scripts/lib/browsers.ts';

export * from '../../scripts/lib/browsers.ts';

/** Browsers to test: all, or the comma-separated list in UPSTREAM_BROWSERS (e.g. `UPSTREAM_BROWSERS=chromium`). */
export function selectedBrowsers(): BrowserName[] {
  const wanted = process.env.UPSTREAM_BROWSERS?.split(',').map((b) => b.trim()).filter(Boolean);
  if (!wanted?.length) return [...BROWSERS];
  const bad = wanted.filter((b) => !BROWSERS.includes(b as BrowserName));
  if (bad.length) throw new Error(`UPSTREAM_BROWSERS: unknown browser ${bad.join(', ')} (use ${BROWSERS.join(', ')})`);
  return wanted as BrowserName[];
}

export interface BrowserSuite {
  name: BrowserName;
  /** The running browser (available inside tests and hooks, not while declaring). */
  readonly session: Session;
  /** Declares a test named "<browser>: <title>". */
  test(title: string, fn: (s: Session) => Promise<void> | void, timeout?: number): void;
}

/**
 * Declares the same tests once per browser. Each browser is launched once for the file (beforeAll) and
 * closed after its tests, so only one browser runs at a time. `only` limits a file to some browsers (Android
 * runs Firefox); the other options are the launch's.
 *
 *   forEachBrowser((b) => {
 *     b.test('content script marks the page', async (s) => { ... });
 *   });
 */
export function forEachBrowser(define: (b: BrowserSuite) => void, opts: LaunchOptions & { only?: BrowserName[] } = {}): void {
  const { only, ...launchOpts } = opts;
  const names = selectedBrowsers().filter((n) => !only || only.includes(n));
  // A file whose browsers are all deselected still declares something, or vitest fails it for having no tests.
  if (names.length === 0) it.skip(`needs ${only?.join(' or ')}, not selected in UPSTREAM_BROWSERS`, () => {});
  for (const name of names) {
    describe(name, () => {
      let session: Session | undefined;
      beforeAll(async () => {
        session = await launch(name, launchOpts);
      });
      afterAll(async () => {
        await session?.close();
        session = undefined;
      });
      const suite: BrowserSuite = {
        name,
        get session(): Session {
          if (!session) throw new Error(`${name} is not running (use the session inside a test or hook)`);
          return session;
        },
        test: (title, fn, timeout) => it(`${name}: ${title}`, () => fn(suite.session), timeout),
      };
      define(suite);
    });
  }
}

/** Starts the fixture server for this test file; call at the top level of the file. */
export function useFixtureServer(): { readonly server: FixtureServer } {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server(): FixtureServer {
      if (!server) throw new Error('the fixture server starts in beforeAll: use it inside a test or hook');
      return server;
    },
  };
}
