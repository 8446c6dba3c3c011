// Bundled alone for the cold-world benchmark: what the content script runs on every page load, nothing else.
import { gatherEvidence } from '../../../src/core/evidence/index.ts';
import { SITE_RULES } from '../../../src/core/rules/index.ts';

export function run(): unknown {
  return gatherEvidence(document, location.href, SITE_RULES);
}
