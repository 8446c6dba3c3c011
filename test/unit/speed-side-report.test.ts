// The side-by-side speed tables read per-page pairs: a ratio exists only where both systems were timed on the
// same page, and a target's verdict follows from the figures printed next to it.
import { describe, expect, it } from 'vitest';
import { everyPageLines, readerLines } from '../../scripts/lib/speed-side-report.ts';
import type { ReaderPageTiming } from '../../scripts/lib/speed-reader-view.ts';
import type { PageLoadTiming } from '../../scripts/lib/speed-page-load.ts';

const readerRow = (id: string, upstreamMs: number | null, readerMs: number | null, extra: Partial<ReaderPageTiming> = {}): ReaderPageTiming => ({
  id,
  readerable: readerMs !== null,
  readerMs,
  readerUrlMs: readerMs,
  upstreamMs,
  aggregator: false,
  prepared: false,
  ...extra,
});

const cell = (lines: string[], start: string, col: number): string => {
  const line = lines.find((l) => l.startsWith(`| ${start}`));
  if (!line) throw new Error(`no row starting ${start}`);
  return line.split(' | ')[col]!.trim();
};

describe('readerLines', () => {
  it('pairs pages and leaves out pages without the reader button', () => {
    const lines = readerLines([
      readerRow('a', 50, 100),
      readerRow('b', 300, 100),
      readerRow('c', 40, 200),
      readerRow('d', 60, null),
      readerRow('e', null, null, { error: 'timed out' }),
    ]);
    expect(cell(lines, 'Firefox Reader View: reader toggle', 2)).toBe('3 (of 4; 1 without the reader button)');
    // Ratios 0.5, 3, 0.2: median 0.5 (nearest rank), p95 3.
    expect(cell(lines, 'Upstream ÷ Reader View per page', 1)).toBe('0.50× / 3.00×');
    expect(cell(lines, 'Upstream ÷ Reader View per page', 3)).toBe('median ≤ 1.0×: met |');
    // Upstream p95 300 ms against Reader View's 200 ms.
    expect(cell(lines, 'Upstream clean view', 3)).toBe('p95 no worse than Reader View: missed |');
    expect(lines.at(-1)).toContain('e (timed out)');
  });
});

describe('everyPageLines', () => {
  const load = (id: string, w: number, a: number, b: number): PageLoadTiming => ({
    id,
    samples: {
      with: [{ loadMs: w, fcpMs: w }],
      withoutA: [{ loadMs: a, fcpMs: a }],
      withoutB: [{ loadMs: b, fcpMs: null }],
    },
  });

  it('reads the cost against each extension-less series and the noise between them', () => {
    const lines = everyPageLines(null, [load('p', 110, 100, 104), load('q', 210, 200, 190), load('r', 305, 300, 300)], 1);
    const row = lines.find((l) => l.startsWith('| Load event'))!.split(' | ');
    expect(row.slice(1, 4)).toEqual(['200 ms', '190 ms', '210 ms']);
    // W − A: 10, 10, 5 → 10; W − B: 6, 20, 5 → 6; B − A: 4, −10, 0 → 0; |B − A| median 4.
    expect(row[4]).toBe('+10 ms / +6.00 ms');
    expect(row[5]).toBe('+0.00 ms (4.00 ms)');
    expect(row[6]).toBe('within the noise: no |');
    // Series B has no FCP at all: no difference can be read against it.
    expect(lines.find((l) => l.startsWith('| First contentful paint'))).toContain('n/a');
  });
});
