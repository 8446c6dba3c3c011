// Times and marks as story cards show them, in the languages Upstream reads. One place for both readers: the
// detector's count of outlet names beside times (which needs a time no section label can be mistaken for) and the
// listing's card reader (which also takes short forms and bare dates), and the classes that mark a card's source or
// a section's label. Written compactly: the content script carries it.
import { CJK, MONTH_WORD, norm } from './text.ts';

// The time patterns are lowered (extract/vocab.ts): written in lower case, they read lower-cased text.

const NUM = String.raw`(?:\d{1,3}|an?|one|ein(?:e[mnr]?)?|une?|una?|uma?|un'?|een)`;
const UNIT = String.raw`(?:s|sec(?:ond)?s?|sek(?:unden?)?|secondes?|segundos?|secondi|seconden|mins?|minutes?|minuten?|minutos?|minut[oi]|minuut|h|hrs?|hours?|std|stunden?|heures?|horas?|or[ae]|uur|days?|tag(?:en)?|jours?|d[ií]as?|giorn[oi]|dag(?:en)?|weeks?|wochen?|semaines?|semanas?|settiman[ae]|weken|months?|monat(?:en)?|mois|mes(?:es|[ei])?|maand(?:en)?)\.?`;
/** A number and a unit with the language's marker before ("vor", "il y a", "hace", "há") or after ("ago", "fa"…). */
const LATIN = new RegExp(`^(?:time\\s*)?(?:(vor|il\\s+y\\s+a|hace|há)\\s+)?${NUM}\\s*${UNIT}(?:\\s+(ago|fa|geleden|atr[aá]s))?$`);
const OTHER = new RegExp(
  [
    String.raw`^(?:time\s*)?(?:yesterday|just now|gestern|hier|ayer|ontem|ieri|gisteren|昨日|昨天|어제)$`,
    String.raw`^\d{1,3}\s*(?:秒|分钟?|分鐘|時間|小[时時]|日|天|週間|[周週]|[かヶカ]月)前$`,
    String.raw`^\d{1,3}\s*(?:초|분|시간|일|주|개월)\s*전$`,
    String.raw`^منذ\s+(?:\d{1,3}\s+)?(?:ثوان|ثانية|دقيق|دقائق|ساع|يوم|أيام|أسبوع|أسابيع|شهر|أشهر)\S*$`,
  ].join('|'),
);

/** "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "2 ore fa", "2時間前", "منذ ساعتين". */
export const isRelativeTime = (text: string): boolean => relative(text.toLowerCase());

function relative(lower: string): boolean {
  const m = LATIN.exec(lower);
  return m ? !!(m[1] || m[2]) : OTHER.test(lower);
}

/** A bare numeric date: "21-06-2025", "3/3/2024". */
export const DATE_ONLY = /^(?:time\s*)?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

/** Short times, "today", and dates: "2h", "45m", "Mar 3, 2024", "2024-03-03", "3/3(日) 10:00", "2024年3月3日". */
const SHORT_OR_DATE = new RegExp(
  `^(?:time\\s*)?(?:\\d{1,3}\\s?(?:s|m|h|d|w|min|mins|hr|hrs)|today|heute|aujourd'hui|hoy|hoje|oggi|vandaag|今日|오늘|` +
    `\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:]+)?|${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4})?|` +
    `\\d{1,2}/\\d{1,2}\\s*[(（][^)）]{1,3}[)）](?:\\s*\\d{1,2}:\\d{2})?|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:\\s*[(（][^)）]{1,3}[)）])?(?:\\s*\\d{1,2}[:時]\\d{2}分?)?)$`,
);

/** Any time a card shows: a relative time, a short one, "today", or a date. */
export function isCardTime(text: string): boolean {
  const lower = text.toLowerCase();
  return relative(lower) || SHORT_OR_DATE.test(lower);
}

/**
 * A link that shows when, not what: a card time, or a stamp that is mostly digits ("Updated 84 minutes ago
 * 4/15/2011 10:46:45 AM +00:00"). A headline with a figure in it ("Dow drops 500 points") is not one, nor a Japanese
 * or Chinese one, short in characters, whose figures weigh more ("円相場、一時150円台に").
 */
export const readsAsTime = (text: string): boolean =>
  isCardTime(text) || (!CJK.test(text) && (text.match(/\d/g)?.length ?? 0) >= 0.3 * text.length);

/** A small block (at most `maxChars` of text) with a line that is a card time ("3/3(日) 10:00", "2時間前"). */
export function showsTime(el: Element, maxChars: number): boolean {
  if ((el.textContent ?? '').length > maxChars) return false;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isCardTime(norm(n.nodeValue))) return true;
  return false;
}

const SECTION_CLASS = /kicker|label|section|categor|rubri|eyebrow|overline|topic|(?:^|[\s_-])tags?(?:$|[\s_-])/i;
/** Elements sites mark as a card's source. */
export const SOURCE_CLASS = /source|provider|publisher|outlet|brand|attribution|site-?name|partner/i;

/**
 * A section's label beside a card's time ("World · 2 hours ago"), not the outlet that published the story: the
 * element is marked as a kicker, label, section or category (and not as the source).
 */
export function sectionLabel(el: Element | null): boolean {
  const cls = el?.getAttribute('class') ?? '';
  return SECTION_CLASS.test(cls) && !SOURCE_CLASS.test(cls);
}
