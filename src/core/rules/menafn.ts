import type { RuleDocs, SiteRule } from './rule-types.ts';

// MENAFN runs partner content credited "(MENAFN- Partner)" and its own rewrites credited "(MENAFN)".
export const menafn: SiteRule = {
  id: 'menafn',
  name: 'MENAFN',
  domains: ['menafn.com'],
  aggregator: 'always',
  homepage: 'https://menafn.com/',
  articlePaths: ['^/\\d{6,}/'],
  listingPaths: ['^/(?:qn_|search|category)'],
  creditPatterns: ['^\\(\\s*MENAFN\\s*[-–—]\\s*(?<outlet>[^)]{2,60})\\)'],
  selfPublishes: true,
};

export const menafnDocs: RuleDocs = {
  examples: [
    { url: 'https://menafn.com/1109814472/US-Japan-ties-face-era-defining-calamity', kind: 'article', fixture: 'seed-001-menafn-ft' },
    { url: 'https://menafn.com/1109820033/UAE-banks-report-record-first-half-profits', kind: 'article', fixture: 'menafn-syndicated' },
  ],
  notes: '"(MENAFN)" alone means MENAFN wrote the piece itself, usually a rewrite of another outlet’s report.',
};
