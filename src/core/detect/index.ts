// The detector: runs on every page load, so it only reads a few meta tags, the first and last
// paragraphs and at most a few thousand short text nodes. No Readability, no outlet directory.
import type { Detection, OutletRef, Signal } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import { hostnameOf, registrableDomain } from '../domain.ts';
import { headTags, jsonLdObjects, metaSignals, type HeadTags } from './meta-signals.ts';
import { creditCandidateLines, creditSignals, headlineLines, outletCardSignal, storyParagraphs } from './text-signals.ts';
import { pageKind } from './page-kind.ts';
import { sameOutlet } from './same-outlet.ts';

export function ruleForHost(hostname: string, rules: readonly SiteRule[]): SiteRule | null {
  const host = hostname.toLowerCase();
  return rules.find((r) => r.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}

/** The site we are on, as a person would name it. */
export function hostOutlet(head: HeadTags, hostname: string, rule: SiteRule | null): OutletRef {
  const domain = registrableDomain(hostname);
  if (rule) return { name: rule.name, domain: rule.domains.find((d) => domain === d) ?? domain, homepage: rule.homepage };
  const site = head.metas.get('og:site_name') || head.metas.get('application-name') || '';
  const name = site && site.length <= 60 ? site : domain;
  return { name, domain, homepage: domain ? `https://${hostname.startsWith('www.') ? hostname : domain}/` : null };
}

/** The rule's own credit patterns ("Russia Today18 hours ago" under a Daily8 headline). */
function ruleCreditSignals(rule: SiteRule, lines: string[], hostDomain: string, hostName: string): Signal[] {
  const out: Signal[] = [];
  for (const source of rule.creditPatterns ?? []) {
    const re = new RegExp(source, 'u');
    for (const line of lines) {
      const outlet = re.exec(line)?.groups?.outlet?.trim();
      if (outlet && !sameOutlet(outlet, hostDomain, hostName) && !out.some((s) => s.outlet === outlet)) {
        out.push({ id: 'site-rule-credit', weight: 0.8, outlet, reason: `${rule.name} credits the story to ${outlet}: “${line.slice(0, 80)}”` });
      }
    }
  }
  return out;
}

// Japanese portals put the source after the headline in full-width brackets: "…（CNET Japan） - Yahoo!ニュース".
const TITLE_SOURCE = /（(?<outlet>[^（）/／]{2,30})）(?:\s*[-|–—]\s*[^（）]{1,30})?\s*$/u;

function titleSource(doc: Document, hostDomain: string, hostName: string): Signal | null {
  for (const t of [doc.querySelector('h1')?.textContent ?? '', doc.title]) {
    // The bracket test first: most titles have none, and then the pattern is never compiled.
    const outlet = t.includes('）') ? TITLE_SOURCE.exec(t.trim())?.groups?.outlet?.trim() : undefined;
    if (outlet && !sameOutlet(outlet, hostDomain, hostName)) {
      return { id: 'title-source', weight: 0.7, outlet, reason: `The headline names its source: ${outlet}` };
    }
  }
  return null;
}

/** Total evidence needed to call a page a copy: one strong signal, or two weaker ones. */
const THRESHOLD = 0.6;

function score(signals: Signal[]): number {
  // Independent evidence adds up, with diminishing returns: 1 - Π(1 - w).
  return 1 - signals.reduce((acc, s) => acc * (1 - s.weight), 1);
}

export function detect(doc: Document, url: string, rules: readonly SiteRule[]): Detection {
  const hostname = hostnameOf(url);
  const rule = ruleForHost(hostname, rules);
  const head = headTags(doc);
  const host = hostOutlet(head, hostname, rule);
  const paragraphs = storyParagraphs(doc);
  const jsonLd = jsonLdObjects(doc);
  const kind = pageKind(doc, url, rule, paragraphs, jsonLd, head.metas.get('og:type')?.toLowerCase() ?? '');
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
  signals.push(...metaSignals(head, url, host.domain, host.name, jsonLd));
  if (kind !== 'listing') {
    const lines = [...headlineLines(doc), ...creditCandidateLines(paragraphs)];
    const titled = titleSource(doc, host.domain, host.name);
    if (titled) signals.push(titled);
    signals.push(...creditSignals(lines, host.domain, host.name).signals);
    if (rule) signals.push(...ruleCreditSignals(rule, lines, host.domain, host.name));
  }
  // The card walk reads up to 4,000 text nodes; it only counts on listings or next to other evidence,
  // so a page with no sign of being a copy skips it.
  if (kind === 'listing' || signals.length > 0) {
    const cards = outletCardSignal(doc, host.domain, host.name);
    if (cards) signals.push(cards);
  }
  const isAggregator = score(signals) >= THRESHOLD;
  return { isAggregator, kind, host, signals, rule: rule?.id ?? null };
}
