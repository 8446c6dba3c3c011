// The outlet directory: loads the data files once and answers lookups by id, domain and name.
import type { AmbiguousAlias, OutletEntry, Region } from './outlet-types.ts';
import northAmerica from './data/north-america.json';
import europe from './data/europe.json';
import middleEast from './data/middle-east.json';
import asia from './data/asia.json';
import oceania from './data/oceania.json';
import africa from './data/africa.json';
import latinAmerica from './data/latin-america.json';
import global from './data/global.json';
import ambiguousData from './data/ambiguous.json';

const FILES: [Region, unknown][] = [
  ['north-america', northAmerica],
  ['europe', europe],
  ['middle-east', middleEast],
  ['asia', asia],
  ['oceania', oceania],
  ['africa', africa],
  ['latin-america', latinAmerica],
  ['global', global],
];

interface Indexes {
  all: OutletEntry[];
  byId: Map<string, OutletEntry>;
  byDomain: Map<string, OutletEntry[]>;
  /** Normalised alias (see nameKey) → outlet. */
  byName: Map<string, OutletEntry>;
  /** Exact short form → outlet. */
  byShort: Map<string, OutletEntry>;
  ambiguous: AmbiguousAlias[];
  /** nameKey of an ambiguous alias → its entry. */
  ambiguousByKey: Map<string, AmbiguousAlias>;
}

let indexes: Indexes | null = null;

/** Lower-case, straight apostrophes, single spaces, no leading "the", no trailing dot. */
const ASCII = /^[\x20-\x7e]*$/;

export function nameKey(name: string): string {
  // NFKC leaves printable ASCII unchanged; skipping it for such names keeps the first directory build cheap.
  return (ASCII.test(name) ? name : name.normalize('NFKC'))
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/\.$/, '');
}

/** Short forms keep their case; only the leading "the"/"The" and outer spaces go. */
export function shortKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/^[Tt]he /, '');
}

function build(): Indexes {
  const all: OutletEntry[] = [];
  for (const [region, data] of FILES) {
    for (const entry of data as OutletEntry[]) all.push({ ...entry, region });
  }
  const byId = new Map<string, OutletEntry>();
  const byDomain = new Map<string, OutletEntry[]>();
  const byName = new Map<string, OutletEntry>();
  const byShort = new Map<string, OutletEntry>();
  for (const entry of all) {
    byId.set(entry.id, entry);
    for (const domain of entry.domains) {
      const list = byDomain.get(domain) ?? [];
      list.push(entry);
      byDomain.set(domain, list);
    }
    // Names that are also short forms ("RT", "Time") only answer with their exact case, through byShort.
    const shorts = new Set((entry.shortForms ?? []).map((s) => nameKey(s)));
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = nameKey(alias);
      if (!byName.has(key) && !shorts.has(key)) byName.set(key, entry);
    }
    for (const short of entry.shortForms ?? []) byShort.set(shortKey(short), entry);
  }
  const ambiguous = ambiguousData as AmbiguousAlias[];
  const ambiguousByKey = new Map(ambiguous.map((a) => [a.short ? shortKey(a.alias) : nameKey(a.alias), a]));
  return { all, byId, byDomain, byName, byShort, ambiguous, ambiguousByKey };
}

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
    const list = directory().byDomain.get(labels.slice(i).join('.'));
    if (!list) continue;
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
  const { byName, byShort, ambiguousByKey } = directory();
  const candidates = [cleaned, cleaned.replace(NAME_SUFFIX, '')];
  for (const candidate of candidates) {
    const short = shortKey(candidate);
    const ambiguousShort = ambiguousByKey.get(short);
    if (ambiguousShort?.short) return resolveAmbiguous(ambiguousShort, context);
    const byShortForm = byShort.get(short);
    if (byShortForm) return byShortForm;
    const key = nameKey(candidate);
    const ambiguous = ambiguousByKey.get(key);
    if (ambiguous && !ambiguous.short) return resolveAmbiguous(ambiguous, context);
    const found = byName.get(key);
    if (found) return found;
  }
  return null;
}
