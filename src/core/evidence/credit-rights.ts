// Rights and source lines: "Copyright 2024 The Associated Press. All rights reserved.", "© Kyodo News", "c.2024 The New
// York Times Company", "Copyright: Project Syndicate, 2025", "Source: Xinhua", "Provided by …", "©2024 Los Angeles
// Times. … Distributed by Tribune Content Agency", "来源：人民日报".
// Under the headline a rights line credits a picture; only after the story does it credit the story.
import { CAPITAL, CONTRIBUTED, credit, LETTERS, listedByName, listedShape, nameOnly, PICTURE, shapeOf, type Credit, type Listed } from './credit-parts.ts';
import { COMPANY, type OutletShape } from './outlet-shapes.ts';
import type { Where } from './where.ts';

/**
 * The labels of a source line, in the languages of the credit reader: "Źródło: PAP", "Kaynak: AA", "Источник: ТАСС",
 * "Sumber: ANTARA", "Nguồn: TTXVN", "Forrás: MTI", and Vietnamese "Theo TTXVN" ("according to"). What follows must be an
 * outlet the directory knows or shapes, so "Theo Walcott" or "Źródło: IMGW" is no source line.
 */
export const SOURCE_LABELS = String.raw`sources?|via|courtesy(?: of)?|provided by|distributed by|quelle|fuente|fonte|fonti|bron|källa|kilde|lähde|allikas|avots|šaltinis|źródło|zdroj|forrás|sursa|izvor|извор|источник|джерело|πηγή|kaynak|sumber|nguồn|theo|ที่มา|स्रोत|منبع|来源|來源|出典|出所|출처|المصدر|מקור`;

// Latin letters spelled out rather than \p{L}: a Unicode-property pattern is costly to compile on a cold first run.
// Those of Latin Extended-A included: "© İhlas Haber Ajansı".
const RIGHTS = new RegExp(
  String.raw`^(?:copyright|©|\(c\)|c\.(?=\s?(?:19|20)\d{2}))\s*:?\s*(?:[©@]\s*|copyright\s+)?(?:\(?(?:19|20)\d{2}\)?[,\s]*)?(?:by\s+)?(?:the\s+)?(?<outlet>[${CAPITAL}][${LETTERS}&'’.-]*(?: [${CAPITAL}0-9&][${LETTERS}&'’.-]*){0,5}?)(?:\s*[.,;:/]|\s+all rights|\s+\d|\s*$)`,
  'i',
);
/** "™ & ©", the mark a broadcaster's feed puts before its rights line, after at most the feed's name ("The-CNN-Wire"). */
const RIGHTS_MARKED = /^[^©]{0,30}?™\s*&?\s*(?=©|\(c\))/i;
const SOURCE = new RegExp(String.raw`^\(?(?:${SOURCE_LABELS})\s*[:：]?\s*(?<outlet>[^:：]{2,60}?)\s*\)?\.?$`, 'i');
/** "Distributed by Tribune Content Agency, LLC.", "Syndicated by King Features": a syndicate's delivery note. */
const DISTRIBUTED = /\b[Dd]istributed by:?\s+(?:the\s+)?(?<outlet>[A-Z][\w&'’.-]*(?: (?:of |and |& )?[A-Z&][\w&'’.-]*){0,5})/;
/** What a syndicate's name ends with; "Distributed by Universal Pictures" under a film review names no syndicate. */
const SYNDICATE = /(?:Agency|Syndicate|Syndication|Features|News Service|Media Services|Licensing(?: Group)?|Wire)$/;

/**
 * The owner a rights line names: "©2024 Los Angeles Times. Visit at latimes.com." → "Los Angeles Times". The name
 * pattern runs on past a full stop, so the name is also tried up to its first sentence end.
 */
function rightsOwner(line: string, listed: Listed | undefined): { outlet: string; shape: OutletShape | 'listed' } | null {
  const raw = RIGHTS.exec(line)?.groups?.outlet;
  if (!raw) return null;
  for (const name of new Set([raw, nameOnly(raw), raw.split(/\.\s+/)[0]!])) {
    const shape = listedShape(name, listed);
    if (shape) return { outlet: name, shape };
  }
  // "© The Financial Times Ltd. 2024": the outlet's company, by its legal form. Only an outlet the directory lists
  // by a name of two words or an acronym counts: "© 2019 CBS Broadcasting Inc." and people.com's "© 2015 Time Inc."
  // name parent companies, not the newsroom.
  const company = raw.replace(COMPANY, '').replace(/[\s,]+$/, '');
  return company !== raw && listedByName(company, listed) ? { outlet: company, shape: 'listed' } : null;
}


/**
 * A name after a provider label ("Provided by", 来源, 出典, 提供) is the provider whatever its shape: 'named', unless
 * it is a known wire. (An outlet-shaped name must not weigh less there than an unfamiliar one.)
 */
function providerShape(outlet: string): OutletShape | 'named' {
  return shapeOf(outlet) === 'known' ? 'known' : 'named';
}

