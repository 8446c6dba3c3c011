// Keyboard use of every surface, in Chromium and Firefox: Tab reaches every control in order, each shows a
// visible focus ring, and each works from the keyboard; the clean view keeps Tab inside it, Escape closes it and
// focus goes back where it was on the page.
import type { JSHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { evalInExtension, forEachBrowser, openOptions, openPopup, openTrackedPage, poll, sendTabMessage, useFixtureServer, waitForTabState, type Session } from './harness.ts';
import { openViewForInspection } from './view-access.ts';

const fixtures = useFixtureServer();

/** Selector of everything a keyboard user must be able to reach. */
const CONTROLS = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

async function openFixture(s: Session, id: string): Promise<{ page: Page; tabId: number }> {
  return openTrackedPage(s, fixtures.server.realUrl(id));
}

interface Stop {
  name: string;
  /** The focus ring: outline style and width in px, as computed while focused. */
  ring: string;
}

type Root = JSHandle<Document | ShadowRoot>;

/** The focused element of a document or shadow root, named as `reachable` names it, with its focus ring. */
function focused(root: Root): Promise<Stop | null> {
  return root.evaluate((r) => {
    const el = r.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const name = el.getAttribute('data-control') || el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`;
    return { name, ring: `${cs.outlineStyle} ${Math.round(parseFloat(cs.outlineWidth))}` };
  });
}

/** Every control a keyboard user should reach (shown, not inside a closed <details>), in document order. */
function reachable(root: Root): Promise<string[]> {
  return root.evaluate(
    (r, selector) =>
      Array.from(r.querySelectorAll(selector))
        .filter((el) => !el.closest('details:not([open]) > :not(summary)') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => el.getAttribute('data-control') || el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`),
    CONTROLS,
  );
}

/** Presses Tab (or Shift+Tab) `count` times and lists the stops, which must all show a focus ring. */
async function tabStops(page: Page, root: Root, count: number, shift = false): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (shift) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (shift) await page.keyboard.up('Shift');
    const stop = await focused(root);
    expect(stop, `stop ${i + 1}`).not.toBeNull();
    expect(stop!.ring, `focus ring of ${stop!.name}`).toMatch(/^(solid|auto|dotted|dashed|double) ([2-9]|\d\d)/);
    names.push(stop!.name);
  }
  return names;
}

const documentOf = (page: Page): Promise<Root> => page.evaluateHandle(() => document) as Promise<Root>;

