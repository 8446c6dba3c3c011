// Every aggregator family Upstream knows, as data. Add a rule: one file here, a fixture under
// test/fixtures/, example URLs beside the rule; test/unit/site-rules.test.ts checks them all.
import type { RuleDocs, SiteRule } from './rule-types.ts';
import { daily8, daily8Docs } from './daily8.ts';
import { devdiscourse, devdiscourseDocs } from './devdiscourse.ts';
import { headTopics, headTopicsDocs } from './head-topics.ts';
import { menafn, menafnDocs } from './menafn.ts';
import { msn, msnDocs } from './msn.ts';
import { newsbreak, newsbreakDocs } from './newsbreak.ts';
import { taipeiTimes, taipeiTimesDocs } from './taipei-times.ts';
import { yahooNews, yahooNewsDocs } from './yahoo-news.ts';

export const SITE_RULES: readonly SiteRule[] = [daily8, menafn, taipeiTimes, msn, yahooNews, newsbreak, headTopics, devdiscourse];
/** Each rule's examples and notes, by rule id (for the meta-test; unused code for the page scripts). */
export const RULE_DOCS: Readonly<Record<string, RuleDocs>> = {
  daily8: daily8Docs, menafn: menafnDocs, 'taipei-times': taipeiTimesDocs, msn: msnDocs, 'yahoo-news': yahooNewsDocs,
  newsbreak: newsbreakDocs, 'head-topics': headTopicsDocs, devdiscourse: devdiscourseDocs,
};
export type { SiteRule };
