// The analyze CLI's JSON shape: a stable, documented field order so that diffs between runs stay readable
// and other tools can rely on it. Fields the pipeline adds later are kept, after the known ones.
import type { Analysis } from '../../src/core/types.ts';

type Json = Record<string, unknown>;

const TOP = [
  'file',
  'url',
  'kind',
  'isAggregator',
  'signals',
  'host',
  'original',
  'byline',
  'published',
  'cited',
  'title',
  'text',
  'removed',
  'coverage',
  'items',
  'timings',
] as const;

/** Known keys of nested objects, in print order. */
const NESTED: Record<string, readonly string[]> = {
  signals: ['id', 'weight', 'reason', 'outlet'],
  host: ['name', 'domain'],
  original: ['name', 'domain', 'url'],
  cited: ['name', 'domain'],
  removed: ['kind', 'text'],
  coverage: ['title', 'outlet', 'url'],
  items: ['title', 'outlet', 'domain', 'time', 'url'],
  timings: ['detectMs', 'extractMs'],
};

/** Copy of `obj` with `keys` first (when present) and every other key after them, in their own order. */
export function ordered(obj: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (key in obj) out[key] = obj[key];
  for (const key of Object.keys(obj)) if (!(key in out)) out[key] = obj[key];
  return out;
}

function orderValue(value: unknown, keys: readonly string[] | undefined): unknown {
  if (!keys || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => orderValue(v, keys));
  return ordered(value as Json, keys);
}

/** Timings to 0.01 ms: more digits are noise and make outputs needlessly hard to diff. */
function roundTimings(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) out[k] = typeof v === 'number' ? Math.round(v * 100) / 100 : v;
  return out;
}

/** The object printed for one analysed page. `html` is left out unless asked for (it is large). */
export function analysisRecord(file: string, analysis: Analysis, options: { html?: boolean } = {}): Json {
  const source: Json = { file, ...analysis };
  if (!options.html) delete source.html;
  source.timings = roundTimings(source.timings);
  const out = ordered(source, TOP);
  for (const [key, keys] of Object.entries(NESTED)) if (key in out) out[key] = orderValue(out[key], keys);
  return out;
}

/** The object printed for a page that could not be analysed. */
export function errorRecord(file: string, error: string): Json {
  return { file, error };
}
