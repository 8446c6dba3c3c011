// Screenshots of the clean view and the popup, light and dark, for review, and the store screenshots.
//   npm run build && npm run screenshots            -> out/screenshots/*.png and store/screenshots/<language>/*.jpg
//   SCREENSHOT_BROWSERS=chromium,firefox npm run screenshots
// Chromium takes every review shot; Firefox (if asked for) takes the clean view only. The store screenshots are
// Chromium's, in each of the eight languages (scripts/lib/store-shots.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startFixtureServer } from './fixture-server.ts';
import { evalInExtension, launch, openPopup, openTrackedPage, ROOT, sendTabMessage, type BrowserName, type Session } from './lib/browsers.ts';
import { storeShots } from './lib/store-shots.ts';

const OUT = join(ROOT, 'out/screenshots');
const STORE = join(ROOT, 'store/screenshots');
const PAGES = ['seed-000-daily8-rt', 'seed-002-daily8-tag'];
const THEMES = ['light', 'dark'] as const;

async function setTheme(s: Session, theme: string): Promise<void> {
  await evalInExtension(s, (ext, t) => ext.storage.sync.set({ settings: { schemaVersion: 1, theme: t } }), theme);
}

async function shoot(page: Page, name: string): Promise<void> {
  // A background tab never paints: capture would time out.
  await page.bringToFront();
  const path = join(OUT, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  console.log(`wrote ${path.slice(ROOT.length + 1)}`);
}

async function run(name: BrowserName, baseUrl: (id: string) => string): Promise<void> {
  const s = await launch(name);
  try {
    for (const id of PAGES) {
      const url = baseUrl(id);
      const { page, tabId } = await openTrackedPage(s, url);
      for (const theme of THEMES) {
        await setTheme(s, theme);
        await sendTabMessage(s, tabId, { type: 'set-clean-view', open: true });
        await new Promise((r) => setTimeout(r, 300));
        await shoot(page, `${name}-${id}-view-${theme}`);
        // Focus sits on the view's close button, so End scrolls the view (not the page) to its end.
        await page.keyboard.press('End');
        await new Promise((r) => setTimeout(r, 600));
        await shoot(page, `${name}-${id}-view-${theme}-end`);
        await sendTabMessage(s, tabId, { type: 'set-clean-view', open: false });
        if (name !== 'chromium') continue;
        const popup = await openPopup(s, tabId);
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await popup.setViewport({ width: 360, height: 560 });
        await shoot(popup, `${name}-${id}-popup-${theme}`);
        await popup.close();
      }
      await page.close();
    }
    await evalInExtension(s, (ext) => ext.storage.sync.clear());
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browsers = (process.env.SCREENSHOT_BROWSERS ?? 'chromium').split(',').map((b) => b.trim()) as BrowserName[];
  try {
    // At the pages' real hosts (resolved to the local server), so site rules apply as they do for readers.
    for (const b of browsers) await run(b, (id) => server.realUrl(id));
    for (const file of await storeShots(server, STORE)) console.log(`wrote ${file.slice(ROOT.length + 1)}`);
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
