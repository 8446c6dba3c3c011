// A related heading standing over one list of links (wired.com's "More Great WIRED Stories", sciencefly.com's "Popular", globalnews.ca's
// "More Videos") goes with its list, through the whole extraction; lists that are the story's own stay.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { judgeRelated } from '../../src/core/extract/related.ts';
import { onCorpusPage } from './corpus-page.ts';

const STORY = [
  'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and route.',
  'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.',
  'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work to start sooner.',
].map((p) => `<p>${p}</p>`).join('');

/** The clean text, and the texts reported as removed related items. */
function extract(tail: string): { text: string; related: string[] } {
  const html = `<!doctype html><head><title>Harbour wall approved</title></head><body><article><h1>Harbour wall approved</h1>${STORY}${STORY}${tail}</article></body>`;
  return withDocument(html, 'https://news.example.com/a', (doc) => {
    const a = extractArticle(doc, 'https://news.example.com/a', null);
    return { text: a.text, related: a.removed.filter((r) => r.kind === 'related').map((r) => r.text) };
  });
}

describe('a related heading over one list of links', () => {
  it('wired.com: items half linked ("How Facebook <a>gets the First Amendment backward</a>") go with the heading', () => {
    const items = [
      'The strange life and <a href="/story/coder/">mysterious death of a virtuoso coder</a>',
      'How Facebook <a href="/story/facebook/">gets the First Amendment backward</a>',
      'The enduring power of Asperger\'s, <a href="/story/aspergers/">even as a non-diagnosis</a>',
      'How to opt out of the sites <a href="/story/opt-out/">that sell your personal data</a>',
      '👁 A safer way to <a href="/story/privacy/">protect your data</a>; plus, check out the <a href="/category/ai/">latest news on AI</a>',
      '🏃🏽‍♀️ Want the best tools to get healthy? Check out our Gear team’s picks for the <a href="/gallery/best-fitness-tracker/">best fitness trackers</a>, <a href="/gallery/best-running-gear/">running gear</a> (including <a href="/gallery/shoes/">shoes</a> and <a href="/gallery/socks/">socks</a>), and <a href="/gallery/headphones/">best headphones</a>.',
    ];
    const got = extract(`<hr><div class="heading-h3">More Great WIRED Stories</div><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    expect(got.text).not.toMatch(/WIRED Stories|virtuoso coder|First Amendment|Asperger|Gear team/);
    expect(got.related).toContain('More Great WIRED Stories');
    expect(got.text).toContain('Residents of the lower town');
  });

  it('sciencefly.com: "Popular" over posts, each its headline link, author, date and summary, goes', () => {
    const post = (slug: string, title: string, author: string, summary: string): string =>
      `<li><div><a href="/${slug}/"><img src="/${slug}.jpg" alt="sciencefly.com"></a></div><div><h4><a href="/${slug}/">${title}</a></h4>` +
      `<div><div><a href="/author/${author.toLowerCase().replace(' ', '-')}/">${author}</a></div><div><time datetime="2014-09-01">September 1, 2014</time></div><div><a href="/${slug}/#comments">7</a></div></div>` +
      `<div>${summary}</div></div></li>`;
    const got = extract(`<h3>Popular</h3><ul>${post('the-venus-flytrap-of-the-sea', 'The Venus Flytrap of the Sea', 'Hollie Banks', 'Nudibranchs, or sea slugs, are already pretty strange creatures; most species eat only one type of food.')}${post('hyenas', 'Mob mentality a boon to hungry hyenas', 'Paul Smith', 'Spotted hyenas that hunt in larger groups are more likely to solve a puzzle box and get the meat inside.')}</ul>`);
    expect(got.text).not.toMatch(/Popular|Venus Flytrap|Nudibranchs|Hollie Banks|puzzle box/);
  });

  it('globalnews.ca: "More Videos" over a list of video links goes', () => {
    const items = ['Storm knocks out power to thousands', 'Ferry service resumes after the storm', 'Mayor opens the new library branch'];
    const got = extract(`<section><h3><span>More Videos</span></h3><ul>${items.map((t, i) => `<li><a href="/video/${i}/">${t}</a></li>`).join('')}</ul></section>`);
    expect(got.text).not.toMatch(/More Videos|Storm knocks|Ferry service|library branch/);
  });

  it("a list under such a heading whose items are not all links is the story's and stays", () => {
    const items = ['The wall will be 400 metres long and two metres higher than the old one', 'It will cost £12 million, <a href="/budget">the budget says</a>', 'Work starts in the spring'];
    const got = extract(`<h3>Highlights</h3><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`);
    expect(got.text).toContain('The wall will be 400 metres long');
    expect(got.text).toContain('Work starts in the spring');
  });

  it('a half-linked list under a heading that does not introduce other stories stays', () => {
    const items = ['The harbour plan, <a href="/docs/plan.pdf">published in May</a>', 'The costings, <a href="/docs/costs.pdf">revised in June</a>', 'The flood survey, <a href="/docs/survey.pdf">from last winter</a>'];
    const got = extract(`<h3>Documents</h3><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`);
    expect(got.text).toContain('The flood survey');
  });
});

describe('a label over one link to another story', () => {
  it('lemonde.fr: "Lire aussi", a note for screen readers and the link go, in the story\'s text', () => {
    const box = '<section class="catcher"><span class="catcher__title">Lire aussi</span><span class="catcher__desc"><span class="sr-only">Article réservé à nos abonnés</span> <a href="/economie/article/2019/04/15/le-fmi_5450247_3234.html">Le FMI appelle les gouvernements à ne pas gâcher la reprise</a></span></section>';
    const got = extract(`<p>${'The harbour works will close the ferry slip for a month in the spring, the council said. '.repeat(2)}</p>${box}`);
    expect(got.text).not.toMatch(/Lire aussi|Le FMI appelle|réservé/);
    expect(got.text).toContain('The harbour works will close');
  });

  it('a label over a link inside a sentence of the story stays', () => {
    const got = extract('<div><span>Lire aussi</span> <span>the harbour report, which the council <a href="/report">published in May</a> after two years of surveys and a public inquiry.</span></div>');
    expect(got.text).toContain('published in May');
  });
});

describe('coverage', () => {
  it('lists a same-story item once when the page shows it in two boxes (bbc.co.uk: "In pictures: …" inline and beside the story)', () => {
    const box = '<div><ul><li><a href="/news/harbour-wall-pictures">In pictures: harbour wall approved after council debate</a></li><li><a href="/news/other">Ferry fares rise in spring</a></li></ul></div>';
    const got = withDocument(`<!doctype html><body>${box}${box}</body>`, 'https://news.example.com/a', (doc) => {
      const blocks = Array.from(doc.body.children).map((element) => ({ element, heading: 'Related' }));
      return judgeRelated(blocks, { title: 'Harbour wall approved after council debate', text: 'The council approved the new harbour wall on Tuesday night after a council debate.' }, 'https://news.example.com/a');
    });
    expect(got.coverage.map((c) => c.url)).toEqual(['https://news.example.com/news/harbour-wall-pictures']);
    expect(got.removed.filter((r) => /Ferry fares/.test(r.text))).toHaveLength(2);
  });

  it('leaves the story itself out when a list of popular stories holds it (sciencefly.com: its own headline in "Popular")', () => {
    const box = '<div><ul><li><a href="https://news.example.com/a/">Harbour wall approved after council debate</a></li><li><a href="/news/other">Ferry fares rise in spring</a></li></ul></div>';
    const got = withDocument(`<!doctype html><body>${box}</body>`, 'https://news.example.com/a', (doc) =>
      judgeRelated([{ element: doc.body.firstElementChild!, heading: 'Popular' }], { title: 'Harbour wall approved after council debate', text: 'The council approved the new harbour wall.' }, 'https://news.example.com/a'),
    );
    expect(got.coverage).toEqual([]);
    // Every card of the removed block is listed, the story's own too.
    expect(got.removed.map((r) => r.text)).toEqual(['Harbour wall approved after council debate', 'Ferry fares rise in spring']);
  });
});

// A line pointing at another story of the site between the story's paragraphs, its label read by shape, not words:
// br.de's "Zum Artikel: <a>…</a>" in a list item, eyethunews.co.za's bold "FUNDA OLUNYE UDABA LAPHA |" before the link.
describe('a pointer line to another story', () => {
  const withLine = (line: string): { text: string; related: string[] } => extract(`<p>The ferry company will publish its timetable for the works next week.</p>${line}<p>The harbour master said the wall was overdue.</p>`);

  it.each([
    ['br.de', '<ul><li>Zum Artikel: <a href="https://news.example.com/wirtschaft/tarifrunde-100.html">Tarifrunde im Nahverkehr: Das wird verhandelt</a></li></ul>', 'Tarifrunde im Nahverkehr'],
    ['eyethunews.co.za', '<p><strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href="/119057/kuboshwe-abahlanu/">Kuboshwe abahlanu besolwa ngokugwaza umfundi</a></p>', 'Kuboshwe abahlanu'],
    // The link set in brackets, the line's words around it (nytimes.com) or none (washingtonpost.com).
    ['nytimes.com', '<p class="paragraph"><em>[Learn how to <a href="https://news.example.com/2018/12/10/technology/prevent-location-data-sharing.html">stop apps from tracking your location</a>.]</em></p>', 'stop apps from tracking'],
    ['washingtonpost.com', '<p class="interstitial-link"><i>[<a href="/world/bardo-museum-roman-treasures/">Bardo museum houses amazing Roman treasures</a>]</i></p>', 'Bardo museum houses'],
  ])('%s: the line goes, listed as related', (_site, line, headline) => {
    const { text, related } = withLine(line);
    expect(text).not.toContain(headline);
    expect(related.join(' ')).toContain(headline);
    expect(text).toContain('The harbour master said the wall was overdue.');
  });

  it.each([
    ['a document on another site', '<p>The review: <a href="https://www.harbours.gov.example/reports/2024/wall-review.pdf">Harbour wall review, final report</a></p>', 'Harbour wall review'],
    ['a sentence with a link at its end', '<p>The plans were first shown in March, as <a href="/2024/03/harbour-plans">we reported at the time of the first vote</a></p>', 'we reported at the time'],
    // An editor's note in brackets, with or without a small link.
    ['an editor\'s note', '<p><em>[This story has been updated to correct the date of the vote. See our <a href="/corrections">corrections</a>.]</em></p>', 'updated to correct the date'],
    ['a note without a link', '<p>[Note: the council declined to comment before the vote on the harbour wall.]</p>', 'the council declined to comment'],
  ])('%s stays', (_what, line, kept) => {
    expect(withLine(line).text).toContain(kept);
  });
});

describe('pointer lines on the real pages the shapes come from', () => {
  it.each([
    ['fn/de-BR-2026-04-15', 'Zum Artikel: Tarifrunde im ÖPNV', 'Roni Jaafar arbeitet als Servicekraft'],
    ['fn/za-EyethuNews-2025-11-25', 'FUNDA OLUNYE UDABA LAPHA', 'Uhlalele ovalweni umndeni'],
  ])('%s: the pointer goes, listed as related; the story stays', (id, pointer, story) => {
    const a = onCorpusPage(id, (doc, url) => extractArticle(doc, url, null));
    expect(a.text).not.toContain(pointer);
    expect(a.removed.filter((r) => r.kind === 'related').map((r) => r.text).join('\n')).toContain(pointer);
    expect(a.text).toContain(story);
  });
});
