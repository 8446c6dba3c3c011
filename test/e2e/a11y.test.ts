// Accessibility of every extension surface, in Chromium and Firefox, light and dark: axe-core finds no violation
// of any impact on the popup (article, listing, a page it cannot read), the options page and the clean view
// (article and listing), and it measured the contrast of the text rather than giving up on it. Screen readers
// get a status region for the popup's verdict and a dialog named and described by the view's headline and strip.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, expect } from 'vitest';
import { setColorScheme, type ColorScheme } from '../../scripts/lib/color-scheme.ts';
import { describeFindings, runAxe, unmeasuredContrast, type AxeReport } from './axe.ts';
import { evalInExtension, forEachBrowser, openOptions, openPopup, openTrackedPage, SCREENSHOT_DIR, useFixtureServer, type Session } from './harness.ts';
import { auditView, inView, openViewForInspection } from './view-access.ts';

const fixtures = useFixtureServer();
const ARTICLE = 'seed-000-daily8-rt';
const LISTING = 'seed-002-daily8-tag';

/** A fixture in a new tab at its real address, with the background's state for it. */
async function openFixture(s: Session, id: string): Promise<{ page: Page; tabId: number }> {
  return openTrackedPage(s, fixtures.server.realUrl(id));
}

/** Every audit of this run, written to out/e2e/a11y.json for review (violations, texts whose contrast was measured). */
const audits: Array<{ browser: string; where: string; violations: number; contrastChecked: number; incomplete: string[] }> = [];
afterAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'a11y.json'), JSON.stringify(audits, null, 1) + '\n');
});

/** No violation, and every text's contrast measured (some text is always there to measure). */
function expectClean(s: Session, report: AxeReport, where: string): void {
  audits.push({
    browser: s.name,
    where,
    violations: report.violations.reduce((n, f) => n + f.nodes.length, 0),
    contrastChecked: report.contrastChecked,
    incomplete: report.incomplete.map((f) => `${f.rule}: ${f.reasons.join(', ')}`),
  });
  expect(describeFindings(report.violations), `${where}: axe violations`).toEqual([]);
  expect(unmeasuredContrast(report), `${where}: text whose contrast axe could not measure`).toEqual([]);
  expect(report.contrastChecked, `${where}: texts with measured contrast`).toBeGreaterThan(0);
}

async function auditPopup(s: Session, tabId: number, scheme: ColorScheme, where: string): Promise<void> {
  const popup = await openPopup(s, tabId);
  try {
    await setColorScheme(s, popup, scheme);
    expectClean(s, await runAxe(popup), `${where}, ${scheme}`);
  } finally {
    await popup.close();
  }
}

const setViewTheme = (s: Session, theme: string): Promise<void> =>
  evalInExtension(s, (ext, t) => ext.storage.sync.set({ settings: { schemaVersion: 1, theme: t } }), theme);

forEachBrowser((b) => {
  for (const scheme of ['light', 'dark'] as const) {
    b.test(`${scheme}: the popup on an article, a listing and a page it cannot read has no axe violation`, async (s) => {
      for (const id of [ARTICLE, LISTING]) {
        const { page, tabId } = await openFixture(s, id);
        try {
          await auditPopup(s, tabId, scheme, `popup on ${id}`);
        } finally {
          await page.close();
        }
      }
      const blank = await s.browser.newPage();
      try {
        const tabId = await evalInExtension(s, async (ext) => Math.max(...(await ext.tabs.query({})).filter((t) => !t.url || t.url === 'about:blank').map((t) => t.id ?? -1)));
        await auditPopup(s, tabId, scheme, 'popup on a blank tab');
      } finally {
        await blank.close();
      }
    });

    b.test(`${scheme}: the options page has no axe violation`, async (s) => {
      const options = await openOptions(s);
      try {
        await setColorScheme(s, options, scheme);
        expectClean(s, await runAxe(options), `options, ${scheme}`);
        // With a site listed and an invalid entry's error shown, too.
        await options.type('#site-host', 'example.com');
        await options.click('#site-add');
        await options.waitForSelector('#sites li[data-host="example.com"]');
        await options.type('#site-host', 'not a site');
        await options.click('#site-add');
        await options.waitForSelector('#site-error');
        expectClean(s, await runAxe(options), `options with a site and an error, ${scheme}`);
      } finally {
        await evalInExtension(s, (ext) => ext.storage.sync.clear());
        await options.close();
      }
    });
  }

  // The view's theme is a setting (Auto follows the system); each one the reader can pick is checked.
  for (const theme of ['light', 'dark', 'sepia'] as const) {
    b.test(`${theme}: the clean view on an article and on a listing has no axe violation`, async (s) => {
      await setViewTheme(s, theme);
      try {
        for (const id of [ARTICLE, LISTING]) {
          const { page, tabId } = await openFixture(s, id);
          try {
            const root = await openViewForInspection(s, tabId, page);
            expect(await (await inView(root, '.uv')).evaluate((el) => el.getAttribute('data-theme'))).toBe(theme);
            // The "Removed from this page" list open, so its entries are checked too.
            await root.evaluate((r) => r.querySelector('details')?.setAttribute('open', ''));
            expectClean(s, await auditView(page), `clean view on ${id}, ${theme}`);
          } finally {
            await page.close();
          }
        }
      } finally {
        await evalInExtension(s, (ext) => ext.storage.sync.clear());
      }
    });
  }

  b.test('screen readers: the popup states its verdict in a status region; the view is a dialog named by the headline and described by the strip', async (s) => {
    const { page, tabId } = await openFixture(s, ARTICLE);
    try {
      const popup = await openPopup(s, tabId);
      const summary = await popup.$eval('#summary', (el) => ({ role: el.getAttribute('role'), verdict: el.querySelector('#verdict')?.textContent ?? '' }));
      expect(summary).toEqual({ role: 'status', verdict: 'Aggregator page: Daily8' });
      expect(await popup.$eval('html', (el) => [el.lang, el.dir])).toEqual(['en', 'ltr']);
      if (s.name === 'chromium') {
        // The accessibility tree itself (Chromium exposes it to the driver): a status with the verdict as its text.
        const tree = JSON.stringify(await popup.accessibility.snapshot());
        expect(tree).toMatch(/"role":"status"[^}]*"name":"Aggregator page: Daily8"|"role":"status".*"Aggregator page: Daily8"/);
      }
      await popup.close();

      const root = await openViewForInspection(s, tabId, page);
      const dialog = await root.evaluate((r) => {
        const d = r.querySelector('[role="dialog"]')!;
        const text = (id: string | null): string => (id ? (r.getElementById(id)?.textContent ?? '') : '').replace(/\s+/g, ' ').trim();
        return { modal: d.getAttribute('aria-modal'), name: text(d.getAttribute('aria-labelledby')), description: text(d.getAttribute('aria-describedby')), lang: d.getAttribute('lang') };
      });
      expect(dialog).toEqual({
        modal: 'true',
        name: 'US-Japan relations undergoing era-defining crisis',
        description: expect.stringMatching(/^Republished by Daily8 from Russia Today/) as unknown as string,
        lang: 'en',
      });
      if (s.name === 'chromium') {
        const host = await page.$('upstream-clean-view');
        const node = await page.accessibility.snapshot({ root: host ?? undefined, interestingOnly: true });
        const flat = JSON.stringify(node);
        expect(flat).toContain('"role":"dialog"');
        expect(flat).toContain('"name":"US-Japan relations undergoing era-defining crisis"');
        expect(flat).toMatch(/"description":"Republished by Daily8 from Russia Today/);
      }
    } finally {
      await page.close();
    }
  });
});
