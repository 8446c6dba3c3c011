// Where a story's byline is read: the page's records (JSON-LD, meta tags), the byline the reader sees, a "By …"
// line near the headline, a wire's closing "(Reporting by …)" or a bio line at the end. Each candidate is cleaned
// by cleanByline (byline.ts).
import type { Evidence } from '../evidence/index.ts';
import { meta } from '../evidence/head.ts';
import type { NameContext } from '../outlets/index.ts';
import { BYLINE_LED, norm, unescapeRefs } from '../text.ts';
import { cleanByline, joinNames, NAMES_ONLY, namesNoOne, splitNames } from './byline.ts';
import { cjkName } from './cjk-names.ts';
import { leadWriters } from './lead-writers.ts';
import { ENDS_SENTENCE } from '../extract/text.ts';

const BIO = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+(?:(?:is|was)\s+(?:an?|the)\s+|can be (?:reached|contacted)\b)/u;
/**
 * A Korean story's signature line: the writer's name in Hangul with their role and address ("최윤호 기자
 * uknow@donga.com", donga.com; "칼럼니스트 박생강 pillgoo9@gmail.com", entermedia.co.kr). The role and the address say
 * it is a signature: "제보 tips@…" (a tip-off address) names no one.
 */
const KOREAN_ROLE = '(?:칼럼니스트|논설위원|객원기자|선임기자|편집위원|특파원|기자)';
const KOREAN_SIGNATURE = new RegExp(
  String.raw`^(?:${KOREAN_ROLE}\s+([가-힣]{2,4})|([가-힣]{2,4})\s*${KOREAN_ROLE})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`,
  'u',
);
/** The wire's reporting credit in brackets at a paragraph's end. */
const CLOSING_CREDIT = /\((?:additional )?reporting by[^()]*\)\s*$/i;
const REPORTING = /^\(?\s*(?:Additional )?Reporting by\s+(.+?)(?:;|\s+Editing by|\s+Writing by|\)|$)/i;

/** Authors in the JSON of a parsely-page meta tag. */
function parselyAuthors(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const { authors, author } = JSON.parse(json) as { authors?: unknown; author?: unknown };
    // Older parsely-page records name one author as "author".
    if (!Array.isArray(authors)) return typeof author === 'string' ? [author] : [];
    return authors.filter((a): a is string => typeof a === 'string');
  } catch {
    return [];
  }
}

/** A byline naming every author a record names, and more: the record filled in only the first. */
function namesMore(byline: string, record: string): boolean {
  const shown = splitNames(byline.toLowerCase());
  const listed = splitNames(record.toLowerCase());
  return shown.length > listed.length && listed.every((n) => shown.includes(n));
}

/** A Chinese editor's label and its colon: "责任编辑：", "责编：", "选稿：" (who chose the story). */
const CJK_EDITOR_LABEL = '(?:责任编辑|責任編輯|编辑|編輯|責編|责编|选稿|選稿)\\s*[:：︱|｜]\\s*';
/** A line naming the story's editor: "Editor : Heryadi", "Edited by Jane Roe", "责任编辑：肖春芳". */
const EDITOR_LINE = new RegExp(`^(?:(?:edited|editado|édité) (?:by|por|par)\\s+|(?:editor|editora|redaktur|編集|편집)\\s*[:：︱|｜]\\s*|${CJK_EDITOR_LABEL})(\\S.*)$`, 'i');
/**
 * A Chinese editor's credit anywhere in a line, the desk's notes after the story included: "编辑：倪仕轩 责任编辑：林涛"
 * (southcn.com), "[ 责编：张倩 ]" (gmw.cn), "【责任编辑：刘峻凌】" (china.com.cn). Many Chinese CMSs fill the author meta
 * tag with that editor.
 */
const CJK_EDITOR = new RegExp(`${CJK_EDITOR_LABEL}(\\p{Script=Han}{2,4})`, 'gu');

/** A byline element that is "By X …" whole, in the languages bylines are written in. */
const LABEL_LED = /^(?:By|Por|Par|Von|Door|Di)\s+\p{Lu}/u;

/**
 * The byline the reader sees; authors in separate byline elements ("A", "B") are kept together. `joined` tells that
 * names came from more than one element.
 */
