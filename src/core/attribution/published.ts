// When the story was published: ISO 8601 when the page says so in a resolvable form.
import type { Evidence } from '../evidence/index.ts';
import { meta } from '../evidence/head.ts';
import { MONTH_PREFIXES, norm } from '../text.ts';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTHS = MONTH_PREFIXES.split('|');
/** "Nov. 19, 2019", "November 19th 2019"; "19 November 2019", "19th Nov. 2019" (the month's three letters captured). */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_PREFIXES})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PREFIXES})[a-z]*\.?,?\s+(\d{4})\b`, 'i');
// No word boundary before the number: provider labels glue it to the name ("Russia Today18 hours ago").
const RELATIVE = /(?<!\d)(\d{1,3}|\ban?|\bone)\s*(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/i;
const UNIT_MS: Record<string, number> = {
  second: 1e3, sec: 1e3, minute: 6e4, min: 6e4, hour: 36e5, hr: 36e5, day: 864e5, week: 6048e5, month: 2592e6, year: 31536e6,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An ISO stamp kept verbatim, when its date could be a story's: templates fill an unset one with "0001-01-01". */
const plausibleIso = (iso: string): string | null => (validYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) ? iso : null);

/** Month names in the languages the clean view reads most, lower case, to their number. */
const MONTH_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['enero', 'janvier', 'januar', 'gennaio', 'janeiro', 'januari'],
    ['febrero', 'février', 'fevrier', 'februar', 'febbraio', 'fevereiro', 'februari'],
    ['marzo', 'mars', 'märz', 'março', 'maart'],
    ['abril', 'avril', 'aprile', 'april'],
    ['mayo', 'mai', 'maggio', 'maio', 'mei'],
    ['junio', 'juin', 'juni', 'giugno', 'junho'],
    ['julio', 'juillet', 'juli', 'luglio', 'julho'],
    ['agosto', 'août', 'aout', 'august', 'augustus'],
    ['septiembre', 'setiembre', 'septembre', 'september', 'settembre', 'setembro'],
    ['octubre', 'octobre', 'oktober', 'ottobre', 'outubro'],
    ['noviembre', 'novembre', 'november', 'novembro'],
    ['diciembre', 'décembre', 'decembre', 'dezember', 'dicembre', 'dezembro'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);
/** "09 enero 2014", "9 de janeiro de 2014", "9. Januar 2014", "29 novembre 2016": the day, a month's name, the year. */
const DAY_MONTH_WORD_YEAR = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;

/**
 * A date as written on a page → ISO 8601 (verbatim when it already is), or null. `dayFirst`: the page writes
 * "08/01/2014" day first (its language or country is not the United States').
 */
export function normaliseDate(raw: string | null | undefined, dayFirst = false): string | null {
  if (!raw) return null;
  const s = norm(raw);
  if (ISO.test(s)) return plausibleIso(s.replace(' ', 'T'));
  let m = /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) return ISO.test(m[0]) && m[0].length > 10 ? plausibleIso(m[0]) : validYmd(+m[1]!, +m[2]!, +m[3]!);
  // ISO 8601's basic form, without separators: "20180619T055000+0900" (nikkei.com's JSON-LD).
  m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const zone = m[7] ? m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
    return validYmd(+m[1]!, +m[2]!, +m[3]!) && plausibleIso(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
  }
  // The year first, as East Asian pages write dates: "2019年4月4日", "2019年04月28日 08時00分", "2019년 4월 4일",
  // "2023/02/21 21:20", "2019.03.05", and ISO's form without its padding ("2014-9-5T12:00Z").
  // Not inside a version number ("v2019.1.2", "1.2019.3.4").
  m = /(?<![\p{L}\d.])(\d{4})\s*(?:年|년|([-/.]))\s*(\d{1,2})\s*(?:月|월|\2)\s*(\d{1,2})(?!\d|\.\d)/u.exec(s);
  if (m && (m[2] || /[年년]/.test(m[0]))) return validYmd(+m[1]!, +m[3]!, +m[4]!);
  // A year in two digits, month first, before a clock time: "10/9/10 7:15 AM EDT" (politico.com), "3/09/15 8:00am"
  // (lifehacker.com), "8/17/13 11:04am" (gizmodo.com). Without the time, "3/09/15" may be anything.
  m = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b|$)/i.exec(s);
  if (m) return dayFirst ? validYmd(2000 + +m[3]!, +m[2]!, +m[1]!) : validYmd(2000 + +m[3]!, +m[1]!, +m[2]!);
  m = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/.exec(s);
  if (m) {
    // "21-06-2025" and "21.06.2025" are day first; slashes are the US month-first form unless that cannot be or
    // the page writes dates day first.
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    const monthFirst = m[2] === '/' && !dayFirst ? a <= 12 : b > 12;
    return monthFirst ? validYmd(y, a, b) : validYmd(y, b, a);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return validYmd(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return validYmd(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!);
  m = DAY_MONTH_WORD_YEAR.exec(s);
  const month = m ? MONTH_WORDS[m[2]!.toLowerCase()] : undefined;
  if (m && month) return validYmd(+m[3]!, month, +m[1]!);
  return null;
}

/** Country domains whose pages write a date day first, for pages that do not say their language. */
const DAY_FIRST_TLD = /\.(?:uk|ie|au|nz|in|za|ru|ua|de|at|ch|fr|be|es|pt|br|it|nl|se|no|dk|fi|pl|cz|gr|tr|ar|mx|cl|pe|id|my|sg)$/;

/** Whether the page writes "08/01/2014" day first: any language but American English, or such a country's domain. */
function writesDayFirst(evidence: Evidence): boolean {
  const lang = evidence.lang;
  if (lang && !lang.startsWith('en')) return true;
  if (/^en-(?:gb|ie|au|nz|in|za)/.test(lang)) return true;
  return !lang.startsWith('en-') && DAY_FIRST_TLD.test(evidence.host.domain ?? '');
}

/** "18 hours ago" → ISO instant when the viewing moment is known. */
export function resolveRelative(raw: string, now: Date | null | undefined): string | null {
  const m = RELATIVE.exec(raw);
  if (!m || !now) return null;
  const count = /^\d/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = UNIT_MS[m[2]!.toLowerCase()] ?? 0;
  return new Date(now.getTime() - count * unit).toISOString();
}

const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publish-date', 'publishdate', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'article.published',
];

/** A stamp's time of day in UTC ("…T00:04:00Z") or without a zone ("…T01:53:14"): the calendar date may not be the outlet's. */
const UTC_TIME = /T(\d{2}):[\d:.]+(Z|[+-]00:?00)?$/;
/** A date line that dates an update, not the story: "Updated 10:01 pm PST, …", "Last updated …", "Mis à jour le …". */
const UPDATE_LINE = /^(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt)\b/i;
const DAY_MS = 864e5;
const PUBLISHED_LINE = /^(?:published|posted|publié|publicado|veröffentlicht|pubblicato|gepubliceerd)\b/i;

/** A date's calendar day in milliseconds, whatever time or zone follows it. */
const dayOf = (iso: string): number => Date.parse(iso.slice(0, 10));

/**
 * The date the page prints for a stamp given in UTC: "2019-11-19T00:04:00Z" is the evening of Nov. 18 for an
 * American outlet, which prints "Nov. 18, 2019 7:04 pm ET"; "2018-06-12T23:00:00Z" is Jun. 13 east of Europe.
 * Only the day a time zone can reach from that hour, and a later day only from a stamp that says it is UTC (a
 * masthead prints the day the page was saved, which a zoneless stamp in local time may precede); none when the
 * page also prints the stamp's own day. `printed`: the dates of the lines near the headline that are no update's.
 */
function printedDay(stamp: string, printed: string[], own: string | null): string | null {
  const m = UTC_TIME.exec(stamp);
  // A day without a time ("DC.date.issued" 2010-12-09) may be UTC's too: the byline's own date a day away is the
  // outlet's ("Wednesday, December 8, 2010; 10:37 PM", washingtonpost.com).
  if (!m) return own && /^\d{4}-\d{2}-\d{2}$/.test(stamp) && Math.abs(dayOf(own) - dayOf(stamp)) === DAY_MS ? own : null;
  const hour = +m[1]!;
  const apart = (shown: string): number => dayOf(shown) - dayOf(stamp);
  // The page prints the stamp's own day ("December 6, 2016 — 6:22 PM EST" for 23:22Z, an update's day after it).
  if (printed.some((d) => apart(d) === 0)) return null;
  return printed.find((d) => (apart(d) === -DAY_MS && hour < 11) || (apart(d) === DAY_MS && !!m[2] && hour >= 13)) ?? null;
}

/**
 * The day in a story's address: "/2019/11/18/", "/2010/POLITICS/08/13/", "/2013/middle_east/8/3/", "/2013-12-16-".
 * Sites put it there on the day they publish, so it settles a conflict between the page's own dates; a listing's
 * or an archive's address has no day.
 */
const URL_DAY = /\/((?:19|20)\d{2})(?:\/[a-z_]+)?[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/i;

function urlDay(url: string): string | null {
  let path: string;
  try {
    // The query too: older CMSs put the story's path there ("article.cgi?f=/c/a/2010/10/27/BUD61G2DBL.DTL", sfgate.com).
    const { pathname, search } = new URL(url);
    path = pathname + search;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  return m ? validYmd(+m[1]!, +m[2]!, +m[3]!) : null;
}

export function findPublished(evidence: Evidence, now: Date | null | undefined): string | null {
  const dayFirst = writesDayFirst(evidence);
  // Short date lines under the headline ("date 2025-07-16", "Updated: 24-07-2025 18:12 IST", "Fri, Jul 04, 2025
  // page8"), each read once.
  const near = evidence.lines.filter((l) => (l.where === 'headline' || l.where === 'byline') && l.text.length <= 90);
  const dated = near.map((l) => ({ ...l, date: normaliseDate(l.text, dayFirst) })).filter((l): l is typeof l & { date: string } => !!l.date);
  const printed = dated.map((l) => l.date);
  // A date in the byline's own line, or one labelled as the publication's, dates this story; other date lines near
  // the headline may be a masthead's or a list's.
  const own = dated.find((l) => l.where === 'byline' || PUBLISHED_LINE.test(l.text))?.date ?? null;
  const stamps = [normaliseDate(meta(evidence.head, ...DATE_METAS), dayFirst), normaliseDate(evidence.ld?.datePublished, dayFirst), ...evidence.times.map((t) => normaliseDate(t, dayFirst))]
    .filter((d): d is string => !!d);
  const stamp = stamps[0];
  const chosen = stamp ? printedDay(stamp, dated.filter((l) => !UPDATE_LINE.test(l.text)).map((l) => l.date), own) ?? stamp : printed[0];
  const day = urlDay(evidence.url);
  if (day && chosen) {
    // A stamp days or months off the address's day (a template's stale metadata, an update) gives way to another
    // of the page's dates on that day ("Published December 29, 2014" on foxnews.com under a November stamp).
    // A day apart is a time zone's doing, and the address may be in UTC: the stamp stands.
    const off = Math.abs(dayOf(chosen) - dayOf(day));
    const agreeing = off > DAY_MS ? [...stamps, ...printed].find((d) => d.startsWith(day)) : undefined;
    if (agreeing) return agreeing;
    // Without a stamp of the page's own, the first date line may be a list's; the address's day is the story's.
    if (!stamp && !own && off) return day;
  }
  if (chosen) return chosen;
  if (day) return day;
  const opening = leadDate(evidence, dayFirst);
  if (opening) return opening;
  for (const { text } of near) {
    const date = now ? weekdayDate(text, now) : null;
    if (date) return date;
  }
  for (const { text } of near) {
    if (RELATIVE.test(text)) return resolveRelative(text, now);
  }
  return null;
}

/**
 * A dateline's date opening the story: "Feb. 23, 2015 -- Life-threatening peanut allergies …" (webmd.com),
 * "CUPERTINO, California—April 27, 2015—Apple today announced …" (apple.com), "NAIROBI, Kenya, June 23, 2015
 * /PRNewswire/ -- …" (a press release on cloudcomputingexpo.com). Only a full date, and only before the
 * dateline's dash: a date later in the sentence is the story's subject.
 */
const LEAD_DATELINE = /^([^!?]{0,60}?\b(?:19|20)\d{2})\s*(?:\/[^/]{2,30}\/\s*)?(?:--|[—–]|\s-\s|:)/u;

function leadDate(evidence: Evidence, dayFirst: boolean): string | null {
  const lead = evidence.lines.find((l) => l.where === 'lead')?.text;
  const m = lead ? LEAD_DATELINE.exec(lead) : null;
  // A dateline is a place and a date: capitalised words and numbers ("de" in "3 de marzo de 2015"), no sentence.
  return m && !/(?:^|[\s,—–-])(?!de\b|del\b)\p{Ll}/u.test(m[1]!) ? normaliseDate(m[1], dayFirst) : null;
}

/** "1/24(金) 12:35配信": a month, a day and the weekday in Japanese, no year. */
const JA_WEEKDAY_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[（(]([日月火水木金土])[)）]/;

/**
 * The year of a date printed without one: portals print it so for the past year only, so it is the day's latest
 * occurrence not after the moment of viewing, and its weekday must agree (a page saved long ago and read later
 * gets no date rather than a wrong year).
 */
export function weekdayDate(line: string, now: Date): string | null {
  const m = JA_WEEKDAY_DATE.exec(line);
  if (!m) return null;
  const month = +m[1]!, day = +m[2]!, weekday = '日月火水木金土'.indexOf(m[3]!);
  for (const y of [now.getUTCFullYear(), now.getUTCFullYear() - 1]) {
    const at = new Date(Date.UTC(y, month - 1, day));
    if (at.getUTCMonth() !== month - 1 || at.getTime() > now.getTime() + 864e5) continue;
    return at.getUTCDay() === weekday ? validYmd(y, month, day) : null;
  }
  return null;
}
