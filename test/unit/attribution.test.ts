import { describe, expect, it } from 'vitest';
import { partedText } from '../../src/core/evidence/byline-area.ts';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { searchUrl } from '../../src/core/attribution/index.ts';
import { cleanByline } from '../../src/core/attribution/byline.ts';
import { resolveName } from '../../src/core/attribution/outlet-refs.ts';
import { normaliseDate, resolveRelative, weekdayDate } from '../../src/core/attribution/published.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import type { SiteRule } from '../../src/core/rules/rule-types.ts';

/**
 * Attribution of a small page through the whole pipeline. `under`: a line under the headline, in a byline element
 * (bylines, provider lines and date lines live there).
 */
const FILLER = [
  'The committee met for three hours on Tuesday and heard from a long list of witnesses about the plan and its costs.',
  'Officials said the proposal would be revised before a final vote, which is expected later in the month after review.',
].map((p) => `<p>${p}</p>`).join('');

function run(url: string, body: string, opts: { head?: string; under?: string; title?: string; rule?: SiteRule; now?: Date } = {}) {
  const title = opts.title ?? 'A story';
  // Two plain paragraphs after the body's first one give the page a story's length without adding credits.
  const [first, ...rest] = body.split(/(?<=<\/p>)/);
  const html = `<html><head><title>${title}</title>${opts.head ?? ''}</head><body><article><h1>${title}</h1>${
    opts.under ? `<div class="byline">${opts.under}</div>` : ''
  }${first ?? ''}${FILLER}${rest.join('')}</article></body></html>`;
  return withDocument(html, url, (doc) => analyze(doc, url, opts.rule ? [opts.rule] : SITE_RULES, { now: opts.now ?? null }));
}

const daily8Rule: SiteRule = {
  id: 'daily8', name: 'Daily8', domains: ['daily8.com'], aggregator: 'always', homepage: 'https://www.daily8.com/',
  creditPatterns: ['^(?<outlet>[A-Z][\\p{L}\\p{N}&.\' -]{1,40}?)\\s*(?:\\d{1,2}|an?)\\s+(?:minutes?|hours?|days?)\\s+ago$'],
};

describe('attribute: original outlet', () => {
  it('takes the original from a site-rule credit pattern and links a headline search on its domain', () => {
    const a = run('https://www.daily8.com/news/x-1', '<p>Relations are in crisis, the Financial Times reported on Monday.</p>', {
      under: 'Russia Today18 hours ago', rule: daily8Rule, title: 'US-Japan relations in crisis',
    });
    expect(a.host).toMatchObject({ name: 'Daily8', domain: 'daily8.com', homepage: 'https://www.daily8.com/' });
    expect(a.original).toMatchObject({ domain: 'rt.com', via: 'site-rule', homepage: 'https://www.rt.com/' });
    expect(a.original?.url).toBe('https://duckduckgo.com/?q=US-Japan+relations+in+crisis+site%3Art.com');
    expect(a.cited.map((c) => c.domain)).toEqual(['ft.com']);
    expect(a.cited[0]?.homepage).toBe('https://www.ft.com/');
  });

  it('reads JSON-LD isBasedOn and links the story itself', () => {
    const a = run('https://www.msn.com/en-us/news/world/x/ar-AA1', '<p>Text.</p>', {
      head: '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.reuters.com/world/x-2025/"}</script>',
    });
    expect(a.original).toMatchObject({ name: 'Reuters', domain: 'reuters.com', via: 'json-ld', url: 'https://www.reuters.com/world/x-2025/' });
  });

  it('reads meta syndication-source and a cross-domain canonical', () => {
    const meta = run('https://www.example-news.net/a', '<p>Text.</p>', { head: '<meta name="syndication-source" content="https://apnews.com/article/abc">' });
    expect(meta.original).toMatchObject({ domain: 'apnews.com', via: 'meta', url: 'https://apnews.com/article/abc' });
    const canonical = run('https://www.msn.com/en-us/x', '<p>Text.</p>', { head: '<link rel="canonical" href="https://www.businessinsider.com/story-2019-1">' });
    expect(canonical.original).toMatchObject({ domain: 'businessinsider.com', via: 'canonical' });
  });

  it('reads credit lines: wire datelines, sign-offs and byline suffixes', () => {
    expect(run('https://www.daily8.com/n/1', '<p>TOKYO, June 27 (Reuters) - Japan and the US are arranging a visit.</p>').original)
      .toMatchObject({ domain: 'reuters.com', via: 'credit-line' });
    expect(run('https://www.example.org/n', '<p>The museum closed.</p><p>— AFP</p>').original).toMatchObject({ domain: 'afp.com' });
    const byline = run('https://www.taipeitimes.com/News/editorials/archives/2025/07/04/2', '<p>Column text.</p>', { under: 'By John Roe / AP' });
    expect(byline.original).toMatchObject({ domain: 'apnews.com', via: 'credit-line' });
    expect(byline.byline).toBe('John Roe');
  });

  it('reads the partner credit of MENAFN pages', () => {
    const a = run('https://menafn.com/1109866417/x', '<p>(MENAFN- Khaleej Times) The UAE fuel price committee announced prices.</p>');
    expect(a.original).toMatchObject({ name: 'Khaleej Times', domain: 'khaleejtimes.com' });
  });

  it('reads author bio lines naming the outlet', () => {
    const a = run('https://www.taipeitimes.com/News/editorials/archives/2025/07/04/1', '<p>Column text.</p><p>Gearoid Reidy is a Bloomberg Opinion columnist covering Japan.</p>');
    expect(a.original).toMatchObject({ name: 'Bloomberg Opinion', domain: 'bloomberg.com', homepage: 'https://www.bloomberg.com/opinion', via: 'author-bio' });
    expect(a.byline).toBe('Gearoid Reidy');
  });

  it('keeps the host as original on a page that is not a copy', () => {
    const a = run('https://www.reuters.com/world/x-2025-06-27/', '<p>TOKYO, June 27 (Reuters) - Japan is planning a visit, Kyodo reported, citing Reuters sources.</p>', {
      head: '<link rel="canonical" href="https://www.reuters.com/world/x-2025-06-27/">',
    });
    expect(a.original).toMatchObject({ domain: 'reuters.com', via: 'host', url: 'https://www.reuters.com/world/x-2025-06-27/' });
    expect(a.cited.map((c) => c.domain)).toEqual(['kyodonews.net']);
  });

  it('falls back to og:site_name and the hostname for unknown hosts', () => {
    expect(run('https://blog.example.net/p', '<p>Hi.</p>', { head: '<meta property="og:site_name" content="Workbench Notes">' }).host)
      .toMatchObject({ name: 'Workbench Notes', domain: 'example.net' });
    expect(run('https://blog.example.net/p', '<p>Hi.</p>').host).toMatchObject({ name: 'blog.example.net', domain: 'example.net' });
    // A template that fills og:site_name with the site's address: the hostname reads better than a URL.
    expect(run('https://www.kqpt9.com/2025/a', '<p>Hi.</p>', { head: '<meta property="og:site_name" content="https://www.kqpt9.com">' }).host)
      .toMatchObject({ name: 'kqpt9.com', domain: 'kqpt9.com' });
  });

  it('lets only http(s) links out', () => {
    const a = run('https://www.example-news.net/a', '<p>Text.</p>', { head: '<link rel="canonical" href="javascript:alert(1)">' });
    expect(a.original?.url).toBe('https://www.example-news.net/a');
    expect(searchUrl('', 'rt.com')).toBeNull();
  });
});

describe('a byline naming an outlet and no person', () => {
  it('makes the page that outlet\'s copy, under a byline label in any language or as the story\'s first line', () => {
    // uniradioinforma.com ("Por: El Universal" opening a story), nypost.com ("By Fox News"), a byline element alone.
    const lead = run('https://www.radio-informa.example/noticias/1', '<p>Por: El Universal</p><p>En el 2021 hubo tres principales causas de muerte a nivel nacional.</p>');
    expect(lead.isAggregator).toBe(true);
    expect(lead.original).toMatchObject({ domain: 'eluniversal.com.mx' });
    const under = run('https://www.example-news.com/a', '<p>The plan was approved on Tuesday.</p>', { under: 'By Fox News' });
    expect(under.original).toMatchObject({ domain: 'foxnews.com' });
    expect(under.byline).toBeNull();
  });

  it('is not read from the site\'s own name, a desk, a place or a person', () => {
    const site = '<meta property="og:site_name" content="Springfield Gazette">';
    for (const line of ['By Springfield Gazette', 'Por: Redacción', 'By Washington', 'Por: Ana Ruiz']) {
      const a = run('https://www.springfieldgazette.com/a', '<p>The plan was approved on Tuesday.</p>', { under: line, head: site });
      expect(a.isAggregator, line).toBe(false);
    }
    // "Por" opening a sentence of the story is no byline.
    expect(run('https://www.example-news.com/a', '<p>Por El Universal pasaron cientos de periodistas durante el siglo.</p>').isAggregator).toBe(false);
  });
});

describe('a byline element naming a desk, an agency or an account', () => {
  const page = (under: string, head = '', tail = '') =>
    run('https://www.example-news.com/a', `<p>The plan was approved on Tuesday.</p>${tail}`, { under, head });

  it('names no writer, whatever a CMS default elsewhere says (uniradioinforma.com, diariobahiadecadiz.com, sdpnoticias.com)', () => {
    expect(page('por Agencias', '<meta name="author" content="Sourtech">').byline).toBeNull();
    expect(page('Firmado por Redacción', '<meta property="article:author" content="Dany">').byline).toBeNull();
    expect(page('Por User Admin', '<meta name="author" content="Jane Roe">').byline).toBeNull();
  });

  it('still names the people a wire\'s own closing credit names, and a person\'s byline keeps its record', () => {
    expect(page('By Reuters', '', '<p>(Reporting by Andy Bruce in London; Editing by Sam Holmes)</p>').byline).toBe('Andy Bruce');
    expect(page('Jane Roe', '<meta name="author" content="Jane Roe">').byline).toBe('Jane Roe');
    // A byline element that holds no name at all (a date) leaves the meta author to speak.
    expect(page('Updated 3 hours ago', '<meta name="author" content="Jane Roe">').byline).toBe('Jane Roe');
  });
});

