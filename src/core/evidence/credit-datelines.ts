// Datelines, the start of a story's first lines: "PARIS (AFP) --", "Berlin ( dpa ) -", "MANILA, March 3 (Xinhua):",
// "【ワシントン共同】", "(서울=연합뉴스)", "（中央社記者…台北29日電）", "MOSCOW, January 21. /TASS/.".
import { CAPITAL, credit, DASH, DATE, DATE_ONLY, hasDash, NAME, NOT_OUTLETS, PLACE, REGION, shapeOf, listedByName, type Credit, type Listed } from './credit-parts.ts';
import { isKnownWire } from './outlet-shapes.ts';
import type { Where } from './where.ts';
import { MONTH_WORD } from '../text.ts';

/** ")" or "）" followed by spaces then a dash, a colon or ".-": what every "(Outlet) -" dateline holds. */
function closeParenThenMark(l: string): boolean {
  for (let i = l.search(/[)）]/); i >= 0 && i < 160; ) {
    let j = i + 1;
    while (l[j] === ' ') j++;
    const c = l[j];
    if (c === '-' || c === '–' || c === '—' || c === ':' || (c === '.' && l[j + 1] === '-')) return true;
    const next = l.slice(i + 1).search(/[)）]/);
    i = next < 0 ? -1 : i + 1 + next;
  }
  return false;
}

/** "Progressive Web Apps (PWA) -" defines an acronym; it credits nobody. */
function definesAcronym(line: string, outlet: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(outlet)) return false;
  const before = line.slice(0, line.indexOf(`(${outlet}`)).trim();
  if (!before) return false;
  const letters = before.split(/\s+/).slice(-outlet.length).map((w) => w[0]?.toLowerCase() ?? '').join('');
  return letters === outlet.toLowerCase();
}

/** What a dateline's brackets hold when they date the story: "WASHINGTON (Aug. 13) --", "(2019) -". */
const DATE_IN_BRACKETS = new RegExp(String.raw`^\d|^${MONTH_WORD} \d`, 'i');

const DATELINE = new RegExp(String.raw`^(?:(?:${PLACE}${REGION}${DATE}|${DATE_ONLY})\s*(?:${DASH}{1,2}\s*)?)?[(（]\s*(?<outlet>${NAME})(?:\s*[/,]\s*[\w-]{1,12})?\s*[)）]\s*(?:\.?\s*${DASH}{1,2}|:|\.-)`);
/** "SANTANDER, 1 (EUROPA PRESS)": a dateline set as its own line, the story below it; read for a known wire only. */
const DATELINE_ALONE = new RegExp(String.raw`^${PLACE}${REGION}${DATE}\s*[(（]\s*(?<outlet>${NAME})\s*[)）]$`);
/**
 * "Chennai, Mar 21 (PTI) The high-stakes match…", "Amaravati, Sep 18 (PTI) The Andhra Pradesh government…": South
 * Asian wires (PTI, IANS, UNI) set no mark after the brackets and the story runs on. Read with a date before the
 * brackets and a known wire in them only: without the mark, "(AP) The" is as likely a photo's or a quote's.
 */
const DATED_RUN_ON = new RegExp(String.raw`^${PLACE}${REGION}${DATE}\s*[(（]\s*(?<outlet>${NAME})\s*[)）]\s+(?=[${CAPITAL}"“‘])`);
/** What a dateline's match holds before its brackets: the place and the date. */
const beforeBrackets = (match: string): string => match.slice(0, match.search(/[(（]/)).trim();
const MENAFN = /^\(\s*MENAFN\s*(?:[-–—]\s*(?<outlet>[^)]{2,60}))?\)/;
/** "CITY, March 3, 2025 /PRNewswire/ --": press-release wires put their name between slashes; so does TASS ("MOSCOW, January 21. /TASS/."). */
const RELEASE_WIRE = new RegExp(String.raw`^${PLACE}${REGION}${DATE}(?:,?\s*/(?<outlet>[A-Z][\w -]{2,30}?)/\s*${DASH}{1,2}|\.\s*/(?<dotted>[A-Z][\w -]{2,30}?)/\.)`);
/** "AFP, PARIS", "KYODO NEWS, TOKYO", "PTI, Washington, Nov 20 2019": an agency, a comma, the place. */
const AGENCY_PLACE = /^(?<outlet>[A-Za-z][\w .'’-]{1,30}?), (?:[A-Z][A-Z .'’-]{2,30}\b|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,|$))/;
/** "KYODO NEWS -", "BERNAMA -": an agency in capitals opening the story. */
const AGENCY_DASH = new RegExp(String.raw`^(?<outlet>[A-Z][A-Z .-]{2,30}?)\s+${DASH}\s`);
/** Japanese and Chinese wire datelines: "【ワシントン共同】", "新华社北京3月3日电". */
const CJK_DATELINE = /^[【［[](?:[^】］\]]{0,12}?)(?<outlet>共同|時事|ロイター|新華社|聯合|AFP時事|AFP|ブルームバーグ)[】］\]]|^(?<cn>新华社|中新社|中新网)[^\s，。]{1,12}?\d{1,2}月\d{1,2}日(?:电|電)/;

/**
 * Korean datelines: the place, "=", the agency ("(서울=연합뉴스) 김병규 기자 =", "[세종=뉴시스]"). Only a known agency
 * counts: a paper sets its own name and a column's in the same brackets ("[엔터미디어=소설가 박생강의 옆구리tv]").
 */
