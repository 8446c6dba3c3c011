// The site a page is on, and whether a credit names it: the directory's knowledge of outlets' names and domains
// on top of plain name matching. The verdict (background and engine) and attribution both ask here.
import type { SiteRule } from './rules/rule-types.ts';
import type { Evidence } from './evidence/index.ts';
import type { Credit } from './evidence/read.ts';
import { siteNameOf } from './evidence/head.ts';
import { findOutletByDomain, type NameContext } from './outlets/index.ts';
import { hostnameOf, httpUrl, registrableDomain } from './domain.ts';
import { sameOutlet } from './outlet-names.ts';
import { fromEntry, resolveCredit, sameResolved, type ResolvedOutlet } from './attribution/outlet-refs.ts';

/** Decides whether a credit names the site itself. */
export type IsHost = (c: Credit) => boolean;

/** Without the directory: the name or domain matches the site's name or domain. */
export function stringIsHost(evidence: Evidence): IsHost {
  return (c) => {
    if (!c.outlet) return false;
    // An address is compared as an address: spacenews.com is not space.com, though a bare name "SpaceNews"
    // could be read as the site's name with "News" after it. "parse.ly" on parsely.com still matches by name.
    const named = DOMAIN_SHAPED.test(c.outlet)
      ? sameOutlet({ name: c.outlet, domain: c.outlet }, evidence.host) || sameOutlet({ name: c.outlet }, { name: evidence.host.name })
      : sameOutlet({ name: c.outlet }, evidence.host);
    return named || ownerOfSite(c, evidence.siteRights);
  };
}

const DOMAIN_SHAPED = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** Credits that label who publishes the page, which a site may fill with its own owner's name. */
const PUBLISHER_LABELS = new Set<Credit['form']>(['source-line', 'rights-line', 'provider-line']);

/**
 * "来源：上海市公积金管理中心" on a site whose footer reads "上海市公积金管理中心 版权所有": the source is the site's
 * owner. Never a known wire (a footer may carry the wire's notice: "AP content © Associated Press"), and never a
 * note that the story first ran elsewhere (a sister title of the same owner is still another publication).
 */
function ownerOfSite(c: Credit, rights: string): boolean {
  if (!c.outlet || !rights || c.shape === 'known' || !PUBLISHER_LABELS.has(c.form) || c.outlet.length < 4) return false;
  return rights.toLowerCase().includes(c.outlet.toLowerCase());
}

/** The site's own outlet: the directory by domain, else the site rule, else og:site_name, else the hostname. */
export function findHost(evidence: Evidence, rule: SiteRule | null): ResolvedOutlet {
  const url = evidence.url;
  const entry = findOutletByDomain(url);
  if (entry) {
    // Show the domain the page is actually on when the outlet has several (bbc.co.uk / bbc.com).
    const own = registrableDomain(hostnameOf(url));
    const found = fromEntry(entry);
    return entry.domains.includes(own) ? { ...found, ref: { ...found.ref, domain: own } } : found;
  }
  const host = hostnameOf(url);
  const domain = registrableDomain(host) || evidence.host.domain;
  const homepage = httpUrl(rule?.homepage) ?? (host ? `https://${host}/` : null);
  if (rule) return { ref: { name: rule.name, domain, homepage }, entry: null };
  const name = siteNameOf(evidence.head) ?? (evidence.host.name && evidence.host.name !== host ? evidence.host.name : host);
  return { ref: { name: name || domain, domain, homepage }, entry: null };
}

/** Context that settles ambiguous names: the host's country and directory entry. */
export function hostContext(host: ResolvedOutlet): NameContext {
  return { country: host.entry?.country ?? null, knownIds: host.entry ? [host.entry.id] : [] };
}

/** The verdict's host test with the directory: a credit names the host when it resolves to the host's entry too. */
export function directoryIsHost(evidence: Evidence, host: ResolvedOutlet): IsHost {
  const byName = stringIsHost(evidence);
  const context = hostContext(host);
  return (c) => {
    if (byName(c)) return true;
    const found = resolveCredit(c, context);
    if (found && sameResolved(found, host)) return true;
    // "中央通訊社 Central News Agency": a name given in two scripts; either half may be the one the directory knows.
    const halves = c.outlet && !c.url ? /^([^A-Za-z]{2,}?)\s+([A-Za-z][\w .&'-]+)$/.exec(c.outlet) : null;
    return !!halves && [halves[1]!, halves[2]!].some((h) => {
      const half = resolveCredit({ ...c, outlet: h }, context);
      return !!half && sameResolved(half, host);
    });
  };
}

