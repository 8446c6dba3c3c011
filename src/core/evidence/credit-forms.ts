// The credit reader: the ordinary ways a page says who reported its story, read from one line of text and the
// place it stood (under the headline, in the byline, at the start or the end of the story). Read for the verdict
// (in the background, for every page) and for attribution (in the engine, which resolves the names to outlets).
//
// Forms: a dateline ("PARIS (AFP) --", "Berlin ( dpa ) -", "MANILA, March 3 (Xinhua):", "【ワシントン共同】"), an
// agency in the byline ("By JANE DOE, Associated Press Writer", "By THE ASSOCIATED PRESS", "JANE DOE | AP Business
// Writer"), a sign-off ("— Bernama", "(AFP)", "(Reporting by …; Editing by …)"), a rights line ("Copyright 2024 The
// Associated Press. All rights reserved."), a source line ("Source: Xinhua", "Provided by …"), a republication note
// ("This article originally appeared on …"), an author bio ("… is a Bloomberg Opinion columnist"), a syndicated-feed
// note. Each pattern runs only on lines with its own shape: most lines of a page pass none, and a regular expression
// that is never run is never compiled.
import { MONTH_NAMES, MONTH_WORD, norm } from '../text.ts';
import { DOMAIN_NAME, isKnownWire, knownWireSuffix, stripRole, withoutPlace, type OutletShape } from './outlet-shapes.ts';
import type { Where } from './where.ts';
import { CAPITAL, CONTRIBUTED, credit, DASH, hasDash, LETTERS, listedByName, listedShape, nameOnly, NAME, NOT_OUTLETS, PICTURE, shapeOf, type Credit, type CreditForm, type Listed } from './credit-parts.ts';
import { rightsAndSources, SOURCE_LABELS } from './credit-rights.ts';
import { datelines } from './credit-datelines.ts';

export type { Where } from './where.ts';
export type { Credit, CreditForm } from './credit-parts.ts';
export { CONTRIBUTED, PICTURE } from './credit-parts.ts';

/**
 * In a byline a two-letter short form is a wire only for "AP": "AA", "TT" or "PA" there are as often a text-size
 * button or initials.
 */
const bylineWire = (org: string, shape: OutletShape | null): OutletShape | null =>
  shape === 'known' && /^[A-Z]{2}$/.test(org.replace(/^the\s+/i, '')) && org !== 'AP' ? null : shape;

// ---- bylines: "By JANE DOE, Associated Press Writer", "By THE ASSOCIATED PRESS", "JANE DOE | AP" ----

/** The label a byline opens with, in the languages bylines are written in. */
export const BY = /^(?:by|from|(?:story|written|words|reporting|posted) by|(?:firmad[oa]|publicado|escrito) por|por|von|par|de|door|di|af|av)\s*:?\s+/i;
// A slash separates a byline from its agency only with spaces around it ("By John Roe / AP"); glued, it is a photo
// credit ("Brendan McDermid/Reuters").
export const BYLINE_SEPARATOR = /\s*(?:,|\||\s\/\s|·|•|\s[-–—]\s|\(|\)|\bfor\b)\s*/;

const WORD = String.raw`[${CAPITAL}][${LETTERS}'’.-]*`;
/** A byline's people: two to five capitalised words ("JANE DOE", "Ana Ruiz and Tom Hale", "José Pérez"). */
export const PEOPLE = new RegExp(String.raw`^(?:${WORD}\s+){1,4}${WORD}(?:\s+(?:and|&)\s+(?:${WORD}\s+){1,3}${WORD})?$`);

/**
 * "Jane Doe, Chicago Tribune (TNS)", "Jane Doe Bloomberg News (TNS)": the syndicate that delivered another outlet's
 * story to the page, set after the byline; the outlet before it is the story's source. What follows the mark in the
 * byline element is its dates.
 */
const DISTRIBUTOR = /[\s,]*\((?:TNS|Tribune News Service)\).*$|,\s*Tribune News Service\b.*$/;
export const withoutDistributor = (byline: string): string => byline.replace(DISTRIBUTOR, '');

