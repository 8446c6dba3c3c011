// Listing pages (tag pages, topic pages) become a plain list grouped by outlet;
// items that cover the same story say so, naming the other outlets.
import type { Analysis, ListingItem } from '../core/types.ts';
import { formatCount, formatDate, safeHttpUrl } from '../ui/format.ts';
import { t } from '../ui/i18n.ts';
import { h, link } from './dom.ts';
import { attributionStrip, deferredIntl, filled, inLanguage, removedList, type Later } from './clean-view-render.ts';
import type { ViewLanguages } from './story-language.ts';

const outletOf = (item: ListingItem): string => item.outlet || item.domain || t('viewUnknownOutlet');

/** Outlets in first-seen order, each with its items in page order. */
export function groupByOutlet(items: readonly ListingItem[]): Array<[string, ListingItem[]]> {
  const groups = new Map<string, ListingItem[]>();
  for (const item of items) {
    const key = outletOf(item);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return [...groups.entries()];
}

function sameStoryNote(doc: Document, item: ListingItem, all: readonly ListingItem[], langs: ViewLanguages): HTMLElement | null {
  const others = all.filter((o) => o !== item && o.group === item.group).map(outletOf);
  if (others.length === 0) return null;
  return h(doc, 'span', { class: 'same', 'data-group': item.group, ...inLanguage(langs.ui) }, t('viewSameStory', [[...new Set(others)].join(', ')]));
}

/** The stories' text: what tells the listing's language and direction. */
export const listingText = (a: Analysis): string => a.items.map((i) => `${i.title} ${i.summary ?? ''}`).join('\n');

/** The listing in the page's language and direction; the view's own lines in the reader's. */
export function renderListing(doc: Document, a: Analysis, langs: ViewLanguages, later?: Later): HTMLElement {
  const groups = groupByOutlet(a.items);
  const deferred = deferredIntl(later);
  const sections = groups.map(([outlet, items], i) =>
    h(
      doc,
      'section',
      { class: 'outlet-group', 'data-outlet': outlet, 'aria-labelledby': `uv-outlet-${i}` },
      h(doc, 'h2', { id: `uv-outlet-${i}` }, outlet),
      h(
        doc,
        'ul',
        { class: 'items' },
        ...items.map((item) =>
          h(
            doc,
            'li',
            { 'data-group': item.group },
            h(doc, 'span', { class: 'title' }, link(doc, safeHttpUrl(item.url, a.url), item.title)),
            item.time ? filled(h(doc, 'span', { class: 'when' }), () => [formatDate(item.time, langs.locale) ?? item.time], deferred) : null,
            sameStoryNote(doc, item, a.items, langs),
            item.summary ? h(doc, 'p', { class: 'summary' }, item.summary) : null,
          ),
        ),
      ),
    ),
  );
  return h(
    doc,
    'div',
    { class: 'page listing', ...inLanguage(langs.story) },
    a.title ? h(doc, 'h1', { id: 'uv-title', 'data-part': 'title' }, a.title) : h(doc, 'h1', { id: 'uv-title', 'data-part': 'title', ...inLanguage(langs.ui) }, t('viewUntitled')),
    filled(
      h(doc, 'p', { class: 'meta', 'data-part': 'listing-summary', ...inLanguage(langs.ui) }),
      () => [t('viewListingSummary', [formatCount(a.items.length, langs.locale), formatCount(groups.length, langs.locale)])],
      deferred,
      () => [t('viewListingSummary', [String(a.items.length), String(groups.length)])],
    ),
    attributionStrip(doc, a, langs),
    a.items.length === 0 ? h(doc, 'p', { class: 'error', ...inLanguage(langs.ui) }, t('viewNoItems')) : null,
    ...sections,
    removedList(doc, a, langs, deferred),
  );
}
