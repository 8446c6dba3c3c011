import type { RuleDocs, SiteRule } from './rule-types.ts';

// Taipei Times runs wire stories ("AFP, PARIS") and syndicated columns (Bloomberg Opinion) next to its
// own reporting, and glues teasers of unrelated editorials after the story.
export const taipeiTimes: SiteRule = {
  id: 'taipei-times',
  name: 'Taipei Times',
  domains: ['taipeitimes.com'],
  aggregator: 'sometimes',
  homepage: 'https://www.taipeitimes.com/',
  articlePaths: ['^/News/[a-z]+/archives/'],
  listingPaths: ['^/News/[a-z]+/?$', '^/List/'],
  creditPatterns: ['^(?<outlet>AFP|AP|Reuters|Bloomberg|CNA|Kyodo|Reuters and AFP|AFP and Reuters), [A-Z][A-Z .\'-]{2,30}$'],
  selfPublishes: true,
};

export const taipeiTimesDocs: RuleDocs = {
  examples: [
    { url: 'https://www.taipeitimes.com/News/editorials/archives/2025/07/04/2003839726', kind: 'article', fixture: 'seed-003-taipei-times-bloomberg' },
    { url: 'https://www.taipeitimes.com/News/world/archives/2025/07/05/2003839801', kind: 'article', fixture: 'taipei-times-afp' },
  ],
  notes: 'Only a copy when a wire dateline, a "/ Bloomberg" byline suffix or a columnist bio names another outlet.',
};