const STAMP_LABEL = String.raw`(?:last\s+)?(?:published|updated|posted)`;
/** "Associated Press Updated: 10:00 AM EST Mar 3, 2024": the labelled time stamp a byline element ends with. */
const STAMPED = new RegExp(String.raw`\s+${STAMP_LABEL}(?:\s+on)?\s*:?\s*(?=\d|[A-Z][a-z]{2}).*$`, 'i');
/**
 * The same, or any number or month and day to the line's end: "Kevin Johnson USA TODAY 10:02 AM EST Nov 19", and
 * after a comma a template glued to the date ("Mike Isaac New York Times ,May 3, 2016").
 */
const ANY_STAMP = new RegExp(String.raw`(?:\s+|\s*,\s*)(?:${STAMP_LABEL}\b|\d|${MONTH_WORD}\s+\d).*$`, 'i');

/**
 * A byline element without the time stamp it ends with. `bare` also cuts at an unlabelled number or date, for
 * readers that keep only names: an outlet's own name may hold a number ("WXYZ-TV 7"), so the credit reader
 * does not.
 */
export const withoutTimeStamp = (line: string, bare = false): string => line.replace(bare ? ANY_STAMP : STAMPED, '');

/** The first of several authors: "The Associated Press" in "The Associated Press and Jane Roe". */
const FIRST_AUTHOR = new RegExp(String.raw`^(.{2,40}?)\s+(?:and|&)\s+[${CAPITAL}]`);

const RUN_ON_THE = new RegExp(String.raw`^(?:${WORD}\s+){1,3}${WORD}\s+(?<org>The\s+[${CAPITAL}].*)$`);

/**
 * The organisations a byline names after or instead of its people. With `strict`, for lines that only look like
 * a byline: a known wire after a person's name ("ELLEN MARCHETTI | UPI").
 */
export function bylineOutlets(raw: string, strict = false, wholeShaped = true): { outlet: string; shape: OutletShape | 'named' }[] {
  const line = norm(raw);
  if (line.length > 140 || /\bspecial to\b/i.test(line) || CONTRIBUTED.test(line) || PICTURE.test(line)) return [];
  const body = withoutDistributor(withoutTimeStamp(line.replace(BY, '')));
  // "Jane Doe (TNS)": the syndicate is where the story came from only when the byline names no outlet of its own;
  // the syndicate after it makes the line a byline, and a name shaped like an outlet's one.
  if (DISTRIBUTOR.test(line)) {
    const own = bylineOutlets(body, false, true);
    return own.length ? own : [{ outlet: 'TNS', shape: 'known' }];
  }
  const parts = body.split(BYLINE_SEPARATOR).filter(Boolean);
  // An address or a wire first ("ELLE.com | Life & Love News", "Associated Press | Business"): that is the outlet,
  // and what follows is its section or tagline, not another outlet.
  const first = (parts[0] ?? '').replace(/[.,;:]+$/, '').trim();
  if (parts.length > 1 && (DOMAIN_NAME.test(first) || isKnownWire(first))) parts.splice(1);
  if (parts.length === 1 && !strict) {
    // The whole byline is an outlet: "By THE ASSOCIATED PRESS", "Kyodo News", "Bernama"; or a name runs into a
    // wire: "Tom Davies Associated Press". A name merely shaped like an outlet's counts after "By" or in a source
    // element ("Life & Love News" in a byline slot is a section).
    // "Associated Press in Valencia": the agency, wherever its writer was.
    const whole = withoutPlace(parts[0]!.replace(/[.,;:]+$/, ''));
    // A source element may show the source's address alone ("AllBusiness.com"); a byline slot shows the author's.
    // An address alone only supports other evidence: it is as often where a video or picture came from.
    if (wholeShaped && DOMAIN_NAME.test(whole)) return [{ outlet: whole, shape: 'named' }];
    // "By Jane Doe The Charlotte Observer": an outlet's name run into its writer's; a person's name holds no "The".
    const runOn = RUN_ON_THE.exec(whole)?.groups?.org;
    const runOnShape = runOn ? shapeOf(runOn, true) : null;
    if (runOn && runOnShape) return [{ outlet: runOn, shape: runOnShape }];
    const shape = bylineWire(whole, shapeOf(whole, true));
    if (shape === 'known') return [{ outlet: whole, shape }];
    // "Reuters Staff", "AFP Staff Writer": the wire's own desk, no person before it.
    const desk = stripRole(whole);
    if (desk !== whole && isKnownWire(desk) && bylineWire(desk, 'known')) return [{ outlet: desk, shape: 'known' }];
    // "By The Associated Press and Jane Roe": the wire named first among the authors.
    const firstAuthor = FIRST_AUTHOR.exec(whole)?.[1];
    if (firstAuthor && isKnownWire(firstAuthor) && bylineWire(firstAuthor, 'known')) return [{ outlet: firstAuthor, shape: 'known' }];
    const suffix = knownWireSuffix(desk);
    if (suffix && bylineWire(suffix, 'known')) return [{ outlet: suffix, shape: 'known' }];
    return shape && (wholeShaped || BY.test(line)) ? [{ outlet: whole, shape }] : [];
  }
  if (strict && !PEOPLE.test(parts[0] ?? '')) return [];
  const out: { outlet: string; shape: OutletShape | 'named' }[] = [];
  // A wire's desk, or a wire run into the names, before the byline's date or section ("Reuters Staff · Aug. 23",
  // "Narayana Kocherlakota Bloomberg · Fri., Aug. 23, 2019"): read as a byline of its own, wires only.
  if (!strict) out.push(...bylineOutlets(parts[0] ?? '', false, false).filter((o) => o.shape === 'known'));
  // The first part names the people; an agency among the later ones is where the story came from.
  for (const part of parts.slice(1)) {
    // "By Jane Doe, KXAN, and The Associated Press": the last of a list keeps its "and".
    const org = stripRole(part.replace(/^(?:and|&)\s+/i, ''));
    let shape = org && org.length >= 2 ? bylineWire(org, shapeOf(org, true)) : null;
    // "Steve Peoples, Ap National Political Writer": a CMS title-cases the wire's short form before a job title.
    if (!shape && org !== part.trim() && isKnownWire(org.toUpperCase())) shape = bylineWire(org.toUpperCase(), 'known');
    if (shape && (!strict || shape === 'known') && !out.some((o) => o.outlet === org)) out.push({ outlet: shape === 'known' && !isKnownWire(org) ? org.toUpperCase() : org, shape });
  }
  return out;
}

