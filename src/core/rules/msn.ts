import type { RuleDocs, SiteRule } from './rule-types.ts';

// MSN shows partner stories under the partner's logo and name, with a canonical link to the partner.
export const msn: SiteRule = {
  id: 'msn',
  name: 'MSN',
  domains: ['msn.com'],
  aggregator: 'always',
  homepage: 'https://www.msn.com/',
  articlePaths: ['/ar-[A-Za-z0-9]+'],
  listingPaths: ['^/[a-z]{2}-[a-z]{2}/(?:news|money|sports)/?[a-z-]*/?$'],
  selectors: { provider: '[class*="provider" i], [data-t*="provider" i], .attribution, [class*="publisher" i]' },
  creditPatterns: [],
};

export const msnDocs: RuleDocs = {
  examples: [{ url: 'https://www.msn.com/en-us/news/world/japan-and-us-agree-to-resume-security-talks/ar-AA1HxY2b', kind: 'article', fixture: 'msn-article' }],
};