/**
 * The paper a Chinese source names after its website: "人民网－人民日报" (People's Daily Online – People's Daily),
 * "光明网-《光明日报》", "北青网-北京青年报": the print title the story ran in. A Chinese name ends at a space ("光明网-《光明日报》
 * 2024-05-20": the date line goes on).
 */
function paperOf(name: string | undefined): string | undefined {
  return name && /^[^\s-－]*[\u4e00-\u9fff]/.test(name) ? name.replace(/^[^\s-－]*[\u4e00-\u9fff][-－]/, '').replace(/[《》]/g, '').split(' ')[0] : name;
}

/**
 * What a Chinese source label names where it names no outlet: the paper itself ("来源：本报"), the web at large ("来源：网络",
 * "互联网"), a compilation ("综合"), readers ("网友"), an original or a repost ("原创", "转载").
 */
const NO_PROVIDER = /^(?:本[报報站网網台刊社]|网络|網絡|網路|互联网|互聯網|综合|綜合|网友|網友|原创|原創|转载|轉載|未知|不详)/;

export function rightsAndSources(line: string, where: Where, listed?: Listed): Credit[] {
  if (line.length > 220 || PICTURE.test(line) || CONTRIBUTED.test(line)) return [];
  const out: Credit[] = [];
  const lower = line.slice(0, 9).toLowerCase();
  // Under the headline a rights line credits a picture ("© AFP/ TOSHIFUMI KITAMURA"); only after the story, the story.
  const rights = where === 'tail' || where === 'after';
  let owner: { outlet: string; shape: OutletShape | 'listed' } | null = null;
  // "The-CNN-Wire ™ & © 2023 Cable News Network, Inc.": a feed's name and a trademark sign before the rights sign.
  const marked = rights && line.includes('™') ? RIGHTS_MARKED.exec(line)?.[0] : undefined;
  // "c.2024 The New York Times Company": the news service's own mark.
  if (rights && (line.startsWith('©') || lower.startsWith('(c)') || lower === 'copyright' || /^c\.\s?(?:19|20)\d\d /.test(line) || marked)) {
    owner = rightsOwner(marked ? line.slice(marked.length) : line, listed);
    if (owner) out.push(credit('rights-line', owner.outlet, line, where, owner.shape));
  }
  const syndicate = rights && line.includes('istributed by') ? DISTRIBUTED.exec(line)?.groups?.outlet : undefined;
  if (syndicate) {
    // "©2025 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.": a syndicate delivered
    // the owner's story; without an owner the syndicate is the source.
    if (owner) out.push(credit('source-line', owner.outlet, line, where, owner.shape));
    else if (SYNDICATE.test(syndicate) || shapeOf(syndicate) === 'known') out.push(credit('source-line', syndicate, line, where, providerShape(syndicate)));
    return out;
  }
  if (line.length <= 90) {
    const m = SOURCE.exec(line);
    const outlet = paperOf(m?.groups?.outlet);
    // A source line names one outlet; "Source: company reports" and "Sources: AFP, Reuters" name data or several.
    // "Provided by X" and the Chinese and Japanese source labels name the provider whoever it is.
    const anyName = !!m && /^\(?(?:provided by|来源|來源|出典|出所)/i.test(m[0]);
    const own = !!outlet && NO_PROVIDER.test(outlet);
    const shape = outlet && !own && !/[,;]/.test(outlet) ? (anyName ? (shapeOf(outlet) || /^[\p{Lu}\p{Lo}]/u.test(outlet) ? providerShape(outlet) : null) : listedShape(outlet, listed)) : null;
    if (outlet && shape) out.push(credit('source-line', outlet, line, where, shape));
  }
  // "发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版": Chinese portals put the source label inside the date line, often
  // before the writer, the editor or the time ("来源：新华网 作者：温素霞", "来源：新华社 作者： 2023-12-01 14:43"), or
  // close a story with it in brackets ("（本文来源：经济日报 作者：…）", "（来源：上海证券报）"); "本文来源于 北京商报" says
  // it without a colon. The label stands on its own: "名字来源于古希腊语" is a word's origin.
  const cn = line.length <= 90 ? paperOf(/(?:^|[\s（(])(?:本文)?(?:来源|來源)(?:于|於|\s*[:：])\s*(?<outlet>[^\s:：|（）()]{2,20})\s*(?=$|[）)]|(?:作者|责任编辑|責任編輯|编辑|編輯)\s*[:：]|(?:19|20)\d\d)/.exec(line)?.groups?.outlet) : undefined;
  if (cn && !NO_PROVIDER.test(cn) && !out.some((c) => c.form === 'source-line')) out.push(credit('source-line', cn, line, where, providerShape(cn)));
  // "朝日新聞社提供": a Japanese provider credit.
  if (line.endsWith('提供') && line.length <= 40) {
    const outlet = /(?:^|[\s|：:])(?<outlet>[^\s|：:]{2,20}?)(?:社)?提供$/.exec(line)?.groups?.outlet;
    if (outlet) out.push(credit('source-line', outlet, line, where, providerShape(outlet)));
  }
  return out;
}
