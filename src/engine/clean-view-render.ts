// Builds the clean view's reading column from an Analysis (article pages and the error state).
import type { Analysis, CitedOutlet, OutletRef, RemovedKind } from '../core/types.ts';
import { formatCount, formatDate, formatMinutes, localeFormattingWarm, outletHomepage, readingMinutes, safeHttpUrl } from '../ui/format.ts';
import { t, tParts } from '../ui/i18n.ts';
import { articleFragment } from './clean-view-content.ts';
import { append, h, link, type Child } from './dom.ts';
import type { TextLanguage, ViewLanguages } from './story-language.ts';

/** Attributes that mark an element's text as being in a language (the interface's, or the story's). */
export const inLanguage = (l: TextLanguage): { lang: string; dir: string } => ({ lang: l.lang, dir: l.dir });

const outletLink = (doc: Document, o: OutletRef, cls = 'source'): Node =>
  link(doc, outletHomepage(o), o.name || o.domain, { class: cls });

/** A localised sentence with links in its slots. */
function sentence(doc: Document, key: string, slots: Node[]): Node[] {
  return tParts(key, slots.length).map((part) => (typeof part === 'number' ? slots[part]! : doc.createTextNode(part)));
}

function joinNodes(doc: Document, nodes: Node[]): Node[] {
  const out: Node[] = [];
  nodes.forEach((node, i) => {
    if (i > 0) out.push(doc.createTextNode(', '));
    out.push(node);
  });
  return out;
}

/**
 * "Republished by Daily8 from Russia Today · cites Financial Times · Read at the source". The dialog names it as
 * its description, so a screen reader says who published the story as the view opens.
 */
export function attributionStrip(doc: Document, a: Analysis, langs: ViewLanguages): HTMLElement {
  const strip = h(doc, 'p', { class: 'strip', id: 'uv-strip', 'data-part': 'strip', ...inLanguage(langs.ui) });
  const host = outletLink(doc, a.host);
  // An aggregator's own rewrite (MENAFN crediting itself) is not "republished from" anyone.
  const fromElsewhere = a.original && !(a.original.domain && a.original.domain === a.host.domain) && a.original.name !== a.host.name;
  if (a.kind === 'listing') append(strip, sentence(doc, 'viewCollectedBy', [host]));
  else if (a.isAggregator && a.original && fromElsewhere) append(strip, sentence(doc, 'viewRepublishedFrom', [host, outletLink(doc, a.original!)]));
  else if (a.isAggregator && !a.original) append(strip, sentence(doc, 'viewRepublishedUnknown', [host]));
  else append(strip, sentence(doc, 'viewPublishedBy', [host]));
  if (a.cited.length > 0) {
    const cited = a.cited.map((c: CitedOutlet) => outletLink(doc, c, 'cited'));
    append(strip, [' · ', ...sentence(doc, 'viewCites', [h(doc, 'span', {}, ...joinNodes(doc, cited))])]);
  }
  const source = safeHttpUrl(a.original?.url ?? null);
  if (source) append(strip, [' · ', h(doc, 'a', { href: source, rel: 'noreferrer', 'data-part': 'read-at-source' }, t('viewReadAtSource'))]);
  return strip;
}

/**
 * Runs a fill-in later: the view passes one that runs after its first paint. Dates, reading times and counts go
 * through Intl, whose first use in a page's process costs more than building the rest of the view (format.ts), so
 * on a cold first open they are written in just after the story shows.
 */
export type Later = (fill: () => void) => void;

/** `later`, when the view passed one and nothing has warmed Intl yet; else null (write everything at once). */
export const deferredIntl = (later: Later | undefined): Later | null => (later && !localeFormattingWarm() ? later : null);

/**
 * `el` holding `content()`: at once, or until `later` runs the fill-in, `placeholder()` (a count in plain digits)
 * or nothing, hidden.
 */
export function filled<E extends HTMLElement>(el: E, content: () => Child[], later: Later | null, placeholder?: () => Child[]): E {
  if (!later) {
    append(el, content());
    return el;
  }
  if (placeholder) append(el, placeholder());
  else el.hidden = true;
  later(() => {
    el.replaceChildren();
    append(el, content());
    el.hidden = false;
  });
  return el;
}

