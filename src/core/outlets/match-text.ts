// Finds outlet names in running text, with the capitalisation and neighbour rules that keep ordinary words
// ("ap", "the post", "Time") and longer proper nouns ("Reuters Institute", "Michael Bloomberg") out.
import type { AmbiguousAlias, OutletEntry } from './outlet-types.ts';
import { AMBIGUOUS, INDEX_DATA, directory, lookup, resolveAmbiguous, type NameContext } from './directory.ts';
import { TOKEN } from './keys.ts';
import { isReportingContext } from './context.ts';

const ELIDED = /^(?:[lLdD]|[Qq]u|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull)['’](?=\p{Lu})/u;

export interface OutletMention {
  outlet: OutletEntry;
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
  /** Matched through a short form or an ambiguous name (already checked for context). */
  short: boolean;
}

interface Candidate {
  entry: OutletEntry | null;
  ambiguous: AmbiguousAlias | null;
  tokens: string[];
  short: boolean;
}

/** Between two words of one name only spaces (or "!" of "Yahoo! News", "&" of "Mail & Guardian"). */
const NAME_GAP = /^(?:!?[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)$/;
const MONTHS_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Capitalised words that may precede or follow an outlet name without being part of a longer proper noun. */
const FREE_NEIGHBOURS = new Set(
  ('The A An In On At By To For From With Of According Citing Told And But Or As Said Says Reported Reports Report ' +
    'Via Per Tells Asked Quoted Writes Wrote Also Both While When After Before Like Unlike Whereas Rival I We').split(' '),
);

// The shipped tables are read as they are: a word is looked up only when the text holds it, so a page
// converts a handful of entries instead of building a map of every name.
const candidateCache = new Map<string, Candidate[] | undefined>();

function candidatesFor(key: string): Candidate[] | undefined {
  if (candidateCache.has(key)) return candidateCache.get(key);
  const { byId } = directory();
  const list = lookup(INDEX_DATA.textByKey, key)?.map(([id, ambiguous, tokens, short]) => ({
    entry: id ? (byId.get(id) ?? null) : null,
    ambiguous: ambiguous >= 0 ? (AMBIGUOUS[ambiguous] ?? null) : null,
    tokens: tokens.split(' '),
    short: short === 1,
  }));
  candidateCache.set(key, list);
  return list;
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function allCaps(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Names keep their capitals in text: "Financial Times" but not "financial times"; short forms exactly. */
function caseMatches(alias: string[], found: string[], short: boolean): boolean {
  return alias.every((a, i) => {
    const t = found[i] ?? '';
    if (i === 0 && /^the$/i.test(a)) return /^the$/i.test(t);
    if (short) return a === t;
    if (alias.length === 1 && isUpper(a[0])) return t === a || (allCaps(t) && t.length > 2);
    if (allCaps(a) && a.length > 1) return allCaps(t);
    return !isUpper(a[0]) || isUpper(t[0]);
  });
}

function stripPossessive(word: string): string {
  return word.endsWith('s') ? word.replace(/['’]s$/u, '') : word;
}

/**
 * Every outlet named in the text, longest name first, left to right. Short forms and ambiguous names are kept
 * only where the text presents them as a source, and ambiguous names only when the page settles which outlet.
 */
export function matchOutletsInText(text: string, context: NameContext = {}): OutletMention[] {
  const firstWords = INDEX_DATA.textFirstWords;
  const maxTokens = INDEX_DATA.textMaxWords;
  const tokens = Array.from(text.matchAll(TOKEN), (m) => {
    // French and Italian elide the article into the name: "selon l'AFP", "à l'Agence France-Presse", "dell'ANSA".
    const elided = m[0].includes("'") || m[0].includes('’') ? (ELIDED.exec(m[0])?.[0].length ?? 0) : 0;
    return { word: m[0].slice(elided), start: m.index + elided, end: m.index + m[0].length };
  });
  const raw: { candidate: Candidate; start: number; end: number; words: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !lookup(firstWords, stripPossessive(first.word).toLowerCase())) continue;
    let matched = 0;
    for (let len = Math.min(maxTokens, tokens.length - i); len >= 1 && !matched; len--) {
      const slice = tokens.slice(i, i + len);
      if (slice.some((t, k) => k > 0 && !NAME_GAP.test(text.slice(slice[k - 1]!.end, t.start)))) continue;
      const words = slice.map((t) => t.word);
      const last = words.length - 1;
      const bare = [...words.slice(0, last), stripPossessive(words[last] ?? '')];
      const list = candidatesFor(bare.join(' ').toLowerCase());
      const candidate = list?.find((c) => caseMatches(c.tokens, bare, c.short));
      if (!candidate) continue;
      const start = slice[0]!.start;
      const end = slice[last]!.start + (bare[last] ?? '').length;
      if (!neighboursAllowFullName(text, tokens, i, i + len - 1)) break;
      raw.push({ candidate, start, end, words: bare });
      matched = len;
    }
    if (matched) i += matched - 1;
  }
  const knownIds = [
    ...(context.knownIds ?? []),
    ...raw.filter((r) => r.candidate.entry && !r.candidate.short).map((r) => r.candidate.entry!.id),
  ];
  const mentions: OutletMention[] = [];
  for (const r of raw) {
    const { candidate } = r;
    const outlet = candidate.entry ?? (candidate.ambiguous ? resolveAmbiguous(candidate.ambiguous, { ...context, knownIds }) : null);
    if (!outlet) continue;
    if (candidate.short && !isReportingContext(text, r.start, r.end)) continue;
    mentions.push({ outlet, start: r.start, end: r.end, text: text.slice(r.start, r.end), short: candidate.short });
  }
  return mentions;
}

/** A capitalised word glued on either side makes a longer proper noun ("Reuters Institute", "Michael Bloomberg"). */
function neighboursAllowFullName(
  text: string,
  tokens: { word: string; start: number; end: number }[],
  first: number,
  last: number,
): boolean {
  const prev = tokens[first - 1];
  const firstTok = tokens[first]!;
  if (prev && /^[ \u00a0]$/.test(text.slice(prev.end, firstTok.start)) && isUpper(prev.word[0])) {
    const possessive = /['’]s$/.test(prev.word);
    if (!possessive && !FREE_NEIGHBOURS.has(prev.word) && !MONTHS_DAYS.test(prev.word) && !allCaps(prev.word)) return false;
  }
  const next = tokens[last + 1];
  const lastTok = tokens[last]!;
  if (next && /^[ \u00a0]$/.test(text.slice(lastTok.end, next.start)) && isUpper(next.word[0]) && !/['’]s$/.test(lastTok.word)) {
    if (!FREE_NEIGHBOURS.has(next.word) && !MONTHS_DAYS.test(next.word) && !/^(?:reports?|says?|said)$/i.test(next.word)) {
      return false;
    }
  }
  return true;
}
