// Turning names and URLs found on a page into outlet references.
import type { OutletRef } from '../types.ts';
import { findOutletByDomain, findOutletByName, toOutletRef, type NameContext, type OutletEntry } from '../outlets/index.ts';
import { registrableDomain, hostnameOf } from '../domain.ts';
import { sameOutlet, type OutletLike } from '../outlet-names.ts';
import type { Credit } from '../evidence/read.ts';
import { norm } from '../text.ts';
import { COMPANY } from '../evidence/outlet-shapes.ts';

export interface ResolvedOutlet {
  ref: OutletRef;
  entry: OutletEntry | null;
}

export function fromEntry(entry: OutletEntry): ResolvedOutlet {
  return { ref: toOutletRef(entry), entry };
}

/** An outlet named on the page; unknown names stay names (domain ''), which the UI can still show. */
export function resolveName(name: string | null | undefined, context: NameContext = {}, keepUnknown = true): ResolvedOutlet | null {
  const cleaned = norm(name);
  if (!cleaned || cleaned.length > 60) return null;
  const entry = findOutletByName(cleaned, context);
  if (entry) {
    const found = fromEntry(entry);
    // Show the outlet as the page names it ("Russia Today", "Japan Times") when that is a full, title-case
    // name; acronyms, descriptive phrases ("FT", "Kyodo news agency") and the company a rights line names ("The New
    // York Times Company", "Bloomberg L.P.") get the directory's name.
    const titleCase = /\p{Ll}/u.test(cleaned) && cleaned.split(' ').every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|de|du|la|el)$/.test(w));
    const company = COMPANY.test(cleaned);
    return titleCase && !company && cleaned.length > 4 ? { ...found, ref: { ...found.ref, name: cleaned } } : found;
  }
  if (/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(cleaned)) return resolveUrl(`https://${cleaned}`);
  // A name starts with a capital, or with a letter of a script without case (人民日报, الجزيرة, 연합뉴스).
  if (!keepUnknown || !/^[\p{Lu}\p{Lo}]/u.test(cleaned) || cleaned.split(' ').length > 6) return null;
  return { ref: { name: cleaned, domain: '', homepage: null }, entry: null };
}

/** The outlet that publishes at a URL: the directory entry, or the bare registrable domain. */
export function resolveUrl(url: string): ResolvedOutlet | null {
  const entry = findOutletByDomain(url);
  if (entry) return fromEntry(entry);
  const host = hostnameOf(url);
  const domain = registrableDomain(host);
  if (!domain || !domain.includes('.')) return null;
  return { ref: { name: domain, domain, homepage: `https://${host}/` }, entry: null };
}

/** The one `sameOutlet` of the core, for resolved outlets. */
export function sameResolved(a: ResolvedOutlet, b: ResolvedOutlet): boolean {
  return sameOutlet(outletLike(a), outletLike(b));
}

export function outletLike(o: ResolvedOutlet): OutletLike {
  return { name: o.ref.name, domain: o.ref.domain, ...(o.entry ? { id: o.entry.id, scoped: !!o.entry.paths } : {}) };
}

/** The outlet a credit names, through the directory where it can. */
export function resolveCredit(c: Credit, context: NameContext): ResolvedOutlet | null {
  if (c.url) return resolveUrl(c.url);
  if (!c.outlet) return null;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(c.outlet)) return resolveUrl(`https://${c.outlet}`);
  return resolveName(c.outlet, context);
}

