// The headline's summary paragraph, set in the page's header apart from the story's container: found by the page's
// own description tag, shown under the headline (analyze().standfirst), never taken into the story's text.
// Shapes from wdr.de, waz.de, publico.es and mallorcamagazin.com; where the description is worded otherwise, the
// template's class names it (stuttgarter-zeitung.de, elmundo.es, mallorcazeitung.es). The real pages are checked below.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.de/politik/feuerwehr-rente-100.html';
const TITLE = 'Feuerwehrleute sollen später in Pension';
const SUMMARY = 'Schon im vergangenen Herbst hatte das Vorhaben für Empörung gesorgt: Die Landesregierung will das Rentenalter für Feuerwehrleute anheben. Heute wird im Landtag darüber diskutiert.';
const PARAS = [
  'Bislang gehen Beamte der Feuerwehr mit 60 in den Ruhestand. Die Landesregierung will das ändern und die Grenze schrittweise anheben.',
  'Die Gewerkschaft zeigt sich entrüstet über die offensichtliche Praxisferne dieser Idee, vor allem mit Blick auf den Fachkräftemangel.',
  'Der Städtetag, der ebenfalls zur Anhörung im Landtag geladen ist, sieht das anders und begrüßt den Vorschlag ausdrücklich.',
  'Eine Entscheidung wird noch vor der Sommerpause erwartet; bis dahin wollen die Verbände weiter gegen die Pläne protestieren.',
];
const story = `<div class="story">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`;

function run(header: string, description: string | null = SUMMARY, body = story): { standfirst: string | null; text: string } {
  const meta = description === null ? '' : `<meta name="description" content="${description}">`;
  const html = `<!doctype html><html><head><title>${TITLE}</title>${meta}</head><body><div class="header">${header}</div>${body}</body></html>`;
  return withDocument(html, URL, (doc) => {
    const a = analyze(doc, URL, SITE_RULES);
    return { standfirst: a.standfirst, text: a.text };
  });
}

describe('the standfirst', () => {
  it('is the block after the headline whose text is the page\'s description, shown apart from the story', () => {
    const { standfirst, text } = run(`<h1>${TITLE}</h1><p class="stand">Stand: 22.04.2024</p><p class="intro">${SUMMARY}</p><p>Von Nina Magoley</p>`);
    expect(standfirst).toBe(SUMMARY);
    expect(text).not.toContain('Schon im vergangenen Herbst');
    expect(text).toContain(PARAS[0]);
  });

  it('is found from a description the site cut with an ellipsis, and taken whole', () => {
    const cut = `${SUMMARY.slice(0, 120)}...`;
    expect(run(`<h1>${TITLE}</h1><p>${SUMMARY}</p>`, cut).standfirst).toBe(SUMMARY);
  });

  it('is the paragraph, not the wrapper that also holds the byline', () => {
    const cut = `${SUMMARY.slice(0, 100)}…`;
    expect(run(`<h1>${TITLE}</h1><div class="lead"><p>${SUMMARY}</p><span>Von Nina Magoley</span></div>`, cut).standfirst).toBe(SUMMARY);
  });

  it('is found when the description repeats it or runs on into the story (whole sentences only)', () => {
    const lead = 'Er galt als mächtigste Stimme des Liberalismus in Lateinamerika. Jetzt ist der große Romancier tot';
    expect(run(`<h1>${TITLE}</h1><h2>${lead}</h2>`, `${lead}. ${lead}.`).standfirst).toBe(lead);
    // The description's first words in a bold run are not a paragraph of their own.
    expect(run(`<h1>${TITLE}</h1><p><b>Er galt als mächtigste Stimme des Liberalismus</b></p>`, `${lead}.`).standfirst).toBeNull();
  });

  it('is not repeated when the story already opens with it', () => {
    const { standfirst, text } = run(`<h1>${TITLE}</h1>`, PARAS[0], `<div class="story"><p>${PARAS[0]}</p>${PARAS.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(standfirst).toBeNull();
    expect(text).toContain(PARAS[0]);
  });

  it('is none where the description is a teaser link, a caption, a short tag line, or missing', () => {
    expect(run(`<h1>${TITLE}</h1><a href="/other-story"><p>${SUMMARY}</p></a>`).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><figure><img src="/a.jpg" alt=""><figcaption>${SUMMARY}</figcaption></figure>`).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><p>Nachrichten aus dem Land</p>`, 'Nachrichten aus dem Land').standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><p>${SUMMARY}</p>`, null).standfirst).toBeNull();
  });

  it('is none where the description stands before the headline only (a site banner, not the story\'s summary)', () => {
    expect(run(`<p>${SUMMARY}</p><h1>${TITLE}</h1>`).standfirst).toBeNull();
  });
});

