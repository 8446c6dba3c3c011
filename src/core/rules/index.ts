// Every aggregator family Upstream knows, as data. Add a rule: one file here, a fixture under
// test/fixtures/, example URLs in the rule; test/unit/site-rules.test.ts checks them all.
import type { SiteRule } from './rule-types.ts';
import { daily8 } from './daily8.ts';
import { devdiscourse } from './devdiscourse.ts';
import { headTopics } from './head-topics.ts';
import { menafn } from './menafn.ts';
import { msn } from './msn.ts';
import { newsbreak } from './newsbreak.ts';
import { taipeiTimes } from './taipei-times.ts';
import { yahooNews } from './yahoo-news.ts';

export const SITE_RULES: readonly SiteRule[] = [daily8, menafn, taipeiTimes, msn, yahooNews, newsbreak, headTopics, devdiscourse];
export type { SiteRule };
