// Writing direction of languages and of text, for the extension's own interface (its language) and for the
// stories it shows (their language, or their letters when the page names no language). No DOM, no extension APIs.

export type Direction = 'ltr' | 'rtl';

// Languages written right to left, by primary subtag: Arabic, Hebrew (and its old code iw), Persian, Urdu, Pashto,
// Sindhi, Uyghur, Yiddish, Central Kurdish, Dhivehi, Syriac, Kashmiri, Balochi, Mazanderani, Northern Luri, N'Ko.
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv', 'syr', 'ks', 'bal', 'mzn', 'lrc', 'nqo']);
// Scripts written right to left, when a tag names one ("ku-Arab", "pa-Arab", "az-Arab").
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl', 'grek', 'deva', 'hans', 'hant', 'jpan', 'kore', 'thai']);

/** The direction a language tag ("ar", "he-IL", "fa_IR", "ku-Arab") is written in; null for an empty or odd tag. */
export function languageDirection(tag: string | null | undefined): Direction | null {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const script = parts.slice(1).find((p) => p.length === 4);
  if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

// Letters of the right-to-left scripts; every other letter is written left to right. Digits, spaces and
// punctuation have no direction of their own and do not count.
const LETTER = /\p{L}/gu;
const RTL_LETTER = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/gu;

/**
 * The direction of a text by its letters: right to left when most of its letters are.
 * (A story in Arabic quoting a company's English name is still an Arabic story.) Null when it has no letters.
 * Only the first `limit` characters are read: a story's opening tells its language.
 */
export function textDirection(text: string, limit = 4000): Direction | null {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const ltr = letters - rtl;
  if (rtl === 0 && ltr === 0) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}
