// Lists of other stories' teasers with no heading over them: each item a headline link on its own line and a short
// summary. Readability drops the headlines and keeps the summaries; the list must go whole, before it runs. Shapes
// from bbc.co.uk (a feature box after the story) and msnbc.com (a story list set into the story).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.com/world/fire-report';
const STORY = [
  'Fire crews worked through the night at the nightclub, where the blaze started shortly after two in the morning.',
  'Survivors said the emergency exits were blocked and that security staff at first tried to stop people leaving.',
  'The owners said the club was renewing its licence, and that its fire safety certificate had expired last year.',
  'Families gathered at a sports hall that was turned into a temporary morgue, where they identified the dead.',
].map((p) => `<p>${p}</p>`).join('');

function extract(inside: string, after = ''): { text: string; related: string[]; coverage: string[] } {
  const html = `<!doctype html><head><title>Nightclub fire kills dozens</title></head><body><div id="main"><div class="story"><h1>Nightclub fire kills dozens</h1>${STORY}${inside}${STORY}</div>${after}</div></body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, related: a.removed.filter((r) => r.kind === 'related').map((r) => r.text), coverage: a.coverage.map((c) => c.title) };
  });
}

/** bbc.co.uk's feature box: a picture and a short headline in one link under an <h3>, the summary under it. */
const bbcItem = (slug: string, head: string, summary: string): string =>
  `<li><h3><a href="/news/${slug}"><img src="/img/${slug}.jpg" alt="">${head}</a></h3><p>${summary}</p><hr></li>`;
const BBC_BOX =
  `<div class="features"><ul>` +
  bbcItem('magazine-1', 'Body maths', 'Do we really need a new version of the BMI?') +
  bbcItem('magazine-2', 'From meme to museum', 'The evolution of a digitally ancient file format as it finds new uses') +
  bbcItem('world-3', 'Community spirit', 'People of Homs pull together in adversity') +
  bbcItem('world-4', 'African football woes', 'Why a Nigerian prefers Manchester to Katsina United') +
  `</ul></div>`;

/** msnbc.com's story list: the first item with a picture, a summary and "Full story"; the others a time and a headline. */
const MSNBC_LIST =
  `<ol class="stories"><li><div><a href="/id/101/"><img src="/a.jpg" alt="Aisha"></a></div><a href="/id/101/"><span>Gadhafi's daughter sends defiant message</span></a>` +
  `<p><span>From her father's compound Gadhafi's daughter sent a defiant message early Friday, she told a cheering crowd.</span> <span><a href="/id/101/">Full story</a></span></p></li>` +
  `<li><a href="/id/102/"><span>Japan ministry orders nuke plant compensation</span></a></li>` +
  `<li><a href="/id/103/" title="Updated">Updated 84 minutes ago 4/15/2011 10:46:45 AM</a> <a href="/id/104/"><span>Suicide bomber hits Indonesian mosque, wounds 28</span></a></li></ol>`;

describe('lists of teasers without a heading', () => {
  it('bbc.co.uk: a feature box after the story goes whole, summaries and all', () => {
    const got = extract('', BBC_BOX);
    expect(got.text).not.toMatch(/BMI|meme|Homs|Katsina|Body maths/);
    // Every item is listed as removed, those whose headline is too short to read as a card's too.
    for (const head of ['Body maths', 'From meme to museum', 'Community spirit', 'African football woes']) expect(got.related.some((r) => r.startsWith(head))).toBe(true);
    expect(got.text).toContain('Families gathered at a sports hall');
  });

  it('msnbc.com: a story list set between the paragraphs goes whole, its time links no headline', () => {
    const got = extract(MSNBC_LIST);
    expect(got.text).not.toMatch(/Gadhafi|cheering crowd|Japan ministry|Suicide bomber|Full story/);
    expect(got.related).toContain('Suicide bomber hits Indonesian mosque, wounds 28');
    expect(got.text).toContain('Survivors said the emergency exits');
  });

  it('a teaser about the same story is kept as coverage', () => {
    const box =
      `<ul>${bbcItem('world-5', 'Nightclub fire survivors speak', 'Survivors of the nightclub fire describe blocked emergency exits and security staff stopping people')}` +
      `${bbcItem('world-6', 'African football woes', 'Why a Nigerian prefers Manchester to Katsina United')}</ul>`;
    const got = extract('', box);
    expect(got.coverage).toContain('Nightclub fire survivors speak');
    expect(got.text).not.toMatch(/Katsina|Survivors of the nightclub fire describe/);
  });
});

/** abendblatt.de's and waz.de's list: a subheading naming it, each item a kicker in bold and a headline link. */
const funkeList = (heading: string): string =>
  `${heading}<ul>` +
  `<li><strong>Fire safety:</strong> <a href="/world/article-1/inspections-cut">Inspections were cut for years</a></li>` +
  `<li><strong>Licences:</strong> <a href="/world/article-2/club-owners">Who owns the city's clubs, and who checks them</a></li>` +
  `<li><strong>Night economy under pressure:</strong> <a href="/world/article-3/night-economy">Why the late-night venues are struggling</a></li>` +
  `</ul>`;

describe('a teaser list under a subheading of its own', () => {
  it('the subheading right before the list goes with it, not left over the next paragraph', () => {
    const got = extract(funkeList('<h3>Background – researched for you</h3>'));
    expect(got.text).not.toMatch(/researched for you|Inspections were cut|night economy/i);
    expect(got.text).toContain('Families gathered at a sports hall');
  });

  it('abendblatt.de and waz.de, the real pages: "Exklusive Politik-Hintergründe – für Sie recherchiert" goes with its list', () => {
    for (const id of ['fn/de-HamburgerAbendblatt-2025-09-09', 'fn/de-WAZ-2025-09-10']) {
      const got = onCorpusPage(id, (doc, url) => extractArticle(doc, url, null));
      expect(got.text).not.toContain('Exklusive Politik-Hintergründe');
      expect(got.text).not.toContain('Klingbeil greift Klöckner an');
      // The story's own subheadings stay.
      expect(got.text.split('\n\n').length).toBeGreaterThan(8);
    }
  });

  it('a subheading with words between it and the list opens the story\'s next part and stays', () => {
    const spoken = extract(funkeList('<h3>What the inquiry found</h3><p>The inquiry published its findings in three parts, and the mayor said all of them would be acted on within the year.</p>'));
    expect(spoken.text).toContain('What the inquiry found');
    expect(spoken.text).toContain('The inquiry published its findings');
  });
});

describe('lists that only look like teasers stay', () => {
  it('items that are sentences with a link in them', () => {
    const list =
      `<ul><li><a href="/world/exits">The emergency exits</a> were locked from the outside, the fire service said on Monday.</li>` +
      `<li><a href="/world/licence">The club's licence</a> had lapsed in March, according to the city's records office.</li></ul>`;
    const got = extract(list);
    expect(got.text).toContain('were locked from the outside');
    expect(got.text).toContain('had lapsed in March');
  });

  it('a reading list of other outlets, each a headline and a line about it', () => {
    const item = (host: string, head: string, note: string): string => `<li><h3><a href="https://${host}/story">${head}</a></h3><p>${note}</p></li>`;
    const list =
      `<ul>${item('www.reuters.com', 'Brazil nightclub fire inquiry opens', 'The first account of the inquiry, with the fire chief\'s timeline.')}` +
      `${item('apnews.com', 'Survivors recall the night of the fire', 'Interviews with six survivors.')}</ul>`;
    const got = extract(list);
    expect(got.text).toContain('The first account of the inquiry');
    expect(got.text).toContain('Interviews with six survivors');
  });

  it("a feature list whose items close on a \"Learn more about …\" link (mozilla.org's tool list)", () => {
    const item = (name: string, desc: string): string => `<li><h3>${name}</h3><p>${desc}</p><a href="/tools/${name.toLowerCase()}">Learn more about ${name}</a></li>`;
    const list =
      `<ul>${item('WebIDE', 'Develop, deploy and debug apps directly in your browser, or on a device, with this tool.')}` +
      `${item('Inspector', 'Examine the HTML and CSS of any web page and easily modify the structure and layout of a page.')}</ul>`;
    const got = extract(list);
    expect(got.text).toContain('Develop, deploy and debug apps');
    expect(got.text).toContain('Examine the HTML and CSS');
  });

  it('items whose text runs longer than a summary', () => {
    const long = 'The inquiry heard from the fire chief, who described how the crews reached the building. '.repeat(4);
    const list = `<ul><li><h3><a href="/world/a">Inquiry day one</a></h3><p>${long}</p></li><li><h3><a href="/world/b">Inquiry day two</a></h3><p>${long}</p></li></ul>`;
    const got = extract(list);
    expect(got.text).toContain('The inquiry heard from the fire chief');
  });
});
