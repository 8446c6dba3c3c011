import type { RuleDocs, SiteRule } from './rule-types.ts';

// Yahoo News syndicates AP, Reuters, ABC News and many others under a provider logo; Yahoo's own newsrooms
// (Yahoo News, Yahoo Finance, Yahoo Sports) also publish there, so a page is a copy when it names a provider.
export const yahooNews: SiteRule = {
  id: 'yahoo-news',
  name: 'Yahoo News',
  domains: ['yahoo.com'],
  aggregator: 'sometimes',
  homepage: 'https://news.yahoo.com/',
  articlePaths: ['^/(?:news/)?[a-z0-9-]+-\\d{6,}\\.html$', '^/news/[a-z0-9-]+\\.html$'],
  listingPaths: ['^/(?:topics?|tagged|world|us|politics)/?[a-z-]*/?$'],
  selectors: {
    provider: '.caas-attr-provider, [class*="provider-name" i], [data-test-locator="provider"], .caas-logo',
    remove: [
      { selector: '.caas-readmore, [class*="readmore" i], [aria-label="Story continues"]', kind: 'promo' },
      { selector: '[data-test-locator="recommended-stories"], [class*="recommended" i]', kind: 'related' },
    ],
  },
};

export const yahooNewsDocs: RuleDocs = {
  examples: [{ url: 'https://news.yahoo.com/japan-us-rubio-visit-tokyo-032512345.html', kind: 'article', fixture: 'yahoo-news-article' }],
};
