// A story not written in <p> (a post made of list items, lines split by <br>) is still the story: a related-block
// heading at its top or beside it must not take it away. Shapes from two real sites; the guard is an ordinary story
// whose related list below it still goes.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { findStoryAnchor } from '../../src/core/extract/story-anchor.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://blog.example.org/2020/12/18/weekly-notes';

function extract(body: string): { text: string; removed: string[] } {
  return withDocument(`<!doctype html><html><head><title>Weekly notes</title></head><body>${body}</body></html>`, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, removed: a.removed.map((r) => r.text) };
  });
}

const ITEMS = [
  'We’ve just landed a patch which aims to prevent starting an update while another instance of the browser is still running.',
  'Thanks to a volunteer, users can now import their saved logins from another password manager into the browser directly.',
  'Work continues on migrating the remaining modules away from the old file API, with most of the profile code now done.',
  'Fixed a bug where search engines were being added again on every startup, which had annoyed many people since the autumn.',
  'The new tab page now loads its pictures lazily, which cuts the time to first paint on slower machines by a fifth.',
  'A long-standing crash on closing a window with many pinned tabs has been found and fixed after months of searching.',
  'The screenshots feature no longer stalls when a page holds very large pictures, thanks to work on the capture code.',
  'Startup is faster again after the bookmarks toolbar was moved later in the window’s start, as measured on the test fleet.',
  'Documentation for the new build system has landed, so contributors can now find how to run the tests in one place.',
  'A flicker when switching between dark and light themes was fixed, along with a hang caused by the start-up cache.',
];
const RECENT = ['Weekly notes: Issue 106', 'Weekly notes: Issue 105', 'Weekly notes: Issue 104', 'Weekly notes: Issue 103'];
const recent = `<aside><h3>Recent Posts</h3><ul>${RECENT.map((t, i) => `<li><a href="/issue-${106 - i}">${t}</a></li>`).join('')}</ul></aside>`;

describe('a story not written in paragraphs', () => {
  it('blog.nightly.mozilla.org: a post made of lists under a "Highlights" heading stays whole', () => {
    const items = ITEMS.map((t, i) => `<li>${t} (<a href="https://bugs.example.org/${i}">bug ${1553982 + i}</a>)</li>`);
    const post = `<article><h1>Weekly notes: Issue 85</h1><div class="entry"><h3>Highlights</h3><ul>${items.slice(0, 5).join('')}</ul><h3>Friends of the project</h3><ul>${items.slice(5).join('')}</ul></div></article>`;
    const { text, removed } = extract(`${post}${recent}`);
    for (const item of ITEMS) expect(text).toContain(item.slice(0, 60));
    for (const t of RECENT) expect(text).not.toContain(t);
    expect(removed.join(' ')).not.toContain(ITEMS[0]!.slice(0, 40));
  });

  it('pixnet.net: a post written in <br> lines, in a block that opens with a "相關文章" box, stays whole', () => {
    const lines = [
      '一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣，楓葉在陽光下顯得格外鮮豔動人',
      '午後山嵐興起，雲氣遊蕩盤旋在對岸山頭，營地裡人潮來來去去，賞楓的遊客似乎一點也沒有減少的跡象',
      '三位大叔同行，準備走完這段遙遠的林道路段，約好下次找機會再來這裡露營，重溫當年一起爬山的舊夢',
      '營地每帳收費六百元，有兩間衛浴使用燒材鍋爐，另外兩間提供全天瓦斯熱水，冬天洗澡也不怕冷',
      '晚上氣溫降到五度左右，大家圍著火爐聊天烤肉，星空非常清楚，銀河橫跨整個山谷，讓人捨不得進帳篷睡覺',
      '隔天一早起來，山谷被雲海填滿，太陽從雲層後面慢慢升起，把整片楓林染成金黃色，這趟旅程真的值得',
      '營主說今年的楓紅比往年晚了將近兩個星期，最好的觀賞時間大概會落在一月中旬，建議大家提早預約營位',
      '從竹東出發大約要開兩個半小時的山路，最後一段是狹窄的產業道路，會車時要特別小心，雨天更要注意落石',
      '營地旁邊有一條小溪，夏天可以帶小朋友玩水抓蝦，冬天則是拍攝楓葉倒影的好地方，攝影愛好者一定不能錯過',
      '下山前順道去了附近的部落，買了一些當地種的高麗菜和水蜜桃乾，價格實在，老闆娘也非常熱情地招呼我們',
    ];
    const related = `<div class="related"><h3>相關文章</h3><ul>${['新竹尖石_函館露營區賞百萬夜景', '新社櫻花鳥森林_賞櫻露營趣', '春陽太魯灣營地_泡湯露營'].map((t, i) => `<li><a href="/post/${i}">${t}</a></li>`).join('')}</ul></div>`;
    // Three days' notes, one after the other.
    const days = [...lines, ...lines.map((l) => `第二天，${l}`), ...lines.map((l) => `第三天，${l}`)];
    const post = `<div id="article-box"><h1>新竹尖石_美樹營地賞楓</h1><div class="article-content">${related}<div class="article-content-inner">${days.join('<br><br>')}</div></div></div>`;
    const { text } = extract(post);
    for (const line of lines) expect(text).toContain(line.slice(0, 20));
    expect(text).not.toContain('函館露營區');
  });

  it('an ordinary story keeps its paragraphs and loses the related list below it', () => {
    const paras = ITEMS.slice(0, 4).map((t) => `<p>${t}</p>`).join('');
    const related = `<div><h3>Related Stories</h3><ul>${RECENT.map((t, i) => `<li><a href="/r/${i}">${t} and what came of it</a></li>`).join('')}</ul></div>`;
    const { text, removed } = extract(`<article><h1>Weekly notes: Issue 85</h1>${paras}${related}</article>`);
    for (const item of ITEMS.slice(0, 4)) expect(text).toContain(item);
    expect(text).not.toContain(RECENT[0]);
    expect(removed.some((r) => r.includes(RECENT[0]!))).toBe(true);
  });

  it('the story\'s anchor: the lists or <br> lines of a post without paragraphs, never a footer, and a short story\'s own block over its wrapper (jpost.com, businessinsider.de)', () => {
    const anchorText = (body: string): string =>
      withDocument(`<!doctype html><body>${body}</body>`, URL, (doc) => findStoryAnchor(doc.body).el?.textContent ?? '');
    const lists = `<div class="entry"><ul>${ITEMS.slice(0, 5).map((t) => `<li>${t}</li>`).join('')}</ul><ul>${ITEMS.slice(5).map((t) => `<li>${t}</li>`).join('')}</ul></div><div class="thanks"><p>${ITEMS[0]}</p></div>`;
    expect(anchorText(lists)).toContain(ITEMS[8]);
    const lines = `<div class="post-body">${ITEMS.join('<br><br>')}</div><div class="thanks"><p>${ITEMS[0]}</p></div>`;
    expect(anchorText(lines)).toContain(ITEMS[8]);
    // A short story in paragraphs beside a longer footer: the footer is never the story.
    const story = `<div class="article-body"><p>${ITEMS[0]}</p><p>${ITEMS[1]}</p></div>`;
    expect(anchorText(`<article>${story}</article><footer><div class="footer-wrap">${ITEMS.slice(2).map((t) => `<div>${t}</div>`).join('')}</div></footer>`)).toContain(ITEMS[0]);
    expect(anchorText(`<article>${story}</article><footer><div class="footer-wrap">${ITEMS.slice(2).map((t) => `<div>${t}</div>`).join('')}</div></footer>`)).not.toContain(ITEMS[5]);
    // A short story written in <br> lines inside a wrapper that also holds the page's data: the story's own block.
    const br = `<div class="post"><div class="KonaBody">${ITEMS.slice(0, 3).join('<br><br>')}<p>${ITEMS[3]}</p><p>${ITEMS[4]}</p></div><span>${ITEMS[5]}</span><span>${ITEMS[6]}</span></div>`;
    expect(anchorText(br)).not.toContain(ITEMS[6]);
  });
});

