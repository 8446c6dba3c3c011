// The language and direction the clean view shows a story in. The view's own text (buttons, the attribution
// strip) follows the browser's language; the story follows the page: an Arabic story reads right to left in an
// English browser, and an English story left to right in an Arabic one.
import { languageDirection, textDirection, type Direction } from '../ui/direction.ts';
import { browserLocale, interfaceDirection, interfaceLanguage } from '../ui/i18n.ts';

export interface TextLanguage {
  /** BCP 47 tag, or '' when the page does not say (or says something its story contradicts). */
  lang: string;
  dir: Direction;
}

export interface ViewLanguages {
  /** The extension's text. */
  ui: TextLanguage;
  /** The story: headline, body, listing titles. */
  story: TextLanguage;
  /** Locale that dates, counts and reading times are formatted for. */
  locale: string;
}

const LETTERS = /\p{L}/gu;
/** Enough letters to tell a story's script (a headline and a sentence or two). */
const MIN_LETTERS = 40;

/** What the page declares: a dir attribute on <html> or <body>, or a right-to-left CSS direction. */
function declaredDirection(doc: Document): Direction | null {
  for (const el of [doc.body, doc.documentElement]) {
    const dir = el?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  // Some sites set the direction in their stylesheet only. Left to right is also the default, so only rtl tells.
  const view = doc.defaultView;
  if (view && doc.body && view.getComputedStyle(doc.body).direction === 'rtl') return 'rtl';
  return null;
}

/** The page's language: <html lang>, then the Content-Language meta, then og:locale ("ar_AR"). */
function declaredLanguage(doc: Document): string {
  const lang =
    doc.documentElement.getAttribute('lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    '';
  const tag = (lang.split(',')[0] ?? '').trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : '';
}

/**
 * The story's direction: its own letters when there are enough of them (a Hebrew site may run an English story;
 * templates often say dir="ltr" whatever they hold), else what the page declares, else the page's language.
 */
export function storyLanguage(doc: Document, storyText: string): TextLanguage {
  const lang = declaredLanguage(doc);
  const letters = storyText.slice(0, 4000).match(LETTERS)?.length ?? 0;
  const dir = (letters >= MIN_LETTERS ? textDirection(storyText) : null) ?? declaredDirection(doc) ?? languageDirection(lang) ?? 'ltr';
  // A language the story's direction contradicts (lang="en" on an Arabic story) would mislead screen readers.
  return { lang: lang && languageDirection(lang) === dir ? lang : '', dir };
}

/** Languages of one view: the interface's and the story's. */
export function viewLanguages(doc: Document, storyText: string): ViewLanguages {
  return {
    ui: { lang: interfaceLanguage(), dir: interfaceDirection() },
    story: storyLanguage(doc, storyText),
    locale: browserLocale(),
  };
}
