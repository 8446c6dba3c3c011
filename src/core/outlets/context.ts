// Does the text around a mention present the outlet as a source ("X reported", "according to X", "(X) -")?
// Short forms ("AP", "FT", "RT") only count in such places, and cited outlets are exactly the mentions in them.

// The patterns after and before a mention are lowered (extract/vocab.ts): written in lower case, tested against the
// lower-cased window, which is cheaper to compile than the i flag.

/** Words that may sit between the outlet and the verb: "Kyodo news agency reported", "the FT on Monday said". */
const DESCRIPTOR =
  '(?:news agency|newswire|news service|wire service|newspaper|daily|broadcaster|agency|magazine|website|outlet|' +
  'paper|network|channel|tv|television|radio|publication|reporters?|journalists?|correspondents?|editorial board|' +
  'quotidien|journal|hebdomadaire|magazine|agence|chaîne|diario|periódico|jornal|revista|agencia|agência|zeitung|blatt|agentur|' +
  'nachrichtenagentur|giornale|quotidiano|agenzia|sender)';
const ADVERB = '(?:first|also|previously|earlier|exclusively|recently|later|initially|separately|originally|had|has|have|was|were|which|that|who)';
const TIME = "(?:(?:on|last|this|late|early|in|earlier)\\s+[\\p{L}\\d]+(?:\\s+\\d{1,2})?(?:\\s+(?:morning|evening|night|afternoon))?)";
const VERB =
  '(?:reported|reports|reporting|said|says|quoted|quotes|cited|cites|citing|noted|notes|wrote|writes|added|adds|' +
  'pointed out|points out|highlighted|described|revealed|reveals|claimed|claims|stated|states|learned|learnt|' +
  'confirmed|confirms|obtained|saw|has seen|published|publishes|announced|observed|estimated|calculated|found|' +
  'disclosed|broke the news|was (?:the )?first to report|interviewed|analy[sz]ed|asked|contacted|calculates|reviewed|' +
  'contributed to (?:this|the) (?:report|story|article)|contributed reporting)';

const AFTER_VERB = new RegExp(
  `^(?:['’]s?)?,?\\s+(?:${DESCRIPTOR}\\s+)?,?\\s*(?:${ADVERB}\\s+){0,3}(?:${TIME},?\\s+)?(?:${ADVERB}\\s+){0,2}${VERB}\\b`,
  'u',
);
/** "a Financial Times report", "Bloomberg's reporting", "an AP investigation". */
const AFTER_NOUN = /^(?:['’]s?)?\s+(?:(?:own|latest|new|exclusive|recent)\s+)?(?:report|reports|reporting|story|article|investigation|analysis|interview|survey|poll|exclusive|dispatch|editorial|tally|count|calculations?|estimates?|data)\b/;
const BEFORE_ARTICLE = /(?:^|[\s(])(?:a|an|the|in|to|per)\s+$/;
const BEFORE_POSSESSIVE_NOUN = /\b(?:report|reporting|story|article|investigation|interview)\s+(?:by|in|from|with|for|on)\s+(?:the\s+)?$/;
const BEFORE_VERB = new RegExp(
  '(?:according to|told|telling|tells|citing|cited by|reported by|quoted by|quoting|interview with|speaking to|spoke to|spoke with|' +
    'talking to|talked to|wrote in|writing in|published by|published in|obtained by|seen by|reviewed by|confirmed to|' +
    'said to|statement to|comment to|comments to|first reported by|as reported by|reports from|reporting from|' +
    'credited to|courtesy of|sources? (?:told|tell)|shared with|revealed to|leaked to|given to|provided to|with files from|files from)\\s+(?:the\\s+)?$',
);
/**
 * The same in French, German, Spanish, Portuguese and Italian ("selon le quotidien", "publiées mardi par",
 * "laut", "según", "segundo", "secondo"); for full names only: a short form there is as often a local company
 * ("segundo a CP", the Portuguese railway).
 */
const BEFORE_VERB_OTHER = new RegExp(
  "(?:selon|d['’]après|rapporté par|publiée?s?(?: \\p{L}+)? par|cité par|laut|berichtete|según|informó|citado por|segundo|de acordo com|secondo)" +
    "\\s+(?:le\\s+|la\\s+|l['’]|les\\s+|el\\s+|o\\s+|a\\s+|der\\s+|die\\s+|das\\s+|dem\\s+|il\\s+|lo\\s+)?$",
  'u',
);
/**
 * "a indiqué la préfecture à l'AFP", "avait déclaré à CBC/Radio-Canada" (ici.radio-canada.ca), "interrogé par
 * l'AFP": the French for "told" and "asked by", where a short form is the agency as surely as in English.
 */
const TOLD_FR =
  /(?:\b(?:indiqué|déclaré|confié|affirmé|précisé|expliqué|assuré|raconté|dit|répondu|souligné)(?:\s+[\p{L}'’-]+){0,4}\s+(?:à|au)|\bauprès d[eu]|\binterrogée?s? par|\bcontactée?s? par)\s+(?:l['’]|la\s+)?$/u;

/** "Japan's Nikkei", "Britain's Guardian": a country possessive between the verb and the outlet. */
const POSSESSIVE_PLACE = /(?:\p{Lu}[\p{L}.-]*['’]s\s+)$/u;

/** "told the newspaper Le Parisien", "the business daily Nikkei": the kind of outlet named before its name. */
const DESCRIBED_AS = new RegExp(`(?:\\b[a-z-]+\\s+)?${DESCRIPTOR}\\s+$`, 'u');

export interface ContextWindow {
  before: string;
  after: string;
}

export function windowAround(text: string, start: number, end: number): ContextWindow {
  return { before: text.slice(Math.max(0, start - 90), start), after: text.slice(end, end + 120) };
}

/** "(Reuters) -", "TOKYO (AP) —", "(MENAFN- Khaleej Times)", "— Reuters" closing the text. */
export function isCreditContext({ before, after }: ContextWindow): boolean {
  if (/\(\s*$/.test(before) && /^\s*\)\s*[-–—:]/.test(after)) return true;
  if (/\(\s*[\p{L}]+\s*[-–—]\s*$/u.test(before) && /^\s*\)/.test(after)) return true;
  if (/(?:^|\n)\s*[-–—]\s*$/.test(before) && /^\s*(?:$|\n)/.test(after)) return true;
  const lower = before.toLowerCase();
  if (/(?:^|\n)\s*(?:\(?\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)$/.test(lower)) return true;
  if (/(?:^|\n)\s*(?:source|sources|credit|courtesy|via|provided by|originally published (?:by|in|on|at))\s*[:：]?\s*$/.test(lower)) {
    return true;
  }
  return false;
}

/** True when the text presents the outlet at [start, end) as a source of information; `fullName`: not a short form. */
export function isReportingContext(text: string, start: number, end: number, fullName = false): boolean {
  const win = windowAround(text, start, end);
  if (isCreditContext(win)) return true;
  const after = win.after.toLowerCase();
  if (AFTER_VERB.test(after)) return true;
  const before = win.before.replace(POSSESSIVE_PLACE, '').replace(DESCRIBED_AS, '').toLowerCase();
  if (BEFORE_VERB.test(before) || BEFORE_POSSESSIVE_NOUN.test(before) || TOLD_FR.test(before)) return true;
  if (fullName && BEFORE_VERB_OTHER.test(before)) return true;
  if (AFTER_NOUN.test(after) && (BEFORE_ARTICLE.test(before) || /['’]s?\s/.test(after.slice(0, 3)))) return true;
  return false;
}
