// Right to left, in Chromium and Firefox. An Arabic and a Hebrew page open in a right-to-left clean view in an
// English browser (the Hebrew page sets its direction in CSS only), with the story whole and the clutter gone;
// and in an Arabic browser the popup, the options page and the view's own text are Arabic and right to left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { describeFindings, runAxe } from './axe.ts';
import { evalInExtension, forEachBrowser, LOCALE_PACKAGES, openOptions, openPopup, openTrackedPage, ROOT, screenshot, sendTabMessage, useFixtureServer, type Session } from './harness.ts';
import { auditView, openViewForInspection } from './view-access.ts';

const fixtures = useFixtureServer();
const RTL_PAGES = [
  { id: 'rtl-ar-portal-aljazeera', lang: 'ar' },
  { id: 'rtl-he-local-original', lang: 'he' },
];

interface Expected {
  title: string;
  paragraphs: string[];
}
const expectedOf = (id: string): Expected => JSON.parse(readFileSync(join(ROOT, 'test/fixtures', id, 'expected.json'), 'utf8')) as Expected;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function openFixture(s: Session, id: string): Promise<{ page: Page; tabId: number }> {
  return openTrackedPage(s, fixtures.server.realUrl(id));
}

/**
 * How the story column is laid out: its direction, and which edge the last line of its first paragraph starts
 * from (a paragraph's last line is short, so it shows the alignment: right to left text starts at the right).
 */
function columnLayout(root: JSHandle<ShadowRoot>): Promise<{ dir: string; lastLineStartsAt: string }> {
  return root.evaluate((r) => {
    const article = r.querySelector('.page')!;
    const p = article.querySelector('[data-part="content"] p')!;
    const box = p.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = Array.from(range.getClientRects()).filter((x) => x.width > 0);
    const bottom = Math.max(...rects.map((x) => x.bottom));
    const last = rects.filter((x) => Math.abs(x.bottom - bottom) < 4);
    const right = Math.abs(Math.max(...last.map((x) => x.right)) - box.right) < 2;
    const left = Math.abs(Math.min(...last.map((x) => x.left)) - box.left) < 2;
    return { dir: getComputedStyle(article).direction, lastLineStartsAt: right && left ? 'both' : right ? 'right' : left ? 'left' : 'neither' };
  });
}

/** The browser's interface language, failing clearly when its translations are not installed. */
async function expectUiLanguage(s: Session, lang: string): Promise<void> {
  const ui = await evalInExtension(s, (ext) => ext.i18n.getUILanguage());
  expect(ui, `${s.name} runs in ${ui}, not ${lang}: install ${LOCALE_PACKAGES[s.name].replace('<language>', lang)}`).toMatch(new RegExp(`^${lang}\\b`));
}

forEachBrowser((b) => {
  for (const { id, lang } of RTL_PAGES) {
    b.test(`${id}: the story reads right to left in the clean view, the view's own text left to right`, async (s) => {
      const exp = expectedOf(id);
      const { page, tabId } = await openFixture(s, id);
      try {
        const root = await openViewForInspection(s, tabId, page);
        const snap = await sendTabMessage(s, tabId, { type: 'view-snapshot' });
        if (!snap.ok) throw new Error(snap.error);
        expect(snap.story).toEqual({ lang, dir: 'rtl' });
        expect(snap.ui).toEqual({ lang: 'en', dir: 'ltr' });
        // Laid out right to left: lines start at the right edge of the column.
        expect(await columnLayout(root)).toEqual({ dir: 'rtl', lastLineStartsAt: 'right' });
        // The English strip inside the Arabic or Hebrew column stays left to right.
        expect(await root.evaluate((r) => getComputedStyle(r.querySelector('[data-part="strip"]')!).direction)).toBe('ltr');
        // The whole story is there. (What must go is the extraction's business, checked on every fixture by the
        // pipeline unit test; this test is about direction.)
        expect.soft(snap.title).toBe(squash(exp.title));
        for (const p of exp.paragraphs) expect.soft(snap.text).toContain(squash(p));
        await screenshot(s, page, `rtl-${id}`);
      } finally {
        await page.close();
      }
    });
  }
});

forEachBrowser(
  (b) => {
    b.test('Arabic interface: the popup and the options page are Arabic, right to left, with no axe violation', async (s) => {
      await expectUiLanguage(s, 'ar');
      const { page, tabId } = await openFixture(s, 'seed-000-daily8-rt');
      try {
        // The toolbar button's title on an aggregator page is Arabic too.
        expect(await evalInExtension(s, (ext, id) => ext.action.getTitle({ tabId: id }), tabId)).toBe('Upstream: صفحة مجمّع أخبار — انقر لمعرفة المصدر الأصلي');
        const popup = await openPopup(s, tabId);
        expect(await popup.$eval('html', (el) => [el.lang, el.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
        expect(await popup.$eval('#verdict', (el) => el.textContent)).toBe('صفحة مجمّع أخبار: Daily8');
        expect(await popup.$eval('#toggle', (el) => el.textContent)).toBe('افتح العرض النظيف');
        // Right to left: the Settings link sits at the left of the header, the name at the right.
        const [name, settings] = await popup.$$eval('.head > *', (els) => els.map((el) => el.getBoundingClientRect().left));
        expect(settings!).toBeLessThan(name!);
        expect(describeFindings((await runAxe(popup)).violations)).toEqual([]);
        await screenshot(s, popup, 'rtl-popup-ar');
        await popup.close();

        const options = await openOptions(s);
        expect(await options.$eval('html', (el) => [el.lang, el.dir])).toEqual(['ar', 'rtl']);
        expect(await options.$eval('h1', (el) => el.textContent)).toBe('إعدادات Upstream');
        expect(describeFindings((await runAxe(options)).violations)).toEqual([]);
        await options.close();
      } finally {
        await page.close();
      }
    });

    b.test('Arabic interface: the view speaks Arabic right to left around an English story, and is all right to left on an Arabic one', async (s) => {
      await expectUiLanguage(s, 'ar');
      for (const [id, story] of [
        ['seed-000-daily8-rt', { lang: 'en', dir: 'ltr' }],
        ['rtl-ar-portal-aljazeera', { lang: 'ar', dir: 'rtl' }],
      ] as const) {
        const { page, tabId } = await openFixture(s, id);
        try {
          const root = await openViewForInspection(s, tabId, page);
          const snap = await sendTabMessage(s, tabId, { type: 'view-snapshot' });
          if (!snap.ok) throw new Error(snap.error);
          expect(snap.ui).toEqual({ lang: 'ar', dir: 'rtl' });
          expect(snap.story).toEqual(story);
          const bar = await root.evaluate((r) => {
            const x = (sel: string): number => r.querySelector(sel)!.getBoundingClientRect().left;
            return { dir: getComputedStyle(r.querySelector('.bar')!).direction, closeLeftOfBrand: x('[data-control="close"]') < x('.brand'), close: r.querySelector('[data-control="close"]')!.textContent };
          });
          expect(bar).toEqual({ dir: 'rtl', closeLeftOfBrand: true, close: 'إغلاق' });
          expect(await columnLayout(root)).toEqual({ dir: story.dir, lastLineStartsAt: story.dir === 'rtl' ? 'right' : 'left' });
          expect(describeFindings((await auditView(page)).violations)).toEqual([]);
          await screenshot(s, page, `rtl-view-ar-${id}`);
        } finally {
          await page.close();
        }
      }
    });
  },
  { locale: 'ar' },
);
