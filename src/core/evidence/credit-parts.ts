// What every form of the credit reader shares: the credit record, how credit lines write names, places and dates,
// what is never an outlet there (a picture credit, a contribution note, a bracketed label), and the shape of a name in
// a credit position.
import { DOMAIN_NAME, outletShape, type OutletShape } from './outlet-shapes.ts';
import type { Where } from './where.ts';
import { MONTH_PREFIXES } from '../text.ts';

export type CreditForm =
  | 'dateline'
  | 'byline-agency'
  | 'sign-off'
  | 'rights-line'
  | 'source-line'
  | 'republished-note'
  | 'provider-line'
  | 'title-source'
  | 'bio'
  | 'syndicated-feed'
  | 'logo'
  | 'metadata'
  | 'canonical'
  | 'url-segment'
  | 'site-rule';

export interface Credit {
  form: CreditForm;
  /** The outlet as written, or null when the note names none ("auto-generated from a syndicated feed"). */
  outlet: string | null;
  /** The line (at most 200 characters) the credit was read from, or what the metadata said. */
  line: string;
  where: Where;
  /**
   * 'known': a wire or agency the directory lists; 'listed': another outlet the directory lists (read where the
   * directory is at hand); 'shaped': a name shaped like an outlet's; 'named': any name.
   */
  shape: OutletShape | 'listed' | 'named' | null;
  /** A link to the story at the outlet, when the evidence carries one (canonical, isBasedOn, source URL). */
  url?: string;
  /** For metadata: the field that named the outlet ('canonical', 'json-ld author', 'meta author', 'syndication-source', …). */
  field?: string;
}

export const DASH = '[-–—]';
/**
 * Letters of the Latin scripts, spelled out rather than \p{L} (a Unicode-property pattern is costly to compile on a
 * cold first run): "Agência Brasil", "Süddeutsche Zeitung", "Łódź", Romanian's comma-below "București". `CAPITAL`
 * opens a word.
 */
export const LETTERS = String.raw`\wÀ-ÖØ-öø-ÿĀ-žȘ-ț`;
// Latin Extended-A alternates capitals and small letters, so its capitals are listed ("İSTANBUL", "Łódź", "Žilina",
// "Șimleu"); a range would let a small letter open a word.
export const CAPITAL = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ';
/** The small letters that follow a place's capital, "Şanlıurfa" and "Łódź" included. */
const SMALL = 'a-zß-öø-ÿā-žș-ț';
/**
 * A name as credits write it: capitalised words, an acronym, or a lower-case agency such as "dpa"; small words
 * may join capitalised ones ("Folha de S.Paulo", "Jornal do Brasil", "Corriere della Sera").
 */
export const NAME = String.raw`(?:[${CAPITAL}][${LETTERS}&'’.-]*|[a-z]{2,5}(?:-[A-Za-z]+)?)(?: (?:of |the |de |do |da |du |des |del |della |di |and |& |für )?[${CAPITAL}0-9][${LETTERS}&'’.-]*){0,5}`;
/**
 * Place names in datelines: upper case ("SAN FRANCISCO", "SÃO PAULO"), or up to three capitalised words ("Hong Kong",
 * "Berlin/Washington"), small words between them ("Ciudad de México", "Rio de Janeiro", "Frankfurt am Main").
 */
export const PLACE = String.raw`(?:[${CAPITAL}][${CAPITAL}.'’ /-]{1,40}|[${CAPITAL}][${SMALL}]+(?:(?: (?:de|del|do|da|di|am|an der|la|el|sur|upon))?[ /-][${CAPITAL}][${SMALL}]+){0,2})`;
/**
 * ", Calif." / " [India]" after the place; then a date: ", March 3", ", 3 mar", ", 03 mar 2025", ", Nov. 20, 2019", or
 * the day alone before the brackets (", 1 (EUROPA PRESS)", the regional services' form).
 */
export const REGION = String.raw`(?:,? \[[A-Z][a-z]+\]|, [A-Z][A-Za-z. ]{1,20}?)?`;
export const DATE = String.raw`(?:,? (?:\d{1,2}\.? [A-Za-zé]{3,9}\.?(?: \d{4})?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)|, \d{1,2}(?= [(（]))?`;
/** A date with no place before it: "Jan. 9 (UPI) --", as UPI opens its stories. */
export const DATE_ONLY = String.raw`(?:${MONTH_PREFIXES.replace(/\b[a-z]/g, (c) => c.toUpperCase())})[a-z]{0,6}\.? \d{1,2}(?:, \d{4})?`;

