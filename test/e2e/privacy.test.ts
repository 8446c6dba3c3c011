// Privacy: every network request made while the extension works on the seed pages (detection, analysis,
// popup, clean view on and off, options) is recorded, in the pages, in the extension's own pages, in the
// background service worker (Chromium, CDP Network domain) and at the fixture server. Only the local
// fixture server may be contacted, and the extension itself fetches nothing but its own packaged files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';
import { expect } from 'vitest';
import { DIST, forEachBrowser, openExtensionPage, openPage, openPopup, sendTabMessage, tabIdOf, useFixtureServer, waitForTabState, type Session } from './harness.ts';

const fixtures = useFixtureServer();
const SEEDS = ['seed-000-daily8-rt', 'seed-001-menafn-ft', 'seed-002-daily8-tag', 'seed-003-taipei-times-bloomberg', 'seed-004-daily8-japan-times'];

interface Seen {
  /** Where the request was observed: a page URL at the time, or "service worker". */
  from: string;
  url: string;
}

/** Records the requests of every page that exists or appears, and of the Chromium service worker. */
async function recordRequests(s: Session): Promise<{ seen: Seen[]; stop(): void }> {
  const seen: Seen[] = [];
  const watched = new WeakSet<Page>();
  const watch = (page: Page): void => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('request', (req) => seen.push({ from: page.url() || 'new tab', url: req.url() }));
  };
  for (const page of await s.browser.pages()) watch(page);
  const onTarget = async (t: Target): Promise<void> => {
    const page = await t.page().catch(() => null);
    if (page) watch(page);
  };
  const browser: Browser = s.browser;
  browser.on('targetcreated', onTarget);
  let sw: CDPSession | null = null;
  if (s.serviceWorker) {
    // The background's own network activity (fetch, XHR, importScripts) as CDP sees it.
    sw = s.serviceWorker.client;
    await sw.send('Network.enable');
    sw.on('Network.requestWillBeSent', (e) => seen.push({ from: 'service worker', url: e.request.url }));
  }
  return {
    seen,
    stop: () => {
      browser.off('targetcreated', onTarget);
      sw?.removeAllListeners('Network.requestWillBeSent');
    },
  };
}

/** One seed page worked on as a reader would: detection, popup, analysis, clean view on and off. */
async function workOn(s: Session, id: string): Promise<void> {
  const url = fixtures.server.pageUrl(id);
  const { page } = await openPage(s, url);
  const tabId = await tabIdOf(s, url);
  await waitForTabState(s, tabId);
  const popup = await openPopup(s, tabId);
  const analysis = await sendTabMessage(s, tabId, { type: 'analyze' });
  expect(analysis.ok).toBe(true);
  expect(await sendTabMessage(s, tabId, { type: 'set-clean-view', open: true })).toEqual({ ok: true, open: true });
  // Give pictures in the view the time to load (or fail): those requests count too.
  await new Promise((r) => setTimeout(r, 500));
  expect((await sendTabMessage(s, tabId, { type: 'view-snapshot' })).ok).toBe(true);
  expect(await sendTabMessage(s, tabId, { type: 'set-clean-view', open: false })).toEqual({ ok: true, open: false });
  await popup.close();
  await page.close();
}

forEachBrowser((b) => {
  b.test('only the local fixture server is contacted; the extension fetches only its own files', async (s) => {
    const server = fixtures.server;
    const serverLogStart = server.requests.length;
    const rec = await recordRequests(s);
    for (const id of SEEDS) await workOn(s, id);
    const options = await openExtensionPage(s, 'options/index.html');
    await options.close();
    // Positive control: a fetch by the background must show up, or the recording proves nothing.
    if (s.serviceWorker) {
      await s.serviceWorker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome;
        return fetch(api.runtime.getURL('manifest.json')).then((r) => r.status);
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(rec.seen.some((x) => x.from === 'service worker' && x.url === `${s.extensionOrigin}/manifest.json`)).toBe(true);
    }
    rec.stop();

    const ext = s.extensionOrigin;
    const dist = b.name === 'chromium' ? DIST.chromium : DIST.firefox;
    const isLocal = (u: string): boolean => u.startsWith(server.url);
    const isOwnFile = (u: string): boolean => u.startsWith(`${ext}/`) && existsSync(join(dist, decodeURIComponent(new URL(u).pathname)));
    const inert = (u: string): boolean => /^(?:data|blob|about):/.test(u);
    const byExtension = (x: Seen): boolean => x.from === 'service worker' || x.from.startsWith(`${ext}/`);

    const elsewhere = rec.seen.filter((x) => !isLocal(x.url) && !isOwnFile(x.url) && !inert(x.url));
    // The extension's own contexts (background, popup, options) load their packaged files and nothing else.
    const fromExtension = rec.seen.filter((x) => byExtension(x) && !isOwnFile(x.url) && !inert(x.url));
    // At the server: nothing was asked for by an extension context (Origin/Referer would name it).
    const serverLog = server.requests.slice(serverLogStart);
    const extAtServer = serverLog.filter((r) => [r.headers.origin, r.headers.referer].some((h) => typeof h === 'string' && /^(?:chrome|moz)-extension:/.test(h)));

    console.log(
      `privacy ${b.name}: ${rec.seen.length} requests seen by the browser (${rec.seen.filter(byExtension).length} from extension contexts, ` +
        `${rec.seen.filter((x) => isLocal(x.url)).length} to the fixture server, ${rec.seen.filter((x) => isOwnFile(x.url)).length} for packaged files), ` +
        `${serverLog.length} in the fixture server's log; ` +
        `${elsewhere.length} elsewhere, ${fromExtension.length} non-packaged from the extension`,
    );
    expect(rec.seen.filter((x) => isLocal(x.url)).length).toBeGreaterThanOrEqual(SEEDS.length);
    expect(elsewhere).toEqual([]);
    expect(fromExtension).toEqual([]);
    expect(extAtServer.map((r) => r.url)).toEqual([]);
    // Every request the server got is a page or a relative asset of one (fixtures carry no remote URLs).
    expect(serverLog.every((r) => r.method === 'GET')).toBe(true);
  });
});
