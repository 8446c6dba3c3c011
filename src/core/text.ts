// Text helpers small enough for the always-injected content script, shared by every part of the core.

/**
 * Whitespace collapsed to single spaces, trimmed; null and undefined read as ''. The pattern leaves a lone space
 * alone (the same result as replacing every `\s+`): most whitespace in running text is single spaces, and matching
 * each of them made this the costliest helper on long texts.
 */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s{2,}|[^\S ]/g, ' ').trim();

/** Letters and digits only, lower-cased: a name or an address compared whatever its spaces, dots and dashes. */
export const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when every code unit is 7-bit ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * A structured-data string without the HTML character references many sites print into their JSON-LD ("Mike
 * D&#39;Angelo", "News &amp; Views"). Read where the record is used, off the page's thread: the content script
 * passes the record on as the page wrote it.
 */
export const unescapeRefs = (s: string): string =>
  s.includes('&')
    ? s.replace(/&(?:#(x?)([\da-f]{1,6})|(amp|quot|apos|nbsp));/gi, (m, x: string, code?: string, name?: string) => {
        if (name) return ({ amp: '&', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name.toLowerCase()]!;
        const n = Number(`0${x}${code}`);
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
      })
    : s;

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Japanese, Chinese and Korean characters: lines in them are short in characters for what they say. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

// Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar (Hangul uses spaces).
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/gu;

/** Words in a line of text, two characters of an unspaced script counting as one: how long a headline reads. */
export function wordsIn(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const rest = text.replace(UNSPACED, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return rest + Math.ceil(unspaced / 2);
}

/** A link's text that reads like a headline: three words or more and fifteen characters, or four words. */
export const headlineLike = (text: string): boolean => {
  const words = wordsIn(text);
  return words >= 3 && (text.length >= 15 || words >= 4);
};

/** English month names by their first three letters, an alternation for patterns to wrap (and to capture). */
export const MONTH_PREFIXES = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** An English month as loosely as dates print it: "Dec", "Dec.", "December", "Sept." (a pattern, case-insensitive). */
export const MONTH_WORD = String.raw`(?:${MONTH_PREFIXES})[a-z]*\.?`;

/** English month names, whole or cut short ("Sep", "Sept", "September"): an alternation for patterns to wrap. */
export const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "By" in the languages bylines are read in: by, von, par, por, door, av, af. */
const BY = '[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa][vf]';
/**
 * A line led by "By" or its equivalent before a name, perhaps with a colon ("By Jane Doe", "Par Marie Dupont",
 * "Von: Bill McCarthy", faktencheck.afp.com): a byline.
 */
export const BYLINE_LED = new RegExp(`^(?:${BY})(?:\\s*:\\s*|\\s+)\\p{Lu}`, 'u');
/** The same word alone on its line, before a linked name ("By <a>Sam Ortiz</a>", Italian "di"). */
export const BY_ALONE = new RegExp(`^(?:${BY}|[Dd]i):?$`, 'iu');
