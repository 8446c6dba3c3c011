// Bylines written in Chinese, Japanese or Korean script: names of two characters, author-page links, and the
// words in an author's slot that name no one.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { cleanByline } from '../../src/core/attribution/byline.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';

const STORY = [
  '今年10月に迫ってきた10％への消費増税。軽減税率やポイント還元制度が入り乱れるなど、企業にとっても消費者にとっても極めて分かりにくいものになっています。',
  'そんな中、3月1日に総務省が軽減税率制度の影響について試算を公表しました。低所得者ほど恩恵が薄いことを公式に認めた形です。',
  '試算によると、年収の低い世帯ほど負担の軽減額は小さく、高所得の世帯ほど軽減額が大きくなるとされています。制度の見直しを求める声も上がっています。',
].map((p) => `<p>${p}</p>`).join('');

const byline = (html: string, url = 'https://www.example-news.jp/a') =>
  withDocument(`<html lang="ja"><head><title>記事</title></head>${html}</html>`, url, (doc) => analyze(doc, url, SITE_RULES, { now: null })).byline;

describe('CJK names in cleanByline', () => {
  it.each([
    // Two characters make a CJK name (buzzap.jp "by 深海", gmw.cn "作者︱春春"); longer ones keep passing.
    ['by 深海', '深海'],
    ['作者︱春春', '春春'],
    ['作者 春春', '春春'],
    ['著者：後藤大地', '後藤大地'],
    ['中村 真子', '中村 真子'],
    // One character is no name, nor are two Latin letters: the floor for other scripts stays at three.
    ['by 王', null],
    ['文', null],
    ['by Al', null],
    // An author's label with nothing after it (bookwalker.jp's "著者" link), or what it labels: a list of authors.
    ['著者', null],
    ['著者一覧', null],
    ['記事一覧', null],
    // Desks, editors and unnamed reporters, and words about the story, where a name would stand.
    ['小编', null],
    ['编辑', null],
    ['記者', null],
    ['佚名', null],
    ['原创', null],
    ['転載', null],
    ['編集部', null],
    ['本报记者', null],
    ['기자', null],
    // A role before or after the name, or a label with a mark ("文● オカモト／ascii編集部", weekly.ascii.jp; the others
    // written in the forms Japanese, Chinese and Korean papers print): the name alone.
    ['文● オカモト／ascii編集部', 'オカモト'],
    ['山田太郎記者', '山田太郎'],
    ['文：山田太郎', '山田太郎'],
    ['记者 张三', '张三'],
    ['김철수 기자', '김철수'],
    // A word that merely starts like a role is kept as it was.
    ['記者会見', '記者会見'],
  ])('cleanByline(%s) = %s', (raw, want) => expect(cleanByline(raw)).toBe(want));

  it('reads a two-character name from a byline element (buzzap.jp), not one character', () => {
    const page = (slot: string) => byline(`<body><article><h1>消費増税の軽減税率は高所得者ほどお得</h1><div class="entry-meta">2019年3月2日09:18 <span class="by-author">${slot}</span></div>${STORY}</article></body>`);
    expect(page('by <span class="author vcard"><a class="url fn n" href="/news/author/shin_kai/" rel="author">深海</a></span>')).toBe('深海');
    expect(page('by <span class="author vcard">王</span>')).toBeNull();
    expect(page('<span class="author">小编</span>')).toBeNull();
  });
});

