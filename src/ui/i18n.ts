// String lookup for every UI surface (clean view, popup, options).
// Reads the extension's i18n API directly (not through the polyfill) so modules that render UI
// stay importable in unit tests, where a fake `chrome.i18n` is installed instead.
import { languageDirection, type Direction } from './direction.ts';

type GetMessage = (key: string, substitutions?: string | string[]) => string;
interface I18nApi {
  getMessage?: GetMessage;
  getUILanguage?: () => string;
}

interface I18nHost {
  browser?: { i18n?: I18nApi };
  chrome?: { i18n?: I18nApi };
}

function api(): I18nApi | undefined {
  const g = globalThis as unknown as I18nHost;
  return g.browser?.i18n ?? g.chrome?.i18n;
}

function lookup(): GetMessage | null {
  const fn = api()?.getMessage;
  return typeof fn === 'function' ? fn : null;
}

/**
 * The browser's interface language as a BCP 47 tag ("en-US", "pt-BR", "ar"): dates, numbers and reading times
 * are formatted for it. "en" without the API (unit tests without a stand-in).
 */
export function browserLocale(): string {
  try {
    const lang = api()?.getUILanguage?.();
    if (lang) return lang.replace(/_/g, '-');
  } catch {
    // Fall through to the default.
  }
  return 'en';
}

/**
 * The language of the extension's text as shown: the translation the browser picked, which is English where
 * Upstream has no translation for the browser's language (so a Hebrew browser shows English text, left to right).
 */
export function interfaceLanguage(): string {
  const tag = t('interfaceLanguage');
  return tag === 'interfaceLanguage' ? 'en' : tag;
}

/** The direction of the extension's text. */
export function interfaceDirection(): Direction {
  return languageDirection(interfaceLanguage()) ?? 'ltr';
}

/** Marks an extension page's root with the language and direction of its text (screen readers, RTL layout). */
export function markDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = interfaceLanguage();
  doc.documentElement.dir = interfaceDirection();
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
