// Light or dark system colour scheme for a browser test or a screenshot, as the extension's pages see it through
// prefers-color-scheme. Chromium emulates it per page; Firefox over WebDriver BiDi cannot, so there it is the
// browser-wide content preference, set from the browser's own (chrome) scope.
import type { Page } from 'puppeteer-core';
import type { Session } from './browsers.ts';

export type ColorScheme = 'light' | 'dark';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: Array<{ context: string }>; type?: string } }>;
}

/** Runs a statement in Firefox's chrome scope (needs --remote-allow-system-access, which the launcher passes). */
async function firefoxChromeEval(s: Session, expression: string): Promise<void> {
  // `connection` is a puppeteer-core 24 internal (see the pinned version in package.json).
  const connection = (s.browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('firefox: no chrome-scope browsing context');
  const res = await connection.send('script.evaluate', { target: { context }, expression, awaitPromise: false });
  if (res.result.type === 'exception') throw new Error(`firefox: ${expression} failed`);
}

/** Sets the scheme `page` sees, and waits until its media query says so. */
export async function setColorScheme(s: Session, page: Page, scheme: ColorScheme): Promise<void> {
  if (s.name === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } else {
    // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light, 2 follow the system.
    await firefoxChromeEval(s, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
  }
  await page.waitForFunction((want) => matchMedia(`(prefers-color-scheme: ${want})`).matches, { timeout: 5000, polling: 50 }, scheme);
}
