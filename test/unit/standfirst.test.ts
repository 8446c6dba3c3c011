// The headline's summary paragraph, set in the page's header apart from the story's container: found by the page's
// own description tag, shown under the headline (analyze().standfirst), never taken into the story's text.
// Shapes from wdr.de, waz.de, publico.es and mallorcamagazin.com; the real pages are checked below.
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
  ])('%s shows its standfirst', (id, opening) => {
    const { standfirst, text } = standfirstOf(id);
    expect(standfirst).toContain(opening);
    expect(text).not.toContain(opening);
  });
});
