// Rows of links to the site's topic, tag and section pages left in the story go as navigation, the links to the next
// and previous stories as other stories; a sentence that links, documents linked out and the story's lines stay.
import { describe, expect, it } from 'vitest';
import { extractPage, storyWith } from './written-story.ts';

function extract(line: string): { text: string; nav: string[] } {
  const page = extractPage(storyWith(line));
  return { text: page.text, nav: page.removed('navigation') };
}

describe('rows of topic links', () => {
  it.each([
    // heise.de: a related heading, then the topic pages.
    ['<p>Mehr zum Thema <a href="/thema/Performance">Performance</a> <a href="/thema/JavaScript">JavaScript</a> <a href="/firma/Microsoft">Microsoft</a></p>', 'Mehr zum Thema'],
    // usatoday.com: a label closed by a colon, the galleries' topics on a sister host.
    ['<p>See photos of: <a href="https://mediagallery.example-news.com/NFL">NFL</a>, <a href="https://mediagallery.example-news.com/Brett+Favre">Brett Favre</a>, <a href="https://mediagallery.example-news.com/Minnesota+Vikings">Minnesota Vikings</a></p>', 'See photos of'],
    // abendblatt.de: one section's link after a label.
    ['<p>Mehr Artikel aus dieser Rubrik gibt\'s hier: <a href="..">Wirtschaft</a></p>', 'Mehr Artikel aus dieser Rubrik'],
    // A bare row of section links, a section menu left in the story.
    ['<p><a href="/news">News</a> | <a href="/local">Local</a> | <a href="/politics">Politics</a> | <a href="/weather">Weather</a></p>', 'Politics'],
    // tmz.com: a tag cloud whose links stand straight in a list, without items.
    ['<section><ul><a href="/people/prince/">Prince</a> <a href="/categories/rip/">RIP</a> <a href="/categories/gossip-rumors/">Gossip / Rumors</a> <a href="/categories/music/">Music</a></ul></section>', 'Gossip / Rumors'],
  ])('%s', (line, words) => {
    const got = extract(line);
    expect(got.text).not.toContain(words);
    expect(got.nav.join(' ')).toContain(words);
  });

  it('takes an upper-case label over the row with it (oreilly.co.jp\'s "TOPICS")', () => {
    const got = extract('<p>TOPICS</p><p><a href="/topics/head-first">Head First</a> , <a href="/topics/programming">Programming</a> , <a href="/topics/python">Python</a></p>');
    expect(got.text).not.toContain('TOPICS');
    expect(got.nav).toEqual(['Head First , Programming , Python', 'TOPICS']);
  });

  it.each([
    // A sentence that links has words between and around its links.
    ['<p>Read <a href="/docs/budget-2024">the full budget</a> and <a href="/docs/minutes">the minutes</a> on the city’s site.</p>', 'the full budget'],
    // Documents the story links out to.
    ['<p>Court filings: <a href="https://www.courtlistener.com/docket/1/complaint">Complaint</a>, <a href="https://www.courtlistener.com/docket/1/ruling">Ruling</a></p>', 'Complaint'],
    // A label that is a sentence.
    ['<p>The council published the figures on its own pages today for residents to read: <a href="/budget">Budget</a></p>', 'published the figures'],
  ])('keeps %s', (line, words) => {
    expect(extract(line).text).toContain(words);
  });
});

describe('links to the next and previous stories', () => {
  it.each([
    // venturebeat.com: both labels and links on one line.
    ['<p>Next Story: <a href="/2010/08/18/foursquare-working-with-facebook-places/">Foursquare working with Facebook Places … somehow</a> <br>Previous Story: <a href="/2010/08/18/suntech-on-its-way-up/">China’s Suntech on its way up despite Q2 loss</a></p>', 'Foursquare working'],
    // A British daily: the label and the headline in one link's line.
    ['<p>Previous article <a href="/news/2019/11/19/pizza-express">Reviews of Pizza Express Duke of York says he visited suspended</a></p>', 'Pizza Express'],
  ])('%s', (line, words) => {
    expect(extract(line).text).not.toContain(words);
  });

  it('keeps a list of the story\'s own items', () => {
    const line = '<ul><li>Repairs to the <a href="/bridge">main bridge</a> over the river</li><li>Forty new teachers</li></ul>';
    expect(extract(line).text).toContain('Forty new teachers');
  });

  it('keeps a sentence about the next article in a series', () => {
    const line = '<p>Read about that topic in the next article in this series, <a href="/series/leader-mindset">How to Adopt an Online Leader Success Mindset</a>.</p>';
    expect(extract(line).text).toContain('next article in this series');
  });
});
