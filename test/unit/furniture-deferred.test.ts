// Furniture found before Readability (a newsletter pitch, a share row) leaves the story after Readability has
// chosen it: taken out first, it can change Readability's choice. buzzfeed.com's post is told in subheadings
// over pictures, one part with two paragraphs; its newsletter pitch at the end is the paragraph that makes the
// posts' common wrapper, not that one part, Readability's choice (the real page, below). A short heading alone
// with a furniture block in one wrapper goes with it.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://www.example.com/ikrd/calling-out-an-edited-picture';

function extract(body: string): { text: string; removed: string[] } {
  const html = `<!doctype html><head><title>People are calling out an edited picture</title></head><body>${body}</body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, removed: a.removed.map((r) => `${r.kind}: ${r.text}`) };
  });
}

const part = (title: string, paragraphs = ''): string =>
  `<div class="js-subbuzz-wrapper"><div><div class="subbuzz"><h2 class="subbuzz__title"><span>${title}</span></h2>` +
  `<figure><img src="/p/${title.length}.jpg" alt=""><span class="subbuzz__attribution">artist / Instagram</span></figure>${paragraphs}</div></div><div></div></div>`;

const POST =
  `<main><h1>People are calling out an edited picture</h1><div class="subbuzzes-wrapper">` +
  part('A few months ago, a 17-year-old artist from Romania drew this image of the singer as a mermaid and shared it on Instagram.') +
  part('The drawing recently resurfaced, and it did not go down too well with the singer, who said it was not how her body looks.') +
  part(
    'She wrote: "It is gorgeous but that is not my body."',
    '<p>The singer has <a href="/previously">previously</a> spoken out about her body image, as well as her eating disorder and her recovery from it.</p>' +
      '<p>"I have been open about my struggles because part of my recovery includes being honest with myself and others," she told the site last year.</p>',
  ) +
  part('This led to another user editing the drawing to make her body appear larger, and the image took off and went viral within a day.') +
  part('The picture prompted a backlash, with many people quickly coming to her defence and saying she has consistently spoken about body positivity.') +
  part('Still, she will continue to slay, either as a human or mermaid.');

describe('furniture leaves the story after Readability has chosen it', () => {
  it('buzzfeed.com: a newsletter box closing a post of subheaded parts; the whole post stays, the box and its heading go', () => {
    const got = extract(
      `${POST}<div class="newsletter-signup_container"><h2 class="newsletter-title"><span>Daily Buzz</span></h2>` +
        `<p>Keep up with the latest daily buzz with the Daily Buzz newsletter!</p></div></div></main>`,
    );
    expect(got.text).toContain('A few months ago, a 17-year-old artist');
    expect(got.text).toContain('The picture prompted a backlash');
    expect(got.text).toContain('spoken out about her body image');
    expect(got.text).not.toMatch(/Daily Buzz|Keep up with the latest/);
    expect(got.removed.join('\n')).toMatch(/Daily Buzz newsletter/);
  });

  it('businessweek.com: "Story Tools" over its list of story tools, in the story\'s wrapper, goes with it', () => {
    const got = extract(
      `${POST}<div class="module" id="storyTools"><h2>Story Tools</h2><ul><li><a href="#readerComments">post a comment</a></li>` +
        `<li><a href="/email">e-mail this story</a></li><li><a href="/print">print this story</a></li><li><a href="/reprints">order a reprint</a></li></ul></div></div></main>`,
    );
    expect(got.text).toContain('The picture prompted a backlash');
    expect(got.text).not.toMatch(/Story Tools|post a comment|print this story/);
  });

  it('deadline.com: "Stay in the Know" over a sign-up line goes with it', () => {
    const got = extract(`${POST}<section class="grid-item"><h3 class="c-title">Stay in the Know</h3><p class="c-tagline">Sign up for our breaking news alerts</p></section></div></main>`);
    expect(got.text).toContain('The picture prompted a backlash');
    expect(got.text).not.toMatch(/Stay in the Know|breaking news alerts/);
  });

  it('a furniture line Readability rebuilds (a share row of phrasing, made a paragraph) still goes', () => {
    const got = extract(
      `${POST}<div class="meta-share"><span class="facebook">Share</span> <span class="twitter">Tweet</span> <span class="reddit">Submit</span></div></div></main>`,
    );
    expect(got.text).toContain('The picture prompted a backlash');
    expect(got.text).not.toMatch(/\bTweet\b|\bSubmit\b/);
  });

  it("a story's own section heading over a pitch, beside the story's paragraphs, stays", () => {
    const got = extract(
      `${POST}<div class="body"><h2>What happens next</h2><p>Keep up with the latest daily buzz with the Daily Buzz newsletter!</p>` +
        `<p>The artist said he would keep drawing the singer and post a new picture of her on the stage of her next tour later this year.</p></div></div></main>`,
    );
    expect(got.text).toContain('What happens next');
    expect(got.text).not.toMatch(/Keep up with the latest/);
  });
});

// The real page the shape above comes from (../shared/corpora), read when the test runs.
describe('furniture left for after Readability, on a real page', () => {
  it('buzzfeed.com: every part of the post stays; the newsletter box and its heading go', () => {
    const a = onCorpusPage('xf/postlight-www-buzzfeed-com', (doc, url) => extractArticle(doc, url, null));
    expect(a.text).toContain('A few months ago, Vladimir Serbanescu');
    expect(a.text).toContain('Still, Lovato will continue to slay');
    expect(a.text).toContain('told BuzzFeed last year');
    expect(a.text).not.toMatch(/BuzzFeed Daily|Keep up with the latest/);
    expect(a.removed.map((r) => r.text).join('\n')).toContain('BuzzFeed Daily newsletter');
  });
});
