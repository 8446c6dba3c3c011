// Bundled alone for the cold-world benchmark: what the content script runs on every page load, nothing else.
// Where the page asks for the listing passes, the content script loads them and gathers again; here they are
// bundled in (their loading is not timed), and the second gathering is.
import { gatherWith } from '../../../src/core/evidence/gather.ts';
import { LISTING_PASSES } from '../../../src/core/evidence/listing-passes.ts';
import { SITE_RULES } from '../../../src/core/rules/index.ts';

export function run(): unknown {
  return gatherWith(document, location.href, SITE_RULES, null) ?? gatherWith(document, location.href, SITE_RULES, LISTING_PASSES);
}
