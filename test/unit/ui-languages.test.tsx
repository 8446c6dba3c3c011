// @vitest-environment jsdom
// The view and the popup in the reader's language and direction, and the story in its own: an Arabic
// browser gets a right-to-left interface; an Arabic or Hebrew story reads right to left in any browser.
import { render } from 'preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CleanView, HOST_TAG } from '../../src/engine/clean-view.ts';
import { storyLanguage } from '../../src/engine/story-language.ts';
import { Facts, ListingSummary, Why } from '../../src/popup/report.tsx';
import { DEFAULTS } from '../../src/shared/settings.ts';
import { languageDirection, textDirection } from '../../src/ui/direction.ts';
import { formatCount, formatMinutes } from '../../src/ui/format.ts';
import { interfaceDirection, interfaceLanguage, markDocumentLanguage } from '../../src/ui/i18n.ts';
import { installI18n, sampleArticle, sampleListing } from './ui-helpers.ts';

const ARABIC = 'صوت مجلس الميناء مساء الثلاثاء على بناء سد بحري جديد بعد شتاء من العواصف التي أغرقت المدينة السفلى';
const HEBREW = 'מועצת הנמל הצביעה ביום שלישי בערב על בניית חומת ים חדשה אחרי חורף של סערות שהציפו את העיר התחתונה';

function page(html: string, attrs: Record<string, string> = {}): Document {
  for (const a of Array.from(document.documentElement.attributes)) document.documentElement.removeAttribute(a.name);
  for (const [k, v] of Object.entries(attrs)) document.documentElement.setAttribute(k, v);
  document.head.innerHTML = '';
  document.body.removeAttribute('dir');
  document.body.removeAttribute('style');
  document.body.innerHTML = html;
  return document;
}

afterEach(() => {
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
  installI18n('en');
});
afterAll(() => installI18n('en'));

describe('directions', () => {
  it('knows the right-to-left languages and scripts', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'iw', 'fa', 'fa_IR', 'ur', 'ps', 'ckb', 'ku-Arab', 'pa-Arab']) expect(languageDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'en-US', 'de', 'ja', 'zh-CN', 'tr', 'ku', 'az-Latn', 'ur-Latn']) expect(languageDirection(tag), tag).toBe('ltr');
    for (const tag of ['', null, 'x', 'english language']) expect(languageDirection(tag)).toBeNull();
  });

  it('reads a text\'s direction from the majority of its letters, not its digits or its quoted names', () => {
    expect(textDirection(`${ARABIC} Harbour Works Ltd 2025`)).toBe('rtl');
    expect(textDirection(HEBREW)).toBe('rtl');
    expect(textDirection('The council said «مجلس» would meet on 12 May.')).toBe('ltr');
    expect(textDirection('2025 — 1,200 · 45%')).toBeNull();
  });

  it('takes a story\'s direction from its letters, else the page\'s dir or CSS, else its language', () => {
    expect(storyLanguage(page('<p>x</p>', { lang: 'ar', dir: 'rtl' }), ARABIC)).toEqual({ lang: 'ar', dir: 'rtl' });
    // Hebrew page with no dir attribute: the story's letters decide.
    expect(storyLanguage(page('<p>x</p>', { lang: 'he' }), HEBREW)).toEqual({ lang: 'he', dir: 'rtl' });
    // A template that says dir="ltr" and lang="en" over an Arabic story: the story decides, the wrong lang is dropped.
    expect(storyLanguage(page('<p>x</p>', { lang: 'en', dir: 'ltr' }), ARABIC)).toEqual({ lang: '', dir: 'rtl' });
    // An English story on a Hebrew site reads left to right.
    expect(storyLanguage(page('<p>x</p>', { lang: 'he', dir: 'rtl' }), 'The port council voted on Tuesday evening to build a new sea wall after a winter of storms.')).toEqual({ lang: '', dir: 'ltr' });
    // Too little text to tell: the page's declarations.
    const short = page('<p>x</p>');
    short.body.setAttribute('dir', 'rtl');
    expect(storyLanguage(short, 'عاجل')).toEqual({ lang: '', dir: 'rtl' });
    expect(storyLanguage(page('<p>x</p>', { lang: 'fa' }), '')).toEqual({ lang: 'fa', dir: 'rtl' });
    const styled = page('<p>x</p>');
    styled.body.style.direction = 'rtl';
    expect(storyLanguage(styled, '').dir).toBe('rtl');
    const ogOnly = page('<p>x</p>');
    ogOnly.head.innerHTML = '<meta property="og:locale" content="ur_PK">';
    expect(storyLanguage(ogOnly, '')).toEqual({ lang: 'ur-PK', dir: 'rtl' });
    expect(storyLanguage(page('<p>x</p>'), '')).toEqual({ lang: '', dir: 'ltr' });
  });
});

describe('formatting for the reader\'s locale', () => {
  it('writes minutes and counts the locale\'s way, with plurals', () => {
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(5, 'en')).toBe('5 minutes');
    expect(formatMinutes(5, 'de')).toBe('5 Minuten');
    expect(formatMinutes(2, 'ar')).toMatch(/دقيقتان/);
    expect(formatCount(1234, 'de')).toBe('1.234');
    expect(formatCount(1234, 'not a locale!')).toBe('1234');
  });
});