const KO_DATELINE = /^[([]\s*[가-힣]{1,8}\s*=\s*(?<outlet>[^\s=()[\]]{2,12})\s*[)\]]/;
/** Chinese reporter datelines: "（中央社記者戴雅真台北29日電）", "（中央社台北3日綜合外電報導）". */
const ZH_DATELINE = /^[（(]\s*(?<outlet>中央社|中新社|新华社|新華社|中通社|[\u4e00-\u9fff]{2,6}?)(?:(?:記者|记者)[^）)]{1,30}?|[\u4e00-\u9fff]{1,10}?)\d{1,2}日(?:綜合外電報導|综合外电报道|專電|专电|電|电)[）)]/;

/** One to three capitalised words: a place as CNN and others write it ("Washington (CNN) —", "Hong Kong (CNN) —"). */
const PLACE_WORDS = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/;

export function datelines(line: string, where: Where, listed?: Listed): Credit[] {
  const out: Credit[] = [];
  const first = line.charCodeAt(0);
  if (first === 40 /* ( */ && line.startsWith('(')) {
    const m = MENAFN.exec(line);
    if (m) return [credit('dateline', m.groups?.outlet ?? 'MENAFN', line, where, 'named')];
  }
  if (closeParenThenMark(line)) {
    const m = DATELINE.exec(line);
    const written = m?.groups?.outlet;
    // Swiss and Austrian papers write an agency's short name in lower case ("Zürich (sda) -", "Genève (ats) -"), as
    // German papers' initialled sign-offs do.
    const lowered = written && /^[a-z]{2,5}$/.test(written) && !shapeOf(written) && isKnownWire(written.toUpperCase());
    const outlet = lowered ? written.toUpperCase() : written;
    // "WASHINGTON (Aug. 13) --" dates the story; it credits nobody.
    if (outlet && !NOT_OUTLETS.has(outlet.toLowerCase()) && !DATE_IN_BRACKETS.test(outlet) && !definesAcronym(line, outlet)) {
      // "(ANI):" credits an agency; "Astronaut (NR):" labels a line, so a colon needs a name shaped like an outlet's.
      const shape = shapeOf(outlet);
      // A name no directory knows needs a dateline's place in capitals or a date before it ("AUSTIN (KXAN) —"):
      // "Apple Inc (AAPL) - shares rose" gives a ticker, "Jane Doe (Chicago) - 21 points" a team.
      const before = beforeBrackets(m![0]);
      const placed = !before || /\d/.test(before) || /^[A-Z][A-Z.'’/-]+(?:[ ,]|$)/.test(before);
      // An outlet the directory lists may follow a place in capitalised words ("Washington (CNN) —", "Washington
      // (The Hill) —"): a company's ticker ("Apple Inc (AAPL) -") is none, nor a politician's party ("Angus King
      // (Independent) -"), though "Independent" alone also names a paper.
      const listedAfterPlace = !placed && PLACE_WORDS.test(before) && listedByName(outlet, listed);
      if ((shape || !m![0].endsWith(':')) && (shape === 'known' || placed || listedAfterPlace)) out.push(credit('dateline', outlet, line, where, shape ?? (listedAfterPlace ? 'listed' : 'named')));
    }
  } else if (where === 'lead' && line.length <= 60 && (line.endsWith(')') || line.endsWith('）'))) {
    const outlet = DATELINE_ALONE.exec(line)?.groups?.outlet;
    // A date or a place in capitals makes it a dateline; "Jane Doe (AP)" alone is a caption's or a byline's.
    const placed = /\d/.test(line) || /^[A-Z]{2}[A-Z .'’/-]*[,(]/.test(line);
    if (outlet && placed && shapeOf(outlet) === 'known') out.push(credit('dateline', outlet, line, where, 'known'));
  } else if (where === 'lead' && /\d\s*[(（]/.test(line.slice(0, 80))) {
    const m = DATED_RUN_ON.exec(line);
    const outlet = m?.groups?.outlet;
    if (outlet && /\d/.test(beforeBrackets(m![0])) && shapeOf(outlet) === 'known') out.push(credit('dateline', outlet, line, where, 'known'));
  }
  if (line.includes('/') && (hasDash(line) || line.includes('/.'))) {
    const groups = RELEASE_WIRE.exec(line)?.groups;
    const outlet = groups?.outlet ?? groups?.dotted;
    if (outlet) out.push(credit('dateline', outlet, line, where, shapeOf(outlet) ?? 'named'));
  }
  const comma = line.indexOf(', ');
  if (comma > 1 && comma <= 31) {
    const outlet = AGENCY_PLACE.exec(line)?.groups?.outlet;
    if (outlet && shapeOf(outlet) === 'known') out.push(credit('dateline', outlet, line, where, 'known'));
  }
  if (first >= 65 && first <= 90 && hasDash(line)) {
    const outlet = AGENCY_DASH.exec(line)?.groups?.outlet;
    if (outlet && shapeOf(outlet) === 'known') out.push(credit('dateline', outlet, line, where, 'known'));
  }
  if (first > 0x3000) {
    const m = CJK_DATELINE.exec(line);
    const outlet = m?.groups?.outlet ?? m?.groups?.cn;
    if (outlet) out.push(credit('dateline', outlet, line, where, 'known'));
  }
  if ((first === 40 || first === 91 || first === 0xff08) && line.length > 8) {
    const cjk = line.charCodeAt(1) > 0x3000 || line.charCodeAt(2) > 0x3000;
    const ko = cjk && line.includes('=') ? KO_DATELINE.exec(line)?.groups : undefined;
    const zh = cjk && !ko ? ZH_DATELINE.exec(line)?.groups?.outlet : undefined;
    const outlet = ko?.outlet ?? zh;
    const shape = outlet ? shapeOf(outlet) : null;
    // A Korean dateline counts with a known agency only; "（本报记者…）" is the paper's own reporter.
    if (outlet && (ko ? shape === 'known' : !/^本/.test(outlet))) out.push(credit('dateline', outlet, line, where, shape ?? 'named'));
  }
  return out;
}