/** A line that opens with a source label and a colon is a source line (rightsAndSources reads it), never a byline. */
const SOURCE_LABEL = new RegExp(String.raw`^\(?(?:${SOURCE_LABELS})\s*[:：]`, 'i');

function bylines(line: string, where: Where): Credit[] {
  if (SOURCE_LABEL.test(line)) return [];
  // In a byline or source element the line is a byline; elsewhere it must say "By …", pair a person with a wire,
  // or, right under the headline, be a wire's name alone ("Associated Press").
  const strict = where !== 'byline' && where !== 'source' && !BY.test(line);
  if (strict && where === 'headline' && line.length <= 60 && bylineWire(line, isKnownWire(line.replace(/[.,;:]+$/, '')) ? 'known' : null)) {
    return [credit('byline-agency', line, line, where, 'known')];
  }
  return bylineOutlets(line, strict, where === 'source').map((o) => credit('byline-agency', o.outlet, line, where, o.shape));
}

// ---- provider lines: an outlet and when it published ("Reuters 10/12/2018", "Fox Nation • October 3, 2016") ----

const PROVIDER = new RegExp(
  String.raw`^(?<outlet>[A-Z][\w&'’. -]{1,40}?)\s*[•·|,–—-]?\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4}|${MONTH_WORD} \d{1,2},? \d{4}|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}\s*[hmd])\b`,
  'i',
);

