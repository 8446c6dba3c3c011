import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE, WIRES_FILE, indexFileText, wiresFileText } from '../../scripts/outlet-index.ts';
import { AMBIGUOUS, loadEntries } from '../../src/core/outlets/entries.ts';
import { buildIndexData } from '../../src/core/outlets/index-data.ts';
import { findOutletByName, matchOutletsInText } from '../../src/core/outlets/index.ts';

describe('prebuilt outlet index', () => {
  it('matches the data files (run `npm run outlets:index` after editing them)', () => {
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(indexFileText());
    expect(readFileSync(WIRES_FILE, 'utf8')).toBe(wiresFileText());
  });

  it('indexes names that collide with Object.prototype keys as plain entries', () => {
    const data = buildIndexData(
      [{ id: 'x', name: 'Constructor', aliases: ['__proto__'], domains: ['x.example'], homepage: 'https://x.example/', kind: 'digital' }],
      [],
    );
    expect(data.byName.constructor).toBe('x');
    expect(Object.keys(data.byName)).toContain('__proto__');
    expect(JSON.parse(JSON.stringify(data)).byName.__proto__).toBe('x');
  });

  it('answers lookups from the shipped tables', () => {
    expect(findOutletByName('Financial Times')?.id).toBe('ft');
    expect(findOutletByName('the financial times')?.id).toBe('ft');
    expect(matchOutletsInText('the Financial Times reported on Monday, citing Kyodo News.').map((m) => m.outlet.id)).toEqual(['ft', 'kyodo']);
    // Words that are also Object.prototype keys name no outlet (the tables are plain JSON objects).
    expect(matchOutletsInText('The constructor said toString and hasOwnProperty reported nothing.')).toEqual([]);
    expect(findOutletByName('constructor')).toBeNull();
    expect(AMBIGUOUS.length).toBeGreaterThan(0);
    expect(loadEntries().length).toBeGreaterThan(400);
  });
});
