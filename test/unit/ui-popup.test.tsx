// @vitest-environment jsdom
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { Coverage, Facts, ListingSummary, verdictOf, verdictText, Why } from '../../src/popup/report.tsx';
import { isNoReceiver, unreadableReason } from '../../src/popup/tab-status.ts';
import { installI18n, sampleArticle, sampleListing } from './ui-helpers.ts';

beforeAll(() => installI18n());

function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  render(node, el);
  return el;
}

describe('popup: pages it cannot read', () => {
  it('classifies tab URLs', () => {
    expect(unreadableReason(undefined)).toBe('browser-page');
    expect(unreadableReason('chrome://extensions/')).toBe('browser-page');
    expect(unreadableReason('about:addons')).toBe('browser-page');
    expect(unreadableReason('moz-extension://abc/popup/index.html')).toBe('browser-page');
    expect(unreadableReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(unreadableReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(unreadableReason('https://example.com/report.PDF')).toBe('pdf');
    expect(unreadableReason('https://www.daily8.com/news/x')).toBeNull();
    expect(unreadableReason('http://127.0.0.1:8080/seed-000/')).toBeNull();
  });

  it('recognises "no content script" errors from both browsers', () => {
    expect(isNoReceiver('Could not establish connection. Receiving end does not exist.')).toBe(true);
    expect(isNoReceiver('Error: Could not establish connection. Receiving end does not exist.')).toBe(true);
    expect(isNoReceiver('the clean-view engine did not load')).toBe(false);
  });
});

describe('popup: report', () => {
  it('states the verdict', () => {
    const a = sampleArticle();
    expect(verdictOf(a)).toBe('aggregator');
    expect(verdictText(a)).toBe('Aggregator page: Daily8');
    expect(verdictText({ ...a, isAggregator: false })).toBe('Original outlet page');
    expect(verdictText(sampleListing())).toBe('Listing page: Daily8');
  });

  it('lists the reasons, strongest first', () => {
    const host = { name: 'Daily8', domain: 'daily8.com' };
    const el = mount(<Why detection={{ host, signals: [{ id: 'a', weight: 0.2, reason: 'weak' }, { id: 'b', weight: 0.9, reason: 'strong' }] }} />);
    expect(Array.from(el.querySelectorAll('#why li')).map((li) => li.textContent)).toEqual(['strong', 'weak']);
    // Kinds of signal without a message show the core's English wording, marked as English.
    expect(el.querySelector('#why li')!.getAttribute('lang')).toBe('en');
    expect(mount(<Why detection={{ host, signals: [] }} />).querySelector('#why-none')!.textContent).toBe('No signs of republishing were found.');
  });

  it('shows original outlet, story link, author, date and cited outlets as links', () => {
    const el = mount(<Facts analysis={sampleArticle()} />);
    const original = el.querySelector('#original a') as HTMLAnchorElement;
    expect(original.textContent).toBe('Russia Today');
    expect(original.getAttribute('href')).toBe('https://www.rt.com/');
    expect(el.querySelector('#original-story')!.getAttribute('href')).toBe('https://www.rt.com/news/us-japan-crisis/');
    expect(el.querySelector('#host a')!.textContent).toBe('Daily8');
    expect(el.querySelector('#byline')!.textContent).toBe('Jane Doe');
    expect(el.querySelector('#published time')!.getAttribute('datetime')).toBe('2025-07-16');
    const cited = el.querySelector('#cited li a') as HTMLAnchorElement;
    expect([cited.textContent, cited.getAttribute('href'), cited.target]).toEqual(['Financial Times', 'https://ft.com/', '_blank']);
  });

  it('says when the original is unknown and leaves out empty rows', () => {
    const el = mount(<Facts analysis={sampleArticle({ original: null, byline: null, published: null, cited: [] })} />);
    expect(el.querySelector('#original')!.textContent).toBe('Not named on the page');
    expect(el.querySelector('#byline')).toBeNull();
    expect(el.querySelector('#published')).toBeNull();
    expect(el.querySelector('#cited')).toBeNull();
  });

  it('lists coverage and, on listings, stories per outlet', () => {
    expect(mount(<Coverage analysis={sampleArticle()} />).querySelector('#coverage a')!.getAttribute('href')).toBe('https://www.ft.com/content/abc');
    expect(mount(<Coverage analysis={sampleArticle({ coverage: [] })} />).innerHTML).toBe('');
    const el = mount(<ListingSummary analysis={sampleListing()} />);
    expect(el.querySelector('h2')!.textContent).toBe('Stories: 4 · Outlets: 3');
    expect(Array.from(el.querySelectorAll('#outlets li')).map((li) => li.textContent)).toEqual(['Reuters: 2', 'Arab News: 1', 'Malay Mail: 1']);
  });
});