function providerLines(line: string, where: Where, listed?: Listed): Credit[] {
  if (line.length > 90 || !/\d/.test(line)) return [];
  const outlet = PROVIDER.exec(line)?.groups?.outlet?.trim();
  const shape = outlet ? shapeOf(outlet, true) : null;
  // A wire anywhere; another outlet's name only in a source or provider element (elsewhere it is a section or tags),
  // or, in the byline or a provider element, an outlet the directory lists by a name of two words or an acronym ("CNN
  // · 2h ago", "The New York Times · 3 hours ago", as aggregators credit the story they show).
  if (outlet && (shape === 'known' || (shape && where === 'source'))) return [credit('provider-line', outlet, line, where, shape)];
  const byListed = (where === 'byline' || where === 'source') && !!outlet && listedByName(outlet, listed);
  return byListed ? [credit('provider-line', outlet, line, where, 'listed')] : [];
}

// ---- the end of the story: sign-offs ----

const SIGN_OFF = new RegExp(String.raw`(?:^|[.!?'"”’)\]]\s*)${DASH}{1,2}\s*(?<outlet>${NAME})\s*\.?$`);
// After a Japanese full stop too: "…と述べた。（共同）".
const PAREN_SIGN_OFF = new RegExp(String.raw`(?:^|[.!?'"”’。！？」]\s*)[(（]\s*(?<outlet>${NAME}|共同通信|共同|時事通信|時事|新華社|新华社|ロイター)\s*[)）]\s*$`);
/** "…on Monday. /TASS/", "…said. /ANI": a wire between slashes after the last sentence ("Joseph Kaczmarek / AP" credits a photo). */
const SLASH_SIGN_OFF = /[.!?"”]\s*\/\s?(?<outlet>[A-Z]{2,6})\s?\/?$/;
/** "…to sneak into the US. PTI": a wire's short name in capitals after the last sentence. */
const BARE_SIGN_OFF = /[.!?"”’]\s+(?<outlet>[A-Z]{2,6})$/;
const REUTERS_TAIL = /^\(?\s*(?:Reporting|Additional reporting|Writing|Compiled) by\b.{3,300}\b(?:Editing|Edited) by\b/i;
const BLOOMBERG_TAIL = /^To contact the (?:reporters?|editors?|authors?) (?:on|of|responsible for) this (?:story|article)\b/i;

/**
 * The notes a wire closes its own stories with, which its partners print under them: "AP is solely responsible for
 * all content." (AP's note on who funds a desk), "Follow AP’s coverage of the elections at https://apnews.com/hub/…",
 * "More stories like this are available on bloomberg.com", "For more CNN news and newsletters create an account at
 * CNN.com", "Our Standards: The Thomson Reuters Trust Principles.". "The hospital said it is solely responsible for
 * all content on its site" names no outlet.
 */
const WIRE_NOTE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:[Tt]he )?(?<solely>${NAME}) is solely responsible for all content\b|^Follow (?<follow>${NAME})['’]s? coverage of\b|^More stories like this are available on (?<more>(?:www\.)?[a-z0-9-]+\.[a-z]{2,})\b|^For more (?<account>${NAME}) news and newsletters,? create an account\b|^Our Standards: The (?<reuters>Thomson Reuters) Trust Principles\b`,
);
const WIRE_NOTE_WORDS = /solely responsible|coverage of|stories like this|create an account|Trust Principles/;

function wireNotes(line: string, where: Where, listed?: Listed): Credit[] {
  const g = line.length <= 300 && WIRE_NOTE_WORDS.test(line) ? WIRE_NOTE.exec(line)?.groups : undefined;
  // The address a partner's copy sends its readers to for more of the outlet's stories is where the story ran first.
  if (g?.more) return [credit('republished-note', g.more, line, where, 'named')];
  const outlet = g && (g.solely ?? g.follow ?? g.account ?? g.reuters);
  if (!outlet) return [];
  const named = listedShape(outlet, listed);
  return named ? [credit('sign-off', outlet, line, where, named)] : [];
}

function signOffs(line: string, where: Where, listed?: Listed): Credit[] {
  if (CONTRIBUTED.test(line)) return [];
  const out: Credit[] = wireNotes(line, where, listed);
  if (hasDash(line)) {
    const outlet = SIGN_OFF.exec(line)?.groups?.outlet;
    const shape = outlet ? shapeOf(outlet) : null;
    if (outlet && shape && !PICTURE.test(line.slice(-60))) out.push(credit('sign-off', outlet, line, where, shape));
  }
  const last = line.charCodeAt(line.length - 1);
  if (last === 41 || last === 0xff09) {
    const outlet = PAREN_SIGN_OFF.exec(line)?.groups?.outlet;
    if (outlet && shapeOf(outlet) === 'known') out.push(credit('sign-off', outlet, line, where, 'known'));
  }
  if (line.includes('/')) {
    const outlet = SLASH_SIGN_OFF.exec(line)?.groups?.outlet;
    if (outlet && shapeOf(outlet) === 'known') out.push(credit('sign-off', outlet, line, where, 'known'));
  }
  if (last >= 65 && last <= 90) {
    const outlet = BARE_SIGN_OFF.exec(line)?.groups?.outlet;
    if (outlet && shapeOf(outlet) === 'known') out.push(credit('sign-off', outlet, line, where, 'known'));
  }
  if (line.length < 400 && / by /i.test(line) && REUTERS_TAIL.test(line)) out.push(credit('sign-off', 'Reuters', line, where, 'known'));
  if (line.startsWith('To contact') && BLOOMBERG_TAIL.test(line)) out.push(credit('sign-off', 'Bloomberg', line, where, 'known'));
  if (line.length <= 60 && line.includes('/')) {
    const wire = initialled(line)?.wire;
    if (wire) out.push(credit('sign-off', wire, line, where, 'known'));
  }
  return out;
}

/**
 * "sak/Reuters" (spiegel.de), "Quelle: ntv.de, ino/dpa" (n-tv.de), "SDA/sep" (tagesanzeiger.ch), "Quelle: sid/dpa"
 * (sportschau.de), "(Quelle: APA/sda/dpa)" (sn.at): German-language papers close an agency's story on a line of its own
 * with the agencies and the editor's initials, joined by slashes, perhaps after the site's own address.
 */
const INITIALLED = new RegExp(String.raw`^\(?(?:(?:${SOURCE_LABELS})\s*:\s*)?(?<items>[A-Za-zÀ-ÿ.-]+(?:\s*[/,]\s*[A-Za-zÀ-ÿ.-]+){1,5})\)?\.?$`, 'i');
const INITIALS = /^[a-zäöü]{2,4}$/;

/** An initialled sign-off's first wire, as the directory spells it, and its initials; null when a part is neither. */
export function initialled(line: string): { wire: string; initials: string[] } | null {
  const items = INITIALLED.exec(line)?.groups?.items;
  if (!items?.includes('/')) return null;
  let wire: string | null = null;
  const initials: string[] = [];
  for (const item of items.split(/\s*,\s*/)) {
    // The site's own address may come first ("ntv.de, ino/dpa"); a word between slashes may not.
    if (!item.includes('/') && DOMAIN_NAME.test(item)) continue;
    for (const token of item.split(/\s*\/\s*/)) {
      // Agencies write their short names in lower case here ("sda", "sid"); initials are two to four lower-case letters.
      const known = isKnownWire(token) ? token : token.length >= 3 && isKnownWire(token.toUpperCase()) ? token.toUpperCase() : null;
      if (known) wire ??= known;
      else if (INITIALS.test(token)) initials.push(token);
      else return null;
    }
  }
  // "km/h", "und/oder": a slash between words names no agency.
  return wire ? { wire, initials } : null;
}

/**
 * Whether initials are a person's: the first letter opens one of the name's words and the others follow in order
 * ("kry" Katherine Rydlink, "kra" Thorsten Kramer, "jd" Jane Doe).
 */
export function initialsOf(initials: string, name: string): boolean {
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower[i] !== initials[0] || (i > 0 && /[a-zà-ÿ]/.test(lower[i - 1]!))) continue;
    let k = 1;
    for (let j = i + 1; j < lower.length && k < initials.length; j++) if (lower[j] === initials[k]) k++;
    if (k === initials.length) return true;
  }
  return false;
}

