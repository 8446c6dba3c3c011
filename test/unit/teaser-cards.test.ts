// One other story's teaser set alone between a story's paragraphs: a heading naming another page of the site and a
// short summary in a small box. Readability keeps the box as part of the story. Shapes from tagesschau.de (a link
// around a kicker, a date and the <h3>, the summary ending in "mehr") and zdfheute.de (an <article> whose <h3> holds a
// kicker and the link, a summary and a "Liveblog" label).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { teaserCards } from '../../src/core/extract/story-teasers.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.de/inland/flut-bilanz-100.html';
const PARAS = [
  'Zwei Jahre nach der Flut hat der Untersuchungsausschuss des Landtags seinen Abschlussbericht vorgelegt, nach mehr als fünfzig Sitzungen.',
  'Der Bericht kommt zu dem Schluss, dass die Warnungen der Behörden in der Nacht zu spät und zu ungenau bei den Menschen ankamen.',
  'Die Opposition wirft der Landesregierung vor, die Lage trotz eindeutiger Pegelstände über Stunden falsch eingeschätzt zu haben.',
  'Die Regierungsfraktionen sehen dagegen vor allem Mängel beim Katastrophenschutz der Kreise, der neu geordnet werden soll.',
].map((p) => `<p>${p}</p>`);

