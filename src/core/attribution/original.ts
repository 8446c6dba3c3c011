// Which outlet first published the story on this page, and by which evidence.
// Precedence: the site rule, machine-readable source data, credit lines, provider labels, author bios, the host.
import type { SiteRule } from '../rules/rule-types.ts';
import type { NameContext } from '../outlets/index.ts';
import { findCredits } from '../credits.ts';
import { asList, articleNodes, canonicalUrls, entityOf, metaContent, type JsonLdNode } from './page-data.ts';
import { resolveName, resolveUrl, sameOutlet, type ResolvedOutlet } from './outlet-refs.ts';

export interface OriginalFinding {
  outlet: ResolvedOutlet;
  via: string;
  /** A link to the story at the original outlet, when the evidence carries one. */
  url: string | null;
}

export interface OriginalInput {
  doc: Document;
  url: string;
  host: ResolvedOutlet;
  rule: SiteRule | null;
  credits: string[];
  text: string;
  nodes: JsonLdNode[];
  context: NameContext;
  title: string | null;
  /** The site is known to republish others (detected aggregator or site rule). */
  republisher: boolean;
}

/** "Russia Today18 hours ago", "Japan Times 13 hours ago", "The Associated Press5h", "Reuters · 2 days ago". */
const RELATIVE_TAIL =
  /\s*[·•|,-]?\s*(?:time\s*)?(?:(?:\d{1,3}|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d{1,2}\s*[smhd]|yesterday|just now)\s*$/i;
const SOURCE_LABEL = /^(?:source|sources|via|courtesy(?: of)?|provided by|read more (?:at|on)|originally published (?:by|at|on|in))\s*[:：]?\s*(.+)$/i;
const BYLINE_SUFFIX = /^by\s+[^/|]{2,80}?\s*[/|]\s*(.{2,60})$/i;

export function providerName(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 80 || !RELATIVE_TAIL.test(text)) return null;
  const name = text.replace(RELATIVE_TAIL, '').trim();
  return name.length >= 2 ? name : null;
}

function sourceLabelName(line: string): string | null {
  const m = SOURCE_LABEL.exec(line.replace(/\s+/g, ' ').trim());
  if (!m?.[1] || line.length > 120) return null;
  return m[1].split(/\s+[·•|]\s+|\s+[-–—]\s+\d/)[0]?.replace(/[.»]+$/, '').trim() ?? null;
}

/** First and last paragraphs of the text: where datelines and sign-offs live. */
function edgeLines(text: string): string[] {
  const paras = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return [...paras.slice(0, 3), ...paras.slice(-3)];
}

function siteRuleFinding(input: OriginalInput): OriginalFinding[] {
  const { rule, doc } = input;
  if (!rule) return [];
  const names: string[] = [];
  const lines = [...input.credits, ...edgeLines(input.text)];
  for (const source of rule.creditPatterns ?? []) {
    let re: RegExp;
    try {
      re = new RegExp(source, 'u');
    } catch {
      continue;
    }
    for (const line of lines) {
      const name = re.exec(line.replace(/\s+/g, ' ').trim())?.groups?.outlet;
      if (name) names.push(name);
    }
  }
  const selector = rule.selectors?.provider;
  if (selector) {
    try {
      for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 3)) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const name = providerName(text) ?? (text.length <= 60 ? text : null);
        if (name) names.push(name);
      }
    } catch {
      // an invalid selector in a rule must not break attribution
    }
  }
  return names.flatMap((name) => {
    const outlet = resolveName(name.replace(RELATIVE_TAIL, ''), input.context);
    return outlet ? [{ outlet, via: 'site-rule', url: null }] : [];
  });
}