// ---- notes anywhere at the edges ----

const REPUBLISHED = new RegExp(
  String.raw`\b(?:(?:is|was) republished from|[Rr]epublished (?:from|with permission (?:from|of))|first appeared in the print edition of|(?:[Oo]riginally|[Ff]irst) (?:appeared|published|ran|posted) (?:on|in|at|by)|was (?:originally|first) published (?:on|in|at|by)|(?:is|was) reprinted (?:with permission )?from|erschien zuerst (?:bei|in|auf|im)|publicado originalmente (?:en|em|por|no|na)|publié initialement (?:dans|sur|par)|initialement publié (?:dans|sur|par)|pubblicato originariamente (?:su|da)|(?:[Vv]iew|[Rr]ead|[Ss]ee) (?:the )?(?:source|original) (?:version|article|story|post|essay|release|blog entry)(?: of this (?:article|story|post|essay|piece))? (?:on|at|from))\s+(?:the )?(?<outlet>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|${NAME})`,
);
/**
 * "This report by The Canadian Press was first published Oct. 25, 2023.": the outlet stands between the story and
 * the verb, as a wire's partners print its note under the story.
 */
const REPORT_BY = new RegExp(String.raw`\bThis (?:report|story|article) (?:by|from) (?<outlet>${NAME}) was (?:first |originally )?published\b`);
/**
 * A note that the story is a translation, naming the outlet the original ran in: "Dies ist eine maschinelle
 * Übersetzung eines Artikels unserer US-Kollegen von Business Insider" (businessinsider.de), "Dieser Artikel ist eine
 * Übersetzung, im Original ist er in der israelischen Tageszeitung Haaretz erschienen" (krautreporter.de), "Von
 * »Spektrum der Wissenschaft« übersetzte und bearbeitete Fassung des Artikels »…« aus »Quanta Magazine«"
 * (spektrum.de). The first name after "von", "aus" or "in der …zeitung" is the outlet's: the sentence may go on
 * to describe it ("aus »Quanta Magazine«, einem … Magazin der Simons Foundation, die … aus Mathematik …").
 */
