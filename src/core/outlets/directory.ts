// The outlet directory: loads the data files once and answers lookups by id, domain and name.
import type { AmbiguousAlias, OutletEntry } from './outlet-types.ts';
import generated from './data/index.generated.json';
import type { IndexData } from './index-data.ts';
import { nameKey, shortFormOfCapitals, shortKey } from './keys.ts';
import { AMBIGUOUS, loadEntries } from './entries.ts';

export { nameKey, shortKey };
export { AMBIGUOUS };

/** Lookup tables built ahead of time from the data files (see index-data.ts). */
export const INDEX_DATA = generated as unknown as IndexData;

interface Indexes {
  all: OutletEntry[];
  byId: Map<string, OutletEntry>;
}

let indexes: Indexes | null = null;

function build(): Indexes {
  const all = loadEntries();
  return { all, byId: new Map(all.map((e) => [e.id, e])) };
}

/**
 * A value of one of the shipped tables, read in place (no per-page maps of every name). Keys come from page
 * text, so only own properties count: "constructor" must not find Object.prototype's.
 */
export function lookup<T>(rec: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

const byIdOrNull = (id: string | undefined): OutletEntry | null => (id === undefined ? null : (directory().byId.get(id) ?? null));

export function directory(): Indexes {
  indexes ??= build();
  return indexes;
}

export function allOutlets(): readonly OutletEntry[] {
  return directory().all;
}

export function findOutletById(id: string): OutletEntry | null {
  return directory().byId.get(id) ?? null;
}

function splitHostAndPath(hostOrUrl: string): { host: string; path: string } {
  const raw = hostOrUrl.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    return { host: url.hostname.toLowerCase().replace(/\.$/, ''), path: url.pathname };
  } catch {
    return { host: '', path: '/' };
  }
}

/**
 * The outlet that owns a host or URL: the most specific domain entry wins (asia.nikkei.com before nikkei.com),
 * and on a shared domain an entry with a matching path prefix (bloomberg.com/opinion) wins over the plain one.
 */
export function findOutletByDomain(hostOrUrl: string): OutletEntry | null {
  const { host, path } = splitHostAndPath(hostOrUrl);
  if (!host) return null;
  const labels = host.replace(/^www\d?\./, '').split('.');
  for (let i = 0; i <= labels.length - 2; i++) {
    const ids = lookup(INDEX_DATA.byDomain, labels.slice(i).join('.'));
    if (!ids) continue;
    const { byId } = directory();
    const list = ids.map((id) => byId.get(id)!);
    const lowerPath = path.toLowerCase();
    const byPath = list.find((e) => e.paths?.some((p) => lowerPath === p || lowerPath.startsWith(`${p}/`)));
    return byPath ?? list.find((e) => !e.paths) ?? list[0] ?? null;
  }
  return null;
}

/** Context that settles an ambiguous name: the country and ids of outlets the page is known to involve. */
export interface NameContext {
  country?: string | null;
  /** Outlets already known on the page (host, original, other full-name mentions): they win. */
  knownIds?: readonly string[];
}

export function resolveAmbiguous(entry: AmbiguousAlias, context: NameContext = {}): OutletEntry | null {
  const known = context.knownIds?.find((id) => entry.outlets.includes(id));
  const id = known ?? (context.country ? entry.byCountry?.[context.country] : undefined) ?? entry.default;
  return id ? findOutletById(id) : null;
}

const NAME_SUFFIX = /\s+(?:news agency|news service|agency|newspaper|daily|magazine|wire|website|reports?|news)$/i;

/**
 * The outlet a name denotes, for names found where an outlet is expected (credit lines, provider labels, data).
 * Aliases match case-insensitively; short forms only with their exact case ("AP", never "ap").
 */
export function findOutletByName(name: string, context: NameContext = {}): OutletEntry | null {
  const cleaned = name
    .replace(/\([^)]*\)\s*$/, (m) => (/^\((?:[A-Z]{2,}|UAE|US|UK)\)$/.test(m.trim()) ? m : ''))
    .replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),:;.|-]+$/g, '');
  if (!cleaned || cleaned.length > 80) return null;
  const candidates = [cleaned, cleaned.replace(NAME_SUFFIX, '')];
  const capitals = shortFormOfCapitals(cleaned);
  if (capitals) candidates.push(capitals);
  for (const candidate of candidates) {
    const short = shortKey(candidate);
    const ambiguousShort = AMBIGUOUS[lookup(INDEX_DATA.ambiguousByKey, short) ?? -1];
    if (ambiguousShort?.short) return resolveAmbiguous(ambiguousShort, context);
    const byShortForm = byIdOrNull(lookup(INDEX_DATA.byShort, short));
    if (byShortForm) return byShortForm;
    const key = nameKey(candidate);
    const ambiguous = AMBIGUOUS[lookup(INDEX_DATA.ambiguousByKey, key) ?? -1];
    if (ambiguous && !ambiguous.short) return resolveAmbiguous(ambiguous, context);
    const found = byIdOrNull(lookup(INDEX_DATA.byName, key));
    if (found) return found;
  }
  return null;
}

/**
 * The outlet a line's last words name, when a name runs into it without a separator ("Kevin Johnson USA TODAY",
 * "Lisa Kaczke Sioux Falls Argus Leader"): the longest run of final words, at most five and at least `minWords`,
 * after the first two words, that the directory knows.
 */
export function outletNameSuffix(text: string, context: NameContext = {}, minWords = 1): { name: string; entry: OutletEntry } | null {
  const words = text.trim().split(/\s+/);
  for (let i = Math.max(2, words.length - 5); i <= words.length - minWords; i++) {
    const name = words.slice(i).join(' ');
    const entry = /^\p{Lu}/u.test(name) ? findOutletByName(name, context) : null;
    if (entry) return { name, entry };
  }
  return null;
}
