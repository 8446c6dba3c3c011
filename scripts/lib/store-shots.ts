// Store screenshots in every language Upstream ships, at 1280 × 800 (the size the Chrome Web Store requires and
// addons.mozilla.org recommends), as JPEG (both stores take it; their PNGs must not carry an alpha channel):
//   1-popup.jpg       the popup over the page it describes
//   2-clean-view.jpg  the clean view of that page
//   and in English also 3-listing.jpg (a tag page as a list by outlet) and 4-dark.jpg (the view's dark theme).
// Taken in Chromium run in each language, which needs its translations (Debian: chromium-l10n).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from '../fixture-server.ts';
import { evalInExtension, launchChromium, LOCALE_PACKAGES, openPopup, openTrackedPage, sendTabMessage, type Session } from './browsers.ts';

/** Store languages (BCP 47, as both stores name them) of the eight translations. */
export const STORE_LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN', 'ar'] as const;
const SIZE = { width: 1280, height: 800 };
const ARTICLE = 'seed-000-daily8-rt';
const LISTING = 'seed-002-daily8-tag';

async function openFixture(s: Session, server: FixtureServer, id: string): Promise<{ page: Page; tabId: number }> {
  const url = server.realUrl(id);
  const page = await s.browser.newPage();
  await page.setViewport(SIZE);
  return openTrackedPage(s, url, page);
}

async function save(page: Page, file: string): Promise<void> {
  // A background tab does not paint.
  await page.bringToFront();
  await page.screenshot({ path: file as `${string}.jpeg`, type: 'jpeg', quality: 88 });
}

/** The popup drawn over the top right of the page, as a browser shows it under its toolbar button. */
async function popupOverPage(s: Session, server: FixtureServer, file: string): Promise<void> {
  const { page, tabId } = await openFixture(s, server, ARTICLE);
  const pageShot = await page.screenshot({ encoding: 'base64', type: 'png' });
  const popup = await openPopup(s, tabId);
  await popup.setViewport({ width: 360, height: SIZE.height });
  const height = await popup.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
  await popup.bringToFront();
  const popupShot = await popup.screenshot({ encoding: 'base64', type: 'png', clip: { x: 0, y: 0, width: 360, height } });
  await popup.close();
  const scene = await s.browser.newPage();
  await scene.setViewport(SIZE);
  await scene.setContent(
    `<!doctype html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative">` +
      `<img src="data:image/png;base64,${pageShot}" style="display:block;filter:brightness(0.97)">` +
      `<img src="data:image/png;base64,${popupShot}" style="position:absolute;top:8px;right:16px;border:1px solid #b9bdc4;` +
      `border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)"></body>`,
    { waitUntil: 'load' },
  );
  await save(scene, file);
  await scene.close();
  await page.close();
}

async function cleanView(s: Session, server: FixtureServer, id: string, file: string): Promise<void> {
  const { page, tabId } = await openFixture(s, server, id);
  const res = await sendTabMessage(s, tabId, { type: 'set-clean-view', open: true });
  if (!res.ok || !res.open) throw new Error(`the clean view did not open on ${id}`);
  // The view puts focus on its Close button; a store picture shows it at rest.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await new Promise((r) => setTimeout(r, 300));
  await save(page, file);
  await page.close();
}

/** Takes one language's screenshots into `dir`; returns the files written. */
async function shootLocale(server: FixtureServer, locale: string, dir: string): Promise<string[]> {
  const s = await launchChromium({ locale });
  try {
    const ui = await evalInExtension(s, (ext) => ext.i18n.getUILanguage());
    if (!ui.toLowerCase().startsWith(locale.toLowerCase().split('-')[0]!)) {
      throw new Error(`Chromium runs in ${ui}, not ${locale}: install ${LOCALE_PACKAGES.chromium}`);
    }
    mkdirSync(dir, { recursive: true });
    const files = [join(dir, '1-popup.jpg'), join(dir, '2-clean-view.jpg')];
    await popupOverPage(s, server, files[0]!);
    await cleanView(s, server, ARTICLE, files[1]!);
    if (locale === 'en') {
      files.push(join(dir, '3-listing.jpg'), join(dir, '4-dark.jpg'));
      await cleanView(s, server, LISTING, files[2]!);
      await evalInExtension(s, (ext) => ext.storage.sync.set({ settings: { schemaVersion: 1, theme: 'dark' } }));
      await cleanView(s, server, ARTICLE, files[3]!);
    }
    return files;
  } finally {
    await s.close();
  }
}

/** Every language's screenshots under `root`/<language>/. */
export async function storeShots(server: FixtureServer, root: string): Promise<string[]> {
  const files: string[] = [];
  for (const locale of STORE_LOCALES) files.push(...(await shootLocale(server, locale, join(root, locale))));
  return files;
}
