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
    commentThreads(doc.body, () => false).map((t) => ({ tag: t.elements[0]!.localName, count: t.count })));

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
    expect(a.removed?.some((r) => r.kind === 'comments' && /^12 Responses to/.test(r.text))).toBe(true);
  });

  it('goes when the comments stand in the story’s own block without a wrapper, each with its reply link', () => {
    const story = ['I spent the last month rebuilding the garden shed from the ground up, and it was a bigger job than I expected.',
      'The old floor had rotted through in two places, so the first weekend went to pulling up boards and checking the joists.',
      'Now that it is finished I have a dry place for the tools and a small bench by the window for potting up seedlings.']
      .map((p) => `<p>${p}</p>`).join('');
    const heading = (h: string, list: string): string => `<h3>${h}</h3>${list}`;
    const en = texts.map((t, i) => `<div><b>Reader ${i}</b> on March ${i + 3}, 2014<p>${t}</p><a href="#r${i}">Reply</a> <a href="#c${i}">Permalink</a></div>`).join('');
    const de = texts.map((t, i) => `<div><strong>Leser ${i}</strong> schrieb am 3. März 2014:<p>${t}</p><a href="#a${i}">Antworten</a></div>`).join('');
    for (const [name, list] of [['en', heading('4 comments', en)], ['de', heading('Kommentare (4)', de)]] as const) {
      for (const inside of [true, false]) {
        const post = `<div class="post"><h1>Rebuilding the shed</h1>${story}${inside ? list : ''}</div>`;
        const html = `<!doctype html><html><head><title>Rebuilding the shed</title></head><body><div id="main">${post}${inside ? '' : list}</div></body></html>`;
        const a = withDocument(html, 'https://blog.example.org/shed', (doc) => analyze(doc, 'https://blog.example.org/shed', SITE_RULES, { now: null }));
        expect(a.text, `${name} ${inside}`).toContain('potting up seedlings');
        for (const t of texts) expect(a.text, `${name} ${inside}`).not.toContain(t);
        // One entry: the thread and its heading.
        expect(a.removed.filter((r) => r.kind === 'comments').map((r) => r.text), `${name} ${inside}`).toEqual([name === 'en' ? '4 comments' : 'Kommentare (4)']);
      }
    }
  });

  it('leaves a story’s block alone when a block with a reply control stands among the story’s own paragraphs', () => {
    const story = texts.map((t) => `<p>${t} Officials said the road would stay closed for the rest of the day while crews worked.</p>`);
    const quotes = texts.map((t, i) => `<div><b>Reader ${i}</b> wrote:<p>${t}</p><a href="#r${i}">Reply</a></div>`);
    const mixed = story.flatMap((p, i) => [p, quotes[i]!]).join('');
    const found = withDocument(`<!doctype html><body><article><h1>Readers respond</h1>${mixed}</article></body>`, 'https://news.example.com/m', (doc) =>
      commentThreads(doc.body, (el) => el.localName === 'article' || el.localName === 'body'));
    expect(found).toEqual([]);
    // elle.com: a story told as a list of quotes, each item with a "What she said:" label.
    const items = texts.map((t, i) => `<div><h3>From: Aunt ${i}</h3><b>What she said:</b> <span>${t}</span> <b>What we said:</b> <span>Nothing at all, again.</span></div>`).join('');
    const quoted = withDocument(`<!doctype html><body><article><h1>Holiday digs</h1><p>${texts[0]} And so on.</p>${items}</article></body>`, 'https://news.example.com/q', (doc) =>
      commentThreads(doc.body, (el) => el.localName === 'article' || el.localName === 'body'));
    expect(quoted).toEqual([]);
  });

  it('leaves a live blog’s timed entries in the story', () => {
    const entries = texts.map((t, i) => `<div class="entry"><span>Nov 19, 2019 at ${i + 9}:05 am</span><p>${t} Officials said the road would stay closed for the rest of the day while crews worked.</p></div>`).join('');
    const html = `<!doctype html><html><head><title>Live: storm updates</title></head><body><article><h1>Live: storm updates</h1><div class="entries">${entries}</div></article></body></html>`;
    const a = withDocument(html, 'https://news.example.com/live', (doc) => analyze(doc, 'https://news.example.com/live', SITE_RULES, { now: null }));
    for (const t of texts) expect(a.text).toContain(t);
  });
});
