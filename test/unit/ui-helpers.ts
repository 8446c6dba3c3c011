// Test support for UI modules: a chrome.i18n stand-in backed by the real messages.json,
// and a sample Analysis shaped like the Daily8 / Russia Today seed page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';

type Messages = Record<string, { message: string }>;
const LOCALES = resolve(import.meta.dirname, '../../src/_locales');

/** One locale's messages.json (folder name: en, pt_BR, zh_CN…). */
export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(resolve(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
}

let messages: Messages = readMessages('en');

/** Same substitution rules as the browsers for positional $1..$9 and $$. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}

/** Installs a chrome.i18n stand-in showing `locale`'s messages, as a browser in that language would. */
export function installI18n(locale = 'en'): void {
  messages = readMessages(locale);
  const uiLanguage = locale.replace('_', '-');
  (globalThis as unknown as { chrome: unknown }).chrome = { i18n: { getMessage, getUILanguage: () => uiLanguage } };
}

export function sampleArticle(over: Partial<Analysis> = {}): Analysis {
  return {
    url: 'https://www.daily8.com/news/world/us-japan-relations-crisis',
    kind: 'article',
    isAggregator: true,
    signals: [
      { id: 'site-rule', weight: 0.9, reason: 'Daily8 republishes other outlets’ stories', outlet: 'Russia Today' },
      { id: 'provider-label', weight: 0.8, reason: 'The page names its source: "Russia Today"', outlet: 'Russia Today' },
    ],
    rule: 'daily8',
    host: { name: 'Daily8', domain: 'daily8.com' },
    original: { name: 'Russia Today', domain: 'rt.com', homepage: 'https://www.rt.com/', url: 'https://www.rt.com/news/us-japan-crisis/', via: 'site-rule' },
    byline: 'Jane Doe',
    published: '2025-07-16',
    cited: [{ name: 'Financial Times', domain: 'ft.com', evidence: 'the Financial Times reported' }],
    title: 'US-Japan relations undergoing era-defining crisis',
    standfirst: null,
    text: Array.from({ length: 460 }, () => 'word').join(' '),
    html:
      '<p>Relations between the US and Japan are in crisis, the <a href="https://www.ft.com/">Financial Times</a> reported.</p>' +
      '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/photo.jpg" data-srcset="/img/photo-2x.jpg 2x" alt="Tokyo"><figcaption>Tokyo</figcaption></figure>' +
      '<p onclick="alert(1)">Second paragraph <a href="#note">note</a>.</p><p id="note">The note.</p>',
    removed: [
      { kind: 'promo', text: 'Try Our AI Features' },
      { kind: 'comments', text: 'No comments yet' },
      { kind: 'related', text: 'Some unrelated Russia Today story' },
    ],
    coverage: [{ title: 'Japan weighs its options after tariff threat', outlet: 'Financial Times', url: 'https://www.ft.com/content/abc' }],
    items: [],
    timings: { detectMs: 1, extractMs: 2 },
    ...over,
  };
}

export function sampleListing(): Analysis {
  const item = (title: string, outlet: string, group: number, url: string | null = `https://example.com/${group}`) => ({
    title,
    outlet,
    domain: null,
    time: 'a day ago',
    summary: `${title} summary`,
    url,
    group,
  });
  return sampleArticle({
    url: 'https://www.daily8.com/tags/USJapanRelations',
    kind: 'listing',
    original: null,
    title: 'Latest news with #USJapanRelations',
    html: '',
    text: '',
    coverage: [],
    removed: [{ kind: 'app-promo', text: 'DOWNLOAD THE APP' }],
    items: [
      item('Rubio to visit Japan', 'Reuters', 1),
      item('Rubio heads to Tokyo', 'Arab News', 1),
      item('Japan trade talks stall', 'Reuters', 2),
      item('Malaysia budget', 'Malay Mail', 3, null),
    ],
  });
}
