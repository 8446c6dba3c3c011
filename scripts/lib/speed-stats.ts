// Small statistics and formatting helpers for the speed benchmark.

export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the value below which a fraction q of the samples lies.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (v: number[]): number => quantile(v, 0.5);
export const p95 = (v: number[]): number => quantile(v, 0.95);

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`;
}

export const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');

export function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

/** "median / p95" of a list, as one cell. */
export const medP95 = (v: number[], f: (x: number) => string = ms): string => `${f(median(v))} / ${f(p95(v))}`;