function visibleByline(evidence: Evidence, person: (raw: string) => string | null): { names: string; joined: boolean } | null {
  const visible: string[] = [];
  // One element may hold each author's own "By …" in turn: "Por A 1 de diciembre mluna@… Por B 1 de diciembre …".
  let texts = evidence.lines
    .filter((l) => l.where === 'byline')
    .flatMap(({ text }) => (LABEL_LED.test(text) ? text.split(new RegExp(`\\s+(?=${text.split(/\s/)[0]}\\s+\\p{Lu})`, 'u')) : [text]));
  // Three or more separate "By …" ("Von …", "Por …") elements are the bylines of a rail of other stories, not this
  // story's authors (vogue.de's "Von …" under each teaser).
  const byLabelled = (text: string): boolean => /^by\s/i.test(text) || LABEL_LED.test(text);
  if (texts.filter(byLabelled).length >= 3) texts = texts.filter((t) => !byLabelled(t));
  for (const text of texts) {
    const name = person(text);
    // After the first, only elements that hold just another name ("<a>A</a> and <a>B</a>") or another
    // author's own "By …" (each co-author with a byline line of their own).
    if (visible.length && (!name || !(LABEL_LED.test(text) || /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(norm(text))))) break;
    if (name) visible.push(name);
  }
  return visible.length ? { names: joinNames(visible.flatMap(splitNames).filter(Boolean)) ?? visible[0]!, joined: visible.length > 1 } : null;
}

/** A line that opens with its byline: "By X", "By: X", "Posted by X", "Written by: X", "ByChris X". */
const BY_LED = /^(?:(?:story|written|posted)\s+)?by(?:\s*:\s*|\s+)\p{L}/iu;
const BY_GLUED = /^By(?=\p{Lu}\p{Ll})/u;
/**
 * A byline signed at the story's end, as a line of its own: "-- By Michael Russell" (cleveland.com), "Written by:
 * Karen Benardello" (shockya.com), "Posted by Alon Zakai." (v8.dev). Only a whole short line, and only a name:
 * "By Tuesday, officials had agreed." and "By Mark's account…" are story.
 */
const SIGNED = /^(?:[-–—]+\s*)?((?:(?:story|written|posted)\s+)?by\s*:?\s+\p{Lu}.{2,70})$/iu;

/**
 * A description the site cut from the story's opening, the wire's byline and dateline included: "By Leigh Ann
 * Caldwell CNN WASHINGTON (CNN) — Not everyone …" (fox13now.com, whose page shows only "By: CNN Wire"), "By Alex
 * Dobuzinskis LOS ANGELES (Reuters) - El Nino's …" (yahoo.com). Only with the dateline after it: a summary that
 * opens "By Tuesday the council had …" is no byline.
 */
