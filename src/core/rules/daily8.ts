import type { RuleDocs, SiteRule } from './rule-types.ts';

// Daily8 republishes full stories under a provider line ("Russia Today18 hours ago") and wraps
// them in an AI promo, an empty comments box, unrelated "Related Articles" and an app footer.
export const daily8: SiteRule = {
  id: 'daily8',
  name: 'Daily8',
  domains: ['daily8.com'],
  aggregator: 'always',
  homepage: 'https://www.daily8.com/',
  listingPaths: ['^/(?:tags?|topics?|category|categories|search)/'],
  articlePaths: ['^/(?:news|article|articles|story)/'],
  creditPatterns: ['^(?<outlet>[A-Z][\\p{L}\\p{N}&.\' -]{1,40}?)\\s*(?:time\\s*)?(?:\\d{1,2}|an?)\\s+(?:minutes?|hours?|days?|weeks?)\\s+ago$'],
};

export const daily8Docs: RuleDocs = {
  examples: [
    { url: 'https://www.daily8.com/news/us-japan-relations-undergoing-era-defining-crisis', kind: 'article', fixture: 'seed-000-daily8-rt' },
    { url: 'https://www.daily8.com/tags/USJapanRelations', kind: 'listing', fixture: 'seed-002-daily8-tag' },
    { url: 'https://www.daily8.com/news/us-envoy-plays-down-washington-tokyo-trade-row', kind: 'article', fixture: 'seed-004-daily8-japan-times' },
  ],
  notes: 'Class names are hashed; the provider line is the short block right under the title.',
};
