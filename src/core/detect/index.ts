// The verdict: a page is a copy when the page itself credits its story to another outlet. Read from the page's
// evidence (gathered by the content script on every page load) in the background, for the badge, and again in the
// engine, where extraction has added the story's own first and last lines, for the popup and the clean view.
// `detect()` does both steps at once (tests, the CLI).
import type { Detection, Signal } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import { gatherEvidence, type Evidence } from '../evidence/index.ts';
import { evidenceCredits, type Credit } from '../evidence/read.ts';
import { directoryIsHost, findHost, type IsHost } from '../host.ts';
import { resolveCredit } from '../attribution/outlet-refs.ts';

export { ruleForHost, hostOutlet } from '../evidence/index.ts';

/** How strongly each form of credit says "this story came from that outlet" (0..1); 0.6 in all decides. */
function weight(c: Credit): number {
  const known = c.shape === 'known';
  switch (c.form) {
    case 'dateline':
      return 0.75;
    case 'byline-agency':
      return known ? 0.8 : c.shape === 'named' ? 0.4 : 0.65;
    case 'sign-off':
      return known || c.shape === 'listed' ? 0.7 : 0.55;
    // A rights line under the story naming a wire is the wire's; naming anything else it is as often the
    // site's owner ("© Herald and Weekly Times"), so it only supports other evidence.
    // An outlet the directory lists is no owner's name (the site's own owner is told apart as the host).
    case 'rights-line':
      return known ? 0.75 : c.shape === 'listed' ? 0.7 : 0.45;
    case 'source-line':
      return known || c.shape === 'listed' ? 0.7 : c.shape === 'named' ? 0.6 : 0.55;
    case 'republished-note':
      return 0.85;
    case 'provider-line':
      return 0.6;
    case 'title-source':
      return 0.7;
    // "X is a Metro reporter" names a desk as often as an outlet: a bio line alone is not enough.
    case 'bio':
      return known ? 0.65 : 0.5;
    case 'syndicated-feed':
      return 0.8;
    case 'logo':
      return known ? 0.65 : 0.5;
    case 'site-rule':
      return 0.8;
    case 'canonical':
      return 0.8;
    // /ap/ names a wire and is rarely wrong; /wires/ only says some wire did.
    case 'url-segment':
      return c.outlet ? 0.6 : 0.35;
    case 'metadata':
      return metadataWeight(c);
  }
}

function metadataWeight(c: Credit): number {
  const known = c.shape === 'known';
  switch (c.field) {
    case 'syndication-source':
    case 'original-source':
      return 0.9;
    case 'json-ld isBasedOn':
    case 'microdata isBasedOn':
      return 0.8;
    case 'json-ld sourceOrganization':
    case 'json-ld provider':
    case 'microdata sourceOrganization':
    case 'microdata provider':
      return 0.7;
    // An Organization author is often the site's own brand under another name ("Contributors to Wikimedia
    // projects", "CBS Detroit"): it supports other evidence but does not decide alone unless it is a wire.
    case 'json-ld author':
      return known ? 0.75 : c.shape === 'shaped' ? 0.6 : 0.45;
    // Publishers are usually the site's owner; a wire as publisher of a story on another site is not.
    case 'json-ld publisher':
      return known ? 0.6 : 0;
    case 'source':
    case 'dc.source':
      return known ? 0.7 : 0.55;
    default:
      // meta author and its kin: "Associated Press", "By The Associated Press".
      return known ? 0.7 : 0.55;
  }
}

const REASON: Record<Credit['form'], string> = {
  dateline: 'The story’s credit line names',
  'byline-agency': 'The byline credits',
  'sign-off': 'The story ends with a credit to',
  'rights-line': 'The rights line after the story names',
  'source-line': 'A source line names',
  'republished-note': 'A note says the story was first published by',
  'provider-line': 'The line under the headline names the provider',
  'title-source': 'The headline names its source:',
  bio: 'The author’s bio line names',
  'syndicated-feed': 'A note says the story comes from a syndicated feed',
  logo: 'A source logo beside the byline shows',
  'site-rule': 'The site credits the story to',
  canonical: 'The page’s canonical link points to',
  'url-segment': 'The page’s address files it under a wire:',
  metadata: 'The page’s metadata names',
};