describe('CJK names on author-page links', () => {
  const linked = (links: string) => byline(`<body><article><h1>WinRARに19年前から存在する脆弱性</h1><div class="articleHeader_info">2019/02/22 17:23 ${links}</div>${STORY}</article></body>`);

  it('takes one CJK name on an author-page link where no byline is marked (news.mynavi.jp "著者：後藤大地")', () => {
    expect(linked('<a class="articleHeader_name" href="/author/180/">著者：後藤大地</a>')).toBe('後藤大地');
    expect(linked('<a href="/author/180/">後藤大地</a>')).toBe('後藤大地');
  });

  it('takes no label, list or desk on such a link, nor several names, nor a long line (bookwalker.jp, getnews.jp)', () => {
    expect(linked('<a href="/author/">著者</a>')).toBeNull();
    expect(linked('<a href="/author/">著者一覧</a>')).toBeNull();
    expect(linked('<a href="/author/neol/">NeoL／ネオエルの記事一覧をみる</a>')).toBeNull();
    expect(linked('<a href="/author/desk/">編集部</a>')).toBeNull();
    expect(linked('<a href="/author/a/">後藤大地</a> <a href="/author/b/">田中宏昌</a> <a href="/author/c/">島津健吾</a>')).toBeNull();
    expect(linked('<a href="/author/x/">東京本社編集局経済部記者一同</a>')).toBeNull();
    expect(linked('<a href="/author/x/">王</a>')).toBeNull();
  });
});

describe('Korean signature lines', () => {
  const KO = [
    '정부는 이날 새로운 예산안을 발표하고 도로와 학교에 대한 지출을 늘리기로 했다고 밝혔다. 시의회는 다음 주에 다시 회의를 연다.',
    '예산안은 찬성 7표, 반대 2표로 통과됐으며 다리 보수와 교사 채용을 위한 예산이 포함됐다. 비판론자들은 세수 전망이 낙관적이라고 지적했다.',
    '시장은 이번 예산안이 여름 동안 열린 공청회에서 주민들이 밝힌 우선순위를 반영한 것이라고 말했다. 예산은 다음 달부터 시행된다.',
  ].map((p) => `<p>${p}</p>`).join('');
  const signed = (line: string) => byline(`<body><article><h1>시의회 예산안 통과</h1>${KO}<p>${line}</p></article></body>`, 'https://www.example-news.kr/a');

  it('reads the name of a closing "NAME 기자 address" or "칼럼니스트 NAME address" line (donga.com, entermedia.co.kr)', () => {
    expect(signed('최윤호 기자 uknow@donga.com')).toBe('최윤호');
    expect(signed('칼럼니스트 박생강 pillgoo9@gmail.com')).toBe('박생강');
  });

  it('reads no name from an address without a reporter’s role, or from a sentence', () => {
    expect(signed('제보 tips@example-news.kr')).toBeNull();
    expect(signed('문의 help@example-news.kr')).toBeNull();
    expect(signed('자세한 내용은 기자 회견에서 발표될 예정이다.')).toBeNull();
  });
});

describe('Japanese correspondent datelines', () => {
  const JA = [
    '米政府は10日、新たな追加制裁を発表した。対象には大手銀行や国営企業が含まれ、資産の凍結や取引の禁止などが盛り込まれた。',
    '政府高官は記者団に対し、制裁の効果を見極めながら必要に応じてさらなる措置を検討すると述べた。各国との連携も強化する方針だ。',
  ];
  const lead = (opening: string) =>
    byline(`<body><article><h1>米、追加制裁を発表</h1><p>${opening}${JA[0]}</p><p>${JA[1]}</p>${STORY}</article></body>`);

  it('reads the writer after "＝" in the lead’s opening brackets (yomiuri.co.jp, sankei.com, asahi.com)', () => {
    expect(lead('【ロンドン＝岡田浩幸】')).toBe('岡田浩幸');
    expect(lead('【ワシントン＝柿内公輔】')).toBe('柿内公輔');
    expect(lead('【ワシントン＝山内竜介、ロンドン＝池田晋一】')).toBe('山内竜介 and 池田晋一');
  });

  it('takes no agency, no katakana or Latin name, and no bracket later in the paragraph for a writer', () => {
    expect(lead('【ワシントン＝共同】')).toBeNull();
    expect(lead('【北京＝新華社】')).toBeNull();
    expect(lead('【ロンドン＝ロイター】')).toBeNull();
    expect(lead('【ソウル＝ＡＰ】')).toBeNull();
    expect(lead('【ワシントン共同】')).toBeNull();
    expect(lead('政府は【東京＝田中一郎】')).toBeNull();
  });
});

