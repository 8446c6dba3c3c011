import type { RuleDocs, SiteRule } from './rule-types.ts';

// NewsBreak shows local outlets' stories, often truncated, with "Read full story" and comments.
export const newsbreak: SiteRule = {
  id: 'newsbreak',
  name: 'NewsBreak',
  domains: ['newsbreak.com'],
  aggregator: 'always',
  homepage: 'https://www.newsbreak.com/',
  articlePaths: ['^/(?:[a-z-]+/)?news/\\d+'],
  listingPaths: ['^/(?:[a-z-]+-[a-z]{2}|topics?|channels?)/?$'],
  selectors: { remove: [{ selector: '[class*="comment" i]', kind: 'comments' }] },
};

export const newsbreakDocs: RuleDocs = {
  examples: [{ url: 'https://www.newsbreak.com/news/3812345678901-city-council-approves-new-budget', kind: 'article', fixture: 'newsbreak-article' }],
};
