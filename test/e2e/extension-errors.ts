// Collects errors the extension causes while a browser test runs: uncaught exceptions and console errors
// in the pages it works on (the content script and engine run there, in their own world), in the
// background service worker (Chromium) and in its own pages, plus the extension's "Upstream: …" warnings,
// which it prints only when something it did failed.
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { extensionPage, type Session } from './harness.ts';

export interface ErrorLog {
  /** One line per error, prefixed with where it happened. */
  readonly errors: string[];
  /** Starts recording a page's errors (call before the page loads). */
  watchPage(page: Page): Promise<void>;
}

/** Console noise that is about the page's own resources, not about the extension (the machine is offline). */
const NETWORK_NOISE = /^Failed to load resource|net::ERR_|ERR_BLOCKED_BY_CLIENT|NS_ERROR_|downloadable font|was blocked because of a disallowed MIME type/i;

/**
 * A console error counts when script raised it (the page's scripts are off in the corpus run, so that is the
 * extension) or it names the extension. Messages the browser itself logs about the page's
 * resources (a web-app manifest that 404s, a cross-origin SVG sprite, a file: URL) carry no stack.
 */
function consoleProblem(msg: ConsoleMessage): string | null {
  const text = msg.text();
  const type = msg.type();
  // console.* calls carry their arguments; messages the browser logs itself (CDP Log domain) carry none.
  const fromScript = msg.args().length > 0 || /^(?:chrome|moz)-extension:/.test(msg.location().url ?? '');
  if (type === 'error' && (fromScript || /Upstream/.test(text)) && !NETWORK_NOISE.test(text)) return `console.error: ${text}`;
  if (type === 'warn' && /^Upstream\b/.test(text)) return `console.warn: ${text}`;
  return null;
}

export async function watchExtensionErrors(s: Session): Promise<ErrorLog> {
  const errors: string[] = [];
  const watched = new WeakSet<Page>();
  const watchPage = async (page: Page): Promise<void> => {
    if (watched.has(page)) return;
    watched.add(page);
    const where = (): string => {
      try {
        return page.url();
      } catch {
        return 'page';
      }
    };
    page.on('pageerror', (err) => errors.push(`${where()}: uncaught ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    page.on('console', (msg) => {
      const problem = consoleProblem(msg);
      if (problem) errors.push(`${where()}: ${problem}`);
    });
  };
  if (s.serviceWorker) {
    s.serviceWorker.on('error', (err) => errors.push(`service worker: uncaught ${err.stack ?? err.message}`));
    s.serviceWorker.on('console', (msg) => {
      const problem = consoleProblem(msg);
      if (problem) errors.push(`service worker: ${problem}`);
    });
  }
  // The extension page the harness uses to send messages: its errors are the extension's too.
  await watchPage(await extensionPage(s));
  return { errors, watchPage };
}
