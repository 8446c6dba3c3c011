// WCAG AA: 4.5:1 for text (fg, muted, links) and 3:1 for focus rings, in every theme we ship.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/engine/clean-view-styles.ts';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function check(name: string, c: Record<string, string>): void {
  for (const bg of [c.bg!, c.panel!]) {
    for (const key of ['fg', 'muted', 'link']) {
      expect(contrast(c[key]!, bg), `${name}: ${key} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(c.focus!, bg), `${name}: focus on ${bg}`).toBeGreaterThanOrEqual(3);
  }
}

describe('colour contrast', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  it('clean view themes meet AA', () => {
    for (const [name, colours] of Object.entries(THEMES)) check(name, colours);
  });

  it('popup and options colours meet AA in light and dark', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/ui/base.css'), 'utf8');
    const blocks = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    for (const [i, block] of blocks.entries()) {
      const vars = Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
      check(i === 0 ? 'light' : 'dark', vars);
      expect(contrast(vars['accent-fg']!, vars.accent!), 'button text').toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars['warn-fg']!, vars['warn-bg']!), 'notice text').toBeGreaterThanOrEqual(4.5);
    }
  });
});
