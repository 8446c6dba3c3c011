// Pages that load the next stories under their own (moderndiplomacy.eu, newsgram.com, dagbladet.no): a longer later
// story took Readability's pick, and the clean view showed another story under this page's headline. The later
// stories now leave before Readability weighs the page, into "Removed from this page"; a story heading its own
// sections with <h1>s keeps them.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.com/2023/03/14/port-strike/';
const TITLE = 'Port strike enters its third week';
const paras = (lead: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${lead} paragraph ${i + 1}: the union and the port authority met again on Tuesday without agreeing on wages, shifts or the pension fund.</p>`).join('');
const OWN = paras('Own story', 4);
const NEXT = paras('Next story', 12);

function extract(body: string, title = `${TITLE} - Example News`) {
  const html = `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
  return withDocument(html, URL, (doc) => extractArticle(doc, URL, null));
}

/** The page's story, then two more loaded under it in the same template (moderndiplomacy.eu's shape). */
const scrolled = (headClass = 'post-title entry-title', nextClass = 'post-title') =>
  `<div class="post-main"><div class="post-head"><h1 class="${headClass}">${TITLE}</h1></div><div class="post-body">${OWN}</div>` +
  `<div class="more-posts"><article><h1 class="${nextClass}">Ferry fares rise again</h1><time datetime="2023-03-13">13 March</time>${NEXT}</article>` +
  `<article><h1 class="${nextClass}">Bridge repairs delayed</h1><span class="byline">By Dana Reyes</span>${NEXT}</article></div></div>`;

describe('stories a page loads under its own', () => {
  it('leave before Readability chooses, into the removed blocks', () => {
    const got = extract(scrolled());
    expect(got.text).toContain('Own story paragraph 1');
    expect(got.text).not.toContain('Next story');
    expect(got.removed.some((r) => r.kind === 'related' && r.text.includes('Ferry fares rise again'))).toBe(true);
  });

  it('stay when the page title does not name the first headline, or the headline has no story of its own before them', () => {
    expect(extract(scrolled(), 'Example News').text).toContain('Next story');
    const teaserOnly = scrolled().replace(OWN, '<p>Short summary.</p>');
    expect(extract(teaserOnly).text).toContain('Next story');
  });

  it('are never a story’s own sections, under headings of another template or without a date or byline of their own (medium.com)', () => {
    const sameClass = `<div class="post"><h1 class="pw-post-title bn">${TITLE}</h1><div class="s1">${OWN}</div><div class="s2"><h1 class="bn">What the union wants</h1>${NEXT}</div></div>`;
    expect(extract(sameClass).text).toContain('Next story paragraph 12');

    const sections = `<h1 class="entry-title">${TITLE}</h1><div class="body">${OWN}<section><h1>What the union wants</h1>${NEXT}</section></div>`;
    const got = extract(sections);
    expect(got.text).toContain('Own story paragraph 1');
    expect(got.text).toContain('Next story paragraph 12');
  });

  it.each([
    ['om/moderndiplomacy', 'February 24th marked one year since the Russian invasion of Ukraine', 'Economics has always played a role in wars'],
    ['xf/snacktory-corona-newsgram', 'also have a lasting impact on sperm composition', 'IANSlife spoke to health experts in different fields'],
    ['fn/no-Dagbladet-2026-01-06', 'Søndag gikk Nord-Korea ut og fordømte USAs angrep på Venezuela', 'Ryktene om Ole Gunnar Solskjærs retur til Manchester United'],
  ])('%s: the page’s own story, not the next one', (id, own, next) => {
    const text = onCorpusPage(id, (doc, url) => extractArticle(doc, url, null).text);
    expect(text).toContain(own);
    expect(text).not.toContain(next);
  });
});
