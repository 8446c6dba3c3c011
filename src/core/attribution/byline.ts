// Who wrote the story, as a reader would write it: people only, no "By", dates, job titles or outlets.
// Agencies are never authors: "By JANE DOE, Associated Press Writer" is Jane Doe (the AP is the original);
// several authors are kept whole ("A and B", "A, B and C").
import { BY } from '../evidence/credit-forms.ts';
import { DOMAIN_NAME, isKnownWire, knownWireSuffix, outletShape, stripRole, withoutPlace } from '../evidence/outlet-shapes.ts';
import { compactKey, sameOutlet, type OutletLike } from '../outlet-names.ts';
import { findOutletByName, outletNameSuffix, type NameContext } from '../outlets/index.ts';
import { MONTH_PREFIXES, MONTH_WORD, norm } from '../text.ts';
import { cjkNoName, tooShortForName } from './cjk-names.ts';

/** Lower-case words inside a person's name: "Jan de Vries", "Ursula von der Leyen", "Osama bin Laden". */
const NAME_PARTICLES = 'de|da|das|del|della|der|den|des|di|do|dos|du|la|le|el|van|von|al|bin|ibn|ter|ten|zu';
/** Words joining names: "Alexandria Sage et Lisa Girion". */
const NAME_JOINERS = 'and|und|et|y|e';
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** A full name: two to four capitalised words, particles between. */
const FULL_NAME = `${NAME_WORD}(?:\\s+(?:(?:${NAME_PARTICLES})\\s+)*${NAME_WORD}){1,3}`;
/** A line of full names only, joined by commas or "and", "et", "und", "y", "e": what a byline or a signature holds. */
export const NAMES_ONLY = new RegExp(`^${FULL_NAME}(?:(?:,\\s+|\\s+(?:${NAME_JOINERS})\\s+)${FULL_NAME})*$`, 'u');

/** Dates, weekdays, times and their glue at the start of a line. */
const LEADING_DATE =
  /^(?:\s|[|·•,:\-–—]|\b(?:posted|published|updated|on|at|le|am|el)\b|\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?,?|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\d{1,4}(?:st|nd|rd|th)?[./\-年月日時分]?|(?:\b|(?<=\d))[ap]\.?m\b\.?|\b(?:[A-Z]{1,3}T|ET|UTC|GMT)\b)+/i;
const GENERIC =
  /^(?:(?:the|la|le|die|el|a)\s+)?(?:staff|staff writer|staff reporter|staff reports?|editor|editors|editorial|editorial staff|editorial board|admin|administrator|newsroom|news desk|web desk|desk|correspondent|agencies|agency|agencia|agencias|agência|agências|agence|agences|agenzia|agenzie|agentur|agenturen|wires?|wire services?|guest|contributor|anonymous|unknown|news|nachrichten|noticias|notícias|notizie|nieuws|nouvelles|actualités|nyheter|team|redaktion|rédaction|redacción|redação|redazione|redactie|the editors|organization|follow author|authors?|filed|lesedauer|collectif|collective|today|yesterday|heute|gestern|hoy|ayer|by|von|por|par|door)$|\b(?:wire services?|wire reports?|staff reports?|news services?|editorial|desk|staff|admin|administrator)$/i;
/**
 * Interface words that run into a byline: "Follow on Twitter", "More from …", "View author archive", a screen
 * reader's label for the writer's links ("Daniel Todd · Social Links Navigation", itpro.com).
 */
const UI_TAIL =
  /\s*(?:\b(?:follow|folgen|suivre|seguir|volgen|more from|more stories by|all stories by|view author|see all|send email|email|subscribe|contact|twitter|facebook|instagram|linkedin|social links|social media|navigation|close|cancel|biography|full bio|full profile|bio|profile|view comments|font size|print|e-mail)\b|@\w|\b(?:edited|photographs?|photos?|illustrations?|graphics?|videos?|translated|interviews?) by\b).*$/i;
/** Job titles a name may be followed by without a comma ("Lynne Eldridge MD Lung Cancer Expert"). */
const ORG_WORD =
  /^(?:Images|Pictures|Photography|Group|Inc\.?|LLC|Ltd\.?|Media|Network|Company|Books|Press|News|Times|Post|Magazine|Agency|Service|Services|Project|Foundation|Institute|University|College|Dealer|Journal|Tribune|Herald|Gazette|Review|Daily|Weekly|Online|Digital|Studios?|Productions?|Staff|Desk|Team|Newsroom|Wire|Newswire|Syndicate|Software|Investors|Capital|Partners|Holdings|Corporation|Corp\.?|Technologies|Systems|Solutions|GmbH|AG|Rundfunk)$/;
