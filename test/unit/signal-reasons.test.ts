// The popup's "Why" lines in every language, from the signals the core really emits on the fixture pages: each
// kind of signal has a message, names its outlet and keeps the line quoted from the page.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import type { Signal } from '../../src/core/types.ts';
import { reasonKey, signalReason } from '../../src/popup/signal-reason.ts';
import { installI18n, readMessages } from './ui-helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Every language the extension ships. */
const LOCALES = readdirSync(resolve(import.meta.dirname, '../../src/_locales'));

interface Seen {
  page: string;
  site: string;
  signal: Signal;
}

let seen: Seen[] = [];

beforeAll(() => {
  const ids = readdirSync(FIXTURES).filter((id) => existsSync(join(FIXTURES, id, 'expected.json')));
  seen = ids.flatMap((id) => {
    const url = String(JSON.parse(readFileSync(join(FIXTURES, id, 'expected.json'), 'utf8')).url);
    const a = withDocument(readFileSync(join(FIXTURES, id, 'source.html'), 'utf8'), url, (doc) => analyze(doc, url, SITE_RULES));
    return a.signals.map((signal) => ({ page: id, site: a.host.name || a.host.domain, signal }));
  });
}, 120_000);

describe('why lines', () => {
  it('are read from many kinds of signal on the fixture pages', () => {
    expect(new Set(seen.map((s) => s.signal.id)).size).toBeGreaterThanOrEqual(6);
  });

  it('have a message for every kind of signal the core emits', () => {
    const unknown = seen.filter((s) => reasonKey(s.signal) === null).map((s) => `${s.page}: ${s.signal.id}`);
    expect(unknown).toEqual([]);
  });

  for (const locale of LOCALES) {
    it(`${locale}: name the outlet and quote the page line`, () => {
      installI18n(locale);
      const quote = readMessages(locale).whyQuote!.message;
      for (const { page, site, signal } of seen) {
        const reason = signalReason(signal, site);
        const where = `${page} ${signal.id}: ${reason.text}`;
        expect(reason.localized, where).toBe(true);
        expect(reason.text, where).not.toMatch(/\$\d/);
        if (signal.outlet && signal.id !== 'site-rule' && signal.id !== 'credit-url-segment') expect(reason.text, where).toContain(signal.outlet);
        const line = /“(.*)”$/s.exec(signal.reason)?.[1];
        // Page text is isolated from the sentence around it (U+2068 … U+2069), for mixed directions.
        if (line && !/canonical|metadata|logo/.test(signal.id)) expect(reason.text, where).toContain(quote.replace('$1', `\u2068${line.trim()}\u2069`));
      }
    });
  }
});