describe('interface language', () => {
  it('is the translation in use, with its direction', () => {
    installI18n('ar');
    expect([interfaceLanguage(), interfaceDirection()]).toEqual(['ar', 'rtl']);
    installI18n('pt_BR');
    expect([interfaceLanguage(), interfaceDirection()]).toEqual(['pt-BR', 'ltr']);
    markDocumentLanguage(document);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['pt-BR', 'ltr']);
  });

  it('shows an Arabic view right to left, and an English story in it left to right', () => {
    installI18n('ar');
    page('<main><p>x</p></main>', { lang: 'en' });
    const view = new CleanView();
    view.open(sampleArticle(), { ...DEFAULTS, sites: {} });
    const root = view.root!;
    const frame = root.querySelector('.uv')!;
    expect([frame.getAttribute('lang'), frame.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const article = root.querySelector('article.page')!;
    expect(article.getAttribute('dir')).toBe('ltr');
    // The view's own lines inside the story column stay Arabic and right to left.
    const strip = root.querySelector('[data-part="strip"]')!;
    expect([strip.getAttribute('lang'), strip.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(strip.textContent).toBe('أعاد Daily8 نشره عن Russia Today · يستند إلى Financial Times · اقرأه في المصدر');
    expect(root.querySelector('[data-part="reading-time"]')!.textContent).toMatch(/^مدة القراءة: /);
    expect(root.querySelector('[data-control="close"]')!.textContent).toBe('إغلاق');
    expect(view.snapshot()).toMatchObject({ story: { lang: 'en', dir: 'ltr' }, ui: { lang: 'ar', dir: 'rtl' } });
    view.close();
  });

  it('shows a Hebrew story right to left in an English view', () => {
    page('<main><p>x</p></main>', { lang: 'he' });
    const view = new CleanView();
    view.open(sampleArticle({ title: 'מועצת הנמל הצביעה על חומת ים', text: HEBREW, html: `<p>${HEBREW}</p>` }), { ...DEFAULTS, sites: {} });
    expect(view.snapshot()).toMatchObject({ story: { lang: 'he', dir: 'rtl' }, ui: { lang: 'en', dir: 'ltr' } });
    expect(view.root!.querySelector('[data-part="strip"]')!.getAttribute('dir')).toBe('ltr');
    view.close();
  });

  it('lists a listing\'s stories in their direction, with the summary in the reader\'s language', () => {
    installI18n('ja');
    page('<main><p>x</p></main>', { lang: 'ar' });
    const listing = sampleListing();
    listing.items = listing.items.map((item) => ({ ...item, title: `${ARABIC} ${item.group}` }));
    const view = new CleanView();
    view.open(listing, { ...DEFAULTS, sites: {} });
    expect(view.snapshot()).toMatchObject({ story: { lang: 'ar', dir: 'rtl' }, ui: { lang: 'ja', dir: 'ltr' } });
    expect(view.root!.querySelector('[data-part="listing-summary"]')!.textContent).toBe('記事：4 件・媒体：3');
    view.close();
  });
});

describe('popup in other languages', () => {
  function mount(node: preact.ComponentChild): HTMLElement {
    const el = document.createElement('div');
    render(node, el);
    return el;
  }

  it('labels the facts and formats the date for the reader', () => {
    installI18n('de');
    const el = mount(<Facts analysis={sampleArticle()} />);
    expect(Array.from(el.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['Ursprungsmedium', 'Übernommen von', 'Autor', 'Veröffentlicht', 'Beruft sich auf']);
    expect(el.querySelector('#published')!.textContent).toBe('16. Juli 2025');
    expect(mount(<ListingSummary analysis={sampleListing()} />).querySelector('h2')!.textContent).toBe('Meldungen: 4 · Medien: 3');
  });

  it('explains each signal in the reader\'s language, quoting the page as it is', () => {
    installI18n('fr');
    const host = { name: 'Daily8', domain: 'daily8.com' };
    const signals = [
      { id: 'site-rule', weight: 0.9, reason: 'Daily8 republishes stories from other outlets' },
      { id: 'credit-dateline', weight: 0.75, outlet: 'Reuters', reason: 'The story’s credit line names Reuters: “TOKYO (Reuters) -”' },
      { id: 'credit-syndicated-feed', weight: 0.7, reason: 'A note says the story comes from a syndicated feed: “auto-generated from a syndicated feed”' },
    ];
    const items = Array.from(mount(<Why detection={{ host, signals }} />).querySelectorAll('#why li'));
    // Names and quoted lines are page text, isolated from the sentence (U+2068 … U+2069) for mixed directions.
    expect(items.map((li) => li.textContent)).toEqual([
      '\u2068Daily8\u2069 republie des articles d’autres médias',
      'La ligne de crédit de l’article nomme \u2068Reuters\u2069\u00a0: «\u00a0\u2068TOKYO (Reuters) -\u2069\u00a0»',
      'Une note indique que l’article provient d’un flux syndiqué\u00a0: «\u00a0\u2068auto-generated from a syndicated feed\u2069\u00a0»',
    ]);
    expect(items.every((li) => !li.hasAttribute('lang'))).toBe(true);
  });
});