const LETTER_WORD = /^(?:MD|PhD|Ph\.D\.?|RN|RD|RDN|MPH|MS|MA|DVM|JD|MBA)$/;
const JOB = /^(?:writers?|reporters?|developers?|engineers?|correspondents?|editors?|columnists?|commentators?|journalists?|presenters?|contributors?|staff|producers?|analysts?|chief|photographers?|intern|fellow|technologist|expert|professor|director|manager|officer|researcher|scientist|specialist|consultant|founder|president|chairman|ceo|author|blogger|host|anchor|critic|[a-z]+-at-large|[a-zäöü]*(?:redakteur|korrespondent)(?:in)?)$/i;
/** Two to four capitalised words, or several such names joined by "and": what a person's name looks like. */
const PERSONISH = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|und|et|y|e|&)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)*$/u;
/** A reading time, wherever the template puts it: "5 Min Read", "8 min read", "Lesedauer: 8 Minuten". */
const READING_TIME = /\b(?:lesedauer|lesezeit|reading time|read time|temps de lecture|tiempo de lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten|utes?|\.)?)?|\b\d+\s*min(?:ute)?s?\.?\s+(?:read|lesen|de lecture|de lectura)\b/gi;
/** A date line's label in the languages of the vocabulary, to the end of the line. (`\b` would not end "publié".) */
const PUBLISHED_LABEL =
  /\s*(?:(?:last )?(?:updated|published|posted|issued)\b|(?:veröffentlicht|aktualisiert|publié|mis à jour|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?=[\s:]|$)).*$/i;
/** A weekday, written out or cut short before a date ("Mon., Dec. 3", "Tue 12"), to the end of the line. */
const WEEKDAY_ON = new RegExp(
  String.raw`\s*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?(?=\s*(?:\d|(?:${MONTH_PREFIXES})[a-z]*\b))).*$`,
  'i',
);
/** A month and a day and what follows them ("Dec. 3, 2016 …"), to the end of the line. */
const MONTH_DAY_ON = new RegExp(String.raw`\s*\b${MONTH_WORD} \d{1,2}(?:st|nd|rd|th)?\b.*$`, 'i');
/** A capitalised place, perhaps its state, and the dash a dateline ends with: "AUBURN, Wash. —", "WASHINGTON —". */
const DATELINE_ONLY = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,(?:\s+[\p{L}.]+){1,3})?\s*(?:[—–]|--)$/u;
/** "CORINNE HALVORSEN and DALE WHITCOMB" → "Corinne Halvorsen and Dale Whitcomb"; names in ordinary case are kept. */
function titleCaseIfShouting(name: string): string {
  const words = name.replace(/\s(?:and|und|et|y|e)\s/g, ' ');
  if (words !== words.toUpperCase() || !/\p{Lu}{2}/u.test(words)) return name;
  return name
    .split(/(\s(?:and|und|et|y|e)\s)/)
    .map((part, i) => (i % 2 ? part : part.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join('')
    // Particles inside a name stay lower-case: "KIMIKO DE FREYTAS-TAMURA" → "Kimiko de Freytas-Tamura".
    .replace(/(?<=\S\s)(\p{Lu}\p{Ll}{0,3})(?=\s)/gu, (w: string) => (PARTICLE.test(w.toLowerCase()) ? w.toLowerCase() : w));
}

/** A part of a byline that is an outlet or a job title, not a person. */
function notAPerson(part: string, context: NameContext): boolean {
  const p = part.trim();
  if (!p) return true;
  const withoutRole = stripRole(p);
  // A job title ends in a role ("AP National Security Writer", "Senior Staff Technologist"), an organisation in
  // what it is ("Northeast Ohio Media Group", "Foster Books"); a person's name does neither, nor starts with "The".
  const last = p.split(/\s+/).pop() ?? '';
  if (!withoutRole || withoutRole !== p || JOB.test(last) || ORG_WORD.test(last) || /^the\s/i.test(p)) return true;
  return !!outletShape(withoutRole) || !!findOutletByName(withoutRole, context) || GENERIC.test(withoutRole);
}

/** A role after a name in Chinese, Japanese or Korean ("山田太郎記者", "김철수 기자", "张三 报道"). */
const CJK_ROLE_AFTER = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2})\s*(?:記者|记者|기자|特派員|特派员|특파원|編集委員|报道|報道)$/u;

