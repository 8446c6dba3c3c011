import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  matchShingles,
  pageF1,
  precisionScore,
  recallScore,
  scoreCorpus,
  shingles,
  tokenize,
} from '../../scripts/lib/extraction-metric.ts';

describe('tokenize (Python 3 re \\w+)', () => {
  it('splits on anything that is not a letter, number or underscore', () => {
    expect(tokenize("It's 3.5% of snake_case—done")).toEqual(['It', 's', '3', '5', 'of', 'snake_case', 'done']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
  });

  it('does not treat combining marks as word characters (like Python)', () => {
    // "e" + COMBINING ACUTE ACCENT: Python's \w stops at the mark.
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
  });

  // Strings where naive \w (ASCII) or \p{Alphabetic}/\p{M}-based tokenisers disagree with Python.
  const tricky = [
    'Café déjà vu, naïve coöperation',
    'cafe\u0301 e\u0301te\u0301 NFD text',
    '東京都で2025年に開催 — 新闻报道。한국어 텍스트',
    'हिन्दी समाचार पत्र', // Devanagari vowel signs are combining marks
    "don't won’t l'homme O’Brien",
    '१२३ ٣٤٥ ½ ² Ⅻ 3.14 1,000 0x1F',
    'snake_case ‿tie⁀ a·b',
    'emoji 👍🏽 text ™ © ℃',
    'Ǆemal ǅ ﬁ ligature ß ẞ',
    'tab\tnew\nline\u00a0nbsp\u2009thin\u200bzero-width',
  ];

  it('matches python3 re.findall(r"\\w+", s) on tricky strings', () => {
    const script =
      'import json,re,sys\n' +
      'for s in json.load(sys.stdin): print(json.dumps(re.findall(r"\\w+", s, re.UNICODE | re.IGNORECASE)))';
    let output: string;
    try {
      output = execFileSync('python3', ['-c', script], { input: JSON.stringify(tricky), encoding: 'utf8' });
    } catch (error) {
      // python3 is part of the documented dev environment; fail loudly rather than skip silently.
      throw new Error(`python3 is needed for this cross-check: ${(error as Error).message}`, { cause: error });
    }
    const expected = output.trim().split('\n').map((line) => JSON.parse(line) as string[]);
    expect(expected).toHaveLength(tricky.length);
    tricky.forEach((s, i) => expect(tokenize(s), s).toEqual(expected[i]));
  });
});

describe('shingles', () => {
  it('counts 4-grams as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect([...s.entries()]).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
    ]);
  });

  it('makes one shorter shingle from fewer than 4 tokens, and none from an empty text', () => {
    expect([...shingles('just three words').entries()]).toEqual([['just three words', 1]]);
    expect(shingles('   ...  ').size).toBe(0);
  });
});

describe('matchShingles', () => {
  it('computes tp/fp/fn normalised by their sum', () => {
    // truth shingles: [a b c d], [b c d e]; prediction: [a b c d], [b c d x], [c d x y]
    const c = matchShingles('a b c d e', 'a b c d x y');
    // tp = 1, fp = 2, fn = 1 → divided by 4
    expect(c).toEqual({ tp: 1 / 4, fp: 2 / 4, fn: 1 / 4 });
    expect(precisionScore(c)).toBeCloseTo(1 / 3);
    expect(recallScore(c)).toBeCloseTo(1 / 2);
  });

  it('uses counts, not presence, for repeated shingles', () => {
    // truth has [a b c d] twice (plus 3 others), prediction once: tp=1, fn=1+3, fp=0
    const c = matchShingles('a b c d a b c d', 'a b c d');
    expect(c).toEqual({ tp: 1 / 5, fp: 0, fn: 4 / 5 });
  });

  it('returns zeros when both texts are empty', () => {
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('page and corpus scores', () => {
  it('scores a perfect page 1 and an empty prediction 0 recall', () => {
    const perfect = matchShingles('one two three four five', 'one two three four five');
    expect(precisionScore(perfect)).toBe(1);
    expect(recallScore(perfect)).toBe(1);
    const empty = matchShingles('one two three four five', '');
    expect(recallScore(empty)).toBe(0);
    expect(pageF1(empty)).toBe(0);
  });

  it('averages precision only over pages that predicted something, recall over pages with truth', () => {
    const pages = [
      { tp: 0.5, fp: 0.5, fn: 0 }, // P 0.5, R 1
      { tp: 0, fp: 0, fn: 1 }, // predicted nothing: no precision term, R 0
      { tp: 0, fp: 1, fn: 0 }, // empty truth: P 0, no recall term
      { tp: 0, fp: 0, fn: 0 }, // both empty: in neither mean
    ];
    const s = scoreCorpus(pages);
    expect(s.precision).toBeCloseTo((0.5 + 0) / 2);
    expect(s.recall).toBeCloseTo((1 + 0) / 2);
    expect(s.f1).toBeCloseTo((2 * 0.25 * 0.5) / 0.75);
  });

  it('takes F1 from the means, not the mean of per-page F1s', () => {
    const pages = [
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.2, fp: 0.8, fn: 0 },
    ];
    const s = scoreCorpus(pages);
    expect(s.precision).toBeCloseTo(0.6);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(0.75);
    expect((pageF1(pages[0]!) + pageF1(pages[1]!)) / 2).not.toBeCloseTo(0.75);
  });
});
