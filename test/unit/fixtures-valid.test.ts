// Guards the acceptance fixtures themselves: a fixture whose expectations are not on its page, or whose page
// would make the browser fetch from the internet, silently weakens every test built on it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// jsdom ships no type declarations in this project; only the constructor and its window are needed here.
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Pages served to browser tests only, with no expectations of their own (stress-*: the sturdiness run). */
const PAGE_ONLY = new Set(['smoke-page', 'slow-load', ...readdirSync(FIXTURES).filter((d) => d.startsWith('stress-'))]);
const KINDS = ['article', 'listing', 'other'];
const REMOVED_KINDS = ['promo', 'app-promo', 'newsletter', 'consent', 'ad', 'comments', 'related', 'share', 'navigation', 'other'];
/** <link rel> values a browser fetches from (canonical/alternate/amphtml are only metadata). */
const FETCHING_RELS = ['stylesheet', 'preload', 'prefetch', 'modulepreload', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'preconnect', 'dns-prefetch', 'prerender'];
const REMOTE = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/|^\s*(?:https?|ftp|wss?):/i;

const ids = readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory());

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

type Json = Record<string, unknown>;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || isStr(v);
const isOutlet = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && isStr((v as Json).name) && (v as Json).name !== '' && isStr((v as Json).domain);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Visible text of the page: scripts, styles and templates are not text a reader sees. */
function pageText(html: string): string {
  const { window } = new JSDOM(html);
  const doc = window.document;
  for (const el of doc.querySelectorAll('script, style, template')) el.remove();
  const text = norm(doc.body?.textContent ?? '');
  window.close();
  return text;
}

/** Every URL in the page that a browser would fetch on load, if it is remote. */
function remoteFetches(html: string): string[] {
  const { window } = new JSDOM(html);
  const doc = window.document;
  const found: string[] = [];
  const check = (where: string, value: string | null): void => {
    if (value && REMOTE.test(value) && !/^\s*data:/i.test(value)) found.push(`${where}: ${value}`);
  };
  for (const el of doc.querySelectorAll('[src]')) check(`${el.tagName.toLowerCase()}[src]`, el.getAttribute('src'));
  for (const el of doc.querySelectorAll('[srcset]')) {
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) check('srcset', part.trim().split(/\s+/)[0] ?? '');
  }
  for (const el of doc.querySelectorAll('[poster], object[data]')) check('poster/data', el.getAttribute('poster') ?? el.getAttribute('data'));
  for (const el of doc.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((r) => FETCHING_RELS.includes(r))) check('link[href]', el.getAttribute('href'));
  }
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n') +
    [...doc.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? '').join('\n');
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/gi)) check('@import', m[1] ?? '');
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)/gi)) check('url()', m[1] ?? '');
  window.close();
  return found;
}

describe('fixtures', () => {
  it('are present', () => {
    expect(ids.filter((id) => !PAGE_ONLY.has(id)).length).toBeGreaterThanOrEqual(17);
  });

  describe.each(ids)('%s', (id) => {
    const dir = join(FIXTURES, id);
    const htmlPath = join(dir, 'source.html');
    const expPath = join(dir, 'expected.json');

    it('has source.html (and expected.json unless page-only)', () => {
      expect(existsSync(htmlPath)).toBe(true);
      if (!PAGE_ONLY.has(id)) expect(existsSync(expPath)).toBe(true);
    });

    it('source.html is UTF-8, under 60 KB and fetches nothing remote', () => {
      const buf = readFileSync(htmlPath);
      expect(buf.length).toBeLessThan(62_000);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(buf)).toBeTruthy();
      expect(remoteFetches(buf.toString('utf8'))).toEqual([]);
    });

    if (PAGE_ONLY.has(id)) return;

    const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Json;

    it('expected.json has the required fields with the right types', () => {
      expect(isStr(exp.url) && /^https:\/\//.test(exp.url)).toBe(true);
      expect(() => new URL(exp.url as string)).not.toThrow();
      expect(isStrOrNull(exp.rule)).toBe(true);
      expect(KINDS).toContain(exp.kind);
      expect(typeof exp.isAggregator).toBe('boolean');
      expect(isOutlet(exp.host)).toBe(true);
      expect(exp.original === null || isOutlet(exp.original)).toBe(true);
      expect(isStrOrNull(exp.byline)).toBe(true);
      expect(isStrOrNull(exp.published)).toBe(true);
      if (isStr(exp.published)) expect(Number.isNaN(Date.parse(exp.published))).toBe(false);
      expect(Array.isArray(exp.cited) && (exp.cited as unknown[]).every(isOutlet)).toBe(true);
      expect(isStr(exp.title) && exp.title !== '').toBe(true);
      expect(isStrArray(exp.paragraphs)).toBe(true);
      expect(isStrArray(exp.absent)).toBe(true);
      expect(isStrArray(exp.removedKinds)).toBe(true);
      for (const k of exp.removedKinds as string[]) expect(REMOVED_KINDS).toContain(k);
      expect(isStrArray(exp.coverage)).toBe(true);
      expect(isStr(exp.notes) && exp.notes !== '').toBe(true);
    });

    it('is internally consistent', () => {
      const host = exp.host as Json;
      const hostname = new URL(exp.url as string).hostname;
      expect(hostname === host.domain || hostname.endsWith(`.${host.domain as string}`)).toBe(true);
      if (exp.kind === 'listing') {
        expect(exp.original).toBeNull();
        const items = exp.items as Json[];
        expect(Array.isArray(items) && items.length > 0).toBe(true);
        for (const item of items) {
          expect(isStr(item.title) && isStr(item.group)).toBe(true);
          expect(isStrOrNull(item.outlet) && isStrOrNull(item.time)).toBe(true);
        }
      } else {
        expect((exp.paragraphs as string[]).length).toBeGreaterThan(0);
      }
      if (exp.isAggregator === false && exp.kind === 'article') expect(exp.original).toEqual(exp.host);
      // An absent string inside a kept paragraph would make the fixture contradict itself.
      for (const a of exp.absent as string[]) {
        for (const p of exp.paragraphs as string[]) expect(norm(p).includes(norm(a)), `${a} in paragraph`).toBe(false);
      }
    });

    it('every paragraph, absent string, coverage title and item title is on the page', () => {
      const text = pageText(readFileSync(htmlPath, 'utf8'));
      const must = [
        ...(exp.paragraphs as string[]),
        ...(exp.absent as string[]),
        ...(exp.coverage as string[]),
        exp.title as string,
        ...((exp.items as Json[] | undefined) ?? []).map((i) => i.title as string),
      ];
      const missing = must.filter((s) => !text.includes(norm(s)));
      expect(missing).toEqual([]);
    });
  });
});
