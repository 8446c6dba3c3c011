// The page's evidence, gathered once: head metadata, the story's JSON-LD, the lines where credits live (with
// the place each stood), the logos beside the byline and the page's structure. Gathering touches the page and
// runs on every page load, in the content script; everything else reads this record (read.ts): the verdict, in
// the background and the engine, and attribution, in the engine. So they cannot disagree, and a new signal is
// added in one place. Plain data: it crosses from the content script to the background and the engine.
import type { SiteRule } from '../rules/rule-types.ts';
import { gatherWith, type Evidence, type EvidenceLine } from './gather.ts';
import { LISTING_PASSES } from './listing-passes.ts';

export type { Where } from './where.ts';
export type { HeadData, LdStory, LdEntity, MicrodataSources } from './head.ts';
export { gatherWith, hostOutlet, ruleForHost, type Evidence, type EvidenceLine, type ListingPasses } from './gather.ts';

/** Gathers the page's evidence, every pass included. Pure: (document, url, rules) → data. */
export function gatherEvidence(doc: Document, pageUrl: string, rules: readonly SiteRule[]): Evidence {
  return gatherWith(doc, pageUrl, rules, LISTING_PASSES);
}

/**
 * The story's first and last paragraphs as extraction found them, added to the evidence (the engine knows the
 * story better than the detector's quick look): the same credit reader, the same record.
 */
export function addStoryLines(evidence: Evidence, storyText: string): Evidence {
  const paras = storyText.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  if (!paras.length) return evidence;
  const fresh: EvidenceLine[] = [
    ...paras.slice(0, 2).map((text) => ({ where: 'lead' as const, text })),
    ...paras.slice(-3).map((text) => ({ where: 'tail' as const, text })),
  ].filter((l) => !evidence.lines.some((x) => x.where === l.where && x.text === l.text));
  return fresh.length ? { ...evidence, lines: [...evidence.lines, ...fresh] } : evidence;
}
