// The card reader's outlet and time: the name beside a source's logo, in a <cite>, or marked as the source;
// never a writer, a section's label or a part of the headline; times in the languages Upstream reads.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { parseCard } from '../../src/core/extract/cards.ts';
import { isCardTime, isRelativeTime } from '../../src/core/card-time.ts';
import { headlineLike, wordsIn } from '../../src/core/text.ts';

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

  it('is the outlet named on its own line above the headline, as aggregators set their cards, when the directory knows it', () => {
    // news.google.com's topic cards: the outlet, the headline link, the time and the writer.
    const google = (source: string): string =>
      `<article><div class="vr1PYe">${source}</div><a href="./read/CBMi1" class="JtKRv">Chipmakers rally as demand for AI servers surges again</a><div><time>3 hours ago</time><span>By Jane Doe</span></div></article>`;
    expect(outletOf(google('Reuters'))).toBe('Reuters');
    expect(outletOf(google('The New York Times'))).toBe('The New York Times');
    // A kicker there is a section; a name no directory knows, a writer and a linked label are not read as outlets.
    expect(outletOf(google('Politics'))).toBeNull();
    expect(outletOf(google('Sam Ortiz'))).toBeNull();
    expect(outletOf(google('By Sam Ortiz'))).toBeNull();
    expect(outletOf(google('<a href="/section/reuters">Reuters</a>'))).toBeNull();
    expect(outletOf(`<div class="kicker">Reuters</div>${H}<span>2 hours ago</span>`)).toBeNull();
  });

  it('is the outlet a <cite> names, after the writer in "Writer / Outlet:"', () => {
    expect(outletOf(`<cite>Jane Doe / <a href="https://www.theverge.com/">The Verge</a>:</cite><strong><a href="https://www.theverge.com/1">${'Storm knocks out power to thousands along the coast'}</a></strong>`)).toBe('The Verge');
    expect(outletOf(`<cite><a href="https://www.reuters.com/">Reuters</a>:</cite> ${H}`)).toBe('Reuters');
    // A writer alone in the <cite> is no outlet.
    expect(outletOf(`<cite>By Jane Doe</cite> ${H}`)).toBeNull();
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

describe('the headline a card gives', () => {
  it('is never the post\'s date that links to it', () => {
    const got = parseCard(card('<div class="meta"><a href="/2015/10/18/post/">October 18, 2015</a></div><h2><a href="/2015/10/18/post/">Brand or Business – which one first?</a></h2>'), 'https://x.example/');
    expect(got?.title).toBe('Brand or Business – which one first?');
    const plain = parseCard(card('<a href="/2015/10/18/post/">October 18, 2015</a> <a href="/2015/10/18/post/">Brand or Business – which one first?</a>'), 'https://x.example/');
    expect(plain?.title).toBe('Brand or Business – which one first?');
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
