// A video player set into a story, known by the VideoObject record beside it: its title, description and notices
// leave the clean view with it (shapes from zdf.de, sportschau.de and metro.co.uk). A video page's own video and a
// story paragraph that happens to sit beside a record stay.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const URL = 'https://news.example.de/wirtschaft/iran-handel-100.html';
const PARAS = [
  'Als Reaktion auf die Angriffe beraten die Außenminister der Europäischen Union an diesem Montag über weitere Sanktionen gegen das Land.',
  'Dabei steht auch die deutsche Wirtschaft im Fokus, denn Deutschland ist der wichtigste Handelspartner in der Europäischen Union.',
  'Die Exporte sind in den vergangenen Jahren stark zurückgegangen, wie die Daten des Statistischen Bundesamts zeigen, vor allem seit 2018.',
  'Exportiert wurden vor allem Maschinen, pharmazeutische Erzeugnisse und chemische Produkte, im Wert von zuletzt gut einer Milliarde Euro.',
];

const record = (name: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name, duration: 'PT3M18S' })}</script>`;

function extract(body: string, title = 'Wie wichtig ist der Handel mit dem Iran?'): { text: string; removed: string[] } {
  const html = `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, removed: a.removed.map((r) => r.text) };
  });
}

const p = (i: number): string => `<div class="section"><div class="text">${PARAS[i]}</div></div>`;

describe('a video player inside the story', () => {
  it('zdf.de: the player\'s description and "date | duration" line go', () => {
    const caption = 'Neben Raketen und Drohnen ist die größte Bedrohung vor allem das Atomprogramm. Wie groß ist die Gefahr einer nuklearen Eskalation?';
    const player = `<div class="section"><div class="player"><picture></picture><figure></figure></div>${record('Iran und die Gefahr der nuklearen Eskalation')}<span>${caption}</span><span>21.04.2024 | 3:18 min</span><hr></div>`;
    const { text, removed } = extract(`${p(0)}${p(1)}${player}${p(2)}${p(3)}`);
    for (const para of PARAS) expect(text).toContain(para);
    expect(text).not.toContain('Wie groß ist die Gefahr');
    expect(text).not.toContain('3:18 min');
    expect(removed.join(' ')).toContain('Wie groß ist die Gefahr');
  });

  it('metro.co.uk: a player\'s "enable JavaScript" notice goes, and the paragraphs after it stay', () => {
    const player = `<div class="video-player"><div class="vjs-container">${record('Five key policies announced')}<video></video><p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p></div><div class="carousel"><span>Up Next</span><div class="placeholder"></div><div class="placeholder"></div></div></div>`;
    const { text } = extract(`${player}<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    for (const para of PARAS) expect(text).toContain(para);
    expect(text).not.toContain('enable JavaScript');
  });

  it('a video page\'s own video, named as the headline, keeps its description', () => {
    const title = 'Wie groß ist die Gefahr einer nuklearen Eskalation?';
    const description = 'Neben Raketen und Drohnen ist die größte Bedrohung vor allem das Atomprogramm, sagt unser Korrespondent in Teheran.';
    const { text } = extract(`<div class="player"><figure></figure>${record(title)}<p>${description}</p></div>${p(0)}${p(1)}${p(2)}`, title);
    expect(text).toContain(description);
  });

  it('a story paragraph beside a record stays', () => {
    const long = `${PARAS[2]} ${PARAS[3]} ${PARAS[0]}`;
    const { text } = extract(`${p(0)}${p(1)}<div class="section">${record('Ein anderes Video')}<p>${long}</p></div>`);
    expect(text).toContain(long.slice(0, 80));
  });
});