describe('the standfirst the template names, where the description is worded otherwise', () => {
  const OTHER = 'Die Landesregierung plant eine Reform der Pensionsregeln für Feuerwehrleute, die Gewerkschaften protestieren.';

  it('is the block named a summary in its class, right after the headline', () => {
    for (const cls of ['brick intro-text', 'ue-c-article__standfirst', 'ft-mol-subtitle', 'einleitung small', 'c-article-summary']) {
      const { standfirst, text } = run(`<h1>${TITLE}</h1><div class="${cls}"><p>${SUMMARY}</p></div>`, OTHER);
      expect(standfirst, cls).toBe(SUMMARY);
      expect(text).not.toContain('Schon im vergangenen Herbst');
    }
  });

  it('comes first: a description repeating the story\'s first paragraph does not displace it', () => {
    expect(run(`<h1>${TITLE}</h1><div class="article__standfirst">${SUMMARY}</div>`, PARAS[0]).standfirst).toBe(SUMMARY);
  });

  it('is none after the story has begun, in a caption or a link, or under a class that only contains the word', () => {
    // A "summary" box after the story's first paragraph is another part of the page (a rail, a fact box).
    const long = `<div class="story"><p>${PARAS[0]} ${PARAS[1]}</p><p>${PARAS[2]} ${PARAS[3]}</p></div>`;
    expect(run(`<h1>${TITLE}</h1>`, OTHER, `${long}<div class="rail"><div class="summary">${SUMMARY}</div></div>`).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><figure class="lead"><img src="/a.jpg" alt=""><figcaption class="intro">${SUMMARY}</figcaption></figure>`, OTHER).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><a href="/other-story" class="teaser-intro">${SUMMARY}</a>`, OTHER).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><div class="leader-board introduction">${SUMMARY}</div>`, OTHER).standfirst).toBeNull();
  });

  it('is none where the marked block is the lead picture, a byline with its date, a type scale\'s step or a pitch', () => {
    // latimes.com's "ArticlePage-lead", cnn.com's "image__lede": the story's picture with its caption.
    expect(run(`<h1>${TITLE}</h1><div class="ArticlePage-lead"><img src="/a.jpg" alt=""><div>${SUMMARY}</div></div>`, OTHER).standfirst).toBeNull();
    // timesunion.com's "articleHeader--subhead", mashable.com's "subtitle-2".
    expect(run(`<h1>${TITLE}</h1><div class="articleHeader--subhead">NINA MAGOLEY, Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m. Landespolitik</div>`, OTHER).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><div class="w-full subtitle-2">${SUMMARY}</div>`, OTHER).standfirst).toBeNull();
    expect(run(`<h1>${TITLE}</h1><div class="intro">Feuerwehr-News jede Woche: Melden Sie sich jetzt für unseren Newsletter an und erhalten Sie alle Neuigkeiten direkt in Ihr Postfach.</div>`, OTHER).standfirst).toBeNull();
  });
});

describe('the standfirst on real pages', () => {
  // test/corpora/fundus: the summary paragraph sits in the header, the story's paragraphs in their own container.
  const standfirstOf = (id: string): { standfirst: string | null; text: string } =>
    onCorpusPage(id, (doc, url) => {
      const a = analyze(doc, url, SITE_RULES);
      return { standfirst: a.standfirst, text: a.text };
    });

  it.each([
    ['fn/de-WDR-2024-04-22', 'Schon im vergangenen Herbst hatte das Vorhaben für Empörung gesorgt'],
    ['fn/de-WAZ-2025-09-10', 'Die Ex-Grünen-Vorsitzende Ricarda Lang attackiert Julia Klöckner.'],
    ['fn/es-Publico-2025-05-29', 'Los residentes del barrio madrileño denuncian la duración de las fiestas'],
    ['fn/fr-EuronewsFR-2026-01-06', 'Quand une crise géopolitique lance une nouvelle tendance vestimentaire'],
    ['fn/es-MallorcaMagazin-2025-04-16', 'Er galt als mächtigste Stimme des Liberalismus in Lateinamerika.'],
    // A marked block that is the story's own opening ("intro-container") gives way to the description's.
    ['xf/newspaper-teenvogue-com2', "You're going to want to keep an eye out for these stunners in 2015."],
    // Named by the template's class, the description worded otherwise.
    ['fn/de-StuttgarterZeitung-2025-10-25', 'Die Sprengung der 160 Meter hohen Kühltürme'],
    ['fn/es-ElMundo-2024-12-02', '"Ayer perdí completamente el respeto por él"'],
    ['fn/es-MallorcaZeitung-2025-04-16', 'Eine halbe Hundertschaft der Nationalpolizei'],
  ])('%s shows its standfirst', (id, opening) => {
    const { standfirst, text } = standfirstOf(id);
    expect(standfirst).toContain(opening);
    expect(text).not.toContain(opening);
  });
});
