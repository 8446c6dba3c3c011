// Every aggregator family Upstream knows, as data. Add a rule: one file here + a fixture + examples.
import type { SiteRule } from './rule-types.ts';

export const SITE_RULES: readonly SiteRule[] = [];
export type { SiteRule };
