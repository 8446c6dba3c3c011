// Names written in Chinese, Japanese or Korean script. They run without spaces and are short: a family name and a
// given name of one or two characters each make a full name of two ("深海", buzzap.jp; "春春", gmw.cn), where a
// name in Latin letters needs three at least. Whether such a word is a name the script cannot tell: only the slot
// it stands in (a "by", an author's label, an author page's link) says so, and the words below say when it is not.

/** Han (with its repeat mark 々), kana (with the long-vowel mark ー) and Hangul: the scripts CJK names are written in. */
const CJK_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}々ー]';
/** A line in those scripts only, with one space at most (between family and given name: "中村 真子"). */
const CJK_ONLY = new RegExp(`^${CJK_CHAR}+(?: ${CJK_CHAR}+)?$`, 'u');

/**
 * Words a byline slot holds where it names no person: the author's label alone ("著者", "作者"), the editor ("小编",
 * "编辑", "責編"), the desk ("編集部", "本报记者"), a reporter unnamed ("记者", "기자"), the site or its admin ("本站",
 * "管理人"), anonymous ("佚名", "匿名"), readers ("网友"), and what a slot says of the story instead of who wrote it
 * (original "原创", reprinted "转载", source "来源", column "专栏", compiled "编译").
 */
const CJK_DESK =
  /^(?:著者|作者|筆者|笔者|投稿者|執筆者|执笔|撰文|小编|小編|编辑|編輯|編集|编者|编辑部|編輯部|編集部|责编|責編|记者|記者|本报|本報|本报记者|本報記者|本站|网友|網友|佚名|匿名|管理人|管理员|管理員|管理者|기자|편집부|관리자|原创|原創|转载|轉載|転載|来源|來源|出典|专栏|專欄|编译|編譯|整理)$/u;

/** Words of an author page's link, never of a name: "著者一覧" (list of authors, bookwalker.jp), "…の記事一覧をみる" (getnews.jp). */
const CJK_LINK_WORDS = /一覧|一览|記事|更多|查看|プロフィール|をみる|を見る/u;

/** True for a line in CJK script only. */
export const cjkOnly = (s: string): boolean => CJK_ONLY.test(s);

/** Characters in a CJK line, its space aside: "中村 真子" has four. */
const cjkLength = (s: string): number => [...s.replace(' ', '')].length;

/**
 * The shortest a cleaned byline may be: two characters for a CJK name, three for one in other scripts; a single
 * CJK character is a label or a mark, not a name.
 */
export function tooShortForName(s: string): boolean {
  return cjkOnly(s) ? cjkLength(s) < 2 : s.length < 3;
}

/**
 * A site's, paper's or channel's name as Chinese writes it, by what it ends in: a finance desk "财经" ("新浪财经",
 * sina.com.cn), an outlet's "新媒体" account ("环球时报新媒体", qq.com), a paper's web edition "网络版" ("上海证券报网络版"),
 * and, five characters at least, a website "网" or a paper "报" ("中国科普网", kepu.gov.cn). A person's name is two to four
 * characters ("欧阳晓网" stays a name).
 */
const CJK_OUTLET_NAME = /^(?:\S{2,}(?:财经|財經|新媒体|新媒體|网络版|網絡版|客户端|客戶端|电视台|電視台|频道|頻道|杂志|雜誌|周刊|週刊|传媒|傳媒)|\S{4,}[网網报報])$/u;

/** A line in CJK script that is a desk's, an editor's or an unnamed reporter's word, an outlet's name, or a link's words, where a name would stand. */
export const cjkNoName = (s: string): boolean =>
  cjkOnly(s) && (CJK_DESK.test(s.replace(' ', '')) || CJK_LINK_WORDS.test(s) || CJK_OUTLET_NAME.test(s.replace(' ', '')));

/**
 * A CJK name on its own: two to eight CJK characters, no desk word, no link words. What an author page's link
 * must hold to be taken for a person ("後藤大地", news.mynavi.jp).
 */
export function cjkName(s: string): boolean {
  if (!cjkOnly(s) || cjkNoName(s)) return false;
  const n = cjkLength(s);
  return n >= 2 && n <= 8;
}
