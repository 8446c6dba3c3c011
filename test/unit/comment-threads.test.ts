// Comment threads found by their shape: a time stamp on each comment is a mark of a thread (real shapes from
// slamonline.com, blogger.com and a WordPress news site), while a story's own time stamp, dates inside its
// sentences and a live blog's timed entries are not.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { commentThreads } from '../../src/core/extract/comments.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';

const threads = (html: string) =>
  withDocument(`<!doctype html><body>${html}</body>`, 'https://news.example.com/a', (doc) =>
    commentThreads(doc.body, () => false).map((t) => ({ tag: t.element.localName, count: t.count })));

const texts = ['YE FIRST! Nobody else is awake yet this morning.', 'This is a joke right? Miami is last in the division.', 'Interesting way of doing it, some teams fall where we suspect them to.', 'Have you even seen him play? Yeah, ok, that will be something to see.'];

describe('comment time stamps', () => {
  it('slamonline.com: "<name> Posted: Oct.28 at 4:22 pm" over each comment', () => {
    const list = texts.map((t, i) => `<li><div class="date">reader${i} Posted: Oct.28 at ${i + 4}:22 pm</div>${t}</li>`).join('');
    expect(threads(`<div id="c"><label>4 Responses to “Rankings”</label><ul>${list}</ul></div>`)).toEqual([{ tag: 'ul', count: 4 }]);
  });

  it('blogger.com and WordPress: "April 12, 2011 at 11:30 AM", "November 19, 2019 at 6:34 am"', () => {
    const blogger = texts.map((t, i) => `<div class="c"><p>${t}</p><span class="ts"><a href="/p.html">April 12, 2011 at ${i + 1}:30 AM</a></span></div>`).join('');
    expect(threads(`<section>${blogger}</section>`)).toEqual([{ tag: 'section', count: 4 }]);
    const wp = texts.map((t) => `<article><footer><b>Sam</b><time>November 19, 2019 at 6:34 am</time></footer><div><p>${t}</p></div></article>`).join('');
    expect(threads(`<div>${wp}</div>`)).toEqual([{ tag: 'div', count: 4 }]);
  });

  it('is not found in a story: its own time stamp, dates inside sentences', () => {
    const story = `<h1>Rankings</h1><div class="meta">Posted: Oct.28 at 3:32 pm</div>${texts
      .map((t) => `<p>${t} The vote was held on Nov. 19, 2019 at 6:34 pm, the clerk said, and the count took all night.</p>`).join('')}`;
    expect(threads(story)).toEqual([]);
  });

  it('goes whole when the site nests it in the article’s element, even when it is long (slamonline.com)', () => {
    const story = ['The rankings are built from eight categories, and each team gets a grade for every one of them this season.',
      'Point being, it is better to score average in all eight categories than it is to stand out in a few of them.',
      'So where will each team finish at the season’s end, given the rosters which have been assembled? Find out below.']
      .map((p) => `<p>${p}</p>`).join('');
    const list = Array.from({ length: 12 }, (_, i) => `<li><div class="date">reader${i} Posted: Oct.28 at ${(i % 9) + 1}:22 pm</div>${texts[i % 4]} Comment number ${i}.</li>`).join('');
    const html = `<!doctype html><html><head><title>Rankings</title></head><body><div class="article"><h1>Rankings</h1>${story}<div id="comments"><label>12 Responses to “Rankings”</label><ul>${list}</ul></div></div></body></html>`;
    const a = withDocument(html, 'https://news.example.com/r', (doc) => analyze(doc, 'https://news.example.com/r', SITE_RULES, { now: null }));
    expect(a.text).toContain('Find out below.');
    for (const t of texts) expect(a.text).not.toContain(t);
    expect(a.removed?.some((r) => r.kind === 'comments' && /^12 comments/.test(r.text))).toBe(true);
  });

  it('leaves a live blog’s timed entries in the story', () => {
    const entries = texts.map((t, i) => `<div class="entry"><span>Nov 19, 2019 at ${i + 9}:05 am</span><p>${t} Officials said the road would stay closed for the rest of the day while crews worked.</p></div>`).join('');
    const html = `<!doctype html><html><head><title>Live: storm updates</title></head><body><article><h1>Live: storm updates</h1><div class="entries">${entries}</div></article></body></html>`;
    const a = withDocument(html, 'https://news.example.com/live', (doc) => analyze(doc, 'https://news.example.com/live', SITE_RULES, { now: null }));
    for (const t of texts) expect(a.text).toContain(t);
  });
});