const CUT_OPENING = /^\s*(By\s+\p{Lu}[^()]{2,60}?)\s+\p{Lu}{2,}[\p{Lu}\s.,'’-]*\(\s*[^()]{2,40}\)\s*(?:[-–—]+|:)/u;

export function findByline(evidence: Evidence, storyText: string, context: NameContext): string | null {
  const site = evidence.host;
  // An organisation the page's record names (an Organization author, the publisher) is never the person who wrote
  // it, whatever slot repeats its name: meta author "Wirtschaftswoche" beside that Organization author (wiwo.de).
  // A person's full name the record also types as a Person author is a writer who publishes under their own name
  // (thevaluable.dev's publisher "Matthieu Cneude"); a one-word brand typed so ("Segment", a press release's issuer)
  // stays an organisation.
  const typed = new Set(
    (evidence.ld?.author ?? []).filter((a) => a.name && a.type && /Person/i.test(a.type)).map((a) => norm(unescapeRefs(a.name!)).toLowerCase()).filter((n) => n.includes(' ')),
  );
  const orgs = new Set(
    [...(evidence.ld?.author ?? []).filter((a) => a.type && !/Person/i.test(a.type)), ...(evidence.ld?.publisher ?? [])]
      .map((o) => norm(o.name ?? '').toLowerCase())
      .filter((n) => n && !typed.has(n)),
  );
  // Nor is the editor the page names as such: a record or meta author naming them is the desk's, not the writer's
  // ("Editor : Heryadi" under "Naufal Zuhdi", mediaindonesia.com; "责任编辑：肖春芳" while "作者︱春春" signs, gmw.cn).
  const editors = new Set(
    evidence.lines
      .filter((l) => l.where === 'byline' || l.where === 'headline')
      .map((l) => cleanByline(EDITOR_LINE.exec(l.text)?.[1], context, site)?.toLowerCase())
      .filter(Boolean),
  );
  // The editor a Chinese page names (in its notes or its editor meta tag), who is also its author meta tag's name,
  // whole or after the desk's ("青网新闻杨逸凡" over "责任编辑：杨逸凡", youth.cn).
  const cjkEditors = evidence.lines.flatMap((l) => [...l.text.matchAll(CJK_EDITOR)].map((m) => m[1]!));
  const editorMeta = norm(evidence.head.metas['editor']);
  if (cjkName(editorMeta)) cjkEditors.push(editorMeta);
  const person = (raw: string | null | undefined): string | null => {
    // An editor's line in the byline's place names the desk's editor, not the writer ("责任编辑：刘德宾", sina.com.cn).
    if (!raw || EDITOR_LINE.test(norm(raw))) return null;
    const name = cleanByline(raw, context, site);
    return name && !orgs.has(name.toLowerCase()) && !editors.has(name.toLowerCase()) && !cjkEditors.some((e) => name.endsWith(e)) ? name : null;
  };
  const clean = (names: string[]): string | null => joinNames(names.map(person).filter((n): n is string => !!n));
  // Structured data names the authors as the site means them.
  const people = (evidence.ld?.author ?? []).filter((a) => a.name && (!a.type || /Person/i.test(a.type))).map((a) => unescapeRefs(a.name!));
  const fromLd = clean(people);
  const shown = visibleByline(evidence, person);
  const metas = ['author', 'byl', 'sailthru.author', 'parsely-author', 'search.byline', 'article:author', 'authors', 'article_author', 'article:author_name']
    .map((k) => evidence.head.metas[k])
    .filter((v): v is string => !!v && !/^https?:/i.test(v));
  // A record that names only some of the authors one byline shows ("Tariq Malik" against "By Tariq Malik, Mike
  // Wall") is a template filling in the first; a record naming someone else wins (the byline may be a desk's).
  // Names gathered from separate byline elements beyond the one the record names are other stories' (a rail of
  // teasers after the story: techcrunch.com; thenation.com, whose record is a meta tag).
  const record = fromLd ?? (shown?.joined ? metas.map((m) => clean(m.split(/\s*;\s*/))).find(Boolean) : null) ?? null;
  if (record && shown?.joined && namesMore(shown.names, record)) return record;
  const fromByline = shown?.names ?? null;
  if (fromLd && !(fromByline && namesMore(fromByline, fromLd))) return fromLd;
  if (fromByline) return fromByline;
  // A byline element naming a desk, an agency or an account says nobody by name wrote the story; the defaults
  // elsewhere name no writer either: a meta author that is the CMS's maker ("Sourtech", uniradioinforma.com), a login
  // in article:author ("Dany" under "Firmado por Redacción", diariobahiadecadiz.com), the same account with its date
  // run in ("Por User Adminabril 12, 2016", sdpnoticias.com). The wire's own byline still names its reporters: its
  // "(Reporting by …)" at the end, or the story's opening the site cut into its description ("By: CNN Wire" over
  // "By Leigh Ann Caldwell CNN WASHINGTON (CNN) —", fox13now.com).
  const noOne = evidence.lines.some((l) => l.where === 'byline' && namesNoOne(l.text, context));
  const parsely = parselyAuthors(evidence.head.metas['parsely-page']);
  const byLine = noOne ? null : headByline(evidence, person, clean);
  for (const m of noOne ? [] : [...metas, ...(parsely.length ? [parsely.join('; ')] : [])]) {
    const fromMeta = clean(m.split(/\s*;\s*/));
    // As with the record above: a meta tag holding the first of the authors a "By …" line shows ("Harriet
    // Alexander" against "By Harriet Alexander, Andrew Marszal and Josie Ensor", telegraph.co.uk).
    if (fromMeta) return byLine && namesMore(byLine, fromMeta) ? byLine : fromMeta;
  }
  if (byLine) return byLine;
  // One person's author-page link in the story's stretch (fortune.com, engadget.com, healthcareitnews.com); links
  // to several are a list of other stories' authors. A name in CJK script has no capitals to show it is one: its
  // length and script do ("著者：後藤大地", news.mynavi.jp; "深海", buzzap.jp).
  const linked = new Set(evidence.authorLinks.map(person).filter((n): n is string => !!n && (NAMES_ONLY.test(n) || cjkName(n))));
  if (!noOne && linked.size === 1 && evidence.authorLinks.length <= 2) return [...linked][0]!;
  const tail = storyText.split(/\n{2,}/).slice(-3).concat(evidence.lines.filter((l) => l.where === 'tail' || l.where === 'after').map((l) => l.text));
  // One signed line; several are the bylines of a rail of other stories after it.
  const oneSigned = new Set(tail.map((t) => t.trim()).filter((t) => SIGNED.test(t))).size === 1;
  for (const [i, p] of tail.entries()) {
    const line = p.trim();
    // A wire's closing line names its reporters: "(Reporting by Andy Bruce in London and Ankur Banerjee in
    // Bengaluru; Editing by …)".
    // Some templates run it into the last paragraph: "… much harsher than in the past. (Reporting by …)".
    const reporting = REPORTING.exec(CLOSING_CREDIT.exec(p)?.[0] ?? line)?.[1];
    if (reporting) {
      const names = reporting.split(/\s*(?:,|\band\b)\s*/).map((n) => n.replace(/\s+in\s+[\p{Lu}][\p{L} .'-]*$/u, '').trim()).filter(Boolean);
      const found = clean(names);
      if (found) return found;
    }
    const signature = p.length <= 80 ? KOREAN_SIGNATURE.exec(line) : null;
    const korean = signature?.[1] ?? signature?.[2];
    if (korean && person(korean)) return korean;
    // Signed after the story's last sentence; a "By …" line under a title is a listing's item, another session's
    // or story's speakers ("Security Built for the Cloud Demo" / "By Stephen Coty & Paul Fletcher", sys-con.com).
    const afterSentence = i === 0 || ENDS_SENTENCE.test(tail[i - 1]!.trim());
    const signed = oneSigned && afterSentence ? SIGNED.exec(line)?.[1] : undefined;
    const signer = signed ? person(signed) : null;
    if (signer && NAMES_ONLY.test(signer)) return signer;
    const m = BIO.exec(line);
    if (m?.[1] && /\b(?:columnist|correspondent|reporter|writer|editor|contributor|journalist|commentator|can be reached|can be contacted)\b/.test(p.slice(0, 200))) {
      return person(m[1]);
    }
  }
  const opening = CUT_OPENING.exec(meta(evidence.head, 'description', 'og:description') ?? '')?.[1];
  const described = opening ? person(opening) : null;
  if (described && NAMES_ONLY.test(described)) return described;
  return noOne ? null : person(meta(evidence.head, 'dc.creator'));
}

/** The first "By …" line under the headline or in the lead that names someone. */
function headByline(evidence: Evidence, person: (raw: string) => string | null, clean: (names: string[]) => string | null): string | null {
  for (const { where, text } of evidence.lines) {
    const named = where === 'lead' ? leadWriters(text, clean) : null;
    if (named) return named;
    if ((where !== 'headline' && where !== 'lead') || text.length >= 160) continue;
    const english = BY_LED.test(text) || BY_GLUED.test(text);
    // The same in other languages (BYLINE_LED), only before a capital ("par Alexandria Sage et Lisa Girion",
    // challenges.fr), since "Par ailleurs", "Por su parte" and "Von Montag an" open sentences.
    if (!english && !BYLINE_LED.test(text)) continue;
    const name = person(text);
    // "Von Berlin aus fuhr der Zug …" opens a sentence: after a label in another language only names count.
    if (name && (english || NAMES_ONLY.test(name))) return name;
  }
  return null;
}

