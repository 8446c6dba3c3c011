// String lookup for every UI surface (clean view, popup, options).
// Reads the extension's i18n API directly (not through the polyfill) so modules that render UI
// stay importable in unit tests, where a fake `chrome.i18n` is installed instead.

type GetMessage = (key: string, substitutions?: string | string[]) => string;

interface I18nHost {
  browser?: { i18n?: { getMessage?: GetMessage } };
  chrome?: { i18n?: { getMessage?: GetMessage } };
}

function lookup(): GetMessage | null {
  const g = globalThis as unknown as I18nHost;
  const fn = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return typeof fn === 'function' ? fn : null;
}

/** The localised string for `key`; the key itself when the API or the message is missing, so a gap is visible. */
export function t(key: string, substitutions?: string | string[]): string {
  const fn = lookup();
  if (!fn) return key;
  try {
    return fn(key, substitutions) || key;
  } catch {
    return key;
  }
}

// Control characters cannot appear in a translation, so they mark where nodes go.
const MARKS = ['\u0001', '\u0002', '\u0003', '\u0004'];

/**
 * Splits a message with placeholders into text and slot parts, so callers can put links in the
 * slots while translators keep control of word order. Returns strings and slot indexes in order.
 */
export function tParts(key: string, slots: number): Array<string | number> {
  const marks = MARKS.slice(0, slots);
  const text = t(key, marks);
  const parts: Array<string | number> = [];
  let buf = '';
  for (const ch of text) {
    const slot = marks.indexOf(ch);
    if (slot === -1) {
      buf += ch;
      continue;
    }
    if (buf) parts.push(buf);
    buf = '';
    parts.push(slot);
  }
  if (buf) parts.push(buf);
  return parts;
}
