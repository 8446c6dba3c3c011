// Source attribution for one page: host, original outlet, author, date and the outlets the story cites.
// Pure: (document, url, evidence gathered by detection and extraction) → data.
import type { Attribution, Detection, Original, OutletRef } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import { findOutletByDomain, type NameContext } from '../outlets/index.ts';
import { hostnameOf, registrableDomain } from '../domain.ts';
import { canonicalUrls, httpUrl, jsonLdNodes, metaContent } from './page-data.ts';
import { fromEntry, resolveUrl, type ResolvedOutlet } from './outlet-refs.ts';
import { findOriginal } from './original.ts';
import { findByline } from './byline.ts';
import { findPublished } from './published.ts';
import { findCited } from './cited.ts';

export interface AttributionInput {
  detection: Detection;
  /** Credit, dateline and provider lines captured before cleaning. */
  credits: string[];
  /** Clean article text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  rule: SiteRule | null;
  /** Moment the page is viewed or was captured, for "18 hours ago". */
  now?: Date | null;
}

/** The site's own outlet: the directory by domain, else the site rule, else og:site_name, else the hostname. */
function findHost(doc: Document, url: string, detection: Detection, rule: SiteRule | null): ResolvedOutlet {
  const entry = findOutletByDomain(url);
  if (entry) {
    // Show the domain the page is actually on when the outlet has several (bbc.co.uk / bbc.com).
    const own = registrableDomain(hostnameOf(url));
    const found = fromEntry(entry);
    return entry.domains.includes(own) ? { ...found, ref: { ...found.ref, domain: own } } : found;
  }
  const host = hostnameOf(url);
  const domain = registrableDomain(host) || detection.host.domain;
  const homepage = httpUrl(rule?.homepage) ?? (host ? `https://${host}/` : null);
  if (rule) return { ref: { name: rule.name, domain, homepage }, entry: null };
  const siteName = metaContent(doc, 'og:site_name', 'application-name');
  const name = siteName && siteName.length <= 60 ? siteName : detection.host.name && detection.host.name !== host ? detection.host.name : host;
  return { ref: { name: name || domain, domain, homepage }, entry: null };
}

function withHomepage(ref: OutletRef): OutletRef {
  const homepage = httpUrl(ref.homepage) ?? (ref.domain ? `https://${ref.domain}/` : null);
  const out: OutletRef = { name: ref.name, domain: ref.domain, homepage };
  if (ref.id) out.id = ref.id;
  return out;
}

/** A search for the headline on the original's own site, when the page links nowhere better. */
export function searchUrl(title: string | null, domain: string): string | null {
  if (!title?.trim() || !domain) return null;
  const q = encodeURIComponent(title.replace(/\s+/g, ' ').trim()).replace(/%20/g, '+');
  return `https://duckduckgo.com/?q=${q}+site%3A${encodeURIComponent(domain)}`;
}

function onDomain(link: string | null, domain: string): boolean {
  return !!link && !!domain && registrableDomain(hostnameOf(link)) === domain;
}

/**
 * A link on the page to a story on the original's site (aggregators often link the provider line to
 * the source article). Homepages and section fronts do not count: the path must look like a story.
 */
function storyLinkOn(doc: Document, pageUrl: string, domain: string): string | null {
  if (!domain) return null;
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 1500; i++) {
    const href = httpUrl(links[i]!.getAttribute('href'), pageUrl);
    if (!href || !onDomain(href, domain)) continue;
    const path = new URL(href).pathname;
    if (path.split('/').filter(Boolean).length >= 2 || /\d{4,}|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+/i.test(path)) return href;
  }
  return null;
}

export function attribute(doc: Document, url: string, input: AttributionInput): Attribution {
  const nodes = jsonLdNodes(doc);
  const host = findHost(doc, url, input.detection, input.rule);
  const context: NameContext = { country: host.entry?.country ?? null, knownIds: host.entry ? [host.entry.id] : [] };
  // A listing page has no story of its own: no original, nothing cited.
  if (input.detection.kind === 'listing' && !input.text.trim()) {
    return { host: withHomepage(host.ref), original: null, byline: null, published: null, cited: [] };
  }
  const finding = findOriginal({
    doc, url, host, rule: input.rule, credits: input.credits, text: input.text, nodes, context,
    title: input.title ?? (doc.title.trim() || null),
    republisher: input.detection.isAggregator || !!input.rule,
  });
  const originalOutlet = finding?.outlet ?? host;
  const originalRef = withHomepage(originalOutlet.ref);
  const title = input.title ?? (doc.title.trim() || null);
  let link: string | null;
  if (finding) {
    const candidates = [finding.url, ...canonicalUrls(doc, url), storyLinkOn(doc, url, originalRef.domain)].map((u) => httpUrl(u));
    link = candidates.find((u) => onDomain(u, originalRef.domain)) ?? searchUrl(title, originalRef.domain);
  } else {
    link = canonicalUrls(doc, url).map((u) => httpUrl(u)).find((u) => onDomain(u, originalRef.domain)) ?? httpUrl(url);
  }
  const original: Original = { ...originalRef, url: link, via: finding?.via ?? 'host' };
  const knownIds = [...(context.knownIds ?? []), ...(originalOutlet.entry ? [originalOutlet.entry.id] : [])];
  const cited = findCited(input.text, [host, originalOutlet], { ...context, knownIds }).map((c) => ({
    ...withHomepage(c),
    ...(c.evidence ? { evidence: c.evidence } : {}),
  }));
  return {
    host: withHomepage(host.ref),
    original,
    byline: findByline(doc, nodes, input.credits, input.text, context),
    published: findPublished(doc, nodes, input.credits, input.now),
    cited,
  };
}

export { resolveUrl };
