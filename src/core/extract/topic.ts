// Topic similarity between a story and a related item, from word overlap weighted by how rare the
// word is on this page (in-page IDF): words every card shares ("Trump", "US") count for little,
// the story's own names and numbers ("Hegseth", "2+2", "Iwaya") count for a lot.

const STOP = new Set(
  ('the a an and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your them him us who whom which what when where why how not no nor so than too ' +
    'very can will would should could may might must shall do does did has have had having said says say also about after ' +
    'before over under into out up down more most other some such only own same just now then there here all any both each ' +
    'few many much new one two three first last year years time times told report reported reports according news week ' +
    'monday tuesday wednesday thursday friday saturday sunday ago hours hour minutes day days per cent percent while however ' +
    'being during since until still even well back like get got make made way including between against among through amid').split(' '),
);

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}+'’-]*/gu)) {
    let w = m[0].replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    if (w.length < 3 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    // Light stemming so "defense"/"defence", "talks"/"talk", "lanes"/"lane", "cities"/"city" meet.
    w = w.replace(/ence$/, 'ense');
    if (w.length > 4) w = w.replace(/ies$/, 'y').replace(/(?<=s|x|z|ch|sh)es$/, '').replace(/(?<=[^s])s$/, '');
    out.push(w);
  }
  return out;
}

export type Vector = Map<string, number>;

function tf(words: string[]): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

/** Builds comparable vectors for a set of texts, IDF from the texts themselves. */
export function vectorize(texts: string[]): Vector[] {
  const tfs = texts.map((t) => tf(tokens(t)));
  const df = new Map<string, number>();
  for (const v of tfs) for (const w of v.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return tfs.map((v) => {
    const out: Vector = new Map();
    for (const [w, c] of v) out.set(w, (1 + Math.log(c)) * Math.log(1 + n / (df.get(w) ?? 1)));
    return out;
  });
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Words few of the texts share: the names and things a story is about ("warehouse", "Powell", "meatpacking"). A
 * word in at most three of them, or a quarter on a long list, is distinctive there.
 */
export function distinctiveWords(texts: string[]): Set<string>[] {
  const words = texts.map((t) => new Set(tokens(t)));
  const df = new Map<string, number>();
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(3, Math.floor(texts.length / 4));
  return words.map((set) => new Set([...set].filter((w) => (df.get(w) ?? 0) <= limit)));
}

export const shared = (a: Set<string>, b: Set<string>): string[] => [...a].filter((w) => b.has(w));

/** Two headlines name the same story: two distinctive words in common ("Lake Powell", "warehouse fire"), one of five letters or more. */
export function sameStoryTitles(a: Set<string>, b: Set<string>): boolean {
  const common = shared(a, b);
  return common.length >= 2 && common.some((w) => w.length >= 5);
}
