// Meta-test: every site rule is complete data with working examples and a fixture per example.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_DOCS, SITE_RULES } from '../../src/core/rules/index.ts';
import { ruleForHost } from '../../src/core/detect/index.ts';
import { hostnameOf } from '../../src/core/domain.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe('site rules', () => {
  it('cover the aggregator families Upstream promises', () => {
    const ids = SITE_RULES.map((r) => r.id);
    for (const id of ['daily8', 'menafn', 'taipei-times', 'msn', 'yahoo-news', 'newsbreak', 'head-topics', 'devdiscourse']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(SITE_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it('is complete data', () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.name.length).toBeGreaterThan(1);
      expect(rule.homepage).toMatch(/^https:\/\//);
      expect(rule.domains.length).toBeGreaterThan(0);
      for (const d of rule.domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      for (const source of [...(rule.listingPaths ?? []), ...(rule.articlePaths ?? []), ...(rule.creditPatterns ?? [])]) {
        expect(() => new RegExp(source, 'u')).not.toThrow();
      }
      for (const p of rule.creditPatterns ?? []) expect(p).toContain('(?<outlet>');
      expect(RULE_DOCS[rule.id]?.examples.length).toBeGreaterThan(0);
    });

    it.each((RULE_DOCS[rule.id]?.examples ?? []).map((ex) => [ex.url, ex] as const))('example %s', (_url, ex) => {
      expect(ruleForHost(hostnameOf(ex.url), SITE_RULES)?.id).toBe(rule.id);
      const dir = join(FIXTURES, ex.fixture);
      expect(existsSync(join(dir, 'source.html')), `fixture ${ex.fixture}`).toBe(true);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; rule: string | null; kind: string };
      expect(expected.rule).toBe(rule.id);
      expect(expected.kind).toBe(ex.kind);
      expect(hostnameOf(expected.url)).toBe(hostnameOf(ex.url));
    });
  });
});
