// Launches real Chromium and Firefox ESR with the built extension (dist/chrome, dist/firefox), for browser
// tests (test/e2e/harness.ts) and `npm start`.
// The recipe and its pitfalls are documented in the project's browser-testing notes; the non-obvious parts are
// commented where they happen.
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import type { Browser as ExtApi } from 'webextension-polyfill';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Message, ResponseOf } from '../../src/shared/messages.ts';
import { mappedHosts } from '../fixture-server.ts';

export type { ExtApi };
export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const ROOT = resolve(import.meta.dirname, '../..');
/** Built extensions; UPSTREAM_DIST points at another build output folder (holding chrome/ and firefox/). */
const DIST_ROOT = resolve(ROOT, process.env.UPSTREAM_DIST ?? 'dist');
export const DIST = { chromium: join(DIST_ROOT, 'chrome'), firefox: join(DIST_ROOT, 'firefox') } as const;
export const SCREENSHOT_DIR = join(ROOT, 'out/e2e');
export const BINARIES = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;

/** Fixed moz-extension host, so Firefox extension URLs are known before launch (the uuid is random otherwise). */
export const FIREFOX_UUID = '5b0c7e1a-3f2d-4c8e-9a61-0b6e4f000001';
export const GECKO_ID: string = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings
  .gecko.id;

const VIEWPORT = { width: 1280, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

/** Browser profiles and temp files stay inside the project (`.tmp/` is ignored by git). */
export function useProjectTmpdir(): string {
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = dir;
  return dir;
}

export interface LaunchOptions {
  /** Show the browser window (needs a display). Default: headless. */
  headed?: boolean;
  /** Extension folder; defaults to the built one for this browser. */
  extensionDir?: string;
  /**
   * Hosts other than 127.0.0.1 and the mapped fixture hosts fail at once instead of after the system
   * resolver's timeout (5 s here, offline), which would otherwise hold up the load event of pages that
   * reference other sites (benchmarks). Chromium: they resolve to nothing; Firefox: to 127.0.0.1, where
   * nothing listens on the default ports, so the connection is refused.
   */
  offline?: boolean;
  /**
   * The browser's interface language ("ar", "de", "pt-BR"): the extension then shows that translation. Needs the
   * browser's own translations installed (Debian: chromium-l10n, firefox-esr-l10n-<lang>), else it stays English.
   */
  locale?: string;
}

/** Debian packages that hold a browser's interface translations, for error messages. */
export const LOCALE_PACKAGES = { chromium: 'chromium-l10n', firefox: 'firefox-esr-l10n-<language>' } as const;

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  /** Chromium: the extension service worker (evaluate runs in the background). Firefox: null (event page, not reachable). */
  serviceWorker: WebWorker | null;
  close(): Promise<void>;
}

/** Fixture hosts resolved to this machine (see launchChromium); with `offline`, every other host fails at once. */
function chromiumHostRules(offline = false): string {
  const rules = mappedHosts().map((h) => `MAP ${h} 127.0.0.1`);
  // The first matching MAP rule wins, so the catch-all comes last; EXCLUDE keeps the local server reachable.
  if (offline) rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost');
  return `--host-resolver-rules=${rules.join(',')}`;
}

function requireBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no built extension at ${dir}: run npm run build first`);
  }
}

function requireBinary(name: BrowserName): void {
  if (!existsSync(BINARIES[name])) throw new Error(`${BINARIES[name]} not found: install the ${name} package`);
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<Session> {
  const ext = opts.extensionDir ?? DIST.chromium;
  requireBuilt(ext);
  requireBinary('chromium');
  useProjectTmpdir();
  const browser = await puppeteer.launch({
    executablePath: BINARIES.chromium,
    headless: !opts.headed,
    // Extensions are loaded through CDP (Extensions.loadUnpacked), which needs the pipe transport.
    pipe: true,
    enableExtensions: [ext],
    defaultViewport: VIEWPORT,
    // Fixture pages are also served at their real hosts (www.daily8.com, menafn.com…) from 127.0.0.1,
    // so site rules see the URLs they see in reality. Nothing else is remapped: other hosts fail offline.
    args: [...CHROMIUM_ARGS, chromiumHostRules(opts.offline), ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
    // On Linux, Chromium takes its interface language from LANGUAGE; --lang alone is not enough.
    ...(opts.locale ? { env: { ...process.env, LANGUAGE: opts.locale.replace('-', '_') } } : {}),
  });
  try {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const serviceWorker = await target.worker();
    // URL.origin is "null" for non-special schemes such as chrome-extension:, so build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(target.url()).host}`;
    return { name: 'chromium', browser, extensionOrigin, serviceWorker, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw new Error(`Chromium started but the extension service worker never appeared (${String(err)})`, { cause: err });
  }
}

