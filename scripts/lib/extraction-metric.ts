// The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py),
// reproduced exactly so our figures are comparable with the published ones.

/**
 * Python 3's `\w` for str patterns is "str.isalnum() or '_'": letters (L*), numbers (Nd, Nl, No) and the
 * underscore only. Combining marks (Mn, Mc) and other connector punctuation (U+203F...) are NOT word
 * characters, so "e" + U+0301 is split there; mirroring that matters for Indic scripts and NFD text.
 * Checked code point by code point against CPython 3.11: identical except characters that are
 * unassigned in Python's older Unicode database.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** `re.findall(r'\w+', text)`. */
export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN) ?? []) : [];
}

/**
 * Multiset of token n-grams. A text with fewer than n tokens is a single shorter shingle; an empty text
 * has none. Keys join tokens with a space, which no token contains.
 */
export function shingles(text: string | null | undefined, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page true positives, false positives and false negatives, normalised by their sum. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** `string_shingle_matching(true, pred)`. */
export function matchShingles(truth: string | null | undefined, prediction: string | null | undefined, n = 4): PageCounts {
  const expected = shingles(truth, n);
  const predicted = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of expected) {
    const predCount = predicted.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of predicted) {
    fp += Math.max(0, predCount - (expected.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  // Normalised so that long pages do not weigh more than short ones.
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Harmonic mean of one page's precision and recall (for per-page listings; not part of evaluate.py). */
export function pageF1(counts: PageCounts): number {
  const p = precisionScore(counts);
  const r = recallScore(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

/**
 * `metrics_from_tp_fp_fns`: precision is averaged over pages that predicted something (tp+fp > 0),
 * recall over pages whose truth is non-empty (tp+fn > 0), and F1 is taken from the two means.
 * Where evaluate.py would raise (no page qualifies, P+R = 0) this returns NaN / 0 instead.
 */
export function scoreCorpus(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
