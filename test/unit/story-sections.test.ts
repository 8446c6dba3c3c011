// A story set in several modules of one kind with other things between them (mdr.de and wdr.de: "modParagraph"
// modules around a video and a teaser list; t-online.de: text blocks beside a column of links): every run of the
// story is in the clean view, in page order, and what stood between the runs is not.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { findStoryAnchor } from '../../src/core/extract/story-anchor.ts';
import { storySections } from '../../src/core/extract/story-sections.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.de/thueringen/schlachtbetrieb-100.html';
const RUNS = [
  ['Noch dampfen die Hälften in der Halle, um auf einer Schiene gleich zur nächsten Station weitergeschoben zu werden.', 'Seit wenigen Minuten sind die Tiere erst tot, und der Betrieb läuft weiter wie an jedem anderen Tag der Woche.'],
  ['Derzeit gibt es laut Ministerium hundertdrei zugelassene Betriebe im Land, die meisten davon kleine Metzgereien.', 'Wie viele Betriebe überhaupt noch selbst schlachten, weiß das Ministerium nach eigenen Angaben nicht genau.'],
  ['Seit Jahren sinken die Mengen deutlich, und die Betriebe fordern von der Politik eine bessere Unterstützung.', 'Der Bauernverband schließt sich dieser Forderung an und verweist auf die hohen Kosten für die Entsorgung.'],
];
const module = (i: number): string =>
  `<div class="con"><div class="modCon"><div class="mod modA modParagraph"><div class="boxCon"><div class="box">` +
  `<h3 class="subtitle">Abschnitt ${i + 1}</h3>${RUNS[i]!.map((p) => `<p class="text">${p}</p>`).join('')}</div></div></div></div></div>`;
const video = '<div class="con conInline"><div class="modCon"><div class="mod modA"><div class="boxCon"><div class="box video"><p class="text">Video: Zu Besuch beim Schlachter, eine Minute</p></div></div></div></div></div>';
const teasers = (n: number): string =>
  `<div class="con"><div class="modCon"><div class="mod modA modLinklist"><div class="boxCon"><div class="box"><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}.html">Andere Geschichte Nummer ${i + 1} aus dem Land</a></li>`).join('')}</ul></div></div></div></div></div>`;

/** The openings of the runs storySections would put back (page order). */
function putBack(body: string): string[] {
  const html = `<!doctype html><html><head><title>Das harte Geschäft</title></head><body><div class="section"><h1>Das harte Geschäft</h1>${body}</div></body></html>`;
  return withDocument(html, URL, (doc) => {
    const anchor = findStoryAnchor(doc.body);
    return storySections(anchor.densest, anchor.parents).filter((s) => s.copy).map((s) => RUNS.flat().find((p) => s.key && p.startsWith(s.key))!);
  });
}

function extract(body: string): string {
  const html = `<!doctype html><html><head><title>Das harte Geschäft</title></head><body><div class="section"><h1>Das harte Geschäft</h1>${body}</div></body></html>`;
  return withDocument(html, URL, (doc) => extractArticle(doc, URL, null).text);
}

describe('a story in several modules', () => {
  it('keeps every run, in page order, without the video and the teaser list between them', () => {
    const text = extract(`${module(0)}${video}${module(1)}${teasers(4)}${module(2)}`);
    const all = RUNS.flat();
    for (const p of all) expect(text).toContain(p);
    const at = all.map((p) => text.indexOf(p));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Andere Geschichte');
  });

  it('a box of links set beside a run in one wrapper leaves, the run stays (t-online.de)', () => {
    const aside = `<aside aria-label="Mehr aus dem Ressort"><div>Mehr aus dem Ressort</div>${[1, 2, 3].map((i) => `<article><a href="/id_${i}/story.html">Eine andere Meldung aus dem Ressort, Nummer ${i}</a></article>`).join('')}</aside>`;
    const part = (i: number, side = ''): string => `<div class="flex row">${side}<div class="w-full"><div class="px-24">${RUNS[i]!.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;
    const text = extract(`${part(0)}${part(1, aside)}${part(2)}`);
    for (const p of RUNS.flat()) expect(text).toContain(p);
    expect(text).not.toContain('Eine andere Meldung');
  });

  it('does not take the next story a page loads below, under its own headline', () => {
    const next = `<div class="section"><h1>Eine ganz andere Geschichte</h1>${module(2)}</div>`;
    const html = `<!doctype html><html><head><title>Das harte Geschäft</title></head><body><div class="section"><h1>Das harte Geschäft</h1>${module(0)}${video}${module(1)}</div>${next}</body></html>`;
    const text = withDocument(html, URL, (doc) => extractArticle(doc, URL, null).text);
    expect(text).toContain(RUNS[1]![0]);
    expect(text).not.toContain(RUNS[2]![0]);
  });

  it('does not take a teaser module of the same shape, whose heading is a link', () => {
    const teaser = module(2).replace('<h3 class="subtitle">Abschnitt 3</h3>', '<h3 class="subtitle"><a href="/andere.html">Abschnitt 3</a></h3>');
    const text = extract(`${module(0)}${video}${module(1)}${teasers(3)}${teaser}`);
    expect(text).toContain(RUNS[1]![0]);
    expect(text).not.toContain(RUNS[2]![0]);
  });
});

