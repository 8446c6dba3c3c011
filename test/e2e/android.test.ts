// Firefox for Android, approximated by Firefox ESR at a phone's 360 px width: the popup and the clean view fit
// without sideways scrolling, the view's bar stays one row with the reading settings folded away, every control
// of the view is a touch target of at least 44 × 44 px, and taps work them.
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { describeFindings } from './axe.ts';
import { evalInExtension, forEachBrowser, openPopup, openTrackedPage, poll, screenshot, useFixtureServer, waitForTabState, type Session } from './harness.ts';
import { auditView, inView, openViewForInspection } from './view-access.ts';

const fixtures = useFixtureServer();
const PHONE = { width: 360, height: 740 };
/** Smallest comfortable touch target (WCAG 2.5.5, and the platforms' guidance). */
const TARGET = 44;

async function openFixture(s: Session, id: string): Promise<{ page: Page; tabId: number }> {
  const url = fixtures.server.realUrl(id);
  const page = await s.browser.newPage();
  await page.setViewport(PHONE);
  return openTrackedPage(s, url, page);
}

/** Taps the middle of an element with a touch pointer. */
async function tap(page: Page, el: ElementHandle<Element>): Promise<void> {
  const box = await el.boundingBox();
  if (!box) throw new Error('nothing to tap: the element is not on screen');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Controls of the view that are on screen and smaller than a touch target, as "name w×h". */
function smallTargets(root: JSHandle<ShadowRoot>): Promise<string[]> {
  return root.evaluate((r, min) => {
    const controls = Array.from(r.querySelectorAll('button, select, summary, input'));
    return controls
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < min || box.height < min)
      .map(({ el, box }) => `${el.getAttribute('data-control') ?? el.tagName.toLowerCase()} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, TARGET);
}

// Android runs Firefox: the phone-width checks run there only.
forEachBrowser((b) => {
  b.test('popup at 360 px: fits without sideways scrolling; its button is a touch target and a tap opens the view', async (s) => {
    const { page, tabId } = await openFixture(s, 'seed-000-daily8-rt');
    const popup = await openPopup(s, tabId);
    try {
      await popup.setViewport(PHONE);
      const fit = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
      expect(fit.scroll).toBeLessThanOrEqual(fit.width);
      const toggle = (await popup.$('#toggle'))!;
      const box = (await toggle.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(TARGET);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await screenshot(s, popup, 'android-popup');
      await tap(popup, toggle);
      await popup.waitForFunction(() => document.querySelector('#toggle')?.getAttribute('data-open') === '1');
      expect((await waitForTabState(s, tabId)).cleanViewOpen).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  for (const id of ['seed-000-daily8-rt', 'seed-002-daily8-tag']) {
    b.test(`${id}: the clean view at 360 px fits, keeps its bar to one row and is usable by touch`, async (s) => {
      const { page, tabId } = await openFixture(s, id);
      try {
        const root = await openViewForInspection(s, tabId, page);
        const layout = await root.evaluate((r) => {
          const uv = r.querySelector('.uv')!;
          const bar = r.querySelector('.bar')!;
          return { scroll: uv.scrollWidth, width: uv.clientWidth, bar: Math.round(bar.getBoundingClientRect().height) };
        });
        expect(layout.scroll, 'sideways scrolling').toBeLessThanOrEqual(layout.width);
        // Name, settings button and Close on one row: 44 px targets plus the bar's padding.
        expect(layout.bar).toBeLessThanOrEqual(TARGET + 16);
        expect(await smallTargets(root)).toEqual([]);
        await screenshot(s, page, `android-view-${id}`);

        // The settings unfold by a tap, in a row of their own, as touch targets too.
        await tap(page, await inView(root, '[data-control="settings"]'));
        expect(await root.evaluate((r) => r.querySelector('[data-control="settings"]')!.getAttribute('aria-expanded'))).toBe('true');
        expect(await root.evaluate((r) => getComputedStyle(r.querySelector('.controls')!).display)).not.toBe('none');
        expect(await smallTargets(root)).toEqual([]);
        await screenshot(s, page, `android-view-${id}-settings`);
        await tap(page, await inView(root, '[data-control="size-more"]'));
        await poll(() => root.evaluate((r) => r.querySelector('[data-part="announce"]')?.textContent === 'Text size: 20 px'), 'a larger text size by a tap');
        expect(describeFindings((await auditView(page)).violations)).toEqual([]);

        await tap(page, await inView(root, '[data-control="close"]'));
        await poll(async () => (await page.evaluate(() => document.querySelector('upstream-clean-view') === null)) || null, 'view closed by a tap');
      } finally {
        await evalInExtension(s, (ext) => ext.storage.sync.clear());
        await page.close();
      }
    });
  }
}, { only: ['firefox'] });