const TRANSLATION = new RegExp(
  String.raw`(?:ist eine (?:[a-zäöü]+ )?Übersetzung|[Üü]bersetzte (?:und [a-zäöü]+ )?Fassung)\b(?<gap>[^.!?]*?)\b(?:von|aus|in der(?: [a-zäöü]+)? [A-ZÄÖÜ][a-zäöüß]*zeitung) »?(?=[${CAPITAL}])(?<outlet>${NAME})`,
);
/** "本記事は、TechRepublic Japanで…掲載した記事からの転載です": a Japanese reprint note. */
const JA_REPRINT = /(?:本記事|この記事)は、?(?<outlet>[^、。（）]{2,30}?)(?:で|に)[^。]{0,40}?(?:掲載|公開)[^。]{0,20}?転載/;
const PLATFORM = /^(?:Twitter|X|Facebook|Instagram|Reddit|YouTube|TikTok|LinkedIn|Tumblr|Substack|Medium)$/;
/**
 * A republication note speaks of the page's own story: it opens its sentence ("Originally published at …",
 * "Republished from …", "To view the original version on …") or points at it ("This article …", "A version of this
 * story …", "Dieser Beitrag …", "Este texto …"). "The study, first published in Nature, …" and "Cases first appeared
 * in West Michigan" speak of something else.
 */
const SELF_REFERENCE = /^(?:to|and|but)?$|\b(?:this|it|these|dieser|diese|dieses|der beitrag|der artikel|este|esta|cet|cette|ce texte|questo|questa|deze|dit)\b/i;
/** The words of a line's sentence before `index`. */
const sentenceBefore = (line: string, index: number): string => line.slice(0, index).split(/[.!?。]\s+/).pop()!.replace(/[\s,;:—–-]+$/, '').trim();
/**
 * "first published on November 20, 2019", "originally appeared in Print on June 3": when or how, not where. Day
 * and month names only, whole: "Marie Claire", "Monocle" and "The Sunday Times" are outlets.
 */