function machineFindings(input: OriginalInput): OriginalFinding[] {
  const out: OriginalFinding[] = [];
  const { doc, url, host } = input;
  const fromUrlOrName = (value: string, via: string): void => {
    const found = /^https?:\/\//i.test(value) ? resolveUrl(value) : resolveName(value, input.context, false);
    if (found) out.push({ outlet: found, via, url: /^https?:\/\//i.test(value) ? value : null });
  };
  for (const key of ['syndication-source', 'original-source', 'dc.source']) {
    const value = metaContent(doc, key);
    if (value) fromUrlOrName(value, 'meta');
  }
  for (const node of articleNodes(input.nodes)) {
    for (const v of asList(node.isBasedOn).concat(asList(node.isBasedOnUrl))) {
      const e = entityOf(v);
      if (e.url) out.push({ outlet: resolveUrl(e.url)!, via: 'json-ld', url: e.url });
      else if (e.name) fromUrlOrName(e.name, 'json-ld');
    }
    for (const key of ['sourceOrganization', 'provider']) {
      for (const v of asList(node[key])) {
        const e = entityOf(v);
        const found = (e.name && resolveName(e.name, input.context, false)) || (e.url && resolveUrl(e.url));
        if (found) out.push({ outlet: found, via: 'json-ld', url: null });
      }
    }
    // An Organization credited as author or publisher that is a known outlet other than the host.
    // Publishers are often parent companies of the host; they count only where the site republishes others.
    for (const key of input.republisher ? ['author', 'publisher'] : ['author']) {
      for (const v of asList(node[key])) {
        const e = entityOf(v);
        if (e.type && !/Organization|Corporation/i.test(e.type)) continue;
        const found = e.name ? resolveName(e.name, input.context, false) : null;
        if (found?.entry && !sameOutlet(found, host)) out.push({ outlet: found, via: 'json-ld', url: null });
      }
    }
  }
  for (const canonical of canonicalUrls(doc, url)) {
    const found = resolveUrl(canonical);
    if (found && found.ref.domain !== host.ref.domain) out.push({ outlet: found, via: 'canonical', url: canonical });
  }
  return out.filter((f) => f.outlet);
}

function creditFindings(input: OriginalInput): { credit: OriginalFinding[]; provider: OriginalFinding[]; bio: OriginalFinding[] } {
  const credit: OriginalFinding[] = [];
  const provider: OriginalFinding[] = [];
  const bio: OriginalFinding[] = [];
  const paras = input.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  // A sign-off ("— AFP") only counts where the story ends; elsewhere "(AP)" closes photo captions.
  const tail = new Set(paras.slice(-2));
  const lines = [...input.credits.slice(0, 12), ...edgeLines(input.text), ...input.credits.slice(-6)];
  for (const line of lines) {
    for (const c of findCredits(line)) {
      if (!c.outlet || c.kind === 'syndicated-feed') continue;
      if (c.kind === 'agency-tail' && !tail.has(line.trim())) continue;
      const outlet = resolveName(c.outlet, input.context, false);
      if (!outlet?.entry) continue;
      (c.kind === 'bio' ? bio : credit).push({ outlet, via: c.kind === 'bio' ? 'author-bio' : 'credit-line', url: null });
    }
    const suffix = BYLINE_SUFFIX.exec(line.trim())?.[1];
    const bySuffix = suffix ? resolveName(suffix, input.context, false) : null;
    if (bySuffix?.entry) credit.push({ outlet: bySuffix, via: 'credit-line', url: null });
    const label = providerName(line) ?? sourceLabelName(line);
    const byLabel = label ? resolveName(label, input.context, false) : null;
    if (byLabel?.entry) provider.push({ outlet: byLabel, via: 'provider-label', url: null });
  }
  // "Headline（CNET Japan） - Yahoo!ニュース", "Headline (Reuters)": the source named at the end of the title.
  const titleSource = /[（(]([^（）()]{2,40})[）)]\s*(?:[-|–—]\s*[^-|–—()（）]{1,40})?$/u.exec(input.title ?? '')?.[1];
  const byTitle = titleSource ? resolveName(titleSource, input.context, false) : null;
  if (byTitle?.entry) provider.push({ outlet: byTitle, via: 'provider-label', url: null });
  return { credit, provider, bio };
}

/** The first finding, in precedence order, that names an outlet other than the host. */
export function findOriginal(input: OriginalInput): OriginalFinding | null {
  const { credit, provider, bio } = creditFindings(input);
  const ordered = [...siteRuleFinding(input), ...machineFindings(input), ...credit, ...provider, ...bio].filter(
    (f) => !sameOutlet(f.outlet, input.host),
  );
  // A name the directory does not know (a site-rule provider line) yields to any evidence that resolves.
  return ordered.find((f) => f.outlet.entry || f.outlet.ref.domain) ?? ordered[0] ?? null;
}
