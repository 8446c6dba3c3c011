// The extension's text in every language it ships: each translation has exactly English's keys, keeps every
// placeholder, says which language it is, and fits where the stores and the popup put it. Every key the code
// asks for exists, and every key is asked for somewhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'src/_locales');
/** The languages Upstream ships, as the browsers name their folders. */
const SHIPPED = ['ar', 'de', 'en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN'];

type Messages = Record<string, { message?: unknown; description?: unknown; placeholders?: unknown }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;

/** The placeholders of a message, sorted: $1…$9 (positional) and $name$ (named); "$$" is a literal dollar. */
function placeholders(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$(?:[1-9]|[a-z_][a-z0-9_]*\$)/gi)].map((m) => m[0].toLowerCase()).sort();
}

/** A "$" that is neither a placeholder nor "$$": the browsers would show it, or drop what follows. */
function strayDollar(message: string): boolean {
  return /\$/.test(message.replace(/\$\$/g, '').replace(/\$(?:[1-9]|[a-z_][a-z0-9_]*\$)/gi, ''));
}

/** Every problem with one translation against English, as readable lines (empty when it is complete). */
function localeProblems(en: Messages, other: Messages): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) if (!Object.hasOwn(other, key)) problems.push(`missing ${key}`);
  for (const key of Object.keys(other)) if (!Object.hasOwn(en, key)) problems.push(`extra ${key}`);
  for (const [key, entry] of Object.entries(other)) {
    const message = entry.message;
    if (typeof message !== 'string' || message.trim() === '') {
      problems.push(`empty ${key}`);
      continue;
    }
    if (strayDollar(message)) problems.push(`stray $ in ${key}`);
    const want = en[key]?.message;
    if (typeof want === 'string' && placeholders(want).join() !== placeholders(message).join()) {
      problems.push(`placeholders of ${key}: ${placeholders(message).join(' ') || 'none'} instead of ${placeholders(want).join(' ') || 'none'}`);
    }
  }
  return problems;
}

/** Source files of the extension (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_locales' ? [] : sources(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('locales', () => {
  const en = read('en');

  it('ships the eight languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(SHIPPED);
  });

  it('finds what it is meant to find (a check that cannot fail proves nothing)', () => {
    const base: Messages = { a: { message: 'By $1' }, b: { message: '$1 of $2' }, c: { message: 'x' } };
    expect(localeProblems(base, { a: { message: 'Von $1' }, b: { message: '$2 de $1' }, c: { message: 'y' } })).toEqual([]);
    expect(localeProblems(base, { a: { message: 'Von' }, b: { message: '$1 de $3' }, d: { message: 'z' } })).toEqual([
      'missing c',
      'extra d',
      'placeholders of a: none instead of $1',
      'placeholders of b: $1 $3 instead of $1 $2',
    ]);
    expect(localeProblems({ a: { message: '$1' } }, { a: { message: '$ 1 et $1' } })).toEqual(['stray $ in a']);
    expect(localeProblems({ a: { message: '$1' } }, { a: { message: '' } })).toEqual(['empty a']);
  });

  for (const locale of SHIPPED) {
    describe(locale, () => {
      const messages = read(locale);

      it('has every key of English, no other key, and every placeholder', () => {
        expect(localeProblems(en, messages)).toEqual([]);
      });

      it('names its own language, which sets the pages\' lang and direction', () => {
        expect(messages.interfaceLanguage?.message).toBe(locale.replace('_', '-'));
      });

      it('fits the stores and the popup', () => {
        const text = (key: string): string => String(messages[key]?.message ?? '');
        // Chrome Web Store: the manifest's description at most 132 characters, its name at most 75.
        expect(text('extDescription').length).toBeLessThanOrEqual(132);
        expect(text('extName').length).toBeLessThanOrEqual(75);
        // Buttons and labels on one line of the 360 px popup and the view's bar.
        for (const key of ['popupOpenView', 'popupCloseView', 'popupSettings', 'viewCloseShort', 'viewTypography', 'popupOriginal', 'popupRepublishedBy']) {
          expect(text(key).length, key).toBeLessThanOrEqual(32);
        }
      });
    });
  }

  it('has every key the code and the manifest ask for, and none they do not', () => {
    const code = sources(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const inManifest = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    const KEY = String.raw`((?:ext|action|command|menu|view|theme|font|kind|popup|options|why|interface)[A-Z]\w*)`;
    // Asked for: t('viewClose'), tParts(…), getMessage('menuToggle'), and the values of key tables (kind: 'kindAd').
    const asked = new Set([
      ...inManifest,
      ...[...code.matchAll(new RegExp(String.raw`\b(?:t|tParts|getMessage)\(\s*'${KEY}'`, 'g'))].map((m) => m[1]!),
      ...[...code.matchAll(new RegExp(String.raw`[\w'"-]+:\s*'${KEY}'`, 'g'))].map((m) => m[1]!),
    ]);
    // Mentioned anywhere as a literal of that shape (a key may travel through a variable before t()).
    const mentioned = new Set([...inManifest, ...[...code.matchAll(new RegExp(`'${KEY}'`, 'g'))].map((m) => m[1]!)]);
    expect([...asked].filter((k) => !Object.hasOwn(en, k)).sort(), 'asked for but missing').toEqual([]);
    expect(Object.keys(en).filter((k) => !mentioned.has(k)).sort(), 'never asked for').toEqual([]);
  });
});
