import type { RuleDocs, SiteRule } from './rule-types.ts';

// Head Topics rewrites excerpts of other outlets' stories and ends with "Read more at <outlet>".
export const headTopics: SiteRule = {
  id: 'head-topics',
  name: 'Head Topics',
  domains: ['headtopics.com'],
  aggregator: 'always',
  homepage: 'https://headtopics.com/',
  articlePaths: ['^/[a-z]{2}/[a-z0-9-]+-\\d+$'],
  listingPaths: ['^/[a-z]{2}/?$', '^/[a-z]{2}/(?:topics?|tag)/'],
  creditPatterns: ['^(?:Source|Read more at|Read more on)\\s*:?\\s*(?<outlet>[A-Z][\\p{L}\\p{N}&.\' -]{1,50}?)\\s*»?$'],
};

export const headTopicsDocs: RuleDocs = {
  examples: [{ url: 'https://headtopics.com/us/japan-cancels-security-talks-with-us-69871234', kind: 'article', fixture: 'head-topics-article' }],
};
