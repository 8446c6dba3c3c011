// Comparing outlets without the directory (which the content script does not load): a name found on a page
// against the site we are on, and two outlet references against each other. The one `sameOutlet` of the core.
import { domainStem, registrableDomain } from './domain.ts';
import { isAscii } from './text.ts';

/** What both detection (names and domains only) and attribution (directory entries too) compare. */
export interface OutletLike {
  name: string;
  /** Registrable domain, or '' when unknown. */
  domain?: string;
  /** Directory id, when the outlet is in the directory. */
  id?: string;
  /** A directory entry that owns only a path of its domain (bloomberg.com/opinion): its domain alone does not identify it. */
  scoped?: boolean;
}

/**
 * Key for comparing a name with other names and with domain names: lower case, no leading "the", letters and
 * digits only ('The Japan Times' → 'japantimes'). The directory keys names differently (outlets/keys.ts).
 */
export function compactKey(name: string): string {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  // For ASCII names the plain class equals the Unicode one; a Unicode-property pattern costs up to a few
  // ms to compile on its first use in a page, and the detector runs cold on every page load.
  return isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, '') : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Initials of a multi-word name: 'Russia Today' → 'rt', 'South China Morning Post' → 'scmp'. */
export function initials(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => (w.charCodeAt(0) < 128 ? /^[A-Za-z0-9]/.test(w) : /^[\p{L}\p{N}]/u.test(w)) && !/^(of|and|the|de|&)$/i.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

// Wires whose usual short name shares nothing with their domain.
const KNOWN_DOMAINS: Record<string, string[]> = {
  ap: ['apnews', 'ap'],
  associatedpress: ['apnews', 'ap'],
  afp: ['afp', 'france24'],
  agencefrancepresse: ['afp'],
  bloombergopinion: ['bloomberg'],
  kyodo: ['kyodonews'],
  jiji: ['jiji'],
  pti: ['ptinews', 'presstrustofindia'],
  ani: ['aninews'],
  menafn: ['menafn'],
  cna: ['channelnewsasia', 'cna'],
  centralnewsagency: ['focustaiwan', 'cna'],
  nhk: ['nhk'],
  tass: ['tass'],
  wam: ['wam'],
  spa: ['spa'],
  bbc: ['bbc'],
  bbcnews: ['bbc'],
  ft: ['ft'],
  financialtimes: ['ft'],
  wsj: ['wsj'],
  wallstreetjournal: ['wsj'],
  nyt: ['nytimes'],
  newyorktimes: ['nytimes'],
};

/** Is a bare name (no domain) the outlet at `domain`, called `siteName`? */
function nameIsOutlet(name: string, domain: string, siteName: string): boolean {
  const key = compactKey(name);
  if (!key) return false;
  const stem = domainStem(domain).replace(/[^a-z0-9]/g, '');
  const siteKey = compactKey(siteName);
  if (key === siteKey || key === stem) return true;
  if (KNOWN_DOMAINS[key]?.includes(stem)) return true;
  if (stem.length >= 3 && (initials(name) === stem || key.startsWith(stem) || stem.startsWith(key))) return true;
  if (siteKey.length >= 3 && (key.startsWith(siteKey) || siteKey.startsWith(key))) return true;
  // A byline glued to the site's name ("Aisha Rahman Global News" on Global News, "MA WebMD Health News" on WebMD)
  // names the site.
  if (siteKey.length >= 5 && key.includes(siteKey)) return true;
  return false;
}

/**
 * Same outlet: the same directory entry; else the same registrable domain (or the same site name on another
 * country domain: businessinsider.de / businessinsider.com); else, for a bare name, the name matches the other's
 * name or domain ("Reuters" is reuters.com, "SCMP" is scmp.com, "AP" is apnews.com).
 */
export function sameOutlet(a: OutletLike, b: OutletLike): boolean {
  if (a.id && b.id && a.id === b.id) return true;
  if (a.domain && b.domain) {
    const da = registrableDomain(a.domain);
    const db = registrableDomain(b.domain);
    if (a.id && b.id) return da === db && !a.scoped && !b.scoped;
    return da === db || domainStem(da) === domainStem(db);
  }
  if (a.domain) return nameIsOutlet(b.name, a.domain, a.name);
  if (b.domain) return nameIsOutlet(a.name, b.domain, b.name);
  return compactKey(a.name) !== '' && compactKey(a.name) === compactKey(b.name);
}