describe('attribute: cited outlets', () => {
  const cited = (text: string, url = 'https://www.daily8.com/news/x'): string[] =>
    run(url, text.split('\n').map((t) => `<p>${t}</p>`).join('')).cited.map((c) => c.name);

  it('finds outlets named as sources, once each', () => {
    expect(cited('The Financial Times reported on Monday. An official told the FT that talks stalled.')).toEqual(['Financial Times']);
    expect(cited('According to Reuters, the deal is off. Kyodo news agency reported on Friday, citing an official.'))
      .toEqual(['Reuters', 'Kyodo News']);
    expect(cited('The plan was first reported by Axios. A Nikkei report said more.')).toEqual(['Axios', 'Nikkei']);
  });

  it('ignores platforms, ordinary words and outlets merely mentioned', () => {
    expect(cited('He posted on X (formerly Twitter) and on his Truth Social platform.')).toEqual([]);
    expect(cited('RT @user: the CAPE index rose, ap reported.')).toEqual([]);
    expect(cited('She used to read the Financial Times on the train.')).toEqual([]);
  });

  it('excludes the host and the original', () => {
    expect(cited('TOKYO (Reuters) - Exports fell, a Reuters poll showed. Bloomberg reported the same.')).toEqual(['Bloomberg']);
  });
});

describe('bylines from the page\'s records', () => {
  const byline = (head: string, url = 'https://www.example-news.com/a') => run(url, '<p>The plan was approved on Tuesday.</p>', { head }).byline;

  it('reads an older parsely-page record and the author metas other templates print (thekitchn.com, sitepoint.com, thedailybeast.com, independent.co.uk)', () => {
    expect(byline('<meta name="parsely-page" content=\'{"title":"A story","author":"Dana Reyes","pub_date":"2015-01-01"}\'>')).toBe('Dana Reyes');
    expect(byline('<meta name="authors" content="Sam Ortiz">')).toBe('Sam Ortiz');
    expect(byline('<meta property="article:author_name" content="Dana Reyes">')).toBe('Dana Reyes');
    // A desk in the record is not a person.
    expect(byline('<meta name="parsely-page" content=\'{"author":"National Desk"}\'>')).toBeNull();
  });

  it('reads the owner of a site known by its address alone as the author (anisse.astier.eu, simonsarris.substack.com), and no site that names itself', () => {
    expect(byline('<meta name="author" content="Anisse Astier">', 'https://anisse.astier.eu/awk-driven-iot.html')).toBe('Anisse Astier');
    const person = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Simon Sarris"}}</script>';
    expect(byline(person, 'https://simonsarris.substack.com/p/the-most-precious-resource-is-agency')).toBe('Simon Sarris');
    // The site's own name in the author slot is no writer: named by og:site_name, or listed in the directory.
    expect(byline('<meta property="og:site_name" content="Anisse Astier"><meta name="author" content="Anisse Astier">', 'https://anisse.astier.eu/a.html')).toBeNull();
    expect(byline('<meta name="author" content="The Guardian">', 'https://www.theguardian.com/world/2024/a')).toBeNull();
    // A group's name, or a longer name than the address holds, is the site's, not its owner's.
    expect(byline('<meta name="author" content="Android Developers">', 'https://android-developers.googleblog.com/2016/12/a.html')).toBeNull();
    expect(byline('<meta name="author" content="Graiul Maramureşului">', 'http://www.graiul.ro/2022/02/25/a/')).toBeNull();
    expect(byline('<meta name="author" content="Apartment Therapy Submissions">', 'http://www.apartmenttherapy.com/a-loft-236564')).toBeNull();
  });

  it('reads the owner of an account on a blog host or of their own domain, whatever the site calls itself (medium.com, wordpress.com, a newsletter)', () => {
    const named = (site: string, author: string) => `<meta property="og:site_name" content="${site}"><meta name="author" content="${author}">`;
    expect(byline(named('Medium', 'Erik Engheim'), 'https://erik-engheim.medium.com/why-is-apples-m1-chip-so-fast-3262b158cba2')).toBe('Erik Engheim');
    expect(byline(named('Jacob Brazeal', 'Jacob Brazeal'), 'https://jacobbrazeal.wordpress.com/2020/11/16/on-learning-chess/')).toBe('Jacob Brazeal');
    const person = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
    expect(byline(person('Franco Fernando'), 'https://newsletter.francofernando.com/p/seniority')).toBe('Franco Fernando');
    // A site's own name at its own address is an outlet's, no writer's, even where the record types it as a Person.
    expect(byline(named('Hot Air', 'Hot Air'), 'https://hotair.com/headlines/a')).toBeNull();
    expect(byline(`<meta property="og:site_name" content="Der Postillon">${person('Der Postillon')}`, 'https://www.der-postillon.com/2018/04/a.html')).toBeNull();
    expect(byline(named('Medium', 'Medium Staff'), 'https://medium.com/p/a')).toBeNull();
  });

  it('reads a writer the record names both as the Person author and as the publisher (thevaluable.dev)', () => {
    const record = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Matthieu Cneude"},"publisher":{"@type":"Organization","name":"Matthieu Cneude"}}</script>';
    expect(byline(`<meta property="og:site_name" content="The Valuable Dev">${record}`, 'https://thevaluable.dev/guide-inheritance-oop/')).toBe('Matthieu Cneude');
    // A one-word brand typed as the author and named as the publisher is the release's issuer (globenewswire.com).
    const brand = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Segment"},"publisher":{"@type":"Organization","name":"Segment"}}</script>';
    expect(byline(brand, 'https://www.globenewswire.com/news-release/2016/04/06/1300478/0/en/a.html')).toBeNull();
  });

  it('does not take an organisation the record names for the author (wiwo.de, stern.de), nor a meta tag holding only the first of the authors a "By" line shows (telegraph.co.uk, space.com)', () => {
    const org = (name: string) => `<meta name="author" content="${name}"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"${name}"}}</script>`;
    expect(byline(org('Wirtschaftswoche'))).toBeNull();
    const publisher = '<meta name="author" content="Stern Digital"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Stern Digital"}}</script>';
    expect(byline(publisher)).toBeNull();
    // A person beside the organisation is still read.
    expect(byline('<meta name="author" content="Dana Reyes"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Wirtschaftswoche"}}</script>')).toBe('Dana Reyes');
    const parsely = '<meta name="parsely-page" content=\'{"authors":["Harriet Alexander"]}\'>';
    const shown = (line: string) => run('https://www.example-news.com/a', `<p>${line}</p><p>The plan was approved on Tuesday.</p>`, { head: parsely }).byline;
    expect(shown('By Harriet Alexander, Andrew Marszal and Josie Ensor')).toBe('Harriet Alexander, Andrew Marszal and Josie Ensor');
    // A line naming someone else does not overrule the record.
    expect(shown('By Sam Ortiz')).toBe('Harriet Alexander');
  });

  it('reads JSON-LD that browsers\' readers refuse and authors given by reference (moneycontrol.com, hakibenita.com, my6sense.com)', () => {
    const raw = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story\nin two lines","author":{"@type":"Person","name":"Dana Reyes"}}</script>';
    expect(byline(raw)).toBe('Dana Reyes');
    const cdata = '<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","author":{"@type":"Person","name":"Sam Ortiz"}}\n//]]></script>';
    expect(byline(cdata)).toBe('Sam Ortiz');
    const graph = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"https://www.example-news.com/#/person/1"}},{"@type":"Person","@id":"https://www.example-news.com/#/person/1","name":"Dana Reyes"}]}</script>';
    expect(byline(graph)).toBe('Dana Reyes');
  });

  it('reads the HTML character references sites print into JSON-LD (avclub.com, cnn.com, spacenews.com)', () => {
    const ld = (author: string, publisher: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${author}"},"publisher":{"@type":"Organization","name":"${publisher}"}}</script>`;
    expect(byline(ld('Dana O&#39;Reyes', 'City Paper'))).toBe("Dana O'Reyes");
    expect(byline(ld('Sam O&#x27;Ortiz &amp; Ana Ruiz', 'City Paper'))).toBe("Sam O'Ortiz and Ana Ruiz");
    // A reference to no character is left as written, never an error.
    expect(() => byline(ld('Ana &#99999999; Ruiz', 'City Paper'))).not.toThrow();
    // An outlet's name with "&amp;" is found in the directory.
    const source = '<script type="application/ld+json">{"@type":"NewsArticle","sourceOrganization":{"@type":"Organization","name":"Stars &amp; Stripes"}}</script>';
    expect(run('https://www.example-news.com/a', '<p>The plan was approved on Tuesday.</p>', { head: source }).original).toMatchObject({ domain: 'stripes.com' });
  });
});

describe('a byline the description was cut from', () => {
  const byline = (description: string, body = '<p>The plan was approved on Tuesday.</p>') =>
    run('https://www.example-news.com/a', body, { head: `<meta name="description" content="${description}">` }).byline;

  it.each([
    // fox13now.com: a CNN story whose template shows only "By: CNN Wire"; the description keeps the writer.
    ['fox13now.com', 'By Leigh Ann Caldwell CNN WASHINGTON (CNN) — Not everyone subscribes to a New Year’s resolution.', 'Leigh Ann Caldwell'],
    // yahoo.com: a Reuters story's opening, byline and dateline.
    ['yahoo.com', 'By Alex Dobuzinskis LOS ANGELES (Reuters) - El Nino’s warm currents have brought rain.', 'Alex Dobuzinskis'],
  ])('%s', (_site, description, want) => {
    expect(byline(description)).toBe(want);
  });

  it.each([
    // avclub.com: a sentence that opens with "By".
    'By now the Serial theme song has been remixed a million different ways.',
    // A description that is a summary, not the story's opening.
    'By Tuesday the council had approved the plan, officials said.',
    // A byline without the story's dateline after it is no cut opening.
    'By Dana Reyes and the editors: a guide to the city budget.',
  ])('no byline from "%s"', (description) => {
    expect(byline(description)).toBeNull();
  });

  it('a byline the page shows wins over the description', () => {
    const body = '<p>By Sam Ortiz</p><p>The plan was approved on Tuesday.</p>';
    expect(byline('By Alex Dobuzinskis LOS ANGELES (Reuters) - El Nino’s warm currents have brought rain.', body)).toBe('Sam Ortiz');
  });
});

