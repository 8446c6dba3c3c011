// Listing pages whose story cards have no heading tags (an aggregator's topic page: a favicon, the outlet's name,
// a headline link and a time; a news portal's list where one link wraps headline, source and time), and the card
// reader's outlet: beside a logo, never a byline, with times in the languages Upstream reads.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { parseCard } from '../../src/core/extract/cards.ts';
import { isCardTime, isRelativeTime } from '../../src/core/card-time.ts';
import { headlineLike, wordsIn } from '../../src/core/text.ts';

const STORIES: [string, string][] = [
  ['Central bank holds rates steady as inflation cools', 'Reuters'],
  ['Storm knocks out power to thousands along the coast', 'The Associated Press'],
  ['Electric carmaker recalls 40,000 vehicles over brake fault', 'Bloomberg'],
  ['Lawmakers reach deal on farm bill after months of talks', 'Politico'],
  ['Museum returns looted bronzes to Nigeria', 'BBC News'],
  ['Wildfire smoke prompts health alerts across three states', 'CNN'],
  ['Chipmaker posts record quarter on data-centre demand', 'Financial Times'],
];

const page = (body: string, title = 'Climate - Latest'): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><header><a href="/">Home</a><nav><a href="/world">World news and analysis from everywhere</a></nav></header><main><h1>Climate</h1>${body}</main></body></html>`;

const run = (html: string, url: string) => withDocument(html, url, (doc) => analyze(doc, url, SITE_RULES));

describe('listings whose headlines are plain links', () => {
  it('an aggregator topic page (favicon, outlet, headline link, time) is a listing whose items name their outlets', () => {
    const cards = STORIES.map(
      ([t, o], i) =>
        `<article class="card"><div class="src"><img src="https://icons.example/favicon?d=${i}" alt=""><div class="name">${o}</div></div><a class="headline" href="./read/${i}">${t}</a><div><time datetime="2024-03-0${i + 1}">${i + 2} hours ago</time><span>By Jane Doe</span></div></article>`,
    );
    const a = run(page(cards.join('')), 'https://news.aggregator.example/topics/climate');
    expect(a.kind).toBe('listing');
    // A listing names no original: its cards do.
    expect(a.original).toBeNull();
    expect(a.items.map((i) => [i.title, i.outlet])).toEqual(STORIES);
  });

  it('a headline list with the outlet and a short time after each link is a listing', () => {
    const rows = STORIES.map(([t, o], i) => `<div class="hl"><a class="hll" href="https://r.example/${i}">${t}</a><span class="meta"><span class="s">${o}</span> <span class="t">${i + 5}m</span></span></div>`);
    const a = run(page(`<div class="feed">${rows.join('')}</div>`), 'https://www.headlines.example/h/World');
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => [i.outlet, i.time])).toEqual(STORIES.map(([, o], i) => [o, `${i + 5}m`]));
  });

  it('a Japanese portal list, one link wrapping headline, source and date, gives the headline alone', () => {
    const ja = ['日銀、マイナス金利解除を決定', '東京株式市場、日経平均が最高値更新', '能登半島地震　仮設住宅の入居始まる', '円相場、一時150円台に', '政府、少子化対策の財源案を決定', '春闘、満額回答相次ぐ'];
    const media = ['共同通信', '時事通信', 'NHK', 'ロイター', '読売新聞', '朝日新聞'];
    const rows = ja.map(
      (t, i) => `<li class="item"><a class="item_link" href="https://portal.example.jp/articles/${i}"><div class="item_title">${t}</div><div class="item_sub"><span class="item_media">${media[i]}</span><time>3/${i + 1}(日) 10:0${i}</time></div></a></li>`,
    );
    const a = run(page(`<ul class="feed">${rows.join('')}</ul>`, '主要ニュース'), 'https://portal.example.jp/topics/top');
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => i.title)).toEqual(ja.map((t) => t.replace('　', ' ')));
    expect(a.items.map((i) => i.outlet)).toEqual(media);
    expect(a.items[0]!.time).toBe('3/1(日) 10:00');
  });

  it('a short story with a list of related headline links stays an article; so does a page of links in its navigation', () => {
    const story = `<article><h1>Council approves road budget</h1><p>${'The council voted on Tuesday to approve the budget after a long debate about repairs and transit. '.repeat(3)}</p><p>${'Residents were divided, with some praising the plan and others asking where the money would go. '.repeat(3)}</p></article>`;
    const related = `<div class="more">${STORIES.map(([t], i) => `<div class="r"><a class="rl" href="/news/${i}">${t}</a></div>`).join('')}</div>`;
    const a = run(`<!doctype html><html><head><title>Council approves road budget</title><meta property="og:type" content="article"></head><body>${story}${related}</body></html>`, 'https://www.local.example/news/budget');
    expect(a.kind).toBe('article');
    const nav = `<nav>${STORIES.map(([t], i) => `<div class="m"><a class="ml" href="/s/${i}">${t}</a></div>`).join('')}</nav>`;
    const b = run(`<!doctype html><html><head><title>Sections</title></head><body>${nav}<p>Choose a section.</p></body></html>`, 'https://www.local.example/sections');
    expect(b.kind).not.toBe('listing');
  });

  it('a card\'s source link under its headline is no second story; kickers and bylines name no outlet on the page', () => {
    const cards = STORIES.map(
      ([t, o], i) =>
        `<article class="post-item"><a href="/p/${i}"><h3>${t}</h3></a><div class="post-attribution"><a class="post-attribution__publisher" href="https://pub${i}.example/">${o}</a> · <time>${i + 1}h</time></div></article>`,
    );
    const a = run(page(cards.join('')), 'https://topics.example/climate');
    expect(a.items.map((i) => [i.title, i.outlet])).toEqual(STORIES);
    const home = STORIES.map(
      ([t], i) => `<div class="card"><a href="/2024/${i}"><h3>${t}</h3></a><p>A summary of the story in a sentence or two for the reader.</p><div><span class="card__label">Politics</span> · <span>${i + 2} hours ago</span></div></div>`,
    );
    const b = run(page(home.join('')), 'https://www.ledger.example/');
    expect(b.kind).toBe('listing');
    expect(b.items.map((i) => i.outlet)).toEqual(STORIES.map(() => null));
    // The detector counts no outlet cards either: the home page is no aggregator's.
    expect(b.signals.filter((s) => s.id === 'outlet-cards')).toEqual([]);
  });

  it('a short story under its own headline keeps its text, however many dated headline links surround it', () => {
    // A Japanese story of two paragraphs (a screenful) with a list of dated related stories and a ranking.
    const title = '消費増税の軽減税率は高所得者ほどお得と総務省が認める';
    const story = `<h1>${title}</h1><div class="entry"><p>${'家計の負担を和らげるための軽減税率のはずでしたが、低所得者ほど恩恵が薄いことを総務省が公式に認めました。'.repeat(3)}</p><p>${'今年10月に迫ってきた10％への消費増税。軽減税率やポイント還元制度が入り乱れる中、その効果が問われています。'.repeat(3)}</p></div>`;
    const related = `<ul class="related">${['店先ベンチで食べても外食扱いで10％になる問題', 'コンビニのイートインで利便性が崩壊する理由', 'キャッシュレス決済のポイント還元はいつまで続くか', '消費増税で駆け込み需要は起きるのか検証する', '軽減税率の対象品目をわかりやすくまとめました', '新聞は軽減税率の対象になるのか改めて考える']
      .map((t, i) => `<li class="rel"><a class="rel-link" href="/news/2019030${i}/">${t}</a><span class="date">2019年3月${i + 1}日</span></li>`)
      .join('')}</ul>`;
    const a = run(`<!doctype html><html lang="ja"><head><title>${title} | BUZZAP！</title></head><body><main>${story}${related}</main></body></html>`, 'https://news.example.jp/news/20190302-tax/');
    expect(a.kind).not.toBe('listing');
    expect(a.text).toContain('総務省が公式に認めました');
  });
});

const card = (inner: string): Element =>
  withDocument(`<!doctype html><body><div id="c">${inner}</div></body>`, 'https://x.example/', (doc) => doc.getElementById('c')!.cloneNode(true) as Element);
const outletOf = (inner: string): string | null => parseCard(card(inner), 'https://x.example/')?.outlet ?? null;
const H = '<h2><a href="/story">Storm knocks out power to thousands along the coast</a></h2>';

describe('the outlet a card names', () => {
  it('is never the writer: after a lone "By", in a link to the writer\'s page, or marked as the author', () => {
    expect(outletOf(`${H}<span>By</span> <a href="/author/sam/">Sam Ortiz</a> <a href="/story">March 3, 2024</a>`)).toBeNull();
    expect(outletOf(`${H}<a href="https://blog.example/autor/sam">Sam Ortiz</a> · <span>vor 2 Stunden</span>`)).toBeNull();
    expect(outletOf(`${H}<span class="meta-author"><a>Sam Ortiz</a></span> <span>2 hours ago</span>`)).toBeNull();
    expect(outletOf(`${H}<a rel="author" href="/u/1">Sam Ortiz</a> <span>2 hours ago</span>`)).toBeNull();
    // The same place holding an outlet's name still gives it.
    expect(outletOf(`${H}<span>Reuters</span> <span>2 hours ago</span>`)).toBe('Reuters');
  });

  it('is not a part of the headline set apart from its label ("Video" before the title, the date after)', () => {
    const got = parseCard(card('<a href="/news/1"><span>Video</span> <span>Obama urges UK to stay in European Union</span> <span>23 July 2015</span></a>'), 'https://x.example/');
    expect(got?.outlet).toBeNull();
    expect(got?.time).toBe('23 July 2015');
  });

  it('is never a section\'s label beside the time, nor a byline in French, Spanish, German or Dutch', () => {
    expect(outletOf(`${H}<div class="meta"><span class="story-card__label">World</span> · <span>2 hours ago</span></div>`)).toBeNull();
    expect(outletOf(`${H}<div class="meta"><a class="kicker" href="/politics">Politics</a> <time>3h</time></div>`)).toBeNull();
    expect(outletOf(`${H}<div class="meta"><span>Par Marie Dupont</span> <time>il y a 2 heures</time></div>`)).toBeNull();
    expect(outletOf(`${H}<div class="meta"><span>Por Ana López</span> <time>hace 2 horas</time></div>`)).toBeNull();
    // An element marked as the source stays the source, whatever else its class says.
    expect(outletOf(`${H}<div class="meta"><span class="source-label">AFP</span> <time>il y a 2 heures</time></div>`)).toBe('AFP');
  });

  it('is the name beside a source logo or favicon, or the name a logo carries', () => {
    expect(outletOf(`<div><img src="/favicon/reuters.png" alt=""><span>Reuters</span></div>${H}`)).toBe('Reuters');
    expect(outletOf(`<div><img src="/i/1.png" width="16" height="16" alt=""><span>Bloomberg</span></div>${H}`)).toBe('Bloomberg');
    expect(outletOf(`<img src="/l/7.png" alt="The Guardian logo">${H}<p>A summary of the story that runs a sentence.</p>`)).toBe('The Guardian');
  });

  it('is not a kicker or a section label beside the story\'s own picture', () => {
    expect(outletOf(`<img src="/photos/storm-coast.jpg" alt="Waves break over a sea wall"><span class="kicker">Weather</span>${H}`)).toBeNull();
    expect(outletOf(`<div><img src="/photos/1.jpg" width="640" height="360" alt=""><span>Opinion</span></div>${H}`)).toBeNull();
  });
});

describe('card times and headline lengths', () => {
  it('reads relative times in the languages Upstream reads', () => {
    for (const t of ['2 hours ago', 'vor 3 Stunden', 'vor einer Stunde', 'il y a 2 heures', 'hace 5 minutos', 'há 2 horas', '2 ore fa', '3 uur geleden', '2時間前', '5分钟前', '3시간 전', 'منذ ساعتين', 'منذ 3 ساعات', 'yesterday', 'gestern'])
      expect(isRelativeTime(t), t).toBe(true);
    for (const t of ['Politik', 'Reuters', 'vor Gericht', 'il y a des jours meilleurs', 'hace frío', 'by 2 hours', 'Two hours in Paris', '2 hours', 'Tage', 'ans'])
      expect(isCardTime(t), t).toBe(false);
  });

  it('takes short forms and dates on cards only, where a section label cannot pass for one', () => {
    for (const t of ['2h', '45m', 'today', 'Mar 3, 2024', '3 March 2024', '2024-03-03', '3/3(日) 10:00', '2024年3月3日 10:05', '3月3日'])
      expect(isCardTime(t) && !isRelativeTime(t), t).toBe(true);
  });

  it('counts two characters of an unspaced script as one word', () => {
    expect(wordsIn('Fed holds rates')).toBe(3);
    expect(wordsIn('春闘、満額回答相次ぐ')).toBe(5);
    expect(headlineLike('春闘、満額回答相次ぐ')).toBe(true);
    expect(headlineLike('Read more')).toBe(false);
    expect(headlineLike('ホーム')).toBe(false);
  });
});