const DAY_OR_MONTH = String.raw`(?:${MONTH_NAMES}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?,?`;
const WHEN = new RegExp(String.raw`^${DAY_OR_MONTH}(?:\s*${DAY_OR_MONTH})*(?:\s*$|\s*\d)|^(?:print|today|yesterday)\b`, 'i');
const BIO = new RegExp(
  String.raw`^[${CAPITAL}][${LETTERS}.'’-]+(?: [${CAPITAL}][${LETTERS}.'’-]+){0,3} (?:is|was) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:(?<outlet>${NAME}) (?:columnist|correspondent|reporter|contributor|writer|editor|analyst|bureau chief)\b|(?:columnist|correspondent|reporter|writer|editor) (?:for|at|with) (?<at>${NAME}))`,
);
const BIO_ROLES = ['columnist', 'correspondent', 'reporter', 'contributor', 'writer', 'editor', 'analyst', 'bureau chief'];
const SYNDICATED = /\b(?:auto-generated from a syndicated feed|published from a syndicated feed|from a syndicated news feed|has not been edited by [\w ]+ staff|has been adapted from its original source|\bth(?:is|e) (?:report|story|article|content) (?:is|was|has been) auto-generated from [\w ]{2,40} (?:news service|feeds?))\b/i;
/**
 * The feed a syndicated-feed note names: "This report is auto-generated from Press Trust of India news service."
 * (theprint.in), "…auto-generated from news agency feeds. Source: PTI)" (outlookindia.com). "News agency feeds" names none.
 */
const FEED_SOURCE = new RegExp(String.raw`\bauto-generated from (?:the )?(?<outlet>${NAME}) (?:news service|feeds?)\b|\bSource:\s*(?<src>${NAME})\s*\)?\.?$`);

/**
 * "Read the full story at The Verge.", "Continue reading on CNN": an aggregator's pointer to the story's full text at
 * its outlet, the whole line. Named like an outlet or listed: "Continue reading on page 2", "Read the full story on
 * our website" and a report or a paper's full text ("Read the full report at gov.uk") name no source of the story.
 */
const FULL_STORY = new RegExp(String.raw`^(?:(?:[Rr]ead|[Cc]ontinue reading) (?:the )?(?:full|whole|complete|rest of the) (?:story|article) (?:at|on)|[Cc]ontinue reading (?:at|on)) (?:the )?(?<outlet>${NAME})\s*[.!»›→]*$`);

/**
 * "This article was provided by The Associated Press.", "This story is from Reuters.": the provider of this story,
 * named like an outlet ("This report was provided by Jane Doe" names a person, "This data was provided by the
 * county" no story, "This story is from 2019" no outlet).
 */
const PROVIDED = new RegExp(String.raw`\bThis (?:article|story|report|content) (?:(?:was|is) (?:provided|supplied|syndicated) (?:to [\w ]{2,30} )?(?:by|from)|(?:is|was|comes) from) (?:the )?(?<outlet>${NAME})`);

