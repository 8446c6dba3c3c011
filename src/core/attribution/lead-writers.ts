// Writers a lead's opening dateline names, in the forms of Japanese and Chinese papers; the names are cleaned and
// joined as any other byline's (find-byline.ts passes its `clean`).
import { CJK } from '../text.ts';
import { cjkName } from './cjk-names.ts';

/**
 * A Japanese paper's correspondent dateline opening the lead: the place, "＝", the writer, in lenticular brackets
 * ("【ロンドン＝岡田浩幸】", yomiuri.co.jp; "【ワシントン＝柿内公輔】", sankei.com; "【ワシントン＝山内竜介、ロンドン＝池田晋一】",
 * asahi.com). Writers' names are in kanji; an agency there is the wire's dateline ("【ワシントン＝共同】", read by
 * credit-datelines.ts), and so is a name in katakana or Latin letters ("【ロンドン＝ロイター】", "【ソウル＝ＡＰ】").
 */
const CORRESPONDENT = /^【((?:[^【】＝=、]{1,12}[＝=]\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}]{1,5}、?)+)】/u;
/** Agencies' short names the wire directory lacks; the ones it knows (共同, 時事, 新華社, 中央社) cleanByline refuses. */
const JA_AGENCY = /^(?:新華|聯合)$/;

function correspondents(lead: string): string[] {
  const m = CORRESPONDENT.exec(lead);
  return m ? m[1]!.split('、').map((part) => part.split(/[＝=]/)[1] ?? '').filter((n) => n && !JA_AGENCY.test(n)) : [];
}

/**
 * A Chinese report's dateline credit opening the lead: "新华社乌鲁木齐5月9日电（记者邹伟）" (news.cn), "新华社深圳5月12日电
 * （记者戴小河、印朋）" (southcn.com), "本报讯（记者叶婉）" (people.com.cn), "北京商报讯（记者 岳品瑜 董晗萱）" (caijing.com.cn).
 * The reporters are named up to another role ("通讯员", a correspondent who supplied material; "实习生", an intern).
 */
const CN_DATELINE_CREDIT = /^[^（(]{0,30}?[电電讯訊]\s*[（(]\s*(?:记者|記者)\s*([^）)]{2,40})[）)]/u;

function datelineReporters(lead: string): string[] {
  const credit = CN_DATELINE_CREDIT.exec(lead)?.[1]?.split(/通讯员|通訊員|实习生|實習生|见习记者|見習記者/)[0];
  return credit ? credit.split(/[、，,\s]+/).filter((n) => cjkName(n)) : [];
}

/** The writers the lead's opening dateline names, as `clean` keeps and joins them, or null. */
export function leadWriters(lead: string, clean: (names: string[]) => string | null): string | null {
  return (lead.startsWith('【') ? clean(correspondents(lead)) : null) ?? (CJK.test(lead.slice(0, 8)) ? clean(datelineReporters(lead)) : null);
}
