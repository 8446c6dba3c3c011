// The extension loads and its parts talk to each other in both real browsers.
import { expect } from 'vitest';
import {
  forEachBrowser,
  openOptions,
  openPage,
  openPopup,
  sendTabMessage,
  screenshot,
  tabIdOf,
  useFixtureServer,
  waitForTabState,
} from './harness.ts';

const fixtures = useFixtureServer();

forEachBrowser((b) => {
  b.test('content script marks a fixture page and the background records it', async (s) => {
    const url = fixtures.server.pageUrl('smoke-page');
    const { page, mark } = await openPage(s, url);
    // An original outlet's own article: seen, not flagged as an aggregator.
    expect(mark).toBe('seen');
    const tabId = await tabIdOf(s, url);
    const state = await waitForTabState(s, tabId);
    expect(state.url).toBe(url);
    expect(state.detection.isAggregator).toBe(false);
    expect(state.cleanViewOpen).toBe(false);
    await page.close();
  });

  b.test('the listing bundle loads on a page of story cards only, and the page is read as a listing', async (s) => {
    const article = fixtures.server.pageUrl('smoke-page');
    const { page: a } = await openPage(s, article);
    const onArticle = await sendTabMessage(s, await tabIdOf(s, article), { type: 'ping' });
    expect([onArticle.listing, onArticle.detection?.kind]).toEqual([false, 'article']);
    await a.close();
    // A topic page whose headlines are plain links: only the listing passes can tell it is a listing.
    const topic = fixtures.server.realUrl('listing-plain-link-topic');
    const { page: t } = await openPage(s, topic);
    const onTopic = await sendTabMessage(s, await tabIdOf(s, topic), { type: 'ping' });
    expect([onTopic.listing, onTopic.detection?.kind]).toEqual([true, 'listing']);
    await t.close();
  });

  b.test("the detector waits for the page's load event, so a page's load never waits for it", async (s) => {
    // The page's photo takes 1.5 s: its content is ready (and the content script injected) long before load.
    const url = fixtures.server.pageUrl('slow-load');
    const { page, mark } = await openPage(s, url);
    expect(mark).toBe('seen');
    const times = await page.evaluate(() => (window as unknown as { __times: { load: number | null; mark: number | null } }).__times);
    expect(times.load).toBeGreaterThan(1000);
    expect(times.mark).toBeGreaterThanOrEqual(times.load!);
    await page.close();
  });

  b.test('popup renders a verdict for a tab', async (s) => {
    const url = fixtures.server.pageUrl('smoke-page');
    const { page } = await openPage(s, url);
    const tabId = await tabIdOf(s, url);
    await waitForTabState(s, tabId);
    const popup = await openPopup(s, tabId);
    const verdict = await popup.$eval('#verdict', (el) => el.textContent ?? '');
    expect(verdict.trim().length).toBeGreaterThan(0);
    await screenshot(s, popup, 'smoke-popup');
    await popup.close();
    await page.close();
  });

  b.test('options page renders', async (s) => {
    const options = await openOptions(s);
    expect(await options.$('#app main')).not.toBeNull();
    await screenshot(s, options, 'smoke-options');
    await options.close();
  });
});