// The real pages the shapes above come from (../shared/corpora): their stories stay, and a block found by its
// running text only guards the story, never overrules Readability's pick with the page's other lines.
describe('a story not written in paragraphs, on real pages', () => {
  // Read when a test runs, so that the shapes above still run where ../shared is missing.
  const realText = (id: string): string => onCorpusPage(id, (doc, url) => extractArticle(doc, url, null).text);

  it.each([
    ['rtp/firefox-nightly-blog', 'which aims to prevent starting an update while another Firefox instance is running'],
    ['rtp/pixnet', '一波波接續性低溫寒流報到'],
  ])('%s keeps its story', (id, line) => {
    expect(realText(id)).toContain(line);
  });

  it('pastebin.com: the paste without the page\'s header lines and raw copy', () => {
    const text = realText('xf/postlight-pastebin-com');
    expect(text).not.toContain('Not a member of Pastebin yet');
    expect(text).not.toContain('RAW Paste Data');
  });
});

describe('code is not text', () => {
  // An ad slot's configuration inside the first part of a story made that part look longer than the whole story
  // Readability found, and the story's second part was lost.
  it('a long inline script inside the story does not make the story shorter', () => {
    const url = 'https://news.example.org/2024/05/03/budget';
    const para = (i: number): string => `<p>Paragraph ${i} of the story about the council budget, which the members debated for a long time before they voted on it late at night.</p>`;
    const slots = Array.from({ length: 120 }, (_, i) => ({ slot: `ad-${i}`, size: [300, 250], targeting: 'news,politics,budget' }));
    const script = `<script>window.adSlots = ${JSON.stringify(slots)};</script><style>.part p { margin: 0 0 1em; }</style>`;
    const html = `<!doctype html><html><head><title>Budget</title></head><body><article><h1>Budget</h1><div class="part">${[1, 2, 3, 4].map(para).join('')}${script}</div><div class="more">${[5, 6, 7].map(para).join('')}</div></article></body></html>`;
    const text = withDocument(html, url, (doc) => extractArticle(doc, url, null).text);
    for (const i of [1, 4, 5, 7]) expect(text).toContain(`Paragraph ${i} of the story`);
    expect(text).not.toContain('adSlots');
  });
});