forEachBrowser((b) => {
  b.test('popup: Tab reaches every control with a visible focus ring; Enter and Space work the clean-view button', async (s) => {
    const { page, tabId } = await openFixture(s, 'seed-000-daily8-rt');
    const popup = await openPopup(s, tabId);
    try {
      await popup.bringToFront();
      const doc = await documentOf(popup);
      const want = await reachable(doc);
      expect(want.length).toBeGreaterThan(5);
      expect(want.at(-1)).toBe('toggle');
      expect(await tabStops(popup, doc, want.length)).toEqual(want);
      // Focus is on the button now: Enter opens the view in the page, Space closes it again.
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => document.querySelector('#toggle')?.getAttribute('data-open') === '1');
      expect((await sendTabMessage(s, tabId, { type: 'view-snapshot' })).ok && (await waitForTabState(s, tabId)).cleanViewOpen).toBe(true);
      expect((await focused(doc))?.name).toBe('toggle');
      await popup.keyboard.press(' ');
      await popup.waitForFunction(() => document.querySelector('#toggle')?.getAttribute('data-open') === '0');
      expect((await waitForTabState(s, tabId)).cleanViewOpen).toBe(false);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  b.test('options: Tab reaches every control with a visible focus ring; each works from the keyboard', async (s) => {
    const options = await openOptions(s);
    const settings = async (): Promise<Record<string, unknown>> => (await evalInExtension(s, async (ext) => (await ext.storage.sync.get('settings')).settings ?? {})) as Record<string, unknown>;
    try {
      await options.bringToFront();
      const doc = await documentOf(options);
      const want = await reachable(doc);
      expect(want).toEqual(expect.arrayContaining(['auto-open', 'badge', 'site-host', 'site-choice', 'site-add', 'theme', 'font', 'font-size', 'width']));
      expect(await tabStops(options, doc, want.length)).toEqual(want);

      await options.focus('#badge');
      await options.keyboard.press(' ');
      await poll(async () => (await settings()).badge === false, 'badge off from the keyboard');
      // A site typed and entered; its Remove button is the next stop after the list's own controls.
      await options.focus('#site-host');
      await options.keyboard.type('example.org');
      await options.keyboard.press('Enter');
      await options.waitForSelector('#sites li[data-host="example.org"]');
      await options.focus('#sites li[data-host="example.org"] button');
      await options.keyboard.press('Enter');
      await options.waitForSelector('#sites-empty');
      // Selects change by typing the first letter of an option, without opening.
      await options.focus('#theme');
      await options.keyboard.press('d');
      await poll(async () => (await settings()).theme === 'dark', 'theme chosen from the keyboard');
      await options.focus('#font-size');
      await options.keyboard.press('ArrowUp');
      await options.keyboard.press('Tab');
      await poll(async () => (await settings()).fontSize === 20, 'text size stepped from the keyboard');
    } finally {
      await evalInExtension(s, (ext) => ext.storage.sync.clear());
      await options.close();
    }
  });

  b.test('clean view: Tab reaches every control in a loop, each with a focus ring; keys work them; Escape returns focus to the page', async (s) => {
    const { page, tabId } = await openFixture(s, 'seed-000-daily8-rt');
    try {
      await page.bringToFront();
      await page.evaluate(() => (document.querySelector('a[href]') as HTMLElement).focus());
      const before = await page.evaluate(() => document.activeElement?.outerHTML);
      const root = (await openViewForInspection(s, tabId, page)) as Root;
      expect((await focused(root))?.name).toBe('close');
      const want = await reachable(root);
      expect(want.slice(0, 7)).toEqual(['theme', 'font', 'size-less', 'size-more', 'width-less', 'width-more', 'close']);
      expect(want.at(-1)).toMatch(/^summary:Removed from this page/);
      // From the close button: on to the last stop, round to the first, and on to the close button again.
      const fromClose = [...want.slice(7), ...want.slice(0, 7)];
      expect(await tabStops(page, root, want.length)).toEqual(fromClose);
      // Backwards from the close button, the first stop wraps to the last.
      expect(await tabStops(page, root, 7, true)).toEqual([...want.slice(0, 6).reverse(), want.at(-1)!]);

      // Keys work the controls: a stepper button, a select, the removed list's summary.
      await root.evaluate((r) => (r.querySelector('[data-control="size-more"]') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      await poll(() => root.evaluate((r) => r.querySelector('[data-part="announce"]')?.textContent === 'Text size: 20 px'), 'the new size read out');
      await root.evaluate((r) => (r.querySelector('[data-control="theme"]') as HTMLElement).focus());
      await page.keyboard.press('d');
      await poll(() => root.evaluate((r) => r.querySelector('.uv')?.getAttribute('data-theme') === 'dark'), 'theme chosen from the keyboard');
      await root.evaluate((r) => (r.querySelector('summary') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      expect(await root.evaluate((r) => r.querySelector('details')?.open)).toBe(true);

      await page.keyboard.press('Escape');
      await poll(async () => (await page.evaluate(() => document.querySelector('upstream-clean-view') === null)) || null, 'view closed');
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    } finally {
      await evalInExtension(s, (ext) => ext.storage.sync.clear());
      await page.close();
    }
  });

  b.test('clean view on a narrow screen: the settings button opens the reading settings, which come next in the Tab order', async (s) => {
    const { page, tabId } = await openFixture(s, 'seed-000-daily8-rt');
    try {
      await page.setViewport({ width: 360, height: 740 });
      await page.bringToFront();
      const root = (await openViewForInspection(s, tabId, page)) as Root;
      const first = await reachable(root);
      expect(first.slice(0, 2)).toEqual(['settings', 'close']);
      expect(first).not.toContain('theme');
      await root.evaluate((r) => (r.querySelector('[data-control="settings"]') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      expect(await root.evaluate((r) => r.querySelector('[data-control="settings"]')?.getAttribute('aria-expanded'))).toBe('true');
      expect(await tabStops(page, root, 2)).toEqual(['theme', 'font']);
    } finally {
      await page.close();
    }
  });
});
