import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norm } from '../../src/core/text.ts';

// Every whitespace character JavaScript's \s knows, and a few that are not whitespace.
const SPACES = [' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHERS = ['a', 'Z', '1', '.', '\u200b', 'é', '語', '\u0085'];
const mixed = fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('norm', () => {
  it('collapses every run of whitespace to one space and trims', () => {
    expect(norm('  a \t\n b\u00a0\u00a0c  ')).toBe('a b c');
    expect(norm('a b')).toBe('a b');
    expect(norm('a\nb')).toBe('a b');
    expect(norm('\u3000見出し\u3000 本文')).toBe('見出し 本文');
    expect(norm(null)).toBe('');
    expect(norm(undefined)).toBe('');
  });

  it('reads any string as collapsing each \\s+ run does', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        expect(norm(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});
