// The detector on small inline pages: copies are flagged with readable reasons; originals that
// merely cite other outlets are not.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { detect } from '../../src/core/detect/index.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { readCredits } from '../../src/core/evidence/credit-forms.ts';
import { registrableDomain } from '../../src/core/domain.ts';

const story = (paras: string[], head = ''): string =>
  `<!doctype html><html><head><title>t</title>${head}</head><body><article><h1>A headline about a thing</h1>${paras
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const filler = [
  'The committee met for three hours on Tuesday and heard from a long list of witnesses about the plan and its costs.',
  'Officials said the proposal would be revised before a final vote, which is expected later in the month after review.',
  'Critics argued that the timeline was too short and that residents had not been given enough time to respond.',
];

/** The story with `byline` in an element of class `cls` under its headline. */
const withByline = (byline: string, cls = 'byline'): string => story(filler).replace('</h1>', `</h1><div class="${cls}">${byline}</div>`);

const run = (html: string, url: string) => withDocument(html, url, (doc) => detect(doc, url, SITE_RULES));

describe('detect', () => {
  it('flags a wire credit on a site that is not the wire', () => {
    const d = run(story(['TOKYO, June 27 (Reuters) - Japan and the United States are arranging a visit.', ...filler]), 'https://www.example-news.com/a');
    expect(d.isAggregator).toBe(true);
    expect(d.kind).toBe('article');
    const s = d.signals.find((x) => x.id === 'credit-dateline');
    expect(s?.outlet).toBe('Reuters');
    expect(s?.reason).toMatch(/Reuters/);
  });

  it('does not flag the wire on its own site, or an original that cites others in the text', () => {
    expect(run(story(['TOKYO, June 27 (Reuters) - Japan and the United States are arranging a visit.', ...filler]), 'https://www.reuters.com/world/x').isAggregator).toBe(false);
    const cites = story([
      'Japan cancelled the meeting, the Financial Times reported on Friday, citing people familiar with the matter.',
      'Kyodo news agency reported that officials were surprised, and a spokesperson told the BBC there was no comment.',
      ...filler,
    ]);
    const d = run(cites, 'https://www.theguardian.com/world/2025/jul/01/japan');
    expect(d.isAggregator).toBe(false);
    expect(d.signals).toEqual([]);
  });

  it('counts only credits naming an outlet the page could be a copy of (der-postillon.com "(dpo)", theportugalnews.com "in News")', () => {
    const url = 'https://www.example-news.com/a';
    expect(run(story(['Kiel (dpo) - Finnland ist in Gefahr, denn laut einer Warnung mehrerer Geografen droht eine Invasion.', ...filler]), url).isAggregator).toBe(false);
    expect(run(withByline('By TPN, in News, Portugal, Business · 31 Jan 2025, 20:02'), url).isAggregator).toBe(false);
    // Guards: an agency written in lower case is known by name; an unknown outlet named in capitals still counts.
    expect(run(story(['Kiel (dpa) - Finnland ist in Gefahr, denn laut einer Warnung mehrerer Geografen droht eine Invasion.', ...filler]), url).isAggregator).toBe(true);
    expect(run(withByline('By Jane Doe, Harbour Gazette'), url).signals.map((s) => s.outlet)).toContain('Harbour Gazette');
  });

  it('reads source fields given as microdata on the story\'s item (foxbusiness.com, foxnews.com), not on a photo\'s or a video\'s (foxnews.com captions, yahoo.com clips)', () => {
    const page = (html: string, url = 'https://www.example-news.com/a') =>
      run(`<!doctype html><html itemscope itemtype="http://schema.org/NewsArticle"><head><title>t</title></head><body><article><h1>A headline about a thing</h1>${html}${filler.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, url);
    const source = (name: string, href: string) => `<div itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization"><a itemprop="name" href="${href}">${name}</a></div>`;
    const d = page(`<p>By Gail Gardner</p>${source('AllBusiness.com', 'http://www.allbusiness.com/')}`);
    expect(d.isAggregator).toBe(true);
    expect(d.signals.find((s) => s.id === 'credit-metadata')?.reason).toMatch(/AllBusiness\.com \(microdata sourceOrganization\)/);
    // Guards: the author set as provider (trendkraft.de); the site's own brand; a photo's source in its caption; a
    // video clip's provider.
    expect(page('<p itemprop="author provider" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicole Körber</span></p>').isAggregator).toBe(false);
    expect(page(source('Fox News Latino', 'http://latino.foxnews.com/index.html'), 'https://www.foxnews.com/world/a').isAggregator).toBe(false);
    expect(page(`<div itemprop="associatedMedia" itemscope itemtype="http://schema.org/MediaObject"><img src="/a.jpg" alt=""><p itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization">A picture of the scene, taken on Monday. <span itemprop="name">Facebook</span></p></div>`).isAggregator).toBe(false);
    // A slideshow under the headline whose only text is its picture's credit (foxbusiness.com), or a figure's (any site).
    expect(page(`<div class="slideshow-block"><div class="slideshow" itemprop="associatedMedia" itemscope itemtype="http://schema.org/MediaObject"><img src="/a.jpg" alt=""><p itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization"><span class="source" itemprop="name">REUTERS</span></p></div></div>`).isAggregator).toBe(false);
    expect(page(`<div class="lead-media"><figure><img src="/a.jpg" alt=""><figcaption>Reuters</figcaption></figure></div>`).isAggregator).toBe(false);
    expect(page(`<div itemprop="video" itemscope itemtype="https://schema.org/VideoObject"><span itemprop="provider" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="ABC News Videos"></span></div>`).isAggregator).toBe(false);
  });

  it('reads no company named by its legal form as the story\'s source, and no issuer on a press-release wire\'s own site', () => {
    const page = (html: string, url: string, head = '') =>
      run(`<!doctype html><html itemscope itemtype="http://schema.org/NewsArticle"><head><title>t</title>${head}</head><body><article>${html}<h1>A headline about a thing</h1>${filler.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, url);
    const sources = (name: string) => ['copyrightHolder', 'sourceOrganization', 'provider'].map((k) => `<meta content="${name}" itemprop="${k}">`).join('');
    // businesstoday.in names its owner as the story's source, provider and rights holder.
    expect(page(sources('Living Media India Limited'), 'https://www.businesstoday.in/magazine/a/story/1.html').isAggregator).toBe(false);
    expect(page(sources('Example Holdings GmbH'), 'https://www.example-news.de/a').isAggregator).toBe(false);
    // An outlet the directory knows stays a source under its company's name; an outlet's name stays one.
    expect(page(sources('Reuters Ltd'), 'https://www.example-news.com/a').isAggregator).toBe(true);
    expect(page(sources('Hartford Courant'), 'https://www.example-news.com/a').isAggregator).toBe(true);
    // globenewswire.com names the company whose release it is as the release's publisher and source; the same
    // metadata on a news site is a copy's.
    const issuer = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Segment"},"publisher":{"@type":"Organization","name":"Segment"}}</script>`;
    const release = `${issuer}<div itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Segment"></div>`;
    expect(page(release, 'https://www.globenewswire.com/news-release/2016/04/06/1300478/0/en/a.html').isAggregator).toBe(false);
    expect(page('', 'https://www.prnewswire.com/news-releases/a-300256929.html', '<meta name="author" content="Hartford Courant">').isAggregator).toBe(false);
    expect(page(release, 'https://www.example-news.com/a').isAggregator).toBe(true);
  });

  it('flags a cross-site canonical link and syndication meta, not a same-site one', () => {
    const canon = (href: string) => story(filler, `<link rel="canonical" href="${href}">`);
    expect(run(canon('https://www.businessinsider.com/story-1'), 'https://www.msn-like.com/a').signals.map((s) => s.id)).toContain('credit-canonical');
    expect(run(canon('https://edition.example.com/a'), 'https://www.example.com/a').signals).toEqual([]);
    // An address is compared as an address: spacenews.com is another site than space.com, though "SpaceNews" begins
    // with the site's name (a space.com page whose canonical link is the story at spacenews.com).
    expect(run(canon('http://spacenews.com/nasa-receives-18-billion/'), 'http://space.com/27998-nasa-spending-bill.html').isAggregator).toBe(true);
    expect(run(canon('https://www.examplenews.com/a'), 'https://www.example.com/a').isAggregator).toBe(true);
    // The site's own addresses stay the site's: another country domain, another subdomain.
    expect(run(canon('https://www.bbc.co.uk/news/a'), 'https://www.bbc.com/news/a').signals).toEqual([]);
    expect(run(canon('https://m.example.com/a'), 'https://www.example.com/a').signals).toEqual([]);
    const meta = story(filler, '<meta name="syndication-source" content="https://www.apnews.com/article/x">');
    expect(run(meta, 'https://local-paper.com/a').isAggregator).toBe(true);
  });

  it('reads agencies and initials closing a story as the agency\'s copy, unless the initials are the author\'s', () => {
    const closing = (line: string, byline = '') =>
      story([...filler, line]).replace('</h1>', `</h1>${byline ? `<div class="byline">${byline}</div>` : ''}`);
    // spiegel.de's newsdesk ("sak/Reuters") and n-tv.de ("Quelle: ntv.de, ino/dpa"), no author named.
    expect(run(closing('sak/Reuters'), 'https://www.spiegel.de/ausland/a-123.html').signals.map((s) => s.outlet)).toEqual(['Reuters']);
    expect(run(closing('Quelle: ntv.de, ino/dpa'), 'https://www.n-tv.de/politik/a-123.html').isAggregator).toBe(true);
    // spiegel.de 2017: "kry/dpa" under Katherine Rydlink's byline is her story with dpa's material.
    expect(run(closing('kry/dpa', 'Von Katherine Rydlink'), 'https://www.spiegel.de/politik/a-1180321.html').isAggregator).toBe(false);
    expect(run(closing('sak/Reuters', 'Von Katherine Rydlink'), 'https://www.spiegel.de/ausland/a-123.html').isAggregator).toBe(true);
  });

  it('reads a closing paragraph\'s lines apart, where <br>s set them', () => {
    // diepresse.com sets the translator's line and Project Syndicate's rights line in one paragraph: read glued
    // ("…Hagestedt.Copyright: Project Syndicate"), the rights line opened mid-line and went unread.
    const closing = (last: string) => story([...filler, last]);
    const two = closing('Aus dem Englischen von Jens Hagestedt.<br>Copyright: Project Syndicate, 2025');
    expect(run(two, 'https://www.diepresse.com/19765800/golf').signals.map((s) => s.outlet)).toEqual(['Project Syndicate']);
    // Two paragraphs in one block after the story (albawaba.com) are two lines too.
    const after = story(filler).replace('</article>', '<div class="source"><p>Via SyndiGate.info</p><p>Copyright @ 2019 The New Arab.</p></div></article>');
    expect(run(after, 'https://www.albawaba.com/news/a').isAggregator).toBe(true);
    // A line break inside a sentence of the story is no credit line.
    expect(run(closing('The mayor thanked the volunteers.<br>She said the work would go on, as the Associated Press reported.'), 'https://www.example.com/a').isAggregator).toBe(false);
  });

  it('stops reading the lines after the story at another story\'s card, whose picture credit says nothing of the story', () => {
    // zdfheute.de: after the last paragraph, a live blog's teaser card (headline, summary), then its picture's credit.
    const card = '<div><div><article><div><h3><div>Russland greift die Ukraine an</div><span>:</span><a href="/politik/ausland/blog-102.html">Aktuelles zum Krieg in der Ukraine</a></h3><div>Seit Februar 2022 führt Russland einen Angriffskrieg gegen die Ukraine.</div></div></article></div></div><div></div><div>Quelle: <span>dpa</span></div>';
    const page = `<!doctype html><html><head><title>t</title></head><body><main><h1>A headline about a thing</h1>${filler.map((p) => `<div><p>${p}</p></div>`).join('')}${card}</main></body></html>`;
    expect(run(page, 'https://www.zdfheute.de/politik/ausland/putin-100.html').isAggregator).toBe(false);
    // The same credit right after the story, with no card between, is the story's.
    const plain = page.replace(card, '<div>Quelle: <span>dpa</span></div>');
    expect(run(plain, 'https://www.zdfheute.de/politik/ausland/putin-100.html').isAggregator).toBe(true);
  });

  it('reads the same path on a sister paper\'s site as that paper\'s story, and the same path elsewhere as the site\'s other address', () => {
    const path = '/politik/article409956720/ampeln-tot-s-bahnen-stoppen.html';
    const page = (canonical: string, own: string) =>
      story(filler, `<link rel="canonical" href="${canonical}">${own}`);
    const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;
    const publisher = (name: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline about a thing","publisher":{"@type":"NewsMediaOrganization","name":"${name}"}}</script>`;
    // Papers of one group that name themselves point at the same path on the paper whose newsroom wrote the story
    // (braunschweiger-zeitung.de, abendblatt.de and waz.de at morgenpost.de); a publisher's initials name its site.
    for (const [url, own] of [
      [`https://www.braunschweiger-zeitung.de${path}`, siteName('Braunschweiger Zeitung')],
      [`https://www.abendblatt.de${path}`, siteName('Hamburger Abendblatt')],
      [`https://www.waz.de${path}`, publisher('Westdeutsche Allgemeine Zeitung')],
    ] as const) {
      const d = run(page(`https://www.morgenpost.de${path}`, own), url);
      expect(d.isAggregator, url).toBe(true);
      expect(d.signals.find((s) => s.id === 'credit-canonical')?.outlet, url).toBe('morgenpost.de');
    }
    // The outlet's other address: its name names the other domain (tnr.com → newrepublic.com, guardian.co.uk →
    // theguardian.com), or the page names nothing.
    expect(run(page('https://newrepublic.com/article/120169/a', siteName('The New Republic')), 'http://tnr.com/article/120169/a').signals).toEqual([]);
    expect(run(page('https://www.theguardian.com/film/2011/nov/18/a', siteName('the Guardian')), 'http://www.guardian.co.uk/film/2011/nov/18/a').signals).toEqual([]);
    expect(run(page(`https://www.morgenpost.de${path}`, ''), `https://www.abendblatt.de${path}`).signals).toEqual([]);
    // A site name that names both addresses: a show of the outlet with a site of its own (wnycstudios.org's
    // Radiolab pages, canonical on radiolab.org); a site name naming the other address alone stays a copy's.
    expect(run(page('https://radiolab.org/podcast/wubi-effect', siteName('Radiolab Podcasts | WNYC Studios')), 'https://www.wnycstudios.org/podcasts/radiolab/articles/wubi-effect').signals).toEqual([]);
    expect(run(page('https://radiolab.org/podcast/wubi-effect', siteName('Radiolab')), 'https://www.wnycstudios.org/podcasts/radiolab/articles/wubi-effect').isAggregator).toBe(true);
    // A publication on a blogging platform points at its own domain: the platform's name is no outlet of the story.
    expect(run(page('https://wtfeconomy.com/wtf-whats-the-future-e52ab9515573', siteName('Medium')), 'https://medium.com/the-wtf-economy/wtf-whats-the-future-e52ab9515573').signals).toEqual([]);
  });

  it('reads a page on this machine (a saved copy, a local server) as at the address it gives itself', () => {
    const canon = (href: string, paras = filler) => story(paras, `<link rel="canonical" href="${href}">`);
    const local = run(canon('https://www.theguardian.com/world/2019/a'), 'http://127.0.0.1:8080/p/1/');
    expect(local.isAggregator).toBe(false);
    expect(local.evidence?.host.domain).toBe('theguardian.com');
    expect(run(canon('https://www.nytimes.com/2019/a.html'), 'file:///home/reader/saved/a.html').evidence?.host.domain).toBe('nytimes.com');
    // A copy stays a copy wherever it is opened from.
    const wire = canon('https://www.local-paper.com/a', ['TOKYO, June 27 (Reuters) - Japan and the United States are arranging a visit.', ...filler]);
    expect(run(wire, 'http://localhost:3000/a').isAggregator).toBe(true);
    // A page on the web is read at its own address, whatever its canonical link says.
    expect(run(canon('https://www.theguardian.com/world/2019/a'), 'https://www.msn-like.com/en-us/news/story-123').isAggregator).toBe(true);
  });

  it('reads a saved page without an address as at the site most of its links lead to', () => {
    const nav = (site: string, n: number) => Array.from({ length: n }, (_, i) => `<a href="https://${site}/section-${i}">Section ${i}</a>`).join(' ');
    const page = (links: string, byline: string, paras = filler, footer = '<footer><p>©2005-2015 WebMD, LLC. All rights reserved.</p></footer>') =>
      `<!doctype html><html><head><title>t</title></head><body><nav>${links}</nav><article><h1>A headline about a thing</h1><div class="author">${byline}</div>${paras
        .map((p) => `<p>${p}</p>`).join('')}</article>${footer}</body></html>`;
    const own = page(nav('www.webmd.com', 12), 'By <a rel="author" href="https://www.webmd.com/dana-reyes">Dana Reyes</a><br>WebMD Health News');
    for (const url of ['file:///home/reader/Downloads/story.html', 'https://story.invalid/', 'http://127.0.0.1:8000/story.html']) {
      const d = run(own, url);
      expect(d.isAggregator).toBe(false);
      expect(d.evidence?.host.domain).toBe('webmd.com');
    }
    // On the web the page's own address decides: the same desk's name on another site is a copy's credit.
    expect(run(own, 'https://www.health-portal.com/a').isAggregator).toBe(true);
    // A short address is read as the initials of the name that ends the title.
    const ap = page(nav('hosted.ap.org', 12), 'By DANA REYES', ['KABUL, Afghanistan (AP) -- The talks resumed on Monday after a pause of two weeks.', ...filler], '')
      .replace('<title>t</title>', '<title>News from The Associated Press</title>');
    expect(run(ap, 'https://story.invalid/').isAggregator).toBe(false);
    expect(run(ap.replace('News from The Associated Press', 'News from the wire'), 'https://story.invalid/').isAggregator).toBe(true);
    // The page must name the site its links lead to: a blog post linking mostly to code on github.com is not github's.
    expect(run(page(nav('github.com', 12), 'By Dana Reyes', filler, '<footer><p>© 2019 The V8 project authors.</p></footer>'), 'file:///tmp/x.html').evidence?.host.domain).toBe('');
    // Links spread over many sites (a saved aggregator page) name no site; a copy saved from its site stays a copy.
    const spread = ['a.com', 'b.com', 'c.com', 'd.com', 'e.com'].map((d) => nav(d, 4)).join(' ');
    expect(run(page(spread, 'By Dana Reyes'), 'file:///tmp/x.html').evidence?.host.domain).toBe('');
    const wire = page(nav('www.local-paper.com', 12), 'By Dana Reyes', ['TOKYO, June 27 (Reuters) - Japan and the United States are arranging a visit.', ...filler], '<footer>© 2024 Local Paper</footer>');
    expect(run(wire, 'file:///tmp/x.html').evidence?.host.domain).toBe('local-paper.com');
    expect(run(wire, 'file:///tmp/x.html').isAggregator).toBe(true);
  });

  it('reads the lines of a byline that <br> parts as separate parts', () => {
    // The desk on its next line is the outlet, not the reporter's name run into it (webmd.com).
    const d = run(withByline('By <a rel="author" href="/dana-reyes">Dana  Reyes</a>\n   <br/>WebMD Health News', 'author_fmt'), 'https://www.health-portal.com/a');
    expect(d.signals.map((s) => s.outlet)).toEqual(['WebMD Health News']);
    expect(run(withByline('By <a rel="author" href="/dana-reyes">Dana Reyes</a><br>WebMD Health News', 'author_fmt'), 'https://www.webmd.com/news/a').isAggregator).toBe(false);
    // A date or an editor on the next line is not an outlet (lwn.net, sre.google).
    expect(run(withByline('By <b>Dana Reyes</b>\n<br/>March 25, 2015', 'author_fmt'), 'https://lwn.net/Articles/1/').signals).toEqual([]);
    expect(run(withByline('Written by Dana Reyes<br />Edited by Sam Ortiz', 'author_fmt'), 'https://sre.google/book/a').signals).toEqual([]);
  });

  it('reads an outlet the directory knows run into the byline\'s names as its credit (usatoday.com, floridatoday.com)', () => {
    // A sister paper's reporters on the network's national site, the time stamp run in after them.
    const sister = run(withByline('Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader Published 10:02 AM EST Nov 19, 2019'), 'https://www.usatoday.com/story/news/a/');
    expect(sister.isAggregator).toBe(true);
    expect(sister.signals.map((s) => s.outlet)).toEqual(['Sioux Falls Argus Leader']);
    expect(run(withByline('Dana Reyes Detroit Free Press'), 'https://www.usatoday.com/story/news/a/').signals.map((s) => s.outlet)).toEqual(['Detroit Free Press']);
    // After "By" the outlet's shape takes the writer's name in too ("Dana Reyes New York Times"); the directory parts them.
    const byRunOn = run(withByline('By Dana Reyes New York Times'), 'https://www.city-paper.com/a');
    expect(byRunOn.signals.map((s) => s.outlet)).toEqual(['New York Times']);
    // The date glued to a comma after the outlet (bostonglobe.com running a NYT story); the same byline with the
    // paper's own name on its site is its own.
    expect(run(withByline('By Mike Isaac New York Times ,May 3, 2016, 2:58 p.m.'), 'https://www.bostonglobe.com/business/a').signals.map((s) => s.outlet)).toEqual(['New York Times']);
    expect(run(withByline('By Dana Reyes Globe Staff ,May 3, 2016, 2:58 p.m.'), 'https://www.bostonglobe.com/business/a').isAggregator).toBe(false);
    // A one-word name run in counts as an acronym the directory lists; a person's letters do not.
    expect(run(withByline('Dana Reyes CNN'), 'https://www.city-paper.com/a').signals.map((s) => s.outlet)).toEqual(['CNN']);
    expect(run(withByline('Dana Reyes CNN'), 'https://www.cnn.com/2024/a').isAggregator).toBe(false);
    expect(run(withByline('Dana Reyes DVM'), 'https://www.city-paper.com/a').isAggregator).toBe(false);
    // A syndicate's mark after the paper's name ("(TNS)") does not hide the paper; on the paper's own site it is no copy.
    const delivered = run(withByline('Dana Reyes Chicago Tribune (TNS)'), 'https://www.city-paper.com/a');
    expect(delivered.isAggregator).toBe(true);
    expect(delivered.signals.map((s) => s.outlet)).toEqual(['Chicago Tribune']);
    expect(run(withByline('Dana Reyes Chicago Tribune (TNS)'), 'https://www.chicagotribune.com/news/a').isAggregator).toBe(false);
    // The site's own paper after its reporter's name; a one-word name that is also a surname ("Fortune"); the
    // outlet inside a headline-shaped line that is no byline.
    expect(run(withByline('Elliot Brownstein Florida Today'), 'https://www.floridatoday.com/story/sports/a/').isAggregator).toBe(false);
    expect(run(withByline('Kevin Johnson and Kevin McCoy USA TODAY'), 'https://www.usatoday.com/story/news/a/').isAggregator).toBe(false);
    expect(run(withByline('Dana Fortune'), 'https://www.city-paper.com/a').isAggregator).toBe(false);
    expect(run(story(['Senators Tell Detroit Free Press They Will Vote Against the Plan', ...filler]), 'https://www.city-paper.com/a').isAggregator).toBe(false);
  });

  it('reads an outlet the directory knows after a separator in a byline as its credit (al.com, chicagotribune.com)', () => {
    // A sister paper's newsroom, named by no outlet word, after its reporter's name; a paper after a bar.
    const sister = run(withByline('By Ari Wasserman, Northeast Ohio Media Group'), 'https://www.al.com/sports/a');
    expect(sister.isAggregator).toBe(true);
    expect(sister.signals.map((s) => s.outlet)).toEqual(['Northeast Ohio Media Group']);
    expect(run(withByline('By Dana Reyes | Kalamazoo Gazette | Dec 13, 2016 at 3:45 pm'), 'https://www.chicagotribune.com/news/a').signals.map((s) => s.outlet)).toEqual(['Kalamazoo Gazette']);
    // "by:" with a colon, as a broadcaster's station sites print it over a sister outlet's story.
    expect(run(withByline('by: Dana Reyes, The Hill'), 'https://www.wkrg.com/news/a').signals.map((s) => s.outlet)).toEqual(['The Hill']);
    expect(run(withByline('by: Dana Reyes, The Hill'), 'https://thehill.com/news/a').isAggregator).toBe(false);
    // Guards: the site's own paper (cleveland.com, mlive.com); a text-size button after a name (timesofindia.com's
    // "AA"); a contributor's line; a photo credit; a first part that is no person.
    expect(run(withByline('By Joanna Connors, The Plain Dealer'), 'https://www.cleveland.com/books/a').isAggregator).toBe(false);
    expect(run(withByline('By Darcie Moran | dmoran@mlive.com The Ann Arbor News'), 'https://www.mlive.com/news/a').isAggregator).toBe(false);
    expect(run(withByline('Saibal Dasgupta / TNN / Updated: Oct 9, 2019 · Share · AA · Text Size'), 'https://timesofindia.indiatimes.com/a').isAggregator).toBe(false);
    expect(run(withByline('Dana Reyes, special to the Kalamazoo Gazette'), 'https://www.city-paper.com/a').isAggregator).toBe(false);
    expect(run(withByline('Photos by Dana Reyes, Kalamazoo Gazette'), 'https://www.city-paper.com/a').isAggregator).toBe(false);
    expect(run(withByline('Top stories, Northeast Ohio Media Group'), 'https://www.city-paper.com/a').isAggregator).toBe(false);
  });

  it('reads an address or a wire before a bar in a byline as the outlet, and what follows as its section (elle.com)', () => {
    // The site's own address and its section: the site's own story.
    expect(run(withByline('ELLE.com | Life &amp; Love News'), 'https://www.elle.com/life-love/a').isAggregator).toBe(false);
    // Another site's address, or a wire, before the bar is still the credit; a person before it keeps the wire after it.
    expect(run(withByline('Associated Press | Business'), 'https://www.city-paper.com/a').signals.map((s) => s.outlet)).toEqual(['Associated Press']);
    expect(run(withByline('Dana Reyes | AP Business Writer'), 'https://www.city-paper.com/a').signals.map((s) => s.outlet)).toEqual(['AP']);
  });

  it('flags a "Source link" under the story to another site’s story, and links the original (sciencefly.com, news8plus.com)', () => {
    const page = (tail: string) => story(filler).replace('</article>', `${tail}</article>`);
    const d = run(page('<p><br> <br><a href="https://www.indiatoday.in/india/story/treatment-granted-status-1659352?utm_source=rss">Source link </a></p>'), 'https://news8plus-like.com/a/');
    expect(d.isAggregator).toBe(true);
    expect(d.signals.map((s) => s.outlet)).toEqual(['indiatoday.in']);
    expect(run(page('<p><br><a href="http://www.upi.com/Science_News/2016/12/23/story/1991482507684/">Source link</a></p>'), 'http://sciencefly-like.com/a/').signals.map((s) => s.outlet)).toEqual(['upi.com']);
    // Guards: a link to the site's own page; a study linked as a source; a "Source link" inside a sentence.
    expect(run(page('<p><a href="/about/sources">Source link</a></p>'), 'https://news8plus-like.com/a/').signals).toEqual([]);
    expect(run(page('<p><a href="https://www.nature.com/articles/s41586">Source</a></p>'), 'https://news8plus-like.com/a/').signals).toEqual([]);
    expect(run(page('<p>The agency published the data with a <a href="https://www.census.gov/data">source link</a> for each table in its release.</p>'), 'https://news8plus-like.com/a/').signals).toEqual([]);
  });

  it('flags CNN’s feed on an affiliate’s page by its rights line, and not on cnn.com (ktvz.com, mercurynews.com, fox13now.com)', () => {
    const feed = ['The-CNN-Wire', '™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.'];
    const affiliate = run(story([...filler, ...feed]), 'https://ktvz.com/news/national-world/2023/05/01/a-story/');
    expect(affiliate.isAggregator).toBe(true);
    expect(affiliate.signals.find((x) => x.id === 'credit-rights-line')?.outlet).toBe('Cable News Network');
    expect(run(story([...filler, ...feed]), 'https://www.cnn.com/2023/05/01/us/a-story/index.html').isAggregator).toBe(false);
  });

  it('flags republication notes and syndicated-feed notes', () => {
    expect(run(story([...filler, 'This article is republished from The Conversation under a Creative Commons license.']), 'https://blog.example.org/a').isAggregator).toBe(true);
    expect(run(story([...filler, '(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)']), 'https://example.in/a').isAggregator).toBe(true);
  });

  it('applies site rules: always-aggregators alone, mixed sites only with evidence', () => {
    expect(run(story(filler), 'https://www.daily8.com/news/x').isAggregator).toBe(true);
    expect(run(story(filler), 'https://www.taipeitimes.com/News/taiwan/archives/2025/07/05/2003839000').isAggregator).toBe(false);
    const wire = story(['AFP, PARIS', ...filler]).replace('<p>AFP, PARIS</p>', '<div class="name">AFP, PARIS</div>');
    expect(run(wire, 'https://www.taipeitimes.com/News/world/archives/2025/07/05/2003839801').isAggregator).toBe(true);
  });

  it('tells listings from articles', () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<div class="c"><h3><a href="/n/${i}">Story number ${i} about something</a></h3><span>Reuters</span><span>${i + 1} hours ago</span></div>`).join('');
    const d = run(`<html><body><h1>Latest news</h1>${cards}</body></html>`, 'https://hub.example.com/topic/x');
    expect(d.kind).toBe('listing');
    expect(d.signals.find((s) => s.id === 'outlet-cards')?.reason).toMatch(/Reuters/);
    expect(run('<html><body><p>Hi</p></body></html>', 'https://example.com/').kind).toBe('other');
  });

  it('reads a tag page as a listing whatever paragraphs its consent dialog holds (belfusto.com), and a story beside a dialog as an article', () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<div class="c"><h3><a href="/n/${i}">Story number ${i} about something</a></h3><div class="excerpt">A short summary of story ${i}.</div></div>`).join('');
    const notice = [
      'We use cookies on our website. Some of them are essential, while others help us to improve this website and your experience.',
      'Here you will find an overview of all cookies used. You can give your consent to whole categories or display further information.',
      'Essential cookies enable basic functions and are necessary for the proper functioning of the website, and cannot be switched off.',
    ].map((p) => `<p>${p}</p>`).join('');
    const dialog = `<div id="CookieBox" role="dialog" aria-modal="true"><div class="col"><span role="heading">Privacy settings</span>${notice}</div></div>`;
    expect(run(`<html><body><h2>Ergowear</h2>${cards}${dialog}</body></html>`, 'https://www.fashion.example/tag/ergowear/').kind).toBe('listing');
    expect(run(`<html><body>${dialog.replace('role="dialog" aria-modal="true"', 'class="notice"')}${cards}</body></html>`, 'https://www.fashion.example/tag/ergowear/').kind).toBe('article');
    expect(run(story(filler) + dialog, 'https://www.fashion.example/2024/a-story').kind).toBe('article');
  });

  it('reads a short story under its own headline and a story\'s metadata as an article beside its rail of cards (hk.finance.yahoo.com), and the same cards under a section\'s name as a listing', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/news/s-${i}.html">Markets story number ${i} in the rail of teasers</a></h3><p>A summary of teaser ${i}: shares rose on Tuesday as investors weighed new figures on prices, jobs and the outlook for rates.</p></li>`).join('');
    const lead = '<p>Confidence among Japanese companies held steady in May, a monthly survey showed, though makers and service firms said a weak yen was raising their costs.</p>';
    const page = (h1: string) => `<html><head><title>Japan business confidence steady in May as weak yen lifts costs - Yahoo Finance</title><meta property="og:type" content="article"></head>
      <body><h1>${h1}</h1>${lead}<p>The index held at 9.</p><p>Firms expect it to worsen.</p><ul>${cards}</ul></body></html>`;
    expect(run(page('Japan business confidence steady in May as weak yen lifts costs'), 'https://hk.finance.example.com/news/japan-confidence-002104675.html').kind).toBe('article');
    expect(run(page('Latest business news'), 'https://hk.finance.example.com/news/').kind).toBe('listing');
  });

  it('reads a provider link\'s own logo under the headline as the source, not a photo\'s credit beside a picture', () => {
    // A portal's provider link holding only the source's logo (news.yahoo.co.jp's shape).
    const provider = story(filler).replace('</h1>', '</h1><div><time>1/24 12:35</time><a class="provider" href="https://www.kyodo.co.jp/"><img src="/logo/kyodo.png" alt="Kyodo News" width="80" height="20"></a></div>');
    expect(run(provider, 'https://news.portal.example/articles/3f8a2b').signals.map((s) => s.outlet)).toEqual(['Kyodo News']);
    // A photo inside a source element, its agency in the alt text, is a picture, not a logo.
    const photo = story(filler).replace('</h1>', '</h1><div><a class="source" href="/photos/1"><img src="/photos/mayor.jpg" alt="Kyodo News" width="800" height="450"></a></div>');
    expect(run(photo, 'https://news.portal.example/articles/3f8a2b').isAggregator).toBe(false);
  });

  it('reads three short paragraphs of Japanese as a story, as it reads three of English', () => {
    // A portal's copy of a wire story: a headline, the time and three paragraphs, no article metadata.
    const ja = ['日銀は24日の金融政策決定会合で、追加利上げを決めた。短期金利の誘導目標を0.25％程度から0.5％程度に引き上げる。利上げは昨年7月以来となる。',
      '植田和男総裁が午後に記者会見し、決定の理由を説明する。物価上昇が続き、賃上げの動きも広がっていると判断した。',
      '米国の新政権の経済政策を巡る不透明感はあるものの、金融市場は比較的安定していると評価した。'];
    const page = `<html><body><h1>日銀、追加利上げを決定 政策金利0.5％に</h1><time>1/24(金) 12:35</time><div>${ja.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(run(page, 'https://news.portal.example/articles/3f8a2b').kind).toBe('article');
    // Three one-line Japanese notes are not a story.
    expect(run('<html><body><p>お知らせ</p><p>メンテナンスのお知らせです。</p><p>ご迷惑をおかけします。</p></body></html>', 'https://example.jp/').kind).toBe('other');
  });

  it('never throws on degenerate documents', () => {
    for (const html of ['', '<html></html>', '<frameset><frame src="x"></frameset>', '<svg xmlns="http://www.w3.org/2000/svg"><p>x</p></svg>']) {
      expect(() => run(html, 'https://example.com/')).not.toThrow();
    }
    expect(withDocument('<p>x</p>', 'https://example.com/', (doc) => detect(doc, 'not a url', SITE_RULES).host.domain)).toBe('');
  });
});

describe('credit lines', () => {
  it('finds datelines, tails, bios and notes', () => {
    expect(readCredits('WASHINGTON (AP) — The Senate voted.', 'lead')[0]?.outlet).toBe('AP');
    expect(readCredits('(MENAFN- Khaleej Times) The UAE fuel price committee', 'lead')[0]?.outlet).toBe('Khaleej Times');
    expect(readCredits('(MENAFN) The relationship between', 'lead')[0]?.outlet).toBe('MENAFN');
    expect(readCredits('The talks ended without a deal. — Reuters', 'tail')[0]?.outlet).toBe('Reuters');
    expect(readCredits('Gearoid Reidy is a Bloomberg Opinion columnist covering Japan.', 'tail')[0]?.outlet).toBe('Bloomberg Opinion');
  });

  it('ignores acronym definitions, colons and parenthesised words', () => {
    expect(readCredits('Progressive Web Apps (PWA) - the future of commerce', 'lead')).toEqual([]);
    expect(readCredits('Astronaut (NR): Jaden Siemans 7 saves.', 'lead')).toEqual([]);
    expect(readCredits('The bloc (EU) - which has 27 members - agreed.', 'lead')).toEqual([]);
    expect(readCredits('He posted (Photo) - a picture of the cat.', 'lead')).toEqual([]);
  });
});

describe('registrable domains', () => {
  it('handles multi-label suffixes', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('english.kyodonews.net')).toBe('kyodonews.net');
    expect(registrableDomain('www.japantimes.co.jp')).toBe('japantimes.co.jp');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('source named in the headline or an agency byline block', () => {
  it('reads a full-width source suffix on the title, not translator notes in the text', () => {
    const page = (title: string, para: string): string =>
      `<html><head><title>${title}</title></head><body><article><h1>${title.replace(/ - .*$/, '')}</h1><p>${para}</p>${filler.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const copy = run(page('アプリ「フリーWi-Fiプロテクション」 （CNET Japan） - Yahoo!ニュース', filler[0]!), 'https://headlines.yahoo.co.jp/hl?a=1');
    expect(copy.signals.find((s) => s.id === 'credit-title-source')?.outlet).toBe('CNET Japan');
    const note = run(page('人工智能迈上新台阶_科技_腾讯网', '新电脑已可利用记忆自学（编译/林靖东）'), 'https://tech.qq.com/a/1.htm');
    expect(note.signals).toEqual([]);
  });

  it('does not read the organisation a story is about as its source, when the story opens with it as the subject', () => {
    const page = (title: string, para: string): string =>
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${para}</p>${filler.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    // scan.netsecurity.ne.jp: "…紛失の可能性（阪南大学）" over "阪南大学は3月4日、…発表した".
    const about = run(page('USBメモリを電車内で紛失の可能性（阪南大学）', '阪南大学は3月4日、同学の専任教員が学生情報等を保存したUSBメモリを紛失したことが判明したと発表した。'), 'https://security.example.jp/article/1.html');
    expect(about.signals).toEqual([]);
    expect(about.isAggregator).toBe(false);
    // The same title over a story that does not open with the name is still credited to it.
    const copy = run(page('USBメモリを電車内で紛失の可能性（阪南大学）', '専任教員が学生情報等を保存したUSBメモリを紛失したことが3月4日に判明した。'), 'https://security.example.jp/article/1.html');
    expect(copy.signals.find((s) => s.id === 'credit-title-source')?.outlet).toBe('阪南大学');
  });

  it('reads "PTI, Washington, Nov 20 2019" as an agency credit', () => {
    expect(readCredits('PTI, Washington, Nov 20 2019', 'byline')[0]?.outlet).toBe('PTI');
    expect(readCredits('Reuters, the news agency, said on Monday that', 'lead')).toEqual([]);
  });
});