describe('bylines where the page puts them', () => {
  const STORY = `${FILLER}<p>The council will publish the final figures next week, after the auditors have checked every account line.</p>`;
  const byline = (html: string, url = 'https://www.example-news.com/a') =>
    withDocument(`<html><head><title>A story</title></head>${html}</html>`, url, (doc) => analyze(doc, url, SITE_RULES, { now: null })).byline;

  it('reads a byline on a page whose wrapper class names rails (cbc.ca "withSidebar", otrs.com, Drupal "no-sidebars")', () => {
    expect(byline(`<body class="page no-sidebars"><div class="withSidebar"><h1>A story</h1><span class="author">Pete Evans</span>${STORY}</div></body>`)).toBe('Pete Evans');
    expect(byline(`<body><div class="layout footer-menu-enabled"><article><h1>A story</h1><div class="byline">By Dana Reyes</div>${STORY}</article></div></body>`)).toBe('Dana Reyes');
  });

  it('takes the story\'s headline, not a logo or a label set in an earlier <h1>, as the start of the story (cbsnews.com, naturebox.com "Blog")', () => {
    const headline = 'Key moments from the impeachment hearing testimony';
    const sections = ['U.S.', 'World', 'Politics', 'Entertainment', 'HealthWatch', 'MoneyWatch', 'SciTech', 'Crime', 'Sports', 'Essentials'];
    const logo = `<header class="site-header"><h1 class="site-logo"><a href="/"><img src="/logo.svg" alt=""></a></h1><ul class="menu">${sections.map((s) => `<li><a href="/${s}/">${s}</a></li>`).join('')}</ul></header>`;
    const page = (body: string) => {
      const url = 'https://www.example-news.com/a';
      return withDocument(`<html><head><title>${headline} - Example News</title></head><body>${logo}${body}</body></html>`, url, (doc) => analyze(doc, url, SITE_RULES, { now: null })).byline;
    };
    // The story's header says it has no promo: read from the logo, the header looked like a promo rail.
    expect(page(`<article><header class="content__header content__header--no-promo"><h1 class="content__title">${headline}</h1><p class="content__meta-byline">By Stefan Becket, Kathryn Watson, Grace Segers</p></header><section class="content__body">${STORY}</section></article>`)).toBe('Stefan Becket, Kathryn Watson and Grace Segers');
    // naturebox.com's blog: a section label in the first <h1>, the post's byline under its own (in a rail-named wrapper).
    expect(page(`<div class="sidebar-layout"><h1 class="page-title">Blog</h1><div class="post"><h1 class="entry-title">${headline}</h1><div class="byline">By Kristi Dominguez</div>${STORY}</div></div>`)).toBe('Kristi Dominguez');
    // A first <h1> that reads as a headline is the story's, even worded apart from the title (nymag.com's display title).
    expect(page(`<section class="lede-feature"><h1>The Revenge of the Angels</h1><span class="lede-feature-author">Gabriel Sherman</span></section><article><h1>${headline}</h1>${STORY}</article>`)).toBe('Gabriel Sherman');
    // A rail's byline stays out whichever <h1> the page starts with.
    expect(page(`<article><h1>${headline}</h1>${STORY}</article><div class="promo-rail"><span class="byline">By Sam Ortiz</span></div>`)).toBeNull();
  });

  it('parts a byline element\'s lines, but not a label from what it labels', () => {
    const parts = (html: string): string => withDocument(`<html><body><div id="b">${html}</div></body></html>`, 'https://www.example-news.com/a', (doc) => partedText(doc.getElementById('b')!));
    expect(parts('<a href="/author/ben">Ben Silverman</a>\n<div>Games Editor</div>')).toBe('Ben Silverman · Games Editor');
    expect(parts('<div>By</div><div>Dana Reyes</div>')).toBe('By Dana Reyes');
    expect(parts('<span>Source:</span><div>Reuters</div>')).toBe('Source: Reuters');
    expect(parts('<span>Fuente:</span> <p>EFE</p>')).toBe('Fuente: EFE');
  });

  it('keeps the writer\'s role, set on its own line under the name, out of the name (yahoo.com, buzzfeed.com)', () => {
    // Without the line break the role's first word read as part of the name ("Ben Silverman Games").
    expect(byline(`<body><article><h1>A story</h1><div class="author"><a class="author-link" href="https://www.example-news.com/author/ben-silverman">Ben Silverman</a>\n<div class="author-title">Games Editor</div></div>${STORY}</article></body>`)).toBe('Ben Silverman');
    expect(byline(`<body><article><h1>A story</h1><div class="byline-text"><span>by </span><span class="byline-name">Ikran Dahir</span>\n<p class="position">BuzzFeed UK News Fellow</p></div>${STORY}</article></body>`)).toBe('Ikran Dahir');
    // Guards: a "By" on a line of its own still leads the name; two writers on lines of their own are both kept.
    expect(byline(`<body><article><h1>A story</h1><div class="byline"><div>By</div><div>Dana Reyes</div></div>${STORY}</article></body>`)).toBe('Dana Reyes');
    expect(byline(`<body><article><h1>A story</h1><div class="byline"><div>Dana Reyes</div><div>Sam Ortiz</div></div>${STORY}</article></body>`)).toBe('Dana Reyes and Sam Ortiz');
  });

  it('reads the story\'s own footer and aside (Blogger\'s post footer, theguardian.com, ndtv.com) but not a rail or a card', () => {
    expect(byline(`<body><div class="post hentry"><h1>A story</h1><div class="post-body">${STORY}</div><div class="post-footer"><span class="post-author">Posted by Maciej Fijalkowski at 5:06 AM</span></div></div></body>`)).toBe('Maciej Fijalkowski');
    expect(byline(`<body><h1>A story</h1><article><aside><address><a rel="author" href="/profile/a">Julia Carrie Wong</a></address></aside>${STORY}</article></body>`)).toBe('Julia Carrie Wong');
    // A footer with a rail word, and a long one (the site's footer), are not the story's.
    expect(byline(`<body><h1>A story</h1><article>${STORY}<footer class="related-footer"><span class="author">Sam Ortiz</span></footer></article></body>`)).toBeNull();
    // HTML's <address> holds its article's author, a link to their page or not (abendblatt.de's "Melanie Wassink");
    // a company's postal address there is no writer.
    expect(byline(`<body><article><h1>A story</h1><address>Melanie Wassink</address>${STORY}</article></body>`)).toBe('Melanie Wassink');
    expect(byline(`<body><article><h1>A story</h1>${STORY}<address>Ascom (Holding) AG, Zugerstrasse 32, CH-6340 Baar Switzerland Phone: +41 41 544 78 00</address></article></body>`)).toBeNull();
    expect(byline(`<body><article><h1>A story</h1>${STORY}<address>450 West 31st Street, New York, NY 10001</address></article></body>`)).toBeNull();
    // Bylines of other stories' cards (westernjournalism.com's "Popular Right Now"): each card is its own <article>.
    expect(byline(`<body><div class="page sidebar-layout"><div class="main"><h1>A story</h1>${STORY}<div class="more-posts"><h2>Popular Right Now</h2><article><header><span class="entry-author">Alicia Powe</span></header><p><a href="/x">Another story</a></p></article><article><header><span class="entry-author">Randy DeSoto</span></header></article></div></div></div></body>`)).toBeNull();
  });

  it('reads the post footer of a blog post written in <br> lines above a long comment thread (Blogger: siliconexposed.blogspot.com, the-brain-dump.blogspot.com)', () => {
    const comment = (who: string) => `<dt class="comment-author">${who} said...</dt><dd class="comment-body"><p>${FILLER.replace(/<\/?p>/g, ' ')}</p></dd>`;
    const page = (footer: string) => `<body><div class="header"><h1>Silicon Exposed</h1></div><div class="blog-posts"><div class="post-outer"><div class="post hentry"><h3 class="post-title">A story</h3><div class="post-body"><p>The board arrived on Monday, and bringing it up took two days of work with a logic analyser and a lot of coffee.</p>${Array.from({ length: 6 }, (_, i) => `Step ${i + 1} took most of a day.`).join('<br>')}</div><div class="post-footer">${footer}</div></div><div class="comments"><h4>3 comments:</h4><dl>${comment('Nesta')}${comment('jmf')}${comment('Anonymous')}</dl></div></div></div></body>`;
    // Template whitespace makes the one-line footer long as stored; read as a reader sees it, it is short.
    expect(byline(page(`<div class="post-footer-line">${' '.repeat(900)}<span class="post-author vcard">Posted by <span class="fn">Andrew Zonenberg</span></span> at 12:55 AM${' '.repeat(900)}</div>`))).toBe('Andrew Zonenberg');
    // The comments' authors are never the post's.
    expect(byline(page('<span class="post-timestamp">at 12:55 AM</span>'))).toBeNull();
    // A post with no paragraph at all ends where the page's one post block does.
    const menu = Array.from({ length: 10 }, (_, i) => `<li><a href="/p/${i}">Page ${i}</a></li>`).join('');
    const bare = page('<span class="post-author vcard">Posted by <span class="fn">Andrew Zonenberg</span></span>')
      .replace('<div class="blog-posts">', `<ul class="menu">${menu}</ul><div class="blog-posts">`)
      .replace(/<p>The board arrived[^]*?<\/p>[^]*?(?=<\/div>)/, Array.from({ length: 6 }, (_, i) => `<div>Step ${i + 1} took most of a day.</div>`).join(''));
    expect(byline(bare)).toBe('Andrew Zonenberg');
  });

  it('keeps authors parted by commas between their links (reuters.com, space.com)', () => {
    expect(byline(`<body><article><h1>A story</h1><div class="byline">By <a href="/a">Howard Schneider</a>, <a href="/b">Lindsay Dunsmuir</a><span>5 Min Read</span></div>${STORY}</article></body>`)).toBe('Howard Schneider and Lindsay Dunsmuir');
  });

  it('keeps co-authors who each have their own "By" (lwn.net: one line each; infobae.com: one after the other in one slot)', () => {
    expect(byline(`<body><article><h1>A story</h1><div class="byline">By Nathan Willis · March 25, 2015</div><div class="byline">By Jonathan Corbet · March 25, 2015</div>${STORY}</article></body>`)).toBe('Nathan Willis and Jonathan Corbet');
    expect(byline(`<body><article><h1>A story</h1><div class="author">Por Mauricio Luna 1 de diciembre de 2017 Por Gisele Sousa Dias 1 de diciembre de 2017</div>${STORY}</article></body>`)).toBe('Mauricio Luna and Gisele Sousa Dias');
    // A second "By" that names no person (a photo agency) adds nobody; three or more are a rail's.
    expect(byline(`<body><article><h1>A story</h1><div class="byline">By Nathan Willis</div><div class="byline">By Getty Images</div>${STORY}</article></body>`)).toBe('Nathan Willis');
    expect(byline(`<body><article><h1>A story</h1>${STORY}<div class="author">By Ann Lee</div><div class="author">By Bo Kim</div><div class="author">By Cy Dunn</div></article></body>`)).toBeNull();
  });

  it('keeps every author of a byline whose record names only the first (space.com), and the serial comma before the last (cnn.com)', () => {
    const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"${name}"}]}</script>`;
    expect(byline(`<body>${ld('Tariq Malik')}<article><h1>A story</h1><div class="byline">By Tariq Malik, Mike Wall</div>${STORY}</article></body>`)).toBe('Tariq Malik and Mike Wall');
    // A record naming someone the byline does not is the site's word for who wrote it.
    expect(byline(`<body>${ld('Dana Reyes')}<article><h1>A story</h1><div class="byline">By Tariq Malik, Mike Wall</div>${STORY}</article></body>`)).toBe('Dana Reyes');
    expect(byline(`<body><article><h1>A story</h1><div class="byline">By Dana A. Ford, Chien-Ming Wang, and Tom Watkins, CNN</div>${STORY}</article></body>`)).toBe('Dana A. Ford, Chien-Ming Wang and Tom Watkins');
  });

  it('reads byline slots named in other languages (elmundo.es and elpais.com "firma", ultimahora.es "autor", japan.cnet.com and rbbtoday.com "writer", washingtonpost.com id="byline")', () => {
    expect(byline(`<body><article><h1>A story</h1><p class="firma">Ángeles Escrivá | Madrid</p>${STORY}</article></body>`)).toBe('Ángeles Escrivá');
    expect(byline(`<body><article><h1>A story</h1><p class="autor pull-left">Patricio Candia | Palma de Mallorca | 08/01/2014</p>${STORY}</article></body>`)).toBe('Patricio Candia');
    expect(byline(`<body><article><h1>A story</h1><div id="byline">By Robert Barnes</div>${STORY}</article></body>`)).toBe('Robert Barnes');
    // Only as whole class names: "confirmation" holds "firma", "noAutoRefresh" holds "autor".
    expect(byline(`<body><article><h1>A story</h1><p class="confirmation">Sam Ortiz</p><p class="noAutoRefresh">Dana Reyes</p>${STORY}</article></body>`)).toBeNull();
  });

  it('reads the wire\'s reporting credit run into the last paragraph (huffingtonpost.com, msn.com), not a mention of reporting', () => {
    const closing = (last: string) => byline(`<body><article><h1>A story</h1>${STORY}<p>${last}</p></article></body>`);
    expect(closing('The league made the penalties for such crimes much harsher than in the past. (Reporting by Curtis Skinner; Editing by Alan Raybould)')).toBe('Curtis Skinner');
    expect(closing('Facebook said it had fixed the flaw. (Reporting by Munsif Vengattil in Bengaluru; editing by Patrick Graham)')).toBe('Munsif Vengattil');
    expect(closing('The council cited earlier findings (reporting by Dana Reyes in 2019) when it voted on the budget.')).toBeNull();
  });

  it('reads one person\'s author-page link by the headline where no byline is marked (engadget.com, fortune.com, simplyfound.com)', () => {
    const linked = (links: string, after = '') => byline(`<body><article><h1>A story</h1><p>${links}</p>${STORY}</article>${after}</body>`);
    expect(linked('<a href="https://www.example-news.com/about/editors/jon-fingas/">Jon Fingas</a>, <a href="https://twitter.com/jonfingas">@jonfingas</a> 1h ago')).toBe('Jon Fingas');
    expect(linked('<a href="/latest?author=joewee"><span>Joe Wee</span></a>')).toBe('Joe Wee');
    // Links to several authors are a list of other stories; a link that names no one is not a byline.
    expect(linked('<a href="/author/a">Dana Reyes</a> <a href="/author/b">Sam Ortiz</a> <a href="/author/c">Ana Ruiz</a>')).toBeNull();
    expect(linked('<a href="/author/gini">View all posts by Gini Dietrich →</a>')).toBeNull();
    // An author link in a card after the story is that card's.
    expect(linked('Filed under local news', '<aside><h2>More stories</h2><a href="/author/dana-reyes">Dana Reyes</a></aside>')).toBeNull();
  });

  it('reads a byline signed as the story\'s last line (cleveland.com, shockya.com, v8.dev), not a story sentence that opens with "By"', () => {
    const signed = (last: string) => byline(`<body><article><h1>A story</h1>${STORY}<p>${last}</p></article></body>`);
    expect(signed('-- By Michael Russell Follow @tdmrussell')).toBe('Michael Russell');
    expect(signed('Written by: Karen Benardello')).toBe('Karen Benardello');
    expect(signed('Posted by Alon Zakai.')).toBe('Alon Zakai');
    expect(signed('By Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
    expect(signed("By Mark's account, it failed.")).toBeNull();
    expect(signed('By contrast, Smith said no.')).toBeNull();
    expect(signed('By Tuesday, officials had agreed.')).toBeNull();
    expect(signed('By The Associated Press')).toBeNull();
    // Set apart by a line break after the last sentence, still the story's signature; under a title, a listing's
    // item ("Security Built for the Cloud Demo" over its speakers, sys-con.com's event pages).
    expect(signed('Thanks for reading.<br>-- By Michael Russell')).toBe('Michael Russell');
    expect(signed('Security Built for the Cloud Demo<br>By Stephen Coty &amp; Paul Fletcher')).toBeNull();
  });

  it('reads a signed line in the story\'s own <footer> (v8.dev), never in the page\'s footer or a rail after the story', () => {
    const footed = (inside: string, outside = '') => byline(`<body><article><h1>A story</h1><div class="content">${STORY}</div>${inside}</article>${outside}</body>`);
    expect(footed('<footer><div><img alt=""><p>Posted by Alon Zakai.</p></div><a href="https://twitter.com/v8js/status/1">Retweet this article!</a></footer>')).toBe('Alon Zakai');
    expect(footed('', '<footer><p>Posted by Alon Zakai.</p></footer>')).toBeNull();
    expect(footed('<footer class="related-posts"><p>Posted by Alon Zakai.</p></footer>')).toBeNull();
    expect(footed('<aside class="sidebar"><p>Written by: Karen Benardello</p></aside>')).toBeNull();
  });

  it('reads a byline element that the template pads with whitespace (naturalhomemagazine.com, fortinet.com), but not an author box', () => {
    const pad = '\n' + ' '.repeat(240) + '\n';
    expect(byline(`<body><article><h1>A story</h1><div class="article-byline">${pad}<div class="issue">By Ken Hoyt<br>${pad}September/October 2010</div>${pad}<ul><li><a href="/share">Share</a></li></ul></div>${STORY}</article></body>`)).toBe('Ken Hoyt');
    expect(byline(`<body><article><h1>A story</h1><div class="blog-meta"><span class="blog-meta__author">${pad}Dana Reyes${pad}</span></div>${STORY}</article></body>`)).toBe('Dana Reyes');
    // A long author box still is no byline: its text is long once the whitespace is gone.
    const bio = 'Sam Ortiz has covered the city council for twelve years and writes about budgets, transport and housing. '.repeat(5);
    expect(byline(`<body><article><h1>A story</h1><div class="author-box">${pad}Sam Ortiz${pad}${bio}</div>${STORY}</article></body>`)).toBeNull();
  });

  it('reads no control inside a byline nor a byline template the page hides (sn.at), but reads a hidden hCard author (wnyc.org)', () => {
    // sn.at: a "Folgen" button in the author block, and a hidden sign-in prompt for following the author.
    expect(byline(`<body><article><h1>A story</h1><div class="author-info"><span>Dana Reyes</span> <button class="followAuthorBtn">Sam Ortiz</button></div>${STORY}</article></body>`)).toBe('Dana Reyes');
    expect(byline(`<body><article><h1>A story</h1><div class="author" style="display: none;">Sam Ortiz</div>${STORY}</article></body>`)).toBeNull();
    expect(byline(`<body><article><h1>A story</h1><div hidden><span class="author">Sam Ortiz</span></div>${STORY}</article></body>`)).toBeNull();
    // Guards: microformat markup hidden on purpose is for machines to read; a name that is itself a button is a byline.
    expect(byline(`<body><article><h1>A story</h1><span style="display: none;" class="vcard author"><span class="fn">Emily Botein</span></span>${STORY}</article></body>`)).toBe('Emily Botein');
    expect(byline(`<body><article><h1>A story</h1><button class="author-name" aria-expanded="false">Dana Reyes</button>${STORY}</article></body>`)).toBe('Dana Reyes');
  });

  it('takes the record\'s author over names gathered from a rail of separate byline elements (techcrunch.com, thenation.com; vogue.de\'s "Von …" teasers)', () => {
    const rail = (names: string[], by = '') => `<div class="rail">${names.map((n, i) => `<div class="card"><a href="/story-${i}">Another story number ${i}</a><span class="author">${by}${n}</span></div>`).join('')}</div>`;
    const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
    const page = (head: string, body: string) => {
      const url = 'https://www.example-news.com/a';
      return withDocument(`<html><head><title>A story</title>${head}</head><body><article><h1>A story</h1>${body}</article></body></html>`, url, (doc) => analyze(doc, url, SITE_RULES, { now: null })).byline;
    };
    expect(page(ld('Dana Reyes'), `<span class="author">Dana Reyes</span>${STORY}${rail(['Sam Ortiz', 'Lee Park'])}`)).toBe('Dana Reyes');
    expect(page('<meta name="author" content="Dana Reyes">', `<span class="author">Dana Reyes</span>${STORY}${rail(['Sam Ortiz'])}`)).toBe('Dana Reyes');
    expect(page('', `<span class="author">Von Dana Reyes</span>${STORY}${rail(['Sam Ortiz', 'Lee Park', 'Ana Ruiz'], 'Von ')}`)).toBe('Dana Reyes');
    // Guards: co-authors in separate elements whom the record names both, or with no record, stay whole.
    expect(page(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Dana Reyes"},{"@type":"Person","name":"Sam Ortiz"}]}</script>`, `<span class="author">Dana Reyes</span><span class="author">Sam Ortiz</span>${STORY}`)).toBe('Dana Reyes and Sam Ortiz');
    expect(page('', `<span class="author">Dana Reyes</span><span class="author">Sam Ortiz</span>${STORY}`)).toBe('Dana Reyes and Sam Ortiz');
  });

  it('does not take the editor the page names for the author, whichever record names them (mediaindonesia.com, gmw.cn)', () => {
    const page = (head: string, body: string) => {
      const url = 'https://www.example-news.com/a';
      return withDocument(`<html><head><title>A story</title>${head}</head><body><article><h1>A story</h1>${body}${STORY}</article></body></html>`, url, (doc) => analyze(doc, url, SITE_RULES, { now: null })).byline;
    };
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Heryadi"}}</script>';
    expect(page(ld, '<div class="author">Naufal Zuhdi</div><div class="author">Editor : Heryadi</div>')).toBe('Naufal Zuhdi');
    expect(page('<meta name="author" content="肖春芳">', '<p>2017-03-10 09:58 来源：网易科学人</p><p>责任编辑：肖春芳</p>')).toBeNull();
    // Guards: the record's author when the editor is someone else; a desk's label before the writers' names.
    expect(page(ld.replace('Heryadi', 'Naufal Zuhdi'), '<div class="author">Editor : Heryadi</div>')).toBe('Naufal Zuhdi');
    expect(page('', '<div class="author">Redaktion: Roman Warschauer und Marcel Sommer</div>')).toBe('Roman Warschauer und Marcel Sommer');
  });

  it('reads a byline line led by "par", "por", "von" or "door" under the headline (challenges.fr), but not a sentence opening so', () => {
    expect(byline(`<body><article><h1>A story</h1><p>par Alexandria Sage et Lisa Girion</p>${STORY}</article></body>`)).toBe('Alexandria Sage et Lisa Girion');
    expect(byline(`<body><article><h1>A story</h1><p>Door Jan de Vries</p>${STORY}</article></body>`)).toBe('Jan de Vries');
    // With a colon after the label (faktencheck.afp.com "Von: Bill McCarthy, Marisha Goldhamer"; French "Par : ").
    expect(byline(`<body><article><h1>A story</h1><p>Von: Bill McCarthy, Marisha Goldhamer</p>${STORY}</article></body>`)).toBe('Bill McCarthy and Marisha Goldhamer');
    expect(byline(`<body><article><h1>A story</h1><p>Par : Marie Dupont</p>${STORY}</article></body>`)).toBe('Marie Dupont');
    expect(byline(`<body><article><h1>A story</h1><p>Von: Berlin aus fuhr der Zug nach Hamburg.</p>${STORY}</article></body>`)).toBeNull();
    expect(byline(`<body><article><h1>A story</h1><p>Von Berlin aus fuhr der Zug nach Hamburg.</p>${STORY}</article></body>`)).toBeNull();
    expect(byline(`<body><article><h1>A story</h1><p>Por Dios, dijo el ministro.</p>${STORY}</article></body>`)).toBeNull();
  });
});