/** "By John Roe / AP" → "John Roe"; "By JANE DOE, Associated Press Writer" → "Jane Doe"; null when no person is left. */
export function cleanByline(raw: string | null | undefined, context: NameContext = {}, site?: OutletLike): string | null {
  if (!raw) return null;
  // Punctuation and a print-only label a template puts first (", by X", "Print X | x@site.com").
  // A dateline standing where the byline would ("AUBURN, Wash. —", voanews.com) names a place, not a writer.
  if (DATELINE_ONLY.test(norm(raw))) return null;
  // An address in angle brackets after the name ("Bradley M. Kuhn <bkuhn@ebb.org>", in an <address>).
  let s = norm(raw).replace(/\s*<[^<>\s]+@[^<>\s]+>/g, '').replace(READING_TIME, ' ').replace(/^[\s,;:|·•–—-]+/, '').replace(/^print\s+(?=\p{Lu})/iu, '');
  // The name twice, the print copy run into the visible byline: "Joanne Anderson By Joanne Anderson The …".
  s = s.replace(/^(\p{Lu}[^|·]{2,60}?)\s+[Bb]y\s+(?=\1)/u, '');
  // A column's name before the byline: "Deal Professor By STEVEN DAVIDOFF SOLOMON", "Market Watch By Dana Reyes".
  s = s.replace(/^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s+(?=By\s+\p{Lu})/u, '');
  // "By Our Foreign Staff", "Our Correspondent", "Our Bureau": the paper's own desk, no person.
  if (/^(?:by\s+)?our\s/i.test(s)) return null;
  // A name in CJK brackets ("《KT》") is an editor's mark, not a byline.
  if (/^https?:\/\//i.test(s) || s.length > 200 || /^[《【「『〈]/.test(s)) return null;
  // Source and credit labels, and names glued together without spaces ("TAGSIMDHeatwave"), are not bylines.
  if (/^(?:sources?|via|courtesy|credits?|photos?|fotos?|bild|images?|imagen|tags?|topics?|provided by|distributed by|quelle|fuente|fonte)\b/i.test(s) || /\p{Ll}\p{Lu}\p{Ll}.*\p{Ll}\p{Lu}/u.test(s.split(/[\s,]/)[0] ?? '')) return null;
  // A date or label before the byline ("05/10/2018 - Publicado por: Clarissa Borba").
  s = s.replace(/^.{0,40}?\b(?=(?:publicado|escrito|publié|écrit|veröffentlicht|geschrieben) (?:por|par|von)\b)/i, '');
  // A date before the name, parted from it by a bar or "by" ("August 18, 2010 | Anthony Ha", "Wednesday January 18,
  // 2017 10:44 am PST by Juli Clover").
  const lead = LEADING_DATE.exec(s)?.[0] ?? '';
  const rest = s.slice(lead.length);
  // A date that ends in a clock time is complete ("December 15, 2016 · 3:33 PM ET Rebecca Hersher", npr.org).
  const timed = /\d:\d\d\s*(?:[ap]\.?m\b\.?)?\s*(?:[A-Z]{1,3}T|ET|UTC|GMT)?\s*$/i.test(lead) && /^\p{Lu}/u.test(rest);
  if (/\d/.test(lead) && rest && (/[|·•]\s*$/.test(lead) || /^(?:by|par|von|por)\s/i.test(rest) || timed)) s = rest.replace(/^(?:by|par|von|por)\b[:\s]*/i, '');
  // "dpa/AFP", "AFP/Reuters": agencies set together, no person.
  if (s.includes('/') && s.split('/').every((p) => isKnownWire(p.trim()))) return null;
  // "Reportagem de Ana Souza", "Texto de …": a genre and "de" before the name (Portuguese, Spanish).
  s = s.replace(/^(?:reportagem|reportaje|texto|crônica|crónica|entrevista|análise|análisis|artigo|artículo)\s+de\s+(?=\p{Lu})/iu, '');
  // "Posted by X"; "By · X", "ByX" (a label and a name run together by a template).
  s = s.replace(/^(?:posted|submitted)\s+by[:\s]+/i, '').replace(/^by\s*[·•|:.]\s*(?:by\s+)?/i, 'By ').replace(/^[Bb]y(?=\p{Lu}\p{Ll})/u, 'By ');
  // "About the Author: Kate Davidson" (politico.com): an author box's heading run into its name (cbc.ca, kinja.com and
  // sciencefly.com head the same box so).
  s = s.replace(/^(?:(?:story|written|words|reporting|reported|text|photos? and text|analysis|opinion|commentary|review|perspective|column|essay|kommentar|ein kommentar|analyse|gastbeitrag|reportage|interview|chronique|tribune|publicado|escrito|firmado|firmada|signed|publié|écrit|veröffentlicht|geschrieben)\s+)?(?:by|von|por|par|door|di|af|av)[:\s]+|^(?:text|texto|texte|текст|teksti|autor|author|curator|reporter)\s*:\s*|^about the author\b\s*:?\s*(?=\p{Lu})|^(?:投稿者|著者|筆者|作者)(?:\s*[:：︱|｜/／]\s*|\s+)|^(?:文|記者|记者|撰文|執筆|本报记者|本報記者|기자)(?:\s*[:：︱|｜/／●・]\s*|\s+)(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/iu, '');
  // A role after a name in Chinese, Japanese or Korean ("山田太郎記者", "김철수 기자", "张三 报道"); the role alone
  // names no one and stays for the checks below.
  s = s.replace(CJK_ROLE_AFTER, '');
  // Any other one-word label closed by a colon before a name ("Redaktion: Roman Warschauer und Marcel Sommer",
  // hessenschau.de): the names stay, the label goes. Source and picture labels have returned null above.
  s = s.replace(/^\p{L}+\s*[:：]\s*(?=\p{Lu})/u, '');
  // "By The Associated Press and Jane Roe": a wire named first among the authors is where the story came from, no author.
  const leadWire = /^(.{2,40}?)\s+(?:and|&)\s+(?=\p{Lu})/u.exec(s);
  if (leadWire && isKnownWire(leadWire[1]!)) s = s.slice(leadWire[0].length);
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the co-authors in brackets are authors too.
  const withWhom = /\s*\((?:with|avec|mit|con|com)\s+([^)]+)\)/i.exec(s);
  const coAuthors = withWhom ? withWhom[1]!.split(/\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/i).filter(Boolean) : [];
  if (withWhom) s = s.replace(withWhom[0], '');
  // "Le Figaro avec AFP", "A. D. avec AFP" (lefigaro.fr, huffingtonpost.fr, europe1.fr, bfmtv.com): the newsroom, or
  // its writer's initials, with an agency's material; the agency is no co-author. "Jane Doe via AP": the agency that
  // carried the writer's story, no co-author either.
  const withAgency = /\s+(?:avec|mit|con|com|with|via)\s+(?:l['’]\s*)?(\S.*)$/i.exec(s);
  if (withAgency && (/^agences?$/i.test(withAgency[1]!) || isKnownWire(withAgency[1]!))) {
    s = s.slice(0, withAgency.index);
    // "FRANCE 24 with AFP": the newsroom itself, no person.
    if (findOutletByName(s, context)) return null;
  }
  // "From staff and wire reports", "From Associated Press reports": a desk's credit, no person.
  if (/^from\s.*\breports$/i.test(s)) return null;
  s = s.replace(/,?\s*special (?:to|for)\b.*$/i, '');
  const marked = markedCoAuthors(s, context, site);
  if (marked) return marked;
  // A full-width slash parts a name from its desk without spaces ("オカモト／ascii編集部", weekly.ascii.jp).
  s = s.split(/\s+[/|]\s+|\s+[-–—]\s+|\s*\|\s*|\s*·\s*|\s*／\s*|\s+for\s+(?=\p{Lu})/u)[0] ?? '';
  // The role again, now that what followed it is gone ("류영상 기자 · 입력 : 2020.07.07", mk.co.kr).
  s = s.replace(CJK_ROLE_AFTER, '');
  s = s.replace(UI_TAIL, '').replace(/\s+(?:イラスト|写真|撮影|翻訳者?|編集)(?:\s|[:：]).*$/u, '');
  // A handle or an address names an account; "@ 11:10 PM" after a date is a clock time ("Joe Wee Monday, February 29,
  // 2016 @ 11:10 PM UTC", simplyfound.com; "| Friday June 7, 2013 @ 6:43pm EDT", deadline.com).
  if (/@(?!\s*\d)/.test(s)) return null;
  s = s.replace(/\s*\((?:[^)]*)\)\s*$/, '');
  // The site's address after the name ("By Arnold Saba gulflive.com", an Advance Local site's video page).
  s = s.replace(/(?<=\p{L}{2})\s+(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.[a-z]{2,6}$/u, '');
  // "Published …", "Veröffentlicht am …", "Publié le …", "Actualizado el …": a date line's label, never a name.
  s = s.replace(PUBLISHED_LABEL, '');
  // A weekday and what follows it; a name that merely starts so stays ("Monika Bolliger", "Sunil Gupta", "Friedrich …").
  s = s.replace(WEEKDAY_ON, '');
  s = s.replace(MONTH_DAY_ON, '');
  // A digit run into a word is a handle or a code ("rmb8090"), not a name; after a comma it is the desk's or the
  // outlet's ("Catarina Costa, g1 PI", globo.com's regional desks), which goes with what follows it.
  s = s.replace(/\s*,[^,\d]*\p{L}\d.*$/u, '');
  if (/^[^\d]*\p{L}\d/u.test(s)) return null;
  s = s.replace(/\s*\d.*$/, '');
  // A month run into the name by a template without a space ("Teresa NewsomeDec 3, 2016" once the day is gone).
  s = s.replace(/(?<=\p{Ll})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/u, '');
  // A handle after the name ("Stephen Morris sjhmorris"): a name's words are capitalised.
  // A job title's last word is not a handle ("Tom Gillespie News reporter").
  s = s.replace(/^((?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’.-]*)\s+([\p{Ll}\d_]+)$/u, (all, name: string, tail: string) => (JOB.test(tail) ? all : name));
  s = s.replace(/\s+(?:on|at|in|for|by|le|el|am|em|il|před|den)$/i, '');
  s = withoutPlace(s);
  // ", Associated Press Writer" / ", Reuters" / ", Staff Writer": evidence for the original, not part of the name;
  // the names end at the first part that is not a name ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU …").
  // The last of several names may keep its serial comma: "A, B, and C, CNN".
  // "HNN Staff", "Motley Fool Staff", "Science X staff": a desk's credit, no person.
  const head = s.split(',')[0]!.trim();
  if (/^(?:\S+\s+){1,3}(?:staff|team|desk|newsroom)$/i.test(head) && !/\s(?:and|&)\s/i.test(head)) return null;
  const parts = s.split(/\s*,\s*/).filter(Boolean).map((p, i) => (i ? p.replace(/^(?:and|&)\s+(?=\p{Lu})/u, '') : p));
  // "PTI, Washington": an agency and a place, no person.
  if (parts.length > 1 && (outletShape(parts[0]!) || findOutletByName(parts[0]!, context))) return null;
  let kept = 1;
  const nameLike = (p: string): boolean => PERSONISH.test(p) && (/\s/.test(p.trim()) || parts.length > 2);
  while (kept < parts.length && !notAPerson(parts[kept]!, context) && !outletLed(parts[kept]!, context, site) && nameLike(parts[kept]!)) kept++;
  s = stripRole(parts.slice(0, kept).join(', ')).replace(/[\s,;:.·•–—-]+$/, '').trim();
  // Letters after a name start its description: "Lynne Eldridge MD Lung Cancer Expert".
  const words = s.split(/\s+/);
  const letters = words.findIndex((w, i) => i >= 2 && LETTER_WORD.test(w));
  if (letters > 0) s = words.slice(0, letters).join(' ');
  // "Kevin Johnson and Kevin McCoy USA TODAY": an outlet's name run into the last author's.
  const wire = knownWireSuffix(s) ?? outletSuffix(s, context);
  // "Jane Doe of The Associated Press", "Jane Doe and The Associated Press": the words that tied the name to the
  // outlet go with it.
  // A surname that is also an agency's name stays: "Arnold Saba" (gulflive.com) is no Arnold of Yemen's Saba agency;
  // a given name alone is nobody's byline.
  const named = wire ? s.slice(0, s.length - wire.length).trim().replace(/\s+(?:of|of the|from|from the|and|&)$/i, '') : s;
  if (wire && wire.length < s.length && (/\s/.test(named) || !/^\p{Lu}\p{Ll}+$/u.test(named) || GENERIC.test(named))) s = named;
  // A name in quotes is a title: "‘Sway’" (a podcast's name where nytimes.com's podcast pages put the byline). One word
  // with a capital after a whole word inside is a brand ("HackerRank" as a release's author on prnewswire.com,
  // "TechCrunch"), not a name ("MacKenzie", "LeBron", "DeShawn").
  if (/^(?:the|by|and|of)$/i.test(s) || notAPerson(s, context) || /^[‘“"'«„][^‘’“”"'«»„]+[’”"'»“]$/.test(s) || /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+$/u.test(s)) return null;
  // Two CJK characters make a name ("深海"); a desk's word in that script ("小编", "編集部") is none.
  if (tooShortForName(s) || s.length > 120 || GENERIC.test(s) || cjkNoName(s) || !/\p{L}/u.test(s)) return null;
  // A login in lower case ("jdadmin", "kei_eno", "mcupdate") is an account, not the name a reader knows.
  if (/^[\p{Ll}\d_.-]+$/u.test(s)) return null;
  if ((site && sameOutlet({ name: s }, site) && !ownersSite(s, site)) || DOMAIN_NAME.test(s) || sentence(s)) return null;
  // Several authors are written one way: "A and B", "A, B and C".
  // A desk or the agencies among the authors is none of them: "Olivia Solon and agencies" (theguardian.com).
  const names = [...s.split(/\s*,\s*|\s+(?:and|&)\s+/), ...coAuthors.map((n) => n.trim())].filter((n) => n && !GENERIC.test(n)).map(titleCaseIfShouting);
  return joinNames(names);
}

/**
 * A person's name that is the address of the site, its owner's: "Anisse Astier" on anisse.astier.eu, "Franco
 * Fernando" on newsletter.francofernando.com, or an account on a blog host ("Erik Engheim" on
 * erik-engheim.medium.com, "Jacob Brazeal" on jacobbrazeal.wordpress.com) whatever the site calls itself. A site with
 * a name of its own at its own address ("Hot Air" at hotair.com, "Der Postillon" at der-postillon.com, even where its
 * record types that name as a Person) is an outlet. A site the directory lists is an outlet, a group's name ("Android
 * Developers") no person, and neither is a writer.
 */
function ownersSite(name: string, site: OutletLike): boolean {
  if (site.id || !NAMES_ONLY.test(name) || notAPerson(name, {})) return false;
  // The whole name is the address's first label or all its labels but the last ("Apartment Therapy Submissions" on
  // apartmenttherapy.com is a desk's; "Graiul Maramureşului" on graiul.ro a paper's full name).
  const key = compactKey(name);
  const labelsOf = (host: string | undefined): string[] => (host ?? '').toLowerCase().replace(/^www\./, '').split('.');
  const bare = DOMAIN_NAME.test(site.name);
  if (bare) {
    const labels = labelsOf(site.name);
    if (key === compactKey(labels[0]!) || key === compactKey(labels.slice(0, -1).join(''))) return true;
  }
  const domain = labelsOf(site.domain);
  return (bare || domain.length >= 3) && !!domain[0] && key === compactKey(domain[0]);
}

/**
 * A byline naming a desk, an agency or an account and no person ("por Agencias", "Firmado por Redacción", "Por User
 * Admin", "By The Associated Press"): the page's own word that nobody by name wrote the story.
 */
export function namesNoOne(raw: string, context: NameContext = {}): boolean {
  const s = norm(raw).replace(BY, '').replace(/[.,;:]+$/, '').trim();
  return !!s && (GENERIC.test(s) || isKnownWire(s) || !!findOutletByName(s, context));
}

/** Words of a link or a button beside a byline ("View More Articles", "Read Full Bio"), never of a name. */
const LINK_WORDS = /\b(?:view|more|articles?|stories|posts|read|follow|share|e-?mail|contact|bio)\b/i;

/** A full name opening a part: two capitalised words, particles between ("Emilio de Benito"). */
const FULL_NAME_START = new RegExp(`^${NAME_WORD}\\s+(?:(?:${NAME_PARTICLES})\\s+)*\\p{Lu}`, 'u');

/**
 * Co-authors set apart by a slash or a middle dot: "Paul Wiseman · Fatima Hussein, The Associated Press"
 * (investmentexecutive.com), "María R. Sahuquillo / Emilio de Benito" (elpais.com, without its dateline); a one-word section label before
 * them is not one ("Politik · Jochen Bittner, Tina Hildebrandt", zeit.de). Null unless two or more full names (or
 * a label and names) are set apart so: an outlet, a role, a date or a single word after the mark ends the names
 * ("John Roe / AP", "Tom Smith · Politics", "Jane Roe · 3 min read").
 */
function markedCoAuthors(s: string, context: NameContext, site?: OutletLike): string | null {
  // A list's own marks stay with the names they follow ("Mariana Lenharo,", "Davide Castelvecchi &", nature.com).
  const parts = s.split(/\s+\/\s+|\s*·\s*/).map((p) => p.trim().replace(/\s*(?:,|&|\band)$/, ''));
  if (parts.length < 2 || parts.length > 12) return null;
  // A date run into a name leaves its end in doubt ("Emilio de Benito Madrid 27 OCT 2012": a place or a surname?).
  // A part is a name, with an outlet or a role after a comma at most: not a bio's sentence, not a link's words.
  const fullName = (p: string): string | null => {
    if (!FULL_NAME_START.test(p) || /\d/.test(p) || LINK_WORDS.test(p)) return null;
    const name = cleanByline(p, context, site);
    // The part is that name, with interface words after it at most ("Sarah Gonzalez Twitter", npr.org).
    return name && splitNames(name)[0]!.toLowerCase() === p.split(',')[0]!.replace(UI_TAIL, '').trim().toLowerCase() ? name : null;
  };
  const first = fullName(parts[0]!);
  // A label is one word; anything longer that is no name is not a list of authors.
  if (!first && !/^\p{Lu}\p{L}+$/u.test(parts[0]!)) return null;
  const names = first ? [first] : [];
  for (const part of parts.slice(1)) {
    // Between names: a footnote mark or the ellipsis of a folded list ("Xiaoying You · 0 · Mariana Lenharo",
    // nature.com), or the role of the name before ("Lucy Thornton · News Reporter · Tim Hanlon", mirror.co.uk).
    if (names.length && (/^[\d*†‡…. ]*$/.test(part) || (part.split(/\s+/).length <= 4 && JOB.test(part.split(/\s+/).pop()!)))) continue;
    const name = fullName(part);
    if (!name || names.includes(name)) break;
    names.push(name);
  }
  if (names.length < (first ? 2 : 1)) return null;
  return joinNames(names.flatMap(splitNames));
}

/** A part led by an outlet's name, or that name alone: "CNN Editor-at-large", "GalTime Entertainment Diva" (a title at the site), "KXAN". */
function outletLed(part: string, context: NameContext, site?: OutletLike): boolean {
  const words = part.trim().split(/\s+/);
  for (let i = 1; i <= words.length && i <= 3; i++) {
    const head = words.slice(0, i).join(' ');
    if (findOutletByName(head, context) || (site && sameOutlet({ name: head }, site))) return true;
  }
  return false;
}

/** Lower-case words a byline's names may hold: "and", "van der", "de la", "bin", "af". */
const PARTICLE = new RegExp(`^(?:${NAME_JOINERS}|${NAME_PARTICLES}|af|av)$`);

/** A sentence in a byline slot ("Because his heart will go on", a subheadline): mostly lower-case words. */
function sentence(s: string): boolean {
  const words = s.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLE.test(w)).length;
  return lower >= 3 && lower * 2 > words.length;
}

/** The last words of a byline that name an outlet in the directory or look like one ("… USA TODAY", "… Florida Today"). */
function outletSuffix(s: string, context: NameContext): string | null {
  const words = s.split(/\s+/);
  const known = outletNameSuffix(s, context);
  // A tail of two words or more shaped like an outlet's name wins when it starts before the directory's match.
  const end = known ? words.length - known.name.split(' ').length : words.length - 1;
  for (let i = Math.max(2, words.length - 5); i < end; i++) {
    const tail = words.slice(i).join(' ');
    if (/^\p{Lu}/u.test(tail) && outletShape(tail) === 'shaped') return tail;
  }
  return known?.name ?? null;
}

/** "A, B and C": several authors kept whole. */
export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)];
  if (!unique.length) return null;
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** The names of a list `joinNames` wrote: "A, B and C" → ["A", "B", "C"]. */
export const splitNames = (joined: string): string[] => joined.split(/, | and /);