describe('outlets the directory lists, in a rights line, a source line or a byline', () => {
  /** The story with `line` as a paragraph of its own after the last one. */
  const withTail = (line: string): string => story([...filler, line]);
  const original = (html: string, url: string): string | null => {
    const d = run(html, url);
    return d.isAggregator ? (d.signals.find((s) => s.id.startsWith('credit-'))?.outlet ?? null) : null;
  };

  it('reads a newspaper’s rights line or a source line naming another newsroom as that newsroom’s story', () => {
    // Written: Tribune's feed without its delivery note, a broadcaster's story credited on an affiliate.
    expect(original(withTail('© 2024 Los Angeles Times. All rights reserved.'), 'https://www.springfield-gazette.com/a')).toBe('Los Angeles Times');
    expect(original(withTail('Source: CNN'), 'https://www.wxyz-example.com/a')).toBe('CNN');
  });

  it('reads a rights line naming the newsroom’s company by its legal form (stern.de running an FT column)', () => {
    expect(original(withTail('© The Financial Times Ltd. 2024'), 'https://www.stern.de/capital/a')).toBe('Financial Times');
    expect(run(withTail('© 2024 The Financial Times Ltd. All rights reserved.'), 'https://www.ft.com/content/a').isAggregator).toBe(false);
    // The site's owner in the same place names no newsroom.
    expect(run(withTail('©2019 FOX News Network, LLC. All rights reserved.'), 'https://www.foxbusiness.com/markets/a').isAggregator).toBe(false);
    // people.com under Time Inc.: a one-word name by a legal form is the owner, not the magazine of that name.
    expect(run(withTail('Copyright © 2015 Time Inc. All rights reserved.'), 'http://www.people.com/article/a').isAggregator).toBe(false);
  });

  it('reads an acronym or a name with a capital inside after a byline’s people (msn.com "Sandee LaMotte, CNN")', () => {
    expect(original(withByline('Sandee LaMotte, CNN'), 'https://www.msn-example.com/a')).toBe('CNN');
    expect(original(withByline('By José Pérez, TechCrunch'), 'https://www.example-news.com/a')).toBe('TechCrunch');
  });

  it('does not read the site’s own name, an owner that is a company, a surname-like word or a data source as a copy', () => {
    // spiegel.de: "© SPIEGEL ONLINE 2011 Alle Rechte vorbehalten"; cnn.com: "Ed Hornick, CNN".
    expect(run(withTail('© SPIEGEL ONLINE 2011 Alle Rechte vorbehalten'), 'http://www.spiegel.de/netzwelt/a').isAggregator).toBe(false);
    expect(run(withByline('Ed Hornick, CNN'), 'http://www.cnn.com/2010/POLITICS/a').isAggregator).toBe(false);
    expect(run(withTail('Copyright 2024 Nexstar Media Inc. All rights reserved.'), 'https://www.example-news.com/a').isAggregator).toBe(false);
    expect(run(withByline('By Jane Doe, Fortune'), 'https://www.example-news.com/a').isAggregator).toBe(false);
    expect(run(withTail('Source: Bureau of Labor Statistics'), 'https://www.example-news.com/a').isAggregator).toBe(false);
  });
});