/**
 * Chromium started exactly like launchChromium but without the extension, for "without Upstream" figures
 * (benchmarks). Returns the bare puppeteer Browser.
 */
export function launchBareChromium(opts: Pick<LaunchOptions, 'headed' | 'offline'> = {}): Promise<Browser> {
  requireBinary('chromium');
  useProjectTmpdir();
  return puppeteer.launch({
    executablePath: BINARIES.chromium,
    headless: !opts.headed,
    pipe: true,
    // Extensions enabled, none loaded: the same switches as launchChromium (puppeteer otherwise passes
    // --disable-extensions, which also turns off the browser's built-in component extensions).
    enableExtensions: true,
    defaultViewport: VIEWPORT,
    args: [...CHROMIUM_ARGS, chromiumHostRules(opts.offline)],
  });
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<Session> {
  const ext = opts.extensionDir ?? DIST.firefox;
  requireBuilt(ext);
  requireBinary('firefox');
  useProjectTmpdir();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BINARIES.firefox,
    headless: !opts.headed,
    defaultViewport: VIEWPORT,
    // Without system access, WebDriver BiDi refuses to navigate a tab to moz-extension:// URLs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // Fixture pages at their real hosts resolve to this machine (see the fixture server); plain http.
      'network.dns.localDomains': mappedHosts().join(','),
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.fallback-to-https': false,
      ...(opts.offline ? { 'network.dns.forceResolve': '127.0.0.1' } : {}),
      ...(opts.locale ? { 'intl.locale.requested': opts.locale } : {}),
    },
  });
  try {
    const id = await browser.installExtension(ext);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return {
    name: 'firefox',
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    serviceWorker: null,
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<Session> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/**
 * A new tab. (Reusing "about:blank" tabs is unsafe: in Firefox, tabs showing extension pages still report
 * about:blank to puppeteer.) The viewport is set explicitly because Firefox ignores defaultViewport on some tabs.
 */
export async function newTab(s: Session): Promise<Page> {
  const page = await s.browser.newPage();
  await page.setViewport(VIEWPORT);
  return page;
}

export type UpstreamMark = 'seen' | 'aggregator';

/**
 * Waits until the content script has marked the page (<html data-upstream="seen|aggregator">). Polled from
 * here, not with waitForFunction: its in-page timers never fire on a page whose scripts are disabled, so a
 * mark set after the first check would never be seen.
 */
export async function waitForMark(page: Page, timeout = 15_000): Promise<UpstreamMark> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(() => document.documentElement?.getAttribute('data-upstream') ?? null);
    if (v === 'seen' || v === 'aggregator') return v;
    if (Date.now() > end) throw new Error(`no Upstream mark on ${page.url()} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Navigates `page` to `url` as the tab in front. A Chromium tab behind another (the extension page that
 * evalInExtension keeps open) may never reach its load event on a revisit with page scripts off, and a
 * background tab's timings are not a reader's.
 */
export async function gotoInFront(page: Page, url: string, timeout = 30_000): Promise<void> {
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load', timeout });
}

/** Opens a web page in a tab and waits for the content script's mark. */
export async function openPage(s: Session, url: string, page?: Page): Promise<{ page: Page; mark: UpstreamMark }> {
  const tab = page ?? (await newTab(s));
  await gotoInFront(tab, url);
  return { page: tab, mark: await waitForMark(tab) };
}

/** Navigates a tab to an extension page (popup/index.html, options/index.html, ...). */
export async function gotoExtensionPage(s: Session, page: Page, path: string): Promise<void> {
  const url = `${s.extensionOrigin}/${path.replace(/^\//, '')}`;
  if (s.name === 'firefox') {
    // page.goto() to moz-extension:// never sees the load event over BiDi and hangs; the raw BiDi command works.
    // `browsingContext` is a puppeteer-core 24 internal, hence the pinned version.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } };
    await frame.browsingContext.navigate(url, 'complete');
  } else {
    await page.goto(url, { waitUntil: 'load' });
  }
}

/** Opens an extension page in a new tab; waits for `body[data-ready="1"]` unless `waitReady` is false. */
export async function openExtensionPage(s: Session, path: string, waitReady = true): Promise<Page> {
  const page = await newTab(s);
  await gotoExtensionPage(s, page, path);
  if (waitReady) await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
  return page;
}

/** The popup rendered in a tab, describing tab `tabId` (the popup's ?tabId test hook). */
export function openPopup(s: Session, tabId: number): Promise<Page> {
  return openExtensionPage(s, `popup/index.html?tabId=${tabId}`);
}

export function openOptions(s: Session): Promise<Page> {
  return openExtensionPage(s, 'options/index.html');
}

// One extension page per session, kept open to evaluate extension-API code in.
const helperPages = new WeakMap<Session, Promise<Page>>();

/** An extension page (the options page) kept open for evaluating extension-API code. */
export function extensionPage(s: Session): Promise<Page> {
  let p = helperPages.get(s);
  if (!p) {
    p = openExtensionPage(s, 'options/index.html', false);
    helperPages.set(s, p);
  }
  return p;
}

/**
 * Runs `fn` inside an extension page with the extension APIs as its first argument. `fn` is serialised:
 * it must not use anything from the test's scope (pass values through `args`).
 */
export async function evalInExtension<T, A extends unknown[]>(
  s: Session,
  fn: (ext: ExtApi, ...args: A) => T | Promise<T>,
  ...args: A
): Promise<T> {
  const page = await extensionPage(s);
  const source = `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
  return (await page.evaluate(source)) as T;
}

/** runtime.sendMessage from an extension page: reaches the background like a popup's message. */
export function sendRuntimeMessage<M extends Message>(s: Session, message: M): Promise<ResponseOf<M['type']>> {
  return evalInExtension(s, (ext, m) => ext.runtime.sendMessage(m), message) as Promise<ResponseOf<M['type']>>;
}

/** tabs.sendMessage to the content script of tab `tabId`. */
export function sendTabMessage<M extends Message>(s: Session, tabId: number, message: M): Promise<ResponseOf<M['type']>> {
  return evalInExtension(s, (ext, id, m) => ext.tabs.sendMessage(id, m), tabId, message) as Promise<ResponseOf<M['type']>>;
}

/** Id of the newest tab showing `url` (exact match; tab ids only grow), or null; URLs are visible thanks to the host permissions. */
export async function newestTabId(s: Session, url: string): Promise<number | null> {
  const id = await evalInExtension(s, async (ext, u) => Math.max(-1, ...(await ext.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1)), url);
  return id >= 0 ? id : null;
}

/** Id of the newest tab showing `url`; throws when none does. */
export async function tabIdOf(s: Session, url: string): Promise<number> {
  const id = await newestTabId(s, url);
  if (id === null) throw new Error(`${s.name}: no tab shows ${url}`);
  return id;
}

/** Opens `url` (in `page`, or a new tab) and waits until the background holds the tab's state; the tab's id with it. */
export async function openTrackedPage(s: Session, url: string, page?: Page): Promise<{ page: Page; tabId: number }> {
  const opened = await openPage(s, url, page);
  const tabId = await tabIdOf(s, url);
  await waitForTabState(s, tabId);
  return { page: opened.page, tabId };
}

/** Polls `fn` until it returns something other than null/undefined/false. */
export async function poll<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v !== null && v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The background's state for a tab, waiting until the content script's page-detected has arrived. */
export function waitForTabState(s: Session, tabId: number, timeout = 10_000): Promise<NonNullable<ResponseOf<'get-tab-state'>>> {
  return poll(() => sendRuntimeMessage(s, { type: 'get-tab-state', tabId }), `tab state of tab ${tabId}`, timeout);
}

/** Saves a PNG to out/e2e/<browser>-<name>.png and returns its path. */
export async function screenshot(s: Session, page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${s.name}-${name.replace(/[^a-z0-9-]+/gi, '-')}.png`) as `${string}.png`;
  // A background tab does not paint, and Chromium then waits a long time for a frame to capture.
  await page.bringToFront();
  await page.screenshot({ path, fullPage });
  return path;
}

