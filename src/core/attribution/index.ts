// Source attribution for one page: host, original outlet, author, date and the outlets the story cites, read
// from the page's evidence (the same record the verdict is read from) and the extracted story text.
// Pure: (evidence, story) → data.
import type { Attribution, Detection, Original, OutletRef } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import type { Evidence } from '../evidence/index.ts';
import { meta } from '../evidence/head.ts';
import { hostnameOf, httpUrl, registrableDomain } from '../domain.ts';
import { directoryIsHost, hostContext } from '../host.ts';
import { resolveUrl, type ResolvedOutlet } from './outlet-refs.ts';
import { findOriginal } from './original.ts';
import { findByline } from './find-byline.ts';
import { findPublished } from './published.ts';
import { findCited } from './cited.ts';

export interface AttributionInput {
  /** The verdict read from the same evidence (with `hostTest`). */
  detection: Detection;
  /** Clean article text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  rule: SiteRule | null;
  /** Moment the page is viewed or was captured, for "18 hours ago". */
  now?: Date | null;
  /** A link on the page to a story on `domain`, when the page has one (aggregators link their provider line). */
  storyLink?: (domain: string) => string | null;
  /** The domain the page links to for an outlet the directory does not know. */
  domainFor?: (name: string) => string | null;
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

/** rel=canonical and og:url, absolute. */
function canonicalUrls(evidence: Evidence): string[] {
  return [evidence.head.canonical, meta(evidence.head, 'og:url')].map((u) => httpUrl(u, evidence.url)).filter((u): u is string => !!u);
}

export function attribute(evidence: Evidence, host: ResolvedOutlet, input: AttributionInput): Attribution {
  const context = hostContext(host);
  // A listing page has no story of its own: no original, nothing cited.
  if (input.detection.kind === 'listing' && !input.text.trim()) {
    return { host: withHomepage(host.ref), original: null, byline: null, published: null, cited: [] };
  }
  const rules = input.rule ? [input.rule] : [];
  const finding = input.detection.isAggregator ? findOriginal(evidence, rules, directoryIsHost(evidence, host), context) : null;
  const title = input.title ?? (evidence.title || null);
  let original: Original | null;
  if (finding) {
    const named = finding.outlet.ref;
    const domain = named.domain || input.domainFor?.(named.name) || '';
    // An outlet with several sites (aljazeera.com and aljazeera.net) is shown at the one the page links to.
    const sites = [domain, ...(finding.outlet.entry?.domains ?? []).filter((d) => d !== domain)];
    let link: string | null = null;
    let site = domain;
    for (const d of sites) {
      const candidates = [finding.url, ...canonicalUrls(evidence), input.storyLink?.(d) ?? null].map((u) => httpUrl(u));
      link = candidates.find((u) => onDomain(u, d)) ?? null;
      if (link) {
        site = d;
        break;
      }
    }
    const ref = withHomepage({ ...named, domain: site, homepage: site === domain ? named.homepage : null });
    original = { ...ref, url: link ?? searchUrl(title, site), via: finding.via };
  } else if (input.detection.isAggregator && !input.rule?.selfPublishes) {
    // A copy whose source the page does not name: the verdict stands, the original is not known.
    original = null;
  } else {
    // The host's own story (or, on a site that also publishes its own rewrites, one that credits nobody else).
    const ref = withHomepage(host.ref);
    original = { ...ref, url: canonicalUrls(evidence).find((u) => onDomain(u, ref.domain)) ?? httpUrl(evidence.url), via: 'host' };
  }
  const originalOutlet = finding?.outlet ?? host;
  const knownIds = [...(context.knownIds ?? []), ...(originalOutlet.entry ? [originalOutlet.entry.id] : [])];
  const cited = findCited(input.text, [host, originalOutlet], { ...context, knownIds }).map((c) => ({
    ...withHomepage(c),
    ...(c.evidence ? { evidence: c.evidence } : {}),
  }));
  return {
    host: withHomepage(host.ref),
    original,
    byline: findByline(evidence, input.text, context),
    published: findPublished(evidence, input.now),
    cited,
  };
}

export { resolveUrl };
