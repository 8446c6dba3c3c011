// The directory's lookup tables as plain data. Building them means normalising and tokenising every name
// (about 3,000), which costs 15 ms or more when it runs cold in a fresh script world, as the clean view does
// on every page. So they are built once, by `npm run outlets:index`, and shipped as
// data/index.generated.json; a unit test fails when that file no longer matches the directory.
import type { AmbiguousAlias, OutletEntry } from './outlet-types.ts';
import { nameKey, shortKey, tokensOf } from './keys.ts';

/** [entry id or '', index into ambiguous.json or -1, the name's words joined by spaces, 1 for a short form]. */
export type TextCandidateData = [id: string, ambiguous: number, tokens: string, short: 0 | 1];

export interface IndexData {
  /** Domain → ids of the entries on it, in data order. */
  byDomain: Record<string, string[]>;
  /** nameKey of a name or alias → id. */
  byName: Record<string, string>;
  /** shortKey of a short form → id. */
  byShort: Record<string, string>;
  /** Key of an ambiguous alias (shortKey for short ones, else nameKey) → index into ambiguous.json. */
  ambiguousByKey: Record<string, number>;
  /** Lower-cased words of a name, joined by spaces → the names they can be. */
  textByKey: Record<string, TextCandidateData[]>;
  /** The first word of every textByKey key (→ 1): most words of a text start no name. */
  textFirstWords: Record<string, 1>;
  /** The most words in one name. */
  textMaxWords: number;
}

// Plain objects keyed by names: a name such as "constructor" must not meet Object.prototype.
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function buildIndexData(all: readonly OutletEntry[], ambiguous: readonly AmbiguousAlias[]): IndexData {
  const byDomain = record<string[]>();
  const byName = record<string>();
  const byShort = record<string>();
  for (const entry of all) {
    for (const domain of entry.domains) (byDomain[domain] ??= []).push(entry.id);
    // Names that are also short forms ("RT", "Time") only answer with their exact case, through byShort.
    const shorts = new Set((entry.shortForms ?? []).map((s) => nameKey(s)));
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = nameKey(alias);
      if (!(key in byName) && !shorts.has(key)) byName[key] = entry.id;
    }
    for (const short of entry.shortForms ?? []) byShort[shortKey(short)] = entry.id;
  }
  const ambiguousByKey = record<number>();
  ambiguous.forEach((a, i) => {
    ambiguousByKey[a.short ? shortKey(a.alias) : nameKey(a.alias)] = i;
  });
  const textByKey = buildTextData(all, ambiguous);
  const textFirstWords = record<1>();
  let textMaxWords = 1;
  for (const key of Object.keys(textByKey)) {
    const words = key.split(' ');
    textFirstWords[words[0]!] = 1;
    textMaxWords = Math.max(textMaxWords, words.length);
  }
  return { byDomain, byName, byShort, ambiguousByKey, textByKey, textFirstWords, textMaxWords };
}

function buildTextData(all: readonly OutletEntry[], ambiguous: readonly AmbiguousAlias[]): Record<string, TextCandidateData[]> {
  const keyOf = (name: string): { tokens: string[]; key: string } => {
    const tokens = tokensOf(name);
    return { tokens, key: tokens.join(' ').toLowerCase() };
  };
  const byKey = record<TextCandidateData[]>();
  const ambiguousKeys = new Set(ambiguous.map((a) => keyOf(a.alias).key));
  const add = (name: string, id: string, ambiguousIndex: number, short: boolean): void => {
    const { tokens, key } = keyOf(name);
    if (!key || (id && ambiguousKeys.has(key))) return;
    (byKey[key] ??= []).push([id, ambiguousIndex, tokens.join(' '), short ? 1 : 0]);
  };
  for (const entry of all) {
    // A name that is also a short form ("Time", "Dawn", "Mint") is an ordinary word too: short-form rules apply.
    const shortKeys = new Set((entry.shortForms ?? []).map((s) => keyOf(s).key));
    for (const alias of [entry.name, ...entry.aliases]) {
      if (!shortKeys.has(keyOf(alias).key)) add(alias, entry.id, -1, false);
    }
    for (const short of entry.shortForms ?? []) add(short, entry.id, -1, true);
  }
  ambiguous.forEach((a, i) => add(a.alias, '', i, true));
  return byKey;
}