function extract(card: string, second = ''): { text: string; related: string[] } {
  const story = `${PARAS[0]}${PARAS[1]}${card}${PARAS[2]}${second}${PARAS[3]}`;
  const html = `<!doctype html><head><title>Abschlussbericht zur Flut</title></head><body><main><article><h1>Abschlussbericht zur Flut</h1><div class="text">${story}</div></article></main></body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, related: a.removed.filter((r) => r.kind === 'related').map((r) => r.text) };
  });
}

/** The headings of the cards `teaserCards` finds between the paragraphs. */
function cards(card: string): string[] {
  const html = `<!doctype html><body><article><h1>Abschlussbericht zur Flut</h1><div class="text">${PARAS.join('')}${card}${PARAS.join('')}</div></article></body>`;
  return withDocument(html, URL, (doc) => teaserCards(doc.body, () => false).map((c) => c.querySelector('h3')?.textContent ?? ''));
}

const tagesschau = (href: string, head: string, summary: string): string =>
  `<div class="teaser-absatz"><div class="teaser-absatz__teaserinfo"><a class="teaser-absatz__link" href="${href}">` +
  `<p><span><strong>Analyse</strong></span> <span class="teaser-absatz__date">11.04.2022</span></p>` +
  `<h3><span class="teaser-absatz__topline">Rücktritt der Ministerin</span> <span>${head}</span></h3></a></div>` +
  `<div><p class="teaser-absatz__shorttext">${summary} <span class="link-extend">mehr</span></p></div></div>`;

const ZDF =
  `<div><article><div><h3><div>Krieg in der Ukraine</div><span>:</span><a href="/politik/ausland/ukraine-liveblog-102.html">Aktuelles zum Krieg in der Ukraine</a></h3>` +
  `<div>Seit Februar 2022 führt Russland einen Angriffskrieg gegen die Ukraine. News und Hintergründe im Ticker.</div></div>` +
  `<div><div>Liveblog</div><div><button></button></div></div></article></div>`;

describe('a single teaser card between the paragraphs', () => {
  it('tagesschau.de: a link around kicker, date and headline, a summary ending in "mehr"', () => {
    const got = extract(tagesschau('/ruecktritt-analyse-101.html', 'Wenn der Gegenwind zu stark wird', 'Schon als Landesministerin war sie umstritten.'));
    expect(got.text).not.toMatch(/Gegenwind|umstritten|mehr$/m);
    expect(got.related.some((r) => r.includes('Wenn der Gegenwind zu stark wird'))).toBe(true);
    expect(got.text).toContain('Die Opposition wirft der Landesregierung vor');
  });

  it('tagesschau.de: two cards, each between paragraphs, both go', () => {
    const got = extract(
      tagesschau('/ruecktritt-analyse-101.html', 'Wenn der Gegenwind zu stark wird', 'Schon als Landesministerin war sie umstritten.'),
      tagesschau('/ruecktritt-innenminister-103.html', 'Was der zweite Rücktritt bedeutet', 'Für die Ministerpräsidentin ist es ein herber Schlag.'),
    );
    expect(got.text).not.toMatch(/Gegenwind|herber Schlag/);
    expect(got.text).toContain('Die Regierungsfraktionen sehen dagegen');
  });

  it('zdfheute.de: an <article> card for the live blog, its kicker in the heading', () => {
    const got = extract(ZDF);
    expect(got.text).not.toMatch(/Aktuelles zum Krieg|Angriffskrieg|Liveblog/);
    expect(got.text).toContain('Die Opposition wirft der Landesregierung vor');
  });

  it('sueddeutsche.de: an <article> card laid over by an empty link, headed by its unlinked subheading', () => {
    const card =
      `<div><article data-manual="teaser-s"><div><a class="overlay" href="/sport/marathon-petros-1.6248576"></a>` +
      `<div><picture><img src="/petros.jpg" alt=""></picture></div>` +
      `<h3><span>Marathonläufer Amanal Petros</span><span>:</span><span>Er läuft mit leichterem Herzen</span></h3></div>` +
      `<p>Amanal Petros hat eine neue Klarheit gefunden, als Läufer und als Unterstützer seiner Familie.</p>` +
      `<footer><span>Von Johannes Knuth</span></footer></article></div>`;
    expect(cards(card)).toEqual(['Marathonläufer Amanal Petros:Er läuft mit leichterem Herzen']);
    const got = extract(card);
    expect(got.text).not.toMatch(/Petros|Knuth/);
    expect(got.text).toContain('Die Opposition wirft der Landesregierung vor');
  });

  it('sueddeutsche.de, the real page: the card between the paragraphs goes, the paragraphs around it stay', () => {
    const got = onCorpusPage('fn/de-SZ-2024-09-30', (doc, url) => extractArticle(doc, url, null));
    expect(got.text).not.toContain('Amanal Petros hat eine neue Klarheit gefunden');
    expect(got.removed.some((r) => r.kind === 'related' && r.text.includes('Er läuft mit leichterem Herzen'))).toBe(true);
    expect(got.text).toContain('Ein „Riesen-Rennen“ urteilte Hendrik Pfeiffer');
  });

});

describe('what looks like a teaser card and is the story', () => {
  it('a card whose heading leads to another site stays (a partner or an agency)', () => {
    const got = extract(tagesschau('https://www.swr.de/ruecktritt-analyse-101.html', 'Wenn der Gegenwind zu stark wird', 'Schon als Landesministerin war sie umstritten.'));
    expect(got.text).toContain('Schon als Landesministerin war sie umstritten.');
  });

  it('a subheading linked to another page of the site, over the section it opens, is no card', () => {
    const section =
      `<section><h3><a href="/thema/katastrophenschutz-100.html">Neuordnung des Katastrophenschutzes</a></h3>` +
      `<p>Künftig sollen die Kreise ihre Einsatzpläne jedes Jahr mit dem Land abstimmen und gemeinsam üben, auch in der Nacht.</p>` +
      `<p>Dafür stellt das Land in den kommenden fünf Jahren zusätzliche Mittel bereit, vor allem für Sirenen und Funktechnik.</p>` +
      `<p>Die kommunalen Spitzenverbände begrüßten die Pläne, verlangten aber, dass das Land auch die laufenden Kosten trägt.</p></section>`;
    expect(cards(section)).toEqual([]);
    const got = extract(section);
    expect(got.text).toContain('Künftig sollen die Kreise');
    expect(got.text).toContain('auch die laufenden Kosten trägt');
  });

  it('a heading linked to a part of this page stays', () => {
    const got = extract(tagesschau('#chronik', 'Die Chronik der Flutnacht', 'Was in der Nacht geschah, Stunde für Stunde.'));
    expect(got.text).toContain('Was in der Nacht geschah, Stunde für Stunde.');
  });

  it("a writer's box is no card: a name linked to the writer's page over a short biography (cbc.ca, dailycaller.com)", () => {
    const box =
      `<div class="author"><h3><a href="/author/anna-beispiel/">Anna Beispiel</a></h3>` +
      `<p>Anna Beispiel berichtet seit 2015 aus dem Landtag, zuvor war sie Korrespondentin in Brüssel.</p></div>`;
    expect(cards(box)).toEqual([]);
  });

  it('a link around a picture heads no card: a headline block whose only link opens its photo (spiegel.de), a writer\'s portrait (politico.com)', () => {
    const header =
      `<div><h3><span>FDP-Vize</span> <span>Unterirdische Angriffe</span></h3>` +
      `<p><strong>Die Grünen arbeiten sich an der FDP ab, der Parteivize reagiert scharf.</strong></p>` +
      `<div><a href="/politik/bild-1180321-1218626.html"><img src="/kubicki.jpg" alt=""></a></div></div>`;
    expect(cards(header)).toEqual([]);
    const spiegel = onCorpusPage('xf/readability4j-spiegel-1', (doc, url) => extractArticle(doc, url, null));
    expect(spiegel.removed.filter((r) => r.kind === 'related').map((r) => r.text).join(' ')).not.toContain('Unterirdische Angriffe');
    const politico = onCorpusPage('xf/postlight-www-politico-com-test-case-3', (doc, url) => extractArticle(doc, url, null));
    expect(politico.removed.map((r) => r.text).join(' ')).not.toContain('About The Author');
  });

  it('cards side by side are a list, left to the list rules: a recipe collection is no single card', () => {
    const item = (slug: string, head: string, summary: string): string =>
      `<div><h3><a href="/rezepte/${slug}.html">${head}</a></h3><p>${summary}</p></div>`;
    const one = item('kartoffelsuppe', 'Kartoffelsuppe mit Majoran', 'Die klassische Suppe braucht nur wenige Zutaten und eine Stunde Zeit.');
    const two = item('apfelkuchen', 'Apfelkuchen vom Blech', 'Saftig und schnell gebacken, am besten mit säuerlichen Äpfeln.');
    expect(cards(one + two)).toEqual([]);
    expect(cards(one)).toEqual(['Kartoffelsuppe mit Majoran']);
  });
});