/** Byline, date and reading time, in the reader's language; dates and minutes formatted for their locale. */
function metaLine(doc: Document, a: Analysis, langs: ViewLanguages, later: Later | null): HTMLElement | null {
  const parts: Child[] = [];
  if (a.byline) parts.push(h(doc, 'span', { 'data-part': 'byline' }, t('viewByline', [a.byline])));
  const published = a.published;
  if (published) {
    const date = (): Child[] => {
      const text = formatDate(published, langs.locale) ?? published;
      return [/^\d{4}/.test(published) ? h(doc, 'time', { datetime: published }, text) : text];
    };
    parts.push(filled(h(doc, 'span', { 'data-part': 'date' }), date, later));
  }
  const minutes = readingMinutes(a.text);
  if (minutes > 0) parts.push(filled(h(doc, 'span', { 'data-part': 'reading-time' }), () => [t('viewReadingTime', [formatMinutes(minutes, langs.locale)])], later));
  return parts.length > 0 ? h(doc, 'p', { class: 'meta', ...inLanguage(langs.ui) }, ...parts) : null;
}

const KIND_KEYS: Record<RemovedKind, string> = {
  promo: 'kindPromo',
  'app-promo': 'kindAppPromo',
  newsletter: 'kindNewsletter',
  consent: 'kindConsent',
  ad: 'kindAd',
  comments: 'kindComments',
  related: 'kindRelated',
  share: 'kindShare',
  navigation: 'kindNavigation',
  other: 'kindOther',
};

/** What was taken out: the kinds in the reader's language, the snippets as the page wrote them. */
export function removedList(doc: Document, a: Analysis, langs: ViewLanguages, later: Later | null = null): HTMLElement | null {
  if (a.removed.length === 0) return null;
  const items = a.removed.map((r) =>
    h(doc, 'li', { 'data-kind': r.kind, ...inLanguage(langs.story) }, h(doc, 'span', { class: 'kind', ...inLanguage(langs.ui) }, t(KIND_KEYS[r.kind] ?? 'kindOther')), r.text),
  );
  const n = a.removed.length;
  const summary = filled(h(doc, 'summary', {}), () => [t('viewRemoved', [formatCount(n, langs.locale)])], later, () => [t('viewRemoved', [String(n)])]);
  return h(
    doc,
    'details',
    { class: 'extra removed', 'data-part': 'removed', ...inLanguage(langs.ui) },
    summary,
    h(doc, 'ul', {}, ...items),
  );
}

export function coverageList(doc: Document, a: Analysis, langs: ViewLanguages): HTMLElement | null {
  if (a.coverage.length === 0) return null;
  const items = a.coverage.map((c) => {
    const url = safeHttpUrl(c.url, a.url);
    return h(doc, 'li', {}, link(doc, url, c.title), c.outlet ? h(doc, 'span', { class: 'cov-outlet' }, ` — ${c.outlet}`) : null);
  });
  return h(doc, 'section', { class: 'extra coverage', 'data-part': 'coverage', 'aria-labelledby': 'uv-coverage' },
    h(doc, 'h2', { id: 'uv-coverage', ...inLanguage(langs.ui) }, t('viewCoverage')),
    h(doc, 'ul', {}, ...items),
  );
}

/** The reading column of an article page, in the story's language and direction. */
export function renderArticle(doc: Document, a: Analysis, langs: ViewLanguages, later?: Later): HTMLElement {
  const deferred = deferredIntl(later);
  const content = h(doc, 'div', { class: 'content', 'data-part': 'content' });
  if (a.html.trim()) content.append(articleFragment(doc, a.html, a.url));
  else if (a.text.trim()) append(content, a.text.split(/\n\s*\n/).map((p) => h(doc, 'p', {}, p.trim())));
  else content.append(h(doc, 'p', { class: 'error', ...inLanguage(langs.ui) }, t('viewNoText')));
  return h(
    doc,
    'article',
    { class: 'page', ...inLanguage(langs.story) },
    a.title ? h(doc, 'h1', { id: 'uv-title', 'data-part': 'title' }, a.title) : h(doc, 'h1', { id: 'uv-title', 'data-part': 'title', ...inLanguage(langs.ui) }, t('viewUntitled')),
    a.standfirst ? h(doc, 'p', { class: 'standfirst', 'data-part': 'standfirst' }, a.standfirst) : null,
    metaLine(doc, a, langs, deferred),
    attributionStrip(doc, a, langs),
    content,
    coverageList(doc, a, langs),
    removedList(doc, a, langs, deferred),
  );
}

/** Shown instead of the article when the analysis failed: the page itself stays untouched. */
export function renderError(doc: Document, message: string): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'page' },
    h(doc, 'h1', { id: 'uv-title' }, t('viewErrorTitle')),
    h(doc, 'p', { class: 'error', role: 'alert', 'data-part': 'error' }, t('viewErrorBody'), h(doc, 'br'), h(doc, 'small', {}, message)),
  );
}
