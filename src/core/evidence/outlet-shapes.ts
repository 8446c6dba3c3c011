// Does a name found in a credit position name a news outlet? Without the directory (the content script does not
// load it): the wires and agencies the directory knows, shipped as a small generated list, and the shape of an
// outlet's name ("… News", "… Times", "Agence …"). Names of people, desks, parent companies and data sources fail.
import wires from './wires.generated.json';
import { compactKey } from '../outlet-names.ts';
import { shortFormOfCapitals } from '../outlets/keys.ts';

export type OutletShape = 'known' | 'shaped';

let names: Set<string> | null = null;
let shorts: Set<string> | null = null;

function lists(): [Set<string>, Set<string>] {
  if (!names || !shorts) {
    names = new Set(wires.names.map(compactKey));
    shorts = new Set(wires.short);
  }
  return [names, shorts];
}

/**
 * The directory knows the name as a wire or agency: names in any case, short forms ("AP", "AFP") with their exact
 * case only, or set in capitals as credit lines set names ("Bron: BELGA" for "Belga", a short form because "belga" is
 * a word in Spanish and Portuguese).
 */
export function isKnownWire(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').trim();
  const short = lists()[1];
  const capitals = shortFormOfCapitals(bare);
  return short.has(bare) || isWireName(name) || (!!capitals && short.has(capitals));
}

/** The directory knows the name as a wire's full name ("Reuters", "dpa", "Associated Press"), not only as a short form ("Petra", "Trend"). */
export function isWireName(name: string): boolean {
  return lists()[0].has(compactKey(name.replace(/^the\s+/i, '').trim()));
}

// The last word of most outlets' names says what they are; Romance-language agencies start with it, and Arabic
// names with the kind of outlet ("وكالة …" agency, "صحيفة …" newspaper) or end in "نت" (net) or "نيوز" (news).
const OUTLET_WORD =
  /(?:^|\s)(?:News|Newswire|Newsroom Wire|Online|Press|Presse|Prensa|Times|Post|Herald|Journal|Tribune|Gazette|Chronicle|Observer|Telegraph|Telegraaf|Standard|Express|Mail|Examiner|Monitor|Dispatch|Inquirer|Courier|Courant|Register|Bulletin|Magazine|Daily|Today|Insider|Radio|TV|Television|Broadcasting|Zeitung|Nachrichten|Rundschau|Anzeiger|Kurier|Noticias|Notícias|Diario|Diário|Jornal|Quotidien|Nouvelles|News Agency|Press Agency|News Service|Wire Service)$|^(?:Agence|Agencia|Agência|Agenzia|Agentur) |-TV$|\s(?:نت|نيوز|برس)$|^(?:وكالة|صحيفة|جريدة|قناة) \S|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af](?:日报|日報|晚报|晚報|时报|時報|新闻网|新聞網|新闻|新聞|通讯社|通訊社|通信社|电视台|電視台|放送|일보|신문|뉴스|통신)(?:海外版|网|網|デジタル|电子版)?$/;
/** A company's legal form ending its name: "Living Media India Limited", "Bloomberg L.P.", "Axel Springer SE". */
const LEGAL_FORM = String.raw`Inc|LLC|LLP|Ltd|Limited|Pvt|plc|Corp|Corporation|Company|Co|GmbH|AG|SE|S\.A|S\.p\.A|Srl|B\.V|N\.V|Pty|L\.?P`;
/** A company's name, by its legal form: the owner of a site or of the rights, not a newsroom. */
export const COMPANY = new RegExp(String.raw`\b(?:${LEGAL_FORM})\b\.?$`, 'i');
/** Corporate owners, data sources and desks: named in the same places, but not the outlet that reported. */
const NOT_AN_OUTLET = new RegExp(
  String.raw`\b(?:${LEGAL_FORM}|Holdings|Group|Foundation|Ministry|Department|Bureau|Office|Institute|Statistics|Survey|Census|Commission|Council|University|Police|Government|Data|Research|Reports?|Desk|Staff|Newsroom|Agencies|Team)\b\.?$|^(?:TV|News Service|Wire Service|Web Desk|News Desk)$`,
  'i',
);

/** One capitalised word, "The" before it at most ("Courier", "The Times", "News"): a kind of outlet, no outlet in particular. */
const BARE_KIND = /^(?:[Tt]he\s+)?[A-Z][a-z]+$/;

/** A site's address standing for its name: "AllBusiness.com", "SyndiGate.info", "www.courtneykirchoff.com". */
export const DOMAIN_NAME = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$/i;

