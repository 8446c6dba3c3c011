// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CleanView, HOST_TAG } from '../../src/engine/clean-view.ts';
import { DEFAULTS, type Settings } from '../../src/shared/settings.ts';
import { installI18n, sampleArticle, sampleListing } from './ui-helpers.ts';

const settings = (): Settings => ({ ...DEFAULTS, sites: {} });

beforeAll(() => installI18n());

function page(): void {
  document.documentElement.setAttribute('lang', 'en');
  document.head.innerHTML = '<title>Page</title><style>body{margin:0}</style>';
  document.body.innerHTML =
    '<header class="site">Daily8</header><main><h1>Story</h1><input id="q" value="typed"><button id="b">Go</button></main>' +
    '<div style="height:4000px"></div>';
}

function openView(analysis = sampleArticle(), opts: ConstructorParameters<typeof CleanView>[0] = {}) {
  const view = new CleanView(opts);
  view.open(analysis, settings());
  const root = view.root!;
  return { view, root };
}

afterEach(() => {
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
});

/** Two animation frames and a task: when the view runs what it held back until it had painted. */
function painted(): Promise<void> {
  const frame = (fn: () => void): void => void (window.requestAnimationFrame ? window.requestAnimationFrame(fn) : setTimeout(fn, 16));
  return new Promise((resolve) => frame(() => frame(() => setTimeout(resolve, 0))));
}