describe('byline and published helpers', () => {
  it.each([
    ['By John Roe / AP', 'John Roe'],
    ['By Jane Doe, Associated Press', 'Jane Doe'],
    ['ELENA MARQUEZ', 'Elena Marquez'],
    ['Story by Kaori Nishida', 'Kaori Nishida'],
    ['By Sam Okafor | Updated July 4, 2025', 'Sam Okafor'],
    ['Reuters', null],
    ['https://www.facebook.com/someone', null],
    ['Staff', null],
    // Agencies are never authors; several authors are kept whole.
    ['By JANE DOE, Associated Press Writer', 'Jane Doe'],
    ['JANE DOE | AP Business Writer', 'Jane Doe'],
    ['By THE ASSOCIATED PRESS', null],
    ['By Kyodo News', null],
    ['Bernama', null],
    ['By Ana Ruiz and Tom Hale', 'Ana Ruiz and Tom Hale'],
    ['Ana Ruiz, Tom Hale and Li Wei', 'Ana Ruiz, Tom Hale and Li Wei'],
    ['By CORINNE HALVORSEN and DALE WHITCOMB, Associated Press', 'Corinne Halvorsen and Dale Whitcomb'],
    ['By: Paul Wiseman, Fatima Hussein, The Associated Press', 'Paul Wiseman and Fatima Hussein'],
    ['Von Lena Hoffmann, dpa', 'Lena Hoffmann'],
    // The words that tie a name to its outlet, and an organisation named like a newsroom or a feed, are no part of
    // any author's name.
    ['By Jane Doe of The Associated Press', 'Jane Doe'],
    ['By Jane Doe of the Washington Post', 'Jane Doe'],
    ['By Jane Doe, States Newsroom', 'Jane Doe'],
    ['By Jane Doe, Nexstar Media Wire', 'Jane Doe'],
    // A newsroom with an agency's material (lefigaro.fr, lemonde.fr, huffingtonpost.fr, bfmtv.com): no person but the
    // writer's initials; a person after "avec" is a co-author, not an agency.
    ['Le Figaro avec AFP', null],
    ['La rédaction avec agences', null],
    ['A. D. avec AFP', 'A. D'],
    ['Jean Dupont avec l’AFP', 'Jean Dupont'],
    ['Jane Doe with AFP', 'Jane Doe'],
    ['By Jane Doe via AP', 'Jane Doe'],
    ['Reported by Reuters', null],
    ['Reported by Jane Doe', 'Jane Doe'],
    ['FRANCE 24 with AFP', null],
    // A wire named first among the authors, and a wire's own desk, are no people.
    ['By The Associated Press and Jane Roe', 'Jane Roe'],
    ['Reuters Staff', null],
    ['Jane Doe, Chicago Tribune (TNS)', 'Jane Doe'],
    ['From Associated Press reports', null],
    // Picture and source labels in other languages are no names.
    ['Foto: dpa', null],
    ['Quelle: dpa', null],
    // Co-authors set apart by a middle dot or a slash (investmentexecutive.com, elpais.com), a section's one-word
    // label before them (zeit.de); after the mark, an outlet, a role, a section, a bio or a link is no co-author.
    ['Paul Wiseman · Fatima Hussein, The Associated Press', 'Paul Wiseman and Fatima Hussein'],
    ['María R. Sahuquillo / Emilio de Benito', 'María R. Sahuquillo and Emilio de Benito'],
    ['Politik · Jochen Bittner, Tina Hildebrandt', 'Jochen Bittner and Tina Hildebrandt'],
    ['Tom Smith · Politics', 'Tom Smith'],
    ['Tom Smith · Senior Writer', 'Tom Smith'],
    ['Tom Smith / Chicago Tribune', 'Tom Smith'],
    ['Jose Altoveros · View More Articles', 'Jose Altoveros'],
    ['Phil Helsel · Phil Helsel is a reporter for NBC News.', 'Phil Helsel'],
    // A name that opens like a weekday is no date (srf.ch "Monika"); a weekday and a date after a name are.
    ['Autor: Monika Bolliger und Anna Trechsel, Sweidah · 05.01.2025, 15:23', 'Monika Bolliger und Anna Trechsel'],
    ['By Satya Sharma and Sunil Gupta', 'Satya Sharma and Sunil Gupta'],
    ['Jane Doe Mon., Dec. 3, 2019', 'Jane Doe'],
    ['Jane Doe Tuesday 12:30', 'Jane Doe'],
    // Each author's role after the name (mirror.co.uk), footnote marks and a folded list's ellipsis (nature.com).
    ['By Lucy Thornton · News Reporter · Tim Hanlon · News Reporter · Phoebe Tonks · Joseph Gamp · Updated · 20:49, 5 Aug 2024', 'Lucy Thornton, Tim Hanlon, Phoebe Tonks and Joseph Gamp'],
    ['Xiaoying You · 0, · Mariana Lenharo, · Mohana Basu, · Davide Castelvecchi & · … · Jeff Tollefson', 'Xiaoying You, Mariana Lenharo, Mohana Basu, Davide Castelvecchi and Jeff Tollefson'],
    ['Dana Reyes · Senior Reporter · Politics · Sam Ortiz', 'Dana Reyes'],
    // A role in the vocabulary of other trades and languages is no co-author (dailycaller.com, welt.de).
    ['Ann Coulter · Political Commentator · See All Articles · Subscribe to RSS · Bio · Ann Coulter', 'Ann Coulter'],
    ['Holger Zschäpitz · Leitender Wirtschaftsredakteur', 'Holger Zschäpitz'],
    ['Dana Reyes · 4 · Comments', 'Dana Reyes'],
    // A column's name before "By" (nytimes.com "Deal Professor"); a bare label or a relative day in a byline slot
    // (faz.net "Von", uexpress.com "Today 12:01 AM"); a photo agency is not an author.
    ['Deal Professor By STEVEN DAVIDOFF SOLOMON JULY 29, 2016', 'Steven Davidoff Solomon'],
    ['Market Watch By Dana Reyes', 'Dana Reyes'],
    ['Von', null],
    ['Today 12:01 AM', null],
    ['By Getty Images', null],
    // Titles, letters, organisations and interface words after a name (real bylines: usatoday.com, about.com,
    // aclu.org, wsj.com, al.com).
    ['Robert Powell, Special for USA TODAY', 'Robert Powell'],
    ['Lynne Eldridge MD Lung Cancer Expert', 'Lynne Eldridge'],
    ['Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project', 'Daniel Kahn Gillmor'],
    ['Daniel Nasaw The Wall Street Journal CANCEL Biography', 'Daniel Nasaw'],
    ['Ari Wasserman, Northeast Ohio Media Group', 'Ari Wasserman'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger, Damien Leloup and Morgane Tual'],
    // Dates, handles and interface text run into the name (bgr.com, bustle.com, bloomberg.com, androidcentral.com).
    ['Maren Estrada November 19th, 2019 at 8:40 AM', 'Maren Estrada'],
    ['Teresa NewsomeDec 3, 2016', 'Teresa Newsome'],
    ['Stephen Morris sjhmorris', 'Stephen Morris'],
    ['Tom Gillespie News reporter @TomGillespie1', 'Tom Gillespie'],
    // A date or label before the name (venturebeat.com, macrumors.com, googleblog.com, 247sports.com, natgeo.com).
    ['Aug 18, 2010 | Dana Reyes', 'Dana Reyes'],
    ['Wednesday January 18, 2017 10:44 am PST by Sam Ortiz', 'Sam Ortiz'],
    // A date that ends in a clock time is complete without a "by" (npr.org, apartmenttherapy.com).
    ['December 15, 2016 · 3:33 PM ET Rebecca Hersher Twitter', 'Rebecca Hersher'],
    ['12.24.14 9:00AM Dana Reyes', 'Dana Reyes'],
    ['9:39AM BST 05 Oct 2011', null],
    ['10:44 AM EST Staff', null],
    ['Posted by Dana Reyes', 'Dana Reyes'],
    ['By · Sam Ortiz', 'Sam Ortiz'],
    ['ByDana Reyes', 'Dana Reyes'],
    // A date not parted from what follows is not cut off it.
    ['Updated 10:44 am modified', null],
    ['by Jeremy Herron More stories by Jeremy Herron', 'Jeremy Herron'],
    ['By Daniel Bader last updated 4 April 17 Comments (27)', 'Daniel Bader'],
    // Names keep what belongs to them: particles inside, capitals at the end.
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Sam Decker', 'Sam Decker'],
    ['Juan de la Cruz', 'Juan de la Cruz'],
    ['danah boyd', 'danah boyd'],
    // An agency and a place, no person (deccanherald.com "PTI, Washington", a Reuters dateline in a byline slot).
    ['PTI, Washington, Nov 20 2019, 10:18am ist', null],
    ['Reuters, London', null],
    // A job title after a name is not an agency before one.
    ['Sam Stein Senior Politics Editor, The Huffington Post', 'Sam Stein'],
    // Template leftovers (slate.com ", by X"; readability's test page "X —"; al.com, syracuse.com and gulflive.com
    // print copies run into the byline).
    [', by Daniel Gross', 'Daniel Gross'],
    ['Nicolas Perriault —', 'Nicolas Perriault'],
    ['Print Lucy Berry | lberry@al.com', 'Lucy Berry'],
    ['Print Joanne Anderson By Joanne Anderson The Mississippi Press · on December 24, 2014 at 8:17 AM', 'Joanne Anderson'],
    // Not names: a subheadline in a byline slot (fortressofsolitude.co.za), a handle with digits (remember8090.it),
    // a newsroom (lefigaro.fr), an editor's mark in brackets (rbbtoday.com).
    ['Because his heart will go on.', null],
    ['rmb8090 Siamo un memorabilia', null],
    ['La rédaction', null],
    ['《KT》', null],
    // Japanese author labels (sect.iij.ad.jp "投稿者", japan.cnet.com's writer slot).
    ['投稿者 Masafumi Negishi', 'Masafumi Negishi'],
    ['著者：山田太郎', '山田太郎'],
    // Names parted by the text's own commas stay together (reuters.com "By <a>A</a>, <a>B</a> · 5 Min Read");
    // what follows a comma is not a name when an outlet leads it (cnn.com) or it is a label or a job.
    ['By Howard Schneider, Lindsay Dunsmuir · 5 Min Read', 'Howard Schneider and Lindsay Dunsmuir'],
    // A reading time wherever it stands: before the name (abendblatt.de), after it (fastcompany.com, nationalgeographic.com).
    ['15.05.2020, 07:11 | Lesedauer: 8 Minuten Melanie Wassink', 'Melanie Wassink'],
    ['By Zach Hanlon 5 minute Read', 'Zach Hanlon'],
    ['By · Natasha Daly · • 8 min read', 'Natasha Daly'],
    ['Dec 19, 2016 at 2:19 pm ET • 5 min read', null],
    // Japanese role labels after the author's name: the illustrator (bookwalker.jp), the translator (infoq.com/jp).
    ['著者 お米ゴハン イラスト 汐街コナ', 'お米ゴハン'],
    ['Diogo Carleto 翻訳者 中村 真子', 'Diogo Carleto'],
    // A label the template prints twice (abcnews.go.com "By · by …").
    ['By · by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL December 16, 2016, 4:19 PM', 'Josh Haskell, David Caplan and Patrick Reevell'],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza'],
    ['By ANDREW HIGGINS, KIMIKO DE FREYTAS-TAMURA and KATRIN BENNHOLD', 'Andrew Higgins, Kimiko de Freytas-Tamura and Katrin Bennhold'],
    ['AL ROKER', 'Al Roker'],
    // Interface words, labels, genres and companies (mashable.com, cnet.com, engadget.com, sueddeutsche.de,
    // telegraph.co.uk, prnewswire.com, lemonde.fr, br-online.de).
    ['Brenna Ehrlich View Comments', 'Brenna Ehrlich'],
    ['by Marguerite Reardon Font size Print E-mail Share 56 comments', 'Marguerite Reardon'],
    ['Authors', null],
    ['Essay von Alexander Hagelüken', 'Alexander Hagelüken'],
    ['By Our Foreign Staff', null],
    ['Tableau Software', null],
    ['Collectif', null],
    ['Bayerischer Rundfunk', null],
    // A desk's credit (hawaiinewsnow.com, fool.com, phys.org), not a job title after a person's name.
    ['By HNN Staff | November 18, 2019 at 2:26 PM HST', null],
    ['By Motley Fool Staff | More Articles', null],
    ['Science X staff', null],
    ['Jane Roe, Staff Writer', 'Jane Roe'],
    // Logins in lower case (jeongdongtheater.com, note100yen.com, tumblr.com), not a name written in lower case.
    ['by jdadmin', null],
    ['kei_eno', null],
    ['mcupdate', null],
    // A role label before the name (upworthy.com's curators, a Finnish "Teksti:").
    ['Curator: Phoebe Gavin Follow @ohsoordinary', 'Phoebe Gavin'],
    ['Teksti: Petteri Harjula', 'Petteri Harjula'],
    // A date line's label and a "follow" button in other languages (hessenschau.de, sn.at, lemonde.fr), and the
    // word "news" an author record holds (wochenblatt.cc); a name before them stays.
    ['Veröffentlicht am 27.04.24 um 07:39 Uhr', null],
    ['Publié le 12 mars 2024 à 10h', null],
    ['Marie Dupont Mis à jour le 3 mai 2024', 'Marie Dupont'],
    ['Ana Souza Atualizado em 3 de maio', 'Ana Souza'],
    ['Folgen', null],
    ['Eva Maier Folgen', 'Eva Maier'],
    ['Nachrichten', null],
    // Where the writer was, or the post's category (theguardian.com, phoronix.com): not part of the name; an agency
    // "in" a city is still an agency. A name's own lower-case particle stays ("Sophie in 't Veld").
    ['Associated Press in Valencia', null],
    ['Jon Henley in Paris and Philip Oltermann in Berlin', 'Jon Henley and Philip Oltermann'],
    ['Written by Michael Larabel in Valve on 3 March 2014', 'Michael Larabel'],
    ["Sophie in 't Veld", "Sophie in 't Veld"],
    // A dateline set where the byline would be (voanews.com), not a writer; an upper-case byline is still one.
    ['AUBURN, Wash. —', null],
    ['WASHINGTON --', null],
    ['By JANE DOE —', 'Jane Doe'],
    // An author box's heading run into its name (politico.com; cbc.ca's upper-case heading); the heading alone names no one.
    ['About The Author : Kate Davidson', 'Kate Davidson'],
    ['ABOUT THE AUTHOR Pete Evans', 'Pete Evans'],
    ['About the author', null],
    // An agency named in its own language is no writer, nor is the word for agency left when its short name goes
    // ("Agencia EFE", "Agência Brasil", "Agence France-Presse"); a date line's "Issued on" label is none either.
    // An e-mail address in angle brackets after the name (an <address> on a blog post).
    ['Bradley M. Kuhn <bkuhn@ebb.org>', 'Bradley M. Kuhn'],
    ['Agencia EFE', null],
    // Agencies set together ("dpa/AFP"), an Italian or Dutch newsroom, a Portuguese genre label before the name.
    ['dpa/AFP', null],
    ['Redazione ANSA', null],
    ['Redactie', null],
    ['Reportagem de Ana Souza', 'Ana Souza'],
    ['Agência Brasil', null],
    ['Agence France-Presse', null],
    ['Issued on: 03/03/2024 - 10:00', null],
    ['Jane Doe Issued on: 03/03/2024', 'Jane Doe'],
    // A writer and the wire that shares the story (Gray Television's stations): the writer alone.
    ['By Jane Doe and The Associated Press', 'Jane Doe'],
    ['By WBTV Web Staff and The Associated Press', null],
    // "@" before a clock time is no handle (simplyfound.com, deadline.com); a handle or an address still names an account.
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', 'Joe Wee'],
    ['DAVID LIEBERMAN, Executive Editor | Friday June 7, 2013 @ 6:43pm EDT', 'David Lieberman'],
    ['@jdoe', null],
    ['jdoe@example.com', null],
    // The site's address after the name (gulflive.com); an address alone is no writer.
    ['By Arnold Saba gulflive.com · Follow', 'Arnold Saba'],
    ['By Jane Doe www.example.com', 'Jane Doe'],
    ['gulflive.com', null],
    // A surname that is also an agency's name (Yemen's Saba, Indonesia's Antara) stays with its given name; the agency
    // after a full name still goes.
    ['Arnold Saba', 'Arnold Saba'],
    ['Jane Doe Reuters', 'Jane Doe'],
    ['Michael Bloomberg', 'Michael Bloomberg'],
    ['Narayana Kocherlakota Bloomberg', 'Narayana Kocherlakota'],
    // A desk's code after a comma goes with the desk (globo.com's "g1 PI"); a code in the name is a handle still.
    ['Por Catarina Costa, g1 PI', 'Catarina Costa'],
    ['Jane Doe, 13 WMAZ', 'Jane Doe'],
    ['rmb8090', null],
    // A CMS account (sdpnoticias.com), a signature label before the newsroom (diariobahiadecadiz.com), agencies unnamed
    // (uniradioinforma.com): no person.
    ['Por User Admin', null],
    ['Site Admin', null],
    ['Firmado por Redacción', null],
    ['Firmado por Ana Ruiz', 'Ana Ruiz'],
    ['Agencias', null],
    // A Korean role before the byline element's date (mk.co.kr).
    ['류영상 기자 · 입력 : 2020.07.07 10:42:42', '류영상'],
    // Agencies or a desk among the authors are none of them (theguardian.com); a desk and agencies alone are nobody.
    ['Olivia Solon in San Francisco and agencies', 'Olivia Solon'],
    ['By Jane Doe and wires', 'Jane Doe'],
    ['Staff and agencies', null],
    // A screen reader's label for the writer's links (itpro.com); interface words after each of several hosts (npr.org).
    ['Daniel Todd · Social Links Navigation', 'Daniel Todd'],
    ['December 23, 2020 · 10:36 PM ET · Darian Woods Twitter · Sarah Gonzalez Twitter', 'Darian Woods and Sarah Gonzalez'],
    // A name in quotes is a show's or a column's title (nytimes.com's podcast pages); quotes inside a name stay.
    ['‘Sway’', null],
    ['By ‘Sway’', null],
    // One word with a capital after a whole word inside is a brand, not a name.
    ['HackerRank', null],
    ['MacKenzie', 'MacKenzie'],
    ['LeBron', 'LeBron'],
    ['“The Daily”', null],
    ['"Weird Al" Yankovic', '"Weird Al" Yankovic'],
  ])('cleanByline(%s) = %s', (raw, want) => expect(cleanByline(raw)).toBe(want));

  it('does not take the site\'s own name among a byline\'s parts for a co-author', () => {
    const site = { name: 'KXAN Austin', domain: 'kxan.com' };
    expect(cleanByline('By Jane Doe, KXAN, and The Associated Press', {}, site)).toBe('Jane Doe');
    expect(cleanByline('By Jane Doe, John Roe, and Ann Poe', {}, site)).toBe('Jane Doe, John Roe and Ann Poe');
  });

  it('drops a title at the site after a name (galtime.com "GalTime Entertainment Diva")', () => {
    expect(cleanByline('By Andrea Krivelow, GalTime Entertainment Diva on Friday, December 9, 2011', {}, { name: 'GalTime', domain: 'galtime.com' })).toBe('Andrea Krivelow');
  });

  it.each([
    ['2025-07-16T06:46:32+03:00', '2025-07-16T06:46:32+03:00'],
    ['date 2025-07-16', '2025-07-16'],
    ['21-06-2025', '2025-06-21'],
    ['8/11/2025 10:42:00 AM', '2025-08-11'],
    ['Fri, Jul 04, 2025 page8', '2025-07-04'],
    ['4 July 2025', '2025-07-04'],
    ['18 hours ago', null],
    // A template's unset stamp (usatoday.com, detroitnews.com, floridatoday.com) is no date.
    ['0001-01-01T00:00:00Z', null],
    ['date 0001-01-01T00:00:00Z', null],
    // The year first, as East Asian pages write dates (publickey1.jp, zdnet.com/jp, ascii.jp, ipa.go.jp, moongift.jp,
    // cna.com.tw), and ISO's basic and unpadded forms (nikkei.com's JSON-LD, elle.com's meta tag).
    ['2019年4月4日', '2019-04-04'],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', '2019-04-28'],
    ['最終更新日：2019年4月2日', '2019-04-02'],
    ['2019년 4월 4일', '2019-04-04'],
    ['2023/02/21 21:20', '2023-02-21'],
    ['2019. 4. 4.', '2019-04-04'],
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00'],
    ['2014-9-5T12:00Z', '2014-09-05'],
    // Version numbers and a month without its day are no dates.
    ['v2019.1.2', null],
    ['release 2019.1.2.3', null],
    ['2019年4月', null],
    ['2019/13/01', null],
  ])('normaliseDate(%s) = %s', (raw, want) => expect(normaliseDate(raw)).toBe(want));

  it('resolves relative times only against a known moment', () => {
    expect(resolveRelative('Russia Today18 hours ago', new Date('2025-07-15T12:00:00Z'))).toBe('2025-07-14T18:00:00.000Z');
    expect(resolveRelative('an hour ago', new Date('2025-07-15T12:00:00Z'))).toBe('2025-07-15T11:00:00.000Z');
    expect(resolveRelative('18 hours ago', null)).toBeNull();
  });

  it('dates a Japanese portal\'s "1/24(金) 12:35配信" by its weekday against the moment of viewing', () => {
    const now = new Date('2025-03-01T00:00:00Z');
    // 24 January 2025 was a Friday (金); a day after the moment of viewing is last year's (24 December 2024, 火).
    expect(weekdayDate('1/24(金) 12:35配信', now)).toBe('2025-01-24');
    expect(weekdayDate('12/24(火) 9:00', now)).toBe('2024-12-24');
    // A weekday that does not agree with the latest such day (a page saved years before it is read), a date without
    // a weekday and a day that does not exist get no date.
    expect(weekdayDate('1/24(水) 12:35', now)).toBeNull();
    expect(weekdayDate('3/9(木) 18:45配信', new Date('2026-01-01T00:00:00Z'))).toBeNull();
    expect(weekdayDate('3/9(木) 18:45配信', new Date('2017-03-10T00:00:00Z'))).toBe('2017-03-09');
    expect(weekdayDate('1/24 12:35', now)).toBeNull();
    expect(weekdayDate('2/30(月)', now)).toBeNull();
  });

  it('takes published dates from meta, JSON-LD and date lines, and relative labels with now', () => {
    expect(run('https://a.example.com/x', '<p>t</p>', { head: '<meta property="article:published_time" content="2025-07-10T17:45:12.000Z">' }).published)
      .toBe('2025-07-10T17:45:12.000Z');
    expect(run('https://a.example.com/x', '<p>t</p>', { head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-27T04:12:33Z"}</script>' }).published)
      .toBe('2025-06-27T04:12:33Z');
    expect(run('https://menafn.com/1/x', '<p>t</p>', { under: 'date 2025-07-16' }).published).toBe('2025-07-16');
    // An unset metadata stamp gives way to the date the page shows.
    expect(run('https://a.example.com/x', '<p>t</p>', { head: '<meta property="article:published_time" content="0001-01-01T00:00:00Z">', under: 'Published 10:02 AM EST Nov 19, 2019' }).published)
      .toBe('2019-11-19');
    const now = new Date('2025-07-15T12:00:00Z');
    expect(run('https://www.daily8.com/news/x', '<p>t</p>', { under: 'Russia Today18 hours ago', now }).published).toBe('2025-07-14T18:00:00.000Z');
    expect(run('https://www.daily8.com/news/x', '<p>t</p>', { under: 'Russia Today18 hours ago' }).published).toBeNull();
  });

  const stamped = (stamp: string, under: string) =>
    run('https://a.example.com/x', '<p>t</p>', { head: `<meta property="article:published_time" content="${stamp}">`, under }).published;

  it('dates a story stamped in UTC on the day the page prints for it (wsj.com, bloomberg.com, nypost.com, spacenews.com)', () => {
    // The evening before, west of Greenwich: "2015-11-13T00:43Z" is "Nov. 12, 2015 7:43 p.m. ET".
    expect(stamped('2015-11-13T00:43:00.000Z', 'Nov. 12, 2015 7:43 p.m. ET')).toBe('2015-11-12');
    expect(stamped('2014-12-19T04:38:49+00:00', 'December 18, 2014 | 11:38pm')).toBe('2014-12-18');
    // A stamp without a zone may be UTC too (latimes.com's "2019-11-20T01:53:14.418", "Nov. 19, 2019 5:53 PM").
    expect(stamped('2019-11-20T01:53:14.418', 'Nov. 19, 2019 5:53 PM')).toBe('2019-11-19');
    // The next day, east of it: "2018-06-12T23:00Z" is "6/13/2018" (topicseed.com).
    expect(stamped('2018-06-12T23:00:00.000Z', 'On 6/13/2018 by Jane Doe')).toBe('2018-06-13');
  });

  it('dates a day-only stamp on the byline’s own date a day away (washingtonpost.com’s DC.date.issued), and not on a masthead’s', () => {
    const issued = '<meta name="DC.date.issued" content="2010-12-09">';
    expect(run('https://a.example.com/story', '<p>t</p>', { head: issued, under: 'By Robert Barnes · Wednesday, December 8, 2010; 10:37 PM' }).published)
      .toBe('2010-12-08');
    expect(run('https://a.example.com/story', '<div class="masthead">Wednesday, December 8, 2010</div><p>t</p>', { head: issued }).published).toBe('2010-12-09');
    expect(run('https://a.example.com/story', '<p>t</p>', { head: issued, under: 'By Robert Barnes · Monday, December 6, 2010' }).published).toBe('2010-12-09');
  });

  it('keeps a UTC stamp where the printed day is another date: a masthead, an update, or a day no zone reaches', () => {
    // Today's date in a masthead is after the story; a zoneless stamp may be local time, so no later day for it.
    expect(stamped('2019-11-19T18:18:25', 'Wednesday, November 20, 2019 Spokane, Washington')).toBe('2019-11-19T18:18:25');
    // A masthead's day after a morning stamp: no zone puts 11:30 UTC on the next day.
    expect(stamped('2019-11-19T11:30:42+00:00', 'Nov. 20, 2019')).toBe('2019-11-19T11:30:42+00:00');
    // An update's line, and a page that prints the stamp's own day beside an update's.
    expect(stamped('2013-11-27T08:36:32Z', 'Updated 0203 GMT, November 26, 2013')).toBe('2013-11-27T08:36:32Z');
    expect(stamped('2016-12-06T23:22:22.402Z', '<span>December 6, 2016 — 6:22 PM EST</span> <span>December 7, 2016 — 1:55 PM EST</span>'))
      .toBe('2016-12-06T23:22:22.402Z');
    // A stamp in another zone is on the outlet's calendar already.
    expect(stamped('2019-11-19T06:30:42-05:00', 'Nov. 18, 2019')).toBe('2019-11-19T06:30:42-05:00');
  });

  it('dates a story by the day in its address where the page has no date of its own (cnn.com, time.com, wnet.org)', () => {
    expect(run('https://edition.example.com/2010/POLITICS/08/13/senate.vote/', '<p>t</p>').published).toBe('2010-08-13');
    expect(run('https://a.example.com/2011/08/24/quake-rattles-capital/', '<p>t</p>').published).toBe('2011-08-24');
    expect(run('https://a.example.org/blogs/2013-12-16-story', '<p>t</p>').published).toBe('2013-12-16');
    expect(run('https://arabic.example.com/2013/middle_east/8/3/syria.clashes/index.html', '<p>t</p>').published).toBe('2013-08-03');
    // An older CMS's story path in the query (sfgate.com).
    expect(run('https://a.example.com/cgi-bin/article.cgi?f=/c/a/2010/10/27/BUD61G2DBL.DTL', '<p>t</p>').published).toBe('2010-10-27');
    // No day, or no real one: an archive's month, a version, an impossible date.
    expect(run('https://a.example.com/2011/08/', '<p>t</p>').published).toBeNull();
    expect(run('https://a.example.com/v/2011/13/40/x', '<p>t</p>').published).toBeNull();
  });

  it('dates a story by its opening dateline where nothing else dates it (webmd.com, apple.com, a PR Newswire release)', () => {
    const opening = (lead: string) => run('https://a.example.com/story', `<p>${lead} The rest of the opening sentence runs on here.</p>`).published;
    expect(opening('Feb. 23, 2015 -- Life-threatening peanut allergies have risen.')).toBe('2015-02-23');
    expect(opening('CUPERTINO, California—April 27, 2015—Apple today announced record results.')).toBe('2015-04-27');
    expect(opening('NAIROBI, Kenya, June 23, 2015 /PRNewswire/ -- Merck announced today a new programme.')).toBe('2015-06-23');
    // A date later in the sentence, or a year alone, is what the story is about.
    expect(opening('The council said the bridge, closed since March 3, 2014 — for repairs, will reopen.')).toBeNull();
    expect(opening('In 2015 — the year of the floods — the town rebuilt its levees.')).toBeNull();
  });

  it('lets the address settle a conflict between the page’s dates, and only a conflict of more than a day', () => {
    const page = (url: string, head: string, under: string) => run(url, '<p>t</p>', { head, under }).published;
    const stale = '<meta property="article:published_time" content="2014-11-20T16:00:49Z">';
    // A stale template stamp against "Published December 29, 2014" on the address's day (foxnews.com).
    expect(page('https://a.example.com/2014/12/29/story/', stale, 'Published December 29, 2014')).toBe('2014-12-29');
    // Nothing on the address's day: the stamp stands (a magazine's address names its issue, newyorker.com).
    expect(page('https://a.example.com/2016/12/05/story/', stale, 'November 20, 2014')).toBe('2014-11-20T16:00:49Z');
    // A day apart is a time zone's doing.
    expect(page('https://a.example.com/2014/11/21/story/', stale, '')).toBe('2014-11-20T16:00:49Z');
    // Without a stamp: a list's date line gives way to the address, a byline's or a "Published" line does not.
    expect(run('https://a.example.com/2012/08/03/story/', '<div class="rail">Thu, Aug 2 2012</div><p>t</p>').published).toBe('2012-08-03');
    expect(run('https://a.example.com/story/', '<div class="rail">Thu, Aug 2 2012</div><p>t</p>').published).toBe('2012-08-02');
    expect(page('https://a.example.com/2010/12/22/story/', '', 'Published: December 21, 2010')).toBe('2010-12-21');
  });

  it.each([
    ['jueves, 09 enero 2014 10:21', '2014-01-09'],
    ['9 de janeiro de 2014', '2014-01-09'],
    ['09. April 2011', '2011-04-09'],
    ['Publié le 29 novembre 2016', '2016-11-29'],
    ['1 mai 2019', '2019-05-01'],
    // A month's name must be one: a number and a word before a year is no date.
    ['3 Stunden 2019', null],
    // A two-digit year before a clock time (politico.com, lifehacker.com, gizmodo.com); without the time, no date.
    ['By MAGGIE HABERMAN & SHIRA TOEPLITZ | 10/9/10 7:15 AM EDT', '2010-10-09'],
    ['3/09/15 8:00am', '2015-03-09'],
    ['8/17/13 11:04am', '2013-08-17'],
    ['Rated 3/10/15 by readers', null],
  ])('normaliseDate reads month names in other languages: %s = %s', (raw, want) => expect(normaliseDate(raw)).toBe(want));

  it('reads a slashed date day first where the page writes so (ultimahora.es, en.rian.ru), month first elsewhere', () => {
    expect(normaliseDate('08/01/2014', true)).toBe('2014-01-08');
    expect(normaliseDate('08/01/2014')).toBe('2014-08-01');
    // A date that can only be read one way is read that way.
    expect(normaliseDate('12/25/2014', true)).toBe('2014-12-25');
    const page = (lang: string, url: string, line: string) => {
      const html = `<html${lang ? ` lang="${lang}"` : ''}><head><title>A story</title></head><body><article><h1>A story</h1><div class="byline">${line}</div>${FILLER}</article></body></html>`;
      return withDocument(html, url, (doc) => analyze(doc, url, SITE_RULES, { now: null }).published);
    };
    expect(page('es', 'https://www.example.com/a', 'Patricio Candia | Palma de Mallorca | 08/01/2014')).toBe('2014-01-08');
    expect(page('en-GB', 'https://www.example.com/a', 'Updated 08/01/2014')).toBe('2014-01-08');
    expect(page('', 'https://en.example.ru/world/a', '17:08 10/04/2011')).toBe('2011-04-10');
    expect(page('en-US', 'https://www.example.com/a', 'Updated 08/01/2014')).toBe('2014-08-01');
    expect(page('', 'https://www.example.com/a', 'Updated 08/01/2014')).toBe('2014-08-01');
  });

  it('reads a date line set under a row of share buttons and author links (deadline.com), and only a date', () => {
    const row = ['Facebook', 'Twitter', 'Email', 'Print', 'By Lisa de Moraes', 'TV Columnist', 'More Stories By Lisa', 'View All'].map((t) => `<span>${t}</span>`).join('');
    expect(run('https://a.example.com/x', '<p>t</p>', { under: `${row}<span>April 15, 2019 6:18am</span>` }).published).toBe('2019-04-15');
    expect(run('https://a.example.com/x', '<p>t</p>', { under: `${row}<span>© 2019 Example Media</span>` }).published).toBeNull();
    // An infobox's dates past the headline's lines are facts, not the page's date.
    expect(run('https://a.example.com/x', '<p>t</p>', { under: `${row}<table><tr><td>Founded February 28, 1998</td></tr></table>` }).published).toBeNull();
  });

  it('gives the page\'s date in ISO form whatever form its record writes it in (cna.com.tw, nikkei.com)', () => {
    const ld = (date: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;
    expect(run('https://a.example.com/x', '<p>t</p>', { head: ld('2023/02/21 21:20') }).published).toBe('2023-02-21');
    expect(run('https://a.example.com/x', '<p>t</p>', { head: ld('20180619T055000+0900') }).published).toBe('2018-06-19T05:50:00+09:00');
  });
});

describe('outlet names as shown', () => {
  it('shows the page\'s own spelling of a full name, and the directory\'s name for an acronym or a company', () => {
    expect(resolveName('Japan Times')?.ref.name).toBe('Japan Times');
    expect(resolveName('FT')?.ref.name).toBe('Financial Times');
    expect(resolveName('The New York Times Company')?.ref.name).toBe('The New York Times');
    expect(resolveName('New York Times Company')?.ref.domain).toBe('nytimes.com');
  });
});