function reason(c: Credit, siteName: string): string {
  if (c.form === 'site-rule') return `${siteName} credits the story to ${c.outlet}: “${quote(c.line)}”`;
  if (c.form === 'canonical' || c.form === 'metadata') return `${REASON[c.form]} ${c.outlet ?? ''} (${c.field ?? 'metadata'})`.replace(/\s+/g, ' ');
  if (c.form === 'url-segment') return `${REASON[c.form]} ${c.line}`;
  return c.outlet ? `${REASON[c.form]} ${c.outlet}: “${quote(c.line)}”` : `${REASON[c.form]}: “${quote(c.line)}”`;
}

const quote = (line: string): string => (line.length > 90 ? `${line.slice(0, 87)}…` : line);

/** Total evidence needed to call a page a copy: one strong signal, or two weaker ones. */
const THRESHOLD = 0.6;

/** Independent evidence adds up, with diminishing returns: 1 - Π(1 - w). */
function score(signals: Signal[]): number {
  return 1 - signals.reduce((acc, s) => acc * (1 - s.weight), 1);
}

/**
 * The credits that name another outlet (or, like a syndicated-feed note, none), strongest first. A name no outlet
 * could bear ("dpo" in a satire site's dateline, "in News" after a byline's author) is no credit: the verdict counts
 * only the names the original can be read from, so a copy always has an original to show.
 */
export function foreignCredits(evidence: Evidence, rules: readonly SiteRule[], isHost: IsHost): Credit[] {
  return evidenceCredits(evidence, rules)
    .filter((c) => weight(c) > 0 && (!c.outlet || !!c.url || !!resolveCredit(c, {})) && !isHost(c))
    .sort((a, b) => weight(b) - weight(a));
}

/**
 * The verdict read from the evidence: signals with their reasons, and whether they add up to a copy. Credits that
 * name the site itself (by name, domain, or its names in the outlet directory) do not count.
 */
export function readDetection(evidence: Evidence, rules: readonly SiteRule[], isHost?: IsHost): Detection {
  const rule = rules.find((r) => r.id === evidence.rule) ?? null;
  isHost ??= directoryIsHost(evidence, findHost(evidence, rule));
  const signals: Signal[] = [];
  if (rule) {
    // A site that also reports itself only hints; the page must show more evidence.
    const always = rule.aggregator === 'always';
    signals.push({
      id: 'site-rule',
      weight: always ? 0.9 : 0.3,
      reason: always ? `${rule.name} republishes stories from other outlets` : `${rule.name} often runs other outlets’ stories`,
    });
  }
  for (const c of foreignCredits(evidence, rules, isHost)) {
    const id = `credit-${c.form}`;
    const existing = signals.find((s) => s.id === id && s.outlet === (c.outlet ?? undefined));
    if (existing) continue;
    signals.push({ id, weight: weight(c), ...(c.outlet ? { outlet: c.outlet } : {}), reason: reason(c, rule?.name ?? evidence.host.name) });
  }
  const cards = evidence.cards;
  if (cards) {
    signals.push({
      id: 'outlet-cards',
      weight: cards.total >= 3 ? 0.55 : 0.4,
      outlet: cards.names[0]!,
      reason: `${cards.total} story cards credit other outlets (${cards.names.join(', ')})`,
    });
  }
  return { isAggregator: score(signals) >= THRESHOLD, kind: evidence.kind, host: evidence.host, signals, rule: rule?.id ?? null, evidence };
}

export function detect(doc: Document, url: string, rules: readonly SiteRule[]): Detection {
  return readDetection(gatherEvidence(doc, url, rules), rules);
}