/** 'known', 'shaped' or null. */
export function outletShape(name: string): OutletShape | null {
  const n = name.trim();
  if (n.length < 2 || n.length > 60) return null;
  if (isKnownWire(n)) return 'known';
  if (NOT_AN_OUTLET.test(n) || n.split(' ').length > 7) return null;
  // Bylines and rights lines often set the name in capitals ("Jane Doe, USA TODAY", "© 2024 THE DAILY MAIL"): read
  // its words as they are usually written.
  const words = /[a-z]/.test(n) ? n : n.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase());
  if (DOMAIN_NAME.test(n)) return 'shaped';
  // The kind of outlet alone ("Courier Staff Writer", "Chronicle Staff Writer", "The Times"): a paper's short name
  // for itself, which names no outlet in particular.
  if (BARE_KIND.test(words)) return null;
  return OUTLET_WORD.test(words) ? 'shaped' : null;
}

/**
 * The known wire a line ends with, when a name runs into it without a separator ("Tom Davies Associated Press",
 * "Narayana Kocherlakota Bloomberg"): the longest run of final words the directory lists as a wire. A wire's one-word
 * name after a lone given name is a surname ("Michael Bloomberg", "Arnold Saba").
 */
export function knownWireSuffix(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  for (let i = Math.max(1, words.length - 4); i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (isKnownWire(tail)) return tail;
  }
  return null;
}

const ROLE_CORE = /^(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?|staff|producers?|analysts?|chief|photographers?|intern|fellow)$/i;
const ROLE_WORD =
  /^(?:senior|staff|chief|special|contributing|political|business|sports?|foreign|national|international|associate|managing|executive|deputy|science|medical|health|economics|technology|tech|entertainment|legal|diplomatic|investigative|digital|multimedia|news|bureau|white|house|wall|street|supreme|court|video|photo|data)$/i;

/** Titles that open a job description after a name ("Andrea Stone Senior Washington Correspondent"). */
const ROLE_OPENER = /^(?:senior|chief|staff|special|contributing|associate|deputy|executive|managing|assistant)$/i;
/** Academic and other letters after a name: "By Brenda Goodman, MA". */
const LETTERS = /^(?:MA|MS|MSc|BA|BSc|MD|PhD|Ph\.D\.?|RN|RD|RDN|LD|CDE|DVM|PharmD|MSW|LCSW|CPT|MPH|DO|JD|MBA|Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A Portuguese, Spanish or French title before the outlet, or the outlet's preposition alone: "Repórter da Agência
 * Brasil" and "da Agência Brasil" (the agency's byline as republishers show it), "Corresponsal de EFE".
 */
const ROLE_OF =
  /^(?:(?:rep[óo]rter|correspondente|enviad[oa] especial|corresponsal|redactor|redactora|periodista|jornalista|correspondant|correspondante)\s+)?(?:d[ao]s?|del?|de la|de l['’]|du)\s+(?=[A-ZÀ-Þ])/i;

/**
 * A byline without where its writer was or what the post is filed under: "Helena Smith in Athens and Jon Henley in
 * Paris" → "Helena Smith and Jon Henley", "Associated Press in Valencia" (theguardian.com) → "Associated Press",
 * "Michael Larabel in Valve" (phoronix.com) → "Michael Larabel". Up to three capitalised words, then a comma, "and"
 * or the end; a name's own particle is not capitalised ("Sophie in 't Veld").
 */
export function withoutPlace(byline: string): string {
  return byline.replace(IN_PLACE, '');
}
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=\s*(?:,|\s(?:and|&)\s|$))/gu;

/**
 * A byline part without its job title and letters: "AP Business Writer" → "AP", "Jane Doe Staff Writer" →
 * "Jane Doe", "Andrea Stone Senior Washington Correspondent" → "Andrea Stone", "MA WebMD Health News" → "WebMD Health News",
 * "Repórter da Agência Brasil" → "Agência Brasil".
 */
export function stripRole(part: string): string {
  const words = part.trim().replace(ROLE_OF, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && LETTERS.test(words[0]!)) words.shift();
  while (words.length > 1 && LETTERS.test(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  let n = words.length;
  if (!n || !ROLE_CORE.test(words[n - 1]!)) return words.join(' ');
  n--;
  while (n > 0 && (ROLE_WORD.test(words[n - 1]!) || ROLE_CORE.test(words[n - 1]!))) n--;
  // A person's name has two words or more; an opener after them starts the job title.
  for (let i = 2; i < n; i++) {
    if (ROLE_OPENER.test(words[i]!)) {
      n = i;
      break;
    }
  }
  return words.slice(0, n).join(' ');
}