function notes(line: string, where: Where, listed?: Listed): Credit[] {
  const out: Credit[] = [];
  // A note whose outlet counts only when it is named like one or listed.
  const outletNamed = (re: RegExp, form: CreditForm): void => {
    const outlet = re.exec(line)?.groups?.outlet;
    const shape = outlet ? listedShape(outlet, listed) : null;
    if (outlet && shape) out.push(credit(form, outlet, line, where, shape));
  };
  if (line.includes('This ') && / (?:provided|supplied|syndicated|from) /.test(line)) outletNamed(PROVIDED, 'source-line');
  const republished = (outlet: string): void => {
    out.push(credit('republished-note', outlet, line, where, shapeOf(outlet) ?? 'named'));
  };
  if (/ontinue reading|(?:full|whole|complete|rest of the) (?:story|article)/.test(line)) outletNamed(FULL_STORY, 'republished-note');
  if (/publish|appeared|\bran\b|reprinted|posted|erschien|publicado|publié|pubblicato|(?:source|original) (?:version|article|story|post|essay|release|blog)/.test(line)) {
    const found = REPUBLISHED.exec(line) ?? REPORT_BY.exec(line);
    const m = found && SELF_REFERENCE.test(sentenceBefore(line, found.index)) ? found : null;
    const outlet = m?.groups?.outlet && nameOnly(m.groups.outlet);
    // "first published on the NeoGAF forum", "originally posted on Facebook": the author's own post elsewhere.
    const after = m ? line.slice(m.index + m[0].length, m.index + m[0].length + 20) : '';
    if (outlet && !NOT_OUTLETS.has(outlet.toLowerCase()) && !PLATFORM.test(outlet) && !WHEN.test(outlet) && !/^\s*(?:forums?|message boards?|subreddit|blog|edition|issue)\b/i.test(after)) {
      republished(outlet);
    }
  }
  if (line.includes('bersetz')) {
    const m = TRANSLATION.exec(line);
    const before = m ? sentenceBefore(line, m.index) : '';
    // The note speaks of this story ("Dies ist …", "Von »…« übersetzte Fassung"), and "aus dem Englischen von A"
    // names a translator, not an outlet.
    const outlet = m && (SELF_REFERENCE.test(before) || /^(?:dies|von)\b/i.test(before)) && !/\baus dem \S+$/.test(m.groups!.gap!.trim()) ? nameOnly(m.groups!.outlet!) : null;
    if (outlet) republished(outlet);
  }
  if (line.includes('転載')) {
    const outlet = JA_REPRINT.exec(line)?.groups?.outlet;
    if (outlet) republished(outlet);
  }
  if ((where === 'tail' || where === 'after') && (line.includes(' is ') || line.includes(' was ')) && BIO_ROLES.some((r) => line.includes(r))) {
    const bio = BIO.exec(line);
    // "… is a former Reuters correspondent", "was a former Android Central editor": a past job names no source.
    const groups = bio && !/\b(?:former|formerly|onetime|one-time|retired|ex-)/i.test(bio[0]) ? bio.groups : undefined;
    const outlet = groups?.outlet ?? groups?.at;
    if (outlet) out.push(credit('bio', outlet, line, where, shapeOf(outlet) ?? 'named'));
  }
  if (/syndicated|has not been edited|original source|auto-generated/i.test(line) && SYNDICATED.test(line)) {
    out.push(credit('syndicated-feed', null, line, where, null));
    const groups = FEED_SOURCE.exec(line)?.groups;
    const feed = groups?.outlet ?? groups?.src;
    if (feed && /^[A-Z]/.test(feed)) out.push(credit('source-line', feed, line, where, shapeOf(feed) ?? 'named'));
  }
  return out;
}

/** Which forms are read where: a dateline opens the story, a sign-off closes it, a rights line follows it. */
const READERS: Record<Where, ((line: string, where: Where, listed?: Listed) => Credit[])[]> = {
  title: [],
  head: [],
  url: [],
  // The site rule reads the lines it points at itself (read.ts).
  provider: [],
  headline: [datelines, bylines, providerLines, rightsAndSources],
  byline: [datelines, bylines, providerLines, rightsAndSources],
  source: [bylines, providerLines, rightsAndSources],
  lead: [datelines, bylines, notes],
  tail: [signOffs, rightsAndSources, notes],
  after: [signOffs, rightsAndSources, notes],
};

/** Credits in one line of text that stood at `where`. */
export function readCredits(text: string, where: Where, listed?: Listed): Credit[] {
  const line = norm(text);
  if (line.length < 3) return [];
  return READERS[where].flatMap((read) => read(line, where, listed));
}

/** "Headline（CNET Japan） - Yahoo!ニュース", "Headline (Reuters)": the source named at the end of a title. */
const TITLE_SOURCE = /[（(](?<outlet>[^（）()/／]{2,30})[）)](?:\s*[-|–—]\s*[^（）()]{1,30})?\s*$/u;

export function titleCredit(title: string): Credit | null {
  const t = norm(title);
  if (!t.endsWith(')') && !t.includes('）')) return null;
  const m = TITLE_SOURCE.exec(t);
  const outlet = m?.groups?.outlet?.trim();
  if (!outlet) return null;
  // The source follows the headline itself; in a later part of the title ("… : YOMIURI ONLINE（読売新聞）") it is
  // the site's own name.
  if (/\s[|:：｜–—-]\s|｜/.test(t.slice(0, m!.index))) return null;
  // Full-width brackets are how Japanese portals name the source; plain brackets only with a known wire.
  const fullWidth = t.includes('）');
  const shape = shapeOf(outlet);
  if (!fullWidth && shape !== 'known') return null;
  return credit('title-source', outlet, t, 'title', shape ?? 'named');
}
