// Lowered patterns (src/core/extract/vocab.ts) are written in lower case and read lower-cased text, so they compile
// without the i flag. A capital letter in one of them would never match; text not lower-cased first would miss
// every capitalised line. Both are checked here.
import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../src/core/extract/furniture-lines.ts';
import { BLOCK_PATTERNS, blockKind, CALL_TO_ACTION_LINE, COMMENT_LINE, INLINE_RELATED, isRelatedHeading } from '../../src/core/extract/patterns.ts';
import { LETTERS } from '../../src/core/extract/vocab.ts';
import { isCardTime, isRelativeTime } from '../../src/core/card-time.ts';
import { isCreditContext, isReportingContext } from '../../src/core/outlets/context.ts';

/** The letters a pattern's source spells out, without escapes (\S, \W, \p{Lu}) and the spelled-out letter classes. */
function literalLetters(source: string): string {
  return source.split(LETTERS).join('').replace(/\\(?:[pP]\{[^}]*\}|.)/g, '').replace(/A-Z/g, '');
}

describe('lowered patterns', () => {
  const lowered: [string, RegExp][] = [
    ['CALL_TO_ACTION_LINE', CALL_TO_ACTION_LINE],
    ['COMMENT_LINE', COMMENT_LINE],
    ['INLINE_RELATED', INLINE_RELATED],
    ...BLOCK_PATTERNS.flatMap(([re, kind, , cased], i): [string, RegExp][] => (cased ? [] : [[`BLOCK_PATTERNS[${i}] (${kind})`, re]])),
  ];

  it.each(lowered)('%s spells no capital letter and has no i flag', (_name, re) => {
    const letters = literalLetters(re.source);
    expect([...letters].filter((c) => c !== c.toLowerCase())).toEqual([]);
    expect(re.flags).not.toContain('i');
  });

  it('the helper would see a capital', () => {
    expect(literalLetters(String.raw`^follow [A-Za-z] on \S+ Twitter`)).toContain('T');
    expect(literalLetters(String.raw`^follow \p{Lu}\S+ on`)).toBe('^follow + on');
  });

  it.each([
    ['SUBSCRIBE TO OUR NEWSLETTER', 'newsletter'],
    ['Sign Up For Our Daily Newsletter', 'newsletter'],
    ['COMMENTS (12)', 'comments'],
    ['We Use Cookies', 'consent'],
    ['ADVERTISEMENT', 'ad'],
    ['Follow Us On Twitter', 'promo'],
    ['Become a Blister Member today to read on', 'promo'],
  ])('blockKind reads %j as written', (text, kind) => {
    expect(blockKind(text)).toBe(kind);
  });

  it('a membership pitch still needs a call, whatever the case of the rest', () => {
    expect(blockKind('She became a member in 2010 and has served on the board since.')).toBeNull();
  });

  it.each([
    ['READ MORE: China plague outbreak confirmed', 'related'],
    ['FOLLOW US ON FACEBOOK', 'other'],
    ['SUPPORT OUR JOURNALISM', 'promo'],
    ['下载APP', 'promo'],
    ['Follow Jane Doe on Twitter', 'other'],
    ['PHOTO CREDIT: Jane Doe', 'other'],
    ['Next Page', 'navigation'],
    ['ANZEIGE', 'ad'],
    ['BY JANE DOE', 'other'],
    ['Leave A Comment', 'comments'],
  ])('furnitureKind reads %j as written', (text, kind) => {
    expect(furnitureKind(text)).toBe(kind);
  });

  it('a story line that only looks like a credit stays', () => {
    expect(furnitureKind('Following the vote, the council met again.')).toBeNull();
    expect(furnitureKind('Jane Doe, a spokeswoman for Reuters, declined to comment.')).toBeNull();
  });

  it.each(['RELATED ARTICLES', 'Like This? You Might Also Be Interested In:', 'MORE FROM THE GUARDIAN'])('%j is a related heading', (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });

  it('the text around a mention is read whatever its case', () => {
    const at = (text: string, name: string) => isReportingContext(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('ACCORDING TO REUTERS, the plant will close.', 'REUTERS')).toBe(true);
    expect(at('Reuters REPORTED that the plant will close.', 'Reuters')).toBe(true);
    expect(at('The plant, KYODO NEWS AGENCY REPORTED ON MONDAY, will close.', 'KYODO')).toBe(true);
    expect(at('A spokesman TOLD REUTERS the plant will close.', 'REUTERS')).toBe(true);
    expect(at('Reuters is a company in London.', 'Reuters')).toBe(false);
    expect(isCreditContext({ before: 'COPYRIGHT 2024 ', after: '. All rights reserved.' })).toBe(true);
    expect(isCreditContext({ before: 'SOURCE: ', after: '' })).toBe(true);
  });

  it.each(['2 Hours Ago', 'Vor 2 Stunden', 'Il Y A 3 Heures', 'HACE 2 HORAS', 'Yesterday'])('%j is a relative time', (text) => {
    expect(isRelativeTime(text)).toBe(true);
    expect(isCardTime(text)).toBe(true);
  });

  it.each(['Dec 3, 2024', 'TODAY', '3 March 2024', '2H'])('%j is a card time', (text) => {
    expect(isCardTime(text)).toBe(true);
  });

  it('a headline with a number is no time', () => {
    expect(isCardTime('Dow Drops 500 Points')).toBe(false);
    expect(isRelativeTime('2 Hours')).toBe(false);
  });
});
