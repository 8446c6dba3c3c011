// Text helpers small enough for the always-injected content script, shared by every part of the core.

/** Whitespace collapsed to single spaces, trimmed; null and undefined read as ''. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

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