export const hasDash = (l: string): boolean => l.includes('-') || l.includes('–') || l.includes('—');

// Parenthesised words that are not outlets: "(AI)", "(EU)", "(2025)", "(Photo)".
export const NOT_OUTLETS = new Set([
  'photo', 'photos', 'video', 'file', 'update', 'updated', 'ai', 'eu', 'un', 'us', 'uk', 'gdp', 'ceo', 'pictured', 'watch', 'listen',
  'opinion', 'analysis', 'exclusive', 'breaking', 'sponsored', 'advertisement', 'ad', 'live', 'audio', 'graphic', 'map', 'poll', 'cont',
]);

// A staff story that used wire material says so; that is not a credit for the story.
export const CONTRIBUTED =
  /\bcontribut(?:ed|ing)(?: reporting)?(?: to)?(?: this| the)? (?:report|story|article)\b|\bcontributed reporting\b|\bwith files from\b|\bwith (?:additional )?reporting (?:by|from)\b|\badditional reporting (?:by|from)\b|\bwith inputs? from\b|\bwire services? contributed\b|\b(?:staff and|with) agencies\b|\bmit Material von\b|\b(?:mit|with) (?:AP|AFP|dpa|Reuters)$|\bavec (?:l'|l’)?(?:AFP|agences?)\b|\bcon información de\b|\bcom informações d[aeo]\b/i;
/** Photo, video and graphic credits name who made the picture, not who reported the story. */
export const PICTURE = /\b(?:photos?|fotos?|images?|pictures?|pictured|videos?|graphics?|illustrations?|infographics?|getty|shutterstock|file photo|imago|picture-alliance|epa)\b|\bAP Photo\b|\/AFP\b/i;

/** The name without the quotes, brackets and punctuation around it. */
export const bareName = (name: string): string => name.replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),:;.|]+$/g, '');

/**
 * The shape of a name in a credit position. In bylines and provider lines a web address is the author's own site
 * ("blog.nikhilism.com") or the site's ("smithsonian.com") more often than a source, so `noDomains` leaves them out.
 */
export function shapeOf(name: string, noDomains = false): OutletShape | null {
  const cleaned = bareName(name);
  if (!cleaned || NOT_OUTLETS.has(cleaned.toLowerCase()) || (noDomains && DOMAIN_NAME.test(cleaned))) return null;
  return outletShape(cleaned);
}

/** The name without what follows it in the sentence: "Inside Climate News. Read the original" → "Inside Climate News". */
export function nameOnly(outlet: string): string {
  return outlet.trim().split(/(?<=[a-z]{3})\.\s+/)[0]!.replace(/[.,;:]+$/, '');
}

/** Does the outlet directory list this name? Given where the directory is loaded (the background, the engine). */
export type Listed = (name: string) => boolean;

/**
 * A name's shape where a credit names its story's source: a wire first, then an outlet the directory lists ("© 2024
 * Los Angeles Times", "Source: CNN": another newsroom's story, though neither is a wire), then an outlet's shape.
 */
export function listedShape(name: string, listed: Listed | undefined): OutletShape | 'listed' | null {
  const shape = shapeOf(name);
  if (shape === 'known' || !listed) return shape;
  const cleaned = bareName(name);
  return cleaned.length >= 3 && !NOT_OUTLETS.has(cleaned.toLowerCase()) && listed(cleaned) ? 'listed' : shape;
}

/**
 * An outlet the directory lists, named by an acronym or by two words or more ("CNN", "The Hill", "The New York
 * Times"): a one-word name is as often a word or a party ("Independent", "Time").
 */
export const listedByName = (name: string, listed: Listed | undefined): boolean => /^[A-Z]{2,6}$|\s/.test(name) && !!listed?.(name);

export function credit(form: CreditForm, outlet: string | null, line: string, where: Where, shape: Credit['shape']): Credit {
  return { form, outlet: outlet === null ? null : nameOnly(outlet), line: line.slice(0, 200), where, shape };
}