describe('clean view: layer', () => {
  it('is one host on <html>, outside body, with a closed shadow root', () => {
    page();
    const { view } = openView();
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(host.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.body.contains(host)).toBe(false);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot read it
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    // (jsdom's CSSStyleDeclaration drops !important; the browser tests cover the priority.)
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    const css = Array.from(view.root!.querySelectorAll('style')).map((s) => s.textContent).join('') +
      (view.root!.adoptedStyleSheets ?? []).map((s) => Array.from(s.cssRules).map((r) => r.cssText).join('')).join('');
    expect(css).toMatch(/:host\s*\{\s*all: initial/);
    expect(css).toContain('overscroll-behavior: contain');
  });

  it('renders headline, meta, attribution strip with links, article, coverage and removed list', async () => {
    page();
    const { root, view } = openView();
    await painted();
    expect(root.querySelector('h1')!.textContent).toBe('US-Japan relations undergoing era-defining crisis');
    expect(root.querySelector('[data-part="byline"]')!.textContent).toBe('By Jane Doe');
    expect(root.querySelector('[data-part="date"] time')!.getAttribute('datetime')).toBe('2025-07-16');
    expect(root.querySelector('[data-part="date"]')!.textContent).toMatch(/July 16, 2025|16 July 2025/);
    expect(root.querySelector('[data-part="reading-time"]')!.textContent).toBe('Reading time: 2 minutes');

    const strip = root.querySelector('[data-part="strip"]')!;
    expect(strip.textContent).toBe('Republished by Daily8 from Russia Today · cites Financial Times · Read at the source');
    const links = Object.fromEntries(Array.from(strip.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual({
      Daily8: 'https://daily8.com/',
      'Russia Today': 'https://www.rt.com/',
      'Financial Times': 'https://ft.com/',
      'Read at the source': 'https://www.rt.com/news/us-japan-crisis/',
    });

    const content = root.querySelector('[data-part="content"]')!;
    expect(content.textContent).toContain('Relations between the US and Japan are in crisis');
    expect(content.querySelector('[onclick]')).toBeNull();

    const coverage = root.querySelector('[data-part="coverage"]')!;
    expect(coverage.querySelector('h2')!.textContent).toBe('Coverage of this story');
    expect(coverage.querySelector('a')!.getAttribute('href')).toBe('https://www.ft.com/content/abc');

    const removed = root.querySelector('details[data-part="removed"]') as HTMLDetailsElement;
    expect(removed.open).toBe(false);
    expect(removed.querySelector('summary')!.textContent).toBe('Removed from this page (3)');
    expect(Array.from(removed.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'PromoTry Our AI Features',
      'CommentsNo comments yet',
      'Unrelated linkSome unrelated Russia Today story',
    ]);
    const snap = view.snapshot();
    expect(snap).toMatchObject({ open: true, title: 'US-Japan relations undergoing era-defining crisis' });
    expect(snap.text).toContain('Relations between the US and Japan');
    expect(snap.text).not.toContain('Try Our AI Features');
    expect(snap.removed).toEqual(['PromoTry Our AI Features', 'CommentsNo comments yet', 'Unrelated linkSome unrelated Russia Today story']);
  });

  it('shows the standfirst under the headline, as text, before the byline; none when the story has none', () => {
    page();
    const summary = 'Tokyo weighs its options <b>after</b> the tariff threat.';
    const { root } = openView(sampleArticle({ standfirst: summary }));
    const dek = root.querySelector('[data-part="standfirst"]')!;
    expect(dek.textContent).toBe(summary);
    expect(dek.querySelector('b')).toBeNull();
    expect(dek.previousElementSibling!.getAttribute('data-part')).toBe('title');
    expect(dek.nextElementSibling!.querySelector('[data-part="byline"]')).not.toBeNull();
    document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
    expect(openView().root.querySelector('[data-part="standfirst"]')).toBeNull();
  });

  it('resolves lazy images against the page URL', () => {
    page();
    const { root } = openView();
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://www.daily8.com/img/photo.jpg');
    expect(img.getAttribute('srcset')).toBe('https://www.daily8.com/img/photo-2x.jpg 2x');
  });

  it('never creates links from unsafe URLs', () => {
    page();
    const { root } = openView(
      sampleArticle({
        original: { name: 'Evil', domain: 'not a domain', homepage: 'javascript:alert(1)', url: 'javascript:alert(2)', via: 'meta' },
        html: '<p><a href="javascript:alert(3)">x</a><img data-src="javascript:alert(4)"></p>',
      }),
    );
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => /javascript/i.test(h))).toBe(false);
    expect(root.querySelector('img')!.getAttribute('src')).toBeNull();
    expect(root.querySelector('[data-part="strip"]')!.textContent).toContain('from Evil');
  });

  it('shows a non-aggregator page as published by its host, without a "read at the source" link', () => {
    page();
    const { root } = openView(sampleArticle({ isAggregator: false, original: null, cited: [] }));
    const strip = root.querySelector('[data-part="strip"]')!;
    expect(strip.textContent).toBe('Published by Daily8');
    expect(root.querySelector('[data-part="read-at-source"]')).toBeNull();
    expect(root.querySelector('[data-part="coverage"]')).not.toBeNull();
  });

  it("does not call an outlet's own rewrite republished from itself", () => {
    page();
    const own = { name: 'MENAFN', domain: 'menafn.com' };
    const { root } = openView(sampleArticle({ host: own, original: { ...own, url: null, via: 'credit-line' } }));
    expect(root.querySelector('[data-part="strip"]')!.textContent).toBe('Published by MENAFN · cites Financial Times');
  });

  it('renders listing pages grouped by outlet with same-story items marked', () => {
    page();
    const { root } = openView(sampleListing());
    const groups = Array.from(root.querySelectorAll('section.outlet-group'));
    expect(groups.map((g) => g.getAttribute('data-outlet'))).toEqual(['Reuters', 'Arab News', 'Malay Mail']);
    expect(groups[0]!.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('[data-part="listing-summary"]')!.textContent).toBe('Stories: 4 · Outlets: 3');
    const marks = Array.from(root.querySelectorAll('.same')).map((s) => s.textContent);
    expect(marks).toEqual(['Same story also from: Arab News', 'Same story also from: Reuters']);
    // An item without a URL is text, not a link.
    expect(groups[2]!.querySelector('a')).toBeNull();
    expect(root.querySelector('[data-part="strip"]')!.textContent).toBe('Stories collected by Daily8 · cites Financial Times');
  });

  it('shows a clear error state instead of throwing', () => {
    page();
    const view = new CleanView();
    expect(() => view.open(new Error('boom'), settings())).not.toThrow();
    expect(view.root!.querySelector('[data-part="error"]')!.textContent).toContain('boom');
    expect(view.root!.querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('clean view: dates and counts on a cold first open', () => {
  // A fresh copy of the modules: nothing formatted yet, as in a page where the engine was just injected.
  async function coldView() {
    vi.resetModules();
    const fresh = await import('../../src/engine/clean-view.ts');
    const format = await import('../../src/ui/format.ts');
    return { CleanView: fresh.CleanView, format };
  }
  const meta = (root: ShadowRoot) =>
    Array.from(root.querySelectorAll<HTMLElement>('.meta > span')).map((s) => `${s.dataset.part}${s.hidden ? ' (hidden)' : ''}: ${s.textContent}`);

  it('shows the story first and writes the date, reading time and count in once it has painted', async () => {
    page();
    const { CleanView: Fresh, format } = await coldView();
    expect(format.localeFormattingWarm()).toBe(false);
    const view = new Fresh();
    view.open(sampleArticle(), settings());
    const root = view.root!;
    expect(root.querySelector('h1')!.textContent).toBe('US-Japan relations undergoing era-defining crisis');
    expect(meta(root)).toEqual(['byline: By Jane Doe', 'date (hidden): ', 'reading-time (hidden): ']);
    expect(root.querySelector('[data-part="removed"] summary')!.textContent).toBe('Removed from this page (3)');
    expect(format.localeFormattingWarm()).toBe(false);
    await painted();
    expect(meta(root)).toEqual([expect.stringMatching(/^byline: By Jane Doe$/), expect.stringMatching(/^date: (July 16, 2025|16 July 2025)$/), 'reading-time: Reading time: 2 minutes']);
    expect(root.querySelector('[data-part="date"] time')!.getAttribute('datetime')).toBe('2025-07-16');
    view.close();
    // Warm now: a reopen writes everything at once.
    view.open(sampleArticle(), settings());
    expect(meta(view.root!)).toEqual([expect.any(String), expect.stringMatching(/^date: (July 16, 2025|16 July 2025)$/), 'reading-time: Reading time: 2 minutes']);
    view.close();
  });

  it('holds a listing\'s item times back the same way, with the counts in plain digits meanwhile', async () => {
    page();
    const { CleanView: Fresh } = await coldView();
    const view = new Fresh();
    const listing = sampleListing();
    listing.items[0] = { ...listing.items[0]!, time: '2025-07-16' };
    view.open(listing, settings());
    const root = view.root!;
    const when = () => Array.from(root.querySelectorAll<HTMLElement>('.items .when')).map((w) => (w.hidden ? 'hidden' : w.textContent));
    expect(when()).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
    expect(root.querySelector('[data-part="listing-summary"]')!.textContent).toBe('Stories: 4 · Outlets: 3');
    await painted();
    expect(when()).toEqual([expect.stringMatching(/^(July 16, 2025|16 July 2025)$/), 'a day ago', 'a day ago', 'a day ago']);
    view.close();
  });

  it('reports the filled-in view to a snapshot taken before the paint, and drops fill-ins when closed first', async () => {
    page();
    const { CleanView: Fresh } = await coldView();
    const view = new Fresh();
    view.open(sampleArticle(), settings());
    expect(view.snapshot().text).toMatch(/By Jane Doe\s*(July 16, 2025|16 July 2025)\s*Reading time: 2 minutes/);
    view.close();
    const again = new (await coldView()).CleanView();
    again.open(sampleArticle(), settings());
    const root = again.root!;
    again.close();
    await painted();
    expect(meta(root)).toEqual(['byline: By Jane Doe', 'date (hidden): ', 'reading-time (hidden): ']);
  });
});

describe('clean view: open and close', () => {
  it('leaves the document exactly as before, including scroll, inputs and focus', () => {
    page();
    const input = document.getElementById('q') as HTMLInputElement;
    input.value = 'changed by the reader';
    input.focus();
    window.scrollTo(0, 1234);
    const before = document.documentElement.outerHTML;
    const scroll = [window.scrollX, window.scrollY];
    const states: boolean[] = [];
    const { view, root } = openView(sampleArticle(), { onStateChange: (o) => states.push(o) });
    expect(document.documentElement.outerHTML).not.toBe(before);
    // Focus moved into the view, on the close button.
    expect(document.activeElement!.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(root.activeElement?.getAttribute('data-control')).toBe('close');
    view.close();
    expect(document.documentElement.outerHTML).toBe(before);
    expect([window.scrollX, window.scrollY]).toEqual(scroll);
    expect(input.value).toBe('changed by the reader');
    expect(document.activeElement).toBe(input);
    expect(states).toEqual([true, false]);
    expect(view.isOpen).toBe(false);
  });

  it('closes on Escape and on the close button, and keeps keys from the page', () => {
    page();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { view, root } = openView();
    root.querySelector('[data-control="font"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    root.querySelector('[data-control="close"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(view.isOpen).toBe(false);
    const again = openView();
    (again.root.querySelector('[data-control="close"]') as HTMLButtonElement).click();
    expect(again.view.isOpen).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    document.removeEventListener('keydown', pageKeys);
  });

  it('keeps Tab inside the view', () => {
    page();
    const { root } = openView();
    const tab = (el: Element, shiftKey: boolean): KeyboardEvent => {
      const ev = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true });
      el.dispatchEvent(ev);
      return ev;
    };
    // jsdom lays nothing out, so the settings button (shown on narrow screens only) is the first stop here.
    const first = root.querySelector('[data-control="settings"]') as HTMLElement;
    first.focus();
    expect(tab(first, true).defaultPrevented).toBe(true);
    const last = root.activeElement as HTMLElement;
    // The last stop is the removed list's summary (its items are hidden while collapsed).
    expect(last.tagName.toLowerCase()).toBe('summary');
    expect(tab(last, false).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(first);
    // In the middle, Tab is left to the browser.
    const close = root.querySelector('[data-control="close"]') as HTMLElement;
    close.focus();
    expect(tab(close, false).defaultPrevented).toBe(false);
  });

  it('applies and reports typography changes', () => {
    page();
    const changes: unknown[] = [];
    const { root } = openView(sampleArticle(), { onSettingsChange: (p) => changes.push(p) });
    const frame = root.querySelector('.uv') as HTMLElement;
    expect(frame.getAttribute('data-theme')).toBe('auto');
    const theme = root.querySelector('[data-control="theme"]') as HTMLSelectElement;
    theme.value = 'sepia';
    theme.dispatchEvent(new Event('change'));
    (root.querySelector('[data-control="size-more"]') as HTMLButtonElement).click();
    (root.querySelector('[data-control="width-less"]') as HTMLButtonElement).click();
    expect(frame.getAttribute('data-theme')).toBe('sepia');
    expect(frame.style.getPropertyValue('--size')).toBe('20');
    expect(frame.style.getPropertyValue('--width')).toBe('62');
    expect(changes).toEqual([{ theme: 'sepia' }, { fontSize: 20 }, { width: 62 }]);
  });

  it('is a dialog named by the headline and described by the attribution strip', () => {
    page();
    const { root } = openView();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('US-Japan relations undergoing era-defining crisis');
    expect(root.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Republished by Daily8 from Russia Today/);
    // The error state has no strip to point at.
    const failed = new CleanView();
    document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
    failed.open(new Error('boom'), settings());
    expect(failed.root!.querySelector('[role="dialog"]')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('reads out the new text size and column width, which the buttons alone would not say', () => {
    page();
    const { root } = openView();
    const status = root.querySelector('[role="status"][data-part="announce"]')!;
    expect(status.textContent).toBe('');
    (root.querySelector('[data-control="size-more"]') as HTMLButtonElement).click();
    expect(status.textContent).toBe('Text size: 20 px');
    (root.querySelector('[data-control="width-more"]') as HTMLButtonElement).click();
    expect(status.textContent).toBe('Column width: 74 characters');
  });

  it('folds the reading settings behind a button that says whether they are shown', () => {
    page();
    const { root } = openView();
    const toggle = root.querySelector('[data-control="settings"]') as HTMLButtonElement;
    const bar = root.querySelector('.bar')!;
    expect(root.getElementById(toggle.getAttribute('aria-controls')!)).toBe(root.querySelector('.controls'));
    expect([toggle.getAttribute('aria-expanded'), bar.getAttribute('data-settings')]).toEqual(['false', 'closed']);
    toggle.click();
    expect([toggle.getAttribute('aria-expanded'), bar.getAttribute('data-settings')]).toEqual(['true', 'open']);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('scrolls to in-article anchors inside the view without touching the page URL', () => {
    page();
    const hash = location.hash;
    const { root } = openView();
    const note = root.querySelector('#note') as HTMLElement;
    const spy = vi.fn();
    note.scrollIntoView = spy;
    (root.querySelector('a[href="#note"]') as HTMLAnchorElement).click();
    expect(spy).toHaveBeenCalled();
    expect(location.hash).toBe(hash);
  });
});
