import type { RuleDocs, SiteRule } from './rule-types.ts';

// Devdiscourse publishes wire copy verbatim with a "(Reuters)" credit and an auto-generated-feed note.
export const devdiscourse: SiteRule = {
  id: 'devdiscourse',
  name: 'Devdiscourse',
  domains: ['devdiscourse.com'],
  aggregator: 'always',
  homepage: 'https://www.devdiscourse.com/',
  articlePaths: ['^/article/'],
  listingPaths: ['^/(?:news|category|tags?)/'],
  selfPublishes: true,
};

export const devdiscourseDocs: RuleDocs = {
  examples: [{ url: 'https://www.devdiscourse.com/article/politics/3456789-japan-cancels-22-talks-with-us', kind: 'article', fixture: 'devdiscourse-article' }],
};