describe('posts and teasers in the same shape are not runs of the story', () => {
  // Answers under a question (stackoverflow.com, answerbag.com) and a footer's teaser card (golflink.com) repeat the
  // module around the question's or the story's paragraphs.
  const run = (i: number, extra: string): string => module(i).replace('</div></div></div></div></div>', `${extra}</div></div></div></div></div>`);

  it.each([
    ['its writer\'s link', '<p class="signature">answered Sep 1 \'10 by <a href="/users/283077/hezamu">hezamu</a></p>'],
    ['its comment form', '<form action="/comment/"><textarea name="comment">Add a comment...</textarea></form>'],
    ['its "By" line', '<div class="byline">By Ed Ibarguen</div>'],
  ])('a run with %s is never put back', (_what, extra) => {
    expect(putBack(`${module(0)}${video}${module(1)}${teasers(3)}${run(2, extra)}`)).toEqual([RUNS[0]![0], RUNS[1]![0]]);
  });

  it('a run whose first paragraph is a cut summary is never put back', () => {
    const cut = module(2).replace(RUNS[2]![0]!, `${RUNS[2]![0]!.slice(0, 90)} ... Watch now`);
    expect(putBack(`${module(0)}${video}${module(1)}${teasers(3)}${cut}`)).toEqual([RUNS[0]![0], RUNS[1]![0]]);
  });

  it('a run left out still tells where the others go: the story keeps page order around it', () => {
    // Readability settles on the post-shaped run here; the story's two runs go back before it, not after.
    const text = extract(`${module(0)}${video}${module(1)}${run(2, '<p>answered by <a href="/users/1/x">x</a></p>')}`);
    const at = [RUNS[0]![0]!, RUNS[1]![0]!].map((p) => text.indexOf(p));
    expect(at[0]).toBeGreaterThanOrEqual(0);
    expect(at[0]).toBeLessThan(at[1]!);
    if (text.includes(RUNS[2]![0]!)) expect(text.indexOf(RUNS[2]![0]!)).toBeGreaterThan(at[1]!);
  });
});

describe('a story in several modules, on real pages', () => {
  const textOf = (id: string): string => onCorpusPage(id, (doc, url) => extractArticle(doc, url, null).text);

  it.each([
    ['fn/de-MDR-2023-04-28', 'Derzeit gibt es laut Landwirtschaftsministerium 103 zugelassene Schlachtbetriebe', 'Das Fleischer-Handwerk boomt'],
    ['fn/de-WDR-2024-04-22', 'Bislang gehen Beamte der Feuerwehr mit 60 in den Ruhestand.', 'Deutlich mehr Übergriffe auf städtische Mitarbeiter'],
    ['fn/de-TOnline-2026-01-07', 'Eigentümer des Schiffes ist nach Angaben', 'ICE-Agent erschießt Frau in ihrem Auto'],
    ['fn/de-TOnline-2026-04-15', 'Der US-Präsident hat versucht, die Kritik herunterzuspielen.', 'Putin rüstet auf: Satellitenbilder zeigen neuen Verteidigungsring'],
  ])('%s keeps its story\'s other runs and leaves the links between them out', (id, kept, gone) => {
    const text = textOf(id);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});
