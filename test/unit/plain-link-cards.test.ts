// Listing pages whose story cards have no heading tags (an aggregator's topic page: a favicon, the outlet's name,
// a headline link and a time; a news portal's list where one link wraps headline, source and time; a headline
// aggregator whose links go to the outlets' sites), and the story pages that look like them.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';

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

  it('a headline aggregator (writer / outlet in a <cite>, the headline linking to the outlet\'s site, no times) is a listing', () => {
    const rows = STORIES.map(([t, o], i) => `<div class="ii"><cite>Jane Doe / <a href="https://www.site${i}.example/">${o}</a>:</cite><br><strong class="L2"><a class="ourh" href="https://www.site${i}.example/2024/${i}">${t}</a></strong> — A line of summary.</div>`);
    const a = run(page(`<div class="col">${rows.join('')}</div>`), 'https://www.techdigest.example/');
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => [i.title, i.outlet])).toEqual(STORIES);
  });

  it('portal lists in Arabic and Korean give each headline with its outlet and time', () => {
    const ar = [['الحكومة تعلن خطة جديدة لدعم الاقتصاد الوطني', 'الجزيرة', 'منذ ساعتين'], ['ارتفاع أسعار النفط في الأسواق العالمية اليوم', 'رويترز', 'منذ 3 ساعات'], ['الأمم المتحدة تدعو إلى وقف إطلاق النار فورا', 'بي بي سي عربي', 'منذ ساعة'], ['افتتاح معرض الكتاب الدولي بمشاركة واسعة', 'العربية', 'منذ 5 ساعات'], ['منتخب مصر يفوز في مباراة ودية استعدادا للبطولة', 'سكاي نيوز عربية', 'منذ يومين'], ['تحذيرات من موجة حر شديدة خلال الأيام المقبلة', 'فرانس 24', 'منذ 30 دقيقة']];
    const arRows = ar.map(([t, o, w], i) => `<div class="news-item"><a class="news-item__title" href="/ar/news/${i}">${t}</a><div class="news-item__meta"><span>${o}</span> - <span>${w}</span></div></div>`);
    const a = run(page(`<div class="news-list">${arRows.join('')}</div>`, 'أخبار العالم'), 'https://www.portal.example/ar/world');
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => [i.title, i.outlet, i.time])).toEqual(ar);
    const ko = [['정부, 내년 예산안 국회 제출', '연합뉴스'], ['서울 아파트값 3주 연속 상승', '한국경제'], ['기상청, 주말 전국에 비 예보', 'KBS'], ['삼성전자, 신형 반도체 공개', '조선일보'], ['국회, 민생법안 처리 합의', '뉴시스'], ['프로야구 개막전 매진 행렬', '스포츠조선']];
    const koRows = ko.map(([t, o], i) => `<li class="sa_item"><a class="sa_title" href="https://n.news.example.kr/${i}"><strong>${t}</strong></a><div class="sa_info"><div class="sa_press">${o}</div><div class="sa_time">${i + 1}시간전</div></div></li>`);
    const b = run(page(`<ul class="sa_list">${koRows.join('')}</ul>`, '정치'), 'https://news.portal.example.kr/section/100');
    expect(b.kind).toBe('listing');
    expect(b.items.map((i) => [i.title, i.outlet])).toEqual(ko);
  });

  it('a blog home page showing its posts in full is a listing of the posts; an article followed by the next posts is not', () => {
    const para = (n: number): string => `<p>${`Paragraph ${n} of a long post about the river walk, the willows and the floods of the winter that changed the bank. `.repeat(4)}</p>`;
    const post = (t: string, i: number): string =>
      `<article class="post hentry"><h2 class="entry-title"><a href="https://riverwalker.example.net/2024/03/${i}/">${t}</a></h2><div class="entry-meta"><a href="https://riverwalker.example.net/2024/03/${i}/">March ${i + 1}, 2024</a> <span class="byline">by <a href="/author/ann/">Ann</a></span></div><div class="entry-content">${[1, 2, 3, 4].map(para).join('')}</div></article>`;
    const posts = STORIES.slice(0, 4).map(([t], i) => post(t, i)).join('');
    const home = run(`<!doctype html><html><head><title>River Walker</title></head><body><header><h1 class="site-title"><a href="/">River Walker</a></h1></header><main>${posts}</main></body></html>`, 'https://riverwalker.example.net/');
    expect(home.kind).toBe('listing');
    expect(home.items.slice(0, 4).map((i) => i.title)).toEqual(STORIES.slice(0, 4).map(([t]) => t));
    // The story's own headline (unlinked, naming the title) over the post, the next posts loaded below it.
    const own = `<article><h1>Museum returns looted bronzes to the people of Nigeria</h1><div class="entry-content">${[1, 2, 3].map(para).join('')}</div></article>`;
    const article = run(`<!doctype html><html><head><title>Museum returns looted bronzes to the people of Nigeria – River Walker</title></head><body><main>${own}${posts}</main></body></html>`, 'https://riverwalker.example.net/2024/03/bronzes/');
    expect(article.kind).toBe('article');
    // A manual whose section headings carry a "¶" link to themselves is one long page, not posts.
    const sections = [1, 2, 3, 4].map((n) => `<div class="section" id="s${n}"><h2>Setting up part ${n}<a class="headerlink" href="#s${n}">¶</a></h2>${[1, 2].map(para).join('')}</div>`).join('');
    const manual = run(`<!doctype html><html><head><title>Evolve: shared mutable history</title></head><body><div class="body">${sections}</div></body></html>`, 'https://docs.example.org/evolve/sharing.html');
    expect(manual.kind).toBe('article');
  });

  it('a tag page whose JSON-LD calls it a CollectionPage is a listing, though its og:type says article', () => {
    // Yoast's archive pages (elimpulso.com's tag pages; nytimes.com and wired.com call their section pages so too).
    const ld = (graph: object[]): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script>`;
    const head = (graph: object[]): string => `<title>Archivos de Tregua - El Diario</title><meta property="og:type" content="article">${ld(graph)}`;
    const cards = STORIES.slice(0, 5).map(([t], i) => `<article class="card"><h3><a href="/2023/01/0${i + 1}/story-${i}/">${t}</a></h3><time>${i + 1} enero, 2023</time></article>`).join('');
    const tag = run(`<!doctype html><html><head>${head([{ '@type': 'CollectionPage', name: 'Archivos de Tregua' }, { '@type': 'WebSite', name: 'El Diario' }])}</head><body><h1>Tag: Tregua</h1>${cards}</body></html>`, 'https://www.eldiario.example/tag/tregua/');
    expect(tag.kind).toBe('listing');
    expect(tag.items.map((i) => i.title)).toEqual(STORIES.slice(0, 5).map(([t]) => t));
    // A story whose graph also names the section it belongs to stays an article, and so does a story with a
    // CollectionPage record alone: its prose says what it is.
    const story = `<article><h1>Council approves road budget after a long debate</h1>${Array.from({ length: 5 }, () => `<p>${'The council voted on Tuesday to approve the budget after a long debate about repairs and transit. '.repeat(2)}</p>`).join('')}</article>${cards}`;
    const both = run(`<!doctype html><html><head>${head([{ '@type': 'NewsArticle', headline: 'Council approves road budget' }, { '@type': 'CollectionPage', name: 'Local' }])}</head><body>${story}</body></html>`, 'https://www.eldiario.example/2023/01/09/budget/');
    expect(both.kind).toBe('article');
    const only = run(`<!doctype html><html><head>${head([{ '@type': 'CollectionPage', name: 'Local' }])}</head><body>${story}</body></html>`, 'https://www.eldiario.example/2023/01/09/budget/');
    expect(only.kind).toBe('article');
  });

  it("a home page whose JSON-LD holds a record per card beside its own WebPage record is a listing", () => {
    // wired.com's home page: a WebPage record for the page, then a NewsArticle record for each story card, each at
    // the story's own address. None is the page's, so the page is no article.
    const ld = (nodes: object[]): string => nodes.map((n) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...n })}</script>`).join('');
    const site = 'https://www.magazine.example';
    const record = (t: string, i: number): object => ({ '@type': 'NewsArticle', headline: t, url: `${site}/story/${i}/`, author: { '@type': 'Person', name: 'Jane Doe' } });
    // Cards without summaries: only the records tell this page from a short story among its site's links.
    const cards = STORIES.map(([t], i) => `<div class="card"><h3><a href="/story/${i}/">${t}</a></h3><span>Jane Doe</span></div>`).join('');
    const home = run(`<!doctype html><html><head><title>Magazine</title>${ld([{ '@type': 'WebPage', url: site }, ...STORIES.map(([t], i) => record(t, i))])}</head><body><h1>Magazine</h1>${cards}</body></html>`, `${site}/`);
    expect(home.kind).toBe('listing');
    expect(home.items.map((i) => i.title)).toEqual(STORIES.map(([t]) => t));
    // A story page whose graph also lists related stories stays an article: one of the records is the page's own
    // (its address written with or without the final slash). Records that name no address say nothing of cards.
    const story = `<article><h1>Council approves road budget after a long debate</h1>${Array.from({ length: 5 }, () => `<p>${'The council voted on Tuesday to approve the budget after a long debate about repairs and transit. '.repeat(2)}</p>`).join('')}</article>`;
    const own = { '@type': 'NewsArticle', headline: 'Council approves road budget', url: `${site}/story/9/`, author: { '@type': 'Person', name: 'Ann Lee' } };
    const withRelated = run(`<!doctype html><html><head>${ld([{ '@type': 'WebPage', url: `${site}/story/9` }, record(STORIES[0]![0], 0), own])}</head><body>${story}</body></html>`, `${site}/story/9/`);
    expect(withRelated.kind).toBe('article');
    const bare = (n: object): object => ({ ...n, url: undefined });
    const noAddress = run(`<!doctype html><html><head>${ld([{ '@type': 'WebPage', url: `${site}/story/9/` }, bare(own), bare(record(STORIES[0]![0], 0))])}</head><body>${story}</body></html>`, `${site}/story/9/`);
    expect(noAddress.kind).toBe('article');
    expect(noAddress.byline).toBe('Ann Lee');
  });

  it("a card's script is no text of it, and a link to a place on the page is no story", () => {
    // wired.com's home page: each card holds its story's JSON-LD, which pushed a "Partner Content" kicker out of
    // the card's first words and gave the card a summary of JSON; skip links ("Skip To: Latest News.") sit among
    // the cards with headline-length text.
    const json = (t: string, i: number): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: t, url: `https://www.magazine.example/story/${i}/`, description: 'x'.repeat(250) })}</script>`;
    const card = (t: string, i: number, kicker = ''): string => `<div class="card"><a href="/story/${i}/">${json(t, i)}<span class="kicker">${kicker}</span><h2>${t}</h2><span class="byline">Jane Doe</span></a></div>`;
    const skip = `<a class="visually-hidden" href="#latest-news-list">Skip To: Latest News of the day.</a>`;
    const body = `${skip}<div class="river">${STORIES.map(([t], i) => card(t, i)).join('')}${card('Machine learning takes the guesswork out of design', 9, 'Partner Content')}</div>`;
    const home = `<script type="application/ld+json">${JSON.stringify({ '@type': 'WebPage', url: 'https://www.magazine.example/' })}</script>`;
    const a = run(page(body, 'Magazine').replace('</head>', `${home}</head>`), 'https://www.magazine.example/');
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => [i.title, i.summary])).toEqual(STORIES.map(([t]) => [t, null]));
    expect(a.removed).toContainEqual(expect.objectContaining({ kind: 'ad', text: expect.stringContaining('Partner Content') }));
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