describe('Chinese reporters, editors and outlets in the byline’s place', () => {
  const ZH = [
    '中共中央政治局常委、国务院总理李强5月7日至9日在新疆调研，他强调要完整准确全面贯彻新发展理念，推动高质量发展。',
    '李强先后来到乌鲁木齐、喀什等地，深入企业、园区和社区，了解经济运行、产业发展和民生保障等情况，听取意见建议。',
    '他指出，要坚持稳中求进工作总基调，加快构建现代化产业体系，持续改善民生，促进各民族交往交流交融。',
  ];
  const page = (lead: string, extra = '', head = '') =>
    withDocument(
      `<html lang="zh"><head><title>李强在新疆调研</title>${head}</head><body><article><h1>李强在新疆调研</h1><p>${lead}${ZH[0]}</p><p>${ZH[1]}</p><p>${ZH[2]}</p>${extra}</article></body></html>`,
      'https://www.example-news.cn/a.html',
      (doc) => analyze(doc, 'https://www.example-news.cn/a.html', SITE_RULES, { now: null }).byline,
    );

  it('reads the reporters of the lead’s dateline credit (news.cn, southcn.com, people.com.cn, caijing.com.cn)', () => {
    expect(page('新华社乌鲁木齐5月9日电（记者邹伟）')).toBe('邹伟');
    expect(page('新华社深圳5月12日电（记者戴小河、印朋）')).toBe('戴小河 and 印朋');
    expect(page('本报讯（记者叶婉）')).toBe('叶婉');
    expect(page('北京商报讯（记者 岳品瑜 董晗萱）')).toBe('岳品瑜 and 董晗萱');
    // A correspondent who supplied material is no reporter of the story.
    expect(page('本报讯（记者 王晓明 通讯员 李红）')).toBe('王晓明');
  });

  it('takes no brackets later in the paragraph, nor a desk’s word, for the reporters', () => {
    expect(page('李强指出（记者王晓明）')).toBeNull();
    expect(page('新华社北京5月9日电（本报记者）')).toBeNull();
    expect(page('新华社北京5月9日电（新华社）')).toBeNull();
  });

  it('takes no editor for the author: an editor’s line, or the author tag filled with the editor’s name (sina.com.cn, gmw.cn, youth.cn, chinadaily.com.cn)', () => {
    expect(page('', '<p class="show_author">责任编辑：刘德宾</p>')).toBeNull();
    expect(page('', '<p>[ 责编：张倩 ]</p>', '<meta name="author" content="张倩">')).toBeNull();
    expect(page('', '<p>编辑：倪仕轩 责任编辑：林涛</p>', '<meta name="author" content="倪仕轩">')).toBeNull();
    expect(page('', '<p>责任编辑：杨逸凡</p>', '<meta name="author" content="青网新闻杨逸凡">')).toBeNull();
    expect(page('', '', '<meta name="editor" content="郭凯"><meta name="author" content="郭凯">')).toBeNull();
    // The writer the author tag names stays where the editor is someone else.
    expect(page('', '<p>责任编辑：林涛</p>', '<meta name="author" content="倪仕轩">')).toBe('倪仕轩');
    expect(page('新华社深圳5月12日电（记者戴小河、印朋）', '<p>编辑：倪仕轩 责任编辑：林涛</p>', '<meta name="author" content="倪仕轩">')).toBe('戴小河 and 印朋');
  });

  it('takes no site, paper or account name for the author (sina.com.cn, kepu.gov.cn, qq.com)', () => {
    expect(cleanByline('新浪财经')).toBeNull();
    expect(cleanByline('中国科普网')).toBeNull();
    expect(cleanByline('上海证券报网络版')).toBeNull();
    expect(cleanByline('环球时报新媒体')).toBeNull();
    // Names of two or three characters stay, whatever character they end in.
    expect(cleanByline('王小报')).toBe('王小报');
    expect(cleanByline('李网')).toBe('李网');
    expect(cleanByline('欧阳晓网')).toBe('欧阳晓网');
  });
});
